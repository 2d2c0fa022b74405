// The editor's content as lines, each with where it starts and ends, so that an earlier summary can
// be found by its words and selected for replacing. A line ends at a block boundary or a <br>:
// editors differ in how they keep paragraphs (<p> in most, <div>…<br><br> in Trix, "\n" in a
// textarea), and lines are what they all share with the summary's text.

import { isTextControl } from './detect';
import { BLOCK_TAGS, normalizeText } from './verify';

export type Place = { node: Node; offset: number };

export interface EditorLine {
  /** Normalized text (see normalizeText), list bullet removed. */
  text: string;
  start: Place;
  end: Place;
}

/** A list bullet a plain-text editor keeps and an HTML list renders without. */
const BULLET = /^(?:[-*\u2022\u2023\u25e6\u2043]|\d+[.)])\s+/;

/** Normalized and without a bullet: how lines of the summary and of the editor are compared. */
export function comparableLine(line: string): string {
  return normalizeText(normalizeText(line).replace(BULLET, ''));
}

/** The summary's non-empty lines, as compared. */
export function summaryLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map(comparableLine)
    .filter((line) => line.length > 0);
}

/** The non-empty lines of an editing host (not a text control: see textControlLines). */
export function editorLines(root: Element): EditorLine[] {
  const lines: EditorLine[] = [];
  let raw = '';
  let start: Place | null = null;
  let end: Place | null = null;
  const close = () => {
    const text = comparableLine(raw);
    if (text && start && end) lines.push({ text, start, end });
    raw = '';
    start = null;
    end = null;
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        // Text that is only a filler or a formatting newline does not start a line.
        if (!start && !normalizeText(data)) continue;
        if (!start) start = { node: child, offset: 0 };
        end = { node: child, offset: data.length };
        raw += data;
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') continue;
        if (tag === 'BR') {
          close();
          continue;
        }
        const block = BLOCK_TAGS.has(tag);
        if (block) close();
        walk(child);
        if (block) close();
      }
    }
  };
  walk(root);
  close();
  return lines;
}

interface TextControlLine {
  text: string;
  start: number;
  end: number;
}

/** The non-empty lines of a textarea, with character offsets. */
function textControlLines(value: string): TextControlLine[] {
  const lines: TextControlLine[] = [];
  let at = 0;
  for (const raw of value.split('\n')) {
    const text = comparableLine(raw);
    if (text) lines.push({ text, start: at, end: at + raw.length });
    at += raw.length + 1;
  }
  return lines;
}

/** Start indexes in `haystack` where all of `needle` follows, line for line. */
export function findRuns(haystack: readonly string[], needle: readonly string[]): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    let all = true;
    for (let k = 0; k < needle.length && all; k++) all = haystack[i + k] === needle[k];
    if (all) {
      found.push(i);
      i += needle.length - 1;
    }
  }
  return found;
}

export type Located = { kind: 'range'; start: Place; end: Place } | { kind: 'text-control'; start: number; end: number };

/**
 * Where the summary `text` is in the editor: every copy found, line for line (whitespace, quotes,
 * bullets and empty lines do not matter; any other change to a line does).
 */
export function locateSummary(root: Element, text: string): Located[] {
  const wanted = summaryLines(text);
  if (isTextControl(root)) {
    const lines = textControlLines((root as HTMLTextAreaElement).value);
    return findRuns(
      lines.map((l) => l.text),
      wanted,
    ).map((i) => ({
      kind: 'text-control',
      start: lines[i]!.start,
      end: lines[i + wanted.length - 1]!.end,
    }));
  }
  const lines = editorLines(root);
  return findRuns(
    lines.map((l) => l.text),
    wanted,
  ).map((i) => ({
    kind: 'range',
    start: lines[i]!.start,
    end: lines[i + wanted.length - 1]!.end,
  }));
}
