// The reminder window's edges: a deadline exactly at its start is in it, one exactly at its end is
// not; a commitment a write moved out of what was read (before it, past it, closed, deleted, without
// a date) leaves it; the clock going back reads again; what is read runs a day past the window.
import { describe, expect, it } from 'vitest';
import type { CommitmentRecord } from '../ledger/types';
import { commitmentRecord } from '../../tests/support/records';
import { ReminderRecords, type CandidateLedger } from './candidates';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 30, 12);
const FROM = T0 - 7 * DAY;
const UNTIL = T0 + 8 * DAY;

const record = (id: string, dueAt: number | null, over: Partial<CommitmentRecord> = {}) =>
  commitmentRecord(id, { dueAt, createdAt: T0 - 30 * DAY, vague: false, ...over });

/** listUpcoming as the ledger answers it, with each call's arguments recorded. */
function ledgerOf(records: CommitmentRecord[]) {
  const byId = new Map(records.map((r) => [r.id, r] as const));
  const windows: Array<[number, number]> = [];
  const singles: string[] = [];
  let onRead: (() => void) | null = null;
  const ledger: CandidateLedger = {
    async listUpcoming(now, days) {
      windows.push([now, days]);
      const write = onRead;
      onRead = null;
      write?.();
      return [...byId.values()].filter(
        (c) => c.status === 'open' && c.deletedAt === null && c.dueAt !== null && c.dueAt >= now && c.dueAt < now + days * DAY,
      );
    },
    async getCommitment(id) {
      singles.push(id);
      const c = byId.get(id) ?? null;
      const write = onRead;
      onRead = null;
      write?.();
      return c;
    },
  };
  return {
    ledger,
    byId,
    windows,
    singles,
    /** Runs `write` inside the next read (after it is asked, before it is answered), as a panel's write would land. */
    whileReading: (write: () => void) => (onRead = write),
  };
}

const idsOf = (records: CommitmentRecord[]) => records.map((c) => c.id).sort();

describe('ReminderRecords: the window’s edges', () => {
  it('reads from the window’s start to a day past its end, and gives [from, until): the start in, the end out', async () => {
    const { ledger, windows } = ledgerOf([
      record('at-from', FROM),
      record('before-from', FROM - 1),
      record('last', UNTIL - 1),
      record('at-until', UNTIL),
    ]);
    const kept = new ReminderRecords();
    expect(idsOf(await kept.window(ledger, FROM, UNTIL))).toEqual(['at-from', 'last']);
    expect(windows).toEqual([[FROM, 16]]);
    // Read ahead: a window a day later is answered from what was read, the end now in.
    expect(idsOf(await kept.window(ledger, FROM + 1, UNTIL + 1))).toEqual(['at-until', 'last']);
    expect(windows).toHaveLength(1);
  });

  it('a window ending exactly where the read ended needs no read; a millisecond more does', async () => {
    const { ledger, windows } = ledgerOf([record('a', T0)]);
    const kept = new ReminderRecords();
    await kept.window(ledger, FROM, UNTIL);
    await kept.window(ledger, FROM, UNTIL + DAY);
    expect(windows).toHaveLength(1);
    await kept.window(ledger, FROM, UNTIL + DAY + 1);
    expect(windows).toHaveLength(2);
  });

  it('the clock going back before what was read reads again', async () => {
    const { ledger, byId, windows } = ledgerOf([record('a', T0)]);
    const kept = new ReminderRecords();
    await kept.window(ledger, FROM, UNTIL);
    byId.set('early', record('early', FROM - 1));
    expect(idsOf(await kept.window(ledger, FROM - 1, UNTIL))).toEqual(['a', 'early']);
    expect(windows).toHaveLength(2);
  });

  it('a written commitment leaves the window when it is closed, deleted, undated or moved out of what was read', async () => {
    const ids = ['done', 'cancelled', 'deleted', 'undated', 'before', 'past-read', 'gone', 'stays'];
    const { ledger, byId } = ledgerOf(ids.map((id) => record(id, T0)));
    const kept = new ReminderRecords();
    expect(idsOf(await kept.window(ledger, FROM, UNTIL))).toEqual([...ids].sort());
    byId.set('done', record('done', T0, { status: 'done' }));
    byId.set('cancelled', record('cancelled', T0, { status: 'cancelled' }));
    byId.set('deleted', record('deleted', T0, { deletedAt: T0 }));
    byId.set('undated', record('undated', null));
    byId.set('before', record('before', FROM - 1));
    byId.set('past-read', record('past-read', UNTIL + DAY));
    byId.delete('gone');
    byId.set('stays', record('stays', UNTIL + DAY - 1, { text: 'moved to the last moment read' }));
    kept.onChange({ kind: 'edited', conversationIds: ['c'], commitmentIds: ids });
    expect(idsOf(await kept.window(ledger, FROM, UNTIL))).toEqual([]);
    // Kept though outside this window: the next window, a day on, has it without a read.
    expect(idsOf(await kept.window(ledger, FROM + DAY, UNTIL + DAY))).toEqual(['stays']);
  });

  it('a written commitment moved to the first moment read is kept', async () => {
    const { ledger, byId } = ledgerOf([record('a', T0)]);
    const kept = new ReminderRecords();
    await kept.window(ledger, FROM, UNTIL);
    byId.set('a', record('a', FROM));
    kept.onChange({ kind: 'rescheduled', conversationIds: ['c'], commitmentIds: ['a'] });
    expect(idsOf(await kept.window(ledger, FROM, UNTIL))).toEqual(['a']);
  });

  it('a change naming none or more than 100 reads the window again; a conversation’s change reads nothing', async () => {
    const { ledger, byId, windows } = ledgerOf([record('a', T0)]);
    const kept = new ReminderRecords();
    await kept.window(ledger, FROM, UNTIL);
    byId.set('b', record('b', T0));
    kept.onChange({ kind: 'conversation', conversationIds: ['c'], commitmentIds: [] });
    expect(idsOf(await kept.window(ledger, FROM, UNTIL))).toEqual(['a']);
    expect(windows).toHaveLength(1);
    kept.onChange({ kind: 'edited', conversationIds: ['c'], commitmentIds: Array.from({ length: 101 }, (_, i) => `x${i}`) });
    expect(idsOf(await kept.window(ledger, FROM, UNTIL))).toEqual(['a', 'b']);
    expect(windows).toHaveLength(2);
  });
});

describe('ReminderRecords: what it reads again', () => {
  it('a change heard before the first read is in it: the window is kept and nothing is read again', async () => {
    const { ledger, windows, singles } = ledgerOf([record('a', T0)]);
    const kept = new ReminderRecords();
    kept.onChange({ kind: 'edited', conversationIds: ['c'], commitmentIds: ['a'] });
    await kept.window(ledger, FROM, UNTIL);
    expect(idsOf(await kept.window(ledger, FROM, UNTIL))).toEqual(['a']);
    expect(windows).toHaveLength(1);
    expect(singles).toEqual([]);
  });

  it('reset reads the window again', async () => {
    const { ledger, windows } = ledgerOf([record('a', T0)]);
    const kept = new ReminderRecords();
    await kept.window(ledger, FROM, UNTIL);
    kept.reset();
    await kept.window(ledger, FROM, UNTIL);
    expect(windows).toHaveLength(2);
  });

  it('a commitment changed again while it is read is read again at the next pass', async () => {
    const { ledger, byId, whileReading } = ledgerOf([record('a', T0)]);
    const kept = new ReminderRecords();
    await kept.window(ledger, FROM, UNTIL);
    byId.set('a', record('a', T0 + 1));
    kept.onChange({ kind: 'rescheduled', conversationIds: ['c'], commitmentIds: ['a'] });
    whileReading(() => {
      byId.set('a', record('a', T0 + 1, { status: 'done' }));
      kept.onChange({ kind: 'completed', conversationIds: ['c'], commitmentIds: ['a'] });
    });
    // This pass may have either copy; the next must not keep the open one.
    await kept.window(ledger, FROM, UNTIL);
    expect(await kept.window(ledger, FROM, UNTIL)).toEqual([]);
  });

  it('an import and a write heard while the window is read: that answer holds the write, up to a day past the window', async () => {
    const { ledger, byId, whileReading } = ledgerOf([record('a', T0)]);
    const kept = new ReminderRecords();
    whileReading(() => {
      byId.set('b', record('b', UNTIL - 1));
      kept.onChange({ kind: 'import', conversationIds: [], commitmentIds: [] });
      kept.onChange({ kind: 'created', conversationIds: ['c'], commitmentIds: ['b'] });
    });
    expect(idsOf(await kept.window(ledger, FROM, UNTIL))).toEqual(['a', 'b']);
  });
});
