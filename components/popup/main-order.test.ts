// @vitest-environment happy-dom
// The popup asks the ledger before React and the app's code are loaded (entrypoints/popup/main.tsx):
// the request is out while most of the popup's code is fetched, parsed and run.
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings';

const order: string[] = [];

vi.mock('@/utils/messaging/ledger-client', () => ({
  createLedgerClient: () => ({
    popupOverview: async () => {
      order.push('ledger asked');
      return new Promise(() => undefined);
    },
    listUndatedOpen: async () => new Promise(() => undefined),
  }),
}));
vi.mock('@/utils/settings', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/utils/settings')>()),
  getSettings: async () => DEFAULT_SETTINGS,
}));
// The app's code, as main.tsx loads it (either way it has been written: statically or later).
vi.mock('@/components/popup/mount', () => {
  order.push('app code loaded');
  return { mountPopup: () => order.push('app mounted') };
});
vi.mock('@/components/popup/PopupApp', () => {
  order.push('app code loaded');
  return { PopupApp: () => null };
});

describe('the popup page', () => {
  it('asks the ledger first, then loads and mounts the app', async () => {
    document.body.innerHTML = '<div id="root"></div>';
    await import('@/entrypoints/popup/main');
    await vi.waitFor(() => expect(order).toContain('app mounted'));
    expect(order).toEqual(['ledger asked', 'app code loaded', 'app mounted']);
  });
});
