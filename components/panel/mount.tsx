// The panel's app, mounted over the first screen entrypoints/panel/index.html draws.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PanelApp } from './PanelApp';

export function mountPanel(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <PanelApp />
    </StrictMode>,
  );
}
