// Reminders end to end in Chromium with the built demo extension: an overdue commitment turns the badge
// red with 1; one due a minute ahead fires its notification at its deadline (an alarm, no polling);
// the popup lists both; Done clears the badge; the badge is recomputed after a service-worker restart
// and after a browser restart.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeColor, badgeText, launchWithExtension, type LoadedExtension } from '../support/extension';
import { addCommitment, callLedger, demoCommitment, extensionPage } from '../support/ledger-seed';

const RED: [number, number, number, number] = [0xc4, 0x16, 0x1c, 255];

interface WorkerChrome {
  notifications: { getAll(): Promise<Record<string, boolean>>; clear(id: string): Promise<boolean> };
  alarms: { getAll(): Promise<Array<{ name: string; scheduledTime: number }>> };
  action: {
    setBadgeText(details: { text: string }): Promise<void>;
    getBadgeText(details: object): Promise<string>;
    getBadgeBackgroundColor(details: object): Promise<[number, number, number, number]>;
  };
}
declare const chrome: WorkerChrome;

let ext: LoadedExtension;
let page: Page;
let overdueId = '';
let soonId = '';

beforeAll(async () => {
  ext = await launchWithExtension();
  page = await extensionPage(ext);
});
afterAll(async () => {
  await ext?.close();
});

const badge = () => badgeText(ext);
const notifications = async () => (await ext.worker()).evaluate(async () => Object.keys(await chrome.notifications.getAll()));

/** The extension's service worker as DevTools sees it: its running status, and a way to stop it. */
async function watchWorkerStatus(): Promise<{ last(): string; stop(): Promise<void>; detach(): Promise<void> }> {
  const cdp: CDPSession = await ext.context.newCDPSession(page);
  let status = 'unknown';
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    const ours = versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${ext.extensionId}/`));
    if (ours.length) status = ours[ours.length - 1]!.runningStatus;
  });
  await cdp.send('ServiceWorker.enable');
  return {
    last: () => status,
    async stop() {
      // What Chrome does to an idle worker after 30 s; waits until it has stopped.
      await cdp.send('ServiceWorker.stopAllWorkers');
      await expect.poll(() => status).toBe('stopped');
    },
    detach: () => cdp.detach(),
  };
}

async function openPopup(): Promise<Page> {
  const popup = await extensionPage(ext, 'popup.html');
  await popup.waitForSelector('main.popup section, main.popup p.muted:not(:has-text("Loading"))');
  return popup;
}

describe('reminders, badge and popup', () => {
  it('shows 1 in red for an overdue commitment', async () => {
    const overdue = await addCommitment(page, demoCommitment('Send the signed contract', Date.now() - 2 * 3_600_000, 'DEMO-1'));
    overdueId = overdue.id;
    await expect.poll(badge).toBe('1');
    expect(await badgeColor(ext)).toEqual(RED);
  });

  it('fires the notification of a commitment due a minute ahead, at its deadline', async () => {
    const soon = await addCommitment(page, demoCommitment('Call the carrier back', Date.now() + 60_000, 'DEMO-2'));
    soonId = soon.id;
    await expect.poll(badge).toBe('2');
    // The badge and the next alarm are both set after the write, one after the other: wait for the alarm.
    const nextAlarm = async () =>
      (await (await ext.worker()).evaluate(() => chrome.alarms.getAll())).find((a) => a.name === 'ck-next')?.scheduledTime;
    await expect.poll(nextAlarm).toBe(soon.dueAt);
    // Nothing before the deadline: it was noted less than an hour ahead, so no one-hour lead reminder.
    expect(await notifications()).toEqual([]);
    await expect.poll(notifications, { timeout: 100_000, interval: 1000 }).toEqual([`ck:c:${soon.id}`]);
  }, 120_000);

  it('lists both in the popup with customer, subject and deadline', async () => {
    const popup = await openPopup();
    const rows = popup.locator('[data-testid="popup-commitment"]');
    await expect.poll(() => rows.count()).toBe(2);
    const texts = await rows.allTextContents();
    expect(texts.join('\n')).toContain('Send the signed contract');
    expect(texts.join('\n')).toContain('Call the carrier back');
    expect(texts.join('\n')).toContain('Priya Natarajan');
    expect(texts.join('\n')).toContain('Revised rate card for Q3 lanes (DEMO-1)');
    expect(await popup.locator('section[aria-label="Overdue"] h2').textContent()).toBe('Overdue (2)');
    await popup.close();
  });

  it('Done in the popup lowers the badge, and the notification goes with it', async () => {
    const popup = await openPopup();
    const row = popup.locator('[data-testid="popup-commitment"]', { hasText: 'Call the carrier back' });
    await row.getByRole('button', { name: 'Done' }).click();
    await expect.poll(badge).toBe('1');
    await expect.poll(notifications).toEqual([]);
    await expect.poll(() => popup.locator('[data-testid="popup-commitment"]').count()).toBe(1);
    expect((await callLedger<{ status: string }>(page, 'getCommitment', soonId)).status).toBe('done');
    await popup.close();
  });

  it('recomputes the badge when the service worker restarts', async () => {
    // Chrome keeps the badge across a worker restart, so spoil it first: only a recomputation at
    // start-up can put it right.
    await page.evaluate(() => chrome.action.setBadgeText({ text: '?' }));
    const statuses = await watchWorkerStatus();
    await statuses.stop();
    // Any extension event starts it again; the popup's ledger call is one.
    const popup = await openPopup();
    await expect.poll(() => statuses.last()).toBe('running');
    // Read from an extension page: Playwright keeps handing out the stopped worker's handle.
    await expect.poll(() => popup.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
    expect(await popup.evaluate(() => chrome.action.getBadgeBackgroundColor({}))).toEqual(RED);
    // …and the reminder that already fired is not fired again.
    expect(await popup.evaluate(async () => Object.keys(await chrome.notifications.getAll()))).toEqual([]);
    await statuses.detach();
    await popup.close();
  });

  it('is right again after a browser restart, and Done clears it', async () => {
    await page.close();
    await ext.close({ keepProfile: true });
    ext = await launchWithExtension({ userDataDir: ext.userDataDir });
    page = await extensionPage(ext);
    await expect.poll(badge).toBe('1');
    expect(await notifications()).toEqual([]);
    const popup = await openPopup();
    await popup
      .locator('[data-testid="popup-commitment"]', { hasText: 'Send the signed contract' })
      .getByRole('button', { name: 'Done' })
      .click();
    await expect.poll(badge).toBe('');
    expect((await callLedger<{ status: string }>(page, 'getCommitment', overdueId)).status).toBe('done');
    await popup.close();
  });
});
