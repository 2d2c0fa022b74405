// The ledger end to end: the ledger lives in the real background service worker. Write from the panel,
// stop the worker (as Chrome does when idle), and read everything back through a fresh one.
import { describe, expect, it } from 'vitest';
import { stopServiceWorker } from '../support/extension';
import { addCommitment, panelFrame } from '../support/panel';
import { useExtensionSuite } from '../support/suite';

const WEBMAIL = '/gmail/classic-2024-05.html';

const suite = useExtensionSuite();

describe('the ledger in the background service worker', () => {
  it('keeps what the panel wrote when the service worker is stopped and restarted', async () => {
    const page = await suite.ext.context.newPage();
    await page.goto(suite.server.url(WEBMAIL));
    const panel = await panelFrame(page);
    await addCommitment(panel, "I'll send the revised rate card by Friday EOD");
    await addCommitment(panel, "you'll confirm the pallet limit by Monday");
    const item = panel.getByTestId('commitment').filter({ hasText: 'pallet limit' });
    await item.getByRole('button', { name: /^Mark done:/ }).click();
    await expect.poll(() => item.locator('.badge-done').count()).toBe(1);

    await stopServiceWorker(suite.ext);

    // A fresh panel asks the ledger again: the request wakes a new worker, which opens IndexedDB.
    await page.reload();
    const again = await panelFrame(page);
    await expect
      .poll(() => again.getByTestId('commitment').allTextContents())
      .toEqual([expect.stringContaining('revised rate card by Friday EOD'), expect.stringContaining('pallet limit')]);
    expect(await again.getByTestId('commitment').filter({ hasText: 'pallet limit' }).locator('.badge-done').count()).toBe(1);
    // The history survived too: the completed customer commitment shows in the track record.
    await expect.poll(() => again.locator('.track-record').textContent()).toContain('1 kept on time');
    await page.close();
  });
});
