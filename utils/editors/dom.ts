/**
 * A window with its constructors (DataTransfer, ClipboardEvent, DOMParser…). Constructors are
 * taken from the editor's own window so that events and objects belong to its frame (TinyMCE's
 * iframe has its own).
 */
export type Win = Window & typeof globalThis;

type SelectionRoot = { getSelection?: () => Selection | null };

/**
 * The selection that holds a caret inside `node`. For a node in a shadow tree, Chromium keeps the
 * selection on the shadow root (`ShadowRoot.getSelection`, non-standard): the document's selection
 * is retargeted to the shadow host there, so web-component editors would look caret-less.
 */
export function selectionOf(node: Node): Selection | null {
  const rootNode = node.getRootNode();
  if (rootNode.nodeType === 11 /* shadow root */) {
    const own = (rootNode as unknown as SelectionRoot).getSelection;
    if (typeof own === 'function') return own.call(rootNode);
  }
  const doc = node.ownerDocument ?? (node as Document);
  return doc.getSelection();
}

/**
 * Where a synthetic input event goes: the element holding the caret inside the editor, as a real
 * paste or keystroke would (editors listen on the root or above it); else the editor's root.
 */
export function caretTarget(_doc: Document, root: Element): Element {
  const sel = selectionOf(root);
  const anchor = sel && sel.rangeCount > 0 ? sel.getRangeAt(0).startContainer : null;
  const at = anchor && root.contains(anchor) ? (anchor.nodeType === 1 ? (anchor as Element) : anchor.parentElement) : null;
  return at ?? root;
}

/**
 * The element that really has focus: `activeElement` followed into open shadow roots and
 * same-origin iframes (a web-component editor's editable; TinyMCE classic's and CKEditor 4's
 * iframe bodies). Closed shadow roots (our own panel's) and cross-origin frames stop the walk.
 */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  for (let depth = 0; active && depth < 8; depth++) {
    const shadow = (active as HTMLElement).shadowRoot;
    if (shadow?.activeElement) {
      active = shadow.activeElement;
      continue;
    }
    if (active.tagName === 'IFRAME') {
      let inner: Document | null = null;
      try {
        inner = (active as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null; // cross-origin
      }
      if (inner?.activeElement && inner.activeElement !== inner.documentElement) {
        active = inner.activeElement;
        continue;
      }
    }
    break;
  }
  return active;
}
