// A streamed import writes each batch in runs (one transaction fed chunk after chunk) and commits a
// run as soon as a read or another write needs the ledger; a batch cut short (the worker stopped mid-import) is completed by importing the file again,
// with nothing twice, and the derived data (index keys, search words, badge counts) right.
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importJsonFile } from '../../components/options/transfer';
import type { LedgerClient } from '../messaging/ledger-client';
import { ChunkClock, letReadsThrough, readEnded, readStarted, readsRunning, SlicePacer } from './pacing';
import type { LedgerService } from './service';
import type { LedgerDb } from './db';
import { conv, DAY, freshDb, harness, newCommitment, T0, TestLedger } from './test-helpers';
import type { CommitmentRecord, ConversationRecord } from './types';

const client = (ledger: LedgerService) => ledger as unknown as LedgerClient;

async function populate(ledger: LedgerService, n: number) {
  for (let i = 0; i < n; i++) {
    const c = await ledger.addCommitment({
      ...newCommitment(`send pallet document ${i}`, {
        dueAt: T0 + (i % 5) * DAY,
        conversation: conv(`T-${i % 7}`, { customerName: `Customer ${i % 7}` }),
      }),
      id: `c-${String(i).padStart(4, '0')}`,
    });
    if (i % 3 === 0) await ledger.complete(c.id);
    if (i % 4 === 0) await ledger.reschedule(c.id, T0 + 9 * DAY);
  }
}

/** Every stored record, derived keys included (openDueAt, openWords, revision). */
async function tables(h: { db: LedgerDb }) {
  return {
    conversations: await h.db.conversations.orderBy('id').toArray(),
    commitments: await h.db.commitments.orderBy('id').toArray(),
    history: await h.db.history.orderBy('id').toArray(),
  };
}

afterEach(() => vi.restoreAllMocks());

/**
 * Chunks of a fixed size; after each one, `afterChunk` runs outside the run's transaction, as a port
 * message arriving while the chunk was written would (its own task, no Dexie zone).
 */
class HookedPacer extends SlicePacer {
  chunks = 0;
  readonly #afterChunk: (chunk: number) => void;
  constructor(size: number, afterChunk: (chunk: number) => void) {
    super(size, size, size);
    this.#afterChunk = afterChunk;
  }
  override took(count: number, ms: number | null) {
    this.chunks++;
    Dexie.ignoreTransaction(() => this.#afterChunk(this.chunks));
    super.took(count, ms);
  }
}

describe('ChunkClock', () => {
  it("counts a chunk's storage work, not the round trip: from when the storage could start it to its answer", () => {
    const clock = new ChunkClock();
    // A run's first chunk: sent at 0, answered at 30 (a 25 ms round trip, 5 ms of work): not counted.
    expect(clock.done(0, 30)).toBeNull();
    // The second was sent at 1, while the first was in the storage: it started when the first was done.
    expect(clock.done(1, 38)).toBe(8);
    // The third was sent at 50, after the second's answer (nothing queued): from its sending.
    expect(clock.done(50, 90)).toBe(40);
  });

  it('sizes chunks by that work: a 25 ms round trip with 1 ms of work a record grows chunks to the target', () => {
    const pacer = new SlicePacer(10, 2_000, 10, 20);
    const clock = new ChunkClock();
    let now = 0;
    let previousDone = 0;
    for (let i = 0; i < 20; i++) {
      const sentAt = now;
      // The storage starts it when both it is sent and the one before is done; the answer comes back 25 ms later.
      const doneAt = Math.max(sentAt, previousDone - 25) + pacer.size * 1 + 25;
      pacer.took(pacer.size, clock.done(sentAt, doneAt));
      previousDone = doneAt;
      now += 1;
    }
    expect(pacer.size).toBeGreaterThanOrEqual(18);
    expect(pacer.size).toBeLessThanOrEqual(22);
  });
});

describe('SlicePacer', () => {
  it('shrinks a slice in proportion when it took longer than the target, grows it when under (at most ×1.5)', () => {
    const pacer = new SlicePacer(10, 500, 100, 25);
    pacer.took(100, 100);
    expect(pacer.size).toBe(25);
    pacer.took(25, 5);
    expect(pacer.size).toBe(38);
    pacer.took(38, 20); // under the target: grows by the ratio, 38 × 25/20
    expect(pacer.size).toBe(48);
  });

  it('with a fixed cost per transaction, settles at the size that takes the target (never stuck small)', () => {
    // Chromium at load 7: 19 ms per transaction plus 0.33 ms per record (the fixed part measured
    // alone); a target of 35 ms then allows (35 − 19) / 0.33 ≈ 48 records.
    const cost = (n: number) => 19 + 0.33 * n;
    const pacer = new SlicePacer(10, 2_000, 10, 35);
    const sizes: number[] = [];
    for (let i = 0; i < 40; i++) {
      pacer.took(pacer.size, cost(pacer.size));
      sizes.push(pacer.size);
    }
    expect(pacer.size).toBeGreaterThanOrEqual(44);
    expect(pacer.size).toBeLessThanOrEqual(50);
    // Never far past the target on the way.
    expect(Math.max(...sizes.map(cost))).toBeLessThan(35 * 1.25);
    // From far above, it comes down to the same size without going below it.
    const big = new SlicePacer(10, 2_000, 2_000, 35);
    for (let i = 0; i < 40; i++) big.took(big.size, cost(big.size));
    expect(big.size).toBeGreaterThanOrEqual(44);
    expect(big.size).toBeLessThanOrEqual(50);
  });

  it('stays within its bounds, and a short last slice does not count', () => {
    const pacer = new SlicePacer(10, 500, 100, 25);
    pacer.took(100, 10_000);
    expect(pacer.size).toBe(10);
    for (let i = 0; i < 20; i++) pacer.took(pacer.size, 1);
    expect(pacer.size).toBe(500);
    pacer.took(3, 10_000);
    expect(pacer.size).toBe(500);
  });
});

describe('letReadsThrough', () => {
  it('waits for the reads in flight to end', async () => {
    readStarted();
    let through = false;
    const waiting = letReadsThrough(60_000).then(() => (through = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(through).toBe(false);
    readEnded();
    await waiting;
    expect(readsRunning()).toBe(0);
  });

  it('goes on after its longest wait when a read does not end', async () => {
    readStarted();
    try {
      const t = performance.now();
      await letReadsThrough(30);
      expect(performance.now() - t).toBeGreaterThanOrEqual(25);
    } finally {
      readEnded();
    }
  });
});

// Hundreds of records through fake-indexeddb: seconds on a loaded 2-core machine.
describe('importBatch in runs', { timeout: 60_000 }, () => {
  async function oneCommitmentFile() {
    const src = harness();
    await populate(src.ledger, 1);
    return JSON.parse(await src.ledger.exportJson()) as { conversations: ConversationRecord[]; commitments: CommitmentRecord[] };
  }
  const bulk = (one: CommitmentRecord, n: number) =>
    Array.from({ length: n }, (_, i) => ({ ...one, id: `bulk-${String(i).padStart(5, '0')}` }));

  it('with nothing else asking, writes a whole batch in one transaction of many chunks', async () => {
    const file = await oneCommitmentFile();
    const scopes = watchWriteScopes();
    const dst = new TestLedger(freshDb(), () => T0, { importPacer: new SlicePacer(10, 10, 10) });
    await dst.importBatch({ section: 'conversations', records: file.conversations });
    scopes.length = 0;
    const s = await dst.importBatch({ section: 'commitments', records: bulk(file.commitments[0]!, 300) });
    expect(s.commitments.added).toBe(300);
    // 30 chunks, one commit.
    expect(scopes).toEqual([['commitments', 'history']]);
  });

  it('a read made while a chunk is written is answered once that chunk is in, before the batch ends', async () => {
    const file = await oneCommitmentFile();
    const one = file.commitments[0]!;
    let imported = false;
    let read: Promise<{ length: number; imported: boolean }> | undefined;
    // The read arrives during the third chunk (as a port message would): the run commits after it.
    const pacer = new HookedPacer(10, (chunk) => {
      if (chunk === 3) read ??= dst.listByConversation(one.conversationId).then((list) => ({ length: list.length, imported }));
    });
    const dst: TestLedger = new TestLedger(freshDb(), () => T0, { importPacer: pacer });
    await dst.importBatch({ section: 'conversations', records: file.conversations });
    pacer.chunks = 0;
    const s = await dst.importBatch({ section: 'commitments', records: bulk(one, 1200) });
    imported = true;
    expect(s.commitments).toEqual({ added: 1200, updated: 0, kept: 0 });
    // It saw the three chunks answered before it and the one sent meanwhile (two chunks are in flight
    // at a time), nothing of the rest, and came before the end.
    expect(await read).toEqual({ length: 40, imported: false });
    expect(await dst.listByConversation(one.conversationId)).toHaveLength(1200);
  });

  it('a read waits for the chunk in flight only: a reader asking after every chunk is answered within a chunk', async () => {
    const file = await oneCommitmentFile();
    const one = file.commitments[0]!;
    const seen: number[] = [];
    const reads: Array<Promise<unknown>> = [];
    let armed = false;
    const pacer = new HookedPacer(10, () => {
      if (armed) reads.push(dst.listByConversation(one.conversationId).then((list) => seen.push(list.length)));
    });
    const scopes = watchWriteScopes();
    const dst: TestLedger = new TestLedger(freshDb(), () => T0, { importPacer: pacer });
    await dst.importBatch({ section: 'conversations', records: file.conversations });
    armed = true;
    scopes.length = 0;
    await dst.importBatch({ section: 'commitments', records: bulk(one, 100) });
    await Promise.all(reads);
    // The read sent when chunk k is answered waits for chunk k + 1 at most (the one in flight), then
    // the run commits: 20, 20, 40, 40, … never the whole batch.
    expect(seen).toHaveLength(10);
    seen.forEach((n, i) => {
      expect(n).toBeGreaterThanOrEqual((i + 1) * 10);
      expect(n).toBeLessThanOrEqual((i + 2) * 10);
    });
    expect(scopes.length).toBeGreaterThanOrEqual(5);
  });

  it('a run that fails in its third chunk leaves none of its chunks written (the run is one transaction)', async () => {
    const file = await oneCommitmentFile();
    const db = freshDb();
    const dst = new TestLedger(db, () => T0, { importPacer: new SlicePacer(10, 10, 10) });
    await dst.importBatch({ section: 'conversations', records: file.conversations });
    const realBulkPut = db.commitments.bulkPut.bind(db.commitments);
    let chunks = 0;
    vi.spyOn(db.commitments, 'bulkPut').mockImplementation(((...args: Parameters<typeof realBulkPut>) => {
      if (++chunks === 3) throw new Error('The service worker stopped');
      return realBulkPut(...args);
    }) as typeof realBulkPut);
    await expect(dst.importBatch({ section: 'commitments', records: bulk(file.commitments[0]!, 100) })).rejects.toThrow();
    expect(chunks).toBe(3);
    vi.restoreAllMocks();
    // The two chunks sent before it are rolled back with it: none of the 100, not 20.
    expect(await db.commitments.count()).toBe(0);
    // Sent again, the batch is written whole.
    expect((await dst.importBatch({ section: 'commitments', records: bulk(file.commitments[0]!, 100) })).commitments.added).toBe(100);
  });

  it('a batch with a reference to nothing writes none of its slices', async () => {
    const src = harness();
    await populate(src.ledger, 1);
    const file = JSON.parse(await src.ledger.exportJson()) as { commitments: CommitmentRecord[] };
    const records = Array.from({ length: 700 }, (_, i) => ({ ...file.commitments[0]!, id: `bulk-${i}` }));
    const dst = harness();
    await expect(dst.ledger.importBatch({ section: 'commitments', records })).rejects.toMatchObject({ code: 'invalid-import' });
    expect(await dst.db.commitments.count()).toBe(0);
  });

  it('an import stopped mid-batch, imported again, ends as the same ledger with nothing twice', async () => {
    const src = harness();
    await populate(src.ledger, 120);
    const blob = new Blob([await src.ledger.exportJson()], { type: 'application/json' });
    // Chunks of 40 records, and a panel reading after each (so each chunk is its own run): the
    // history batch takes several runs. A read IndexedDB answers (the badge and the conversation's
    // list are answered from the worker's kept answers while only history is written).
    const db = freshDb();
    const pacer = new HookedPacer(40, () => void dst.ledger.getCommitment('c-0000'));
    const dst = { db, ledger: new TestLedger(db, () => T0, { importPacer: pacer }) };
    // The worker "stops" in the middle of the history batch: one run's transaction fails; the
    // runs before it are committed, the rest never written.
    const realBulkAdd = dst.db.history.bulkAdd.bind(dst.db.history);
    let historySlices = 0;
    vi.spyOn(dst.db.history, 'bulkAdd').mockImplementation(((...args: Parameters<typeof realBulkAdd>) => {
      const entries = args[0] as unknown[];
      // The first bulkAdd of a chunk (entries keeping their id), in the third chunk of history.
      if (entries.length > 0 && ++historySlices === 3) throw new Error('The service worker stopped');
      return realBulkAdd(...args);
    }) as typeof realBulkAdd);
    await expect(importJsonFile(client(dst.ledger), blob)).rejects.toThrow();
    const partial = await dst.db.history.count();
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(await src.db.history.count());
    vi.restoreAllMocks();

    const again = await importJsonFile(client(dst.ledger), blob);
    expect(again.commitments).toEqual({ added: 0, updated: 0, kept: 120 });
    expect(again.history.kept).toBe(partial);
    // Record for record, derived keys included: the open commitments' deadline key and search words.
    expect(await tables(dst)).toEqual(await tables(src));
    expect(await dst.ledger.badgeCounts(T0, DAY)).toEqual(await src.ledger.badgeCounts(T0, DAY));
    expect((await dst.ledger.search('pallet customer')).map((c) => c.commitment.id)).toEqual(
      (await src.ledger.search('pallet customer')).map((c) => c.commitment.id),
    );
    expect((await dst.ledger.search('pallet customer')).length).toBeGreaterThan(0);
  });
});

/** Reads made against IndexedDB (requests, not Dexie calls: `bulkGet` of n keys is n requests). */
function countReads() {
  const counts = { reads: 0 };
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as unknown as Array<Record<string, (...a: unknown[]) => unknown>>) {
    for (const name of ['get', 'getAll', 'getAllKeys', 'getKey', 'openCursor', 'openKeyCursor', 'count']) {
      const real = proto[name]!;
      vi.spyOn(proto, name as never).mockImplementation(function (this: unknown, ...args: unknown[]) {
        counts.reads++;
        return real.apply(this, args);
      } as never);
    }
  }
  // A cursor's every step is a request too.
  for (const name of ['continue', 'continuePrimaryKey', 'advance'] as const) {
    const real = IDBCursor.prototype[name] as (...a: unknown[]) => void;
    vi.spyOn(IDBCursor.prototype, name).mockImplementation(function (this: IDBCursor, ...args: unknown[]) {
      counts.reads++;
      return real.apply(this, args);
    } as never);
  }
  return counts;
}

/** Stores of every read-write transaction opened. */
function watchWriteScopes() {
  const scopes: string[][] = [];
  const real = IDBDatabase.prototype.transaction;
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, stores, mode, options) {
    if (mode === 'readwrite') scopes.push([...(typeof stores === 'string' ? [stores] : stores)].sort());
    return real.call(this, stores, mode, options);
  });
  return scopes;
}

describe('importBatch requests', { timeout: 60_000 }, () => {
  async function fileOf(n: number) {
    const src = harness();
    await populate(src.ledger, n);
    return JSON.parse(await src.ledger.exportJson()) as { conversations: unknown[]; commitments: unknown[]; history: unknown[] };
  }

  it('reads the records already there in a few requests per batch, not one per record', async () => {
    const file = await fileOf(150);
    const db = freshDb();
    const dst = new TestLedger(db, () => T0, { importPacer: new SlicePacer(1_000, 1_000, 1_000) });
    for (const section of ['conversations', 'commitments', 'history'] as const) await dst.importBatch({ section, records: file[section] });
    // Again, into the ledger that now holds every record: each is looked up, found and kept.
    const counted = countReads();
    for (const section of ['conversations', 'commitments', 'history'] as const) {
      const before = counted.reads;
      const s = await dst.importBatch({ section, records: file[section] });
      expect(s[section].kept).toBe(file[section].length);
      // One range read of the references, one of what is there (history: by commitment and by id).
      expect(counted.reads - before, section).toBeLessThanOrEqual(4);
    }
  });

  /** A ledger that imported a file's conversations and commitments, importing in chunks of 10. */
  async function conversationsAndCommitmentsImported(n: number) {
    const file = await fileOf(n);
    const db = freshDb();
    const dst = new TestLedger(db, () => T0, { importPacer: new SlicePacer(10, 10, 10) });
    for (const section of ['conversations', 'commitments'] as const) await dst.importBatch({ section, records: file[section] });
    return { file, db, dst };
  }

  it('a batch of conversations or commitments in many slices reads once, before its first slice', async () => {
    const { file, dst } = await conversationsAndCommitmentsImported(150);
    const counted = countReads();
    const before = counted.reads;
    // 150 commitments, all there already: 15 slices.
    const s = await dst.importBatch({ section: 'commitments', records: file.commitments });
    expect(s.commitments.kept).toBe(150);
    // The batch's check: its conversations and the commitments already there, one range read each.
    expect(counted.reads - before).toBeLessThanOrEqual(2);
  });

  it('a batch of history in many chunks reads once, by its check: its chunks only write', async () => {
    const { file, db, dst } = await conversationsAndCommitmentsImported(150);
    const counted = countReads();
    const before = counted.reads;
    // Into a ledger without that history: every entry written, in many chunks of 10.
    const s = await dst.importBatch({ section: 'history', records: file.history });
    expect(file.history.length).toBeGreaterThan(100);
    expect(s.history).toEqual({ added: file.history.length, updated: 0, kept: 0 });
    // The check: the commitments referred to, the history there for them, the ids taken.
    expect(counted.reads - before).toBeLessThanOrEqual(4);
    vi.restoreAllMocks();
    expect(await db.history.count()).toBe(file.history.length);
  });

  it('history entries keeping their id are written before those given one, whatever chunk they fall in', async () => {
    const db = freshDb();
    const dst = new TestLedger(db, () => T0, { importPacer: new SlicePacer(1, 1, 1) });
    const c = await dst.addCommitment(newCommitment('send the rate card', { dueAt: T0 + DAY }));
    const top = (await db.history.orderBy('id').last())!.id!;
    const entry = (i: number, id?: number) => ({
      ...(id === undefined ? {} : { id }),
      commitmentId: c.id,
      conversationId: c.conversationId,
      at: T0 + i,
      kind: 'snoozed',
      changes: { 'reminder.snoozedUntil': { from: null, to: T0 + i } },
    });
    // The first entry's id is taken (it gets a new one); the second's is the next free id, which
    // auto-increment would give the first if the first were written first.
    const s = await dst.importBatch({ section: 'history', records: [entry(1, top), entry(2, top + 1), entry(3)] });
    expect(s.history.added).toBe(3);
    const written = await db.history.where('commitmentId').equals(c.id).toArray();
    expect(written.find((h) => h.at === T0 + 2)?.id).toBe(top + 1);
    expect(new Set(written.map((h) => h.id)).size).toBe(written.length);
    expect(written.filter((h) => h.kind === 'snoozed')).toHaveLength(3);
  });

  it("an edit made between a batch's check and its slice is not written over by the file's older copy", async () => {
    const file = await fileOf(30);
    const db = freshDb();
    const clock = { now: T0 + DAY };
    // After the first chunk, the panel edits the last commitment (written by the third chunk).
    let armed = false;
    let edited: Promise<unknown> | null = null;
    const pacer = new HookedPacer(10, () => {
      if (armed) edited ??= dst.updateCommitment('c-0029', { text: 'the words the agent just saved' });
    });
    const dst: TestLedger = new TestLedger(db, () => clock.now, { importPacer: pacer });
    for (const section of ['conversations', 'commitments'] as const) await dst.importBatch({ section, records: file[section] });
    clock.now = T0 + 3 * DAY;
    armed = true;
    // The file's copy of c-0029 is newer than the ledger's when the batch is checked, older than the edit.
    const newer = (file.commitments as CommitmentRecord[]).map((c) =>
      c.id === 'c-0029' ? { ...c, text: 'the words of the file', updatedAt: T0 + 2 * DAY } : c,
    );
    await dst.importBatch({ section: 'commitments', records: newer });
    await edited;
    expect((await dst.getCommitment('c-0029'))?.text).toBe('the words the agent just saved');
  });

  it('writes a run in a transaction over the stores it writes: history alone, commitments without conversations', async () => {
    const file = await fileOf(30);
    const dst = harness();
    const scopes = watchWriteScopes();
    for (const section of ['conversations', 'commitments', 'history'] as const)
      await dst.ledger.importBatch({ section, records: file[section] });
    expect(scopes).toContainEqual(['history']);
    expect(scopes).toContainEqual(['commitments', 'history']);
    expect(scopes.filter((s) => s.length === 1 && s[0] === 'history').length).toBeGreaterThan(0);
    expect(scopes).not.toContainEqual(['commitments', 'conversations', 'history']);
  });

  it('a purge while a batch is written: the next run reads the references again and refuses the rest', async () => {
    const src = harness();
    await populate(src.ledger, 1);
    const file = JSON.parse(await src.ledger.exportJson()) as {
      conversations: unknown[];
      commitments: CommitmentRecord[];
      history: unknown[];
    };
    const target = file.commitments[0]!;
    const db = freshDb();
    let armed = false;
    let purged: Promise<unknown> | null = null;
    // After the first chunk of history, the agent purges the commitment (a port message meanwhile).
    const pacer = new HookedPacer(10, () => {
      if (armed) purged ??= dst.purge(target.id);
    });
    const dst: TestLedger = new TestLedger(db, () => T0, { importPacer: pacer });
    await dst.importBatch({ section: 'conversations', records: file.conversations });
    await dst.importBatch({ section: 'commitments', records: file.commitments });
    // 200 entries for the one commitment: 20 chunks of 10.
    const history = Array.from({ length: 200 }, (_, i) => ({
      commitmentId: target.id,
      conversationId: target.conversationId,
      at: T0 - i,
      kind: 'snoozed',
      changes: { 'reminder.snoozedUntil': { from: null, to: T0 + i } },
    }));
    armed = true;
    const importing = dst.importBatch({ section: 'history', records: history }).catch((e: unknown) => e);
    expect(await importing).toMatchObject({ code: 'invalid-import' });
    await purged;
    // Nothing written after the purge: no history of a commitment that is gone.
    expect(await db.history.where('commitmentId').equals(target.id).count()).toBe(0);
  });
});
