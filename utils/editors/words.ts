// Words inside a line of the editor, found by their text and mapped back to DOM positions, so a
// phrase the agent wrote ("We'll get back to you shortly.") can be selected and rewritten in place.
// A line is what utils/editors/lines.ts calls a line (a block or a <br> ends it): a phrase never
// spans two, since a sentence the coach reads never does either.
//
// Comparison is as loose as normalizeText: zero-width fillers (Lexical, Quill), typographic quotes
// (smart-quote editors) and runs of whitespace or &nbsp; (TinyMCE, Froala) do not matter. Each
// compared character remembers the DOM place it came from, so what is found can be selected.

import { isTextControl } from './detect';
import type { Place } from './lines';
import { BLOCK_TAGS } from './verify';

/** One line as compared, with where each compared character starts and ends in the DOM (or the value). */
interface MappedLine<P> {
  text: string;
  /** For character i of `text`: where it starts and where it ends. */
  starts: P[];
  ends: P[];
}

const ZERO_WIDTH = /[\u200d\u200b\u200c\u2060\ufeff]/;

function comparableChar(ch: string): string {
  if (ZERO_WIDTH.test(ch)) return '';
  if (ch === '\u2018' || ch === '\u2019') return "'";
  if (ch === '\u201c' || ch === '\u201d') return '"';
  if (/[\s\u00a0]/.test(ch)) return ' ';
  return ch;
}

/** Builds mapped lines from (character, start, end) triples, a line break given as null. */
function mapLines<P>(chars: Iterable<{ ch: string; start: P; end: P } | null>): MappedLine<P>[] {
  const lines: MappedLine<P>[] = [];
  let line: MappedLine<P> = { text: '', starts: [], ends: [] };
  const close = () => {
    // Trailing space is not part of the line's words.
    while (line.text.endsWith(' ')) {
      line.text = line.text.slice(0, -1);
      line.starts.pop();
      line.ends.pop();
    }
    if (line.text) lines.push(line);
    line = { text: '', starts: [], ends: [] };
  };
  for (const item of chars) {
    if (item === null) {
      close();
      continue;
    }
    const c = comparableChar(item.ch);
    if (!c) continue;
    // Leading space, and a space after a space, add nothing.
    if (c === ' ' && (line.text === '' || line.text.endsWith(' '))) continue;
    line.text += c;
    line.starts.push(item.start);
    line.ends.push(item.end);
  }
  close();
  return lines;
}

function* domChars(root: Element): Generator<{ ch: string; start: Place; end: Place } | null> {
  function* walk(node: Node): Generator<{ ch: string; start: Place; end: Place } | null> {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        for (let i = 0; i < data.length; i++)
          yield { ch: data[i]!, start: { node: child, offset: i }, end: { node: child, offset: i + 1 } };
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') continue;
        if (tag === 'BR') {
          yield null;
          continue;
        }
        const block = BLOCK_TAGS.has(tag);
        if (block) yield null;
        yield* walk(child);
        if (block) yield null;
      }
    }
  }
  yield* walk(root);
}

function* valueChars(value: string): Generator<{ ch: string; start: number; end: number } | null> {
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '\n') yield null;
    else yield { ch, start: i, end: i + 1 };
  }
}

/** Compared the way editor lines are: see comparableChar. */
export function comparableWords(words: string): string {
  return mapLines(valueChars(words.replace(/\r?\n/g, ' ')))
    .map((l) => l.text)
    .join(' ');
}

export type LocatedWords =
  | { kind: 'range'; start: Place; end: Place; line: number; from: number; to: number }
  | { kind: 'text-control'; start: number; end: number; line: number; from: number; to: number };

/** The editor's lines as compared (for checking that nothing but the rewritten words changed). */
export function comparableLines(root: Element): string[] {
  if (isTextControl(root)) return mapLines(valueChars((root as HTMLTextAreaElement).value)).map((l) => l.text);
  return mapLines(domChars(root)).map((l) => l.text);
}

/**
 * Every place `words` is written in the editor, inside one line. `line`, `from` and `to` say where in
 * the compared lines (see comparableLines); `start` and `end` where in the DOM (or the text
 * control's value). With `span` (offsets in the compared words), only that part of each place.
 */
export function locateWords(root: Element, words: string, span?: { from: number; to: number }): LocatedWords[] {
  const wanted = comparableWords(words);
  if (!wanted) return [];
  const a = span?.from ?? 0;
  const b = span?.to ?? wanted.length;
  const scan = <P>(lines: MappedLine<P>[], make: (start: P, end: P, line: number, from: number, to: number) => LocatedWords) => {
    const found: LocatedWords[] = [];
    lines.forEach((line, index) => {
      for (let at = line.text.indexOf(wanted); at !== -1; at = line.text.indexOf(wanted, at + wanted.length)) {
        const from = at + a;
        const to = at + b;
        // An empty span is the place just after the character before it.
        const start = from < to ? line.starts[from]! : from > 0 ? line.ends[from - 1]! : line.starts[0]!;
        const end = from < to ? line.ends[to - 1]! : start;
        found.push(make(start, end, index, from, to));
      }
    });
    return found;
  };
  if (isTextControl(root)) {
    return scan(mapLines(valueChars((root as HTMLTextAreaElement).value)), (start, end, line, from, to) => ({
      kind: 'text-control',
      start,
      end,
      line,
      from,
      to,
    }));
  }
  return scan(mapLines(domChars(root)), (start, end, line, from, to) => ({ kind: 'range', start, end, line, from, to }));
}

const WORD = /[\p{L}\p{N}'’]/u;
const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);

/**
 * The smallest part of `before` that must change to make it `after`, whole words only: "We'll get
 * back to you shortly." → "We'll get back to you by tomorrow." changes only "shortly" (the words
 * around it keep their formatting, and the agent's undo step is small). Offsets are in `before`
 * (from, to), `text` is what goes there. The new text never starts or ends with a space and is never
 * empty: editors drop or double a space at the edge of pasted HTML, so the span then takes in the
 * word beside it ("know." → "know by tomorrow." replaces "know" with "know by tomorrow").
 */
export function changedSpan(before: string, after: string): { from: number; to: number; text: string } {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before[prefix] === after[prefix]) prefix++;
  // Never cut inside a word of either text.
  while (prefix > 0 && isWord(before[prefix - 1]) && (isWord(before[prefix]) || isWord(after[prefix]))) prefix--;
  let suffix = 0;
  while (suffix < max - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  while (
    suffix > 0 &&
    isWord(before[before.length - suffix]) &&
    (isWord(before[before.length - suffix - 1]) || isWord(after[after.length - suffix - 1]))
  )
    suffix--;
  let from = prefix;
  let to = before.length - suffix;
  const text = () => after.slice(from, after.length - (before.length - to));
  // Take in the word to the left (then to the right) while the new text is empty or has a space at an edge.
  for (let guard = 0; guard < 8; guard++) {
    const t = text();
    if (t && !/^\s/.test(t) && !/\s$/.test(t)) break;
    if ((!t || /^\s/.test(t)) && from > 0) {
      while (from > 0 && /\s/.test(before[from - 1]!)) from--;
      while (from > 0 && !/\s/.test(before[from - 1]!)) from--;
    } else if (to < before.length) {
      while (to < before.length && /\s/.test(before[to]!)) to++;
      while (to < before.length && !/\s/.test(before[to]!)) to++;
    } else break;
  }
  return { from, to, text: text() };
}
