// Inserting the commitment summary into the host page's reply editor (utils/editors/README.md).
// Runs in the content script's isolated world: it sees the DOM but not the page's editor objects,
// so everything goes through DOM events and editing commands that the editors listen to.
//
// Flow: find the editor and its family (through shadow roots and same-origin iframes) → put the
// caret back where the agent left it (else at the end), then at the end of its line so the summary
// is its own block (or select the earlier summary, to replace it) → the family's first route →
// wait for the editor to re-render and check the summary is in it line for line (for an editor we
// know nothing about, again after a forced re-render) → at most one fallback, checked the same way
// → else copy to the clipboard and say so. What each check proves: README.md beside this file.

import { asOwnBlock, caretToLineEnd } from './block';
import { copyToClipboard } from './clipboard';
import { getSavedCaret, liveCaret, placeCaret, positionAt, settle, textOffset, type SavedCaret } from './caret';
import { isTextControl, type DetectedEditor, type EditorFamily } from './detect';
import type { Win } from './dom';
import { locateSummary, summaryLines, type Located } from './lines';
import { resolveEditor } from './resolve';
import { routesFor, type Route, type RouteOutcome, type UndoSteps } from './routes';
import { sanitizeHtml, textToHtml } from './sanitize';
import { normalizeText, readEditorText, waitUntilKept } from './verify';
import { changedSpan, comparableLines, comparableWords, locateWords, type LocatedWords } from './words';
import { editorMessage, type EditorMessage } from './messages';
import type { Translate } from '../i18n-keys';

export interface InsertResult {
  ok: boolean;
  /** The route that put the text in ('paste', 'execCommand:insertHTML', …), or 'clipboard'/'none' when none did. */
  method: string;
  fallback?: 'clipboard';
  /** For the agent, when ok is false. */
  error?: string;
  /**
   * What one Ctrl+Z (the editor's own undo) does to this insert, as measured for the route on the
   * tested editors: 'one-step' removes all of it; 'not-undoable' (a textarea that refused editing
   * commands) means the editor's undo cannot remove it. See README.md beside this file.
   */
  undo?: UndoSteps;
  /** replaceInEditor only: the earlier summary was replaced, not found, or found more than once. */
  previous?: 'replaced' | 'not-found' | 'several';
}

export interface InsertOptions {
  /** Family hint from the host adapter (e.g. 'roosterjs' on Outlook, which has no DOM marker). */
  family?: EditorFamily;
  /** Caret to restore; by default the one `trackCaret` saved for this editor. */
  caret?: SavedCaret;
  /** How long to wait for an editor that took the event to show the text (ms). Default 800. */
  timeoutMs?: number;
  /** The words of `error` (default: browser.i18n, there in the content script and the insert kit). */
  t?: Translate;
}

export type { EditorFamily, DetectedEditor } from './detect';
export type { UndoSteps } from './routes';
export { deepActiveElement, selectionOf } from './dom';
export { locateSummary, summaryLines } from './lines';
export { locateWords, changedSpan, comparableWords } from './words';
export { resolveEditor } from './resolve';
export { detectEditor, classifyEditor, editingHost, isTextControl, FAMILY_MARKERS } from './detect';
export type { SavedCaret } from './caret';
export { trackCaret, saveCaret, getSavedCaret, forgetCaret, lastEditor, placeCaret, settle } from './caret';
export { keepFocus, preventFocusSteal } from './focus';
export { copyToClipboard } from './clipboard';
export { routesFor } from './routes';
export { sanitizeHtml, textToHtml } from './sanitize';
export { distinctivePart, normalizeText, readEditorText, countOccurrences } from './verify';

export { EDITOR_MESSAGE_KEYS, type EditorMessage } from './messages';

const DEFAULT_TIMEOUT_MS = 800;
/** Without a sign that the editor took the event, do not wait long before the fallback. */
const UNHANDLED_TIMEOUT_MS = 150;

type Failure = 'no-editor' | 'not-taken' | 'dropped' | 'not-shown' | 'partial';

const FAILURE_MESSAGES: Record<Failure, { copied: EditorMessage; notCopied: EditorMessage }> = {
  'no-editor': { copied: 'noEditorCopied', notCopied: 'noEditorNotCopied' },
  'not-taken': { copied: 'copied', notCopied: 'notCopied' },
  dropped: { copied: 'dropped', notCopied: 'droppedNotCopied' },
  'not-shown': { copied: 'notShown', notCopied: 'notShownNotCopied' },
  partial: { copied: 'partial', notCopied: 'partialNotCopied' },
};

async function fail(win: Win, html: string, text: string, why: Failure, tr: Translate | undefined): Promise<InsertResult> {
  const copied = await copyToClipboard({ text, html }, win);
  if (copied) return { ok: false, method: 'clipboard', fallback: 'clipboard', error: editorMessage(FAILURE_MESSAGES[why].copied, tr) };
  return { ok: false, method: 'none', error: editorMessage(FAILURE_MESSAGES[why].notCopied, tr) };
}

/** A saved caret that selects what `locateSummary` found. */
function caretFor(root: HTMLElement, found: Located): SavedCaret {
  if (found.kind === 'text-control') {
    return { kind: 'text-control', element: root as HTMLTextAreaElement, start: found.start, end: found.end };
  }
  const range = root.ownerDocument.createRange();
  range.setStart(found.start.node, found.start.offset);
  range.setEnd(found.end.node, found.end.offset);
  return {
    kind: 'range',
    root,
    range,
    start: textOffset(root, found.start.node, found.start.offset),
    end: textOffset(root, found.end.node, found.end.offset),
  };
}

/** Blur and focus: editors that re-render from their model on focus changes do it now. */
async function forceRerender(root: HTMLElement, win: Win): Promise<void> {
  root.blur();
  await settle(win, 1);
  root.focus({ preventScroll: true });
  await settle(win, 2);
}

interface Attempt {
  /** Puts the selection where the route should act; returns the content to give it. */
  prepare(): Promise<{ html: string; text: string } | null>;
  /** True once the editor holds the change. */
  holds(): boolean;
}

async function runRoutes(
  found: DetectedEditor,
  family: EditorFamily,
  attempt: Attempt,
  timeoutMs: number,
): Promise<{ result?: InsertResult; failure: Failure }> {
  const { root } = found;
  const before = normalizeText(readEditorText(root));
  const plainTextOnly = root.getAttribute('contenteditable')?.toLowerCase() === 'plaintext-only';
  const routes: readonly Route[] = routesFor(family, { plainTextOnly });
  const result = await tryRoutes(found, family, routes, attempt, timeoutMs);
  // A route that failed but changed the reply (part of the summary in, lines joined): the agent
  // must look before pasting, or the reply gets the summary one and a half times.
  if (!result.result && result.failure !== 'dropped' && normalizeText(readEditorText(root)) !== before) return { failure: 'partial' };
  return result;
}

async function tryRoutes(
  found: DetectedEditor,
  family: EditorFamily,
  routes: readonly Route[],
  attempt: Attempt,
  timeoutMs: number,
): Promise<{ result?: InsertResult; failure: Failure }> {
  const { root } = found;
  const doc = root.ownerDocument;
  const win: Win = (doc.defaultView ?? window) as Win;
  for (const route of routes) {
    const content = await attempt.prepare();
    if (!content) break;
    let outcome: RouteOutcome = { handled: false };
    try {
      const ran = route.run({ family, root, doc, win, html: content.html, text: content.text });
      outcome = typeof ran === 'boolean' ? { handled: ran } : ran;
    } catch {
      // e.g. execCommand refused in this context: verification and the fallback decide
    }
    const kept = await waitUntilKept(attempt.holds, { win, timeoutMs: outcome.handled ? timeoutMs : UNHANDLED_TIMEOUT_MS });
    const result: InsertResult = { ok: true, method: outcome.via ?? route.name, undo: outcome.undo ?? route.undo };
    if (kept && outcome.unknownEditor) {
      // An editor we have no route for showed the text: its model may still not hold it (a DOM
      // change it will overwrite). Make it render again, and look once more.
      await forceRerender(root, win);
      if (!attempt.holds()) return { failure: 'dropped' };
      return { result, failure: 'not-taken' };
    }
    if (kept) return { result, failure: 'not-taken' };
    // An unknown editor took the event and never showed it (Jodit's "Keep as HTML?" dialog by
    // default): a second route would go the same way, or insert twice once the agent answers.
    if (outcome.unknownEditor) return { failure: 'not-shown' };
  }
  return { failure: 'not-taken' };
}

function contentFor(content: { html: string; text: string }, win: Win): { html: string; text: string } {
  const text = content.text ?? '';
  return { text, html: content.html ? sanitizeHtml(content.html, win) : textToHtml(text) };
}

type ResolvedEditor = NonNullable<ReturnType<typeof resolveEditor>>;

/**
 * What insertIntoEditor and replaceInEditor both start with: refuse an empty summary, find the
 * editor behind `target` (through shadow roots and iframes), and clean the content for its window.
 * With no editor the summary goes to the clipboard, and `result` says so.
 */
async function openEditor(
  target: Element,
  content: { html: string; text: string },
  tr: Translate | undefined,
): Promise<
  { result: InsertResult } | { found: ResolvedEditor; root: ResolvedEditor['root']; win: Win; clean: ReturnType<typeof contentFor> }
> {
  const targetWin: Win = (target.ownerDocument.defaultView ?? window) as Win;
  if (summaryLines(content.text ?? '').length === 0) return { result: { ok: false, method: 'none', error: editorMessage('empty', tr) } };
  const found = resolveEditor(target);
  if (!found) {
    const clean = contentFor(content, targetWin);
    return { result: await fail(targetWin, clean.html, clean.text, 'no-editor', tr) };
  }
  const { root } = found;
  const win: Win = (root.ownerDocument.defaultView ?? targetWin) as Win;
  return { found, root, win, clean: contentFor(content, win) };
}

/**
 * Inserts the summary into the editor at (or containing, or inside) `target`, as its own block(s)
 * after the line holding the caret the agent left (see `trackCaret`), else at the end: HTML where
 * the editor takes it, plain text otherwise. Resolves with `ok: true` only when the summary is
 * verified in the editor, line for line, after it re-rendered. On failure the summary is copied to
 * the clipboard and `error` says what to do.
 */
export async function insertIntoEditor(
  target: Element,
  content: { html: string; text: string },
  options: InsertOptions = {},
): Promise<InsertResult> {
  const opened = await openEditor(target, content, options.t);
  if ('result' in opened) return opened.result;
  const { found, root, win, clean } = opened;
  const before = locateSummary(root, clean.text).length;
  const family = options.family ?? found.family;
  const { result, failure } = await runRoutes(
    found,
    family,
    {
      async prepare() {
        await placeCaret(root, options.caret);
        const { lineHasText } = caretToLineEnd(root);
        if (!isTextControl(root)) await settle(win, 1); // editors pick the moved caret up on selectionchange
        return lineHasText ? asOwnBlock(clean, family) : clean;
      },
      holds: () => locateSummary(root, clean.text).length > before,
    },
    options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  );
  return result ?? fail(win, clean.html, clean.text, failure, options.t);
}

/**
 * Replaces the summary inserted earlier (`previousText`, found in the editor by its lines) with
 * `content`, through the same routes as insertIntoEditor: the earlier summary is selected and the
 * new one goes in over it, so the editor's own paste (or editing command) does the replacing, with
 * its undo. Resolves with `ok: true` only when the new summary is there once and the earlier one
 * is gone, after the editor re-rendered. When the earlier summary is not there as it was (the
 * agent edited or removed it) or is there twice, nothing is changed: `ok: false`, `previous` says
 * which, and no clipboard copy is made (the caller asks whether to add another).
 */
export async function replaceInEditor(
  target: Element,
  previousText: string,
  content: { html: string; text: string },
  options: InsertOptions = {},
): Promise<InsertResult> {
  const opened = await openEditor(target, content, options.t);
  if ('result' in opened) return opened.result;
  const { found, root, win, clean } = opened;
  const copies = locateSummary(root, previousText);
  if (copies.length === 0) return { ok: false, method: 'none', previous: 'not-found', error: editorMessage('previousNotFound', options.t) };
  if (copies.length > 1) return { ok: false, method: 'none', previous: 'several', error: editorMessage('previousSeveral', options.t) };
  const same = summaryLines(previousText).join('\n') === summaryLines(clean.text).join('\n');
  if (same) return { ok: true, method: 'unchanged', previous: 'replaced' };
  const newBefore = locateSummary(root, clean.text).length;
  const { result, failure } = await runRoutes(
    found,
    options.family ?? found.family,
    {
      async prepare() {
        const [earlier] = locateSummary(root, previousText);
        if (!earlier) return null; // a route changed it after all: verification already said no
        await placeCaret(root, caretFor(root, earlier));
        return clean;
      },
      holds: () => locateSummary(root, previousText).length === 0 && locateSummary(root, clean.text).length === newBefore + 1,
    },
    options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  );
  if (result) return { ...result, previous: 'replaced' };
  return fail(win, clean.html, clean.text, failure, options.t);
}

export interface RewriteResult {
  ok: boolean;
  /** The route that made the change ('paste', 'execCommand:insertText', …), or 'none'. */
  method: string;
  /** For the agent, when ok is false. */
  error?: string;
  undo?: UndoSteps;
  /** Why nothing was changed: the words are not in the reply (as they were), or are there twice. */
  words?: 'not-found' | 'several';
}

const WORDS_FAILURES: Record<Failure, EditorMessage> = {
  'no-editor': 'wordsNoEditor',
  'not-taken': 'wordsNotTaken',
  dropped: 'wordsDropped',
  'not-shown': 'wordsNotShown',
  partial: 'wordsPartial',
};

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** How many characters of text the editor holds (the measure SavedCaret offsets use). */
function textLength(root: HTMLElement): number {
  return isTextControl(root) ? (root as HTMLTextAreaElement).value.length : textOffset(root, root, root.childNodes.length);
}

/** Where a located place ends, as a text offset (the measure SavedCaret offsets use). */
function offsetsOf(root: HTMLElement, found: LocatedWords): { start: number; end: number } {
  if (found.kind === 'text-control') return { start: found.start, end: found.end };
  return { start: textOffset(root, found.start.node, found.start.offset), end: textOffset(root, found.end.node, found.end.offset) };
}

/** The agent's caret moved with the text: after the change it stays after the same words. */
function caretAfterChange(
  root: HTMLElement,
  caret: SavedCaret | undefined,
  changed: { start: number; end: number },
  delta: number,
): SavedCaret | undefined {
  if (!caret) return undefined;
  const shift = (at: number) => (at >= changed.end ? at + delta : at > changed.start ? changed.end + delta : at);
  const start = shift(caret.start);
  const end = shift(caret.end);
  if (caret.kind === 'text-control') return { ...caret, start, end };
  const range = root.ownerDocument.createRange();
  const a = positionAt(root, start);
  const b = positionAt(root, end);
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return { kind: 'range', root, range, start, end };
}

/**
 * Rewrites words the agent wrote in the reply ("We'll get back to you shortly." → "We'll get back to
 * you by tomorrow."), in the editor's own model: only the words that differ are selected and the new
 * ones go in over them through the family's route (the editor's paste, or an editing command), so
 * the editor keeps its formatting and undo. The words must be in the reply once, inside one line.
 * Resolves with `ok: true` only when, after the editor re-rendered, every line of the reply reads as
 * before except that one, which reads as rewritten. Then the agent's caret is put back where it was
 * (moved along with the text after it). Nothing is copied to the clipboard: on failure the reply is
 * as it was (or `error` says to check it) and the caller says so.
 */
export async function replaceWordsInEditor(
  target: Element,
  words: string,
  replacement: string,
  options: InsertOptions = {},
): Promise<RewriteResult> {
  const before = comparableWords(words);
  const after = comparableWords(replacement);
  if (!before || !after) return { ok: false, method: 'none', error: editorMessage('wordsEmpty', options.t) };
  const found = resolveEditor(target);
  if (!found) return { ok: false, method: 'none', error: editorMessage('wordsNoEditor', options.t) };
  const { root } = found;
  const span = changedSpan(before, after);
  const places = locateWords(root, words, span);
  if (places.length === 0) return { ok: false, method: 'none', words: 'not-found', error: editorMessage('wordsNotFound', options.t) };
  if (places.length > 1) return { ok: false, method: 'none', words: 'several', error: editorMessage('wordsSeveral', options.t) };
  const place = places[0]!;
  const linesBefore = comparableLines(root);
  const line = linesBefore[place.line] ?? '';
  const expected = [...linesBefore];
  expected[place.line] = comparableWords(line.slice(0, place.from) + span.text + line.slice(place.to));
  const agentCaret = options.caret ?? getSavedCaret(root) ?? liveCaret(root);
  const changed = offsetsOf(root, place);
  const lengthBefore = textLength(root);
  const { result, failure } = await runRoutes(
    found,
    options.family ?? found.family,
    {
      async prepare() {
        const now = locateWords(root, words, span);
        if (now.length !== 1) return null; // a route changed it after all: verification already said no
        await placeCaret(root, caretFor(root, now[0]!));
        return { text: span.text, html: escapeText(span.text) };
      },
      holds: () => {
        const lines = comparableLines(root);
        return lines.length === expected.length && lines.every((l, i) => l === expected[i]);
      },
    },
    options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  );
  if (!result) {
    // Nothing changed: the words the routes selected give the caret back to the agent.
    if (failure !== 'partial' && agentCaret) await placeCaret(root, caretAfterChange(root, agentCaret, changed, 0));
    return { ok: false, method: 'none', error: editorMessage(WORDS_FAILURES[failure], options.t) };
  }
  const caret = caretAfterChange(root, agentCaret, changed, textLength(root) - lengthBefore);
  if (caret) await placeCaret(root, caret);
  return { ok: true, method: result.method, ...(result.undo ? { undo: result.undo } : {}) };
}
