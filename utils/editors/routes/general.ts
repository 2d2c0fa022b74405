import { insertHtmlRoute } from './exec-command';
import { dispatchPaste } from './paste';
import type { Route, RouteContext, RouteOutcome } from './types';

/**
 * For editors without a route of their own (any contenteditable we cannot name), one rule:
 * 1. A paste event carrying text/html and text/plain. If a script of the page cancels it, the
 *    editor's own paste handler took it into its model (the way a real paste goes in, with its
 *    undo step); the caller checks the text survives the editor's next render and a forced one.
 * 2. If nobody takes it, the editable is unmanaged and the browser is its editor:
 *    execCommand('insertHTML'), which lands on the browser's own undo stack as one step.
 */
export function insertGeneral(ctx: RouteContext): RouteOutcome {
  if (dispatchPaste(ctx)) return { handled: true, via: 'paste', undo: 'one-step', unknownEditor: true };
  return { handled: !!insertHtmlRoute.run(ctx), via: insertHtmlRoute.name, undo: insertHtmlRoute.undo };
}

export const generalRoute: Route = { name: 'general', undo: 'one-step', run: insertGeneral };
