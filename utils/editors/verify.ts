// Checking that inserted text really is in the editor after it re-rendered. Editors that keep
// their own model (Lexical, Draft.js, CKEditor 5, Quill) may throw away DOM changes they did not
// make, on the next render: only what survives a render counts as inserted.

import { isTextControl } from './detect';
import { settle } from './caret';
import { BLOCK_TAGS as TEXT_BLOCK_TAGS } from '../block-tags';

/** Where an editor's read-back text breaks a line: the text blocks, line breaks and table cells. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([...TEXT_BLOCK_TAGS, 'BR', 'TD', 'TH']);

/**
 * The editor's text with a line break between blocks (textContent runs paragraphs together, and
 * innerText needs layout, which happy-dom lacks).
 */
export function readEditorText(root: Element): string {
  if (isTextControl(root)) return (root as HTMLTextAreaElement).value;
  let out = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += (child as Text).data;
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') continue;
        const block = BLOCK_TAGS.has(tag);
        if (block) out += '\n';
        walk(child);
        if (block) out += '\n';
      }
    }
  };
  walk(root);
  return out;
}

/**
 * Text for comparison: zero-width fillers removed (Lexical, Quill, Gmail use them), every run of
 * whitespace (non-breaking spaces included: TinyMCE and Froala turn spaces into &nbsp;) made one
 * space, typographic quotes made straight (editors with "smart quotes").
 */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u200d\u200b\u200c\u2060\ufeff]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

const BULLET = /^\s*(?:[-*\u2022\u2023\u25e6\u2043]|\d+[.)])\s+/;

/**
 * A distinctive part of the text to look for: its longest line, without a list bullet (HTML
 * inserts render "- item" as a list item whose text has no dash), at most `max` characters.
 */
export function distinctivePart(text: string, max = 60): string {
  let best = '';
  for (const line of text.split(/\r?\n/)) {
    const candidate = normalizeText(line.replace(BULLET, ''));
    if (candidate.length > best.length) best = candidate;
  }
  if (best.length <= max) return best;
  // Cut at a word boundary so the editor's wrapping of a half word cannot matter.
  const cut = best.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return space > max / 2 ? cut.slice(0, space) : cut;
}

/** Non-overlapping occurrences of `needle` in normalized `haystack`. */
export function countOccurrences(haystack: string, needle: string): number {
  const h = normalizeText(haystack);
  const n = normalizeText(needle);
  if (!n) return 0;
  let count = 0;
  for (let at = h.indexOf(n); at !== -1; at = h.indexOf(n, at + n.length)) count++;
  return count;
}

/**
 * Waits until `holds()` is true after a render and still true after the next one, checking after
 * each render for up to `timeoutMs`. At least one full re-render (two frames and a task) always
 * passes first, so a change that the editor reverts on its next render is not taken for success.
 */
export async function waitUntilKept(holds: () => boolean, opts: { win: Window; timeoutMs: number }): Promise<boolean> {
  const started = Date.now();
  await settle(opts.win, 2);
  for (;;) {
    if (holds()) {
      await settle(opts.win, 1);
      if (holds()) return true;
    }
    if (Date.now() - started >= opts.timeoutMs) return false;
    await settle(opts.win, 1);
  }
}
