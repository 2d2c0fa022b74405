// The rooms' context: `op` counts a read while it runs (also one that fails) and a write other than
// an import's as it starts, so an import lets them through (pacing.ts); a failure leaves it as a
// LedgerError naming the action, in a read's words for a read. `emit` tells the listener, and a
// listener that throws never turns a committed write into a failure.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ledgerContext, op } from './context';
import { LedgerError } from './errors';
import { readsRunning, SlicePacer, writesStarted } from './pacing';
import { freshDb } from './test-helpers';
import type { LedgerChange } from './types';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const disk = () => new DOMException('disk failed', 'UnknownError');

describe('op', () => {
  it('counts a read while it runs, and not once it ended or failed; a read is no write started', async () => {
    const writes = writesStarted();
    let during = -1;
    await expect(
      op('readCommitments', false, async () => {
        during = readsRunning();
        return 7;
      }),
    ).resolves.toBe(7);
    expect(during).toBe(1);
    expect(readsRunning()).toBe(0);
    await expect(
      op('readCommitments', false, async () => {
        throw disk();
      }),
    ).rejects.toBeInstanceOf(LedgerError);
    expect(readsRunning()).toBe(0);
    expect(writesStarted()).toBe(writes);
  });

  it("counts a write as it starts, before its work, but not an import's own runs, and never as a read", async () => {
    const before = writesStarted();
    let seen = -1;
    let reads = -1;
    await op('saveCommitment', true, async () => {
      seen = writesStarted();
      reads = readsRunning();
    });
    expect(seen).toBe(before + 1);
    expect(reads).toBe(0);
    await op('importFile', true, async () => undefined);
    expect(writesStarted()).toBe(before + 1);
    await op('importBatch', true, async () => undefined);
    expect(writesStarted()).toBe(before + 2);
  });

  it('a write that ends while a read runs leaves that read counted', async () => {
    let endRead: () => void = () => undefined;
    const read = op('readCommitments', false, () => new Promise<void>((resolve) => (endRead = resolve)));
    expect(readsRunning()).toBe(1);
    await op('saveCommitment', true, async () => undefined);
    await expect(
      op('saveCommitment', true, async () => {
        throw disk();
      }),
    ).rejects.toMatchObject({ code: 'io' });
    expect(readsRunning()).toBe(1);
    endRead();
    await read;
    expect(readsRunning()).toBe(0);
  });

  it("a failure names the action, in a write's words or a read's", async () => {
    const write = await op('saveCommitment', true, async () => {
      throw disk();
    }).catch((e: unknown) => e);
    expect(write).toMatchObject({ code: 'io', words: { message: 'io', action: 'saveCommitment', params: ['UnknownError'] } });
    const read = await op('searchCommitments', false, async () => {
      throw disk();
    }).catch((e: unknown) => e);
    expect(read).toMatchObject({ code: 'io', words: { message: 'ioRead', action: 'searchCommitments' } });
  });
});

describe('ledgerContext', () => {
  it('emit tells the listener the change; without one it does nothing', () => {
    const seen: LedgerChange[] = [];
    const change: LedgerChange = { kind: 'import', conversationIds: ['a'], commitmentIds: [] };
    ledgerContext(
      freshDb(),
      () => 1,
      (c) => seen.push(c),
    ).emit(change);
    expect(seen).toEqual([change]);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => ledgerContext(freshDb(), () => 1).emit(change)).not.toThrow();
    expect(errors).not.toHaveBeenCalled();
  });

  it("a listener that throws is logged as the listener's failure, not thrown to the write", () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const bug = new Error('listener bug');
    const ctx = ledgerContext(
      freshDb(),
      () => 1,
      () => {
        throw bug;
      },
    );
    expect(() => ctx.emit({ kind: 'import', conversationIds: [], commitmentIds: [] })).not.toThrow();
    expect(errors).toHaveBeenCalledWith('[ledger] onChange listener failed', bug);
  });

  it('holds the database, the clock and the pacer given, and a default pacer', () => {
    const db = freshDb();
    const pacer = new SlicePacer(1, 1, 1);
    const now = () => 42;
    const ctx = ledgerContext(db, now, undefined, pacer);
    expect(ctx.db).toBe(db);
    expect(ctx.now()).toBe(42);
    expect(ctx.importPacer).toBe(pacer);
    expect(ledgerContext(db, now).importPacer.size).toBe(new SlicePacer().size);
  });

  it("the import session's end is one import event for the conversations it touched, after the idle time given", () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const seen: LedgerChange[] = [];
    const ctx = ledgerContext(
      freshDb(),
      () => 1,
      (c) => seen.push(c),
      undefined,
      300,
    );
    ctx.importSession.batchEnded(['c1', 'c2']);
    vi.advanceTimersByTime(299);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual([{ kind: 'import', conversationIds: ['c1', 'c2'], commitmentIds: [] }]);
  });
});
