// The popup's React tree, loaded by main.tsx once the first screen is drawn (first-screen.ts).
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { releaseFirstScreen } from './first-screen';
import { PopupApp } from './PopupApp';

/** Returns React's root (tests unmount it). */
export function mountPopup(root: HTMLElement): Root {
  const reactRoot = createRoot(root);
  // Rendered and committed in this task, not in one the scheduler queues behind whatever the busy page
  // runs next (measured on the loaded 2-core machine: 2–18 ms from render() to the first component
  // render): React's first commit replaces the first screen main.tsx drew (the same lists, or
  // "Loading…") in one go, and the page is live from the same task on; there is no moment with the
  // picture gone and React's screen not yet there.
  flushSync(() =>
    reactRoot.render(
      <StrictMode>
        <PopupApp />
      </StrictMode>,
    ),
  );
  releaseFirstScreen(root);
  return reactRoot;
}
