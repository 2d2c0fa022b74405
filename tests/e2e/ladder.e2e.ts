// A ladder, not a cliff, in a real Chromium: demo pages served with parts of their markup removed
// (as when a host ships new markup). Each rung keeps the panel working and says, in plain words,
// what it could not read; the page diagnostic holds no words of the conversation.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { addCommitment, clickInPanel, panelFrame } from '../support/panel';
import { useExtensionSuite } from '../support/suite';

const suite = useExtensionSuite();
const NO_JARGON = /selector|tried|conversation id|data-test|\[data-|\/agent\/tickets|<id>/i;

beforeAll(async () => {
  await suite.ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.origin });
});

/** Serves `path` with `damage` applied to its HTML before the page (and the extension) sees it. */
async function openDamaged(path: string, damage: (html: string) => string): Promise<{ page: Page; panel: Frame }> {
  const page = await suite.ext.context.newPage();
  const target = suite.server.url(path);
  await page.route(target.replace(/#.*$/, ''), async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: damage(await response.text()) });
  });
  await page.goto(target);
  return { page, panel: await panelFrame(page) };
}

const panelText = async (panel: Frame) => (await panel.locator('main.panel').textContent()) ?? '';

describe('the ladder on damaged demo pages', () => {
  it('messages unreadable: says so in plain words, and notes still work', async () => {
    // Every message of the Zendesk demo gone (the log's markup changed beyond recognition).
    const { page, panel } = await openDamaged('/zendesk/agent/tickets/4182', (html) =>
      html.replace(/<article[\s\S]*?<\/article>/g, '<div class="x">·</div>'),
    );
    await expect
      .poll(() => panelText(panel))
      .toContain("I couldn't read the messages on this page, so there are no suggestions here. Your notes still work.");
    expect(await panelText(panel)).not.toMatch(NO_JARGON);
    await addCommitment(panel, "I'll send the refund confirmation by Friday");
    await page.close();
  });

  it('subject markup gone: the subject comes from the tab title', async () => {
    const { page, panel } = await openDamaged('/zendesk/agent/tickets/4182', (html) =>
      html.replace(/<input data-test-id="omni-header-subject"[^>]*>/g, ''),
    );
    await expect.poll(() => panel.locator('.conversation').textContent()).toContain('Refund for duplicate charge on INV-20931');
    await page.close();
  });

  it('thread id markup gone: keyed by the URL, and the same notes come back on reload', async () => {
    const path = '/gmail/classic-2024-05.html#inbox/FMfcgzQXJWDsKmbVhqhGvTpqNLzKWgXr';
    const strip = (html: string) => html.replace(/ data-(?:legacy-thread-id|thread-perm-id)="[^"]*"/g, '');
    const first = await openDamaged(path, strip);
    await expect.poll(() => first.panel.locator('.conversation').textContent()).toContain('Revised rate card for Q3 lanes');
    await addCommitment(first.panel, "I'll check the lane surcharge by Tuesday");
    await first.page.close();
    const again = await openDamaged(path, strip);
    await expect
      .poll(() => again.panel.locator('[data-testid="commitment"]').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('lane surcharge')]));
    await again.page.close();
  });

  it('no id in the markup or the URL: keyed by the tab title, notes still kept', async () => {
    const path = '/gmail/broken-2026-11.html';
    const first = await openDamaged(path, (html) => html);
    await expect.poll(() => first.panel.locator('.conversation').textContent()).toContain('Invoice copy for September');
    // A note whose deadline is never past when typed: "the September invoice today" read as Sept 30,
    // so on Sept 30 after the workday the panel asked "past due — add anyway?" and the note never came.
    await addCommitment(first.panel, "I'll resend the corrected invoice tomorrow");
    await first.page.close();
    const again = await openDamaged(path, (html) => html);
    await expect
      .poll(() => again.panel.locator('[data-testid="commitment"]').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('corrected invoice')]));
    await again.page.close();
  });

  it('reply box markers gone: the summary goes into the editor the agent is in', async () => {
    const { page, panel } = await openDamaged('/gmail/classic-2024-05.html', (html) =>
      html.replace(/class="Am Al editable LW-avf tS-tW"/, 'class="zz9"').replace(/ g_editable="true" role="textbox"/, ''),
    );
    await addCommitment(panel, "I'll send the revised rate card by Friday");
    const editor = page.locator('div.zz9[contenteditable="true"]');
    await editor.click();
    await clickInPanel(panel, panel.getByRole('button', { name: /Insert/ }).first(), async () =>
      ((await editor.textContent()) ?? '').includes('revised rate card'),
    );
    expect(await panelText(panel)).not.toMatch(NO_JARGON);
    await page.close();
  });

  it('"Copy a diagnostic of this page" copies the outline and selector matches, no conversation text', async () => {
    const { page, panel } = await openDamaged('/zendesk/agent/tickets/4182', (html) => html);
    await expect.poll(() => panel.locator('.conversation').textContent()).toContain('Refund for duplicate charge');
    await panel.locator('summary[aria-label="More"]').click();
    await panel.getByRole('button', { name: 'Copy a diagnostic of this page' }).click();
    await expect.poll(() => panelText(panel)).toContain('Copied a diagnostic of this page');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('adapter: zendesk');
    expect(copied).toMatch(/article data-test-id="omni-log-comment-item"/);
    expect(copied).toMatch(/\[text \d+\]/);
    // Words the conversation shows must not be in it: messages, names, subject, addresses.
    for (const words of ['bank statement', 'Alicia', 'Gómez', 'duplicate charge', 'verdantgrocers', 'escalate', 'Noah Kim']) {
      expect(copied).not.toContain(words);
    }
    await page.close();
  });
});
