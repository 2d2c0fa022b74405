import { prefetchOverview } from '@/components/popup/overview-read';
import '@/components/theme.css';
import '@/components/popup/popup.css';

// Where the popup's time goes, for `npm run bench` (script start → ledger asked → answered → lists shown).
performance.mark('ck:popup-start');
// The ledger is asked first; React and the app (most of the popup's code) load while it answers.
prefetchOverview();
void import('@/components/popup/mount').then(({ mountPopup }) => mountPopup(document.getElementById('root')!));
