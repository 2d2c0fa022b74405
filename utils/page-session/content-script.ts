// What every content script entry runs (entrypoints/content/index.ts and one entry per supported
// host, entrypoints/<host>.content.ts): each entry differs only in where it runs and which adapter it
// names, so a host's page loads that host's selectors and no other's.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { HostAdapter } from '../hosts/types';
import { startPageSession } from '.';
import { watchInvalidation } from './updated';

/** User Timing mark at the script's start: where "panel on screen" is counted from (npm run bench, DevTools). */
const CONTENT_SCRIPT_START_MARK = 'commitment-keeper:start';

export function runContentScript(ctx: ContentScriptContext, pickAdapter: (doc: Document, url: URL) => HostAdapter): void {
  performance.mark(CONTENT_SCRIPT_START_MARK);
  // After an extension update this script's context is gone: ctx.signal aborts and the page session
  // puts the "reload this tab" notice where the panel was.
  watchInvalidation(ctx, window, () => undefined);
  void startPageSession({ win: window, signal: ctx.signal, panelUrl: browser.runtime.getURL('/panel.html'), pickAdapter });
}
