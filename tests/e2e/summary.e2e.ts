// The summary's wording in a real Chromium: the summary's voice and signature set in the options page (with its
// live preview), the customer's zone chosen in the panel, the one question before inserting when an
// item has no date, and the inserted summary on the webmail demo read back from the reply box.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addCommitment, panelFrame } from '../support/panel';
import { useExtensionSuite } from '../support/suite';

const WEBMAIL = '/gmail/classic-2024-05.html';
const suite = useExtensionSuite();

async function openOptions(): Promise<Page> {
  const page = await suite.ext.context.newPage();
  await page.goto(`chrome-extension://${suite.ext.extensionId}/options.html`);
  await page.getByRole('button', { name: 'Save' }).waitFor();
  return page;
}

/**
 * Chicago's zone abbreviation at noon on "March 18" or "January 7, 2027" (a day of the coming week: the
 * summary writes its year only when it is not this year's). No DST change happens on a weekday.
 */
function chicagoAbbreviation(day: string): string {
  const noon = new Date(`${/\d{4}$/.test(day) ? day : `${day}, ${new Date().getFullYear()}`} 12:00`);
  expect(Number.isNaN(noon.getTime()), `a day in "${day}"`).toBe(false);
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Chicago', timeZoneName: 'short' }).formatToParts(noon);
  return parts.find((p) => p.type === 'timeZoneName')!.value;
}

/** "March 18", or "January 7, 2027" when the day falls in another year (run near New Year). */
const DAY = String.raw`\w+ \d+(?:, \d{4})?`;

/** A deadline's day as the summary writes it: "Thursday, March 18", or "tomorrow (Thursday, March 18)"
 * and "the end of today (Thursday, March 18)" when the suite runs the day before or that day. */
const dayOf = (weekday: string) => String.raw`(?:${weekday}, ${DAY}|(?:tomorrow|the end of today) \(${weekday}, ${DAY}\))`;

describe('the summary as the customer reads it', () => {
  it('speaks in the voice chosen in the options, with the live preview agreeing', async () => {
    const options = await openOptions();
    const preview = options.getByTestId('summary-preview');
    await expect.poll(() => preview.textContent()).toContain("I'll send the rate card");
    await options.getByLabel('Your name', { exact: true }).fill('Sam Carter');
    await options.getByRole('radio', { name: /By name/ }).check();
    await expect.poll(() => preview.textContent()).toContain('Sam Carter will send the rate card');
    await options.getByRole('radio', { name: /Your team/ }).check();
    await expect.poll(() => preview.textContent()).toContain("We'll send the rate card");
    await options.getByLabel('Signature').fill('Sam Carter\nAcme Freight');
    await expect.poll(() => preview.textContent()).toMatch(/these dates\?\s+Sam Carter\s+Acme Freight$/);
    // The sample customer is in another zone: a time reads in theirs, with its abbreviation.
    expect(await preview.textContent()).toMatch(/by \d{1,2}:\d{2} [AP]M C[SD]T|by \d{1,2}:\d{2} [AP]M E[SD]T/);
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.getByTestId('save-status').textContent()).toBe('Saved');
    await options.close();
  });

  it('asks once about an item with no date, then inserts the summary in the customer’s zone and the agent’s voice', async () => {
    const page = await suite.ext.context.newPage();
    await page.goto(suite.server.url(WEBMAIL));
    const panel = await panelFrame(page);

    // The webmail page does not show the customer's zone: the agent picks it in the panel.
    await panel.getByLabel("Customer's time zone").selectOption('America/Chicago');
    await addCommitment(panel, "I'll call you Thursday at 10am to go through the new rates");
    await addCommitment(panel, "you'll send your updated Q3 volumes by Wednesday so we can lock the lane prices");
    await addCommitment(panel, "we'll look into the fuel surcharge on the Dallas–Phoenix lane");

    const reply = page.locator('[role="main"] [g_editable="true"]');
    await reply.click();
    await reply.pressSequentially('Hi Priya,');
    await reply.press('Enter');

    await panel.getByRole('button', { name: 'Insert into reply' }).click();
    const question = panel.getByTestId('pre-insert');
    await question.waitFor();
    expect(await question.textContent()).toContain('No date: look into the fuel surcharge on the Dallas–Phoenix lane');
    // Nothing went in before the agent answered.
    expect(await reply.innerText()).not.toContain('same page');

    await panel.getByRole('button', { name: 'Insert, with these as “date to be confirmed”' }).click();
    await expect.poll(() => panel.locator('.notice').textContent()).toContain('Summary inserted');
    const written = await reply.innerText();
    console.log(`--- inserted summary ---\n${written}\n---`);

    expect(written.startsWith('Hi Priya,')).toBe(true);
    const call = new RegExp(
      `We'll call you to go through the new rates by \\d{1,2}:\\d{2} [AP]M (\\w+) (?:on |today \\(|tomorrow \\()Thursday, (${DAY})\\)?\\.`,
    ).exec(written);
    expect(call, 'the call-back line').not.toBeNull();
    // "on Thursday", or "tomorrow (Thursday, …)" in a run on a Wednesday. Chicago's abbreviation on
    // that Thursday: CST in winter, CDT from March to November (a fixed 'CST' failed in summer time).
    expect(call![1]).toBe(chicagoAbbreviation(call![2]!));
    expect(written).toContain("You'll send your updated Q3 volumes by ");
    expect(written).toContain('so we can lock the lane prices');
    expect(written).toContain("We'll look into the fuel surcharge on the Dallas–Phoenix lane (date to be confirmed).");
    expect(written).not.toMatch(/\bUTC\b/);
    expect(written).toMatch(/Is there anything that might get in the way of these dates\?\s+Sam Carter\s+Acme Freight/);
    expect(written.split('fuel surcharge').length - 1).toBe(1);

    // Asked once: inserting again does not ask again about the same item, and updates the summary in
    // place (the editors' replace), never a second copy.
    await panel.getByRole('button', { name: 'Insert into reply' }).click();
    await expect.poll(() => panel.locator('.notice').textContent()).toBe('The summary in the reply was updated.');
    expect(await panel.getByTestId('pre-insert').count()).toBe(0);
    expect((await reply.innerText()).split('fuel surcharge').length - 1).toBe(1);
    await page.close();
  });

  it('dates a promise from what it waits for, and moves it when the customer’s date moves', async () => {
    const page = await suite.ext.context.newPage();
    await page.goto(suite.server.url('/gmail/thread-2026-10.html'));
    const panel = await panelFrame(page);
    await addCommitment(panel, "you'll send your updated Q3 volumes by Wednesday");
    await addCommitment(panel, "I'll double-check the Dallas–Phoenix lane within 1 business day once your volumes arrive");

    const check = panel.getByTestId('commitment').filter({ hasText: 'double-check the Dallas' });
    await check.locator('summary').click();
    await check.getByRole('button', { name: /^Choose what this waits for:/ }).click();
    await check.getByRole('combobox').selectOption({ label: "you'll send your updated Q3 volumes by Wednesday" });

    const preview = panel.getByTestId('summary-preview');
    const line = async () => (await preview.textContent())?.split('\n').find((l) => l.includes('Dallas')) ?? '';
    await expect
      .poll(line)
      .toMatch(
        new RegExp(`within 1 business day once your volumes arrive \\(expected by Wednesday, ${DAY}\\) — so by ${dayOf('Thursday')}\\.$`),
      );
    await expect.poll(() => check.locator('.item-due').textContent()).toMatch(/^Thu, /);

    // The customer moves their date to Friday: the promise follows, to the next business day.
    const volumes = panel
      .getByTestId('commitment')
      .filter({ has: panel.locator('.item-text', { hasText: /^you'll send your updated Q3/ }) });
    await volumes.locator('summary').click();
    await volumes.getByRole('button', { name: /^Reschedule:/ }).click();
    const when = volumes.getByRole('textbox', { name: 'New deadline' });
    await when.fill('Friday');
    await when.press('Enter');
    await expect.poll(line).toMatch(new RegExp(`\\(expected by Friday, ${DAY}\\) — so by ${dayOf('Monday')}\\.$`));
    await expect.poll(() => check.locator('.item-due').textContent()).toMatch(/^Mon, /);
    await page.close();
  });
});
