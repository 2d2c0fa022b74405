// Deadline phrases for the summary: "by Friday, November 27", "by 5:00 PM ET on Friday,
// November 27", "by tomorrow (Wednesday, November 25)". Intl.DateTimeFormat does all the calendar
// work in the zone the customer reads the summary in.
import type { Due } from '../commitments/types';
import { zoneAbbreviation } from './zones';

const knownLocales = new Map<string, boolean>();

/** Whether Intl knows a locale, kept: asking builds a formatter, which is slow. */
function knownToIntl(locale: string): boolean {
  let ok = knownLocales.get(locale);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat(locale);
      ok = true;
    } catch {
      ok = false;
    }
    if (knownLocales.size > 1000) knownLocales.clear();
    knownLocales.set(locale, ok);
  }
  return ok;
}

// Zones are checked where deadlines are read.
export { isValidTimeZone } from '../commitments/deadlines/zones';

export function isValidLocale(locale: unknown): locale is string {
  return typeof locale === 'string' && locale.trim() !== '' && knownToIntl(locale);
}

/** A clock written in the deadline words: "10am", "3:30 pm", "noon", "by 1730", "midnight". */
const WRITTEN_CLOCK =
  /\b(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|a|p)\b|\d{1,2}:\d{2}\b|noon|midday|midnight|(?:at|by)\s+[012]\d[0-5]\d\b)/i;

/**
 * Whether a deadline is stated to the time of day: its precision says so, or its words hold a
 * clock ("Friday 10am" read at day precision still shows 10:00 AM).
 */
export function timeMatters(due: (Pick<Due, 'precision'> & Partial<Pick<Due, 'text'>>) | null | undefined): boolean {
  if (due == null) return false;
  if (due.precision === 'minute' || due.precision === 'hour' || due.precision === 'part-of-day') return true;
  return typeof due.text === 'string' && WRITTEN_CLOCK.test(due.text);
}

/** Parses `due.at`; null when it is missing or not a date. */
export function dueInstant(due: Pick<Due, 'at'> | null | undefined): Date | null {
  if (due == null || typeof due.at !== 'string') return null;
  const ms = Date.parse(due.at);
  return Number.isFinite(ms) ? new Date(ms) : null;
}

const formatCache = new Map<string, Intl.DateTimeFormat>();

/**
 * One Intl.DateTimeFormat per locale and options, kept: building one costs far more than using it
 * (a summary needs about twenty), and the panel rebuilds the summary on every change.
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = formatCache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    if (formatCache.size > 1000) formatCache.clear();
    formatCache.set(key, format);
  }
  return format;
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
  private readonly monthDayFormat: Intl.DateTimeFormat;
  private readonly monthDayYearFormat: Intl.DateTimeFormat;
  private readonly timeFormat: Intl.DateTimeFormat;
  private readonly agentTimeFormat: Intl.DateTimeFormat;
  private readonly agentKeyFormat: Intl.DateTimeFormat;
  private readonly agentDateFormat: Intl.DateTimeFormat;
  private readonly today: DayKey;
  private readonly tomorrow: DayKey;

  constructor(
    locale: string,
    /** The zone the summary's reader sees (the customer's when known). */
    private readonly displayZone: string,
    /** The agent's zone, in which date-only deadlines were meant. */
    private readonly agentZone: string,
    now: Date,
    /** Also give the agent's own clock beside a time ("9:00 AM CST / 10:00 AM EST"). */
    private readonly agentClock = false,
    /** Say "today"/"tomorrow"; off where the reader's today may not be the one these dates count from. */
    private readonly relativeDays = true,
  ) {
    const key = { year: 'numeric', month: 'numeric', day: 'numeric' } as const;
    this.keyFormat = dateTimeFormat('en-US', { timeZone: displayZone, ...key });
    this.agentKeyFormat = dateTimeFormat('en-US', { timeZone: agentZone, ...key });
    this.dateFormat = dateTimeFormat(locale, { timeZone: displayZone, weekday: 'long', month: 'long', day: 'numeric' });
    this.dateWithYearFormat = dateTimeFormat(locale, {
      timeZone: displayZone,
      weekday: 'long',
      month: 'long',
      day: 'numeric',
      year: 'numeric',
    });
    this.monthDayFormat = dateTimeFormat(locale, { timeZone: displayZone, month: 'long', day: 'numeric' });
    this.monthDayYearFormat = dateTimeFormat(locale, { timeZone: displayZone, month: 'long', day: 'numeric', year: 'numeric' });
    this.timeFormat = dateTimeFormat(locale, { timeZone: displayZone, hour: 'numeric', minute: '2-digit' });
    this.agentTimeFormat = dateTimeFormat(locale, { timeZone: agentZone, hour: 'numeric', minute: '2-digit' });
    this.agentDateFormat = dateTimeFormat(locale, { timeZone: agentZone, weekday: 'long', month: 'long', day: 'numeric' });
    this.today = dayKey(this.keyFormat, now);
    // Calendar arithmetic on the civil date, so DST days of 23 or 25 hours do not matter.
    const t = new Date(Date.UTC(this.today.year, this.today.month - 1, this.today.day + 1));
    this.tomorrow = { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
  }

  /**
   * "by Friday, November 27", "by 5:00 PM EST on Friday, November 27",
   * "by tomorrow (Wednesday, November 25)", "by the end of today (Tuesday, November 24)",
   * "by 5:00 PM EST today (Tuesday, November 24)".
   * A date-only deadline that falls on another calendar day for the reader than for the agent
   * shows its time, so that "Friday" in New York is not read as all of Saturday in Tokyo.
   */
  phrase(at: Date, showTime: boolean): string {
    const key = dayKey(this.keyFormat, at);
    const withTime = this.withTime(at, showTime);
    const date = this.date(at);
    const relative = !this.relativeDays ? null : sameDay(key, this.today) ? 'today' : sameDay(key, this.tomorrow) ? 'tomorrow' : null;
    const day = relative
      ? `${relative === 'today' && !withTime ? 'the end of today' : relative} (${date})`
      : withTime
        ? `on ${date}`
        : date;
    if (!withTime) return plainSpaces(`by ${day}`);
    return plainSpaces(this.withAgentClock(at, `by ${this.clock(at)}`, ` ${day}`));
  }

  /**
   * The moment without "by" and without relative words, for beside words that already say when:
   * "Friday, November 27", "10:00 AM CST on Tuesday, December 1". `dayNamed`: the words already
   * name the weekday, so only the date is added ("November 27").
   */
  when(at: Date, showTime: boolean, dayNamed = false): string {
    const date = dayNamed ? this.monthDay(at) : this.date(at);
    if (!this.withTime(at, showTime)) return plainSpaces(date);
    return plainSpaces(this.withAgentClock(at, this.clock(at), ` on ${this.date(at)}`));
  }

  /** "Wednesday, December 2": the date alone (with the year when it is not this year). */
  date(at: Date): string {
    const key = dayKey(this.keyFormat, at);
    return plainSpaces((key.year === this.today.year ? this.dateFormat : this.dateWithYearFormat).format(at));
  }

  /** "5:00 PM CST" */
  clock(at: Date): string {
    return plainSpaces(`${this.timeFormat.format(at)} ${this.zoneLabel(at)}`);
  }

  /** "CST", "CDT", "CET", "GMT", "Tokyo time (GMT+9)"; "UTC" only for UTC itself. */
  zoneLabel(at: Date): string {
    return zoneAbbreviation(this.displayZone, at);
  }

  private withTime(at: Date, showTime: boolean): boolean {
    return showTime || !sameDay(dayKey(this.keyFormat, at), dayKey(this.agentKeyFormat, at));
  }

  private monthDay(at: Date): string {
    const key = dayKey(this.keyFormat, at);
    return plainSpaces((key.year === this.today.year ? this.monthDayFormat : this.monthDayYearFormat).format(at));
  }

  /**
   * The agent's clock beside the customer's, when asked for and it reads differently: on the same
   * day "9:00 AM CST / 10:00 AM EST tomorrow (…)"; on another day each with its own date, "10:00 AM
   * IST on Thursday, December 3 / 11:30 PM EST on Wednesday, December 2".
   */
  private withAgentClock(at: Date, clock: string, day: string): string {
    if (!this.agentClock || this.agentZone === this.displayZone) return `${clock}${day}`;
    const mine = plainSpaces(`${this.agentTimeFormat.format(at)} ${zoneAbbreviation(this.agentZone, at)}`);
    if (mine === this.clock(at)) return `${clock}${day}`;
    if (sameDay(dayKey(this.keyFormat, at), dayKey(this.agentKeyFormat, at))) return `${clock} / ${mine}${day}`;
    return `${clock}${day} / ${mine} on ${plainSpaces(this.agentDateFormat.format(at))}`;
  }
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
