// Suggestions in a real Chromium: suggestions read from each message's own date (a webmail thread
// spanning two years, a helpdesk ticket with relative stamps), a request offered, edited and
// accepted, kept promises offered as done, and the customer's track record by the real dates.
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { callLedger, extensionPage } from '../support/ledger-seed';
import { panelFrame } from '../support/panel';
import { useExtensionSuite } from '../support/suite';

const suite = useExtensionSuite();

async function open(path: string): Promise<{ page: Page; panel: Frame }> {
  const page = await suite.ext.context.newPage();
  await page.goto(suite.server.url(path));
  return { page, panel: await panelFrame(page) };
}

describe('suggestions on a webmail thread spanning two years', () => {
  it('shows each message’s date and year, offers the request and the kept promises, and counts kept/late by the real dates', async () => {
    const { page, panel } = await open('/webmail-history.html');
    const suggestions = panel.getByTestId('suggestion');
    const volumes = suggestions.filter({ hasText: 'updated Q3 shipment volumes' });
    await expect.poll(() => volumes.count()).toBe(1);

    // The promise of May 13, 2024: "Wednesday" is May 15, 2024 (not a Wednesday of this year),
    // already past, and kept by the message of May 15 (on time).
    const volumesText = (await volumes.textContent()) ?? '';
    expect(volumesText).toContain('Customer wrote on Mon, May 13, 2024:');
    expect(volumesText).toContain('was due Wed, May 15, 2024, 5:00 PM');
    expect(await volumes.getByTestId('suggestion-kept').textContent()).toBe('kept: Priya Natarajan sent it on Wed, May 15, 2024 (on time)');

    // The SOW promised on Tue, Mar 4, 2025 "by Friday" (Mar 7) and sent on Mon, Mar 10: late.
    const sow = suggestions.filter({ hasText: 'signed SOW' });
    expect(await sow.textContent()).toContain('Customer wrote on Tue, Mar 4, 2025:');
    expect(await sow.textContent()).toContain('was due Fri, Mar 7, 2025, 5:00 PM');
    expect(await sow.getByTestId('suggestion-kept').textContent()).toBe('kept: Priya Natarajan sent it on Mon, Mar 10, 2025 (late)');

    // The request: "Customer asked on Mon, May 13, 2024: … — Promise it?", due Thursday May 16, 2024.
    const reno = suggestions.filter({ hasText: 'Reno warehouse' });
    const renoText = (await reno.textContent()) ?? '';
    expect(renoText).toContain(
      'Customer asked on Mon, May 13, 2024: “Could you check whether the Reno warehouse can take a second pallet by Thursday?”',
    );
    expect(renoText).toContain('was due Thu, May 16, 2024, 5:00 PM');
    expect(renoText).toContain('Promise it?');

    // Edited before adding: the agent's own words, the deadline still counted from the message's day.
    await reno.getByRole('button', { name: /^Edit before adding:/ }).click();
    const input = panel.getByRole('textbox', { name: 'New commitment' });
    await expect.poll(() => input.inputValue()).toBe("I'll check whether the Reno warehouse can take a second pallet by Thursday");
    await input.fill("I'll check whether the Reno warehouse can take a second pallet by Friday");
    await expect.poll(() => panel.getByTestId('entry-preview').textContent()).toContain('Fri, May 17, 5:00 PM');
    await input.press('Enter');
    // Friday, May 17, 2024 has passed: the panel asks once before adding it.
    const question = panel.getByTestId('warning-past-due');
    await expect.poll(() => question.count()).toBe(1);
    await question.getByRole('button', { name: 'Add anyway' }).click();
    const mine = panel.getByTestId('commitment').filter({ hasText: 'Reno warehouse' });
    await expect.poll(() => mine.count()).toBe(1);
    await expect.poll(() => reno.count()).toBe(0);

    // Both kept promises added as done: the customer's record is 1 kept on time, 1 late, none missed.
    await volumes.getByRole('button', { name: /^Add as done:/ }).click();
    await expect.poll(() => volumes.count()).toBe(0);
    await sow.getByRole('button', { name: /^Add as done:/ }).click();
    await expect.poll(() => sow.count()).toBe(0);
    await expect
      .poll(() => panel.locator('.track-record').textContent())
      .toMatch(/^(\p{L}+'s|The customer's) record with us: 1 kept on time, 1 late, 0 missed/u);
    await page.close();
  });
});

describe('a commitment already in the ledger, delivered by a later message', () => {
  it('offers "Mark done — Priya Natarajan sent it on Wed, May 15, 2024" and records it done on that day', async () => {
    // Noted by the agent when the promise was made (May 13, 2024), due Wednesday May 15 at 5 PM in the
    // browser's zone, the zone the fixture's stamps are read in: a due fixed at 5 PM New York time made
    // the 4:40 PM delivery late wherever the machine's zone is west of New York (TZ=America/Chicago).
    const ext = await extensionPage(suite.ext);
    const dueAt = await ext.evaluate(() => new Date(2024, 4, 15, 17, 0).toISOString());
    await callLedger(ext, 'addCommitment', {
      conversation: {
        // On the demo server (127.0.0.1, not mail.google.com) the panel files a Gmail-like thread
        // under the site's own namespace: site-bound ids never let a page claim a Gmail thread.
        host: 'custom',
        key: '19a4b2c3d4e5f607',
        url: suite.server.url('/gmail/classic-2024-05.html'),
        subject: 'Revised rate card for Q3 lanes',
        customerName: 'Priya Natarajan',
        customerEmail: 'priya.natarajan@northwind-logistics.com',
      },
      draft: {
        text: 'Priya will send the updated Q3 shipment volumes by Wednesday',
        party: 'customer',
        action: 'send the updated Q3 shipment volumes',
        due: { at: dueAt, text: 'Wednesday', precision: 'day' },
        vague: false,
        conditions: [],
        reason: null,
        kind: 'promise',
        warnings: [],
      },
      source: 'typed',
      madeAt: Date.parse('2024-05-13T09:30:00-04:00'),
    });
    await ext.close();

    const { page, panel } = await open('/gmail/classic-2024-05.html');
    const delivery = panel.getByTestId('delivery');
    await expect.poll(() => delivery.count()).toBe(1);
    // Offered once: not again as a new "Add as done" suggestion in other words.
    expect(await panel.getByTestId('suggestion').filter({ hasText: 'Q3 shipment volumes' }).count()).toBe(0);
    // The fixture's stamps are read in the browser's zone: 4:40 PM on May 15, 2024.
    const button = delivery.getByRole('button', { name: /^Mark done:/ });
    expect(await button.textContent()).toBe('Mark done — Priya Natarajan sent it on Wed, May 15, 2024');
    await button.click();
    await expect.poll(() => delivery.count()).toBe(0);
    await expect
      .poll(() => panel.locator('.track-record').textContent())
      .toMatch(/^(\p{L}+'s|The customer's) record with us: 1 kept on time, 0 late, 0 missed/u);
    await page.close();
  });
});

describe('suggestions on a helpdesk ticket with relative stamps', () => {
  it('reads "Yesterday 3:14 PM" and "2 hours ago" and counts each message’s words from them', async () => {
    const { page, panel } = await open('/helpdesk-relative.html');
    // The panel's zone is the browser's here; the expected days are computed in it.
    const zone = await panel.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const day = (ms: number, withYear = false) =>
      new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        weekday: 'short',
        month: 'short',
        day: 'numeric',
        ...(withYear ? { year: 'numeric' } : {}),
      }).format(new Date(ms));
    const now = Date.now();
    const thisYear = (ms: number) =>
      new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric' }).format(new Date(ms)) ===
      new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric' }).format(new Date(now));
    const yesterday = now - 24 * 3_600_000;

    const photos = panel.getByTestId('suggestion').filter({ hasText: 'photos of the damaged pallet' });
    await expect.poll(() => photos.count()).toBe(1);
    const text = (await photos.textContent()) ?? '';
    expect(text).toContain(`Customer wrote on ${day(yesterday, !thisYear(yesterday))}:`);
    // "by tomorrow", written yesterday: today at the end of the workday.
    expect(text).toContain(`${day(now, false)}, 5:00 PM`);

    const claim = panel.getByTestId('suggestion').filter({ hasText: 'open a claim with the carrier' });
    await expect.poll(() => claim.count()).toBe(1);
    const sent = now - 2 * 3_600_000;
    expect(await claim.textContent()).toContain(`You wrote on ${day(sent, !thisYear(sent))}:`);
    await page.close();
  });
});
