// The popup's React tree, loaded by main.tsx once the first ledger read is out.
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { settledPrefetch } from './overview-read';
import { PopupApp } from './PopupApp';

export function mountPopup(root: HTMLElement): void {
  const reactRoot = createRoot(root);
  const tree = (
    <StrictMode>
      <PopupApp />
    </StrictMode>
  );
  // The first read has answered (main.tsx waits for it a little): its lists are rendered and committed
  // in this task, not in one the scheduler queues behind whatever the busy page runs next (measured on
  // the loaded 2-core machine: 2–18 ms from render() to the first component render). Without an answer
  // yet, "Loading…" is drawn the usual way and the lists follow when the read answers.
  if (settledPrefetch()) flushSync(() => reactRoot.render(tree));
  else reactRoot.render(tree);
}
