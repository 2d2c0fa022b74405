// Over 400 lines: one small chrono parser per family of deadline words, registered together in order.
// Custom chrono parsers for the deadline words agents use that chrono-node 2.10 misses or misreads
// (EOD/COB, end of week/month, business days, "first thing", "by the 15th", "within 2 hours").
// They only recognise words and compute civil dates in the agent's zone; turning a recognised
// phrase into "the latest moment" (workday end, DST, other zones) is resolve.ts's job, driven by
// the tags set here. Each pattern starts with a look-behind so it never fires mid-word.
import { ParsingComponents, type Parser, type ParsingContext } from 'chrono-node';
import type { Gate, GatedParser } from './gates';
import { envOf, TAG, type DeadlineEnv } from './options';
import { addWorkdays, isWorkday, lastWorkdayOfMonth, lastWorkdayOfWeek, lastWorkdayOfWholeWeek } from './workday';
import { addDays, addMonths, daysInMonth, weekdayOf } from './zones';
import { LARGE_NUMBER_WORDS, NUMBER_PATTERN, toNumber } from './words';
import { Clock24Parser, DottedDayMonthParser, ShortMeridiemParser, YearParser } from './numeric';

type Match = RegExpMatchArray;

/** Days from today to weekday `wd` (0 = Sunday): the next such day, today included while today's workday has not ended. */
function daysToWeekday(env: DeadlineEnv, wd: number): number {
  const t = env.today;
  const workdayOver = t.h * 60 + t.mi >= env.schedule.end.h * 60 + env.schedule.end.mi;
  return (wd - t.wd + 7) % 7 || (workdayOver ? 7 : 0);
}

/** Days from today to the Monday of this week (≤ 0), or of the next one when `next`. */
function daysToMonday(env: DeadlineEnv, next: boolean): number {
  return -((env.today.wd + 6) % 7) + (next ? 7 : 0);
}

/**
 * A count that starts right after "0." or "1,": the digits after a decimal point or comma, not a
 * count of their own. chrono tries a pattern again one character on when a parser refuses a
 * match, so "0.5 business days" would be read again as "5 business days" (a week, not a morning).
 */
function afterDecimalPoint(context: ParsingContext, match: Match): boolean {
  return /\d[.,]$/.test(context.text.slice(0, match.index ?? 0));
}

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function dateComponents(context: ParsingContext, date: { y: number; m: number; d: number }) {
  return context.createParsingComponents({ year: date.y, month: date.m, day: date.d });
}

export const EOD_PATTERN =
  /\b(your\s+)?(?:(EOD|COB|EOB|C\.O\.B\.?|E\.O\.D\.?)(?![\w])|(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(?:(?:business|work(?:ing)?)[\s-]+day|work[\s-]?day|business|day|play|(today|tomorrow)(?![\w])))(?![\w])/i;

/** EOD, COB, end of (the business) day, close of business/play, end of today/tomorrow. */
export class EndOfDayParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  static readonly gate: Gate = ['eod', 'cob', 'eob', 'c.o.b', 'e.o.d', 'end', 'close'];
  pattern(): RegExp {
    return EOD_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const env = envOf(context);
    if (!env) return null;
    const c = context.createParsingComponents();
    const which = match[3]?.toLowerCase();
    if (which) {
      const date = which === 'tomorrow' ? addDays(env.today.y, env.today.m, env.today.d, 1) : env.today;
      c.assign('year', date.y).assign('month', date.m).assign('day', date.d);
    } else {
      c.imply('year', env.today.y).imply('month', env.today.m).imply('day', env.today.d);
    }
    // Hour/minute are "known" so chrono's own date+time merge joins "Friday EOD" into one result.
    c.assign('hour', env.schedule.end.h).assign('minute', env.schedule.end.mi).assign('second', 0);
    c.addTag(TAG.eod);
    if (match[1]) c.addTag(TAG.customerZone);
    return c;
  }
}

export const END_OF_PERIOD_PATTERN =
  /\b(?:(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(this|next|the\s+next|current|the\s+current|following|the\s+following|coming|the\s+coming|last|the\s+last|past|the\s+past|previous|the\s+previous)?\s*(?:business\s+|work(?:ing)?\s+)?(week|month|quarter|year)|(EOW|EOM|EOQ|EOY)|(?:(this|next)\s*)?(month|quarter|year)[\s-]end)(?![\w])/i;

/** End of (this/next) week, month, quarter, year; EOW/EOM/EOQ; "month-end". */
export class EndOfPeriodParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  static readonly gate: Gate = ['end', 'close', 'eow', 'eom', 'eoq', 'eoy'];
  pattern(): RegExp {
    return END_OF_PERIOD_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const env = envOf(context);
    if (!env) return null;
    const abbr = match[3]?.toUpperCase();
    const unit = (match[2] ?? match[5] ?? { EOW: 'week', EOM: 'month', EOQ: 'quarter', EOY: 'year' }[abbr ?? ''] ?? 'week').toLowerCase();
    const which = match[1] ?? match[4] ?? '';
    // +1 for the next period, -1 for the one before ("end of last week": a day gone), 0 for this.
    const shift = /next|following|coming/i.test(which) ? 1 : /last|past|previous/i.test(which) ? -1 : 0;
    const t = env.today;
    let date: { y: number; m: number; d: number };
    let tag: string;
    if (unit === 'week') {
      // This week: never a day gone; a week ahead or behind: all of it.
      date = shift === 0 ? lastWorkdayOfWeek(t, env.schedule) : lastWorkdayOfWholeWeek(addDays(t.y, t.m, t.d, 7 * shift), env.schedule);
      tag = TAG.eow;
    } else if (unit === 'month' || unit === 'quarter') {
      // Months counted from year 0, so a shift crosses a year either way.
      const idx = t.y * 12 + (unit === 'month' ? t.m - 1 + shift : Math.ceil(t.m / 3) * 3 - 1 + 3 * shift);
      date = lastWorkdayOfMonth({ y: Math.floor(idx / 12), m: (idx % 12) + 1, d: 1 }, env.schedule);
      tag = unit === 'month' ? TAG.eom : TAG.eoq;
    } else {
      date = lastWorkdayOfMonth({ y: t.y + shift, m: 12, d: 1 }, env.schedule);
      tag = TAG.eoy;
    }
    const c = dateComponents(context, date).addTag(tag);
    return shift < 0 ? c.addTag(TAG.past) : c;
  }
}

const WITHIN_THE_PATTERN =
  /\b(?:within|in|during|(?:later|earlier)\s+in)\s+the\s+(week|month|quarter|year)(?![\w])(?!\s*(?:\d|of\b|after\b|before\b|ahead\b|to\b))/i;

/**
 * "within the week", "later in the month": by the end of this period (chrono would read "the" as
 * one and count a week or a month from today).
 */
class WithinThePeriodParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  // A regex, not literals: the pattern allows any run of spaces between "the" and the period.
  static readonly gate: Gate = /the\s+(?:week|month|quarter|year)/i;
  pattern(): RegExp {
    return WITHIN_THE_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const env = envOf(context);
    if (!env) return null;
    const t = env.today;
    const unit = (match[1] ?? '').toLowerCase();
    if (unit === 'week') return dateComponents(context, lastWorkdayOfWeek(t, env.schedule)).addTag(TAG.eow);
    const lastMonth = unit === 'month' ? t.m : unit === 'quarter' ? Math.ceil(t.m / 3) * 3 : 12;
    const tag = unit === 'month' ? TAG.eom : unit === 'quarter' ? TAG.eoq : TAG.eoy;
    return dateComponents(context, lastWorkdayOfMonth({ y: t.y, m: lastMonth, d: 1 }, env.schedule)).addTag(tag);
  }
}

const CLOCK_PART_PATTERN =
  /\b(\d{1,2})(?::([0-5]\d))?\s+(?:o'?clock\s+)?(?:(?:(in\s+the|this|tomorrow)\s+(morning|afternoon|evening|night))|(tonight))(?![\w])/i;

/**
 * "5 in the evening", "8 this evening", "5 tomorrow afternoon", "9 tonight": the hour on the
 * clock of that part of the day (chrono keeps only the part of the day, or reads 5 as 5am).
 */
class ClockPartOfDayParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  static readonly gate: Gate = ['morning', 'afternoon', 'evening', 'night'];
  pattern(): RegExp {
    return CLOCK_PART_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const env = envOf(context);
    if (!env) return null;
    let h = Number(match[1]);
    const mi = match[2] ? Number(match[2]) : 0;
    if (h < 1 || h > 12) return null;
    const part = (match[4] ?? 'night').toLowerCase();
    let daysOn = (match[3] ?? '').toLowerCase() === 'tomorrow' ? 1 : 0;
    if (part === 'morning') h = h === 12 ? 0 : h;
    else if (part !== 'night') h = h === 12 ? 12 : h + 12;
    else if (h >= 5 && h < 12) h += 12;
    else {
      // "12 tonight", "2 tonight": the small hours after that evening, on the next day's date
      // (read on today's, they were hours gone). Said in the small hours themselves, tonight's are today's.
      h %= 12;
      if (env.today.h >= 5) daysOn += 1;
    }
    const c = context
      .createParsingComponents()
      .assign('hour', h)
      .assign('minute', mi)
      .assign('meridiem', h >= 12 ? 1 : 0);
    if (daysOn > 0) {
      const d = addDays(env.today.y, env.today.m, env.today.d, daysOn);
      c.assign('year', d.y).assign('month', d.m).assign('day', d.d);
    } else {
      c.imply('year', env.today.y).imply('month', env.today.m).imply('day', env.today.d);
    }
    return c;
  }
}

const MID_MONTH_PATTERN =
  /\b(?:mid|(?:the\s+)?middle\s+of)[\s-]*(?:(?:the\s+)?(this|next|the\s+next|following|coming)?\s*(month)|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+(\d{4}))?)(?![\w])/i;

/**
 * "by mid-March", "the middle of next month", "mid-month": the 15th of that month (a named month
 * is the next such one, this one included). chrono reads only the month, whose deadline is its end.
 */
class MidMonthParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  static readonly gate: Gate = ['mid'];
  pattern(): RegExp {
    return MID_MONTH_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const env = envOf(context);
    if (!env) return null;
    const t = env.today;
    let y = t.y;
    let m = t.m;
    if (match[2]) {
      if (/next|following|coming/i.test(match[1] ?? '')) {
        m = (t.m % 12) + 1;
        if (t.m === 12) y += 1;
      }
    } else {
      m = MONTHS.indexOf((match[3] ?? '').toLowerCase()) + 1;
      if (m < 1) return null;
      if (match[4]) y = Number(match[4]);
      else if (m < t.m) y += 1;
    }
    return dateComponents(context, { y, m, d: 15 }).addTag(TAG.dayOfMonth);
  }
}

export const BUSINESS_DAYS_PATTERN = new RegExp(
  `\\b(?:(?:(?:within|in|inside(?:\\s+of)?|after|over)\\s+(?:the\\s+)?(?:next\\s+)?)?(?:\\d{1,2}\\s*(?:-|–|to|or)\\s*)?${NUMBER_PATTERN}\\s+(?:business|working|work|biz)[\\s-]+days?|(?:the\\s+)?(?:next|following)\\s+(?:business|working|work)[\\s-]+day)(?![\\w])`,
  'i',
);

/** "within 3 business days", "in two working days", "next business day", "2 business days"; a range counts to its end ("3-5 business days": 5). */
export class BusinessDaysParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  static readonly gate: Gate = ['business', 'work', 'biz'];
  pattern(): RegExp {
    return BUSINESS_DAYS_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const env = envOf(context);
    if (!env) return null;
    const count = match[1] ? toNumber(match[1]) : 1;
    if (count === null || count < 1 || count > 366 || afterDecimalPoint(context, match)) return null;
    // Part of a business day ends with that workday: "1.5 business days" is the second one's end.
    const date = addWorkdays(env.today, Math.ceil(count), env.schedule);
    return dateComponents(context, date).addTag(TAG.businessDays);
  }
}

export const ELAPSED_PATTERN = new RegExp(
  `\\b(?:within|in|inside(?:\\s+of)?|under|less\\s+than)\\s+(?:the\\s+next\\s+|the\\s+|next\\s+)?(?:${NUMBER_PATTERN}\\s+)?(hours?|hrs?|h|minutes?|mins?)(?![\\w])`,
  'i',
);

/** "within 2 hours", "in 30 minutes", "within the hour", "in half an hour": now + N, exactly. */
export class ElapsedTimeParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  static readonly gate: Gate = /\s(?:hours?|hrs?|h|minutes?|mins?)(?![\w])/i;
  pattern(): RegExp {
    return ELAPSED_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const env = envOf(context);
    if (!env) return null;
    const n = match[1] ? toNumber(match[1]) : 1;
    if (n === null || n <= 0 || n > 10000) return null;
    const minutes = Math.round(/^h/i.test(match[2] ?? '') ? n * 60 : n);
    // chrono's components are only what its merging sees; resolve.ts adds the minutes to the
    // instant itself, so a DST change inside the span cannot shift the result.
    // The direct reader's light context has no chrono reference; resolve.ts reads only the tags.
    const c = context.reference
      ? ParsingComponents.createRelativeFromReference(context.reference, { minute: minutes })
      : context.createParsingComponents();
    return c.addTag(TAG.elapsed).addTag(`${TAG.elapsedPrefix}${minutes}`);
  }
}

const COUNTED_SPAN_PATTERN = new RegExp(
  `\\b(?:(within|in|inside(?:\\s+of)?|under|after|over\\s+the\\s+(?:next|coming))\\s+(?:the\\s+next\\s+)?)?(?:(${LARGE_NUMBER_WORDS}|${NUMBER_PATTERN.replace(/^\(/, '(?:')}\\s+and\\s+a\\s+half)[\\s-]+(days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?)|${NUMBER_PATTERN}\\s+(fortnights?))(?:\\s+(later|after|from\\s+(?:now|today)|hence|out))?(?![\\w])`,
  'i',
);

const MINUTES_IN: Record<string, number> = { minute: 1, min: 1, hour: 60, hr: 60, day: 1440, week: 7 * 1440, fortnight: 14 * 1440 };

/**
 * Spans counted in what chrono-node cannot count: number words past twelve ("within thirty days",
 * "twenty-one days later", "fifteen days from now", "in eighteen months"), halves ("one and a half
 * days", "2 and a half hours") and fortnights ("a fortnight from now"). chrono reads none of them;
 * worse, it read a part: "from now" alone as today ("fifteen days from now" was a deadline of
 * today), "a half days" as 12 hours. A span needs its cue ("within", "in", "after", "later", "from
 * now"…): a bare "thirty days" is no deadline. Whole days and longer land on a calendar day
 * (resolve.ts applies the workday end, as for chrono's "in 12 days"); hours, minutes and halves are
 * now + N exactly, as ElapsedTimeParser and chrono's "in 1.5 days". Half months and years are left
 * unread: no length is right for them.
 */
class CountedSpanParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  static readonly gate: Gate = ['teen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'fortnight', 'half'];
  pattern(): RegExp {
    return COUNTED_SPAN_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const env = envOf(context);
    const [, before, words, unitWord, fortnightCount, fortnights, after] = match;
    if (!env || (!before && !after)) return null;
    const half = words ? /\s+and\s+a\s+half$/i.exec(words) : null;
    const whole = toNumber(half ? words!.slice(0, half.index) : (words ?? fortnightCount ?? ''));
    if (whole === null || whole <= 0 || !Number.isInteger(whole)) return null;
    const n = half ? whole + 0.5 : whole;
    const unit = fortnights ? 'fortnight' : (unitWord ?? '').toLowerCase().replace(/s$/, '');
    const perUnit = MINUTES_IN[unit];
    if (perUnit !== undefined && (perUnit < 1440 || half)) {
      const minutes = Math.round(n * perUnit);
      const c = context.reference
        ? ParsingComponents.createRelativeFromReference(context.reference, { minute: minutes })
        : context.createParsingComponents();
      return c.addTag(TAG.elapsed).addTag(`${TAG.elapsedPrefix}${minutes}`);
    }
    if (perUnit !== undefined) {
      const { y, m, d } = env.today;
      return dateComponents(context, addDays(y, m, d, n * (perUnit / 1440)));
    }
    if (half) return null;
    const { y, m, d } = env.today;
    return dateComponents(context, addMonths(y, m, d, n * (unit === 'year' ? 12 : 1)));
  }
}

const SAME_TIME_PATTERN =
  /\b(?:this|the\s+same|same)\s+time\s+(?:(tomorrow)|next\s+(week|month)|(?:next\s+|on\s+)?((?:sun|mon|tues|wednes|thurs|fri|satur)day))(?![\w])/i;

/**
 * "this time tomorrow", "same time next week", "the same time on Friday": that day at the clock of
 * now. chrono read the day alone (its workday end), or "next week" as its end.
 */
class SameTimeParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  static readonly gate: Gate = ['time'];
  pattern(): RegExp {
    return SAME_TIME_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const env = envOf(context);
    if (!env) return null;
    const t = env.today;
    const [, tomorrow, period, weekday] = match;
    let date: { y: number; m: number; d: number };
    if (tomorrow) date = addDays(t.y, t.m, t.d, 1);
    else if (period?.toLowerCase() === 'week') date = addDays(t.y, t.m, t.d, 7);
    else if (period) date = addMonths(t.y, t.m, t.d, 1);
    else {
      // The same time on today's weekday is now itself: the next one is meant.
      const wd = WEEKDAY_NAMES.indexOf((weekday ?? '').toLowerCase());
      date = addDays(t.y, t.m, t.d, (wd - t.wd + 7) % 7 || 7);
    }
    return context.createParsingComponents({ year: date.y, month: date.m, day: date.d, hour: t.h, minute: t.mi });
  }
}

const NTH_WEEK_OF_MONTH_PATTERN =
  /\b(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|last|final)\s+week\s+(?:of|in)\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,?\s+(\d{4}))?(?![\w])/i;
const WEEK_ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

/**
 * "the first week of January", "by the second week in March", "the last week of December": the last
 * workday of that week of the month (days 1–7, 8–14…; the last week ends with the month). chrono read
 * the month alone (its end), or "last week" as the week gone.
 */
class NthWeekOfMonthParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  static readonly gate: Gate = /week\s+(?:of|in)\s/i;
  pattern(): RegExp {
    return NTH_WEEK_OF_MONTH_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const env = envOf(context);
    if (!env) return null;
    const t = env.today;
    const m = MONTHS.indexOf((match[2] ?? '').toLowerCase()) + 1;
    if (m < 1) return null;
    const nth = WEEK_ORDINALS[(match[1] ?? '').toLowerCase()];
    const lastDay = (year: number) => (nth === undefined ? daysInMonth(year, m) : Math.min(7 * nth, daysInMonth(year, m)));
    // Without a year, as a year-less date (resolve.ts): this year's when it is ahead or at most a
    // quarter back (past due), otherwise next year's.
    let y = match[3] ? Number(match[3]) : t.y;
    const back = (Date.UTC(t.y, t.m - 1, t.d) - Date.UTC(y, m - 1, lastDay(y))) / 86_400_000;
    if (!match[3] && back > 92) y += 1;
    let d = lastDay(y);
    const first = d - 6;
    while (d > first && !isWorkday({ y, m, d }, env.schedule)) d--;
    return dateComponents(context, { y, m, d });
  }
}

const DAY_WORD = '(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)';
/** What may follow a number that is a count, not a clock ("Friday by 2 business days", "by 10 pallets"). */
const NOT_A_CLOCK_AFTER =
  '(?![\\w:.%/-])(?!\\s+(?:business|working|calendar|full|more|days?|hours?|hrs?|minutes?|mins?|weeks?|months?|years?|percent|of|items?|units?|pallets?|boxes|dollars?|people|orders?|tickets?)\\b)';
/** "reduce it by 10 today", "prices went up by 5 on Monday": an amount of change, not a clock. */
const CHANGED_BY =
  '(?<!\\b(?:reduce[sd]?|increase[sd]?|cut|lower(?:ed)?|raise[sd]?|drop(?:ped)?|discount(?:ed)?|grow|grew|rise|rose|fall|fell|up|down)\\s+(?:\\w+\\s+)?)';
/** A meridiem after the clock ("Friday by 11:00 am"): chrono's own time parser reads it whole. */
const NO_MERIDIEM_AFTER = '(?!\\s*(?:[ap]\\.?m\\b\\.?|[ap]\\.m\\.))';
const CLOCK_BESIDE_DAY_PATTERN = new RegExp(
  `(?<=\\b${DAY_WORD},?\\s+)(?:by|before|until|till)\\s+(\\d{1,2})(?::([0-5]\\d))?${NOT_A_CLOCK_AFTER}${NO_MERIDIEM_AFTER}|${CHANGED_BY}\\b(?:by|before|until|till)\\s+(\\d{1,2})(?::([0-5]\\d))?(?=\\s+(?:on\\s+)?${DAY_WORD}\\b)`,
  'i',
);

/**
 * "by 2 today", "Friday by 10", "before 3 tomorrow": a bare clock after "by" beside a day word. chrono
 * reads "at 10" as a clock but not "by 10", so the day alone gave its workday end, hours past what
 * was promised. Only beside a day word: "reduce it by 10" names no time. The refiners then join it
 * to the day and take the workday's afternoon hour ("by 2" is 2 PM).
 */
class ClockBesideDayParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  static readonly gate: Gate = /\b(?:by|before|until|till)\s+\d/i;
  pattern(): RegExp {
    return CLOCK_BESIDE_DAY_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const hour = Number(match[1] ?? match[3]);
    const minute = Number(match[2] ?? match[4] ?? 0);
    if (!(hour >= 1 && hour <= 23)) return null;
    return context.createParsingComponents({ hour, minute });
  }
}

const MID_WEEK_PATTERN =
  /\b(?:mid|(?:the\s+)?middle\s+of)[\s-]*(?:(?:the\s+)?(this|next|the\s+next|following|coming)\s+)?week\b|\bmidweek\b/i;

/**
 * "by mid next week", "midweek", "the middle of this week": that week's Wednesday (this week's while
 * it has not passed). chrono read "next week" alone, whose deadline is its end.
 */
class MidWeekParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  static readonly gate: Gate = ['mid'];
  pattern(): RegExp {
    return MID_WEEK_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const env = envOf(context);
    if (!env) return null;
    const t = env.today;
    const toWednesday = 3 - t.wd;
    const which = (match[1] ?? '').toLowerCase();
    const ahead = which && which !== 'this' ? toWednesday + 7 : toWednesday >= 0 ? toWednesday : toWednesday + 7;
    return dateComponents(context, addDays(t.y, t.m, t.d, ahead));
  }
}

const WEEKDAY_ALTERNATIVES_PATTERN = new RegExp(
  `\\b(?:(between)\\s+)?(?:on\\s+)?((?:sun|mon|tues|wednes|thurs|fri|satur)day)\\s*,?\\s*(or|and)\\s*(?:on\\s+)?((?:sun|mon|tues|wednes|thurs|fri|satur)day)(?:\\s+(this|next)\\s+week)?(?![\\w])`,
  'i',
);

/**
 * "Monday or Tuesday", "between Monday and Wednesday (next week)": a choice of days is kept by the later one,
 * a deadline being the latest moment (each the next such day, today included while its workday is
 * open). chrono read the first day alone. "Monday and Wednesday" without "between" is two days, not a
 * choice; "Monday to Friday" is a period (chrono's range), left alone.
 */
class WeekdayAlternativesParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  static readonly gate: Gate = /day,?\s*(?:or|and)\s/i;
  pattern(): RegExp {
    return WEEKDAY_ALTERNATIVES_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const env = envOf(context);
    if (!env) return null;
    const [, between, first, joiner, second, week] = match;
    if (joiner?.toLowerCase() === 'and' && !between) return null;
    const t = env.today;
    // "… next week": the days of that week (counted from its Monday), not the next such days.
    const monday = daysToMonday(env, /next/i.test(week ?? ''));
    const inWeek = (name: string) => monday + ((WEEKDAY_NAMES.indexOf(name.toLowerCase()) + 6) % 7);
    const ahead = (name: string) => (week ? inWeek(name) : daysToWeekday(env, WEEKDAY_NAMES.indexOf(name.toLowerCase())));
    const from = ahead(first!);
    let to = ahead(second!);
    // "Friday or Monday": the Monday after that Friday.
    if (to < from) to += 7;
    return dateComponents(context, addDays(t.y, t.m, t.d, to));
  }
}

const HOUR_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const WORDED_CLOCK_PATTERN = new RegExp(
  `\\b(half|(?:a\\s+)?quarter)\\s+(past|after|to|before|til)\\s+(\\d{1,2}|${HOUR_WORDS.join('|')}|noon|midnight)(?:\\s+(?:in\\s+the\\s+(morning|afternoon|evening)|at\\s+(night)))?(?![\\w:])`,
  'i',
);

/**
 * "half past 3", "a quarter to 5", "quarter past two tomorrow": a clock said in words, which chrono
 * does not read (the day alone gave its workday end). The hour is bare, so the workday's afternoon
 * applies as for "at 3" (refiners.ts).
 */
class WordedClockParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  static readonly gate: Gate = ['half', 'quarter'];
  pattern(): RegExp {
    return WORDED_CLOCK_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const [, part, relation, hourWord, partOfDay, night] = match;
    const word = hourWord!.toLowerCase();
    const named = word === 'noon' ? 12 : word === 'midnight' ? 0 : null;
    const hour = named ?? (/^\d/.test(word) ? Number(word) : HOUR_WORDS.indexOf(word) + 1);
    if (hour < 0 || hour > 12) return null;
    const minutes = /^half/i.test(part!) ? 30 : 15;
    const before = /^(?:to|before|til)$/i.test(relation!);
    const total = (hour * 60 + (before ? -minutes : minutes) + 1440) % 1440;
    const components = context.createParsingComponents({ hour: Math.floor(total / 60), minute: total % 60 });
    // Noon, midnight and "in the morning" name their half of the day; a bare hour leaves it to the
    // workday rule.
    if (named !== null) components.assign('meridiem', total >= 720 ? 1 : 0);
    else if (partOfDay || night) {
      const pm = !/^morning$/i.test(partOfDay ?? '');
      const h = Math.floor(total / 60) % 12;
      components.assign('hour', pm ? h + 12 : h).assign('meridiem', pm ? 1 : 0);
    }
    return components;
  }
}

const RANGE_DURATION_PATTERN =
  /\b(?:within|in|inside(?:\s+of)?|under)\s+(?:the\s+next\s+|the\s+|next\s+)?(?:(\d{1,3})\s*(?:-|–|to|or)\s*(\d{1,3})\s+(minute|min|hour|hr|day|week|month)s?|(?:an?\s+)?(minute|hour|day|week|month)\s+or\s+(two))(?![\w])/i;

/**
 * "within 24-48 hours", "in 2 to 3 days", "in a day or two": a deadline is the latest moment, so
 * the upper bound counts (hours and minutes from now; days and longer to that calendar day).
 */
class RangeDurationParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  static readonly gate: Gate = /\d\s*(?:-|–|to|or)\s*\d|\bor\s+two\b/i;
  pattern(): RegExp {
    return RANGE_DURATION_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const env = envOf(context);
    if (!env) return null;
    const low = match[5] ? 1 : Number(match[1]);
    const n = match[5] ? 2 : Number(match[2]);
    const unit = (match[3] ?? match[4] ?? '').toLowerCase();
    if (!(n > low) || n > 1000) return null;
    if ((unit.startsWith('m') && unit !== 'month') || unit.startsWith('h')) {
      const minutes = unit.startsWith('h') ? n * 60 : n;
      const c = ParsingComponents.createRelativeFromReference(context.reference, { minute: minutes });
      return c.addTag(TAG.elapsed).addTag(`${TAG.elapsedPrefix}${minutes}`);
    }
    const t = env.today;
    if (unit === 'month') return dateComponents(context, addMonths(t.y, t.m, t.d, n));
    return dateComponents(context, addDays(t.y, t.m, t.d, unit === 'week' ? 7 * n : n));
  }
}

export const FIRST_THING_PATTERN = /\bfirst\s+thing(?:\s+in\s+the\s+morning)?(?![\w])/i;

/** "first thing (in the morning)": the start of the workday. */
export class FirstThingParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  static readonly gate: Gate = ['thing'];
  pattern(): RegExp {
    return FIRST_THING_PATTERN;
  }
  extract(context: ParsingContext) {
    const env = envOf(context);
    if (!env) return null;
    const c = context.createParsingComponents();
    c.imply('year', env.today.y).imply('month', env.today.m).imply('day', env.today.d);
    c.assign('hour', env.schedule.start.h).assign('minute', env.schedule.start.mi).assign('second', 0);
    return c.addTag(TAG.firstThing);
  }
}

const MONTH_AHEAD = /^\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const NOT_A_DATE =
  /^\s+(?:floor|time|thing|line|level|tier|shift|party|try|reply|attempt|century|percentile|place|row|item|page|person|anniversary|birthday|edition|grade|round|version|step|day|week|month|year|of\s+(?:the|my|our|your|these|those|them|us))\b/i;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// "the 15th", or after a deadline word without "the" ("by 24th", "on 3rd").
export const DAY_OF_MONTH_PATTERN =
  /\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:the\s+|(?<=\b(?:on|by|before|until|till|due)\s+))(\d{1,2})(?:st|nd|rd|th)(?![\w])/i;

/**
 * "by the 15th", "on the 3rd", "February the 15th": the next such day (of that month, if named),
 * today included. chrono reads none of these.
 */
export class DayOfMonthParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  static readonly gate: Gate = /\d(?:st|nd|rd|th)/i;
  pattern(): RegExp {
    return DAY_OF_MONTH_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const env = envOf(context);
    if (!env) return null;
    const after = context.text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 30);
    if (MONTH_AHEAD.test(after) || NOT_A_DATE.test(after)) return null;
    const day = Number(match[2]);
    if (day < 1 || day > 31) return null;
    const t = env.today;
    if (match[1]) {
      const m = MONTHS.indexOf(match[1].toLowerCase()) + 1;
      if (m < 1) return null;
      let y = t.y;
      if (m < t.m || (m === t.m && day < t.d)) y += 1;
      if (day > daysInMonth(y, m)) return null;
      return dateComponents(context, { y, m, d: day }).addTag(TAG.dayOfMonth);
    }
    let { y, m } = t;
    if (day < t.d) m += 1;
    // Skip months too short for the day ("the 31st" said in April means May 31).
    for (let i = 0; i < 3; i++) {
      if (m > 12) {
        m = 1;
        y += 1;
      }
      if (day <= daysInMonth(y, m)) break;
      m += 1;
    }
    if (m > 12) {
      m = 1;
      y += 1;
    }
    return dateComponents(context, { y, m, d: day }).addTag(TAG.dayOfMonth);
  }
}

const WEEKDAYS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

// An optional "on" makes the match as long as chrono's weekday reading ("on past Friday"), so the
// tie goes to ours (our parsers run first).
const PAST_WEEKDAY_PATTERN =
  /\b(?:on\s+)?(?:last|past|previous)\s+(sun|mon|tue|wed|thu|fri|sat)(?:day|nesday|rsday|urday|s|t|n|e|u|r)*\.?(?![\w])/i;

/**
 * "last Tuesday", "past Friday": a day already gone. Dated here with certain components because
 * chrono's forwardDate (which we need for bare weekdays) would otherwise move it to next week.
 */
class PastWeekdayParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  static readonly gate: Gate = ['last', 'past', 'previous'];
  pattern(): RegExp {
    return PAST_WEEKDAY_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const env = envOf(context);
    if (!env) return null;
    const wd = WEEKDAYS[(match[1] ?? '').toLowerCase()];
    if (wd === undefined) return null;
    const back = (env.today.wd - wd + 7) % 7 || 7;
    return dateComponents(context, addDays(env.today.y, env.today.m, env.today.d, -back)).addTag(TAG.past);
  }
}

const WD = '(sun|mon|tue|wed|thu|fri|sat)(?:day|nesday|rsday|urday|s|t|n|e|u|r)*\\.?';

const WEEKDAY_OF_WEEK_PATTERN = new RegExp(
  `\\b(?:on\\s+)?(?:(last|past|previous|next|this|following)\\s+week'?s?\\s+(?:on\\s+)?${WD}|${WD}(?:\\s+(?:morning|afternoon|evening|night))?\\s+(?:(?:of|from|in)\\s+)?(?:the\\s+)?(last|past|previous|next|this|following)\\s+week)(?![\\w])`,
  'i',
);

/**
 * "Tuesday of last week", "next week Wednesday", "Friday (evening) next week": a weekday inside a named
 * week (weeks start Monday). Certain components, so forward-dating leaves them alone.
 */
class WeekdayOfWeekParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  static readonly gate: Gate = ['week'];
  pattern(): RegExp {
    return WEEKDAY_OF_WEEK_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const env = envOf(context);
    if (!env) return null;
    const which = (match[1] ?? match[4] ?? '').toLowerCase();
    const wd = WEEKDAYS[(match[2] ?? match[3] ?? '').toLowerCase()];
    if (wd === undefined) return null;
    const shift = /last|past|previous/.test(which) ? -7 : /next|following/.test(which) ? 7 : 0;
    const toMonday = -((env.today.wd + 6) % 7);
    const monday = addDays(env.today.y, env.today.m, env.today.d, toMonday + shift);
    const c = dateComponents(context, addDays(monday.y, monday.m, monday.d, (wd + 6) % 7));
    return shift < 0 ? c.addTag(TAG.past) : c;
  }
}

// Not "a week after next Tuesday": that is a week counted from a day (chrono's relative merge).
const AFTER_NEXT_PATTERN = new RegExp(
  `\\b(?:${WD}|(?:the\\s+)?(week))\\s+after\\s+next(?![\\w])(?!\\s+(?:on\\s+)?(?:sun|mon|tue|wed|thu|fri|sat|week|month|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))`,
  'i',
);

/**
 * "Friday after next": a week after the next such day (never today). "The week after next": the
 * week two weeks on, whose deadline is its last workday, like "next week".
 */
class AfterNextParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  static readonly gate: Gate = ['after'];
  pattern(): RegExp {
    return AFTER_NEXT_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const env = envOf(context);
    if (!env) return null;
    const t = env.today;
    if (match[2]) return dateComponents(context, lastWorkdayOfWholeWeek(addDays(t.y, t.m, t.d, 14), env.schedule)).addTag(TAG.eow);
    const wd = WEEKDAYS[(match[1] ?? '').toLowerCase()];
    if (wd === undefined) return null;
    const ahead = (wd - t.wd + 7) % 7 || 7;
    return dateComponents(context, addDays(t.y, t.m, t.d, ahead + 7));
  }
}

const FROM_DAY_PATTERN = new RegExp(
  `\\b(?:${NUMBER_PATTERN}\\s+(days?|weeks?|months?|years?)|(?:the\\s+)?(day))\\s+(?:from|after)\\s+(today|tomorrow|(?:sun|mon|tues|wednes|thurs|fri|satur)day)(?![\\w])|(?<!(?:\\d|\\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|few|of))\\s*)\\b(?:the\\s+)?day\\s+before\\s+(yesterday)(?![\\w])|\\b(an?|one|two|three|four)\\s+weeks?\\s+(today|tomorrow|(?:sun|mon|tues|wednes|thurs|fri|satur)day)(?![\\w])|\\b((?:sun|mon|tues|wednes|thurs|fri|satur)day)\\s+week(?![\\w-])(?!\\s+(?:of|in|end|ends|long|or)\\b)`,
  'i',
);

/**
 * "two weeks from tomorrow", "3 days from today", "a week from Monday", "10 days from Friday" (and the
 * British "a week today", "Friday week"), "day
 * after tomorrow" ("day before yesterday"). A weekday is read as a bare weekday is (the next such day,
 * today included while today's workday has not ended); chrono read the weekday alone, a deadline a
 * week or ten days early.
 */
class FromDayParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  static readonly gate: Gate = ['today', 'tomorrow', 'yesterday', ...WEEKDAY_NAMES];
  pattern(): RegExp {
    return FROM_DAY_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const env = envOf(context);
    if (!env) return null;
    if (match[5]) return dateComponents(context, addDays(env.today.y, env.today.m, env.today.d, -2)).addTag(TAG.past);
    if (afterDecimalPoint(context, match)) return null;
    // British "a week today", "two weeks Friday", "Friday week": weeks on from that day, no "from".
    const weeksOn = match[6] ?? (match[8] ? 'a' : undefined);
    const n = match[3] ? 1 : toNumber(weeksOn ?? match[1] ?? '');
    if (n === null || n < 1 || n > 366 || !Number.isInteger(n)) return null;
    const unit = weeksOn ? 'week' : (match[2] ?? 'day').toLowerCase().replace(/s$/, '');
    const t = env.today;
    const anchor = (match[4] ?? match[7] ?? match[8])!.toLowerCase();
    const weekday = WEEKDAY_NAMES.indexOf(anchor);
    const ahead = anchor === 'today' ? 0 : anchor === 'tomorrow' ? 1 : daysToWeekday(env, weekday);
    const base = addDays(t.y, t.m, t.d, ahead);
    const date =
      unit === 'day' || unit === 'week'
        ? addDays(base.y, base.m, base.d, unit === 'week' ? 7 * n : n)
        : addMonths(base.y, base.m, base.d, unit === 'year' ? 12 * n : n);
    return dateComponents(context, date);
  }
}

const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  '5th': 5,
  last: -1,
};
// "of"/"in" may be left out before this/next ("the second Tuesday this October", "the first
// Monday next month"); "in 3 months" names the month three on.
const NTH_WEEKDAY_PATTERN = new RegExp(
  `\\b(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)\\s+${WD}\\s+(?:(?:of|in)\\s+(?:the\\s+)?(?:(?:(this|next|following|coming|last|previous|past)\\s+)?month|(?:(this|next|following|coming)\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?(?:\\s+(\\d{4}))?|${NUMBER_PATTERN}\\s+months?(?:['’]?s?\\s+time)?)|(this|next|following|coming)\\s+(?:(month)|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?))(?![\\w])`,
  'i',
);

/**
 * "the first Monday of next month", "last Friday in October (2027)": that weekday of that month.
 * A month named without a year is the next such month, this one included.
 */
class NthWeekdayOfMonthParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  static readonly gate: Gate = ['first', '1st', 'second', '2nd', 'third', '3rd', 'fourth', '4th', 'fifth', '5th', 'last'];
  pattern(): RegExp {
    return NTH_WEEKDAY_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const env = envOf(context);
    if (!env) return null;
    const nth = ORDINALS[(match[1] ?? '').toLowerCase()];
    const wd = WEEKDAYS[(match[2] ?? '').toLowerCase()];
    if (nth === undefined || wd === undefined) return null;
    const t = env.today;
    let y = t.y;
    let m = t.m;
    // Groups: 3 which (of) month, 4 which (of) named month, 5 named month, 6 its year,
    // 7 N months on, 8 which (bare), 9 "month" (bare), 10 named month (bare).
    const monthName = match[5] ?? match[10];
    const which = (match[4] ?? match[8] ?? '').toLowerCase();
    const shiftMonths = (n: number) => {
      const idx = t.y * 12 + t.m - 1 + n;
      y = Math.floor(idx / 12);
      m = (idx % 12) + 1;
    };
    if (match[7]) {
      const n = toNumber(match[7]);
      if (n === null || !Number.isInteger(n) || n < 0 || n > 120) return null;
      shiftMonths(n);
    } else if (monthName) {
      m = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
      if (m < 1) return null;
      if (match[6]) y = Number(match[6]);
      // "this October" is this year's; "next October" the first one after this month; a month
      // named alone the next such month, this one included.
      else if (which === 'this') y = t.y;
      else if (which) y = m <= t.m ? t.y + 1 : t.y;
      else if (m < t.m) y += 1;
    } else if (match[9] || match[3] !== undefined || !monthName) {
      const w = (match[3] ?? match[8] ?? '').toLowerCase();
      if (/next|following|coming/.test(w)) shiftMonths(1);
      else if (/last|previous|past/.test(w)) shiftMonths(-1);
    }
    let d: number;
    if (nth > 0) d = 1 + ((wd - weekdayOf(y, m, 1) + 7) % 7) + 7 * (nth - 1);
    else {
      const last = daysInMonth(y, m);
      d = last - ((weekdayOf(y, m, last) - wd + 7) % 7);
    }
    if (d > daysInMonth(y, m)) return null;
    return dateComponents(context, { y, m, d }).addTag(TAG.nthWeekday);
  }
}

const UNITS_ORD = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS_ORD = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const ORD_WORDS = `(?:twenty|thirty)[\\s-]?(?:${UNITS_ORD.join('|')})|twentieth|thirtieth|${TEENS_ORD.join('|')}|${UNITS_ORD.join('|')}`;

function ordinalDay(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d/.test(w)) return Number.parseInt(w, 10);
  if (w === 'twentieth') return 20;
  if (w === 'thirtieth') return 30;
  const teen = TEENS_ORD.indexOf(w);
  if (teen >= 0) return 10 + teen;
  const m = /^(?:(twenty|thirty)[\s-]?)?(\w+)$/.exec(w);
  const unit = m ? UNITS_ORD.indexOf(m[2]!) + 1 : 0;
  if (!m || unit < 1) return null;
  return (m[1] === 'twenty' ? 20 : m[1] === 'thirty' ? 30 : 0) + unit;
}

const WEEKDAY_DATE_PATTERN = new RegExp(`\\b${WD},?\\s+(?:the\\s+)?(\\d{1,2}(?:st|nd|rd|th)|${ORD_WORDS})(?![\\w])`, 'i');

/**
 * "Tuesday 19th", "Monday the twenty-seventh": the next such day of a month (today included),
 * preferring one that falls on that weekday; the weekday alone would lose the date.
 */
class WeekdayDateParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  static readonly gate: Gate = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
  pattern(): RegExp {
    return WEEKDAY_DATE_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const env = envOf(context);
    if (!env) return null;
    const at = (match.index ?? 0) + match[0].length;
    if (NOT_A_DATE.test(context.text.slice(at, at + 30))) return null;
    const wd = WEEKDAYS[(match[1] ?? '').toLowerCase()];
    const day = ordinalDay(match[2] ?? '');
    if (wd === undefined || day === null || day < 1 || day > 31) return null;
    const t = env.today;
    let first: { y: number; m: number; d: number } | null = null;
    for (let i = 0; i < 14; i++) {
      const y = t.y + Math.floor((t.m - 1 + i) / 12);
      const m = ((t.m - 1 + i) % 12) + 1;
      if (day > daysInMonth(y, m) || (i === 0 && day < t.d)) continue;
      first ??= { y, m, d: day };
      if (weekdayOf(y, m, day) === wd) return dateComponents(context, { y, m, d: day }).addTag(TAG.dayOfMonth);
    }
    return first ? dateComponents(context, first).addTag(TAG.dayOfMonth) : null;
  }
}

// Not before a day of the month ("by May 5", "May the 3rd"): chrono reads those whole.
const MAY_PATTERN = /\b(?:by|before|until|till|through)\s+(May)(?:\s+(\d{4}))?(?![\w])(?!\s*,?\s*(?:the\s+)?\d{1,2}(?!\d))/;

/**
 * "by May", "until May 2027": chrono reads the month May only after "in" (the word is also a
 * verb). After a deadline word and capitalised it is the month: the next May, this one included.
 */
class MayParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  static readonly gate: Gate = ['may'];
  pattern(): RegExp {
    return MAY_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const env = envOf(context);
    if (!env) return null;
    // The deadline word stays in the match: chrono drops a result reading just "May" unless "in"
    // precedes it. Our tag marks it as cued.
    const c = context.createParsingComponents().assign('month', 5).imply('day', 1).addTag(TAG.monthOnly);
    if (match[2]) c.assign('year', Number(match[2]));
    else c.imply('year', env.today.m > 5 ? env.today.y + 1 : env.today.y);
    return c;
  }
}

const DAY_OF_NAMED_MONTH_PATTERN =
  /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s+day)?\s+of\s+(?:the\s+)?(?:(this|current|next|following|coming|last|previous|past)\s+)?month(?![\w'’])/i;

/**
 * "the 5th of next month", "20 of this month", "the 26th day of the month": the month is named,
 * so no rolling forward (a day of this month already gone is overdue).
 */
class DayOfNamedMonthParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  static readonly gate: Gate = ['month'];
  pattern(): RegExp {
    return DAY_OF_NAMED_MONTH_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const env = envOf(context);
    if (!env) return null;
    const day = Number(match[1]);
    const which = match[2] ?? '';
    const shift = /next|following|coming/i.test(which) ? 1 : /last|previous|past/i.test(which) ? -1 : 0;
    const t = env.today;
    const idx = t.y * 12 + t.m - 1 + shift;
    const y = Math.floor(idx / 12);
    const m = (idx % 12) + 1;
    if (day < 1 || day > daysInMonth(y, m)) return null;
    const c = dateComponents(context, { y, m, d: day }).addTag(TAG.dayOfMonth);
    return shift < 0 ? c.addTag(TAG.past) : c;
  }
}

const BEGINNING_PATTERN =
  /\b(?:the\s+)?(?:beginning|start)\s+of\s+(?:the\s+)?(this|next|following|coming|current)?\s*(week|month)(?![\w])/i;

/** "the beginning of next week", "start of the month": the first workday of that period. */
class BeginningOfPeriodParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  static readonly gate: Gate = ['beginning', 'start'];
  pattern(): RegExp {
    return BEGINNING_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const env = envOf(context);
    if (!env) return null;
    const next = /next|following|coming/i.test(match[1] ?? '');
    const t = env.today;
    let first: { y: number; m: number; d: number };
    if ((match[2] ?? '').toLowerCase() === 'week') {
      // Monday of this or next week, then its first workday.
      first = addDays(t.y, t.m, t.d, daysToMonday(env, next));
    } else {
      const idx = t.y * 12 + t.m - 1 + (next ? 1 : 0);
      first = { y: Math.floor(idx / 12), m: (idx % 12) + 1, d: 1 };
    }
    const day = isWorkday(first, env.schedule) ? first : addWorkdays(first, 1, env.schedule);
    return dateComponents(context, day);
  }
}

const MONTH_WORD =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?';
const EARLY_LATE_PATTERN = new RegExp(
  `\\b(early|late|later)[\\s-]+(?:in\\s+)?(?:(?:the\\s+)?(this|next|following|coming|current)\\s+(week|month)|the\\s+(week|month)|${MONTH_WORD}(?:\\s+(\\d{4}))?)(?![\\w])`,
  'i',
);
/** "Early" in a month: by its 10th ("mid" is the 15th, MidMonthParser). */
const EARLY_IN_MONTH_DAY = 10;
/** "Late" in a month: from its 21st. */
const LATE_IN_MONTH_FROM = 21;

/**
 * "early next week", "late this month", "early January", "early in the week": the week's second
 * workday (Tuesday) or the month's 10th; late: the last workday of the week or month. chrono read the
 * period alone, whose deadline is its end ("early next week" was next Friday), and the action kept
 * the word ("send it early").
 */
class EarlyLatePeriodParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  static readonly gate: Gate = ['early', 'late'];
  pattern(): RegExp {
    return EARLY_LATE_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const env = envOf(context);
    if (!env) return null;
    const [, when, which, periodUnit, bareUnit, monthWord, year] = match;
    // "later in the week" is WithinThePeriodParser's; "early may be" is the verb.
    if (/^later$/i.test(when!) && !which) return null;
    if (monthWord === 'may') return null;
    const early = /^early$/i.test(when!);
    const t = env.today;
    const unit = (periodUnit ?? bareUnit ?? 'month').toLowerCase();
    if (!monthWord && unit === 'week') {
      const monday = addDays(t.y, t.m, t.d, daysToMonday(env, /next|following|coming/i.test(which ?? '')));
      // Late: from Thursday, the week's last days.
      if (!early)
        return startingOn(
          dateComponents(context, lastWorkdayOfWeek(monday, env.schedule)).addTag(TAG.eow),
          addDays(monday.y, monday.m, monday.d, 3),
        );
      const first = isWorkday(monday, env.schedule) ? monday : addWorkdays(monday, 1, env.schedule);
      return startingOn(dateComponents(context, addWorkdays(first, 1, env.schedule)), monday);
    }
    let y = t.y;
    let m = t.m;
    if (monthWord) {
      m = MONTHS.indexOf(monthWord.slice(0, 3).toLowerCase()) + 1;
      if (m < 1) return null;
      if (year) y = Number(year);
      else if (m < t.m) y += 1;
    } else if (/next|following|coming/i.test(which ?? '')) {
      m = (t.m % 12) + 1;
      if (t.m === 12) y += 1;
    }
    if (early) return startingOn(dateComponents(context, { y, m, d: EARLY_IN_MONTH_DAY }).addTag(TAG.dayOfMonth), { y, m, d: 1 });
    return startingOn(dateComponents(context, lastWorkdayOfMonth({ y, m, d: 1 }, env.schedule)).addTag(TAG.eom), {
      y,
      m,
      d: LATE_IN_MONTH_FROM,
    });
  }
}

/** `c` tagged with the first day of the part of the period it ends (for the eval's interval start). */
function startingOn(c: ParsingComponents, first: { y: number; m: number; d: number }): ParsingComponents {
  const pad = (n: number) => String(n).padStart(2, '0');
  return c.addTag(`${TAG.startPrefix}${first.y}-${pad(first.m)}-${pad(first.d)}`);
}

const CLOCK_OF_RANGE = String.raw`(?:(\d{1,2})(?::([0-5]\d))?\s*([ap])\.?\s*m\b\.?|(\d{1,2})(?::([0-5]\d))?(?![\d:])|(noon|midday))`;
const BETWEEN_CLOCKS_PATTERN = new RegExp(String.raw`\bbetween\s+${CLOCK_OF_RANGE}\s*(?:and|to|-|–)\s*${CLOCK_OF_RANGE}`, 'i');

// What makes two bare numbers a count: a unit, "of", or a plural noun after them.
const COUNTED_AFTER =
  /^(?:[%/-]|\s+(?:business|working|calendar|full|more|percent|of|(?:day|hour|hr|minute|min|week|month|year)s?|(?!(?:this|us|is|was|has|its|his|as)\b)[a-z]+s)\b)/i;
const EVENING_AFTER = /^\s*(?:tonight|(?:this|last|tomorrow|on\s+\w+)\s+(?:night|evening)|in\s+the\s+evening|at\s+night)\b/i;

interface RangeClock {
  h: number;
  mi: number;
  /** 0 am, 1 pm; null when the words do not say. */
  meridiem: 0 | 1 | null;
}

function rangeClock(m: Match, at: number): RangeClock | null {
  if (m[at + 5]) return { h: 12, mi: 0, meridiem: 1 };
  const said = m[at] !== undefined;
  const h = Number(said ? m[at] : m[at + 3]);
  const mi = Number((said ? m[at + 1] : m[at + 4]) ?? 0);
  if (!Number.isInteger(h) || h > 23 || (said && (h < 1 || h > 12))) return null;
  if (!said) return { h, mi, meridiem: h > 12 ? 1 : null };
  const pm = /p/i.test(m[at + 2]!);
  return { h: (h % 12) + (pm ? 12 : 0), mi, meridiem: pm ? 1 : 0 };
}

/**
 * "between 2 and 4pm", "between 9 and 12", "between 10am and noon": a range of clocks (chrono read
 * the last clock alone, or nothing), so that a day beside it ("Thursday between 9 and 12",
 * "tomorrow between 2-4pm EST") is that day, due at the range's end. A start without am/pm takes
 * the end's pm when that keeps it before the end ("2 and 4pm": 2 PM); bare hours are placed in
 * the workday by WorkdayHourRefiner.
 */
class BetweenClocksParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  static readonly gate: Gate = ['between'];
  pattern(): RegExp {
    return BETWEEN_CLOCKS_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const env = envOf(context);
    if (!env) return null;
    const from = rangeClock(match, 1);
    const to = rangeClock(match, 7);
    if (!from || !to) return null;
    // Two bare numbers before a noun are a count ("between 2 and 3 options", "of them"), not clocks.
    const after = context.text.slice((match.index ?? 0) + match[0].length);
    if (from.meridiem === null && to.meridiem === null && !match[6] && !match[12] && COUNTED_AFTER.test(after)) return null;
    if (from.meridiem === null && to.meridiem === 1 && from.h < 12 && (from.h + 12) * 60 + from.mi < to.h * 60 + to.mi) {
      from.h += 12;
      from.meridiem = 1;
    }
    // "between 7 and 9 tonight / last night / in the evening": bare hours of the evening.
    if (EVENING_AFTER.test(context.text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 24))) {
      for (const c of [from, to]) {
        if (c.meridiem === null && c.h >= 1 && c.h < 12) {
          c.h += 12;
          c.meridiem = 1;
        }
      }
    }
    const clock = (c: RangeClock) => {
      const p = context.createParsingComponents();
      p.imply('year', env.today.y).imply('month', env.today.m).imply('day', env.today.d);
      p.assign('hour', c.h).assign('minute', c.mi).assign('second', 0);
      if (c.meridiem !== null) p.assign('meridiem', c.meridiem);
      return p;
    };
    return context.createParsingResult(match.index ?? 0, match[0], clock(from), clock(to));
  }
}

const LUNCH_PATTERN = /\blunch(?:\s*time)?(?![\w])/i;
const LUNCH_CUE = /\b(?:by|before|at|around|until|till|til|after|over|during|from)\s+(?:the\s+)?$/i;
const LUNCH_DAY_AFTER = /^\s+(?:today|tomorrow|on\s+\w+day|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

/**
 * "by lunch", "at lunchtime", "by lunch tomorrow": noon (chrono knows "noon", not "lunch"; the day
 * alone was read, at its workday end). "after lunch" is the afternoon.
 */
class LunchParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  static readonly gate: Gate = ['lunch'];
  pattern(): RegExp {
    return LUNCH_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const env = envOf(context);
    if (!env) return null;
    const at = match.index ?? 0;
    const before = context.text.slice(Math.max(0, at - 12), at);
    // A meal, not a time, unless a time word leads to it or a day follows ("have lunch with Jim").
    if (!LUNCH_CUE.test(before) && !LUNCH_DAY_AFTER.test(context.text.slice(at + match[0].length))) return null;
    const c = context.createParsingComponents();
    c.imply('year', env.today.y).imply('month', env.today.m).imply('day', env.today.d);
    if (/\bafter\s+(?:the\s+)?$/i.test(before)) return c.addTag(TAG.afternoon);
    return c.assign('hour', 12).assign('minute', 0).assign('second', 0).assign('meridiem', 1);
  }
}

const HOLIDAY_PATTERN =
  /\b(?:(christmas|xmas)(?:\s+(eve|day))?|(boxing)\s+day|(new\s+year)(?:['’]s)?(?:\s+(eve|day))?|the\s+(new\s+year)|(thanksgiving))(?![\w])(?!\s+(?:party|parties|card|cards|sale|sales|shutdown|rush|break|gift|gifts|season|hours|schedule|closure|orders?|special|bonus|lights|tree|market|presents?|dinner|lunch|promo|promotion|campaign|menu|edition|collection|bundle|offer|discount)\b)/i;

/**
 * Holidays agents date promises by: "before Christmas", "by Christmas Eve", "after New Year's",
 * "by Thanksgiving" (the US one: November's fourth Thursday). The next such day, this year's while it
 * has not passed. chrono reads none of them: the promise had no deadline. A holiday naming a thing
 * ("the Christmas party", "our Thanksgiving sale") is no date.
 */
class HolidayParser implements Parser {
  /** What every match of the pattern holds; the parser is skipped without it (gates.ts). */
  static readonly gate: Gate = ['christmas', 'xmas', 'boxing', 'new year', 'thanksgiving'];
  pattern(): RegExp {
    return HOLIDAY_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const env = envOf(context);
    if (!env) return null;
    const [, christmas, christmasPart, boxing, newYear, newYearPart, theNewYear, thanksgiving] = match;
    const dayOf = (y: number): { y: number; m: number; d: number } => {
      if (christmas) return { y, m: 12, d: /eve/i.test(christmasPart ?? '') ? 24 : 25 };
      if (boxing) return { y, m: 12, d: 26 };
      if (newYear && /eve/i.test(newYearPart ?? '')) return { y, m: 12, d: 31 };
      if (newYear || theNewYear) return { y, m: 1, d: 1 };
      // Thanksgiving: the fourth Thursday of November.
      const firstWd = weekdayOf(y, 11, 1);
      return { y, m: 11, d: 1 + ((4 - firstWd + 7) % 7) + 21 };
    };
    if (!thanksgiving && !christmas && !boxing && !newYear && !theNewYear) return null;
    const t = env.today;
    let day = dayOf(t.y);
    if (day.m < t.m || (day.m === t.m && day.d < t.d)) day = dayOf(t.y + 1);
    return dateComponents(context, day).addTag(TAG.dayOfMonth);
  }
}

/** Our parsers, in chrono's order, each behind its gate. */
export function deadlineParsers(): GatedParser[] {
  return [
    { parser: new Clock24Parser(), gate: Clock24Parser.gate },
    { parser: new ShortMeridiemParser(), gate: ShortMeridiemParser.gate },
    { parser: new DottedDayMonthParser(), gate: DottedDayMonthParser.gate },
    { parser: new YearParser(), gate: YearParser.gate },
    { parser: new NthWeekdayOfMonthParser(), gate: NthWeekdayOfMonthParser.gate },
    { parser: new AfterNextParser(), gate: AfterNextParser.gate },
    { parser: new WeekdayDateParser(), gate: WeekdayDateParser.gate },
    { parser: new MayParser(), gate: MayParser.gate },
    { parser: new FromDayParser(), gate: FromDayParser.gate },
    { parser: new WeekdayOfWeekParser(), gate: WeekdayOfWeekParser.gate },
    { parser: new PastWeekdayParser(), gate: PastWeekdayParser.gate },
    { parser: new EndOfPeriodParser(), gate: EndOfPeriodParser.gate },
    { parser: new EndOfDayParser(), gate: EndOfDayParser.gate },
    { parser: new BusinessDaysParser(), gate: BusinessDaysParser.gate },
    { parser: new RangeDurationParser(), gate: RangeDurationParser.gate },
    { parser: new CountedSpanParser(), gate: CountedSpanParser.gate },
    { parser: new SameTimeParser(), gate: SameTimeParser.gate },
    { parser: new WordedClockParser(), gate: WordedClockParser.gate },
    { parser: new MidWeekParser(), gate: MidWeekParser.gate },
    { parser: new EarlyLatePeriodParser(), gate: EarlyLatePeriodParser.gate },
    { parser: new WeekdayAlternativesParser(), gate: WeekdayAlternativesParser.gate },
    { parser: new ClockBesideDayParser(), gate: ClockBesideDayParser.gate },
    { parser: new BetweenClocksParser(), gate: BetweenClocksParser.gate },
    { parser: new LunchParser(), gate: LunchParser.gate },
    { parser: new HolidayParser(), gate: HolidayParser.gate },
    { parser: new NthWeekOfMonthParser(), gate: NthWeekOfMonthParser.gate },
    { parser: new ElapsedTimeParser(), gate: ElapsedTimeParser.gate },
    { parser: new FirstThingParser(), gate: FirstThingParser.gate },
    { parser: new DayOfMonthParser(), gate: DayOfMonthParser.gate },
    { parser: new MidMonthParser(), gate: MidMonthParser.gate },
    { parser: new ClockPartOfDayParser(), gate: ClockPartOfDayParser.gate },
    { parser: new WithinThePeriodParser(), gate: WithinThePeriodParser.gate },
    { parser: new DayOfNamedMonthParser(), gate: DayOfNamedMonthParser.gate },
    { parser: new BeginningOfPeriodParser(), gate: BeginningOfPeriodParser.gate },
  ];
}
