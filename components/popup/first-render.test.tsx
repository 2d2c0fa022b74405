// @vitest-environment happy-dom
// The popup's first read answered before React rendered (the worker keeps the answers): the lists
// are in the first commit, and the first load sets nothing new (no second render of the same lists).
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import type { PopupOverview } from '@/utils/ledger/service';

const answer = { total: 7 } as unknown as PopupOverview;
vi.mock('@/utils/messaging/ledger-client', () => ({
  createLedgerClient: () => ({
    popupOverview: async () => answer,
    listUndatedOpen: async () => ({ count: 0, capped: false, items: [], conversations: [] }),
    search: async () => [],
  }),
}));
vi.mock('@/utils/settings', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/utils/settings')>()),
  getSettings: async () => DEFAULT_SETTINGS,
  watchSettings: () => () => undefined,
}));

const { prefetchOverview } = await import('./overview-read');
const { usePopupData } = await import('./usePopupData');

describe("the popup's first render", () => {
  it('shows a first read that has answered already, in the first commit, and renders it once', async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    prefetchOverview();
    await vi.waitFor(async () => {
      const { settledPrefetch } = await import('./overview-read');
      expect(settledPrefetch()).not.toBeNull();
    });
    const overviews: Array<PopupOverview | null> = [];
    function Probe() {
      overviews.push(usePopupData().overview);
      return null;
    }
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(<Probe />));
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    expect(overviews[0]).toBe(answer);
    expect(overviews.every((o) => o === answer)).toBe(true);
    expect(overviews.length).toBeLessThanOrEqual(2); // the settings watcher's effect may render once more
    root.unmount();
  });
});
