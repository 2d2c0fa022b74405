// @vitest-environment happy-dom
// What the popup shows first, whichever comes first: the ledger's first answer or React and the app's
// code (entrypoints/popup/main.tsx waits for the answer a little, components/popup/mount.tsx draws an
// answer in hand in the first commit). The popup must never show nothing, nor an answer older than
// the one the ledger gave.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import type { PopupOverview } from '@/utils/ledger/service';
import { commitmentRecord, conversationRecord } from '@/tests/support/records';

const HOUR = 3_600_000;
/** Each popupOverview call the page makes, answered when the test says. */
const asked: Array<{ resolve(o: PopupOverview): void; reject(e: Error): void }> = [];

vi.mock('@/utils/messaging/ledger-client', () => ({
  createLedgerClient: () => ({
    popupOverview: () => new Promise<PopupOverview>((resolve, reject) => asked.push({ resolve, reject })),
    listUndatedOpen: async () => ({ count: 0, capped: false, items: [], conversations: [] }),
    search: async () => [],
  }),
}));
vi.mock('@/utils/settings', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/utils/settings')>()),
  getSettings: async () => DEFAULT_SETTINGS,
  watchSettings: () => () => undefined,
}));

/** An overview with overdue commitments in these words. */
function overviewWith(...words: string[]): PopupOverview {
  const conversation = conversationRecord();
  const due = Date.now() - HOUR;
  const items = words.map((w) => commitmentRecord(w, { text: w, action: w, dueAt: due, conversationId: conversation.id }));
  const empty = { count: 0, capped: false, items: [] };
  return {
    overdue: { count: items.length, capped: false, items },
    today: empty,
    upcoming: empty,
    later: { count: 0, capped: false },
    conversations: [conversation],
  };
}

const rows = (root: HTMLElement) => [...root.querySelectorAll('[data-testid="popup-commitment"] .row-text')].map((b) => b.textContent);

/** A fresh page: main.tsx's module state (the prefetched read) starts empty in each test. */
async function page() {
  vi.resetModules();
  const read = await import('./overview-read');
  const { mountPopup } = await import('./mount');
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  return { ...read, mountPopup, root };
}

beforeEach(() => {
  // The "Run on this site" offer reads the manifest's own hosts (none here: no offer drawn).
  fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'test', version: '1' });
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});
afterEach(() => {
  asked.length = 0;
  vi.useRealTimers();
});

describe("the popup's first screen", () => {
  it('an answer in before the app loads: its lists are on the page as the app mounts, with no "Loading…" first', async () => {
    const p = await page();
    p.prefetchOverview();
    asked[0]!.resolve(overviewWith('Send the signed contract'));
    await p.prefetchSettled(1000);
    p.mountPopup(p.root);
    // Synchronously: drawn in the mount's own task, not in one queued behind the page's other work.
    expect(rows(p.root)).toEqual(['Send the signed contract']);
    expect(p.root.textContent).not.toContain('Loading');
  });

  it('an answer after the app mounted: "Loading…" first, then that answer\'s lists', async () => {
    const p = await page();
    p.prefetchOverview();
    p.mountPopup(p.root);
    await vi.waitFor(() => expect(p.root.textContent).toContain('Loading'));
    expect(rows(p.root)).toEqual([]);
    asked[0]!.resolve(overviewWith('Call the customer back'));
    await vi.waitFor(() => expect(rows(p.root)).toEqual(['Call the customer back']));
  });

  it('the rows below the first screen follow once it is drawn', async () => {
    const p = await page();
    const words = Array.from({ length: 12 }, (_, i) => `Promise number ${i + 1}`);
    p.prefetchOverview();
    asked[0]!.resolve(overviewWith(...words));
    await p.prefetchSettled(1000);
    p.mountPopup(p.root);
    expect(rows(p.root)).toEqual(words.slice(0, 8));
    await vi.waitFor(() => expect(rows(p.root)).toEqual(words));
  });

  it('a first read that fails: the error, not an empty popup', async () => {
    const p = await page();
    p.prefetchOverview();
    asked[0]!.reject(new Error('the worker stopped'));
    await p.prefetchSettled(1000);
    p.mountPopup(p.root);
    await vi.waitFor(() => expect(p.root.querySelector('[role="alert"]')?.textContent).toContain('the worker stopped'));
  });

  it('the wait for the first read ends when it answers, or after the given time when it does not', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const p = await page();
    p.prefetchOverview();
    let over = false;
    void p.prefetchSettled(100).then(() => (over = true));
    await vi.advanceTimersByTimeAsync(99);
    expect(over).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(over).toBe(true);

    const q = await page();
    q.prefetchOverview();
    let answered = false;
    void q.prefetchSettled(100).then(() => (answered = true));
    asked[1]!.resolve(overviewWith('Refund the order'));
    await vi.advanceTimersByTimeAsync(0);
    expect(answered).toBe(true);
  });
});
