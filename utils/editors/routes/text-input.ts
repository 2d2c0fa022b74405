import { dispatchBeforeInput } from './paste';
import type { EditorFamily } from '../detect';
import type { Route, RouteContext, RouteOutcome, UndoSteps } from './types';

/**
 * Measured (tests/editors, fallback when paste never reaches the editor): CKEditor 5 records each
 * line of plain text as its own undo step; Froala's undo never hears of execCommand text. The
 * others undo it in one step.
 */
const UNDO_BY_FAMILY: Partial<Record<EditorFamily, UndoSteps>> = { ckeditor5: 'several-steps', froala: 'not-undoable' };

/**
 * Plain-text input for editors with their own model, as one route in two stages that never both
 * act:
 * 1. A synthetic `beforeinput` (inputType insertText, the text in `dataTransfer`, `data` null).
 *    Editors that drive typing from beforeinput take it and cancel it: Lexical reads
 *    dataTransfer here (its Safari text-replacement path) and inserts the text with its line
 *    breaks; CKEditor 5's InputObserver falls back to dataTransfer's text/plain and splits lines
 *    into paragraphs. A synthetic event has no default action, so if nobody cancels it nothing
 *    happened.
 * 2. Only then `execCommand('insertText')`: the browser edits the DOM and editors that watch DOM
 *    mutations (ProseMirror, Quill) take it into their model. Chromium fires no beforeinput for
 *    execCommand, which is why Lexical must not get here: it mangles multi-line text that arrives
 *    as raw DOM mutations (measured: lines lost and duplicated).
 */
function insertTextInput(ctx: RouteContext): RouteOutcome {
  const { doc, text } = ctx;
  const taken = dispatchBeforeInput(ctx, 'insertText', false);
  const undo = UNDO_BY_FAMILY[ctx.family] ?? 'one-step';
  if (taken) return { handled: true, via: 'beforeinput:insertText', undo };
  return { handled: doc.execCommand('insertText', false, text), via: 'execCommand:insertText', undo };
}

export const textInputRoute: Route = { name: 'insertText', undo: 'one-step', run: insertTextInput };
