import { SUPPORTED_MATCH_PATTERNS } from '@/utils/hosts/registry';
import { startPageSession } from '@/utils/page-session';

// Small on purpose (README: How it is built): recognise the host page, mount the panel, answer the panel.
export default defineContentScript({
  matches: SUPPORTED_MATCH_PATTERNS,
  runAt: 'document_idle',
  main(ctx) {
    startPageSession({ win: window, signal: ctx.signal, panelUrl: browser.runtime.getURL('/panel.html') });
  },
});
