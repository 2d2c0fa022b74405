// Business-day arithmetic on civil dates in the agent's zone. Kept apart from chrono because a
// "business day" depends on the agent's own schedule (ParseContext.workday), not on the calendar.
import { DEFAULT_WORKDAY, type Workday } from '../types';
import { addDays, daysInMonth, weekdayOf } from './zones';

export interface CivilDate {
  y: number;
  m: number;
  d: number;
}

export interface Schedule {
  start: { h: number; mi: number };
  end: { h: number; mi: number };
  days: Set<number>;
}

function clock(s: string | undefined, fallback: string): { h: number; mi: number } {
  const m = /^(\d{1,2}):(\d{2})$/.exec((s ?? '').trim()) ?? /^(\d{1,2}):(\d{2})$/.exec(fallback)!;
  const h = Math.min(23, Number(m[1]));
  const mi = Math.min(59, Number(m[2]));
  return { h, mi };
}

/** A usable schedule from whatever the settings hold; a broken setting falls back to 09–17 Mon–Fri. */
export function toSchedule(w: Workday | undefined): Schedule {
  const src = w ?? DEFAULT_WORKDAY;
  const days = new Set((Array.isArray(src.days) ? src.days : []).filter((d) => Number.isInteger(d) && d >= 0 && d <= 6));
  return {
    start: clock(src.start, DEFAULT_WORKDAY.start),
    end: clock(src.end, DEFAULT_WORKDAY.end),
    // An empty week would make "next business day" loop forever; treat it as the default week.
    days: days.size ? days : new Set(DEFAULT_WORKDAY.days),
  };
}

export function isWorkday(date: CivilDate, s: Schedule): boolean {
  return s.days.has(weekdayOf(date.y, date.m, date.d));
}

/** The Nth workday after `date` (n ≥ 1); today never counts, as in "within 3 business days". */
export function addWorkdays(date: CivilDate, n: number, s: Schedule): CivilDate {
  let cur = date;
  let left = Math.max(1, Math.min(n, 3660));
  while (left > 0) {
    cur = addDays(cur.y, cur.m, cur.d, 1);
    if (isWorkday(cur, s)) left--;
  }
  return cur;
}

/** The last workday in the week holding `date` (weeks start Monday, as in business use). */
export function lastWorkdayOfWeek(date: CivilDate, s: Schedule): CivilDate {
  const wd = weekdayOf(date.y, date.m, date.d);
  const toSunday = (7 - wd) % 7;
  for (let i = toSunday; i >= 0; i--) {
    const c = addDays(date.y, date.m, date.d, i);
    if (isWorkday(c, s)) return c;
  }
  return addDays(date.y, date.m, date.d, toSunday);
}

/**
 * The last workday of the week holding `date`, the whole week counted from its Monday: for a week
 * ahead or gone ("next week" said on a Saturday is that week's Friday, not its Sunday).
 */
export function lastWorkdayOfWholeWeek(date: CivilDate, s: Schedule): CivilDate {
  const back = (weekdayOf(date.y, date.m, date.d) + 6) % 7;
  return lastWorkdayOfWeek(addDays(date.y, date.m, date.d, -back), s);
}

/** The last workday of the month holding `date`. */
export function lastWorkdayOfMonth(date: CivilDate, s: Schedule): CivilDate {
  const last = daysInMonth(date.y, date.m);
  for (let d = last; d >= 1; d--) {
    const c = { y: date.y, m: date.m, d };
    if (isWorkday(c, s)) return c;
  }
  return { y: date.y, m: date.m, d: last };
}
