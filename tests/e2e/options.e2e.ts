// The options page in a real Chromium with the built demo extension: settings saved with per-field
// validation, the template preview, export/import/erase of the ledger, custom helpdesk domains.
//
// Not reachable here: Chromium's permission prompt. Headless Chromium shows no bubble that a test
// can answer, so a request stays pending; the tests check the page's message while it waits and,
// with permissions.request stubbed in the page, the message after a refusal. The registration of
// the dynamic content script for a granted domain is covered by utils/custom-domains unit tests.
import { readFile } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { PROJECT_ROOT } from '../support/demo-server';
import { addCommitment, panelFrame } from '../support/panel';
import { useExtensionSuite } from '../support/suite';

const WEBMAIL = '/gmail/classic-2024-05.html';
const SCREENSHOTS = join(PROJECT_ROOT, '.output/screenshots');

const suite = useExtensionSuite();
beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

/** The chrome.* API in the service worker, as far as these tests use it. */
interface WorkerChrome {
  storage: { sync: { get(key: string): Promise<Record<string, unknown>> } };
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>> };
  runtime: { getManifest(): { options_ui?: { page: string; open_in_tab?: boolean } } };
}
declare const chrome: WorkerChrome;

async function storedSettings(): Promise<Record<string, unknown> | undefined> {
  const worker = await suite.ext.worker();
  return worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as Record<string, unknown> | undefined);
}

/** Commitments in the ledger, counted in the background's own IndexedDB (the extension origin). */
async function ledgerCount(): Promise<number> {
  const worker = await suite.ext.worker();
  return worker.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('commitment-keeper-ledger');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('commitments').objectStore('commitments').count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

async function openOptions(): Promise<Page> {
  const page = await suite.ext.context.newPage();
  await page.goto(`chrome-extension://${suite.ext.extensionId}/options.html`);
  await page.getByRole('button', { name: 'Save' }).waitFor();
  return page;
}

async function seedCommitment(text: string): Promise<void> {
  const page = await suite.ext.context.newPage();
  await page.goto(suite.server.url(WEBMAIL));
  await addCommitment(await panelFrame(page), text);
  await page.close();
}

describe('options page: settings', () => {
  it('is the extension options page, opened in a tab', async () => {
    const worker = await suite.ext.worker();
    expect(await worker.evaluate(() => chrome.runtime.getManifest().options_ui)).toEqual({ page: 'options.html', open_in_tab: true });
  });

  it('saves the agent name and workday, and they are there after a reload', async () => {
    const page = await openOptions();
    await page.getByLabel('Your name').fill('Sam Carter');
    await page.getByLabel('Starts at').fill('08:30');
    await page.getByLabel('Ends at').fill('18:00');
    await page.getByRole('checkbox', { name: 'Friday' }).uncheck();
    await page.getByRole('checkbox', { name: 'Saturday' }).check();
    // Reminders are chosen in words: 4 hours before, 15 minutes before, at the deadline, the morning of.
    await page.getByRole('checkbox', { name: '1 hour before' }).uncheck();
    await page.getByRole('checkbox', { name: '4 hours before' }).check();
    await page.getByRole('checkbox', { name: '15 minutes before' }).check();
    await page.getByRole('checkbox', { name: /^the morning of/ }).check();
    // The time zone is found by its city.
    await page.getByRole('searchbox', { name: 'Find a city, zone or offset' }).fill('kolkata');
    await page.getByRole('searchbox', { name: 'Find a city, zone or offset' }).press('Enter');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Saved');

    expect(await storedSettings()).toMatchObject({
      agentName: 'Sam Carter',
      workday: { start: '08:30', end: '18:00', days: [1, 2, 3, 4, 6] },
      reminderLeadMinutes: [240, 15, 0],
      remindMorningOf: true,
    });
    // Chromium lists India's zone under its ICU id, Asia/Calcutta; searched as Kolkata.
    expect((await storedSettings())?.timeZone).toMatch(/^Asia\/(Kolkata|Calcutta)$/);

    await page.reload();
    await page.getByRole('button', { name: 'Save' }).waitFor();
    expect(await page.getByLabel('Your name').inputValue()).toBe('Sam Carter');
    expect(await page.getByLabel('Starts at').inputValue()).toBe('08:30');
    expect(await page.getByLabel('Ends at').inputValue()).toBe('18:00');
    expect(await page.getByRole('checkbox', { name: 'Friday' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Saturday' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: '4 hours before' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: '1 hour before' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'at the deadline' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Your time zone').inputValue()).toMatch(/^Asia\/(Kolkata|Calcutta)$/);
    // The browser's own zone comes first in the list.
    const browserZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(await page.getByLabel('Your time zone').locator('option').first().getAttribute('value')).toBe(browserZone);
    await page.close();
  });

  it('refuses a workday that ends before it starts: the error is tied to the field and nothing is saved', async () => {
    const before = await storedSettings();
    const page = await openOptions();
    await page.getByLabel('Your name').fill('Not Saved');
    await page.getByLabel('Ends at').fill('07:00');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toMatch(/^Not saved: a field needs fixing/);

    const end = page.getByLabel('Ends at');
    expect(await end.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await end.getAttribute('aria-describedby')) ?? '';
    const errorText = await page.locator(`[id="${describedBy.split(' ').at(-1)}"]`).textContent();
    expect(errorText).toBe('must be after the start');
    // The agent lands on the field to fix.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-workday-end');
    expect(await storedSettings()).toEqual(before);

    await page.close();
  });

  it('previews the summary from the templates as text, never as markup', async () => {
    const page = await openOptions();
    const preview = page.getByTestId('summary-preview');
    await expect.poll(() => preview.textContent()).toContain("I'll send the rate card by");
    expect(await preview.textContent()).toMatch(/You'll decide on the plan by .*so we won't miss Wednesday's deadline/);
    await page.getByLabel('Opening line').fill('Hi {customerFirstName}, <b>here</b> is our plan:');
    await expect.poll(() => preview.textContent()).toContain('Hi Dana, <b>here</b> is our plan:');
    expect(await preview.locator('b').count()).toBe(0);
    await page.close();
  });

  it('has no serious accessibility violations, in light and dark mode', async () => {
    const page = await openOptions();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `options-${colorScheme}.png`), fullPage: true });
    }
    await page.close();
  });
});

describe('options page: data', () => {
  let exported = '';

  it('exports JSON, CSV and ICS as dated downloads; the JSON parses and holds the ledger', async () => {
    await seedCommitment("I'll send the revised rate card by Friday");
    expect(await ledgerCount()).toBe(1);
    const page = await openOptions();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^commitment-keeper-\d{4}-\d{2}-\d{2}\.json$/);
    exported = await readFile((await download.path())!, 'utf8');
    const data = JSON.parse(exported) as { format: string; commitments: Array<{ text: string }> };
    expect(data.format).toBe('commitment-keeper');
    expect(data.commitments.map((c) => c.text)).toEqual(["I'll send the revised rate card by Friday"]);

    for (const [button, ext_] of [
      ['Export CSV', 'csv'],
      ['Export calendar (ICS)', 'ics'],
    ] as const) {
      const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
      expect(d.suggestedFilename()).toMatch(new RegExp(`^commitment-keeper-\\d{4}-\\d{2}-\\d{2}\\.${ext_}$`));
      expect(await readFile((await d.path())!, 'utf8')).toContain('revised rate card');
    }
    await page.close();
  });

  it('a broken import file shows what is wrong and changes nothing', async () => {
    const page = await openOptions();
    const input = page.getByLabel('Import a JSON export');
    const broken = JSON.stringify({
      format: 'commitment-keeper',
      version: 1,
      exportedAt: 0,
      conversations: [],
      commitments: [{ id: 42 }],
      history: [],
    });
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('not a valid Commitment Keeper export; nothing was imported');
    expect(await alert.getByRole('list', { name: 'Problems found in the file' }).getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await ledgerCount()).toBe(1);

    await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('this is not JSON') });
    await expect.poll(() => alert.textContent()).toContain('This file is not JSON, so nothing was imported');
    expect(await ledgerCount()).toBe(1);
    await page.close();
  });

  it('erases only after confirmation, then the ledger is empty; the export imports back', async () => {
    const page = await openOptions();
    await page.getByRole('button', { name: 'Erase all data…' }).click();
    const confirm = page.getByRole('button', { name: 'Erase everything' });
    const word = page.getByLabel('Type ERASE to confirm');
    expect(await word.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await confirm.isDisabled()).toBe(true);
    await word.fill('erase');
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await ledgerCount()).toBe(1);

    await page.getByRole('button', { name: 'Erase all data…' }).click();
    await page.getByLabel('Type ERASE to confirm').fill('ERASE');
    await page.getByRole('button', { name: 'Erase everything' }).click();
    await expect.poll(() => page.getByTestId('data-result').textContent()).toContain('were erased');
    expect(await ledgerCount()).toBe(0);
    // Settings are not part of the ledger.
    expect(await storedSettings()).toMatchObject({ agentName: 'Sam Carter' });

    await page
      .getByLabel('Import a JSON export')
      .setInputFiles({ name: 'back.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect.poll(() => page.getByTestId('data-result').textContent()).toContain('Imported 1 commitment (1 new');
    expect(await ledgerCount()).toBe(1);
    await page.close();
  });
});

describe('options page: custom domains', () => {
  it('checks the address before asking for access', async () => {
    const page = await openOptions();
    const input = page.getByLabel('Helpdesk address');
    await input.fill('not a host');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.getByText('Enter a helpdesk address like support.example.com.').count()).toBe(1);
    await input.fill('https://Acme.Zendesk.com/agent/tickets/1');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => page.getByText('acme.zendesk.com is supported already').count()).toBe(1);
    expect(((await storedSettings())?.customDomains as string[] | undefined) ?? []).toEqual([]);
    await page.close();
  });

  it('asks the browser for access when Add is clicked, and saves nothing while the prompt is open', async () => {
    const page = await openOptions();
    await page.getByLabel('Helpdesk address').fill('support.acme.com');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    // Headless Chromium keeps the prompt open (nobody can answer it): the page says what it waits for.
    await expect
      .poll(() => page.getByTestId('custom-domains-notice').textContent())
      .toBe("Waiting for you to allow access to support.acme.com in the browser's prompt…");
    await page.waitForTimeout(500);
    expect(((await storedSettings())?.customDomains as string[] | undefined) ?? []).toEqual([]);
    expect(await (await suite.ext.worker()).evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
    await page.close();
  });

  it('says clearly when access is refused, and does not add the domain', async () => {
    const page = await openOptions();
    // Stands in for the agent dismissing the prompt, which a headless browser cannot show.
    await page.evaluate(() => {
      const g = globalThis as unknown as Record<'chrome' | 'browser', { permissions?: { request: unknown } } | undefined>;
      for (const api of [g.chrome, g.browser]) if (api?.permissions) api.permissions.request = async () => false;
    });
    await page.getByLabel('Helpdesk address').fill('support.acme.com');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const notice = page.getByTestId('custom-domains-notice');
    await expect
      .poll(() => notice.textContent())
      .toBe('Access to support.acme.com was not allowed, so Commitment Keeper will not run there. Choose Allow when the browser asks.');
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(((await storedSettings())?.customDomains as string[] | undefined) ?? []).toEqual([]);
    await page.close();
  });

  it('registers no content script for a listed domain whose access was never granted', async () => {
    const page = await openOptions();
    // Stands in for an accepted prompt in the page only: the browser itself has not granted access.
    await page.evaluate(() => {
      const g = globalThis as unknown as Record<'chrome' | 'browser', { permissions?: { request: unknown } } | undefined>;
      for (const api of [g.chrome, g.browser]) if (api?.permissions) api.permissions.request = async () => true;
    });
    await page.getByLabel('Helpdesk address').fill('desk.example.org');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(async () => (await storedSettings())?.customDomains).toEqual(['desk.example.org']);
    // The page checks the real permission: the domain is listed as not allowed, with a way to allow it.
    const list = page.getByRole('list', { name: 'Custom domains' });
    await expect.poll(() => list.textContent()).toContain('access not allowed');
    expect(await list.getByRole('button', { name: 'Allow access to desk.example.org' }).count()).toBe(1);
    // The background synced on the settings change and registered nothing.
    await page.waitForTimeout(500);
    expect(await (await suite.ext.worker()).evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);

    await list.getByRole('button', { name: 'Remove desk.example.org' }).click();
    await expect.poll(async () => (await storedSettings())?.customDomains).toEqual([]);
    await page.close();
  });
});
