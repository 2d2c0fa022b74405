import { caretTarget } from '../dom';
import type { Route, RouteContext } from './types';

/**
 * A synthetic `paste` ClipboardEvent carrying text/html and text/plain. Editors with their own
 * model (ProseMirror, Lexical, Draft.js, CKEditor 5, Quill, TinyMCE, Froala, roosterjs) read
 * `clipboardData` in their paste handler, run it through their own paste sanitizer, insert it at
 * their selection and record one undo step. A synthetic event has no default action: in an editor
 * that does not handle paste nothing happens (so trying it is harmless, and verification decides).
 */
export function dispatchPaste(ctx: RouteContext): boolean {
  const { doc, win, root, html, text } = ctx;
  const data = new win.DataTransfer();
  if (html) data.setData('text/html', html);
  data.setData('text/plain', text);
  const event = new win.ClipboardEvent('paste', {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  caretTarget(doc, root).dispatchEvent(event);
  // An editor that handled it prevents the (non-existent) default.
  return event.defaultPrevented;
}

/**
 * A synthetic `beforeinput` of `inputType` carrying the text (and HTML, when given), the way the
 * browser announces an edit to editors that take input from beforeinput (Lexical, Trix 2). A
 * synthetic event has no default action: if nobody cancels it, nothing happened.
 */
export function dispatchBeforeInput(ctx: RouteContext, inputType: 'insertFromPaste' | 'insertText', withHtml: boolean): boolean {
  const { doc, win, root, html, text } = ctx;
  const data = new win.DataTransfer();
  if (withHtml && html) data.setData('text/html', html);
  data.setData('text/plain', text);
  const event = new win.InputEvent('beforeinput', {
    inputType,
    data: null,
    dataTransfer: data,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  caretTarget(doc, root).dispatchEvent(event);
  return event.defaultPrevented;
}

export const pasteRoute: Route = { name: 'paste', undo: 'one-step', run: dispatchPaste };
