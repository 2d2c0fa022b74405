// Inserting the commitment summary into the host page's reply editor (ARCHITECTURE.md §3, §5).
// Runs in the content script's isolated world: it sees the DOM but not the page's editor objects,
// so everything goes through DOM events and editing commands that the editors listen to.
//
// Flow: find the editor and its family → put the caret back where the agent left it (else at the
// end) → the family's first route → wait for the editor to re-render and check the text is in it →
// at most one fallback, checked the same way → else copy to the clipboard and say so.

import { copyToClipboard } from './clipboard';
import { placeCaret, type SavedCaret } from './caret';
import { detectEditor, type EditorFamily } from './detect';
import type { Win } from './dom';
import { routesFor, type Route, type RouteOutcome } from './routes';
import { sanitizeHtml, textToHtml } from './sanitize';
import { countInEditor, distinctivePart, waitForInsertion } from './verify';

export interface InsertResult {
  ok: boolean;
  /** The route that put the text in ('paste', 'execCommand:insertHTML', …), or 'clipboard'/'none' when none did. */
  method: string;
  fallback?: 'clipboard';
  /** For the agent, when ok is false. */
  error?: string;
}

export interface InsertOptions {
  /** Family hint from the host adapter (e.g. 'roosterjs' on Outlook, which has no DOM marker). */
  family?: EditorFamily;
  /** Caret to restore; by default the one `trackCaret` saved for this editor. */
  caret?: SavedCaret;
  /** How long to wait for an editor that took the event to show the text (ms). Default 800. */
  timeoutMs?: number;
}

export type { EditorFamily, DetectedEditor } from './detect';
export { detectEditor, classifyEditor, editingHost, isTextControl, FAMILY_MARKERS } from './detect';
export type { SavedCaret } from './caret';
export { trackCaret, saveCaret, getSavedCaret, forgetCaret, lastEditor, placeCaret, settle } from './caret';
export { keepFocus, preventFocusSteal } from './focus';
export { copyToClipboard } from './clipboard';
export { routesFor } from './routes';
export { sanitizeHtml, textToHtml } from './sanitize';
export { distinctivePart, normalizeText, readEditorText, countOccurrences } from './verify';

export const MESSAGES = {
  copied:
    "The summary couldn't be added to the reply automatically, so it is on your clipboard. Click in the reply where you want it and press Ctrl+V (⌘V on a Mac).",
  notCopied:
    "The summary couldn't be added to the reply automatically, and the browser did not allow copying it either. Select the summary in the panel and copy it by hand.",
  noEditorCopied:
    "No reply box was found to put the summary in, so it is on your clipboard. Open the reply, click in it and press Ctrl+V (⌘V on a Mac).",
  noEditorNotCopied:
    'No reply box was found to put the summary in. Open the reply and try again, or copy the summary from the panel by hand.',
  empty: 'There is no summary to insert.',
} as const;

const DEFAULT_TIMEOUT_MS = 800;
/** Without a sign that the editor took the event, do not wait long before the fallback. */
const UNHANDLED_TIMEOUT_MS = 150;

async function fail(win: Win, html: string, text: string, editorFound: boolean): Promise<InsertResult> {
  const copied = await copyToClipboard({ text, html }, win);
  if (copied) {
    return { ok: false, method: 'clipboard', fallback: 'clipboard', error: editorFound ? MESSAGES.copied : MESSAGES.noEditorCopied };
  }
  return { ok: false, method: 'none', error: editorFound ? MESSAGES.notCopied : MESSAGES.noEditorNotCopied };
}

/**
 * Inserts the summary into the editor at (or containing, or inside) `target`: HTML where the
 * editor takes it, plain text otherwise; at the caret the agent left (see `trackCaret`), else at
 * the end. Resolves with `ok: true` only when the text is verified in the editor after it
 * re-rendered. On failure the summary is copied to the clipboard and `error` says what to do.
 */
export async function insertIntoEditor(
  target: Element,
  content: { html: string; text: string },
  options: InsertOptions = {},
): Promise<InsertResult> {
  const targetWin: Win = target.ownerDocument.defaultView ?? window;
  const text = content.text ?? '';
  const needle = distinctivePart(text);
  if (!needle) return { ok: false, method: 'none', error: MESSAGES.empty };

  const found = detectEditor(target);
  if (!found) {
    const html = content.html ? sanitizeHtml(content.html, targetWin) : textToHtml(text);
    return fail(targetWin, html, text, false);
  }
  const family = options.family ?? found.family;
  const { root } = found;
  const doc = root.ownerDocument;
  const win: Win = doc.defaultView ?? targetWin;
  const html = content.html ? sanitizeHtml(content.html, win) : textToHtml(text);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  const before = countInEditor(root, needle);
  const plainTextOnly = root.getAttribute('contenteditable')?.toLowerCase() === 'plaintext-only';
  const routes: readonly Route[] = routesFor(family, { plainTextOnly });
  for (const route of routes) {
    await placeCaret(root, options.caret);
    let outcome: RouteOutcome = { handled: false };
    try {
      const ran = route.run({ family, root, doc, win, html, text });
      outcome = typeof ran === 'boolean' ? { handled: ran } : ran;
    } catch {
      // e.g. execCommand refused in this context: verification and the fallback decide
    }
    const added = await waitForInsertion(root, needle, before, {
      win,
      timeoutMs: outcome.handled ? timeoutMs : UNHANDLED_TIMEOUT_MS,
    });
    if (added > 0) return { ok: true, method: outcome.via ?? route.name };
  }
  return fail(win, html, text, true);
}
