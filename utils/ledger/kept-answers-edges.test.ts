// The kept answers at their edges, without a database: each condition of "still holds" on its own
// and at its bound, how many questions are kept and which goes first, the badge's and the undated
// section's own keeping, and the middleware's tables. A kept answer handed out when a fresh read
// would differ shows the agent a wrong count.
import type { DBCore, DBCoreTransaction } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { badgeStillHolds, KeptAnswers, overviewStillHolds, type BadgeBounds, type OverviewBounds } from './kept-answers';

const overviewBounds: OverviewBounds = { now: 1000, endOfToday: 5000, nextDue: 2000, weekAhead: 9000, nextAfterWeek: 9500 };
const badgeBounds: BadgeBounds = { now: 1000, upper: 4000, nextDue: 2000, nextAfterUpper: 5000 };

describe('overviewStillHolds, one condition at a time', () => {
  it.each([
    ['all at their first bound', 1000, 5000, 9000, true],
    ['all at their last bound', 2000, 5000, 9500, true],
    ['time gone back, the week end unchanged', 999, 5000, 9000, false],
    ['another day (later)', 1500, 5001, 9000, false],
    ['another day (earlier)', 1500, 4999, 9000, false],
    ['past the next deadline', 2001, 5000, 9000, false],
    ['the week end gone back', 1500, 5000, 8999, false],
    ['the week end past the next deadline after it', 1500, 5000, 9501, false],
  ])('%s', (_what, now, endOfToday, weekAhead, holds) => {
    expect(overviewStillHolds(overviewBounds, now, endOfToday, weekAhead)).toBe(holds);
  });
});

describe('badgeStillHolds, one condition at a time', () => {
  it.each([
    ['all at their first bound', 1000, 4000, true],
    ['all at their last bound', 2000, 5000, true],
    ['time gone back, the window end unchanged', 999, 4000, false],
    ['past the next deadline', 2001, 4000, false],
    ['the window end gone back (a shorter window)', 1500, 3999, false],
    ['the window end past the next deadline after it', 1500, 5001, false],
  ])('%s', (_what, now, upper, holds) => {
    expect(badgeStillHolds(badgeBounds, now, upper)).toBe(holds);
  });
});

/** A loader that answers its call number, with the bounds given. */
function counting<B>(bounds: B) {
  let n = 0;
  return vi.fn(async () => ({ answer: ++n, bounds }));
}

describe('KeptAnswers keeps four questions per read', () => {
  it('the overview: a fifth question drops the least recently asked', async () => {
    const kept = new KeptAnswers();
    const loads = new Map<string, ReturnType<typeof counting<OverviewBounds>>>();
    const ask = (zone: string) => {
      if (!loads.has(zone)) loads.set(zone, counting(overviewBounds));
      return kept.overview([zone, 20, 99], () => true, loads.get(zone)!);
    };
    for (const zone of ['a', 'b', 'c', 'd']) await ask(zone);
    await ask('a'); // a asked again: b is now the least recently asked
    for (const zone of ['a', 'b', 'c', 'd']) expect(loads.get(zone)).toHaveBeenCalledTimes(1);
    await ask('e');
    await ask('a');
    await ask('c');
    await ask('d');
    expect(loads.get('a')).toHaveBeenCalledTimes(1);
    expect(loads.get('b')).toHaveBeenCalledTimes(1);
    await ask('b');
    expect(loads.get('b')).toHaveBeenCalledTimes(2);
  });

  it('the badge and the undated section likewise', async () => {
    const kept = new KeptAnswers();
    const badge = counting(badgeBounds);
    const undated = vi.fn(async () => 'rows');
    for (const w of [1, 2, 3, 4]) await kept.badge([w, 99], () => true, badge);
    for (const r of [1, 2, 3, 4]) await kept.undated([r, 99], undated);
    for (const w of [1, 2, 3, 4]) await kept.badge([w, 99], () => true, badge);
    for (const r of [1, 2, 3, 4]) await kept.undated([r, 99], undated);
    expect(badge).toHaveBeenCalledTimes(4);
    expect(undated).toHaveBeenCalledTimes(4);
    await kept.badge([5, 99], () => true, badge);
    await kept.undated([5, 99], undated);
    await kept.badge([1, 99], () => true, badge);
    await kept.undated([1, 99], undated);
    expect(badge).toHaveBeenCalledTimes(6);
    expect(undated).toHaveBeenCalledTimes(6);
  });
});

describe('KeptAnswers.badge', () => {
  it('answers from what it kept while its bounds hold, reads again when they do not, or after a write', async () => {
    const kept = new KeptAnswers();
    const load = counting(badgeBounds);
    let holds = true;
    const seen: BadgeBounds[] = [];
    const ask = () =>
      kept.badge(
        [3_600_000, 99],
        (b) => {
          seen.push(b);
          return holds;
        },
        load,
      );
    expect(await ask()).toBe(1);
    expect(await ask()).toBe(1);
    expect(await ask()).toBe(1);
    expect(seen).toEqual([badgeBounds, badgeBounds]);
    holds = false;
    expect(await ask()).toBe(2);
    holds = true;
    expect(await ask()).toBe(2);
    kept.forgetAll();
    expect(await ask()).toBe(3);
  });

  it('does not keep an answer a write overlapped, and hands each caller its own copy', async () => {
    const kept = new KeptAnswers();
    let n = 0;
    const load = async () => {
      if (++n === 1) kept.forgetAll();
      return { answer: { overdue: n }, bounds: badgeBounds };
    };
    expect(await kept.badge([1, 1], () => true, load)).toEqual({ overdue: 1 });
    const second = await kept.badge([1, 1], () => true, load);
    expect(second).toEqual({ overdue: 2 });
    second.overdue = 42;
    const third = await kept.badge([1, 1], () => true, load);
    expect(third).toEqual({ overdue: 2 });
    third.overdue = 43;
    expect(await kept.badge([1, 1], () => true, load)).toEqual({ overdue: 2 });
    expect(n).toBe(2);
  });

  it('an answer a write overlapped takes no place from the answers kept after that write', async () => {
    const kept = new KeptAnswers();
    let answerSlow: (v: { answer: string; bounds: BadgeBounds }) => void = () => undefined;
    const slow = kept.badge(
      [5, 99],
      () => true,
      () => new Promise<{ answer: string; bounds: BadgeBounds }>((resolve) => (answerSlow = resolve)),
    );
    kept.forgetAll(); // a write lands while the fifth question is read
    const loads = [1, 2, 3, 4].map(() => vi.fn(async () => ({ answer: 'fresh', bounds: badgeBounds })));
    for (const [i, load] of loads.entries()) await kept.badge([i + 1, 99], () => true, load);
    answerSlow({ answer: 'stale', bounds: badgeBounds });
    expect(await slow).toBe('stale');
    for (const [i, load] of loads.entries()) await kept.badge([i + 1, 99], () => true, load);
    for (const load of loads) expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('KeptAnswers.undated', () => {
  it('keeps its answer until a write, not one a write overlapped, and hands out copies', async () => {
    const kept = new KeptAnswers();
    let n = 0;
    const load = vi.fn(async () => {
      if (++n === 1) kept.forgetAll();
      return { count: n };
    });
    expect(await kept.undated([20, 99], load)).toEqual({ count: 1 });
    const second = await kept.undated([20, 99], load);
    expect(second).toEqual({ count: 2 });
    second.count = 42;
    const third = await kept.undated([20, 99], load);
    expect(third).toEqual({ count: 2 });
    third.count = 43;
    expect(await kept.undated([20, 99], load)).toEqual({ count: 2 });
    expect(load).toHaveBeenCalledTimes(2);
    kept.forgetAll();
    expect(await kept.undated([20, 99], load)).toEqual({ count: 3 });
  });
});

describe('KeptAnswers.undated under a write', () => {
  it('an answer a write overlapped takes no place from the answers kept after that write', async () => {
    const kept = new KeptAnswers();
    let answerSlow: (v: string) => void = () => undefined;
    const slow = kept.undated([5, 99], () => new Promise<string>((resolve) => (answerSlow = resolve)));
    kept.forgetAll();
    const loads = [1, 2, 3, 4].map(() => vi.fn(async () => 'fresh'));
    for (const [i, load] of loads.entries()) await kept.undated([i + 1, 99], load);
    answerSlow('stale');
    expect(await slow).toBe('stale');
    for (const [i, load] of loads.entries()) await kept.undated([i + 1, 99], load);
    for (const load of loads) expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('KeptAnswers.overview', () => {
  it('an overview a write overlapped is not kept, nor its zone taken for a warm-up', async () => {
    const kept = new KeptAnswers();
    await kept.overview(['UTC', 20, 99], () => true, counting(overviewBounds));
    const load = vi.fn(async () => {
      kept.forgetAll();
      return { answer: 'stale', bounds: overviewBounds };
    });
    await kept.overview(['Asia/Kolkata', 20, 99], () => true, load);
    expect(kept.lastZoneAsked(20, 99)).toBe('UTC');
  });

  it('asks holds() with the bounds its read noted, and hands out copies', async () => {
    const kept = new KeptAnswers();
    const holds = vi.fn(() => true);
    const load = vi.fn(async () => ({ answer: { today: [1] }, bounds: overviewBounds }));
    const first = await kept.overview(['UTC', 20, 99], holds, load);
    first.today.push(2);
    expect(await kept.overview(['UTC', 20, 99], holds, load)).toEqual({ today: [1] });
    expect(holds).toHaveBeenCalledWith(overviewBounds);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('the zone a warm-up asks is the one last asked with those rows and cap', async () => {
    const kept = new KeptAnswers();
    const load = counting(overviewBounds);
    await kept.overview(['UTC', 20, 99], () => true, load);
    await kept.overview(['Asia/Kolkata', 20, 99], () => true, load);
    await kept.overview(['Europe/Paris', 4, 99], () => true, load);
    await kept.overview(['America/Lima', 20, 5], () => true, load);
    expect(kept.lastZoneAsked(20, 99)).toBe('Asia/Kolkata');
    await kept.overview(['UTC', 20, 99], () => true, load);
    expect(kept.lastZoneAsked(20, 99)).toBe('UTC');
    expect(kept.lastZoneAsked(4, 99)).toBe('Europe/Paris');
    expect(kept.lastZoneAsked(20, 5)).toBe('America/Lima');
  });
});

describe('KeptAnswers.middleware', () => {
  it('makes the answers stale on a write to a watched table only', async () => {
    const kept = new KeptAnswers();
    const down = { table: () => ({ mutate: async () => ({ numFailures: 0, failures: {}, lastResult: undefined }) }) } as unknown as DBCore;
    const middleware = kept.middleware(['commitments', 'conversations']);
    expect(middleware).toMatchObject({ stack: 'dbcore', name: 'kept-answers' });
    const core = middleware.create(down) as DBCore;
    const trans = {} as DBCoreTransaction;
    const load = vi.fn(async () => 'answer');
    await kept.undated([1, 1], load);
    await core.table('history').mutate({ type: 'put', trans, values: [{}] });
    await kept.undated([1, 1], load);
    expect(load).toHaveBeenCalledTimes(1);
    await core.table('conversations').mutate({ type: 'put', trans, values: [{}] });
    await kept.undated([1, 1], load);
    expect(load).toHaveBeenCalledTimes(2);
    await core.table('commitments').mutate({ type: 'delete', trans, keys: ['x'] });
    await kept.undated([1, 1], load);
    expect(load).toHaveBeenCalledTimes(3);
  });
});
