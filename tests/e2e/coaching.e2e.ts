// Issue 21 item 3 in a real Chromium: the entry preview coaches the agent. A note asking the customer
// to call back shows a rewording that takes the next step with a date (one click puts it in the box);
// a deadline already past asks before adding; an absurd year says no deadline was set.
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { panelFrame } from '../support/panel';
import { useExtensionSuite } from '../support/suite';

const ZENDESK = '/zendesk/agent/tickets/4182';
const suite = useExtensionSuite();

async function open(): Promise<{ page: Page; panel: Frame }> {
  const page = await suite.ext.context.newPage();
  await page.goto(suite.server.url(ZENDESK));
  return { page, panel: await panelFrame(page) };
}

describe('coaching in the entry preview', () => {
  it('proposes a rewording for a call-back note, and the rewording is a dated promise', async () => {
    const { page, panel } = await open();
    const input = panel.getByRole('textbox', { name: 'New commitment' });
    await input.fill('Please call us back if the printer jams again');
    const warning = panel.getByTestId('warning-call-back');
    await expect.poll(() => warning.count()).toBe(1);
    const use = warning.getByRole('button');
    expect(await use.textContent()).toMatch(/^Use: I'll call you on \w{3}, \w{3} \d+ to check it's fixed$/);
    await use.click();
    await expect.poll(() => input.inputValue()).toMatch(/^I'll call you on \w{3}, \w{3} \d+ to check it's fixed$/);
    // The rewording is no call-back and has a deadline.
    await expect.poll(() => warning.count()).toBe(0);
    await expect.poll(async () => (await panel.getByTestId('entry-preview').textContent()) ?? '').toMatch(/Due \w{3}, \w{3} \d+/);
    await page.close();
  });

  it('asks before adding a deadline that has already passed', async () => {
    const { page, panel } = await open();
    const before = await panel.getByTestId('commitment').count();
    const input = panel.getByRole('textbox', { name: 'New commitment' });
    await input.fill('send the signed amendment by yesterday');
    await input.press('Enter');
    const question = panel.getByTestId('warning-past-due');
    await expect.poll(() => question.count()).toBe(1);
    expect(await question.textContent()).toContain('already passed');
    // Nothing was added, the words are still there.
    expect(await panel.getByTestId('commitment').count()).toBe(before);
    expect(await input.inputValue()).toBe('send the signed amendment by yesterday');
    await question.getByRole('button', { name: 'Add anyway' }).click();
    await expect.poll(() => panel.getByTestId('commitment').count()).toBe(before + 1);
    await expect.poll(() => input.inputValue()).toBe('');
    await page.close();
  });

  it('a future deadline is added at once; an absurd year is refused with a message', async () => {
    const { page, panel } = await open();
    const before = await panel.getByTestId('commitment').count();
    const input = panel.getByRole('textbox', { name: 'New commitment' });
    await input.fill('renew the support contract by Dec 31, 9999');
    await expect.poll(() => panel.getByTestId('warning-absurd-date').count()).toBe(1);
    expect(await panel.getByTestId('entry-preview').textContent()).not.toMatch(/Due /);
    await input.fill('send the revised quote by tomorrow');
    await expect.poll(() => panel.getByTestId('warning-absurd-date').count()).toBe(0);
    await input.press('Enter');
    await expect.poll(() => panel.getByTestId('commitment').count()).toBe(before + 1);
    expect(await panel.getByTestId('warning-past-due').count()).toBe(0);
    await page.close();
  });
});
