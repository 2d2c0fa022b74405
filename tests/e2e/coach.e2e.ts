// Reply coaching in a real Chromium: the panel reads the reply as the agent writes it (webmail demo). A vague
// promise typed into the reply gets "add a date?" in the panel while the focus stays in the reply, and
// one click on a quick date adds the dated commitment; a call-back request gets its rewording; with
// "Read my reply as I write it" off, nothing of the reply is read.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { panelFrame } from '../support/panel';
import { PROJECT_ROOT } from '../support/demo-server';
import { useExtensionSuite } from '../support/suite';

const WEBMAIL = '/gmail/classic-2024-05.html';
const REPLY = '[role="main"] [g_editable="true"]';
const suite = useExtensionSuite();
/** Last keystroke → hint: the debounce (400 ms) plus reading, messaging and parsing. */
const LATENCY_BOUND_MS = 1_500;

declare const chrome: {
  tabs: {
    query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
  storage: { sync: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
  runtime: { onMessage: { addListener(listener: (message: unknown) => void): void } };
};

async function open(): Promise<{ page: Page; panel: Frame }> {
  const page = await suite.ext.context.newPage();
  await page.goto(suite.server.url(WEBMAIL));
  return { page, panel: await panelFrame(page) };
}

async function setReadDraft(on: boolean): Promise<void> {
  const worker = await suite.ext.worker();
  await worker.evaluate(async (readDraft) => {
    const current = ((await chrome.storage.sync.get('settings')).settings ?? {}) as Record<string, unknown>;
    await chrome.storage.sync.set({ settings: { ...current, readDraft } });
  }, on);
}

/** Types into the reply box the way the agent does: a click, then keystrokes. */
async function typeReply(page: Page, text: string): Promise<number> {
  const reply = page.locator(REPLY);
  await reply.click();
  await page.keyboard.type(text, { delay: 15 });
  return Date.now();
}

const CKEDITOR_PAGE = '/zendesk/agent/tickets/4182';
const CKEDITOR = '.ck-editor__editable:visible';

/** The CKEditor 5 demo's reply that holds `words`, read through CKEditor's own model (one line per block), and its getData(). */
async function ckeditorReply(page: Page, words: string): Promise<{ text: string; data: string }> {
  const [texts, data] = await page.evaluate(() => {
    const w = window as unknown as { demoEditorText(): string[]; demoEditorData(): string[] };
    return [w.demoEditorText(), w.demoEditorData()] as const;
  });
  const at = texts.findIndex((t) => t.includes(words));
  return { text: at >= 0 ? texts[at]! : '', data: at >= 0 ? data[at]! : '' };
}

const ckeditorHasFocus = (page: Page) =>
  page.locator(CKEDITOR).evaluate((el) => el === document.activeElement || el.contains(document.activeElement));

/** What the background sends on a keyboard shortcut (headless Chromium delivers none itself). */
async function command(name: string): Promise<void> {
  const worker = await suite.ext.worker();
  await worker.evaluate(async (data) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await chrome.tabs.sendMessage(tab!.id!, { id: 1, type: 'panel:command', data, timestamp: Date.now() }, { frameId: 0 });
  }, name);
}

/** The panel handle's accessible name (inside our closed shadow root, so from the browser's AX tree). */
async function handleLabel(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ name?: { value?: unknown } }> };
    const names = nodes.map((n) => String(n.name?.value ?? ''));
    return names.find((n) => /^(?:Show|Hide) Commitment Keeper/.test(n)) ?? '';
  } finally {
    await cdp.detach();
  }
}

const replyHasFocus = (page: Page) => page.evaluate((sel) => document.activeElement === document.querySelector(sel), REPLY);

describe('coaching the reply as it is written', () => {
  it('a vague promise gets "add a date?" in the panel, focus stays in the reply, a quick date adds it dated', async () => {
    const { page, panel } = await open();
    const lastKey = await typeReply(page, "Hi Priya, thanks for the details. We'll get back to you shortly.");
    const hint = panel.locator('[data-testid="draft-hint"][data-kind="vague"]');
    await hint.waitFor({ timeout: 10_000 });
    const latency = Date.now() - lastKey;
    console.log(`[coach] webmail: last keystroke → vague hint in the panel: ${latency} ms (debounce 400 ms)`);
    // The issue asks for "within a second"; measured 0.6–0.9 s here. The bound leaves room for a busy
    // 2-core machine while still failing if reading stops being prompt (e.g. a doubled debounce).
    expect(latency).toBeLessThan(LATENCY_BOUND_MS);
    expect(await hint.textContent()).toContain('Your reply promises:');
    expect(await hint.textContent()).toContain("We'll get back to you shortly.");
    expect(await hint.textContent()).toContain('No date: add a date?');
    expect(await replyHasFocus(page)).toBe(true);
    // What the hint looks like, beside the reply (a copy is tests/demo/screenshots/coach-reply.png,
    // shown in the README; written under .output so a test run leaves the work tree clean).
    await page.setViewportSize({ width: 1280, height: 800 });
    mkdirSync(join(PROJECT_ROOT, '.output/screenshots'), { recursive: true });
    await page.screenshot({ path: join(PROJECT_ROOT, '.output/screenshots/coach-reply.png') });
    // The reply itself was not touched.
    expect(await page.locator(REPLY).innerText()).toBe("Hi Priya, thanks for the details. We'll get back to you shortly.");

    const before = await panel.getByTestId('commitment').count();
    await hint.getByRole('button', { name: 'by tomorrow' }).click();
    // The words are rewritten in the reply itself, and the dated commitment is added.
    await expect.poll(() => page.locator(REPLY).innerText()).toBe("Hi Priya, thanks for the details. We'll get back to you by tomorrow.");
    await expect.poll(() => panel.locator('.notice').textContent()).toContain("Your reply now says “We'll get back to you by tomorrow.”");
    await expect.poll(() => panel.getByTestId('commitment').count()).toBe(before + 1);
    const added = panel.getByTestId('commitment').filter({ hasText: 'get back to you' });
    expect(await added.textContent()).not.toContain('shortly');
    expect(await added.textContent()).toMatch(/\w{3}, \w{3} \d+/);
    // Added: the hint is gone (the ledger holds it, and the reply has a date now), and the agent is
    // still in the reply with the caret where it was, at the end.
    await expect.poll(() => hint.count()).toBe(0);
    expect(await replyHasFocus(page)).toBe(true);

    // Typing on keeps coaching: a dated promise is offered as it is.
    await page.keyboard.type(" I'll send the invoice by Thursday.", { delay: 15 });
    const promise = panel.locator('[data-testid="draft-hint"][data-kind="promise"]');
    await promise.waitFor({ timeout: 10_000 });
    expect(await promise.textContent()).toMatch(/Your reply promises: “I'll send the invoice by Thursday\.” — \w{3}, \w{3} \d+/);
    expect(await page.locator(REPLY).innerText()).toBe(
      "Hi Priya, thanks for the details. We'll get back to you by tomorrow. I'll send the invoice by Thursday.",
    );
    await page.close();
  });

  it('a call-back request gets the rewording that takes the next step with a date; quoted history is not read', async () => {
    const { page, panel } = await open();
    await typeReply(page, 'Please call us back if it happens again.');
    const hint = panel.locator('[data-testid="draft-hint"][data-kind="call-back"]');
    await hint.waitFor({ timeout: 10_000 });
    expect(await hint.getByTestId('draft-rewording').textContent()).toMatch(
      /^Take the next step yourself: “I'll call you on \w{3}, \w{3} \d+ to check it's fixed”$/,
    );
    expect(await replyHasFocus(page)).toBe(true);

    // "Use in my reply": the request gives way to the next step, written in the reply, and added.
    const rewording = /^I'll call you on \w{3}, \w{3} \d+ to check it's fixed$/;
    await hint.getByRole('button', { name: /Write “I'll call you on/ }).click();
    await expect.poll(() => page.locator(REPLY).innerText()).toMatch(/^I'll call you on \w{3}, \w{3} \d+ to check it's fixed\.$/);
    await expect.poll(() => panel.getByTestId('commitment').filter({ hasText: "to check it's fixed" }).count()).toBe(1);
    expect(rewording.test((await page.locator(REPLY).innerText()).replace(/\.$/, ''))).toBe(true);
    await expect.poll(() => hint.count()).toBe(0);
    expect(await replyHasFocus(page)).toBe(true);

    // A quoted message below the agent's words is history: its promise is not the agent's.
    await page.locator(REPLY).evaluate((el) => {
      el.insertAdjacentHTML(
        'beforeend',
        '<div class="gmail_quote">On Mon, May 13, 2024 Priya wrote:<blockquote>I\'ll send the signed form by Friday.</blockquote></div>',
      );
    });
    await page.keyboard.type(" I'll send the new label by Friday.", { delay: 15 });
    // The reply was read again (its new promise is offered); the quoted promise is not.
    await panel.locator('[data-testid="draft-hint"][data-kind="promise"]').filter({ hasText: 'new label' }).waitFor({ timeout: 10_000 });
    expect(await panel.getByTestId('draft-coach').textContent()).not.toContain('signed form');
    expect(await panel.locator('[data-testid="draft-hint"]').count()).toBe(1);
    await page.close();
  });

  it('a promise due before what it waits on is said quietly under its hint', async () => {
    const { page, panel } = await open();
    // Dates relative to today, so the order holds on any day of the week.
    await typeReply(page, "I'll send the quote tomorrow once you send the specs within 5 business days.");
    const hint = panel.locator('[data-testid="draft-hint"][data-kind="promise"]').filter({ hasText: 'send the quote' });
    await hint.waitFor({ timeout: 10_000 });
    expect(await hint.getByTestId('draft-waits-later').textContent()).toMatch(
      /^Due before what it waits on: “once you send the specs within 5 business days” is due \w{3}, \w{3} \d+.*, after this promise\.$/,
    );
    // Quiet: a line in the panel, no alert, and the agent is still in the reply.
    expect(await hint.getByRole('alert').count()).toBe(0);
    expect(await replyHasFocus(page)).toBe(true);
    await page.close();
  });

  it('a panel opened after the agent began the reply asks its page for the draft', async () => {
    const { page, panel } = await open();
    // (Not "call us back": an earlier test added its rewording, "I'll call you on …", already.)
    await typeReply(page, 'Feel free to email us if the label still prints blank.');
    await panel.locator('[data-testid="draft-hint"][data-kind="call-back"]').waitFor({ timeout: 10_000 });
    // A fresh panel (reloaded) heard none of the pushes: it asks its page.
    await panel.goto(panel.url());
    const fresh = await panelFrame(page);
    await fresh.locator('[data-testid="draft-hint"][data-kind="call-back"]').waitFor({ timeout: 10_000 });
    expect(await replyHasFocus(page)).toBe(true);
    await page.close();
  });

  it('CKEditor 5: the hint within a second, the focus kept, "by tomorrow" rewrites the words in the editor\'s model, a call-back gets its rewording', async () => {
    const page = await suite.ext.context.newPage();
    await page.goto(suite.server.url(CKEDITOR_PAGE));
    await page.waitForFunction(() => document.documentElement.dataset.demoEditors === 'ready');
    const panel = await panelFrame(page);
    const editor = page.locator(CKEDITOR);
    await editor.click();
    await page.keyboard.type('Hi Alicia, thanks for the screenshots. We will get back to you soon.', { delay: 15 });
    const lastKey = Date.now();
    const hint = panel.locator('[data-testid="draft-hint"][data-kind="vague"]');
    await hint.waitFor({ timeout: 10_000 });
    const latency = Date.now() - lastKey;
    console.log(`[coach] CKEditor 5: last keystroke → vague hint in the panel: ${latency} ms (debounce 400 ms)`);
    expect(latency).toBeLessThan(LATENCY_BOUND_MS);
    expect(await ckeditorHasFocus(page)).toBe(true);

    const before = await panel.getByTestId('commitment').count();
    await hint.getByRole('button', { name: 'by tomorrow' }).click();
    // Read back through CKEditor's API: the model holds the new words once, the old ones are gone.
    await expect
      .poll(async () => (await ckeditorReply(page, 'thanks for the screenshots')).text)
      .toBe('Hi Alicia, thanks for the screenshots. We will get back to you by tomorrow.');
    expect((await ckeditorReply(page, 'thanks for the screenshots')).data).toBe(
      '<p>Hi Alicia, thanks for the screenshots. We will get back to you by tomorrow.</p>',
    );
    await expect.poll(() => panel.getByTestId('commitment').count()).toBe(before + 1);
    expect(await panel.getByTestId('commitment').filter({ hasText: 'get back to you' }).textContent()).toMatch(/\w{3}, \w{3} \d+/);
    expect(await ckeditorHasFocus(page)).toBe(true);
    await expect.poll(() => panel.locator('.notice').textContent()).toContain('Your reply now says “We will get back to you by tomorrow.”');
    // After the click (a copy is tests/demo/screenshots/coach-rewritten.png, shown in the README).
    await page.setViewportSize({ width: 1280, height: 800 });
    mkdirSync(join(PROJECT_ROOT, '.output/screenshots'), { recursive: true });
    await page.screenshot({ path: join(PROJECT_ROOT, '.output/screenshots/coach-rewritten.png') });

    // The caret came back to the end: typing on continues the reply there.
    await page.keyboard.type(' Please call us back if it happens again.', { delay: 15 });
    const callBack = panel.locator('[data-testid="draft-hint"][data-kind="call-back"]');
    await callBack.waitFor({ timeout: 10_000 });
    expect(await ckeditorHasFocus(page)).toBe(true);
    await callBack.getByRole('button', { name: /Write “I'll call you on/ }).click();
    await expect
      .poll(async () => (await ckeditorReply(page, 'thanks for the screenshots')).text)
      .toMatch(
        /^Hi Alicia, thanks for the screenshots\. We will get back to you by tomorrow\. I'll call you on \w{3}, \w{3} \d+ to check it's fixed\.$/,
      );
    await expect.poll(() => panel.getByTestId('commitment').filter({ hasText: "to check it's fixed" }).count()).toBe(1);
    expect(await ckeditorHasFocus(page)).toBe(true);
    await page.close();
  });

  it('sent: an added promise stays in the list, the hint left open is offered once more; the collapsed handle counts the hints', async () => {
    const { page, panel } = await open();
    await page.bringToFront();
    await typeReply(page, "Hi Priya, I'll send the credit note by Thursday. We will check the pallet labels soon.");
    const promise = panel.locator('[data-testid="draft-hint"][data-kind="promise"]').filter({ hasText: 'credit note' });
    const vague = panel.locator('[data-testid="draft-hint"][data-kind="vague"]').filter({ hasText: 'pallet labels' });
    await promise.waitFor({ timeout: 10_000 });
    await vague.waitFor({ timeout: 10_000 });

    // Collapsed, the handle counts the hints quietly (its label is in a closed shadow root: read
    // through the browser's accessibility tree).
    await command('toggle-panel');
    await expect.poll(() => handleLabel(page)).toBe('Show Commitment Keeper (2 hints on your reply)');
    await command('toggle-panel');
    await expect.poll(() => handleLabel(page)).toBe('Hide Commitment Keeper');

    await promise.getByRole('button', { name: /^Add/ }).click();
    await expect.poll(() => panel.getByTestId('commitment').filter({ hasText: 'credit note' }).count()).toBe(1);
    // The reply goes out: the host empties the box.
    await page.locator(REPLY).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    const again = panel.getByTestId('draft-sent');
    await again.locator('[data-testid="draft-hint"][data-kind="vague"]').filter({ hasText: 'pallet labels' }).waitFor({ timeout: 10_000 });
    expect(await again.textContent()).toContain('From the reply you sent');
    expect(await again.textContent()).not.toContain('credit note');
    expect(await panel.getByTestId('commitment').filter({ hasText: 'credit note' }).count()).toBe(1);
    expect(await panel.getByTestId('draft-coach').count()).toBe(0);
    // Offered once: dismissed, it is gone.
    await again.getByRole('button', { name: /^Dismiss/ }).click();
    await expect.poll(() => panel.getByTestId('draft-sent').count()).toBe(0);
    await page.close();
  });

  it('with "Read my reply as I write it" off, nothing is read; switched on, the reply is read at once', async () => {
    const worker = await suite.ext.worker();
    // A spy in the background: every message the content scripts send, by type.
    await worker.evaluate(() => {
      const seen: string[] = [];
      (globalThis as unknown as { __seen: string[] }).__seen = seen;
      chrome.runtime.onMessage.addListener((message) => {
        const type = (message as { type?: unknown })?.type;
        if (typeof type === 'string') seen.push(type);
      });
    });
    const drafts = () =>
      worker.evaluate(() => (globalThis as unknown as { __seen: string[] }).__seen.filter((t) => t === 'page:draft-changed').length);

    await setReadDraft(false);
    try {
      const { page, panel } = await open();
      await expect.poll(() => panel.getByRole('textbox', { name: 'New commitment' }).count()).toBe(1);
      const start = await drafts();
      // Words no earlier test added to this conversation's ledger (an added promise is not offered again).
      const lastKey = await typeReply(page, 'I will look into the customs hold and update you soon.');
      // An absence can only be seen over a window: three debounce periods after the last keystroke.
      await expect.poll(() => Date.now() - lastKey, { timeout: 5_000, interval: 200 }).toBeGreaterThan(1_200);
      expect(await drafts()).toBe(start);
      expect(await panel.locator('[data-testid="draft-hint"]').count()).toBe(0);

      // The same in CKEditor 5: typed into its model, nothing of it is read.
      const ck = await suite.ext.context.newPage();
      await ck.goto(suite.server.url(CKEDITOR_PAGE));
      await ck.waitForFunction(() => document.documentElement.dataset.demoEditors === 'ready');
      const ckPanel = await panelFrame(ck);
      await expect.poll(() => ckPanel.getByRole('textbox', { name: 'New commitment' }).count()).toBe(1);
      await ck.locator(CKEDITOR).click();
      await ck.keyboard.type('We will look into the refund and update you soon.', { delay: 15 });
      const ckLastKey = Date.now();
      await expect.poll(() => Date.now() - ckLastKey, { timeout: 5_000, interval: 200 }).toBeGreaterThan(1_200);
      expect(await drafts()).toBe(start);
      expect(await ckPanel.locator('[data-testid="draft-hint"]').count()).toBe(0);
      await ck.close();

      // Switched on without a reload: the reply is read at once.
      await setReadDraft(true);
      await panel.locator('[data-testid="draft-hint"][data-kind="vague"]').waitFor({ timeout: 10_000 });
      expect(await drafts()).toBeGreaterThan(start);
      await page.close();
    } finally {
      await setReadDraft(true);
    }
  });
});
