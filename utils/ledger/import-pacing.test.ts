// A streamed import writes each batch in short slices and lets the ledger's reads through between
// them; a batch cut short (the worker stopped mid-import) is completed by importing the file again,
// with nothing twice, and the derived data (index keys, search words, badge counts) right.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importJsonFile } from '../../components/options/transfer';
import type { LedgerClient } from '../messaging/ledger-client';
import { letReadsThrough, readEnded, readStarted, readsRunning, SlicePacer } from './pacing';
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

describe('SlicePacer', () => {
  it('shrinks a slice in proportion when it took longer than the target, grows it when far under', () => {
    const pacer = new SlicePacer(10, 500, 100, 25);
    pacer.took(100, 100);
    expect(pacer.size).toBe(25);
    pacer.took(25, 5);
    expect(pacer.size).toBe(38);
    pacer.took(38, 20); // between half the target and the target: kept
    expect(pacer.size).toBe(38);
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
describe('importBatch in slices', { timeout: 60_000 }, () => {
  it('answers a read made while a batch is being written before the batch ends', async () => {
    const src = harness();
    await populate(src.ledger, 1);
    const file = JSON.parse(await src.ledger.exportJson()) as { conversations: ConversationRecord[]; commitments: CommitmentRecord[] };
    const one = file.commitments[0]!;
    // More records than the largest slice: at least two transactions whatever the pacing learns.
    const records = Array.from({ length: 1200 }, (_, i) => ({ ...one, id: `bulk-${String(i).padStart(5, '0')}` }));
    const dst = harness();
    await dst.ledger.importBatch({ section: 'conversations', records: file.conversations });
    let imported = false;
    const importing = dst.ledger.importBatch({ section: 'commitments', records }).then((s) => {
      imported = true;
      return s;
    });
    // Once the first slice is in, a read gets its answer while the rest is still to be written.
    await vi.waitFor(async () => expect(await dst.db.commitments.count()).toBeGreaterThan(0), { timeout: 30_000, interval: 1 });
    const read = await dst.ledger.listByConversation(one.conversationId);
    expect(imported).toBe(false);
    expect(read.length).toBeLessThan(1200);
    expect((await importing).commitments).toEqual({ added: 1200, updated: 0, kept: 0 });
    expect(await dst.db.commitments.count()).toBe(1200);
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
    // Slices of at most 40 records: the history batch takes several.
    const db = freshDb();
    const dst = { db, ledger: new TestLedger(db, () => T0, { importPacer: new SlicePacer(10, 40, 40) }) };
    // The worker "stops" in the middle of the history batch: one slice's transaction fails; the
    // slices before it are committed, the rest never written.
    const realBulkAdd = dst.db.history.bulkAdd.bind(dst.db.history);
    let historySlices = 0;
    vi.spyOn(dst.db.history, 'bulkAdd').mockImplementation(((...args: Parameters<typeof realBulkAdd>) => {
      const entries = args[0] as unknown[];
      // The first bulkAdd of a slice (entries keeping their id), in the third slice of history.
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
