// The popup's React tree, loaded by main.tsx once the first ledger read is out.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from './PopupApp';

export function mountPopup(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <PopupApp />
    </StrictMode>,
  );
}
