import { SUPPORTED_MATCH_PATTERNS } from '@/utils/hosts/catalogue';
import { startPageSession } from '@/utils/page-session';
import { watchInvalidation } from '@/utils/page-session/updated';

// Small on purpose (README: How it is built): recognise the host page, mount the panel, answer the panel.
export default defineContentScript({
  matches: SUPPORTED_MATCH_PATTERNS,
  runAt: 'document_idle',
  main(ctx) {
    // After an extension update this script's context is gone: ctx.signal aborts and the page session
    // puts the "reload this tab" notice where the panel was.
    watchInvalidation(ctx, window, () => undefined);
    void startPageSession({ win: window, signal: ctx.signal, panelUrl: browser.runtime.getURL('/panel.html') });
  },
});
