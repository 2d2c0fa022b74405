// The badge tally at its edges, against a plain ledger whose reads are counted: what it reads and
// when it reads again (the read ahead, exactly the end of what was read, the clock going back, another
// cap, a conversation's change, reset), the full recount for arguments it does not keep, writes that
// keep landing while it reads, an import heard mid-read, and a snooze ending exactly now.
import { describe, expect, it } from 'vitest';
import type { CommitmentRecord, LedgerChange } from '../ledger/types';
import { commitmentRecord } from '../../tests/support/records';
import { BadgeTally, type TallyLedger } from './badge-tally';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 10, 30, 12);

const open = (id: string, dueAt: number | null, over: Partial<CommitmentRecord> = {}) =>
  commitmentRecord(id, { dueAt, createdAt: T0 - 30 * DAY, vague: false, ...over });
const live = (c: CommitmentRecord) => c.status === 'open' && c.deletedAt === null;

/** A ledger of plain records answering as the real one does, counting each kind of read. */
function plainLedger(records: CommitmentRecord[]) {
  const byId = new Map(records.map((r) => [r.id, r] as const));
  const calls = { recounts: 0, full: 0, singles: 0, upcoming: [] as Array<[number, number]> };
  let onGet: ((id: string) => void) | null = null;
  const ledger: TallyLedger = {
    async badgeCounts(now, windowMs, cap = Infinity) {
      calls.recounts++;
      const all = [...byId.values()].filter((c) => live(c) && c.dueAt !== null);
      return {
        overdue: Math.min(all.filter((c) => c.dueAt! < now).length, cap),
        dueSoon: Math.min(all.filter((c) => c.dueAt! >= now && c.dueAt! < now + windowMs).length, cap),
      };
    },
    async listSnoozedOpen(now) {
      return [...byId.values()].filter((c) => live(c) && c.reminder.snoozedUntil !== null && c.reminder.snoozedUntil > now);
    },
    async listUpcoming(now, days) {
      calls.upcoming.push([now, days]);
      return [...byId.values()].filter((c) => live(c) && c.dueAt !== null && c.dueAt >= now && c.dueAt < now + days * DAY);
    },
    async openIdsDueBefore(before, limit) {
      calls.full++;
      return [...byId.values()]
        .filter((c) => live(c) && c.dueAt !== null && c.dueAt < before)
        .slice(0, limit)
        .map((c) => c.id);
    },
    async getCommitment(id) {
      calls.singles++;
      onGet?.(id);
      return byId.get(id) ?? null;
    },
  };
  return { ledger, byId, calls, whileReadingOne: (f: ((id: string) => void) | null) => (onGet = f) };
}

const edited = (...commitmentIds: string[]): LedgerChange => ({ kind: 'edited', conversationIds: ['c'], commitmentIds });

describe('BadgeTally: what it reads', () => {
  it('reads from now to the window and a day past it, once', async () => {
    const { ledger, calls } = plainLedger([open('a', T0 + 30 * MIN)]);
    const tally = new BadgeTally();
    expect((await tally.answer(ledger, T0, HOUR, 1000)).counts).toEqual({ overdue: 0, dueSoon: 1 });
    expect(calls.upcoming).toEqual([[T0, (HOUR + DAY) / DAY]]);
    // A window longer than half the read ahead is still answered from one read.
    const long = plainLedger([open('a', T0 + 10 * HOUR)]);
    expect((await new BadgeTally().answer(long.ledger, T0, 13 * HOUR, 1000)).counts).toEqual({ overdue: 0, dueSoon: 1 });
    expect([long.calls.full, long.calls.recounts]).toEqual([1, 0]);
  });

  it('time passing to exactly the end of what was read needs no read; a millisecond more reads again and finds what was beyond', async () => {
    const { ledger, calls } = plainLedger([open('later', T0 + 25 * HOUR + 30 * MIN)]);
    const tally = new BadgeTally();
    await tally.answer(ledger, T0, HOUR, 1000);
    expect((await tally.answer(ledger, T0 + 24 * HOUR, HOUR, 1000)).counts).toEqual({ overdue: 0, dueSoon: 0 });
    expect(calls.full).toBe(1);
    expect((await tally.answer(ledger, T0 + 24 * HOUR + 31 * MIN, HOUR, 1000)).counts).toEqual({ overdue: 0, dueSoon: 1 });
    expect(calls.full).toBe(2);
  });

  it('the clock going back before the read reads again: a deadline between then and now is not overdue', async () => {
    const { ledger, calls } = plainLedger([open('a', T0 - 30 * MIN)]);
    const tally = new BadgeTally();
    expect((await tally.answer(ledger, T0, HOUR, 1000)).counts).toEqual({ overdue: 1, dueSoon: 0 });
    expect((await tally.answer(ledger, T0 - HOUR, HOUR, 1000)).counts).toEqual({ overdue: 0, dueSoon: 1 });
    expect(calls.full).toBe(2);
  });

  it('another count cap reads again: what was read under a small cap says nothing past it', async () => {
    const { ledger } = plainLedger(['a', 'b', 'c', 'd', 'e'].map((id) => open(id, T0 - DAY)));
    const tally = new BadgeTally();
    expect((await tally.answer(ledger, T0, HOUR, 2)).counts.overdue).toBe(2);
    expect((await tally.answer(ledger, T0, HOUR, 1000)).counts.overdue).toBe(5);
  });

  it('a change heard before the first read is in it: nothing is read again', async () => {
    const { ledger, calls } = plainLedger([open('a', T0 - HOUR)]);
    const tally = new BadgeTally();
    tally.onChange(edited('a'));
    await tally.answer(ledger, T0, HOUR, 1000);
    expect(calls.singles).toBe(0);
  });

  it('a conversation’s change reads nothing; a change naming none reads it all; reset reads it all', async () => {
    const { ledger, calls } = plainLedger([open('a', T0 - HOUR)]);
    const tally = new BadgeTally();
    await tally.answer(ledger, T0, HOUR, 1000);
    tally.onChange({ kind: 'conversation', conversationIds: ['c'], commitmentIds: [] });
    await tally.answer(ledger, T0, HOUR, 1000);
    expect(calls.full).toBe(1);
    tally.onChange(edited());
    await tally.answer(ledger, T0, HOUR, 1000);
    expect(calls.full).toBe(2);
    tally.reset();
    await tally.answer(ledger, T0, HOUR, 1000);
    expect(calls.full).toBe(3);
  });

  it('exactly `cap` overdue read are all known: one leaving is counted without a read', async () => {
    const { ledger, byId, calls } = plainLedger([open('a', T0 - DAY), open('b', T0 - DAY)]);
    const tally = new BadgeTally();
    expect((await tally.answer(ledger, T0, HOUR, 2)).counts.overdue).toBe(2);
    byId.set('a', open('a', T0 - DAY, { status: 'done' }));
    tally.onChange(edited('a'));
    expect((await tally.answer(ledger, T0, HOUR, 2)).counts.overdue).toBe(1);
    expect(calls.full).toBe(1);
  });

  it('past the cap, a write to a commitment that is not one of the overdue read reads nothing again', async () => {
    const { ledger, byId, calls } = plainLedger([...['a', 'b', 'c'].map((id) => open(id, T0 - DAY)), open('soon', T0 + 10 * MIN)]);
    const tally = new BadgeTally();
    expect((await tally.answer(ledger, T0, HOUR, 2)).counts).toEqual({ overdue: 2, dueSoon: 1 });
    byId.set('soon', open('soon', T0 + 20 * MIN));
    tally.onChange(edited('soon'));
    expect((await tally.answer(ledger, T0, HOUR, 2)).counts).toEqual({ overdue: 2, dueSoon: 1 });
    expect(calls.full).toBe(1);
  });
});

describe('BadgeTally: when the full recount answers', () => {
  it.each([
    ['a negative cap', -1, HOUR],
    ['a cap of 2^31', 2 ** 31, HOUR],
    ['an endless window', 1000, Infinity],
    ['a window that is not a number', 1000, Number.NaN],
    ['a negative window', 1000, -1],
  ])('%s', async (_what, cap, windowMs) => {
    const { ledger, calls } = plainLedger([open('a', T0 - HOUR)]);
    await new BadgeTally().answer(ledger, T0, windowMs, cap);
    expect([calls.recounts, calls.full]).toEqual([1, 0]);
  });

  it.each([
    ['a cap of 0', 0, HOUR],
    ['a cap of 2^31 − 1', 2 ** 31 - 1, HOUR],
    ['a window of 0', 1000, 0],
  ])('not for %s: it is kept', async (_what, cap, windowMs) => {
    const { ledger, calls } = plainLedger([open('a', T0 - HOUR)]);
    await new BadgeTally().answer(ledger, T0, windowMs, cap);
    expect([calls.recounts, calls.full]).toEqual([0, 1]);
  });

  it('writes landing on every read: four rounds of reading, then the full recount', async () => {
    const { ledger, calls, whileReadingOne } = plainLedger([open('a', T0 - HOUR)]);
    const tally = new BadgeTally();
    await tally.answer(ledger, T0, HOUR, 1000);
    tally.onChange(edited('a'));
    whileReadingOne((id) => tally.onChange(edited(id)));
    expect((await tally.answer(ledger, T0, HOUR, 1000)).counts).toEqual({ overdue: 1, dueSoon: 0 });
    expect([calls.singles, calls.recounts]).toEqual([4, 1]);
  });

  it('an import heard while a written commitment is read: everything is read again, and the answer is right', async () => {
    const { ledger, byId, calls, whileReadingOne } = plainLedger([open('a', T0 - HOUR)]);
    const tally = new BadgeTally();
    await tally.answer(ledger, T0, HOUR, 1000);
    tally.onChange(edited('a'));
    whileReadingOne(() => {
      whileReadingOne(null);
      byId.set('x', open('x', T0 + 10 * MIN));
      tally.onChange({ kind: 'import', conversationIds: [], commitmentIds: [] });
    });
    expect((await tally.answer(ledger, T0, HOUR, 1000)).counts).toEqual({ overdue: 1, dueSoon: 1 });
    expect(calls.full).toBe(2);
  });
});

describe('BadgeTally: snoozes', () => {
  it('a snooze ending exactly now is over: the commitment is no longer among the snoozed', async () => {
    const { ledger } = plainLedger([open('a', T0 - HOUR, { reminder: { leadMinutes: [0], snoozedUntil: T0 + HOUR } })]);
    const tally = new BadgeTally();
    expect((await tally.answer(ledger, T0, HOUR, 1000)).snoozed.map((c) => c.id)).toEqual(['a']);
    expect((await tally.answer(ledger, T0 + HOUR - 1, HOUR, 1000)).snoozed.map((c) => c.id)).toEqual(['a']);
    expect((await tally.answer(ledger, T0 + HOUR, HOUR, 1000)).snoozed).toEqual([]);
  });
});
