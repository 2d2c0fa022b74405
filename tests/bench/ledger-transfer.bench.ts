// `npm run bench -- transfer`: export and re-import of a large ledger through the options page, in
// Chromium with the production build (the product's path: the Export JSON button, a download, the
// import file input). Figures for 100,000 and 1,000,000 commitments (TRANSFER_SIZES to change them),
// each with two history entries per commitment:
//   - export and import time (button → download; file chosen → result shown),
//   - peak JS heap of the service worker and of the options page (sampled every 250 ms over CDP),
//   - the longest ledger read from another extension page during the import (a popup-like
//     reader calling badgeCounts and listByConversation every 50 ms), beside the same reads when idle,
//   - a digest of the three tables before export and after import into an erased ledger (equal = the
//     same ledger).
// The peer is the former one-message path: exportJson in one message (64 MiB limit), measured here
// for the size where it still answers.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page, Worker } from 'playwright-core';
import { launchProductionBuild, type LoadedExtension } from '../support/extension';
import { searchWordsOf } from '../../utils/ledger/word-index';
import { LEDGER_PORT_NAME } from '../../utils/messaging/ledger-port';
import type { HistoryEntry } from '../../utils/ledger/types';
import { callLedger, extensionPage, SEED_CHUNK, seedConversationId, seedConversations, writeRaw, type StoredSeed } from '../support/ledger-seed';

const SIZES = (process.env.TRANSFER_SIZES ?? '100000,1000000').split(',').map(Number);

/** Conversations, commitments and two history entries each, built SEED_CHUNK commitments at a time. */
async function seed(worker: Worker, count: number, now: number): Promise<void> {
  const DAY = 86_400_000;
  const conversations = Math.max(1, Math.round(count / 20));
  for (let from = 0; from < count; from += SEED_CHUNK) {
    const commitments: StoredSeed[] = [];
    const history: Array<Omit<HistoryEntry, 'id'>> = [];
    for (let i = from; i < Math.min(count, from + SEED_CHUNK); i++) {
      const n = i % conversations;
      const dueAt = now - 30 * DAY + ((i * 7919) % 90) * DAY;
      const done = i % 3 === 0;
      const party = i % 3 === 1 ? 'customer' : 'agent';
      const text = `I'll send the signed customs document #${i} by Friday EOD`;
      const action = `send the signed customs document #${i}`;
      const c: StoredSeed = {
        id: `seed-${String(i).padStart(7, '0')}`, conversationId: seedConversationId(n), text, party,
        action, due: { at: new Date(dueAt).toISOString(), text: 'by Friday EOD', precision: 'day' },
        vague: false, conditions: i % 5 === 0 ? ['if the carrier confirms'] : [], reason: null, partyName: null,
        status: done ? 'done' : 'open', dueAt, createdAt: now - 40 * DAY + i, updatedAt: now - 20 * DAY + i, doneAt: done ? dueAt - DAY : null,
        cancelReason: null, dependsOn: [], reminder: { leadMinutes: [60], snoozedUntil: null }, source: 'typed', deletedAt: null, revision: done ? 2 : 1,
      };
      if (!done) {
        c.openDueAt = dueAt;
        // The search index the ledger keeps on open commitments (`openWords`), made by the product's
        // own pure function, so that the seeded ledger is one the product could have written.
        c.openWords = searchWordsOf(
          { text, action, partyName: null, party },
          { subject: `Ticket ${n}: shipment question`, customerName: `Customer ${n}`, customerEmail: `c${n}@example.com` },
        );
      }
      commitments.push(c);
      history.push({ commitmentId: c.id, conversationId: c.conversationId, at: now - 40 * DAY + i, kind: 'created', changes: { status: { from: null, to: 'open' }, dueAt: { from: null, to: dueAt } } });
      history.push({ commitmentId: c.id, conversationId: c.conversationId, at: now - 20 * DAY + i, kind: done ? 'completed' : 'snoozed', changes: done ? { status: { from: 'open', to: 'done' } } : { 'reminder.snoozedUntil': { from: null, to: now } } });
    }
    await writeRaw(worker, { ...(from === 0 ? { conversations: seedConversations(conversations, now) } : {}), commitments, history });
  }
}

/** Counts and an order-independent hash of every record of the three tables, read in the worker. */
async function digest(worker: Worker): Promise<string> {
  return worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('commitment-keeper-ledger');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const out: string[] = [];
    for (const name of ['conversations', 'commitments', 'history']) {
      let count = 0;
      let sum = 0;
      let after: IDBValidKey | null = null;
      for (;;) {
        const page: unknown[] = await new Promise((resolve, reject) => {
          const store = db.transaction(name).objectStore(name);
          const req = store.getAll(after === null ? null : IDBKeyRange.lowerBound(after, true), 20_000);
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        if (page.length === 0) break;
        for (const r of page) {
          // Key order inside a record does not matter: hash the sorted entries.
          const rec = r as Record<string, unknown>;
          const s = JSON.stringify(Object.keys(rec).sort().map((k) => [k, rec[k]]));
          let h = 0;
          for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
          sum = (sum + (h >>> 0)) % 4294967296;
          count++;
        }
        after = (page[page.length - 1] as { id: IDBValidKey }).id;
      }
      out.push(`${name}:${count}:${sum}`);
    }
    db.close();
    return out.join(' ');
  });
}

/** Peak JS heap of the service worker, sampled over CDP (a page session reaching the worker target). */
async function workerHeapSampler(cdp: CDPSession, extensionId: string) {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  if (!sw) return { peak: () => NaN, stop: () => undefined };
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false })) as { sessionId: string };
  let id = 0;
  let peak = 0;
  // Garbage left by what ran before (the seed's messages) is collected first, so that the peak is
  // what the export or the import itself holds, whatever way the ledger was seeded.
  const gcId = ++id;
  const collected = new Promise<void>((resolve) => {
    const onReply = (e: { message: string }) => {
      if ((JSON.parse(e.message) as { id?: number }).id !== gcId) return;
      cdp.off('Target.receivedMessageFromTarget', onReply);
      resolve();
    };
    cdp.on('Target.receivedMessageFromTarget', onReply);
  });
  await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: gcId, method: 'HeapProfiler.collectGarbage' }) });
  await Promise.race([collected, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
    const msg = JSON.parse(e.message) as { result?: { usedSize?: number } };
    if (msg.result?.usedSize) peak = Math.max(peak, msg.result.usedSize);
  });
  const timer = setInterval(() => {
    void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++id, method: 'Runtime.getHeapUsage' }) }).catch(() => undefined);
  }, 250);
  return { peak: () => peak, stop: () => clearInterval(timer) };
}

async function pageHeapSampler(page: Page) {
  let peak = 0;
  const timer = setInterval(() => {
    void page
      .evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0)
      .then((v) => (peak = Math.max(peak, v)))
      .catch(() => undefined);
  }, 250);
  return { peak: () => peak, stop: () => clearInterval(timer) };
}

/**
 * Reads the ledger every 50 ms from another extension page, over the ledger port as the panel and
 * the popup read it (utils/messaging/ledger-port.ts); each read is timed inside the page, so the
 * figure is the ledger's answer time, not Playwright's round trips. Returns the longest read and the
 * slowest ones with when they happened (s after the start), to tell which phase they fell in.
 */
function reader(page: Page, conversationId: string) {
  // tsx names the functions below with a helper the page lacks.
  const started = page.evaluate('globalThis.__name = (f) => f').then(() => page.evaluate(
    ({ portName, conversationId }) => {
      type Slow = [number, number];
      const state = { running: true, longest: 0, reads: 0, slow: [] as Slow[], done: null as Promise<void> | null };
      (globalThis as unknown as { __ckReader: typeof state }).__ckReader = state;
      type Port = { postMessage(m: unknown): void; disconnect(): void; onMessage: { addListener(fn: (m: { id: number }) => void): void } };
      const port = (globalThis as unknown as { chrome: { runtime: { connect(o: { name: string }): Port } } }).chrome.runtime.connect({ name: portName });
      let next = 1;
      const waiting = new Map<number, () => void>();
      port.onMessage.addListener((m) => waiting.get(m.id)?.());
      const call = (method: string, args: unknown[]) =>
        new Promise<void>((resolve) => {
          const id = next++;
          waiting.set(id, resolve);
          port.postMessage({ id, path: [method], args });
        });
      const start = performance.now();
      const timed = async (method: string, args: unknown[]) => {
        const t = performance.now();
        await call(method, args);
        const ms = performance.now() - t;
        state.longest = Math.max(state.longest, ms);
        if (ms > 100) state.slow.push([(t - start) / 1000, ms]);
        state.reads++;
      };
      state.done = (async () => {
        while (state.running) {
          await timed('badgeCounts', [Date.now(), 3_600_000]);
          await timed('listByConversation', [conversationId]);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        port.disconnect();
      })();
    },
    { portName: LEDGER_PORT_NAME, conversationId },
  ));
  return {
    async stop() {
      await started;
      const { longest, reads, slow } = await page.evaluate(async () => {
        const state = (globalThis as unknown as { __ckReader: { running: boolean; longest: number; reads: number; slow: Array<[number, number]>; done: Promise<void> } }).__ckReader;
        state.running = false;
        await state.done;
        return { longest: state.longest, reads: state.reads, slow: state.slow };
      });
      const worst = [...slow].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([at, ms]) => `${ms.toFixed(0)} ms at ${at.toFixed(1)} s`);
      return { longest, reads, over100: slow.length, worst };
    },
  };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function runSize(ext: LoadedExtension, count: number, dir: string): Promise<void> {
  const now = Date.now();
  const worker = await ext.worker();
  const options = await extensionPage(ext, 'options.html');
  const other = await extensionPage(ext, 'popup.html');
  await callLedger(other, 'eraseAll');
  let t = performance.now();
  await seed(worker, count, now);
  console.log(`\n${count.toLocaleString('en-US')} commitments, ${(2 * count).toLocaleString('en-US')} history entries, ${Math.round(count / 20).toLocaleString('en-US')} conversations: seeded in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const before = await digest(worker);

  const idle = reader(other, 'zendesk|https://acme.zendesk.com|7');
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const idleReads = await idle.stop();

  const cdp = await ext.context.newCDPSession(options);
  const workerHeap = await workerHeapSampler(cdp, ext.extensionId);
  const pageHeap = await pageHeapSampler(options);
  t = performance.now();
  const [download] = await Promise.all([options.waitForEvent('download', { timeout: 3_600_000 }), options.getByRole('button', { name: 'Export JSON' }).click()]);
  const file = join(dir, `export-${count}.json`);
  await download.saveAs(file);
  const exportS = (performance.now() - t) / 1000;
  await options.getByTestId('data-result').waitFor({ timeout: 60_000 });
  const size = (await stat(file)).size;
  console.log(`export: ${exportS.toFixed(1)} s, file ${mb(size)}; peak JS heap: worker ${mb(workerHeap.peak())}, options page ${mb(pageHeap.peak())}`);

  // Into an erased ledger, so the result must equal the ledger before.
  await callLedger(other, 'eraseAll');
  await options.reload();
  const cdp2 = await ext.context.newCDPSession(options);
  workerHeap.stop();
  pageHeap.stop();
  const workerHeap2 = await workerHeapSampler(cdp2, ext.extensionId);
  const pageHeap2 = await pageHeapSampler(options);
  const during = reader(other, 'zendesk|https://acme.zendesk.com|7');
  t = performance.now();
  // Playwright hands the file over CDP: a 100 MB file on a loaded machine takes longer than the default 30 s.
  await options.locator('#import-file').setInputFiles(file, { timeout: 600_000 });
  await options.getByTestId('data-result').waitFor({ timeout: 3_600_000 });
  const importS = (performance.now() - t) / 1000;
  const reads = await during.stop();
  const result = (await options.getByTestId('data-result').textContent()) ?? '';
  workerHeap2.stop();
  pageHeap2.stop();
  const after = await digest(worker);
  console.log(`import: ${importS.toFixed(1)} s; peak JS heap: worker ${mb(workerHeap2.peak())}, options page ${mb(pageHeap2.peak())}`);
  console.log(`  ${result.slice(0, 200)}`);
  console.log(`longest ledger read during the import: ${reads.longest.toFixed(0)} ms over ${reads.reads} reads (idle: ${idleReads.longest.toFixed(0)} ms); goal ≤ 100 ms`);
  console.log(`  reads over 100 ms: ${reads.over100}; longest: ${reads.worst.join(', ') || 'none'}`);
  console.log(`same ledger after the round trip: ${before === after ? 'yes' : 'NO'} (${after})`);
  if (before !== after) console.log(`  before: ${before}`);

  // The peer: the whole export as one message (what the options page did before).
  t = performance.now();
  const one = await callLedger<string>(other, 'exportJson').then(
    (text) => `answered, ${mb(text.length)} in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    (e: unknown) => `failed after ${((performance.now() - t) / 1000).toFixed(1)} s: ${String(e instanceof Error ? e.message : e).slice(0, 120)}`,
  );
  console.log(`peer, exportJson in one message: ${one}`);
  await rm(file, { force: true });
  await options.close();
  await other.close();
}

export async function run(): Promise<void> {
  const ext = await launchProductionBuild();
  const dir = await mkdtemp(join(tmpdir(), 'ck-transfer-'));
  try {
    for (const n of SIZES) await runSize(ext, n, dir);
  } finally {
    await ext.close();
    await rm(dir, { recursive: true, force: true });
  }
}
