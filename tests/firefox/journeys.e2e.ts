// The core journeys in Firefox ESR with the built Firefox add-on (MV2), as tests/e2e does them in
// Chromium: the panel on the webmail and helpdesk demos, a commitment added with its preview, the
// popup and the badge, the summary inserted into a plain contenteditable and into CKEditor 5 and read
// back, the ledger across a browser restart, and no trace of the ledger for the page's own scripts.
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../support/demo-server';
import { NO_TRACE, traceInPage } from '../support/page-trace';
import { firefoxPanelFrame, launchFirefoxWithExtension, waitUntil, type FirefoxExtension } from '../support/firefox';

const WEBMAIL = '/gmail/classic-2024-05.html';
const HELPDESK = '/demo-helpdesk/ticket-2026-11.html';
const ZENDESK = '/zendesk/agent/tickets/4182';

let server: DemoServer;
let ff: FirefoxExtension;

beforeAll(async () => {
  server = await startDemoServer();
  ff = await launchFirefoxWithExtension({ startUrl: server.url('/') });
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

async function openConversation(path: string): Promise<{ page: Page; panel: Frame }> {
  const page = await ff.browser.newPage();
  await page.goto(server.url(path));
  return { page, panel: await firefoxPanelFrame(page) };
}

const textOf = (frame: Frame | Page, selector: string) => frame.$eval(selector, (el) => (el as HTMLElement).innerText);
const allTexts = (frame: Frame | Page, selector: string) => frame.$$eval(selector, (els) => els.map((el) => (el as HTMLElement).innerText));

/** Types a note into the panel's entry box; returns the preview; Enter adds it when asked. */
async function note(panel: Frame, text: string, opts: { add: boolean }): Promise<string> {
  const input = 'input[aria-label="New commitment"]';
  await panel.click(input, { count: 3 });
  await panel.type(input, text);
  const preview = await waitUntil(
    () => textOf(panel, '[data-testid="entry-preview"]'),
    (t) => t.length > 0,
    'the preview',
  );
  if (opts.add) {
    const before = (await allTexts(panel, '[data-testid="commitment"]')).length;
    await panel.focus(input);
    await panel.page().keyboard.press('Enter');
    await waitUntil(
      () => allTexts(panel, '[data-testid="commitment"]'),
      (items) => items.length > before,
      'the new commitment',
    );
  }
  return preview;
}

describe('Firefox: the panel', () => {
  it('mounts on the webmail and the helpdesk demos and reads each conversation', async () => {
    for (const [path, subject] of [
      [WEBMAIL, 'Revised rate card for Q3 lanes'],
      [HELPDESK, 'Revised rate card for Q3 lanes'],
    ] as const) {
      const { page, panel } = await openConversation(path);
      expect(
        await waitUntil(
          () => textOf(panel, '.conversation'),
          (t) => t.includes(subject),
          `the subject on ${path}`,
        ),
      ).toContain(subject);
      await page.close();
    }
  });

  it('shows the deadline while typing, stores the commitment, and the popup and badge count it', async () => {
    const { page, panel } = await openConversation(WEBMAIL);
    const preview = await note(panel, "I'll send the revised rate card within 30 minutes", { add: true });
    expect(preview).toMatch(/Due \w{3}, \w{3} \d+, \d+:\d\d [AP]M/);
    expect(await allTexts(panel, '[data-testid="commitment"]')).toEqual([expect.stringContaining('revised rate card within 30 minutes')]);

    const popup = await ff.extensionPage('popup.html');
    const rows = await waitUntil(
      () => allTexts(popup, '[data-testid="popup-commitment"]'),
      (r) => r.length === 1,
      'the popup row',
    );
    expect(rows[0]).toContain('revised rate card');
    await popup.close();
    expect(
      await waitUntil(
        () => ff.badgeText(),
        (t) => t === '1',
        'the badge',
      ),
    ).toBe('1');
    await page.close();
  });

  it('inserts the summary into the webmail reply box (a plain contenteditable) and it reads back', async () => {
    const { page, panel } = await openConversation(WEBMAIL);
    await waitUntil(
      () => allTexts(panel, '[data-testid="commitment"]'),
      (items) => items.length === 1,
      'the stored commitment',
    );
    const reply = '[role="main"] [g_editable="true"]';
    await page.click(reply);
    await page.keyboard.type('Hi Priya,');
    await page.keyboard.press('Enter');
    await panel.click('xpath/.//button[normalize-space()="Insert into reply"]');
    await waitUntil(
      () => textOf(panel, '.notice'),
      (t) => t.includes('Summary inserted'),
      'the insert notice',
    );
    const written = await textOf(page, reply);
    expect(written.startsWith('Hi Priya,')).toBe(true);
    expect(written).toContain('revised rate card');
    expect(written).toContain('Is that right?');
    expect(written.split('revised rate card').length - 1).toBe(1);
    await page.close();
  });

  it("inserts the summary into the active ticket's real CKEditor 5 and its model holds it", async () => {
    const { page, panel } = await openConversation(ZENDESK);
    await page.waitForFunction(() => document.documentElement.dataset.demoEditors === 'ready');
    await note(panel, "I'll confirm the pallet limit by Friday", { add: true });
    const editable = await waitUntil(
      () => page.$$('.ck-editor__editable'),
      (els) => els.length > 0,
      'the CKEditor editables',
    );
    // The active ticket's editor is the visible one.
    let visible = editable[0]!;
    for (const el of editable) if (await el.isVisible()) visible = el;
    await visible.click();
    await page.keyboard.type('Hi Alicia,');
    await panel.click('xpath/.//button[normalize-space()="Insert into reply"]');
    await waitUntil(
      () => textOf(panel, '.notice'),
      (t) => t.includes('Summary inserted'),
      'the insert notice',
    );
    const data = await page.evaluate(() => (window as unknown as { demoEditorData(): string[] }).demoEditorData());
    const withSummary = data.filter((html) => html.includes('pallet limit'));
    expect(withSummary).toHaveLength(1);
    expect(withSummary[0]!.indexOf('Hi Alicia,')).toBeLessThan(withSummary[0]!.indexOf('pallet limit'));
    await page.close();
  });

  it("keeps the ledger out of the page's reach", async () => {
    const { page, panel } = await openConversation(WEBMAIL);
    const marker = `private-note-${Date.now()}`;
    await note(panel, `I'll check ${marker} by tomorrow`, { add: true });
    const trace = await page.evaluate(traceInPage, marker);
    expect(trace).toEqual(NO_TRACE);
    await page.close();
  });

  it('keeps the ledger across a browser restart', async () => {
    await ff.close({ keepProfile: true });
    ff = await launchFirefoxWithExtension({ startUrl: server.url('/'), profileDir: ff.profileDir });
    const { page, panel } = await openConversation(WEBMAIL);
    const items = await waitUntil(
      () => allTexts(panel, '[data-testid="commitment"]'),
      (i) => i.length === 2,
      'the stored commitments',
    );
    expect(items).toEqual(expect.arrayContaining([expect.stringContaining('revised rate card'), expect.stringContaining('private-note-')]));
    expect(
      await waitUntil(
        () => ff.badgeText(),
        (t) => t !== '',
        'the badge after the restart',
      ),
    ).toBe('1');
    await page.close();
  });
});
