// The vertical slice in a real Chromium with the built extension: note a commitment in the
// panel, see it in the popup and on the badge, and find it again after a reload and a browser restart.
import { describe, expect, it } from 'vitest';
import { badgeText, launchWithExtension } from '../support/extension';
import { seriousViolations } from '../support/axe';
import { addCommitment, panelFrame } from '../support/panel';
import { startDemoServer } from '../support/demo-server';
import { useExtensionSuite } from '../support/suite';
import { NO_TRACE, traceInPage } from '../support/page-trace';

const WEBMAIL = '/gmail/classic-2024-05.html';

const suite = useExtensionSuite();

const badge = () => badgeText(suite.ext);

describe('foundation', () => {
  it('mounts the panel on a demo conversation, stores a commitment and shows it in the popup and on the badge', async () => {
    const page = await suite.ext.context.newPage();
    await page.goto(suite.server.url(WEBMAIL));
    const panel = await panelFrame(page);
    await expect.poll(() => panel.locator('.conversation').textContent()).toContain('Revised rate card for Q3 lanes');

    // Due within the reminder window (the default lead time is an hour), so the badge counts it.
    await addCommitment(panel, "I'll send the revised rate card within 30 minutes");
    await expect
      .poll(() => panel.locator('[data-testid="commitment"]').allTextContents())
      .toEqual([expect.stringContaining("I'll send the revised rate card within 30 minutes")]);
    await expect.poll(badge).toBe('1');

    const popup = await suite.ext.context.newPage();
    await popup.goto(`chrome-extension://${suite.ext.extensionId}/popup.html`);
    await expect
      .poll(() => popup.locator('[data-testid="popup-commitment"]').allTextContents())
      .toEqual([expect.stringContaining('revised rate card')]);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();

    await page.reload();
    const again = await panelFrame(page);
    await expect.poll(() => again.locator('[data-testid="commitment"]').count()).toBe(1);
    await page.close();
  });

  it('keeps the commitment across a browser restart', async () => {
    await suite.ext.close({ keepProfile: true });
    suite.ext = await launchWithExtension({ userDataDir: suite.ext.userDataDir });
    const page = await suite.ext.context.newPage();
    await page.goto(suite.server.url(WEBMAIL));
    const panel = await panelFrame(page);
    await expect
      .poll(() => panel.locator('[data-testid="commitment"]').allTextContents())
      .toEqual([expect.stringContaining('revised rate card')]);
    await expect.poll(badge).toBe('1');
    await page.close();
  });

  it('keeps the ledger out of the page: page scripts find no trace of it', async () => {
    const page = await suite.ext.context.newPage();
    await page.goto(suite.server.url(WEBMAIL));
    const marker = `private-note-${Date.now()}`;
    await addCommitment(await panelFrame(page), `I'll check ${marker} by tomorrow`);
    const trace = await page.evaluate(traceInPage, marker);
    expect(trace).toEqual(NO_TRACE);
    // use_dynamic_url: the page cannot probe for the extension by loading its panel by the extension id.
    const probe = await page.evaluate(async (id) => {
      try {
        return (await fetch(`chrome-extension://${id}/panel.html`)).status;
      } catch {
        return 'blocked';
      }
    }, suite.ext.extensionId);
    expect(probe).toBe('blocked');
    // …while the background, in the extension's own origin, holds it.
    const worker = await suite.ext.worker();
    const names = await worker.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(names).toContain('commitment-keeper-ledger');
    await page.close();
  });

  it('does nothing on pages it does not serve', async () => {
    // 127.0.0.2 is outside every match pattern of the demo build.
    const elsewhere = await startDemoServer({ host: '127.0.0.2' });
    const page = await suite.ext.context.newPage();
    await page.goto(elsewhere.url('/gmail/classic-2024-05.html'));
    await page.waitForTimeout(1000);
    expect(page.frames().some((f) => f.url().includes('/panel.html'))).toBe(false);
    expect(await page.evaluate(() => document.querySelector('commitment-keeper-panel'))).toBeNull();
    await page.close();
    await elsewhere.close();
  });
});
