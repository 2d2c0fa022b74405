import { prefetchOverview, prefetchSettled } from '@/components/popup/overview-read';
import '@/components/theme.css';
import '@/components/popup/popup.css';

/**
 * The longest the app waits for the first read, from this script's start, before it draws "Loading…"
 * instead: the worker keeps the popup's answers (0.2–1.7 ms in it), so the read is usually in before
 * React is loaded; a worker woken from idle answers later, and then "Loading…" shows at this mark.
 */
const FIRST_READ_WAIT_MS = 100;

// Where the popup's time goes, for `npm run bench` (script start → ledger asked → answered → app
// loaded → lists shown).
performance.mark('ck:popup-start');
// The ledger is asked first; React and the app (most of the popup's code) load while it answers.
prefetchOverview();
const app = import('@/components/popup/mount').then((m) => {
  performance.mark('ck:popup-app-loaded');
  return m;
});
void Promise.all([app, prefetchSettled(FIRST_READ_WAIT_MS)]).then(([{ mountPopup }]) => mountPopup(document.getElementById('root')!));
