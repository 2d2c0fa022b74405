// Remembering where the agent's caret was in the reply editor, and putting it back.
//
// Why: the panel is an extension page in an iframe. Clicking any of its buttons moves focus into
// that iframe, so by the time "Insert summary" runs the page's editor has lost focus, and some
// editors (and Gmail) move or drop the DOM selection when they blur. `trackCaret` keeps the last
// caret seen inside an editor; `placeCaret` restores it before inserting (what InboxSDK does for
// Gmail). preventDefault on the button's mousedown, the usual trick, cannot help across an iframe.

import { editingHost, frameDocument, isTextControl } from './detect';
import { selectionOf } from './dom';

export type SavedCaret =
  | { kind: 'text-control'; element: HTMLTextAreaElement | HTMLInputElement; start: number; end: number }
  | {
      kind: 'range';
      root: HTMLElement;
      range: Range;
      /** Character offsets in the root's text: used when the editor re-rendered and the Range's nodes are gone. */
      start: number;
      end: number;
    };

// The insert kit (utils/page-kits) is a bundle of its own with its own copy of this module, run in
// the same isolated world later: the carets the content script tracked must be the ones the kit
// restores. So the maps live once per realm, under a registered symbol.
interface CaretMaps {
  saved: WeakMap<Element, SavedCaret>;
  lastRoot: WeakMap<Document, WeakRef<HTMLElement>>;
  trackedDocs: WeakSet<Document>;
}
const CARET_MAPS = Symbol.for('commitment-keeper.caret-maps');
const maps: CaretMaps = ((globalThis as unknown as Record<symbol, CaretMaps | undefined>)[CARET_MAPS] ??= {
  saved: new WeakMap(),
  lastRoot: new WeakMap(),
  trackedDocs: new WeakSet(),
});
const { saved, lastRoot, trackedDocs } = maps;

/** Number of characters of text (text nodes only) between the start of `root` and (node, offset). */
export function textOffset(root: Node, node: Node, offset: number): number {
  const doc = root.ownerDocument ?? (root as Document);
  const range = doc.createRange();
  range.setStart(root, 0);
  try {
    range.setEnd(node, offset);
  } catch {
    return 0;
  }
  return range.toString().length;
}

/** The (text node, offset) at a character offset in `root`; past the end: the end of the last text node. */
export function positionAt(root: Node, chars: number): { node: Node; offset: number } {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let remaining = Math.max(0, chars);
  let last: Text | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    if (remaining <= text.data.length) return { node: text, offset: remaining };
    remaining -= text.data.length;
    last = text;
  }
  if (last) return { node: last, offset: last.data.length };
  return endPosition(root);
}

/**
 * Where "at the end" is: the end of the last non-empty text node, so the caret lands inside the
 * last paragraph (editors map a position after the last block poorly); in an empty editor, the
 * start of its last, deepest block (e.g. `<p><br></p>`).
 */
export function endPosition(root: Node): { node: Node; offset: number } {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let last: Text | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    // Zero-width fillers (Lexical, Quill cursor blots) are not content.
    if (text.data.replace(/[\u200b\ufeff]/g, '').length > 0) last = text;
  }
  if (last) return { node: last, offset: last.data.length };
  let el: Node = root;
  while (el.lastChild && el.lastChild.nodeType === 1 && (el.lastChild as Element).tagName !== 'BR') el = el.lastChild;
  return { node: el, offset: el === root ? root.childNodes.length : 0 };
}

/** Remembers the caret of `doc` if it is in an editor (a text control or an editing host). */
export function saveCaret(doc: Document): SavedCaret | null {
  const active = activeInDocument(doc);
  if (isTextControl(active)) {
    const el = active as HTMLTextAreaElement | HTMLInputElement;
    const len = el.value.length;
    const caret: SavedCaret = {
      kind: 'text-control',
      element: el,
      start: el.selectionStart ?? len,
      end: el.selectionEnd ?? len,
    };
    saved.set(el, caret);
    lastRoot.set(doc, new WeakRef(el));
    return caret;
  }
  const sel = active ? selectionOf(active) : doc.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  const root = editingHost(range.startContainer);
  if (!root || !root.contains(range.endContainer)) return null;
  const caret: SavedCaret = {
    kind: 'range',
    root,
    range: range.cloneRange(),
    start: textOffset(root, range.startContainer, range.startOffset),
    end: textOffset(root, range.endContainer, range.endOffset),
  };
  saved.set(root, caret);
  lastRoot.set(doc, new WeakRef(root));
  return caret;
}

/** `activeElement` followed into open shadow roots of this document (web-component editors). */
function activeInDocument(doc: Document): Element | null {
  let active = doc.activeElement;
  for (let depth = 0; active?.shadowRoot?.activeElement && depth < 8; depth++) active = active.shadowRoot.activeElement;
  return active;
}

/** The caret last saved for this editor (textarea or editing host), if any. */
export function getSavedCaret(root: Element): SavedCaret | undefined {
  return saved.get(root);
}

/** The editor the agent was last in, in this document (the content script's best guess of "the reply box"). */
export function lastEditor(doc: Document): HTMLElement | null {
  const el = lastRoot.get(doc)?.deref() ?? null;
  return el && el.isConnected ? el : null;
}

/** Forgets the saved caret of an editor (e.g. after the summary went in). */
export function forgetCaret(root: Element): void {
  saved.delete(root);
}

/**
 * Keeps the last caret seen in any editor of `doc` (and of same-origin iframes the agent focuses,
 * such as TinyMCE's) until `signal` aborts. Call it once per document from the content script.
 * Moving the selection out of an editor keeps the editor's last caret: that is the point.
 */
export function trackCaret(doc: Document, signal: AbortSignal): void {
  if (trackedDocs.has(doc) || signal.aborted) return;
  trackedDocs.add(doc);
  signal.addEventListener('abort', () => trackedDocs.delete(doc), { once: true });
  const opts: AddEventListenerOptions = { capture: true, passive: true, signal };
  const save = () => {
    saveCaret(doc);
  };
  doc.addEventListener('selectionchange', save, opts);
  // selectionchange fires late (a task after the change) and not for every textarea change in
  // every browser; focusout runs before focus leaves, while the selection is still the agent's.
  doc.addEventListener('focusout', save, opts);
  doc.addEventListener('keyup', save, opts);
  doc.addEventListener('mouseup', save, opts);
  doc.addEventListener('input', save, opts);
  doc.addEventListener('focusin', save, opts);
  // Editors in a same-origin iframe (TinyMCE): their selection lives in the iframe's document.
  // Focus moving into an iframe fires no focus event on the <iframe> element, but blurs this
  // window, with the iframe as activeElement: follow it there.
  const followIntoFrame = () => {
    const active = doc.activeElement;
    const inner = active ? frameDocument(active) : null;
    if (inner) trackCaret(inner, signal);
  };
  doc.defaultView?.addEventListener('blur', followIntoFrame, { signal });
  for (const frame of Array.from(doc.querySelectorAll('iframe'))) {
    const inner = frameDocument(frame);
    if (inner?.body && (inner.designMode === 'on' || inner.body.isContentEditable || inner.body.hasAttribute('contenteditable'))) {
      trackCaret(inner, signal);
    }
  }
  followIntoFrame();
  save();
}

/** The document's current selection as a caret, if it is inside `root` (not saved anywhere). */
export function liveCaret(root: HTMLElement): SavedCaret | undefined {
  if (isTextControl(root)) return undefined; // a text control always keeps its own selection
  const sel = selectionOf(root);
  if (!sel || sel.rangeCount === 0) return undefined;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return undefined;
  return {
    kind: 'range',
    root,
    range: range.cloneRange(),
    start: textOffset(root, range.startContainer, range.startOffset),
    end: textOffset(root, range.endContainer, range.endOffset),
  };
}

function waitFrame(win: Window): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    // rAF does not run in hidden tabs: a timer stands in.
    win.requestAnimationFrame(finish);
    win.setTimeout(finish, 50);
  });
}

/** Waits for the editor to re-render: `frames` animation frames, then a task. */
export async function settle(win: Window, frames = 2): Promise<void> {
  for (let i = 0; i < frames; i++) await waitFrame(win);
  await new Promise<void>((resolve) => win.setTimeout(resolve, 0));
}

function rangeIsUsable(range: Range, root: HTMLElement): boolean {
  const { startContainer, endContainer } = range;
  if (!startContainer.isConnected || !endContainer.isConnected) return false;
  if (!root.contains(startContainer) || !root.contains(endContainer)) return false;
  const len = (n: Node) => (n.nodeType === 1 ? n.childNodes.length : (n.nodeValue ?? '').length);
  return range.startOffset <= len(startContainer) && range.endOffset <= len(endContainer);
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}

/** The Range to insert at: the saved one if its nodes still stand, else rebuilt from text offsets. */
export function caretRange(root: HTMLElement, caret: SavedCaret | undefined): { range: Range; where: 'saved' | 'end' } {
  const doc = root.ownerDocument;
  if (caret && caret.kind === 'range' && caret.root === root) {
    if (rangeIsUsable(caret.range, root)) return { range: caret.range.cloneRange(), where: 'saved' };
    // The editor re-rendered (React editors replace text nodes): find the same characters again.
    const range = doc.createRange();
    const start = positionAt(root, caret.start);
    const end = positionAt(root, caret.end);
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return { range, where: 'saved' };
  }
  const range = doc.createRange();
  const end = endPosition(root);
  range.setStart(end.node, end.offset);
  range.collapse(true);
  return { range, where: 'end' };
}

function focusEditor(root: HTMLElement): void {
  const win = root.ownerDocument.defaultView;
  // An editor in an iframe (TinyMCE): the frame's window must take focus first, or the
  // element's focus() leaves the top document's focus where it was (in our panel iframe).
  if (win && win !== win.top) {
    try {
      win.focus();
    } catch {
      // cross-origin parent: nothing to do
    }
  }
  root.focus({ preventScroll: true });
}

/**
 * Focuses the editor and puts the caret back where the agent left it (`caret` if given, else the
 * one saved by `trackCaret`, else the document's selection if it is still in the editor), else at
 * the end. Waits for the editor to pick the
 * selection up (editors read it on the async `selectionchange`), and puts it back once more if
 * the editor moved it on focus (ProseMirror and Lexical restore their own selection on focus).
 */
export async function placeCaret(root: HTMLElement, caret?: SavedCaret): Promise<'saved' | 'end'> {
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  // The caret given, else the one trackCaret saved, else the selection the document still has in
  // the editor (blurring does not clear it in Chromium), else the end.
  const chosen = caret ?? saved.get(root) ?? liveCaret(root);
  if (isTextControl(root)) {
    const el = root as HTMLTextAreaElement | HTMLInputElement;
    const len = el.value.length;
    focusEditor(el);
    if (chosen && chosen.kind === 'text-control' && chosen.element === el) {
      el.setSelectionRange(Math.min(chosen.start, len), Math.min(chosen.end, len));
      return 'saved';
    }
    el.setSelectionRange(len, len);
    return 'end';
  }
  const { range, where } = caretRange(root, chosen);
  focusEditor(root);
  const apply = () => {
    const sel = selectionOf(root);
    if (!sel) return;
    sel.removeAllRanges();
    sel.addRange(range.cloneRange());
  };
  apply();
  if (win) {
    await settle(win, 1);
    const sel = selectionOf(root);
    const now = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
    if (!now || !sameRange(now, range)) {
      apply();
      await settle(win, 1);
    }
  }
  return where;
}
