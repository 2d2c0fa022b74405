// Background side of utils/page-kits: runs a kit's file in the asking content script's frame.
import { onMessage } from '../messaging/protocol';
import { checkContentScriptSender } from '../messaging/page-config';
import type { ExtensionIdentity } from '../messaging/senders';
import { isPageKitName, PAGE_KIT_FILES } from './index';

/** Background only. Only a content script's top frame (the page session) may ask, for a known kit. */
export function servePageKits(me: ExtensionIdentity): () => void {
  return onMessage('page:load-kit', async ({ data, sender }) => {
    checkContentScriptSender(sender, me, 'page:load-kit');
    if (!isPageKitName(data)) throw new Error('page:load-kit: expected a kit name');
    // The isolated world of our content script (the default world): the kit registers itself there.
    await browser.scripting.executeScript({ target: { tabId: sender.tab!.id!, frameIds: [0] }, files: [PAGE_KIT_FILES[data]] });
  });
}
