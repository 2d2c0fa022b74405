import { caretTarget } from '../dom';
import { insertHtmlRoute } from './exec-command';
import { dispatchPaste } from './paste';
import type { Route, RouteContext, RouteOutcome } from './types';

/**
 * A synthetic `beforeinput` of type insertFromPaste carrying the summary, the way a real paste
 * reaches editors that take input from beforeinput rather than the paste event (Trix 2). A
 * synthetic event has no default action: if nobody cancels it, nothing happened.
 */
function dispatchPasteInput(ctx: RouteContext): boolean {
  const { doc, win, root, html, text } = ctx;
  const data = new win.DataTransfer();
  if (html) data.setData('text/html', html);
  data.setData('text/plain', text);
  const event = new win.InputEvent('beforeinput', {
    inputType: 'insertFromPaste',
    data: null,
    dataTransfer: data,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  caretTarget(doc, root).dispatchEvent(event);
  return event.defaultPrevented;
}

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
  if (dispatchPasteInput(ctx)) return { handled: true, via: 'beforeinput:insertFromPaste', undo: 'one-step', unknownEditor: true };
  return { handled: !!insertHtmlRoute.run(ctx), via: insertHtmlRoute.name, undo: insertHtmlRoute.undo };
}

export const generalRoute: Route = { name: 'general', undo: 'one-step', run: insertGeneral };
