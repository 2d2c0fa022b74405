// One summary, in its own place: on the webmail, CKEditor 5
// (Zendesk), ProseMirror (Intercom) and roosterjs (Outlook) demos, insert the summary, edit an
// item, insert again: exactly one summary, on its own lines after the greeting, which is kept;
// read back through each editor's own model. When the summary in the reply was edited by hand,
// inserting again changes nothing until the agent says to add another.
import { describe, expect, it } from 'vitest';
import type { Frame, Locator, Page } from 'playwright-core';
import { addCommitment, clickInPanel, panelFrame } from '../support/panel';
import { useExtensionSuite } from '../support/suite';

const suite = useExtensionSuite();

interface Host {
  name: string;
  path: string;
  /** The reply editor the agent types in. */
  editor: string;
  /** True when the page upgrades its reply box to a real editor library (tests/demo/editors). */
  demoEditor: boolean;
}

const HOSTS: Host[] = [
  {
    name: 'webmail (Gmail-like contenteditable)',
    path: '/gmail/classic-2024-05.html',
    editor: '[role="main"] [g_editable="true"]',
    demoEditor: false,
  },
  { name: 'Zendesk (CKEditor 5)', path: '/zendesk/agent/tickets/4182', editor: '.ck-editor__editable:visible', demoEditor: true },
  {
    name: 'Intercom (ProseMirror)',
    path: '/intercom/a/inbox/demo/inbox/conversation/215467880012345',
    editor: '.ProseMirror[aria-label="Reply"]',
    demoEditor: true,
  },
  {
    name: 'Outlook (roosterjs)',
    path: '/outlook/reading-pane-2025-09.html',
    editor: '.replyArea [aria-label^="Message body"]',
    demoEditor: true,
  },
];

const GREETING = 'Hi there,';

async function open(host: Host): Promise<{ page: Page; panel: Frame; reply: Locator }> {
  const page = await suite.ext.context.newPage();
  await page.goto(suite.server.url(host.path));
  if (host.demoEditor) await page.waitForFunction(() => document.documentElement.dataset.demoEditors === 'ready');
  return { page, panel: await panelFrame(page), reply: page.locator(host.editor).first() };
}

/** The reply's lines read through the editor's own model (the DOM is the model of the webmail's box). */
async function replyLines(page: Page, host: Host, reply: Locator): Promise<string[]> {
  let text: string;
  if (host.demoEditor) {
    const all = await page.evaluate(() => (window as unknown as { demoEditorText(): string[] }).demoEditorText());
    // Zendesk has one editor per open ticket: the one the agent wrote in.
    text = all.find((t) => t.includes(GREETING)) ?? '';
  } else {
    text = await reply.innerText();
  }
  return text
    .split('\n')
    .map((l) =>
      l
        .replace(/[\u200b\ufeff]/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}

async function insertFromPanel(panel: Frame, expected: RegExp): Promise<void> {
  await clickInPanel(panel, panel.getByRole('button', { name: 'Insert into reply' }), async () =>
    expected.test(
      (await panel
        .locator('.notice')
        .first()
        .textContent({ timeout: 1_000 })
        .catch(() => null)) ?? '',
    ),
  );
}

async function editItem(panel: Frame, hasText: string, words: string): Promise<void> {
  const item = panel.getByTestId('commitment').filter({ hasText });
  await item.locator('summary').click();
  await item.getByRole('button', { name: /^Edit:/ }).click();
  const box = panel.getByRole('textbox', { name: 'Edit commitment' });
  await box.fill(words);
  await box.press('Enter');
  await expect.poll(() => item.locator('.item-text').textContent()).toBe(words);
}

const count = (lines: string[], part: string) => lines.filter((l) => l.includes(part)).length;

describe.each(HOSTS)('$name', (host) => {
  it('insert, edit an item, insert again: one summary, on its own lines after the greeting', async () => {
    const { page, panel, reply } = await open(host);
    await addCommitment(panel, "I'll send the signed rate card by Friday");
    await addCommitment(panel, "you'll confirm the pallet count by Monday");

    await reply.click();
    await reply.pressSequentially(GREETING);
    await insertFromPanel(panel, /Summary inserted/);
    let lines = await replyLines(page, host, reply);
    expect(lines[0], JSON.stringify(lines)).toBe(GREETING);
    expect(count(lines, 'signed rate card'), JSON.stringify(lines)).toBe(1);

    await editItem(panel, 'signed rate card', "I'll send the signed rate card and the fuel table by Thursday");
    await insertFromPanel(panel, /summary in the reply was updated/);
    lines = await replyLines(page, host, reply);
    // The greeting is kept, alone on its line; one summary, the new one.
    expect(lines[0], JSON.stringify(lines)).toBe(GREETING);
    expect(lines[1], JSON.stringify(lines)).not.toContain(GREETING);
    expect(count(lines, 'signed rate card'), JSON.stringify(lines)).toBe(1);
    expect(count(lines, 'fuel table'), JSON.stringify(lines)).toBe(1);
    expect(count(lines, 'pallet count'), JSON.stringify(lines)).toBe(1);
    expect(count(lines, 'Is that right?'), JSON.stringify(lines)).toBe(1);
    await page.close();
  });
});

describe('when the summary in the reply was edited by hand', () => {
  it('inserting again changes nothing, says so and asks; "Add it" adds the new summary', async () => {
    const host = HOSTS[0]!;
    const { page, panel, reply } = await open(host);
    await addCommitment(panel, "I'll book the carrier pickup by Wednesday");
    await reply.click();
    await reply.pressSequentially(GREETING);
    await insertFromPanel(panel, /Summary inserted/);

    // The agent rewrites a word of the summary in the reply.
    await reply.evaluate((el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.nodeValue?.includes('carrier pickup')) n.nodeValue = n.nodeValue.replace('carrier pickup', 'courier pickup');
      }
    });
    await addCommitment(panel, "you'll send the customs form by Tuesday");
    await panel.getByRole('button', { name: 'Insert into reply' }).click();
    const question = panel.getByRole('alertdialog');
    await expect.poll(() => question.textContent()).toMatch(/no longer in the reply as it was.*Add the new summary as well\?/);
    let lines = await replyLines(page, host, reply);
    expect(count(lines, 'customs form')).toBe(0);
    expect(count(lines, 'courier pickup')).toBe(1);

    await question.getByRole('button', { name: 'Add it' }).click();
    await expect.poll(() => panel.locator('.notice').first().textContent()).toMatch(/Summary inserted/);
    lines = await replyLines(page, host, reply);
    expect(count(lines, 'customs form')).toBe(1);
    expect(count(lines, 'Is that right?')).toBe(2);
    await page.close();
  });
});
