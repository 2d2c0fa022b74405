import { drawFirstScreen } from '@/components/popup/first-screen';
import { prefetchOverview, prefetchSettled, settledPrefetch } from '@/components/popup/overview-read';
import '@/components/theme.css';
import '@/components/popup/popup.css';

/**
 * The longest the page waits for the first read, from this script's start, before it draws "Loading…"
 * instead: the worker keeps the popup's answers (0.2–1.7 ms in it), so the read is usually in within
 * a few milliseconds; a worker woken from idle answers later, and then "Loading…" shows at this mark.
 */
const FIRST_READ_WAIT_MS = 100;
/** A page that draws no frame still gets React after this long. */
const NO_FRAME_FALLBACK_MS = 100;

/**
 * Resolves in the first task after the browser's next frame: React's code is fetched and compiled
 * after the first screen has gone to the screen, not before its frame (24–55 ms of script that held
 * the answer and the paint back when React was loaded from the start).
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, NO_FRAME_FALLBACK_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

// Where the popup's time goes, for `npm run bench` (script start → ledger asked → answered → first
// screen drawn → app loaded → lists committed by React).
performance.mark('ck:popup-start');
prefetchOverview();
const root = document.getElementById('root')!;
void prefetchSettled(FIRST_READ_WAIT_MS)
  .then(() => {
    // The lists from the answer (or "Loading…" without one), without React (components/popup/README.md).
    const read = settledPrefetch();
    drawFirstScreen(root, read);
    // `detail` says what it drew: the bench counts the page's first contentful paint as the lists'
    // paint only when this screen was the lists (tests/bench/popup-paint.bench.ts).
    performance.mark('ck:popup-first-screen', { detail: read ? 'lists' : 'loading' });
    return afterNextPaint();
  })
  .then(() => import('@/components/popup/mount'))
  .then(({ mountPopup }) => {
    performance.mark('ck:popup-app-loaded');
    mountPopup(root);
  });
