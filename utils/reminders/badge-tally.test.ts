// The badge's kept counts must always be what the full recount gives: after any sequence of adds,
// edits, reschedules, done, reopen, cancel, delete, undo, purge, imports, snoozes and time passing,
// with a write landing while the kept state is read, and past the count cap.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyCommitmentWrite,
  conv,
  DAY,
  freshDb,
  HOUR,
  newCommitment,
  T0,
  TestLedger,
  type CommitmentWrite,
} from '../ledger/test-helpers';
import type { LedgerChange } from '../ledger/types';
import { BadgeTally, recountBadge, type TallyLedger } from './badge-tally';

const MIN = 60_000;

type Op =
  | { k: 'add'; due: number | null; conv: number }
  | CommitmentWrite
  | { k: 'import'; dues: Array<number | null> }
  | { k: 'time'; ms: number }
  | { k: 'midRead'; op: Op };

/** Deadlines around now: far past, overdue, due within an hour or a day, next week, later, none. */
const dueOffset = fc.oneof(
  fc.constantFrom(-40 * DAY, -8 * DAY, -2 * HOUR, -1, 0, 1, 30 * MIN, HOUR, 23 * HOUR, 3 * DAY, 9 * DAY, 60 * DAY),
  fc.integer({ min: -10 * DAY, max: 10 * DAY }),
);
const maybeDue = fc.option(dueOffset, { nil: null, freq: 5 });
const index = fc.nat(40);

const writeOp: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ k: fc.constant('add' as const), due: maybeDue, conv: fc.nat(3) }) },
  ...(['done', 'reopen', 'cancel', 'remove', 'undo', 'purge'] as const).map((k) => ({
    weight: 1,
    arbitrary: fc.record({ k: fc.constant(k), i: index }),
  })),
  { weight: 3, arbitrary: fc.record({ k: fc.constant('reschedule' as const), i: index, due: maybeDue }) },
  {
    weight: 3,
    arbitrary: fc.record({
      k: fc.constant('snooze' as const),
      i: index,
      until: fc.option(fc.integer({ min: -HOUR, max: 3 * DAY }), { nil: null, freq: 4 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('edit' as const), i: index }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('import' as const), dues: fc.array(maybeDue, { maxLength: 4 }) }) },
);
const anyOp: fc.Arbitrary<Op> = fc.oneof(
  { weight: 8, arbitrary: writeOp },
  {
    weight: 3,
    arbitrary: fc.record({
      k: fc.constant('time' as const),
      ms: fc.oneof(fc.constantFrom(MIN, HOUR, 2 * DAY, 10 * DAY, -HOUR), fc.integer({ min: 1, max: 3 * DAY })),
    }),
  },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('midRead' as const), op: writeOp }) },
);

interface World {
  ledger: TestLedger;
  clock: { now: number };
  ids: string[];
  made: number;
}

/** Applies one write; a refused one (not found, already done) is simply no change, as in the product. */
async function apply(w: World, op: Op): Promise<void> {
  const { ledger, clock } = w;
  const pick = (i: number) => w.ids[i % Math.max(1, w.ids.length)];
  const at = (offset: number | null) => (offset === null ? null : clock.now + offset);
  try {
    switch (op.k) {
      case 'add': {
        const c = await ledger.addCommitment({
          ...newCommitment(`promise ${w.made++}`, { dueAt: at(op.due), conversation: conv(`T-${op.conv}`) }),
        });
        w.ids.push(c.id);
        return;
      }
      case 'import': {
        // A file from another ledger: new records, merged by the import (one change naming none).
        const other = new TestLedger(freshDb(), () => clock.now);
        for (const d of op.dues) w.ids.push((await other.addCommitment(newCommitment(`imported ${w.made++}`, { dueAt: at(d) }))).id);
        await ledger.importJson(await other.exportJson());
        return;
      }
      case 'time':
        clock.now += op.ms;
        return;
      case 'midRead':
        return apply(w, op.op);
    }
    const id = pick(op.i);
    if (!id) return;
    await applyCommitmentWrite(ledger, id, op, clock.now);
  } catch {
    // refused (e.g. reopen of an open one): nothing written, nothing announced
  }
}

/**
 * The ledger as the tally reads it, counting its reads; `during` runs a write inside the next read
 * the tally makes (after the read is asked, before it is answered), as a panel's write would land.
 */
function reader(ledger: TestLedger) {
  const reads = { full: 0, singles: 0, recounts: 0 };
  let during: (() => Promise<void>) | null = null;
  const landing = async () => {
    const write = during;
    during = null;
    if (write) await write();
  };
  const r: TallyLedger = {
    badgeCounts: (...a) => (reads.recounts++, ledger.badgeCounts(...a)),
    listSnoozedOpen: async (now) => {
      const p = ledger.listSnoozedOpen(now);
      await landing();
      return p;
    },
    listUpcoming: async (now, days) => {
      const p = ledger.listUpcoming(now, days);
      await landing();
      return p;
    },
    openIdsDueBefore: async (before, limit) => {
      reads.full++;
      const p = ledger.openIdsDueBefore(before, limit);
      await landing();
      return p;
    },
    getCommitment: async (id) => {
      reads.singles++;
      const p = ledger.getCommitment(id);
      await landing();
      return p;
    },
  };
  return { r, reads, writeDuringNextRead: (w: () => Promise<void>) => (during = w) };
}

function world(onChange: (c: LedgerChange) => void): World {
  const clock = { now: T0 };
  return { ledger: new TestLedger(freshDb(), () => clock.now, { onChange }), clock, ids: [], made: 0 };
}

const byId = (a: { counts: unknown; snoozed: Array<{ id?: string }> }) => ({
  counts: a.counts,
  snoozed: a.snoozed.map((c) => c.id).sort(),
});

describe('BadgeTally: the badge counts kept between passes equal a full recount', () => {
  it('after random writes, snoozes, imports, time passing and writes landing mid-read (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(anyOp, { minLength: 1, maxLength: 30 }),
        fc.constantFrom(0, HOUR, DAY, 7 * DAY),
        fc.constantFrom(2, 5, 1000),
        async (ops, windowMs, cap) => {
          const tally = new BadgeTally();
          const w = world((c) => tally.onChange(c));
          const { r, writeDuringNextRead } = reader(w.ledger);
          for (const op of ops) {
            if (op.k === 'midRead') {
              writeDuringNextRead(() => apply(w, op));
              await tally.answer(r, w.clock.now, windowMs, cap); // may or may not include the write
            } else await apply(w, op);
            const kept = await tally.answer(r, w.clock.now, windowMs, cap);
            const full = await recountBadge(w.ledger, w.clock.now, windowMs, cap);
            expect(byId(kept)).toEqual(byId(full));
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);

  it('reads the ledger once, then only the commitment each write names', async () => {
    const tally = new BadgeTally();
    const w = world((c) => tally.onChange(c));
    const { r, reads } = reader(w.ledger);
    for (let i = 0; i < 5; i++) await apply(w, { k: 'add', due: i * HOUR - 2 * HOUR, conv: i });
    await tally.answer(r, w.clock.now, HOUR, 1000);
    expect(reads.full).toBe(1);
    await apply(w, { k: 'add', due: 30 * MIN, conv: 0 });
    const singles = reads.singles;
    expect((await tally.answer(r, w.clock.now, HOUR, 1000)).counts).toEqual({ overdue: 2, dueSoon: 2 });
    expect(reads.singles - singles).toBe(1);
    expect(reads.full).toBe(1);
    // Time passing within what was read: counted against the clock, nothing read.
    w.clock.now += HOUR;
    expect((await tally.answer(r, w.clock.now, HOUR, 1000)).counts).toEqual({ overdue: 4, dueSoon: 1 });
    expect(reads.full).toBe(1);
    expect(reads.recounts).toBe(0);
  });

  it('a snooze leaves the count until it ends; done, an ended snooze or a delete bring the commitment out of the snoozed', async () => {
    const tally = new BadgeTally();
    const w = world((c) => tally.onChange(c));
    const { r } = reader(w.ledger);
    const answer = async () => byId(await tally.answer(r, w.clock.now, HOUR, 1000));
    for (let i = 0; i < 3; i++) await apply(w, { k: 'add', due: -HOUR, conv: i });
    expect(await answer()).toEqual({ counts: { overdue: 3, dueSoon: 0 }, snoozed: [] });
    for (let i = 0; i < 3; i++) await apply(w, { k: 'snooze', i, until: 2 * HOUR });
    expect((await answer()).snoozed).toEqual([...w.ids].sort());
    await apply(w, { k: 'done', i: 0 });
    await apply(w, { k: 'snooze', i: 1, until: null });
    await apply(w, { k: 'remove', i: 2 });
    expect(await answer()).toEqual(byId(await recountBadge(w.ledger, w.clock.now, HOUR, 1000)));
    expect((await answer()).snoozed).toEqual([]);
  });

  it('reads again when one of the capped overdue ids it holds leaves (the count past the cap is unknown)', async () => {
    const tally = new BadgeTally();
    const w = world((c) => tally.onChange(c));
    const { r, reads } = reader(w.ledger);
    for (let i = 0; i < 4; i++) await apply(w, { k: 'add', due: -DAY - i, conv: 0 });
    expect((await tally.answer(r, w.clock.now, HOUR, 2)).counts.overdue).toBe(2);
    await apply(w, { k: 'done', i: 0 });
    await apply(w, { k: 'done', i: 1 });
    await apply(w, { k: 'done', i: 2 });
    expect((await tally.answer(r, w.clock.now, HOUR, 2)).counts.overdue).toBe(1);
    expect(reads.full).toBeGreaterThan(1);
  });

  it('an import or erase makes it read everything again', async () => {
    const tally = new BadgeTally();
    const w = world((c) => tally.onChange(c));
    const { r, reads } = reader(w.ledger);
    await apply(w, { k: 'add', due: -HOUR, conv: 0 });
    await tally.answer(r, w.clock.now, HOUR, 1000);
    await apply(w, { k: 'import', dues: [-2 * HOUR, 10 * MIN] });
    expect((await tally.answer(r, w.clock.now, HOUR, 1000)).counts).toEqual({ overdue: 2, dueSoon: 1 });
    await w.ledger.eraseAll();
    expect((await tally.answer(r, w.clock.now, HOUR, 1000)).counts).toEqual({ overdue: 0, dueSoon: 0 });
    expect(reads.full).toBe(3);
  });
});
