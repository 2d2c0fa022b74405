import { zendesk } from '@/utils/hosts/zendesk';
import { runContentScript } from '@/utils/page-session/content-script';

// This host's own content script: its adapter only (entrypoints/content/index.ts says why).
export default defineContentScript({
  matches: [...zendesk.matchPatterns],
  runAt: 'document_idle',
  main(ctx) {
    runContentScript(ctx, () => zendesk);
  },
});
