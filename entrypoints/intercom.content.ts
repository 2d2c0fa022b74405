import { intercom } from '@/utils/hosts/intercom';
import { runContentScript } from '@/utils/page-session/content-script';

// This host's own content script: its adapter only (entrypoints/content/index.ts says why).
export default defineContentScript({
  matches: [...intercom.matchPatterns],
  runAt: 'document_idle',
  main(ctx) {
    runContentScript(ctx, () => intercom);
  },
});
