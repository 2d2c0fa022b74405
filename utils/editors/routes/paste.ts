import type { Route, RouteContext } from './types';

/**
 * A synthetic `paste` ClipboardEvent carrying text/html and text/plain. Editors with their own
 * model (ProseMirror, Lexical, Draft.js, CKEditor 5, Quill, TinyMCE, Froala, roosterjs) read
 * `clipboardData` in their paste handler, run it through their own paste sanitizer, insert it at
 * their selection and record one undo step. A synthetic event has no default action: in an editor
 * that does not handle paste nothing happens (so trying it is harmless, and verification decides).
 */
export function dispatchPaste(ctx: RouteContext): boolean {
  const { doc, win, root, html, text } = ctx;
  const data = new win.DataTransfer();
  if (html) data.setData('text/html', html);
  data.setData('text/plain', text);
  const event = new win.ClipboardEvent('paste', {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  // Dispatch where the caret is, as a real paste would (editors listen on the root or above it).
  const sel = doc.getSelection();
  const anchor = sel && sel.rangeCount > 0 ? sel.getRangeAt(0).startContainer : null;
  const at = anchor && root.contains(anchor) ? (anchor.nodeType === 1 ? (anchor as Element) : anchor.parentElement) : null;
  (at ?? root).dispatchEvent(event);
  // An editor that handled it prevents the (non-existent) default.
  return event.defaultPrevented;
}

export const pasteRoute: Route = { name: 'paste', run: dispatchPaste };
