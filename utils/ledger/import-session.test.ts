// A streamed import whose caller never sends its end (the options page closed mid-import) is ended by
// the worker itself: one change event for what its batches touched, so the badge, the reminders and
// open panels read again without waiting for the worker's next start.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportSession, type Schedule } from './import-session';
import { conv, freshDb, harness, newCommitment, T0, TestLedger } from './test-helpers';
import type { CommitmentRecord, ConversationRecord, LedgerChange } from './types';

/** A schedule the test runs by hand: `fire()` runs what is due, as the timer would. */
function manualSchedule() {
  let due: { fn: () => void; ms: number } | null = null;
  const schedule: Schedule = (fn, ms) => {
    const entry = { fn, ms };
    due = entry;
    return () => {
      if (due === entry) due = null;
    };
  };
  return {
    schedule,
    pending: () => due,
    fire: () => {
      const d = due;
      due = null;
      d?.fn();
    },
  };
}

describe('ImportSession', () => {
  it('ends an import itself after a pause following its last batch, once, with every conversation touched', () => {
    const told: string[][] = [];
    const timer = manualSchedule();
    const session = new ImportSession((ids) => told.push(ids), 10_000, timer.schedule);
    session.batchStarted();
    expect(timer.pending()).toBeNull();
    session.batchEnded(['a', 'b']);
    session.batchStarted();
    // No end while a batch is being written.
    expect(timer.pending()).toBeNull();
    session.batchEnded(['b', 'c']);
    expect(timer.pending()?.ms).toBe(10_000);
    timer.fire();
    expect(told).toEqual([['a', 'b', 'c']]);
    // Nothing more to tell: a later pause says nothing.
    session.batchEnded([]);
    timer.fire();
    expect(told).toHaveLength(1);
  });

  it("the caller's end tells once, with the batches' conversations, and stops the pause's end", () => {
    const told: string[][] = [];
    const timer = manualSchedule();
    const session = new ImportSession((ids) => told.push(ids), 10_000, timer.schedule);
    session.batchStarted();
    session.batchEnded(['a']);
    expect(session.end(['z'])).toEqual(['a', 'z']);
    expect(timer.pending()).toBeNull();
    timer.fire();
    expect(told).toEqual([]);
  });
});

describe('ImportSession on the real timer', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits 10 s after the last batch by default, not a moment less', () => {
    vi.useFakeTimers();
    const told: string[][] = [];
    const session = new ImportSession((ids) => told.push(ids));
    session.batchEnded(['a']);
    vi.advanceTimersByTime(9_999);
    expect(told).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(told).toEqual([['a']]);
  });

  it('a batch started or the end told stops the timer of the batch before', () => {
    vi.useFakeTimers();
    const told: string[][] = [];
    const session = new ImportSession((ids) => told.push(ids), 100);
    session.batchEnded(['a']);
    vi.advanceTimersByTime(60);
    session.batchStarted();
    vi.advanceTimersByTime(1_000);
    expect(told).toEqual([]);
    // The pause counts again from the next batch's end.
    session.batchEnded(['b']);
    vi.advanceTimersByTime(99);
    expect(told).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(told).toEqual([['a', 'b']]);
    // A second batch's end moves the pause on: the first batch's timer no longer ends anything.
    session.batchEnded(['c']);
    vi.advanceTimersByTime(60);
    session.batchEnded(['d']);
    vi.advanceTimersByTime(60);
    expect(told).toEqual([['a', 'b']]);
    expect(session.end([])).toEqual(['c', 'd']);
    vi.advanceTimersByTime(1_000);
    expect(told).toEqual([['a', 'b']]);
  });

  it("the caller's end with no batch pending (none sent, or all told) answers its own conversations", () => {
    vi.useFakeTimers();
    const session = new ImportSession(() => undefined, 100);
    expect(session.end(['x'])).toEqual(['x']);
    expect(session.end([])).toEqual([]);
  });
});

describe('a streamed import without its end', { timeout: 60_000 }, () => {
  it('tells the listeners when the options page stops sending (closed mid-import)', async () => {
    const src = harness();
    await src.ledger.addCommitment({
      ...newCommitment('send the pallet document', { dueAt: T0 + 86_400_000, conversation: conv('T-7') }),
      id: 'c-1',
    });
    const file = JSON.parse(await src.ledger.exportJson()) as { conversations: ConversationRecord[]; commitments: CommitmentRecord[] };
    const changes: LedgerChange[] = [];
    const db = freshDb();
    const dst = new TestLedger(db, () => T0, { onChange: (c) => changes.push(c), importIdleFinishMs: 50 });
    await dst.importBatch({ section: 'conversations', records: file.conversations });
    await dst.importBatch({ section: 'commitments', records: file.commitments });
    // The page is gone: no importFinished. The worker ends the import itself.
    await expect.poll(() => changes.length, { timeout: 10_000 }).toBe(1);
    expect(changes[0]).toEqual({ kind: 'import', conversationIds: [file.conversations[0]!.id], commitmentIds: [] });
  });
});
