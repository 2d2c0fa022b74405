// What the badge counts beyond the deadline index: snoozed commitments stay off it until they wake,
// and a promise without a date joins it (amber) once it has waited long enough. Pure.
import type { Workday } from '../commitments/types';
import { addDays, localDate, wallTime, weekday } from './digest';
import type { BadgeCounts } from './badge';

/** What the badge needs of a commitment. */
export interface AttentionItem {
  dueAt: number | null;
  createdAt: number;
  reminder: { snoozedUntil: number | null };
}

/** One formatter per zone: making one costs far more than using it (the badge asks for each undated note). */
const clockFormatters = new Map<string, Intl.DateTimeFormat>();
function clockFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = clockFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    clockFormatters.set(timeZone, f);
  }
  return f;
}

/**
 * The same wall-clock time `n` working days after `t` in the zone (a note made on Saturday morning is
 * one working day old on Monday morning); null when the workday has no days.
 */
export function workdaysAfter(t: number, n: number, workday: Workday, timeZone: string): number | null {
  if (workday.days.length === 0) return null;
  const start = localDate(t, timeZone);
  const clock = clockFormatter(timeZone).format(t);
  let day = start;
  for (let counted = 0; counted < n;) {
    day = addDays(day, 1);
    if (workday.days.includes(weekday(day))) counted++;
  }
  return wallTime(day, clock, timeZone);
}

export interface AttentionInput {
  /** Overdue and due-soon counts over the deadline index (snoozed ones included). */
  counts: BadgeCounts;
  /** Open commitments snoozed past now. */
  snoozed: readonly AttentionItem[];
  /** Open commitments without a deadline. */
  undated: readonly AttentionItem[];
  now: number;
  windowMs: number;
  /** When an undated commitment made at `createdAt` starts to count; null: never. */
  undatedCountsFrom(createdAt: number): number | null;
}

/** The badge's counts, and the next moment they change by themselves (a snooze ends, an undated note ages). */
export function badgeAttention(input: AttentionInput): { counts: BadgeCounts; nextChangeAt: number | null } {
  const { now, windowMs } = input;
  let { overdue, dueSoon } = input.counts;
  let next: number | null = null;
  const consider = (t: number | null) => {
    if (t !== null && t > now && (next === null || t < next)) next = t;
  };
  const asleep = (c: AttentionItem) => c.reminder.snoozedUntil !== null && c.reminder.snoozedUntil > now;
  for (const c of input.snoozed) {
    if (!asleep(c) || c.dueAt === null) continue;
    if (c.dueAt < now) overdue--;
    else if (c.dueAt < now + windowMs) dueSoon--;
    consider(c.reminder.snoozedUntil);
  }
  let undated = 0;
  for (const c of input.undated) {
    const from = input.undatedCountsFrom(c.createdAt);
    if (asleep(c)) {
      consider(c.reminder.snoozedUntil);
      continue;
    }
    if (from === null) continue;
    if (from <= now) undated++;
    else consider(from);
  }
  return { counts: { overdue: Math.max(0, overdue), dueSoon: Math.max(0, dueSoon), undated }, nextChangeAt: next };
}
