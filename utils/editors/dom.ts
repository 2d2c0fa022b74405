/**
 * A window with its constructors (DataTransfer, ClipboardEvent, DOMParser…). Constructors are
 * taken from the editor's own window so that events and objects belong to its frame (TinyMCE's
 * iframe has its own).
 */
export type Win = Window & typeof globalThis;

/**
 * Where a synthetic input event goes: the element holding the caret inside the editor, as a real
 * paste or keystroke would (editors listen on the root or above it); else the editor's root.
 */
export function caretTarget(doc: Document, root: Element): Element {
  const sel = doc.getSelection();
  const anchor = sel && sel.rangeCount > 0 ? sel.getRangeAt(0).startContainer : null;
  const at = anchor && root.contains(anchor) ? (anchor.nodeType === 1 ? (anchor as Element) : anchor.parentElement) : null;
  return at ?? root;
}
