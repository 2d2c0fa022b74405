// For the panel's buttons. In a page, `mousedown` + preventDefault keeps a button from taking
// focus, so the editor keeps its caret. Our panel, though, is an iframe: a click anywhere in it
// moves focus into the iframe whatever its buttons do, and the page editor blurs. What actually
// keeps the caret is that the content script saved it (`trackCaret`) and `insertIntoEditor`
// restores it before inserting. Still use these on the buttons: they keep keyboard focus inside
// the panel from jumping to a button on click, and keep the page's selection from being cleared
// by a focus change inside the panel's own document.

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
