// Who sent a runtime message, as the browser reports it (`runtime.MessageSender`). Pure.
//
// Code running in a content script's world can send any runtime message the extension's own pages
// can. So the background looks at the sender before answering: the ledger and the popup's messages
// answer extension pages only; a content script's URL is the host page's, never the extension's.

/** The fields of `runtime.MessageSender` these checks read. */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export type SenderKind =
  /** An extension page in its own tab or window: popup, options, an extension tab. */
  | 'extension-page'
  /** An extension page in a frame of a web page's tab: the panel. Its writes are bound to that page. */
  | 'panel'
  /** A content script (or code in its world): its URL is the web page's. */
  | 'content-script'
  /** Another extension, or something the browser did not attribute. */
  | 'foreign';

export interface ExtensionIdentity {
  id: string;
  /** `chrome-extension://<id>` (no trailing slash). */
  origin: string;
}

function under(url: string | undefined, origin: string): boolean {
  return typeof url === 'string' && (url === origin || url.startsWith(`${origin}/`));
}

export function classifySender(sender: SenderLike, me: ExtensionIdentity): SenderKind {
  if (sender.id !== me.id) return 'foreign';
  // Chrome sets `origin` from the frame's security origin; Firefox leaves it out.
  if (sender.origin !== undefined && sender.origin !== me.origin) return under(sender.url, me.origin) ? 'foreign' : 'content-script';
  if (!under(sender.url, me.origin)) return 'content-script';
  const tabUrl = sender.tab?.url;
  if (sender.tab && (tabUrl === undefined || !under(tabUrl, me.origin))) return 'panel';
  return 'extension-page';
}

/** Thrown (and sent back as the error) when a sender may not make a call. */
export class SenderRefused extends Error {
  constructor(what: string, kind: SenderKind) {
    super(`Commitment Keeper: ${what} is answered for the extension's own pages only (this sender: ${kind}).`);
    this.name = 'SenderRefused';
  }
}

export function requireExtensionPage(sender: SenderLike, me: ExtensionIdentity, what: string): SenderKind {
  const kind = classifySender(sender, me);
  if (kind !== 'extension-page' && kind !== 'panel') throw new SenderRefused(what, kind);
  return kind;
}

/** The identity of the running extension (background, pages, content scripts alike). */
export function extensionIdentity(): ExtensionIdentity {
  return { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin };
}
