// The popup's kept answers must always be what a fresh read gives: after any sequence of adds, edits,
// reschedules, done, reopen, cancel, delete, undo, purge, a conversation's new subject, imports,
// erase, time passing (across deadlines, midnight and the week's end, in several zones) and writes
// landing while a read is under way.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ledgerContext } from './context';
import { badgeStillHolds, KeptAnswers, overviewStillHolds, type OverviewBounds } from './kept-answers';
import { readBadgeCounts, readPopupOverview, readUndatedOpen } from './queries';
import { applyCommitmentWrite, conv, DAY, freshDb, HOUR, newCommitment, T0, TestLedger, type CommitmentWrite } from './test-helpers';
import type { LedgerDb } from './db';

const MIN = 60_000;

type Write =
  | { k: 'add'; due: number | null; conv: number }
  | Exclude<CommitmentWrite, { k: 'snooze' }>
  | { k: 'subject'; conv: number }
  | { k: 'import'; dues: Array<number | null> }
  | { k: 'erase' };
type Op = Write | { k: 'time'; ms: number } | { k: 'midRead'; write: Write };

/** Deadlines around now: far past, just past, now, within the hour, today, next week's edge, later, none. */
const dueOffset = fc.oneof(
  fc.constantFrom(-40 * DAY, -2 * HOUR, -1, 0, 1, MIN, 30 * MIN, 5 * HOUR, 23 * HOUR, 7 * DAY - 1, 7 * DAY, 7 * DAY + MIN, 9 * DAY),
  fc.integer({ min: -3 * DAY, max: 10 * DAY }),
);
const maybeDue = fc.option(dueOffset, { nil: null, freq: 5 });
const index = fc.nat(30);
const write: fc.Arbitrary<Write> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ k: fc.constant('add' as const), due: maybeDue, conv: fc.nat(3) }) },
  ...(['done', 'reopen', 'cancel', 'remove', 'undo', 'purge', 'edit'] as const).map((k) => ({
    weight: 1,
    arbitrary: fc.record({ k: fc.constant(k), i: index }),
  })),
  { weight: 3, arbitrary: fc.record({ k: fc.constant('reschedule' as const), i: index, due: maybeDue }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('subject' as const), conv: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('import' as const), dues: fc.array(maybeDue, { maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.constant({ k: 'erase' as const }) },
);
const anyOp: fc.Arbitrary<Op> = fc.oneof(
  { weight: 8, arbitrary: write },
  {
    weight: 5,
    arbitrary: fc.record({
      k: fc.constant('time' as const),
      ms: fc.oneof(fc.constantFrom(1, MIN, HOUR, 12 * HOUR, 2 * DAY, -HOUR), fc.integer({ min: 1, max: 3 * DAY })),
    }),
  },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('midRead' as const), write }) },
);

interface World {
  db: LedgerDb;
  ledger: TestLedger;
  clock: { now: number };
  ids: string[];
  made: number;
}

function world(): World {
  const db = freshDb();
  const clock = { now: T0 };
  return { db, ledger: new TestLedger(db, () => clock.now), clock, ids: [], made: 0 };
}

/** Applies one write; a refused one (not found, already done) is simply no change, as in the product. */
async function apply(w: World, op: Write): Promise<void> {
  const { ledger, clock } = w;
  const at = (offset: number | null) => (offset === null ? null : clock.now + offset);
  try {
    if (op.k === 'add') {
      w.ids.push(
        (await ledger.addCommitment(newCommitment(`promise ${w.made++}`, { dueAt: at(op.due), conversation: conv(`T-${op.conv}`) }))).id,
      );
      return;
    }
    if (op.k === 'subject') {
      await ledger.upsertConversation(conv(`T-${op.conv}`, { subject: `Renamed ${w.made++}` }));
      return;
    }
    if (op.k === 'import') {
      const other = new TestLedger(freshDb(), () => clock.now);
      for (const d of op.dues) w.ids.push((await other.addCommitment(newCommitment(`imported ${w.made++}`, { dueAt: at(d) }))).id);
      await ledger.importJson(await other.exportJson());
      return;
    }
    if (op.k === 'erase') {
      await ledger.eraseAll();
      return;
    }
    const id = w.ids[op.i % Math.max(1, w.ids.length)];
    if (!id) return;
    await applyCommitmentWrite(ledger, id, op, clock.now);
  } catch {
    // refused: nothing written
  }
}

/** A fresh read, past the kept answers (the same database, the query's own code). */
async function fresh(w: World, zone: string, rows: number, cap: number) {
  const ctx = ledgerContext(w.db, () => w.clock.now);
  const [overview, undated, badge] = await Promise.all([
    readPopupOverview(ctx, w.clock.now, zone, rows, cap),
    readUndatedOpen(ctx, rows, cap),
    readBadgeCounts(ctx, w.clock.now, BADGE_WINDOW, cap),
  ]);
  return { overview: overview.answer, undated, badge: badge.answer };
}

/** The badge's window in these tests: an hour, so that time passing crosses its end often. */
const BADGE_WINDOW = HOUR;

async function asked(w: World, zone: string, rows: number, cap: number) {
  const [overview, undated, badge] = await Promise.all([
    w.ledger.popupOverview(w.clock.now, zone, rows, cap),
    w.ledger.listUndatedOpen(rows, cap),
    w.ledger.badgeCounts(w.clock.now, BADGE_WINDOW, cap),
  ]);
  return { overview, undated, badge };
}

describe('KeptAnswers: the popup and badge reads kept between writes equal a fresh read', () => {
  it('after random writes, time passing, erase and writes landing mid-read, in several zones (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(anyOp, { minLength: 1, maxLength: 30 }),
        fc.constantFrom('UTC', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham'),
        fc.constantFrom(1, 3, 20),
        fc.constantFrom(1, 4, 99),
        async (ops, zone, rows, cap) => {
          const w = world();
          for (const op of ops) {
            if (op.k === 'time') w.clock.now += op.ms;
            else if (op.k === 'midRead') {
              // The write lands after the reads are asked, before they are answered.
              const reading = asked(w, zone, rows, cap);
              await apply(w, op.write);
              await reading;
            } else await apply(w, op);
            // Asked twice: the second is answered from what the first kept.
            expect(await asked(w, zone, rows, cap)).toEqual(await fresh(w, zone, rows, cap));
            expect(await asked(w, zone, rows, cap)).toEqual(await fresh(w, zone, rows, cap));
          }
          w.db.close();
        },
      ),
      { numRuns: 60 },
    );
  }, 180_000);

  it('a second popup with no write and no deadline crossed reads nothing; a write or a crossing reads again', async () => {
    const w = world();
    for (const due of [-HOUR, 2 * HOUR, 3 * DAY, null]) await apply(w, { k: 'add', due, conv: 0 });
    const load = vi.spyOn(w.db.commitments, 'where');
    await asked(w, 'UTC', 20, 99);
    const firstReads = load.mock.calls.length;
    expect(firstReads).toBeGreaterThan(0);
    w.clock.now += HOUR; // before the next deadline (now + 2 h)
    await asked(w, 'UTC', 20, 99);
    expect(load.mock.calls.length).toBe(firstReads);
    w.clock.now += 2 * HOUR; // past it: it is overdue now
    const crossed = await asked(w, 'UTC', 20, 99);
    expect(load.mock.calls.length).toBeGreaterThan(firstReads);
    expect(crossed.overview.overdue.count).toBe(2);
    const afterCrossing = load.mock.calls.length;
    await apply(w, { k: 'add', due: HOUR, conv: 1 });
    expect((await asked(w, 'UTC', 20, 99)).overview.today.count).toBe(1);
    expect(load.mock.calls.length).toBeGreaterThan(afterCrossing);
    w.db.close();
  });

  it('hands each caller its own copy', async () => {
    const w = world();
    await apply(w, { k: 'add', due: HOUR, conv: 0 });
    const first = await w.ledger.popupOverview(w.clock.now, 'UTC', 20, 99);
    first.today.items[0]!.text = 'changed by a caller';
    first.today.count = 42;
    const second = await w.ledger.popupOverview(w.clock.now, 'UTC', 20, 99);
    expect(second.today.count).toBe(1);
    expect(second.today.items[0]!.text).not.toBe('changed by a caller');
    w.db.close();
  });

  it('a warm-up after writes asks the last questions again, so the next popup reads nothing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const db = freshDb();
      const clock = { now: T0 };
      const ledger = new TestLedger(db, () => clock.now, { warmPopup: { afterMs: 500, rows: 20, countCap: 99 } });
      await ledger.popupOverview(clock.now, 'UTC', 20, 99);
      await ledger.listUndatedOpen(20, 99);
      await ledger.addCommitment(newCommitment('send the rate card', { dueAt: T0 + HOUR }));
      await ledger.addCommitment(newCommitment('call back', { dueAt: null }));
      const reads = vi.spyOn(db.commitments, 'where');
      await vi.advanceTimersByTimeAsync(500);
      await vi.waitFor(() => expect(reads).toHaveBeenCalled());
      // Let the warm-up's reads finish (fake-indexeddb answers in later tasks).
      await vi.waitFor(async () => {
        const before = reads.mock.calls.length;
        const [o, u] = await Promise.all([ledger.popupOverview(clock.now, 'UTC', 20, 99), ledger.listUndatedOpen(20, 99)]);
        expect(o.today.count).toBe(1);
        expect(u.count).toBe(1);
        expect(reads.mock.calls.length).toBe(before);
      });
      db.close();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('overviewStillHolds', () => {
  const bounds: OverviewBounds = { now: 1000, endOfToday: 5000, nextDue: 2000, weekAhead: 9000, nextAfterWeek: 9500 };
  it("holds until the next deadline, within the day, while the week's end crosses no deadline", () => {
    expect(overviewStillHolds(bounds, 1000, 5000, 9000)).toBe(true);
    expect(overviewStillHolds(bounds, 2000, 5000, 9500)).toBe(true);
    expect(overviewStillHolds(bounds, 2001, 5000, 9000)).toBe(false); // the deadline at 2000 is overdue now
    expect(overviewStillHolds(bounds, 1500, 5000, 9501)).toBe(false); // the one at 9500 is upcoming now
    expect(overviewStillHolds(bounds, 1500, 6000, 9000)).toBe(false); // another day
    expect(overviewStillHolds(bounds, 999, 5000, 8999)).toBe(false); // time went back
  });
});

describe('badgeStillHolds', () => {
  const bounds = { now: 1000, upper: 4000, nextDue: 2000, nextAfterUpper: 5000 };
  it('holds until a deadline becomes overdue or enters the window', () => {
    expect(badgeStillHolds(bounds, 1000, 4000)).toBe(true);
    expect(badgeStillHolds(bounds, 2000, 5000)).toBe(true);
    expect(badgeStillHolds(bounds, 2001, 5000)).toBe(false); // the deadline at 2000 is overdue now
    expect(badgeStillHolds(bounds, 1500, 5001)).toBe(false); // the one at 5000 is due soon now
    expect(badgeStillHolds(bounds, 999, 3999)).toBe(false); // time went back
  });
});

describe('badgeCounts during an import', { timeout: 60_000 }, () => {
  it('asked while history is imported, it reads nothing; after commitments are written it counts again', async () => {
    const src = world();
    for (const due of [-HOUR, 30 * MIN, 3 * DAY, null]) await apply(src, { k: 'add', due, conv: 0 });
    const file = JSON.parse(await src.ledger.exportJson()) as Record<'conversations' | 'commitments' | 'history', unknown[]>;
    const w = world();
    await w.ledger.importBatch({ section: 'conversations', records: file.conversations });
    await w.ledger.importBatch({ section: 'commitments', records: file.commitments });
    expect(await w.ledger.badgeCounts(w.clock.now, HOUR)).toEqual({ overdue: 1, dueSoon: 1 });
    const where = vi.spyOn(w.db.commitments, 'where');
    // The badge's reads (the import's check reads commitments by id).
    const badgeReads = () => where.mock.calls.filter(([index]) => (index as unknown) === 'openDueAt').length;
    const importing = w.ledger.importBatch({ section: 'history', records: file.history });
    expect(await w.ledger.badgeCounts(w.clock.now, HOUR)).toEqual({ overdue: 1, dueSoon: 1 });
    await importing;
    expect(await w.ledger.badgeCounts(w.clock.now + MIN, HOUR)).toEqual({ overdue: 1, dueSoon: 1 });
    expect(badgeReads()).toBe(0);
    // A commitment imported changes the counts: read again.
    const other = world();
    await apply(other, { k: 'add', due: 10 * MIN, conv: 1 });
    const more = JSON.parse(await other.ledger.exportJson()) as Record<'conversations' | 'commitments', unknown[]>;
    await w.ledger.importBatch({ section: 'conversations', records: more.conversations });
    await w.ledger.importBatch({ section: 'commitments', records: more.commitments });
    expect(await w.ledger.badgeCounts(w.clock.now + MIN, HOUR)).toEqual({ overdue: 1, dueSoon: 2 });
    expect(badgeReads()).toBeGreaterThan(0);
    for (const x of [src, w, other]) x.db.close();
  });
});

describe('KeptAnswers without a database', () => {
  it('does not keep an answer a write overlapped', async () => {
    const kept = new KeptAnswers();
    let loads = 0;
    const load = async () => {
      loads++;
      if (loads === 1) kept.forgetAll(); // as the middleware does when a write lands mid-read
      return { answer: loads, bounds: { now: 0, endOfToday: 10, nextDue: 10, weekAhead: 10, nextAfterWeek: 10 } };
    };
    expect(await kept.overview(['UTC', 1, 1], () => true, load)).toBe(1);
    expect(await kept.overview(['UTC', 1, 1], () => true, load)).toBe(2);
    expect(await kept.overview(['UTC', 1, 1], () => true, load)).toBe(2);
    expect(await kept.overview(['UTC', 2, 1], () => true, load)).toBe(3); // another question
    expect(await kept.overview(['UTC', 1, 1], () => true, load)).toBe(2); // the first one still kept
    expect(kept.lastZoneAsked(1, 1)).toBe('UTC');
    expect(kept.lastZoneAsked(5, 1)).toBeNull();
  });

  it("another caller's question (the digest's, the reminder pass's) keeps its own answer beside the popup's", async () => {
    const w = world();
    await apply(w, { k: 'add', due: null, conv: 0 });
    await asked(w, 'America/New_York', 20, 99);
    const reads = vi.spyOn(w.db.commitments, 'where');
    await w.ledger.listUndatedOpen(1000, 1000);
    await w.ledger.popupOverview(w.clock.now, 'UTC', 4, Number.MAX_SAFE_INTEGER);
    const others = reads.mock.calls.length;
    await asked(w, 'America/New_York', 20, 99);
    expect(reads.mock.calls.length).toBe(others);
    expect(w.db.keptAnswers.lastZoneAsked(20, 99)).toBe('America/New_York');
    w.db.close();
  });
});
