// Over 400 lines: every speed goal at 100,000 commitments in one launch, each beside its peer (one build on a 2-core machine).
// `npm run bench -- speed`: the speed goals end to end (README: Evaluation and benchmarks), at 100,000 commitments, each beside its goal
// and a peer measured in the same run.
//
// Engine: the production build (`wxt build`) in headless Chromium, the ledger in the service worker's
// IndexedDB. Every ledger figure is taken from an extension page through the product's messaging
// (@webext-core/proxy-service under LEDGER_SERVICE_KEY, tests/support/ledger-seed.ts): what the panel
// and popup wait for, round trip included.
//
// The 100,000 commitments are built by the bench through the real import path: the ledger's
// `importBatch` calls the options page makes for a JSON file (each batch checked and rebuilt by the
// strict import, one transaction), then `importFinished`. Batches of SPEED_BENCH_BATCH (2,000; the
// options page sends IMPORT_BATCH = 500): on a loaded 2-core machine 500 took 11 minutes. Spreads (seeded, so runs compare):
// conversations of 1–300 commitments (most short, a few long; one of exactly 300); 85 % done (done
// over the past year); open ones due over the next six months, a few hundred overdue (up to 30 days),
// 2 % with no date. No history entries (the figures below read none).
//
// Peers: the same call on the empty ledger (before the import), a bare message round trip
// (getConversation of an id that does not exist: one key lookup), a plain IndexedDB scan in the worker
// (getAll + filter, no messaging: what an index saves), a bare extension page's first paint (beside the
// popup), and fixed reference sizes for the content script. Adds and searches with a goal are timed
// over the panel's own long-lived port (what the agent waits for); the same calls through Playwright
// and sendMessage stay beside them, each with the bare round trip of its path.
//
// SPEED_BENCH_N changes the size; CK_SKIP_BUILD=1 reuses .output/chrome-mv3.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page, Worker } from 'playwright-core';
import { IMPORT_BATCH } from '../../utils/ledger/stream';
import { LEDGER_PORT_NAME } from '../../utils/messaging/ledger-port';
import { LEDGER_CALL_MEASURE, REMINDER_PASS_MEASURE, REMINDER_STEP_MEASURE } from '../../utils/reminders/measures';
import { launchProductionBuild, median, PRODUCTION_EXTENSION_DIR, type LoadedExtension } from '../support/extension';
import { callLedger, demoCommitment, extensionPage } from '../support/ledger-seed';
import { printFigures, type Figure } from './goals';
import { measureBarePage, measurePopup } from './popup-paint.bench';
import { seededRandom } from '../support/random';

const COMMITMENTS = Number(process.env.SPEED_BENCH_N ?? 100_000);
const BATCH = Number(process.env.SPEED_BENCH_BATCH ?? 4 * IMPORT_BATCH);
const DAY = 86_400_000;
const HOUR = 3_600_000;
const SITE = 'https://acme.zendesk.com';
const convId = (i: number) => `zendesk|${SITE}|${i}`;

/** Reference sizes (KiB, gzip) of what the well-known Gmail libraries inject into the page. */
const INBOXSDK_KIB = 529;
const GMAILJS_KIB = 35;

// ---------------------------------------------------------------- the ledger the bench imports

const ACTIONS = [
  'send the revised rate card',
  'confirm the pickup window',
  'share the customs paperwork',
  'check the invoice totals',
  'call back about the damaged pallet',
  'approve the new lane pricing',
  'update the delivery address',
  'sign the master agreement',
];

interface Ledger {
  conversations: Array<Record<string, unknown>>;
  commitments: Array<Record<string, unknown>>;
  /** The conversation with 300 commitments, and a short one. */
  longest: string;
  short: string;
  overdue: number;
}

export function buildLedger(count: number, now: number): Ledger {
  const rand = seededRandom(17);
  const sizes: number[] = [300];
  let total = 300;
  while (total < count) {
    const u = rand();
    // Most conversations are short; a long tail up to 300.
    const size = u < 0.7 ? 1 + Math.floor(rand() * 10) : u < 0.95 ? 11 + Math.floor(rand() * 50) : 61 + Math.floor(rand() * 240);
    const s = Math.min(size, count - total);
    sizes.push(s);
    total += s;
  }
  const conversations = sizes.map((_, i) => ({
    id: convId(i),
    host: 'zendesk',
    site: SITE,
    key: String(i),
    url: `${SITE}/agent/tickets/${i}`,
    subject: `Ticket ${i}: shipment question`,
    customerName: `Customer ${i}`,
    customerEmail: `customer${i}@example.com`,
    createdAt: now - 400 * DAY,
    updatedAt: now - 10 * DAY,
  }));
  const commitments: Array<Record<string, unknown>> = [];
  let overdue = 0;
  sizes.forEach((size, c) => {
    for (let k = 0; k < size; k++) {
      const n = commitments.length;
      const r = rand();
      const done = r < 0.85;
      let dueAt: number | null;
      if (done) dueAt = now - Math.floor(rand() * 365 * DAY);
      else if (r < 0.853)
        dueAt = null; // open, no date (a vague promise)
      else if (overdue < 300 && rand() < 0.025) {
        dueAt = now - Math.floor(1 + rand() * 30 * DAY);
        overdue++;
      } else dueAt = now + HOUR + Math.floor(rand() * 182 * DAY);
      const action = `${ACTIONS[n % ACTIONS.length]} #${n}`;
      const text = `I'll ${action} by ${dueAt === null ? 'soon' : new Date(dueAt).toDateString()}`;
      const createdAt = (dueAt ?? now) - 5 * DAY - Math.floor(rand() * 20 * DAY);
      commitments.push({
        id: `bench-${String(n).padStart(6, '0')}`,
        conversationId: convId(c),
        text,
        party: n % 4 === 0 ? 'customer' : 'agent',
        action,
        due: dueAt === null ? null : { at: new Date(dueAt).toISOString(), text: 'by then', precision: 'day' },
        vague: dueAt === null,
        conditions: n % 7 === 0 ? ['if the carrier confirms'] : [],
        reason: n % 11 === 0 ? 'so the shipment clears customs' : null,
        partyName: null,
        status: done ? 'done' : 'open',
        dueAt,
        createdAt: Math.min(createdAt, now - DAY),
        updatedAt: Math.min(createdAt + DAY, now - 1000),
        doneAt: done ? Math.min((dueAt ?? now) - HOUR, now - 1000) : null,
        cancelReason: null,
        dependsOn: [],
        reminder: { leadMinutes: [60], snoozedUntil: null },
        source: 'typed',
        deletedAt: null,
        revision: done ? 2 : 1,
      });
    }
  });
  const short = sizes.findIndex((s) => s === 5);
  return { conversations, commitments, longest: convId(0), short: convId(short < 0 ? 1 : short), overdue };
}

async function importLedger(page: Page, ledger: Ledger): Promise<number> {
  const t = performance.now();
  for (const [section, records] of [
    ['conversations', ledger.conversations],
    ['commitments', ledger.commitments],
  ] as const) {
    for (let i = 0; i < records.length; i += BATCH) {
      await callLedger(page, 'importBatch', { section, records: records.slice(i, i + BATCH) });
    }
  }
  await callLedger(
    page,
    'importFinished',
    ledger.conversations.map((c) => c.id),
  );
  return performance.now() - t;
}

// ---------------------------------------------------------------- timing helpers

async function timeCalls(page: Page, runs: number, method: string, ...args: unknown[]): Promise<number> {
  await callLedger(page, method, ...args); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await callLedger(page, method, ...args);
    times.push(performance.now() - t);
  }
  return median(times);
}

/**
 * Time of one call as the page itself sees it (performance.now inside the extension page, around the
 * proxy call): Playwright's own evaluate round trip left out.
 */
async function timeInPage(page: Page, runs: number, method: string, ...args: unknown[]): Promise<number> {
  await callLedger(page, 'getConversation', 'warm'); // loads the proxy library into the page
  const times = await page.evaluate(
    async ({ runs, method, args, key }) => {
      const g = globalThis as unknown as {
        webExtCoreProxyService: { createProxyService(k: string): Record<string, (...a: unknown[]) => Promise<unknown>> };
      };
      const ledger = g.webExtCoreProxyService.createProxyService(key);
      await ledger[method]!(...args);
      const out: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await ledger[method]!(...args);
        out.push(performance.now() - t);
      }
      return out;
    },
    { runs, method, args, key: (await import('../../utils/messaging/ledger-key')).LEDGER_SERVICE_KEY },
  );
  return median(times);
}

/**
 * The same, over the product's own transport: one long-lived port (utils/messaging/ledger-port.ts,
 * its wire format: {id, path, args} → {id, res | err}), as the panel, popup and options call. One
 * call per entry of `calls` (each its own arguments: adds need fresh ids), the first a warm-up.
 */
async function timeOverPortCalls(page: Page, method: string, calls: unknown[][]): Promise<number> {
  const times = await page.evaluate(
    async ({ method, calls, name }) => {
      const c = (
        globalThis as unknown as {
          chrome: {
            runtime: {
              connect(o: { name: string }): {
                postMessage(m: unknown): void;
                onMessage: { addListener(f: (m: { id: number; err?: unknown }) => void): void };
                disconnect(): void;
              };
            };
          };
        }
      ).chrome;
      const port = c.runtime.connect({ name });
      const waiting = new Map<number, (m: { err?: unknown }) => void>();
      port.onMessage.addListener((m) => waiting.get(m.id)?.(m));
      // No named helpers in here: tsx (esbuild keepNames) would wrap them in a __name() the page lacks.
      let id = 0;
      const out: number[] = [];
      for (const [i, args] of calls.entries()) {
        const t = performance.now();
        await new Promise<void>((resolve, reject) => {
          const my = ++id;
          waiting.set(my, (m: { err?: unknown }) => {
            if (m.err) return reject(new Error(JSON.stringify(m.err)));
            resolve();
          });
          port.postMessage({ id: my, path: [method], args });
        });
        if (i > 0) out.push(performance.now() - t); // the first call is the warm-up
      }
      port.disconnect();
      return out;
    },
    { method, calls, name: LEDGER_PORT_NAME },
  );
  return median(times);
}

/** `runs` calls of one method with the same arguments over the port (after one warm-up). */
async function timeOverPort(page: Page, runs: number, method: string, ...args: unknown[]): Promise<number> {
  return timeOverPortCalls(
    page,
    method,
    Array.from({ length: runs + 1 }, () => args),
  );
}

/**
 * Adds over the port, as the panel makes them (each a fresh commitment, acknowledged when the
 * ledger's answer is back in the page): what the agent waits for after "Add".
 */
async function timeAddsOverPort(page: Page, runs: number, now: number, tag: string): Promise<number> {
  const calls = Array.from({ length: runs + 1 }, (_, i) => [
    { ...demoCommitment(`I'll send the port note ${tag}-${i} by Friday`, now + 3 * DAY, `PORT-${tag}`), id: `port-add-${tag}-${i}` },
  ]);
  return timeOverPortCalls(page, 'addCommitment', calls);
}

/** Adds from an extension page, each acknowledged (the ledger's answer back in the page). */
async function timeAdds(page: Page, runs: number, now: number, tag: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const input = {
      ...demoCommitment(`I'll send the bench note ${tag}-${i} by Friday`, now + 3 * DAY, `BENCH-${tag}`),
      id: `add-${tag}-${i}`,
    };
    const t = performance.now();
    await callLedger(page, 'addCommitment', input);
    times.push(performance.now() - t);
  }
  return median(times.slice(1));
}

/** The reminder passes the worker timed since the last call (User Timing in the worker). */
async function reminderPasses(worker: Worker, clear = false): Promise<number[]> {
  return worker.evaluate(
    ({ name, clear }) => {
      const d = performance.getEntriesByName(name).map((e) => e.duration);
      if (clear) performance.clearMeasures(name);
      return d;
    },
    { name: REMINDER_PASS_MEASURE, clear },
  );
}

async function waitForPasses(worker: Worker, atLeast: number): Promise<number[]> {
  for (let i = 0; i < 400; i++) {
    const d = await reminderPasses(worker);
    if (d.length >= atLeast) return d;
    await new Promise((r) => setTimeout(r, 25));
  }
  return reminderPasses(worker);
}

/** Median reminder pass over `runs` writes (each write is followed by one pass; waited for one by one). */
async function timeReminderPass(page: Page, worker: Worker, runs: number, now: number, tag: string): Promise<number> {
  await reminderPasses(worker, true);
  for (let i = 0; i < runs; i++) {
    await callLedger(page, 'addCommitment', {
      ...demoCommitment(`I'll check the pass ${tag}-${i} by Friday`, now + 2 * DAY, `PASS-${tag}`),
      id: `pass-${tag}-${i}`,
    });
    await waitForPasses(worker, i + 1);
  }
  return median(await reminderPasses(worker, true));
}

/**
 * Medians of the worker's own User Timing entries whose names start with `prefix` (the ledger call
 * alone, each reminder step), by name, cleared after reading: where a figure goes, messaging apart.
 */
async function workerMedians(worker: Worker, prefix: string): Promise<Record<string, number>> {
  const all = await worker.evaluate((prefix) => {
    const out: Record<string, number[]> = {};
    for (const e of performance.getEntriesByType('measure')) if (e.name.startsWith(prefix)) (out[e.name] ??= []).push(e.duration);
    for (const name of Object.keys(out)) performance.clearMeasures(name);
    return out;
  }, prefix);
  return Object.fromEntries(Object.entries(all).map(([k, v]) => [k.slice(prefix.length), median(v)]));
}

/** The peer: every commitment read and filtered in the worker (no messaging, no index). */
async function timeScan(worker: Worker, runs: number, conversationId: string): Promise<number> {
  return worker.evaluate(
    async ({ runs, conversationId }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('commitment-keeper-ledger');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        const all = await new Promise<Array<{ conversationId: string }>>((resolve, reject) => {
          const req = db.transaction('commitments').objectStore('commitments').getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        all.filter((c) => c.conversationId === conversationId);
        times.push(performance.now() - t);
      }
      db.close();
      times.sort((a, b) => a - b);
      return times[times.length >> 1]!;
    },
    { runs, conversationId },
  );
}

/** The worker's JS heap after a full garbage collection, over CDP (a session of an extension page). */
async function workerHeapMb(cdp: CDPSession, extensionId: string): Promise<number> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  if (!sw) return NaN;
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false })) as { sessionId: string };
  const ask = (id: number, method: string) =>
    new Promise<{ usedSize?: number }>((resolve) => {
      const on = (e: { message: string }) => {
        const msg = JSON.parse(e.message) as { id?: number; result?: { usedSize?: number } };
        if (msg.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget', on);
        resolve(msg.result ?? {});
      };
      cdp.on('Target.receivedMessageFromTarget', on);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
  await ask(1, 'HeapProfiler.collectGarbage');
  const { usedSize } = await ask(2, 'Runtime.getHeapUsage');
  await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  return (usedSize ?? NaN) / 1024 / 1024;
}

/**
 * Gzip size of the content scripts: a supported host's own (the largest of them), or the generic one
 * (content.js: every adapter and the structure reader; custom domains and the demo pages).
 */
function contentScriptKib(which: 'host' | 'generic'): number {
  const dir = join(PRODUCTION_EXTENSION_DIR, 'content-scripts');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js') && (f === 'content.js') === (which === 'generic'));
  return Math.max(...files.map((f) => gzipSync(readFileSync(join(dir, f)), { level: 9 }).length / 1024));
}

// ---------------------------------------------------------------- the run

interface Round {
  portRoundTrip: number;
  portConversation: number;
  portBadge: number;
  roundTrip: number;
  roundTripInPage: number;
  conversation: number;
  conversationInPage: number;
  badge: number;
  badgeInPage: number;
  add: number;
  portAdd: number;
  pass: number;
  searchNone: number;
  searchPrefix: number;
  portSearchNone: number;
  portSearchPrefix: number;
  /** popupOverview over the port with nothing kept in the worker (each call a new question). */
  portOverviewCold: number;
  popup: number;
  /** Popup marks (ms from navigation): script start, ledger asked, answered, every row drawn. */
  popupMarks: {
    started: number;
    asked: number;
    answered: number;
    firstScreen: number;
    appLoaded: number;
    committed: number;
    allRows: number;
    rows: number;
  };
  /** The popup's main-thread time up to its lists: script, style + layout, every task. */
  popupMainThread: { script: number; styleLayout: number; tasks: number };
  /** A bare extension page's first paint, the same moment. */
  barePage: number;
  heap: number;
  /** The same calls as the worker served them (no messaging), by method. */
  inWorker: Record<string, number>;
  /** Each step of the reminder pass, median. */
  passSteps: Record<string, number>;
}

async function round(ext: LoadedExtension, page: Page, cdp: CDPSession, conversationId: string, now: number, tag: string): Promise<Round> {
  const worker = await ext.worker();
  const inWorker: Record<string, number> = {};
  // The worker's own time for the calls just timed (each figure's calls, read and cleared after it).
  const split = async <T>(key: string, figure: Promise<T>): Promise<T> => {
    const v = await figure;
    const m = await workerMedians(worker, LEDGER_CALL_MEASURE);
    for (const [method, ms] of Object.entries(m)) inWorker[`${key}:${method}`] = ms;
    return v;
  };
  await workerMedians(worker, LEDGER_CALL_MEASURE);
  const portRoundTrip = await split('port', timeOverPort(page, 31, 'getConversation', 'zendesk|https://acme.zendesk.com|no-such'));
  const portConversation = await split('port', timeOverPort(page, 31, 'listByConversation', conversationId));
  const portBadge = await split('port', timeOverPort(page, 21, 'badgeCounts', now, HOUR));
  const roundTrip = await timeCalls(page, 31, 'getConversation', 'zendesk|https://acme.zendesk.com|no-such');
  const roundTripInPage = await timeInPage(page, 31, 'getConversation', 'zendesk|https://acme.zendesk.com|no-such');
  const conversation = await timeCalls(page, 31, 'listByConversation', conversationId);
  const conversationInPage = await timeInPage(page, 31, 'listByConversation', conversationId);
  const badge = await timeCalls(page, 21, 'badgeCounts', now, HOUR);
  const badgeInPage = await timeInPage(page, 21, 'badgeCounts', now, HOUR);
  await workerMedians(worker, LEDGER_CALL_MEASURE);
  const add = await split('add', timeAdds(page, 16, now, tag));
  const portAdd = await split('port-add', timeAddsOverPort(page, 15, now, tag));
  await workerMedians(worker, REMINDER_STEP_MEASURE);
  const pass = await split('pass', timeReminderPass(page, worker, 9, now, tag));
  const passSteps = await workerMedians(worker, REMINDER_STEP_MEASURE);
  const searchNone = await split('search-none', timeCalls(page, 5, 'search', 'zqxv nothing matches this', 50));
  const searchPrefix = await split('search-prefix', timeCalls(page, 5, 'search', 'custo', 50));
  const portSearchNone = await split('port-search-none', timeOverPort(page, 7, 'search', 'zqxv nothing matches this', 50));
  const portSearchPrefix = await split('port-search-prefix', timeOverPort(page, 7, 'search', 'custo', 50));
  // The popup's overview as the worker reads it when nothing is kept (after a write, before the
  // warm-up; a worker just started): each call asks with another count cap, so none is kept.
  const portOverviewCold = await split(
    'port-overview-cold',
    timeOverPortCalls(
      page,
      'popupOverview',
      Array.from({ length: 12 }, (_, i) => [now, 'UTC', 20, 80 + i]),
    ),
  );
  const popupSample = await split('popup', measurePopup(ext));
  const barePage = await measureBarePage(ext);
  return {
    portRoundTrip,
    portConversation,
    portBadge,
    roundTrip,
    roundTripInPage,
    conversation,
    conversationInPage,
    badge,
    badgeInPage,
    add,
    portAdd,
    pass,
    searchNone,
    searchPrefix,
    portSearchNone,
    portSearchPrefix,
    portOverviewCold,
    popup: popupSample.listsShown,
    popupMarks: {
      started: popupSample.started,
      asked: popupSample.asked,
      answered: popupSample.answered,
      firstScreen: popupSample.firstScreen,
      appLoaded: popupSample.appLoaded,
      committed: popupSample.committed,
      allRows: popupSample.allRows,
      rows: popupSample.rows,
    },
    popupMainThread: { script: popupSample.script, styleLayout: popupSample.styleLayout, tasks: popupSample.tasks },
    barePage,
    heap: await workerHeapMb(cdp, ext.extensionId),
    inWorker,
    passSteps,
  };
}

/** Where the figures went: the worker's own time per call, the reminder pass's steps, the popup's marks. */
function printSplits(label: string, r: Round): void {
  const f = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : 'n/a');
  console.log(`\nwhere the time goes (${label}; ms, medians):`);
  console.log(
    `  in the worker (no messaging): ${Object.entries(r.inWorker)
      .map(([k, v]) => `${k} ${f(v)}`)
      .join(', ')}`,
  );
  console.log(
    `  reminder pass steps: ${Object.entries(r.passSteps)
      .map(([k, v]) => `${k} ${f(v)}`)
      .join(', ')}`,
  );
  const p = r.popupMarks;
  console.log(
    `  popup from navigation: script start ${f(p.started)}, ledger asked ${f(p.asked)}, answered ${f(p.answered)}, first screen drawn without React ${f(p.firstScreen)}, app loaded ${f(p.appLoaded)}, lists committed by React ${f(p.committed)}, lists painted (shown) ${f(r.popup)}, all ${p.rows} rows ${f(p.allRows)}; bare extension page first paint ${f(r.barePage)}`,
  );
  const m = r.popupMainThread;
  console.log(
    `  popup main thread up to the lists: script ${f(m.script)}, style + layout ${f(m.styleLayout)}, all tasks ${f(m.tasks)} (the rest of the time it waits: files, the worker)`,
  );
}

export async function run(): Promise<void> {
  const ext = await launchProductionBuild();
  try {
    const page = await extensionPage(ext, 'options.html');
    const cdp = await ext.context.newCDPSession(page);
    const now = Date.now();
    await callLedger(page, 'badgeCounts', now, HOUR);

    const empty = await round(ext, page, cdp, convId(0), now, 'empty');
    const ledger = buildLedger(COMMITMENTS, now);
    const importMs = await importLedger(page, ledger);
    const afterImportHeap = await workerHeapMb(cdp, ext.extensionId);
    const rows = (await callLedger<unknown[]>(page, 'listByConversation', ledger.longest)).length;
    const full = await round(ext, page, cdp, ledger.longest, now, 'full');
    const shortConv = await timeCalls(page, 31, 'listByConversation', ledger.short);
    const scan = await timeScan(await ext.worker(), 5, ledger.longest);
    const counts = await callLedger<{ overdue: number; dueSoon: number }>(page, 'badgeCounts', now, HOUR);

    const n = COMMITMENTS.toLocaleString('en-US');
    console.log(
      `Chromium headless, production build. ${n} commitments over ${ledger.conversations.length.toLocaleString('en-US')} conversations imported through importBatch in ${(importMs / 1000).toFixed(1)} s (${counts.overdue} overdue now).`,
    );
    console.log(
      'ms are medians, timed inside an extension page: "port" = the product\'s transport (one long-lived port); "sendMessage" = the proxy service (a runtime message per call); "via messaging" adds Playwright\'s own evaluate round trip.',
    );
    const figures: Figure[] = [
      {
        name: `content script of a supported host (gzip, largest)`,
        value: contentScriptKib('host'),
        unit: 'KiB',
        goal: 20,
        peer: { name: `gmail.js (InboxSDK ${INBOXSDK_KIB} KiB)`, value: GMAILJS_KIB },
      },
      {
        name: `generic content script, custom domains (gzip)`,
        value: contentScriptKib('generic'),
        unit: 'KiB',
        peer: { name: `gmail.js (InboxSDK ${INBOXSDK_KIB} KiB)`, value: GMAILJS_KIB },
      },
      {
        name: `one conversation (${rows} items), port`,
        value: full.portConversation,
        unit: 'ms',
        goal: 5,
        peer: { name: 'bare round trip, port', value: full.portRoundTrip },
      },
      {
        name: `one conversation (${rows} items), sendMessage`,
        value: full.conversationInPage,
        unit: 'ms',
        peer: { name: 'bare round trip, sendMessage', value: full.roundTripInPage },
      },
      {
        name: `one conversation (${rows} items), via messaging`,
        value: full.conversation,
        unit: 'ms',
        peer: { name: 'empty ledger', value: empty.conversation },
      },
      {
        name: 'one conversation (5 items), via messaging',
        value: shortConv,
        unit: 'ms',
        peer: { name: 'bare round trip', value: full.roundTrip },
      },
      {
        name: 'one conversation by plain IndexedDB scan',
        value: scan,
        unit: 'ms',
        peer: { name: 'ours, in page', value: full.conversationInPage },
      },
      {
        name: 'badge recompute, port',
        value: full.portBadge,
        unit: 'ms',
        goal: 20,
        peer: { name: 'empty ledger', value: empty.portBadge },
      },
      {
        name: 'badge recompute, sendMessage',
        value: full.badgeInPage,
        unit: 'ms',
        peer: { name: 'empty ledger', value: empty.badgeInPage },
      },
      { name: 'badge recompute, via messaging', value: full.badge, unit: 'ms', peer: { name: 'empty ledger', value: empty.badge } },
      {
        name: 'panel add acknowledged, port',
        value: full.portAdd,
        unit: 'ms',
        goal: 20,
        peer: { name: 'bare round trip, port', value: full.portRoundTrip },
      },
      {
        name: 'panel add, port, empty ledger',
        value: empty.portAdd,
        unit: 'ms',
        peer: { name: 'bare round trip, port', value: empty.portRoundTrip },
      },
      {
        name: 'add acknowledged, sendMessage via Playwright',
        value: full.add,
        unit: 'ms',
        peer: { name: 'bare round trip, same path', value: full.roundTrip },
      },
      { name: 'reminder pass (in the worker)', value: full.pass, unit: 'ms', goal: 10, peer: { name: 'empty ledger', value: empty.pass } },
      {
        name: 'popup lists on screen',
        value: full.popup,
        unit: 'ms',
        goal: 150,
        peer: { name: 'bare extension page, first paint', value: full.barePage },
      },
      {
        name: 'popup overview, nothing kept in the worker, port',
        value: full.portOverviewCold,
        unit: 'ms',
        peer: { name: 'empty ledger', value: empty.portOverviewCold },
      },
      {
        name: 'popup lists on screen, empty ledger',
        value: empty.popup,
        unit: 'ms',
        peer: { name: 'bare extension page, first paint', value: empty.barePage },
      },
      {
        name: 'search, nothing matches, port',
        value: full.portSearchNone,
        unit: 'ms',
        goal: 50,
        peer: { name: 'empty ledger', value: empty.portSearchNone },
      },
      {
        name: 'search, a prefix as typed ("custo"), port',
        value: full.portSearchPrefix,
        unit: 'ms',
        goal: 50,
        peer: { name: 'empty ledger', value: empty.portSearchPrefix },
      },
      {
        name: 'search, nothing matches, via Playwright',
        value: full.searchNone,
        unit: 'ms',
        peer: { name: 'bare round trip, same path', value: full.roundTrip },
      },
      {
        name: 'search, prefix, via Playwright',
        value: full.searchPrefix,
        unit: 'ms',
        peer: { name: 'bare round trip, same path', value: full.roundTrip },
      },
      {
        name: 'bare round trip, port',
        value: full.portRoundTrip,
        unit: 'ms',
        peer: { name: 'sendMessage, in page', value: full.roundTripInPage },
      },
      {
        name: 'bare round trip, sendMessage via Playwright',
        value: full.roundTrip,
        unit: 'ms',
        peer: { name: 'empty ledger', value: empty.roundTrip },
      },
      { name: `worker heap after the import`, value: afterImportHeap, unit: 'MB', peer: { name: 'empty ledger', value: empty.heap } },
      { name: `worker heap at ${n}, after the figures`, value: full.heap, unit: 'MB', peer: { name: 'empty ledger', value: empty.heap } },
    ];
    printFigures(`speed figures at ${n} commitments (noise margin in tests/bench/goals.ts)`, figures);
    printSplits('empty ledger', empty);
    printSplits(n, full);
  } finally {
    await ext.close();
  }
}
