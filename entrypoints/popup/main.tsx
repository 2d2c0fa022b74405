import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/PopupApp';
import { prefetchOverview } from '@/components/popup/usePopupData';
import '@/components/theme.css';
import '@/components/popup/popup.css';

// Where the popup's time goes, for `npm run bench` (script start → ledger asked → answered → lists shown).
performance.mark('ck:popup-start');
prefetchOverview();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PopupApp />
  </StrictMode>,
);
