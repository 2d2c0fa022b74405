// Deadline phrases for the summary: "by Friday, November 27", "by 5:00 PM ET on Friday,
// November 27", "by tomorrow (Wednesday, November 25)". Intl.DateTimeFormat does all the calendar
// work in the zone the customer reads the summary in.
import type { Due } from '../commitments/types';

export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function isValidLocale(locale: unknown): locale is string {
  if (typeof locale !== 'string' || locale.trim() === '') return false;
  try {
    new Intl.DateTimeFormat(locale);
    return true;
  } catch {
    return false;
  }
}

/** Whether a deadline of this precision is stated to the time of day. */
export function timeMatters(due: Pick<Due, 'precision'> | null | undefined): boolean {
  return due != null && (due.precision === 'minute' || due.precision === 'hour' || due.precision === 'part-of-day');
}

/** Parses `due.at`; null when it is missing or not a date. */
export function dueInstant(due: Pick<Due, 'at'> | null | undefined): Date | null {
  if (due == null || typeof due.at !== 'string') return null;
  const ms = Date.parse(due.at);
  return Number.isFinite(ms) ? new Date(ms) : null;
}

interface DayKey {
  year: number;
  month: number;
  day: number;
}

/** Formats deadlines in one zone and locale; build one per summary and reuse it. */
export class DeadlinePhraser {
  private readonly keyFormat: Intl.DateTimeFormat;
  private readonly dateFormat: Intl.DateTimeFormat;
  private readonly dateWithYearFormat: Intl.DateTimeFormat;
  private readonly timeFormat: Intl.DateTimeFormat;
  private readonly agentKeyFormat: Intl.DateTimeFormat;
  private readonly genericZoneFormat: Intl.DateTimeFormat | null;
  private readonly specificZoneFormat: Intl.DateTimeFormat | null;
  private readonly today: DayKey;
  private readonly tomorrow: DayKey;

  constructor(
    locale: string,
    /** The zone the summary's reader sees (the customer's when known). */
    private readonly displayZone: string,
    /** The agent's zone, in which date-only deadlines were meant. */
    agentZone: string,
    now: Date,
  ) {
    this.keyFormat = new Intl.DateTimeFormat('en-US', {
      timeZone: displayZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    this.agentKeyFormat = new Intl.DateTimeFormat('en-US', {
      timeZone: agentZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    this.dateFormat = new Intl.DateTimeFormat(locale, {
      timeZone: displayZone,
      weekday: 'long',
      month: 'long',
      day: 'numeric',
    });
    this.dateWithYearFormat = new Intl.DateTimeFormat(locale, {
      timeZone: displayZone,
      weekday: 'long',
      month: 'long',
      day: 'numeric',
      year: 'numeric',
    });
    this.timeFormat = new Intl.DateTimeFormat(locale, { timeZone: displayZone, hour: 'numeric', minute: '2-digit' });
    this.genericZoneFormat = zoneFormat(locale, displayZone, 'shortGeneric');
    this.specificZoneFormat = zoneFormat(locale, displayZone, 'short');
    this.today = dayKey(this.keyFormat, now);
    // Calendar arithmetic on the civil date, so DST days of 23 or 25 hours do not matter.
    const t = new Date(Date.UTC(this.today.year, this.today.month - 1, this.today.day + 1));
    this.tomorrow = { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
  }

  /**
   * "by Friday, November 27", "by 5:00 PM ET on Friday, November 27",
   * "by tomorrow (Wednesday, November 25)", "by the end of today (Tuesday, November 24)",
   * "by 5:00 PM ET today (Tuesday, November 24)".
   * A date-only deadline that falls on another calendar day for the reader than for the agent
   * shows its time, so that "Friday" in New York is not read as all of Saturday in Tokyo.
   */
  phrase(at: Date, showTime: boolean): string {
    const key = dayKey(this.keyFormat, at);
    const withTime = showTime || !sameDay(key, dayKey(this.agentKeyFormat, at));
    const date = (key.year === this.today.year ? this.dateFormat : this.dateWithYearFormat).format(at);
    const relative = sameDay(key, this.today) ? 'today' : sameDay(key, this.tomorrow) ? 'tomorrow' : null;
    const day = relative
      ? `${relative === 'today' && !withTime ? 'the end of today' : relative} (${date})`
      : withTime
        ? `on ${date}`
        : date;
    if (!withTime) return plainSpaces(`by ${day}`);
    return plainSpaces(`by ${this.timeFormat.format(at)} ${this.zoneLabel(at)} ${day}`);
  }

  /** "ET", "PT", "UTC", "Germany Time": short and recognizable, never empty. */
  zoneLabel(at: Date): string {
    const generic = zonePart(this.genericZoneFormat, at);
    const specific = zonePart(this.specificZoneFormat, at);
    const abbreviation = /^[A-Z]{2,5}$/;
    if (generic && abbreviation.test(generic)) return generic;
    if (specific && abbreviation.test(specific)) return specific;
    return generic || specific || this.displayZone;
  }
}

function zoneFormat(locale: string, timeZone: string, timeZoneName: 'short' | 'shortGeneric'): Intl.DateTimeFormat | null {
  try {
    return new Intl.DateTimeFormat(locale, { timeZone, timeZoneName });
  } catch {
    return null; // an engine without 'shortGeneric'
  }
}

function zonePart(format: Intl.DateTimeFormat | null, at: Date): string | undefined {
  return format?.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
}

/** ICU puts U+202F / U+00A0 in "5:00 PM" and some dates; plain spaces paste more predictably. */
function plainSpaces(text: string): string {
  return text.replace(/[\u202f\u00a0]/g, ' ');
}

function dayKey(format: Intl.DateTimeFormat, at: Date): DayKey {
  let year = 0;
  let month = 0;
  let day = 0;
  for (const part of format.formatToParts(at)) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') day = Number(part.value);
  }
  return { year, month, day };
}

function sameDay(a: DayKey, b: DayKey): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}
