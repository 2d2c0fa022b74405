// Putting commitments into the built extension's ledger from Playwright.
//
// `callLedger` calls the ledger from an extension page through @webext-core/proxy-service itself (its
// browser build, loaded into the page) under the product's LEDGER_SERVICE_KEY: the production path,
// nothing test-only in the extension and no copy of the library's message format here. `writeRaw`
// writes many records straight into the worker's IndexedDB in the shape utils/ledger/db.ts stores
// (the benchmarks' large ledgers: `seedRaw` here, the transfer bench's mix of done and open
// commitments with their history).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import type { CommitmentRecord, ConversationRecord, HistoryEntry, NewCommitment } from '../../utils/ledger/types';
import { LEDGER_SERVICE_KEY } from '../../utils/messaging/ledger-key';
import type { LoadedExtension } from './extension';

/** @webext-core/proxy-service's browser build (defines the global `webExtCoreProxyService`). */
const PROXY_SERVICE_BUNDLE = readFileSync(
  join(dirname(createRequire(import.meta.url).resolve('@webext-core/proxy-service')), 'index.global.js'),
  'utf8',
);

type ProxyGlobal = {
  webExtCoreProxyService?: { createProxyService(key: string): Record<string, (...args: unknown[]) => Promise<unknown>> };
};

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

/** A commitment as the ledger stores it, with the index-only keys of utils/ledger/db.ts. */
export type StoredSeed = CommitmentRecord & { openDueAt?: number; openWords?: string[] };

/** The seeded conversations: `count` tickets of one Zendesk site, made 40 days before `now`. */
export function seedConversations(count: number, now: number): ConversationRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    id: seedConversationId(i),
    host: 'zendesk',
    site: 'https://acme.zendesk.com',
    key: String(i),
    url: `https://acme.zendesk.com/agent/tickets/${i}`,
    subject: `Ticket ${i}: shipment question`,
    customerName: `Customer ${i}`,
    customerEmail: `c${i}@example.com`,
    createdAt: now - 40 * DAY,
    updatedAt: now - 40 * DAY,
  }));
}

/** The ledger's own conversation id (`host|site|key`, export version 2) of seeded ticket `i`. */
export function seedConversationId(i: number): string {
  return `zendesk|https://acme.zendesk.com|${i}`;
}

type RawRecords = { conversations?: ConversationRecord[]; commitments: StoredSeed[]; history?: Array<Omit<HistoryEntry, 'id'>> };

/**
 * Writes records straight into the worker's ledger database, in the shape utils/ledger/db.ts stores
 * (`put`: a record already there is replaced; history is added, in order). The database must exist
 * (the worker opens it at start-up). The records cross in messages of RAW_PIECE records of each
 * table, each written in its own transaction: one JSON string crosses several times faster than the
 * same records as an object graph, which Playwright walks value by value, and small pieces leave the
 * worker little garbage for the heap the benches then measure.
 */
export async function writeRaw(worker: Worker, records: RawRecords): Promise<void> {
  const { conversations = [], commitments, history = [] } = records;
  const pieces = Math.ceil(Math.max(conversations.length, commitments.length, history.length) / RAW_PIECE);
  for (let p = 0; p < pieces; p++) {
    const part = (list: unknown[]) => list.slice(p * RAW_PIECE, (p + 1) * RAW_PIECE);
    await worker.evaluate(
      async (json) => {
        const piece = JSON.parse(json) as Record<'conversations' | 'commitments' | 'history', unknown[]>;
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open('commitment-keeper-ledger');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        const tx = db.transaction(['conversations', 'commitments', 'history'], 'readwrite');
        for (const c of piece.conversations) tx.objectStore('conversations').put(c);
        for (const c of piece.commitments) tx.objectStore('commitments').put(c);
        for (const h of piece.history) tx.objectStore('history').add(h);
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error);
        });
        db.close();
      },
      JSON.stringify({ conversations: part(conversations), commitments: part(commitments), history: part(history) }),
    );
  }
}

/** Records of each table per message to the worker (and per transaction) in writeRaw. */
const RAW_PIECE = 2_000;

/**
 * Writes `count` open commitments over `count / 20` conversations straight into the worker's
 * ledger database, deadlines spread from 30 days ago to 60 days ahead (a seeded LCG: the same
 * ledger every run). The database must exist (the worker opens it at start-up).
 */
export async function seedRaw(worker: Worker, count: number, now: number): Promise<void> {
  const conversations = Math.max(1, Math.round(count / 20));
  let seed = 42;
  for (let from = 0; from < count; from += SEED_CHUNK) {
    const commitments: StoredSeed[] = [];
    for (let i = from; i < Math.min(count, from + SEED_CHUNK); i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      const dueAt = Math.round(now - 30 * DAY + (seed / 2_147_483_648) * 90 * DAY);
      const text = `Send the document #${i}`;
      commitments.push({
        id: `seed-${i}`,
        conversationId: seedConversationId(i % conversations),
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
      });
    }
    await writeRaw(worker, { ...(from === 0 ? { conversations: seedConversations(conversations, now) } : {}), commitments });
  }
}

/** Commitments the seeds build in memory at a time (one writeRaw call each). */
export const SEED_CHUNK = 20_000;
const DAY = 86_400_000;
