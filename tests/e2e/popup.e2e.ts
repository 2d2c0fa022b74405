// The popup's actions in Chromium with the built demo extension, against the demo helpdesk page:
// a click on a row brings the agent to the conversation (the tab showing it, else its URL), Snooze,
// Copy summary, search; and the content script's answer for "Add selection as commitment".
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationInfo } from '../../utils/ledger/types';
import type { SelectionContext } from '../../utils/messaging/protocol';
import { startDemoServer, type DemoServer } from '../support/demo-server';
import { launchWithExtension, type LoadedExtension } from '../support/extension';
import { addCommitment, callLedger, demoCommitment, extensionPage } from '../support/ledger-seed';
import { panelFrame } from '../support/panel';

const TICKET = '/demo-helpdesk/ticket-2026-11.html';

interface WorkerChrome {
  tabs: {
    query(q: object): Promise<Array<{ id?: number; active: boolean }>>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<{ res?: unknown; err?: { message: string } }>;
  };
}
declare const chrome: WorkerChrome;

let server: DemoServer;
let ext: LoadedExtension;
let helper: Page;
let conversation: ConversationInfo;

beforeAll(async () => {
  server = await startDemoServer();
  ext = await launchWithExtension();
  // Chromium grants nothing to a chrome-extension:// origin here; the clipboard is read back from a
  // demo page (same browser, same clipboard).
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  helper = await extensionPage(ext, 'options.html');
  conversation = {
    host: 'demo-helpdesk',
    key: 'DEMO-1042',
    url: server.url(TICKET),
    subject: 'Revised rate card for Q3 lanes',
    customerName: 'Priya Natarajan',
  };
  const due = Date.now() + 3 * 3_600_000;
  await addCommitment(helper, { ...demoCommitment("I'll send the revised rate card", due), conversation });
  await addCommitment(helper, { ...demoCommitment('Call the carrier back', due + 60_000, 'DEMO-7'), source: 'typed' });
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** The popup once React has taken over its first screen (drawn before React, inert until then). */
async function openPopup(): Promise<Page> {
  const popup = await extensionPage(ext, 'popup.html');
  await popup.locator('#root:not([data-first-screen]) [data-testid="popup-commitment"]').first().waitFor();
  return popup;
}

/**
 * Run in the popup before its own scripts (plain JS: a test-side function would carry the test
 * transform's helpers): records the root's markup, each element's attributes in name order (React and
 * the DOM set them in their own order), as the first screen draws it and as React's first commit
 * replaces it. A mutation observer's callback runs after each of those tasks' changes, before the next
 * task: React's rows below the first screen come in a later one.
 */
const RECORD_FIRST_SCREEN = `
  window.ckFirstScreen = { first: null, react: null };
  function ckMarkup(node) {
    if (node.nodeType === Node.TEXT_NODE) return JSON.stringify(node.textContent);
    if (!(node instanceof Element)) return '';
    const attributes = [...node.attributes].map((a) => a.name + '=' + JSON.stringify(a.value)).sort().join(' ');
    let children = '';
    let text = null;
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text = (text ?? '') + child.textContent;
      else {
        if (text !== null) children += JSON.stringify(text);
        text = null;
        children += ckMarkup(child);
      }
    }
    if (text !== null) children += JSON.stringify(text);
    return '<' + node.nodeName + ' ' + attributes + '>' + children + '</' + node.nodeName + '>';
  }
  new MutationObserver(() => {
    const root = document.getElementById('root');
    if (!root) return;
    const record = window.ckFirstScreen;
    const markup = [...root.childNodes].map(ckMarkup).join('');
    const kind = root.getAttribute('data-first-screen');
    if (!record.first && kind)
      record.first = { kind, markup, inert: root.inert, rows: root.querySelectorAll('[data-testid="popup-commitment"]').length };
    else if (record.first && !record.react && !root.hasAttribute('data-first-screen')) record.react = { markup, inert: root.inert };
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
`;

interface FirstScreenRecord {
  /** The root's markup while the first screen showed ('lists', or 'loading' without an answer yet), and whether it was inert then. */
  first: { kind: string; markup: string; inert: boolean; rows: number } | null;
  /** The root's markup in React's first commit over it. */
  react: { markup: string; inert: boolean } | null;
}

/** From the worker: the id of the active tab (tab URLs are hidden without the tabs permission). */
async function activeTabIds(): Promise<number[]> {
  return (await ext.worker()).evaluate(async () => (await chrome.tabs.query({ active: true })).map((t) => t.id!));
}

async function tabIdOf(page: Page): Promise<number> {
  // The panel frame asks the background which tab it is in (tab:self).
  const panel = await panelFrame(page);
  return panel.evaluate(async () => {
    const reply = await (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ res: { tabId: number } }> } } }
    ).chrome.runtime.sendMessage({
      id: 1,
      type: 'tab:self',
      data: undefined,
      timestamp: Date.now(),
    });
    return reply.res.tabId;
  });
}

describe('popup actions', () => {
  it('focuses the tab that shows the conversation', async () => {
    const ticket = await ext.context.newPage();
    await ticket.goto(server.url(TICKET));
    const ticketTab = await tabIdOf(ticket);
    const popup = await openPopup();
    expect(await activeTabIds()).not.toContain(ticketTab);
    await popup
      .locator('[data-testid="popup-commitment"]', { hasText: "I'll send the revised rate card" })
      .getByRole('button', { name: "I'll send the revised rate card" })
      .click();
    await expect.poll(activeTabIds).toContain(ticketTab);
    expect(ext.context.pages().filter((p) => p.url().startsWith(server.origin))).toHaveLength(1);
    await ticket.close();
    if (!popup.isClosed()) await popup.close();
  });

  it("opens the conversation's URL when no tab shows it", async () => {
    const popup = await openPopup();
    const opened = ext.context.waitForEvent('page');
    await popup
      .locator('[data-testid="popup-commitment"]', { hasText: "I'll send the revised rate card" })
      .getByRole('button', { name: "I'll send the revised rate card" })
      .click();
    const page = await opened;
    await page.waitForURL(server.url(TICKET));
    await page.close();
    if (!popup.isClosed()) await popup.close();
  });

  it('snoozes the reminder, copies the summary and searches', async () => {
    const popup = await openPopup();
    const row = popup.locator('[data-testid="popup-commitment"]', { hasText: "I'll send the revised rate card" });
    await row.getByRole('combobox', { name: 'Snooze the reminder' }).selectOption('later-today');
    await expect.poll(() => row.textContent()).toContain('snoozed until');

    await row.getByRole('button', { name: 'Copy summary' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toContain('copied');
    const reader = await ext.context.newPage();
    await reader.goto(server.url('/'));
    const copied = await reader.evaluate(() => navigator.clipboard.readText());
    await reader.close();
    expect(copied).toContain('send the revised rate card');
    expect(copied).not.toContain('carrier');

    await popup.getByRole('searchbox', { name: 'Search commitments' }).fill('carrier');
    await expect
      .poll(() => popup.locator('[data-testid="popup-commitment"]').allTextContents())
      .toEqual([expect.stringContaining('Call the carrier back')]);
    await popup.close();
  });

  it('answers "Add selection as commitment": the conversation and the author of the selected words', async () => {
    const ticket = await ext.context.newPage();
    await ticket.goto(server.url(TICKET));
    const tabId = await tabIdOf(ticket);
    await ticket.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.includes('updated Q3 shipment volumes'))!;
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    // The same message the background sends when the menu item is clicked.
    const reply = await (
      await ext.worker()
    ).evaluate(
      async ({ tabId }) =>
        chrome.tabs.sendMessage(
          tabId,
          { id: 7, type: 'page:selection-context', data: { text: 'x' }, timestamp: Date.now() },
          { frameId: 0 },
        ),
      { tabId },
    );
    expect(reply.res as SelectionContext).toMatchObject({
      conversation: { host: 'demo-helpdesk', key: 'DEMO-1042' },
      text: "I'll send you our updated Q3 shipment volumes by Wednesday.",
      author: 'customer',
      authorName: 'Priya Natarajan',
    });
    await ticket.close();
    expect((await callLedger<unknown[]>(helper, 'search', 'volumes')).length).toBe(0);
  });

  it('draws the lists before React loads, inert, then React draws the same markup over them and the page is live', async () => {
    // The lists are drawn first only when the ledger answers within the page's wait (100 ms from its
    // script's start); on a busy machine an open can miss it and draw "Loading…" first, a path of its
    // own. Such an open is tried again (the worker is awake and keeps the answer then), a few times.
    const openRecorded = async () => {
      const page = await ext.context.newPage();
      await page.addInitScript({ content: RECORD_FIRST_SCREEN });
      await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
      const read = () => page.evaluate(() => (window as unknown as { ckFirstScreen: FirstScreenRecord }).ckFirstScreen);
      await expect.poll(async () => (await read()).react !== null, { timeout: 15_000 }).toBe(true);
      return { page, ...(await read()) };
    };
    let opened = await openRecorded();
    for (let attempt = 1; attempt < 6 && opened.first!.kind !== 'lists'; attempt++) {
      await opened.page.close();
      opened = await openRecorded();
    }
    const { page: popup, first, react } = opened;
    expect(first!.kind, 'the first screen drew the lists in one of 6 opens').toBe('lists');
    expect(first!.rows).toBeGreaterThan(0);
    expect(first!.markup).toContain("I'll send the revised rate card");
    expect(first!.inert).toBe(true);
    expect(react!.inert).toBe(false);
    expect(react!.markup).toBe(first!.markup);
    // The browser's own paint record of the lists: the first screen's headings, before React's commit.
    const marks = await popup.evaluate(() => ({
      firstScreen: performance.getEntriesByName('ck:popup-first-screen')[0]?.startTime ?? NaN,
      appLoaded: performance.getEntriesByName('ck:popup-app-loaded')[0]?.startTime ?? NaN,
    }));
    expect(marks.firstScreen).toBeLessThan(marks.appLoaded);
    // React's page is live: a row's Done acts on that row.
    const row = popup.locator('[data-testid="popup-commitment"]', { hasText: 'Call the carrier back' });
    await expect.poll(() => row.getByRole('button', { name: 'Done' }).isEnabled()).toBe(true);
    await popup.close();
  });

  it('draws every listed row, past the first screen drawn first (up to 20 a section)', async () => {
    const due = Date.now() + 2 * 86_400_000;
    for (let i = 0; i < 14; i++)
      await addCommitment(helper, { ...demoCommitment(`Send the pallet photo ${i}`, due + i * 60_000, 'DEMO-ROWS'), id: `rows-${i}` });
    const popup = await extensionPage(ext, 'popup.html');
    const photos = popup.locator('[data-testid="popup-commitment"]', { hasText: 'Send the pallet photo' });
    await expect.poll(() => photos.count(), { timeout: 15_000 }).toBe(14);
    // The last of them, below the fold, is there to act on.
    await photos.last().getByRole('button', { name: 'Done' }).scrollIntoViewIfNeeded();
    expect(await photos.last().getByRole('button', { name: 'Done' }).isVisible()).toBe(true);
    await popup.close();
  });
});
