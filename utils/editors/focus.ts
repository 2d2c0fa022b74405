// For the panel's buttons. `mousedown` + preventDefault keeps a click from moving focus, so the
// page's editor keeps focus and its caret. Measured in Chromium (tests/editors, "focus"): this
// holds across our panel iframe too, even a cross-origin one — without it, a click in the iframe
// moves focus into the iframe and the page's editor blurs.
// Still, do not rely on it alone: keyboard use (Tab into the panel), clicks on the panel's
// non-button areas, and editors that drop their DOM selection on blur all lose the caret. The
// content script's `trackCaret` saves it, and `insertIntoEditor` restores it before inserting.

/** Spread on a React button: `<button {...keepFocus} onClick={...}>`. */
export const keepFocus = {
  onMouseDown(event: { preventDefault(): void }): void {
    event.preventDefault();
  },
} as const;

/** The same for a plain DOM element, until `signal` aborts. */
export function preventFocusSteal(el: HTMLElement, signal?: AbortSignal): void {
  el.addEventListener('mousedown', (event) => event.preventDefault(), signal ? { signal } : undefined);
}
