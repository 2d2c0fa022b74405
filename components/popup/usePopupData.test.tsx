// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import type { PopupOverview } from '@/utils/ledger/service';

/** Each ledger read the popup makes, answered when the test says. */
const pending: Array<{ resolve(o: PopupOverview): void; label: string }> = [];
let nextLabel = 'first';
/** The hook's pause before reading again after a change (RELOAD_DELAY_MS there). */
const RELOAD_DEBOUNCE_MS = 100;

vi.mock('@/utils/messaging/ledger-client', () => ({
  createLedgerClient: () => ({
    popupOverview: () => new Promise<PopupOverview>((resolve) => pending.push({ resolve, label: nextLabel })),
    listUndatedOpen: async () => ({ total: 0, capped: false, items: [], conversations: [] }),
    search: async () => [],
  }),
}));
vi.mock('@/utils/settings', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/utils/settings')>()),
  getSettings: async () => DEFAULT_SETTINGS,
  watchSettings: () => () => undefined,
}));

const { usePopupData } = await import('./usePopupData');

/** An overview told apart by its total. */
const overview = (total: number) => ({ total }) as unknown as PopupOverview;

let seen: ReturnType<typeof usePopupData> | null = null;
function Probe() {
  seen = usePopupData();
  return null;
}

afterEach(() => {
  pending.length = 0;
  seen = null;
});

describe('usePopupData', () => {
  it('a reload during a slow read shows the newer answer, never the older one arriving last', async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(<Probe />));
    await vi.waitFor(() => expect(pending).toHaveLength(1));

    // A change arrives while the first read is still out; its reload fires after the debounce.
    nextLabel = 'after the change';
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await act(async () => seen!.reload());
    await act(async () => vi.advanceTimersByTime(RELOAD_DEBOUNCE_MS));
    vi.useRealTimers();
    // The old hook started a second read at once; answer it first, as a slow first read arrives last.
    const overlapping = pending.find((p) => p.label === 'after the change');
    if (overlapping) await act(async () => overlapping.resolve(overview(2)));
    await act(async () => pending.find((p) => p.label === 'first')!.resolve(overview(1)));
    // One read at a time: the reload's read starts once the first is answered.
    if (!overlapping) {
      await vi.waitFor(() => expect(pending.some((p) => p.label === 'after the change')).toBe(true));
      await act(async () => pending.find((p) => p.label === 'after the change')!.resolve(overview(2)));
    }
    await act(async () => undefined);
    expect((seen!.overview as unknown as { total: number } | null)?.total).toBe(2);
    await act(async () => root.unmount());
  });
});
