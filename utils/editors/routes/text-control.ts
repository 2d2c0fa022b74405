import type { Route, RouteContext } from './types';

/**
 * For a textarea/input where execCommand is refused: replace the selection with setRangeText and
 * tell the page through an `input` event (frameworks such as React listen to it). The browser's
 * undo does not see this change: it is the fallback, not the first choice.
 */
export const setRangeTextRoute: Route = {
  name: 'setRangeText',
  undo: 'not-undoable',
  run({ root, win, text }: RouteContext) {
    const el = root as HTMLTextAreaElement | HTMLInputElement;
    const len = el.value.length;
    const start = el.selectionStart ?? len;
    const end = el.selectionEnd ?? len;
    el.setRangeText(text, start, end, 'end');
    el.dispatchEvent(new win.InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    return true;
  },
};
