import type { Route, RouteContext } from './types';

// document.execCommand is deprecated but remains the only way to edit a contenteditable or a
// textarea that goes through the browser's editing pipeline: it fires beforeinput/input (which
// editors listen to) and lands on the browser's native undo stack, so Ctrl+Z removes it.

/** Inserts HTML at the selection of a plain contenteditable (Gmail, unknown editors). */
export const insertHtmlRoute: Route = {
  name: 'execCommand:insertHTML',
  undo: 'one-step',
  run({ doc, html }: RouteContext) {
    return doc.execCommand('insertHTML', false, html);
  },
};

/**
 * Inserts plain text at the selection. In a textarea this keeps native undo, unlike setting
 * `value`. In model editors it arrives as `beforeinput` insertText, which they all handle.
 */
export const insertTextRoute: Route = {
  name: 'execCommand:insertText',
  // One step in a textarea and a plain editable; editors that take it line by line from DOM
  // mutations may record several (see README).
  undo: 'one-step',
  run({ doc, text }: RouteContext) {
    return doc.execCommand('insertText', false, text);
  },
};
