// Esc in the panel gives focus back to where the agent was on the host page.
import { PANEL_HOST_TAG } from '../panel-frame';

/**
 * Remembers the last element of the page that had focus (never our panel's host: focus inside its
 * closed shadow root is reported on the host), and returns a function that gives focus back to it.
 * Esc in the panel uses it: the agent goes back to the reply or the thread list they came from.
 */
export function rememberPageFocus(doc: Document, signal: AbortSignal): () => void {
  let last: WeakRef<HTMLElement> | null = null;
  const isPanel = (el: Element) => el.tagName.toLowerCase() === PANEL_HOST_TAG;
  doc.addEventListener(
    'focusin',
    (event) => {
      const target = event.target;
      if (target instanceof HTMLElement && !isPanel(target)) last = new WeakRef(target);
    },
    { capture: true, signal },
  );
  return () => {
    const el = last?.deref();
    if (el?.isConnected) {
      el.focus({ preventScroll: true });
      return;
    }
    // Nothing focused before: leave the panel; the page's own shortcuts reach its body again.
    const active = doc.activeElement;
    if (active instanceof HTMLElement && isPanel(active)) active.blur();
    doc.defaultView?.focus();
  };
}
