// "Its own block": the summary goes after the block (paragraph, line) holding the agent's caret,
// never into the middle of it, so a greeting the caret sits in ("Hi Ana,|") is kept whole and the
// summary does not start on its line.

import { isTextControl, type EditorFamily } from './detect';
import { selectionOf } from './dom';
import { editorLines } from './lines';
import { BLOCK_TAGS } from './verify';

/**
 * Moves the caret to the end of the line it is in. Returns whether that line has text: then the
 * insert must open a new block (see `asOwnBlock`); on an empty line the summary fills it.
 */
export function caretToLineEnd(root: HTMLElement): { lineHasText: boolean } {
  if (isTextControl(root)) {
    const el = root as HTMLTextAreaElement | HTMLInputElement;
    const value = el.value;
    const at = el.selectionEnd ?? value.length;
    const lineStart = value.lastIndexOf('\n', at - 1) + 1;
    const next = value.indexOf('\n', at);
    const lineEnd = next === -1 ? value.length : next;
    el.setSelectionRange(lineEnd, lineEnd);
    return { lineHasText: value.slice(lineStart, lineEnd).trim().length > 0 };
  }
  const sel = selectionOf(root);
  if (!sel || sel.rangeCount === 0) return { lineHasText: false };
  const caret = sel.getRangeAt(0);
  const doc = root.ownerDocument;
  const lines = editorLines(root);
  let end = null as (typeof lines)[number]['end'] | null;
  for (const line of lines) {
    const range = doc.createRange();
    range.setStart(line.start.node, line.start.offset);
    range.setEnd(line.end.node, line.end.offset);
    if (range.isPointInRange(caret.endContainer, caret.endOffset)) end = line.end;
  }
  if (!end) {
    // A caret at an element boundary (<p>|text</p>): the last line inside its block.
    const block = closestBlock(caret.endContainer, root);
    if (block) for (const line of lines) if (block.contains(line.start.node)) end = line.end;
  }
  if (!end) return { lineHasText: false };
  const range = doc.createRange();
  range.setStart(end.node, end.offset);
  range.collapse(true);
  sel.removeAllRanges();
  sel.addRange(range);
  return { lineHasText: true };
}

function closestBlock(node: Node, root: Element): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && el !== root) {
    if (BLOCK_TAGS.has(el.tagName) && el.tagName !== 'BR') return el;
    el = el.parentElement;
  }
  return null;
}

/**
 * The content made to start a new block when pasted at the end of a line. Editors merge the first
 * pasted block into the block at the caret (ProseMirror, CKEditor 5, Quill, Lexical, TinyMCE,
 * roosterjs, Trix and Chromium's insertHTML all do): an empty first block is merged instead, and
 * the summary's own first block stands alone. In plain text, a leading line break does the same.
 *
 * Draft.js drops empty blocks from pasted HTML (an empty <p>, one holding only <br> or a
 * non-breaking space: measured), so its first summary line would join the greeting; its plain-text
 * paste keeps empty lines as blocks, so it gets the text alone (the bullets stay "- " text).
 */
export function asOwnBlock(content: { html: string; text: string }, family: EditorFamily): { html: string; text: string } {
  if (family === 'draftjs') return { html: '', text: `\n${content.text}` };
  return { html: `<p><br></p>${content.html}`, text: `\n${content.text}` };
}
