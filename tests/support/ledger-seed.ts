// Putting commitments into the built extension's ledger from Playwright.
//
// `callLedger` calls the ledger from an extension page through @webext-core/proxy-service itself (its
// browser build, loaded into the page) under the product's LEDGER_SERVICE_KEY: the production path,
// nothing test-only in the extension and no copy of the library's message format here. `seedRaw` writes many records straight into the worker's IndexedDB
// in one transaction, in the shape utils/ledger/db.ts stores (for the 100k benchmark only).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import type { CommitmentRecord, ConversationRecord, NewCommitment } from '../../utils/ledger/types';
import { LEDGER_SERVICE_KEY } from '../../utils/messaging/ledger-key';
import type { LoadedExtension } from './extension';

/** @webext-core/proxy-service's browser build (defines the global `webExtCoreProxyService`). */
const PROXY_SERVICE_BUNDLE = readFileSync(
  join(dirname(createRequire(import.meta.url).resolve('@webext-core/proxy-service')), 'index.global.js'),
  'utf8',
);

type ProxyGlobal = { webExtCoreProxyService?: { createProxyService(key: string): Record<string, (...args: unknown[]) => Promise<unknown>> } };

/** An extension page to send ledger calls from (any page of the extension's origin will do). */
export async function extensionPage(ext: LoadedExtension, path = 'popup.html'): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  return page;
}

export async function callLedger<T>(page: Page, method: string, ...args: unknown[]): Promise<T> {
  if (!(await page.evaluate(() => 'webExtCoreProxyService' in globalThis))) await page.evaluate(PROXY_SERVICE_BUNDLE);
  const reply = await page.evaluate(
    async ({ key, method, args }) => {
      const ledger = (globalThis as ProxyGlobal).webExtCoreProxyService!.createProxyService(key);
      try {
        return { res: await ledger[method]!(...args) };
      } catch (e) {
        return { err: e instanceof Error ? e.message : String(e) };
      }
    },
    { key: LEDGER_SERVICE_KEY as string, method, args },
  );
  if ('err' in reply) throw new Error(`ledger.${method}: ${reply.err}`);
  return reply.res as T;
}

/** A NewCommitment for the demo helpdesk conversation, due at `dueAt`. */
export function demoCommitment(text: string, dueAt: number, key = 'DEMO-1042'): NewCommitment {
  return {
    conversation: {
      host: 'demo-helpdesk',
      key,
      url: `http://127.0.0.1/demo-helpdesk/ticket-2026-11.html#${key}`,
      subject: `Revised rate card for Q3 lanes (${key})`,
      customerName: 'Priya Natarajan',
    },
    draft: {
      text,
      party: 'agent',
      action: text,
      due: { at: new Date(dueAt).toISOString(), text: 'then', precision: 'minute' },
      vague: false,
      conditions: [],
      reason: null,
      kind: 'promise',
      warnings: [],
    },
    source: 'typed',
  };
}

export async function addCommitment(page: Page, input: NewCommitment): Promise<CommitmentRecord> {
  return callLedger<CommitmentRecord>(page, 'addCommitment', input);
}

/**
 * Writes `count` open commitments over `count / 20` conversations straight into the worker's
 * ledger database, deadlines spread from 30 days ago to 60 days ahead. The database must exist
 * (the worker opens it at start-up).
 */
export async function seedRaw(worker: Worker, count: number, now: number): Promise<void> {
  await worker.evaluate(
    async ({ count, now }) => {
      const DAY = 86_400_000;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('commitment-keeper-ledger');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const conversations = Math.max(1, Math.round(count / 20));
      const tx = db.transaction(['conversations', 'commitments'], 'readwrite');
      const convStore = tx.objectStore('conversations');
      const store = tx.objectStore('commitments');
      for (let i = 0; i < conversations; i++) {
        const record: ConversationRecord = {
          id: `zendesk|https://acme.zendesk.com|${i}`,
          host: 'zendesk',
          site: 'https://acme.zendesk.com',
          key: String(i),
          url: `https://acme.zendesk.com/agent/tickets/${i}`,
          subject: `Ticket ${i}: shipment question`,
          customerName: `Customer ${i}`,
          createdAt: now - 40 * DAY,
          updatedAt: now - 40 * DAY,
        };
        convStore.put(record);
      }
      // Inline LCG (no named helper: tsx's keepNames would wrap it in a __name() the worker lacks).
      let seed = 42;
      for (let i = 0; i < count; i++) {
        seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
        const dueAt = Math.round(now - 30 * DAY + (seed / 2_147_483_648) * 90 * DAY);
        const text = `Send the document #${i}`;
        const record: CommitmentRecord & { openDueAt: number } = {
          id: `seed-${i}`,
          conversationId: `zendesk|https://acme.zendesk.com|${i % conversations}`,
          text,
          party: i % 3 === 0 ? 'customer' : 'agent',
          action: text,
          due: { at: new Date(dueAt).toISOString(), text: 'by then', precision: 'minute' },
          vague: false,
          conditions: [],
          reason: null,
          partyName: null,
          status: 'open',
          dueAt,
          createdAt: now - 40 * DAY,
          updatedAt: now - 40 * DAY,
          doneAt: null,
          cancelReason: null,
          dependsOn: [],
          reminder: { leadMinutes: [60], snoozedUntil: null },
          source: 'typed',
          deletedAt: null,
          openDueAt: dueAt,
        };
        store.put(record);
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
      db.close();
    },
    { count, now },
  );
}
