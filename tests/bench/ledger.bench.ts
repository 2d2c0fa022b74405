// `npm run bench ledger`: the ledger's hot queries on 100,000 commitments over 5,000 conversations.
//
// Engine: fake-indexeddb under Node. The product's engine is the real IndexedDB in Chromium's
// background service worker; fake-indexeddb is a pure-JS, peer-free stand-in that keeps the same
// index semantics (so the index path measured here is the one the product takes) but not the same
// constant factors. The peer, measured in the same run on the same data, is a full table scan
// (`toArray()` + filter), which is what the queries would cost without the indexes.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { LedgerDb, openDueKey, type StoredCommitment } from '../../utils/ledger/db';
import { LedgerService } from '../../utils/ledger/service';
import type { ConversationRecord } from '../../utils/ledger/types';
import { seededRandom } from '../support/random';

const COMMITMENTS = Number(process.env.LEDGER_BENCH_N ?? 100_000);
const CONVERSATIONS = Math.max(1, Math.round(COMMITMENTS / 20));
const DAY = 86_400_000;
const NOW = Date.UTC(2025, 2, 3, 12);
const WINDOW = DAY; // "due soon": within 24 h

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function time<T>(runs: number, fn: (i: number) => Promise<T>): Promise<{ ms: number; min: number; result: T }> {
  const xs: number[] = [];
  let result!: T;
  await fn(0); // warm-up
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = await fn(i);
    xs.push(performance.now() - t0);
  }
  return { ms: median(xs), min: Math.min(...xs), result };
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1)).padStart(8);

async function fill(db: LedgerDb): Promise<{ overdue: number; dueSoon: number }> {
  const r = seededRandom(42);
  const convs: ConversationRecord[] = [];
  for (let i = 0; i < CONVERSATIONS; i++) {
    convs.push({
      id: `zendesk|https://acme.zendesk.com|${i}`,
      host: 'zendesk',
      site: 'https://acme.zendesk.com',
      key: String(i),
      url: `https://acme.zendesk.com/agent/tickets/${i}`,
      subject: `Ticket ${i}`,
      customerName: `Customer ${i % 3000}`,
      customerEmail: `customer${i % 3000}@example.com`,
      createdAt: NOW - 730 * DAY,
      updatedAt: NOW - 730 * DAY,
    });
  }
  await db.conversations.bulkAdd(convs);
  let overdue = 0;
  let dueSoon = 0;
  const CHUNK = 5000;
  for (let start = 0; start < COMMITMENTS; start += CHUNK) {
    const batch: StoredCommitment[] = [];
    for (let i = start; i < Math.min(COMMITMENTS, start + CHUNK); i++) {
      const x = r();
      // 80 % done, 3 % cancelled, 17 % open; open ones due within ±30 days, 10 % of them without a deadline.
      const status = x < 0.8 ? 'done' : x < 0.83 ? 'cancelled' : 'open';
      const createdAt = status === 'open' ? NOW - Math.floor(r() * 30 * DAY) : NOW - 30 * DAY - Math.floor(r() * 700 * DAY);
      const dueAt =
        status === 'open' ? (r() < 0.1 ? null : NOW + Math.floor((r() * 60 - 30) * DAY)) : createdAt + Math.floor(r() * 7 * DAY);
      const c: StoredCommitment = {
        id: `c${String(i).padStart(7, '0')}`,
        conversationId: `zendesk|https://acme.zendesk.com|${Math.floor(r() * CONVERSATIONS)}`,
        text: `I will send the document #${i} by Friday`,
        party: r() < 0.6 ? 'agent' : 'customer',
        action: `send the document #${i}`,
        due: dueAt === null ? null : { at: new Date(dueAt).toISOString(), text: 'by Friday', precision: 'day' },
        vague: dueAt === null,
        conditions: [],
        reason: null,
        partyName: null,
        status,
        dueAt,
        createdAt,
        updatedAt: createdAt,
        doneAt: status === 'done' && dueAt !== null ? dueAt + Math.floor((r() - 0.7) * 2 * DAY) : null,
        cancelReason: status === 'cancelled' ? 'not needed' : null,
        dependsOn: [],
        reminder: { leadMinutes: [60], snoozedUntil: null },
        source: 'typed',
        deletedAt: null,
      };
      const key = openDueKey(c);
      if (key !== undefined) c.openDueAt = key;
      if (status === 'open' && dueAt !== null) {
        if (dueAt < NOW) overdue++;
        else if (dueAt < NOW + WINDOW) dueSoon++;
      }
      batch.push(c);
    }
    await db.commitments.bulkAdd(batch);
  }
  return { overdue, dueSoon };
}

export async function run(): Promise<void> {
  console.log(
    `engine: fake-indexeddb ${await fakeIdbVersion()} under Node ${process.version} (stand-in; the product runs on Chromium's IndexedDB)`,
  );
  const db = new LedgerDb(`ledger-bench-${Date.now()}`);
  const ledger = new LedgerService(db, () => NOW);
  const t0 = performance.now();
  const expected = await fill(db);
  console.log(
    `filled ${COMMITMENTS.toLocaleString('en')} commitments over ${CONVERSATIONS.toLocaleString('en')} conversations in ${((performance.now() - t0) / 1000).toFixed(1)} s; open & overdue ${expected.overdue}, due within 24 h ${expected.dueSoon}`,
  );

  const r = seededRandom(7);
  const convIds = Array.from({ length: 64 }, () => `zendesk|https://acme.zendesk.com|${Math.floor(r() * CONVERSATIONS)}`);

  // Indexed paths, through the service as the background calls them.
  const badge = await time(21, () => ledger.badgeCounts(NOW, WINDOW));
  const conv = await time(51, (i) => ledger.listByConversation(convIds[i % convIds.length]!));

  // The same answers by full table scan.
  const badgeScan = await time(5, async () => {
    const all = await db.commitments.toArray();
    let overdue = 0;
    let dueSoon = 0;
    for (const c of all) {
      if (c.status !== 'open' || c.deletedAt !== null || c.dueAt === null) continue;
      if (c.dueAt < NOW) overdue++;
      else if (c.dueAt < NOW + WINDOW) dueSoon++;
    }
    return { overdue, dueSoon };
  });
  const convScan = await time(5, async (i) => {
    const id = convIds[i % convIds.length]!;
    return (await db.commitments.toArray())
      .filter((c) => c.conversationId === id && c.deletedAt === null)
      .sort((a, b) => a.createdAt - b.createdAt);
  });

  // Same answers, or the comparison means nothing.
  const agree = (a: unknown, b: unknown, what: string) => {
    if (JSON.stringify(a) !== JSON.stringify(b))
      throw new Error(`ledger bench: ${what} disagree: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  };
  agree(badge.result, expected, 'badge counts (index) and the fill');
  agree(badgeScan.result, expected, 'badge counts (scan) and the fill');
  const idx4 = await ledger.listByConversation(convIds[4]!);
  const scan4 = (await db.commitments.toArray())
    .filter((c) => c.conversationId === convIds[4] && c.deletedAt === null)
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
    .map(({ openDueAt: _k, ...rest }) => rest);
  agree(
    idx4.map((c) => c.id),
    scan4.map((c) => c.id),
    'conversation lists',
  );

  const rows: Array<[string, { ms: number; min: number }, { ms: number }, number, string]> = [
    ['badge counts (overdue, due soon)', badge, badgeScan, 20, `${badge.result.overdue} + ${badge.result.dueSoon}`],
    [`one conversation's list (~${Math.round(COMMITMENTS / CONVERSATIONS)})`, conv, convScan, 5, `${idx4.length} rows`],
  ];
  console.log('query                                   indexed ms (min)    full scan ms   scan/index   target    answer');
  let misses = 0;
  for (const [name, ix, scan, target, answer] of rows) {
    const ok = ix.ms <= target;
    if (!ok) misses++;
    console.log(
      `${name.padEnd(38)} ${fmt(ix.ms)} (${fmt(ix.min).trim()}) ${fmt(scan.ms)}      ${(scan.ms / ix.ms).toFixed(0).padStart(6)}×   ≤ ${String(target).padStart(2)} ms ${ok ? 'met ' : 'MISSED'}  ${answer}`,
    );
  }
  console.log(
    `medians of 21 (badge) / 51 (list) indexed runs and 5 scan runs, after one warm-up each${misses ? `; ${misses} target(s) missed on fake-indexeddb` : ''}`,
  );
  db.close();
  await Dexie.delete(db.name);
}

async function fakeIdbVersion(): Promise<string> {
  try {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync(new URL('../../node_modules/fake-indexeddb/package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    return pkg.version;
  } catch {
    return '(version unknown)';
  }
}
