import type { EditorFamily } from '../detect';
import { insertTextRoute } from './exec-command';
import { generalRoute } from './general';
import { pasteRoute } from './paste';
import { setRangeTextRoute } from './text-control';
import { textInputRoute } from './text-input';
import type { Route } from './types';

export type { Route, RouteOutcome, UndoSteps } from './types';
/**
 * The first route and at most one fallback per family. Only one route runs at a time, and the
 * fallback only after the first is verified to have changed nothing: firing several at once makes
 * Lexical (and others) insert several copies.
 */
export function routesFor(family: EditorFamily, opts: { plainTextOnly?: boolean } = {}): readonly Route[] {
  // contenteditable="plaintext-only" turns inserted HTML into one run of text: give it the text.
  if (opts.plainTextOnly && family !== 'textarea') return [insertTextRoute, pasteRoute];
  switch (family) {
    case 'textarea':
      return [insertTextRoute, setRangeTextRoute];
    case 'gmail':
    case 'contenteditable':
    case 'redactor':
      // No route of their own: the general rule (paste if a page script takes it, else the
      // browser's insertHTML). Nothing after it: an editor that took the paste and lost it would
      // take a second attempt the same way, and a plain editable that refused insertHTML refuses
      // the rest too.
      return [generalRoute];
    case 'draftjs':
      // No fallback, measured in Chromium with draft-js 0.11: execCommand('insertText') with
      // several lines makes Draft rebuild its blocks from the DOM wrongly (lines lost, the text
      // after the caret moved); a synthetic `textInput` (what React turns into onBeforeInput) is
      // taken into Draft's model but, when Draft expects the browser to render it natively, never
      // rendered: model and screen disagree. Both are worse than the clipboard.
      return [pasteRoute];
    default:
      // Model editors: their paste handler converts HTML into their model, with one undo step.
      // If the paste did not land (a page swallowing paste events, an editor ignoring synthetic
      // ones), plain text through beforeinput or, failing that, the browser's insertText.
      return [pasteRoute, textInputRoute];
  }
}
