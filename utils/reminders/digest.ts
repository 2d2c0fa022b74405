// The optional daily digest: one notification at the start of the agent's workday listing what is
// overdue and due today. Pure: the runtime arms an alarm for `nextWorkdayStart` and asks `digestDueNow`
// at start-up, so a browser opened after the workday began still gets that day's digest, once.
import type { Workday } from '../commitments/types';
import { zoneOffsetMs } from '../ledger/time';
import type { Translate } from '../i18n-keys';

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

export function localDate(t: number, timeZone: string): LocalDate {
  let f = dateFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    dateFormatters.set(timeZone, f);
  }
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(t)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1 };
}

/** 'YYYY-MM-DD' of the instant in the zone: the digest's once-a-day key. */
export function localDayKey(t: number, timeZone: string): string {
  const d = localDate(t, timeZone);
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** The instant of wall-clock `hhmm` on that calendar day in the zone (DST-safe: offset taken twice). */
export function wallTime(date: LocalDate, hhmm: string, timeZone: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  const naive = Date.UTC(date.year, date.month - 1, date.day, h ?? 0, m ?? 0);
  const first = naive - zoneOffsetMs(naive, timeZone);
  return naive - zoneOffsetMs(first, timeZone);
}

export function addDays(date: LocalDate, n: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + n));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function weekday(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** The next workday start strictly after `now`; null when the workday has no days. */
export function nextWorkdayStart(now: number, workday: Workday, timeZone: string): number | null {
  const today = localDate(now, timeZone);
  for (let i = 0; i <= 7; i++) {
    const day = addDays(today, i);
    if (!workday.days.includes(weekday(day))) continue;
    const start = wallTime(day, workday.start, timeZone);
    if (start > now) return start;
  }
  return null;
}

/**
 * Whether today's digest is owed now: today is a workday, its start has passed, its end has not,
 * and it was not posted today (`lastPostedDay` is the localDayKey of the last one).
 */
export function digestDueNow(now: number, workday: Workday, timeZone: string, lastPostedDay: string | null): boolean {
  const today = localDate(now, timeZone);
  if (!workday.days.includes(weekday(today))) return false;
  if (lastPostedDay === localDayKey(now, timeZone)) return false;
  return now >= wallTime(today, workday.start, timeZone) && now < wallTime(today, workday.end, timeZone);
}

export interface DigestCounts {
  overdue: number;
  dueToday: number;
  /** The first few, soonest first, as one line each ("Send the rate card — Dana Reyes"). */
  lines: string[];
}

/** The digest's words; null when there is nothing to say (no notification on a clear day). */
export function digestText(counts: DigestCounts, tr: Translate): { title: string; message: string } | null {
  if (counts.overdue === 0 && counts.dueToday === 0) return null;
  const parts: string[] = [];
  if (counts.overdue) parts.push(tr('digestOverdue', counts.overdue));
  if (counts.dueToday) parts.push(tr('digestDueToday', counts.dueToday));
  return { title: tr('digestTitle', parts.join(', ')), message: counts.lines.join('\n') };
}

/** Workday start on the calendar day after `now`'s in the zone ("Snooze until tomorrow"). */
export function tomorrowAt(now: number, hhmm: string, timeZone: string): number {
  return wallTime(addDays(localDate(now, timeZone), 1), hhmm, timeZone);
}
