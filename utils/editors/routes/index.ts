import type { EditorFamily } from '../detect';
import { insertHtmlRoute, insertTextRoute } from './exec-command';
import { pasteRoute } from './paste';
import { setRangeTextRoute } from './text-control';
import type { Route } from './types';

export type { Route, RouteContext } from './types';
export { dispatchPaste, pasteRoute } from './paste';
export { insertHtmlRoute, insertTextRoute } from './exec-command';
export { setRangeTextRoute } from './text-control';

/**
 * The first route and the single fallback per family. Only one route runs at a time, and the
 * fallback only after the first is verified to have changed nothing: firing several at once makes
 * Lexical (and others) insert several copies.
 */
export function routesFor(family: EditorFamily): readonly [Route, Route] {
  switch (family) {
    case 'textarea':
      return [insertTextRoute, setRangeTextRoute];
    case 'gmail':
    case 'contenteditable':
      // A plain contenteditable ignores a synthetic paste (it has no default action), while
      // insertHTML works there and keeps formatting; an unknown model editor may take the paste.
      return [insertHtmlRoute, pasteRoute];
    default:
      // Model editors: their paste handler converts HTML into their model, with one undo step.
      // Plain-text insertText arrives as beforeinput, which they all handle if paste did not work.
      return [pasteRoute, insertTextRoute];
  }
}
