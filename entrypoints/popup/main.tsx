import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/PopupApp';
import '@/components/theme.css';
import '@/components/popup/popup.css';

// Where the popup's time goes, for `npm run bench` (script start → ledger asked → answered → lists shown).
performance.mark('ck:popup-start');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PopupApp />
  </StrictMode>,
);
