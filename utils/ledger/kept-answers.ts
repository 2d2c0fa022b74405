// The popup's two reads (`popupOverview`, `listUndatedOpen`), their last answers kept in the worker
// between writes. With 100,000 commitments imported, `popupOverview` took 49–95 ms in the worker
// (about 8 IndexedDB requests and 60 records read in a transaction that waits its turn beside the
// popup's other reads); the agent opens the popup far more often than the ledger changes.
//
// A kept answer is handed out only when recomputing it now would give the same answer:
//   - no write to the commitments or conversations store since it was read (a Dexie middleware sees
//     every write, whatever room or import makes it; erase calls `forgetAll`), and no write
//     overlapped the read (IndexedDB may have served it from before the write);
//   - the same question (zone, rows, count cap);
//   - for the overview, which depends on the time: no open deadline crossed since. The overview's
//     sections are key ranges over `openDueAt` bounded by now, the end of today and now + 7 days;
//     its answer is unchanged as long as no key lies between the old and the new bound of each.
//     The read notes the first key at or after now and the first at or after the week's end
//     (`OverviewBounds`), so that test costs no request.
// The property test (kept-answers.test.ts) compares every kept answer with a fresh read.
import type { DBCore, DBCoreTable, Middleware } from 'dexie';

/** What an overview read also notes, so that a later `now` can be checked without a request. */
export interface OverviewBounds {
  /** The `now` the overview was read at. */
  now: number;
  /** The end of that day in the zone. */
  endOfToday: number;
  /** The first open `openDueAt` key at or after `now` (Infinity when none). */
  nextDue: number;
  /** The upper bound of the upcoming section (now + 7 days). */
  weekAhead: number;
  /** The first open `openDueAt` key at or after `weekAhead` (Infinity when none). */
  nextAfterWeek: number;
}

/**
 * What a badge read also notes: its two ranges are [-inf, now) and [now, upper) over `openDueAt`
 * (upper = now + window, at most the undated key), and the first open keys at or after each bound.
 */
export interface BadgeBounds {
  now: number;
  upper: number;
  /** The first open `openDueAt` key at or after `now` (Infinity when none). */
  nextDue: number;
  /** The first open `openDueAt` key at or after `upper` (Infinity when none). */
  nextAfterUpper: number;
}

/**
 * Whether badge counts read at `bounds.now` are still the counts at `now` (with `upper` its window's
 * end): time not gone back, and no open deadline in [old now, new now) (it would have moved from
 * "due soon" to "overdue") nor in [old upper, new upper) (it would be "due soon" now).
 */
export function badgeStillHolds(bounds: BadgeBounds, now: number, upper: number): boolean {
  return now >= bounds.now && now <= bounds.nextDue && upper >= bounds.upper && upper <= bounds.nextAfterUpper;
}

/** The badge's question: the window, the count cap. */
export type BadgeQuestion = readonly [windowMs: number, countCap: number];

/** The overview's question: the zone, the rows per section, the count cap. */
export type OverviewQuestion = readonly [timeZone: string, rows: number, countCap: number];
/** The undated section's question: rows, count cap. */
export type UndatedQuestion = readonly [rows: number, countCap: number];

interface Kept<T> {
  question: string;
  writes: number;
  answer: T;
  bounds?: OverviewBounds;
}

/**
 * Whether an overview read at `bounds.now` is still the answer at `now`, given the end of `now`'s
 * day and its week-ahead bound: the same day, time not gone back, and no open deadline in
 * [old now, new now) nor in [old week ahead, new week ahead).
 */
export function overviewStillHolds(bounds: OverviewBounds, now: number, endOfToday: number, weekAhead: number): boolean {
  return (
    now >= bounds.now &&
    endOfToday === bounds.endOfToday &&
    now <= bounds.nextDue &&
    weekAhead >= bounds.weekAhead &&
    weekAhead <= bounds.nextAfterWeek
  );
}

/** Questions kept per read: the popup's, the daily digest's and the reminder pass's each keep theirs. */
const KEPT_QUESTIONS = 4;

export class KeptAnswers {
  /** By question, the most recently asked last (Map keeps insertion order). */
  readonly #overviews = new Map<string, Kept<unknown> & { asked: OverviewQuestion }>();
  readonly #undated = new Map<string, Kept<unknown>>();
  readonly #badges = new Map<string, Kept<unknown> & { badge: BadgeBounds }>();
  /** Bumped by every write to a watched store: a read overlapped by one is not kept. */
  #writes = 0;

  /**
   * The overview for `question` (the zone, rows, count cap) at `now`: kept, or read by `load` (then
   * kept). `holds` tells whether kept bounds still give the answer at `now`. The answer is the
   * caller's own copy.
   */
  async overview<T>(
    question: OverviewQuestion,
    holds: (bounds: OverviewBounds) => boolean,
    load: () => Promise<{ answer: T; bounds: OverviewBounds }>,
  ): Promise<T> {
    const key = JSON.stringify(question);
    const kept = this.#overviews.get(key);
    this.#overviews.delete(key);
    if (kept && kept.writes === this.#writes && kept.bounds && holds(kept.bounds)) {
      this.#overviews.set(key, kept);
      return structuredClone(kept.answer as T);
    }
    const writesBefore = this.#writes;
    const { answer, bounds } = await load();
    if (this.#writes === writesBefore) {
      this.#overviews.delete(key);
      keep(this.#overviews, key, { question: key, asked: question, writes: writesBefore, answer: structuredClone(answer), bounds });
    }
    return answer;
  }

  /**
   * Badge counts for `question` (window, count cap): kept, or read by `load` (then kept). Counted
   * again in IndexedDB only after a write to the commitments or conversations store (an import's
   * history runs write neither) or a deadline crossing, so a badge asked while an import writes
   * history does not queue behind the storage's import work.
   */
  async badge<T>(
    question: BadgeQuestion,
    holds: (bounds: BadgeBounds) => boolean,
    load: () => Promise<{ answer: T; bounds: BadgeBounds }>,
  ): Promise<T> {
    const key = JSON.stringify(question);
    const kept = this.#badges.get(key);
    this.#badges.delete(key);
    if (kept && kept.writes === this.#writes && holds(kept.badge)) {
      this.#badges.set(key, kept);
      return structuredClone(kept.answer as T);
    }
    const writesBefore = this.#writes;
    const { answer, bounds } = await load();
    if (this.#writes === writesBefore) {
      this.#badges.delete(key);
      keep(this.#badges, key, { question: key, writes: writesBefore, answer: structuredClone(answer), badge: bounds });
    }
    return answer;
  }

  /** The undated section for `question` (rows, count cap): kept, or read by `load` (then kept). */
  async undated<T>(question: UndatedQuestion, load: () => Promise<T>): Promise<T> {
    const key = JSON.stringify(question);
    const kept = this.#undated.get(key);
    this.#undated.delete(key);
    if (kept && kept.writes === this.#writes) {
      this.#undated.set(key, kept);
      return structuredClone(kept.answer as T);
    }
    const writesBefore = this.#writes;
    const answer = await load();
    if (this.#writes === writesBefore) {
      this.#undated.delete(key);
      keep(this.#undated, key, { question: key, writes: writesBefore, answer: structuredClone(answer) });
    }
    return answer;
  }

  /** The zone of the overview last asked with these rows and cap (a popup's), or null: what a warm-up asks. */
  lastZoneAsked(rows: number, countCap: number): string | null {
    let zone: string | null = null;
    for (const { asked } of this.#overviews.values()) if (asked[1] === rows && asked[2] === countCap) zone = asked[0];
    return zone;
  }

  /** Makes every kept answer stale (the database was deleted and made again: no write passed the middleware). */
  forgetAll(): void {
    this.#writes++;
    // The questions stay (a warm-up asks them again); their answers are stale.
  }

  /** The Dexie middleware that makes the answers stale on any write to `tables`. */
  middleware(tables: readonly string[]): Middleware<DBCore> {
    return {
      stack: 'dbcore',
      name: 'kept-answers',
      create: (down) => ({
        ...down,
        table: (name) => {
          const inner: DBCoreTable = down.table(name);
          if (!tables.includes(name)) return inner;
          return {
            ...inner,
            mutate: (req) => {
              this.forgetAll();
              return inner.mutate(req);
            },
          };
        },
      }),
    };
  }
}

function keep<K>(map: Map<string, K>, key: string, value: K): void {
  map.set(key, value);
  while (map.size > KEPT_QUESTIONS) map.delete(map.keys().next().value!);
}
