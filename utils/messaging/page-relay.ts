// The background's half of askPage: the panel asks its own page (the content script in frame 0 of
// the panel's tab) through here. Firefox gives an extension iframe inside a web page no `tabs` API
// (measured in Firefox ESR 153: `browser.tabs` is undefined in the panel), so the panel cannot
// address its tab itself; Chrome could, but one route for both browsers keeps one behaviour to test.
import { PAGE_REQUEST_TYPES, sendMessage, type PageRequest } from './protocol';

export interface RelaySender {
  tab?: { id?: number };
  url?: string;
}

/**
 * Where a panel's request may go: only to frame 0 of the sender's own tab, and only from an
 * extension page (the panel). A content script could not use it to reach another tab either way.
 */
export function relayTarget(sender: RelaySender, extensionOrigin: string): { tabId: number; frameId: 0 } {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('This page is not in a browser tab.');
  if (!sender.url?.startsWith(extensionOrigin)) throw new Error('Only the panel may ask its page.');
  return { tabId, frameId: 0 };
}

export function relayToPage(request: PageRequest, sender: RelaySender, extensionOrigin: string) {
  const target = relayTarget(sender, extensionOrigin);
  // Only the requests the panel may make of its page; anything else is refused, not forwarded.
  if (!(PAGE_REQUEST_TYPES as readonly string[]).includes(request.type)) {
    throw new Error(`Unknown page request: ${String((request as { type: unknown }).type)}`);
  }
  return sendMessage(request.type, request.data as never, target);
}
