// Hostile pages against the built extension in Chromium. Each test stages one attack
// and shows it fail, with what the agent sees (logged as "agent sees:").
//
// acme.zendesk.com, globex.zendesk.com and mail.google.com are mapped to a local https server
// (tests/support/https-front.ts), so the production adapters run on their own hosts. "A custom
// domain" is http://localhost here: the demo build runs there, and the adapter is chosen by markup,
// as on every custom domain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Frame, Page } from 'playwright-core';
import { startDemoServer, type DemoServer } from '../support/demo-server';
import { launchWithExtension, badgeText, type LoadedExtension } from '../support/extension';
import { startHttpsFront, type HttpsFront } from '../support/https-front';
import { LEDGER_MESSAGE_TYPE } from '../../utils/messaging/ledger-key';
import { callLedger, extensionPage } from '../support/ledger-seed';
import { addCommitment, clickInPanel, panelFrame } from '../support/panel';

const TENANTS = ['acme.zendesk.com', 'globex.zendesk.com'];
const GMAIL_THREAD = '19a4b2c3d4e5f607';

/** A customer message with words hidden five ways, and one visible sentence with a bidi override. */
const HIDDEN = [
  `<style>.ck-hide{display:none}</style><div class="ck-hide">I'll wire the refund to IBAN GB00 HIDD 0000 by Friday.</div>`,
  `<div style="font-size:0">I'll approve the 90% discount by Friday.</div>`,
  `<div style="color:#fff;background:#fff">I'll cancel your contract by Friday.</div>`,
  `<div style="position:absolute;left:-10000px">I'll send the admin password by Friday.</div>`,
  `<div style="visibility:hidden">I'll share the customer list by Friday.</div>`,
  `<div>I'll pay the \u202Eeciovni\u202C by Thursday.</div>`,
].join('');

let demo: DemoServer;
let front: HttpsFront;
let ext: LoadedExtension;
const seen: string[] = [];
const log = (what: string, text: string) => {
  const line = `agent sees (${what}): ${text.replace(/\s+/g, ' ').trim().slice(0, 300)}`;
  seen.push(line);
  console.log(line);
};

beforeAll(async () => {
  demo = await startDemoServer();
  front = await startHttpsFront(demo, (host, path) => {
    if (host.endsWith('.zendesk.com') && path.startsWith('/agent/tickets/')) return { path: `/zendesk${path}` };
    if (host === 'mail.google.com' && path === '/mail/u/0/') return { path: '/gmail/classic-2024-05.html' };
    // Gmail's markup changed: its reply box lost the selectors the adapter knows.
    if (host === 'mail.google.com' && path === '/mail/u/2/') return { path: '/gmail/broken-2026-11.html' };
    if (host === 'mail.google.com' && path === '/mail/u/1/')
      // The thread with hostile words added to the customer's last message.
      return {
        path: '/gmail/classic-2024-05.html',
        html: (html) => html.replace("<div>We'll decide by Monday", `${HIDDEN}<div>We'll decide by Monday`),
      };
    return { path };
  });
  // CK_EXTENSION_DIR: run the same attacks against another build (the report's "before" column).
  const extensionDir = process.env.CK_EXTENSION_DIR;
  ext = await launchWithExtension({
    args: front.chromiumArgs([...TENANTS, 'mail.google.com']),
    ignoreHTTPSErrors: true,
    ...(extensionDir ? { extensionDir } : {}),
  });
});

afterAll(async () => {
  await ext?.close();
  await front?.close();
  await demo?.close();
});

async function open(url: string): Promise<{ page: Page; panel: Frame }> {
  const page = await ext.context.newPage();
  await page.goto(url);
  return { page, panel: await panelFrame(page) };
}

async function listed(panel: Frame): Promise<string[]> {
  return panel.locator('[data-testid="commitment"]').allInnerTexts();
}

async function conversations(): Promise<Array<{ id: string; url: string; subject: string }>> {
  const helper = await extensionPage(ext);
  const json = await callLedger<string>(helper, 'exportJson');
  await helper.close();
  return (JSON.parse(json) as { conversations: Array<{ id: string; url: string; subject: string }> }).conversations;
}

describe('identity: a conversation belongs to its site', () => {
  it('two Zendesk tenants with the same ticket number are two conversations', async () => {
    const acme = await open('https://acme.zendesk.com/agent/tickets/4182');
    await addCommitment(acme.panel, "I'll refund Acme's invoice by Friday");
    const globex = await open('https://globex.zendesk.com/agent/tickets/4182');
    // Globex's ticket 4182 shows nothing of Acme's: the list is empty and so is the summary.
    await expect.poll(() => globex.panel.locator('main').innerText()).toContain('Add a commitment to build the summary');
    expect(await listed(globex.panel)).toEqual([]);
    log('globex ticket 4182', await globex.panel.locator('main').innerText());
    const ids = (await conversations()).map((c) => c.id);
    expect(ids).toContain('zendesk|https://acme.zendesk.com|4182');
    expect(ids).toContain('zendesk|https://globex.zendesk.com|4182');
    await acme.page.close();
    await globex.page.close();
  });

  it('a page off Gmail with Gmail markup cannot read or overwrite a Gmail thread, even with a forged conversation', async () => {
    const gmail = await open(`https://mail.google.com/mail/u/0/#inbox/${GMAIL_THREAD}`);
    await addCommitment(gmail.panel, "I'll send the revised rate card by Friday EOD");
    const before = (await conversations()).find((c) => c.id.startsWith('gmail|https://mail.google.com|'));
    expect(before).toBeDefined();

    const fake = await open(demo.url('/gmail/classic-2024-05.html').replace('127.0.0.1', 'localhost'));
    await expect.poll(() => fake.panel.locator('main').innerText()).toContain('Add a commitment to build the summary');
    expect(await listed(fake.panel)).toEqual([]);
    log('look-alike page on another site', await fake.panel.locator('main').innerText());

    // Even a panel that was handed a lying conversation (host gmail, Gmail's site and URL) writes
    // only under the page's own site: the background binds it to the tab's URL.
    const forged = await fake.panel.evaluate(
      async ({ key, thread, type }) => {
        const chrome = (
          globalThis as unknown as {
            chrome: { runtime: { sendMessage(m: unknown): Promise<{ res?: { conversationId: string }; err?: unknown }> } };
          }
        ).chrome;
        return chrome.runtime.sendMessage({
          id: 1,
          type,
          timestamp: Date.now(),
          data: {
            path: ['addCommitment'],
            args: [
              {
                conversation: {
                  host: 'gmail',
                  site: 'https://mail.google.com',
                  key,
                  url: `https://mail.google.com/mail/u/0/#inbox/${thread}`,
                  subject: 'PWNED',
                },
                draft: {
                  text: 'pay the new IBAN',
                  party: 'agent',
                  action: 'pay the new IBAN',
                  due: null,
                  vague: true,
                  conditions: [],
                  reason: null,
                },
                source: 'typed',
              },
            ],
          },
        });
      },
      { key: before!.id.split('|')[2]!, thread: GMAIL_THREAD, type: LEDGER_MESSAGE_TYPE },
    );
    expect(forged.res?.conversationId).toMatch(/^custom\|http:\/\/localhost:\d+\|/);
    const after = (await conversations()).find((c) => c.id === before!.id);
    expect(after).toMatchObject({ url: before!.url, subject: before!.subject });
    await gmail.page.close();
    await fake.page.close();
  });
});

describe("a supported host's own content script", () => {
  it('on changed markup, loads the structure reader and finds the reply box with it', async () => {
    const { page, panel } = await open('https://mail.google.com/mail/u/2/');
    // Gmail's own script carries no structure reader: it loads it, reads the page again and the panel
    // hears the fuller state, so no problem is left to show.
    await expect.poll(() => panel.locator('main.panel').textContent(), { timeout: 15_000 }).toContain('Invoice copy for September');
    await expect.poll(() => panel.locator('ul.problems').count(), { timeout: 15_000 }).toBe(0);
    await addCommitment(panel, "I'll send the invoice copy by Friday");
    // A click the visibility guard refuses as "only just visible" (the structure reader's load can
    // fall in its 300 ms window on a busy machine) is clicked again, as the agent would.
    const reply = page.locator('div.nW2[contenteditable="true"]');
    await clickInPanel(panel, panel.getByRole('button', { name: /Insert/ }).first(), async () =>
      ((await reply.textContent()) ?? '').includes('invoice copy'),
    );
    await page.close();
  });
});

describe('the panel acts only when it is really seen', () => {
  it('a see-through panel laid over a decoy, and a decoy laid over the panel, get no insert, done or delete', async () => {
    const { page, panel } = await open(demo.url('/gmail/classic-2024-05.html'));
    await addCommitment(panel, "I'll send the signed contract by Friday");
    const reply = page.locator('[role="main"] [g_editable="true"]');
    await reply.click();
    const insert = panel.getByRole('button', { name: 'Insert into reply' });

    // 1. The page makes the panel's host see-through (it can style it from outside the shadow root).
    await page.addStyleTag({ content: 'commitment-keeper-panel { opacity: 0.0001 !important; }' });
    await insert.click();
    await expect.poll(() => panel.locator('.notice').textContent()).toContain('Nothing was done');
    log('see-through panel, click on Insert', (await panel.locator('.notice').textContent()) ?? '');
    expect(await reply.innerText()).not.toContain('signed contract');
    await panel
      .getByRole('button', { name: /^Mark done/ })
      .first()
      .click();
    await expect.poll(() => panel.locator('.notice').textContent()).toContain('opacity');
    expect(await listed(panel)).toHaveLength(1);

    // 2. An opaque decoy over the panel that lets clicks through (pointer-events: none).
    await page.addStyleTag({ content: 'commitment-keeper-panel { opacity: 1 !important; }' });
    await page.evaluate(() => {
      const decoy = document.createElement('div');
      decoy.id = 'decoy';
      decoy.textContent = 'Claim your prize';
      decoy.style.cssText = 'position:fixed;top:0;right:0;width:420px;height:100vh;z-index:2147483647;background:#fc0;pointer-events:none';
      document.body.append(decoy);
    });
    await insert.click();
    await expect.poll(() => panel.locator('.notice').textContent()).toContain('Nothing was done');
    log('decoy over the panel, click on Insert', (await panel.locator('.notice').textContent()) ?? '');
    expect(await reply.innerText()).not.toContain('signed contract');

    // 3. Shown as drawn again: the same click inserts (the guard is not a wall).
    await page.evaluate(() => document.getElementById('decoy')?.remove());
    await reply.click();
    // The observer may still report the panel hidden for a moment after the page's styles are put
    // back, so the agent clicks until it goes through; a click after the first insert updates that
    // summary in place (it is never added twice).
    await expect
      .poll(async () => {
        await insert.click();
        return panel.locator('.notice').textContent();
      })
      .toMatch(/Summary inserted|The summary in the reply was updated/);
    expect((await reply.innerText()).split('signed contract').length - 1).toBe(1);
    await page.close();
  });
});

describe('only the extension reaches the ledger and the settings', () => {
  /** Runs `expression` in the content script's own isolated world (CDP), as code injected there would. */
  async function inContentScriptWorld(page: Page, expression: string): Promise<unknown> {
    const cdp: CDPSession = await page.context().newCDPSession(page);
    const worlds: Array<{ id: number; origin: string; name: string; auxData?: { type?: string; frameId?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: (typeof worlds)[number] }) => worlds.push(e.context));
    await cdp.send('Runtime.enable');
    await expect.poll(() => worlds.some((w) => w.auxData?.type === 'isolated' && w.origin.startsWith('chrome-extension://'))).toBe(true);
    const world = worlds.find((w) => w.auxData?.type === 'isolated' && w.origin.startsWith('chrome-extension://'))!;
    const reply = (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true })) as {
      result: { value?: unknown };
    };
    await cdp.detach();
    return reply.result.value;
  }

  it('a call from the content script world to the ledger, tab:self, conversation:open and storage is refused', async () => {
    const { page } = await open(demo.url('/gmail/classic-2024-05.html'));
    const result = (await inContentScriptWorld(
      page,
      `(async () => {
        const send = (type, data) => chrome.runtime.sendMessage({ id: 7, type, data, timestamp: Date.now() }).then((r) => r && (r.err ? 'refused: ' + r.err.message : 'ANSWERED ' + String(JSON.stringify(r.res)).slice(0, 80)), (e) => 'error: ' + e.message);
        const storage = async (f) => { try { return 'ALLOWED ' + JSON.stringify(await f()); } catch (e) { return 'refused: ' + e.message; } };
        return {
          exportJson: await send(${JSON.stringify(LEDGER_MESSAGE_TYPE)}, { path: ['exportJson'], args: [] }),
          eraseAll: await send(${JSON.stringify(LEDGER_MESSAGE_TYPE)}, { path: ['eraseAll'], args: [] }),
          tabSelf: await send('tab:self'),
          open: await send('conversation:open', { conversationId: 'x' }),
          readSettings: await storage(() => chrome.storage.sync.get(null)),
          writeSettings: await storage(() => chrome.storage.sync.set({ settings: { summaryTemplates: { lead: 'Please pay to IBAN XX00 EVIL' } } })),
          writeLocal: await storage(() => chrome.storage.local.set({ dismissedSuggestions: {} })),
        };
      })()`,
    )) as Record<string, string>;
    log('content-script world', JSON.stringify(result) ?? String(result));
    expect(result.exportJson).toMatch(/^refused: .*extension's own pages only \(this sender: content-script\)/);
    expect(result.eraseAll).toMatch(/^refused: /);
    expect(result.tabSelf).toMatch(/^refused: /);
    expect(result.open).toMatch(/^refused: /);
    for (const k of ['readSettings', 'writeSettings', 'writeLocal'])
      expect(result[k], k).toMatch(/^refused: Access to storage is not allowed from this context/);
    // The panel still works there: it is an extension page.
    const panel = await panelFrame(page);
    await addCommitment(panel, "I'll call the carrier back by tomorrow");
    await page.close();
  });
});

describe('files', () => {
  it('a crafted import file is refused with its problem named; a sneaky one loses its internal fields', async () => {
    const helper = await extensionPage(ext, 'options.html');
    const file = JSON.parse(await callLedger<string>(helper, 'exportJson')) as {
      commitments: Array<Record<string, unknown>>;
      [k: string]: unknown;
    };
    const id = String(file.commitments[0]!.id);
    const crafted = structuredClone(file);
    crafted.commitments[0]!.id = `${id}\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Pay IBAN XX00`;
    await helper
      .locator('#import-file')
      .setInputFiles({ name: 'crafted.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(crafted)) });
    await expect.poll(() => helper.locator('main').innerText()).toMatch(/nothing was imported/);
    log(
      'options page after importing the crafted file',
      (await helper.locator('[role="alert"], .notice, .result').allInnerTexts()).join(' | '),
    );

    // Done on the ledger, with a stale index key and an unknown field: imported, but the badge ignores it.
    await callLedger(helper, 'complete', id);
    const done = JSON.parse(await callLedger<string>(helper, 'exportJson')) as typeof file;
    const c = done.commitments.find((x) => x.id === id)!;
    c.openDueAt = Date.now() - 3_600_000;
    c.isAdmin = true;
    c.updatedAt = Number(c.updatedAt) + 1;
    await callLedger(helper, 'importJson', JSON.stringify(done));
    const back = (await callLedger<Record<string, unknown> | null>(helper, 'getCommitment', id))!;
    expect(back).not.toHaveProperty('isAdmin');
    expect(back.status).toBe('done');
    const counts = await callLedger<{ overdue: number }>(helper, 'badgeCounts', Date.now(), 0);
    expect(counts.overdue).toBe(0);
    log('badge after the sneaky import', JSON.stringify({ badge: await badgeText(ext), overdue: counts.overdue }));
    const ics = await callLedger<string>(helper, 'exportIcs');
    expect(ics).not.toContain('IBAN');
    await helper.close();
  });
});

describe('page text', () => {
  it('words hidden by CSS are not suggested; a bidi override does not reach the panel or the summary', async () => {
    const { panel } = await open(`https://mail.google.com/mail/u/1/#inbox/${GMAIL_THREAD}`);
    const suggestions = panel.locator('main');
    await expect.poll(() => suggestions.innerText()).toContain('pay the');
    const text = await suggestions.innerText();
    log('suggestions from the hostile email', text.slice(0, text.indexOf('By party') > 0 ? text.indexOf('By party') : 400));
    for (const hidden of ['IBAN', '90% discount', 'cancel your contract', 'admin password', 'customer list'])
      expect(text, hidden).not.toContain(hidden);
    expect(/[\u202A-\u202E\u2066-\u2069]/.test(text)).toBe(false);
    // Added from the suggestion, the words reach the list and the summary without the override. The
    // email is from May 2024, so its "by Thursday" has passed: the summary names the item in its
    // question before inserting (the agent keeps it or leaves it out).
    await panel.getByRole('button', { name: /^Add: I'll pay the eciovni/ }).click();
    const item = panel.getByTestId('commitment').filter({ hasText: 'eciovni' });
    await expect.poll(() => item.count()).toBe(1);
    expect(/[\u202A-\u202E\u2066-\u2069]/.test((await item.textContent()) ?? '')).toBe(false);
    await panel.getByRole('button', { name: 'Insert into reply' }).click();
    const question = panel.getByTestId('pre-insert');
    await expect.poll(() => question.textContent()).toContain('eciovni');
    expect(/[\u202A-\u202E\u2066-\u2069]/.test((await question.textContent()) ?? '')).toBe(false);
  });
});
