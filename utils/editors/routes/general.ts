import { insertHtmlRoute } from './exec-command';
import { dispatchBeforeInput, dispatchPaste } from './paste';
import type { Route, RouteContext, RouteOutcome } from './types';

/**
 * For editors without a route of their own (any contenteditable we cannot name), one rule:
 * 1. A paste, as a browser delivers it: the `paste` event carrying text/html and text/plain, and
 *    if nobody takes that, the `beforeinput` insertFromPaste that follows a real paste. If a
 *    script of the page cancels either, the editor's own paste handling took it into its model
 *    (with its undo step); the caller checks the text survives the editor's next render and a
 *    forced one.
 * 2. If nobody takes either, the editable is unmanaged and the browser is its editor:
 *    execCommand('insertHTML'), which lands on the browser's own undo stack as one step.
 */
function insertGeneral(ctx: RouteContext): RouteOutcome {
  if (dispatchPaste(ctx)) return { handled: true, via: 'paste', undo: 'one-step', unknownEditor: true };
  if (dispatchBeforeInput(ctx, 'insertFromPaste', true))
    return { handled: true, via: 'beforeinput:insertFromPaste', undo: 'one-step', unknownEditor: true };
  return { handled: !!insertHtmlRoute.run(ctx), via: insertHtmlRoute.name, undo: insertHtmlRoute.undo };
}

export const generalRoute: Route = { name: 'general', undo: 'one-step', run: insertGeneral };
