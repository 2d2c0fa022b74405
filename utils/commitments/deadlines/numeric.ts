// Numbers people write as times and dates that chrono-node 2.10 does not read: 24-hour clocks
// without a colon ("by 1730", "at 0845"), one-letter meridiems ("4p", "10:30a"), day.month with a
// closing dot ("by 14.9."), and a year named alone ("in the year '98"). Like parsers.ts, they
// only recognise words; resolve.ts applies the deadline conventions.
import type { Parser, ParsingContext } from 'chrono-node';
import type { Gate } from './gates';
import { envOf, TAG } from './options';

type Match = RegExpMatchArray;

/** A clock with no date: today, implied, so chrono's date+time merge and resolve.ts treat it as a time. */
function clockToday(context: ParsingContext, h: number, mi: number) {
  const env = envOf(context);
  if (!env) return null;
  const c = context
    .createParsingComponents()
    .assign('hour', h)
    .assign('minute', mi)
    .assign('second', 0)
    .assign('meridiem', h >= 12 ? 1 : 0);
  return c.imply('year', env.today.y).imply('month', env.today.m).imply('day', env.today.d);
}

// A lower-case word right after the number makes it a quantity ("by 1500 units", "at 1200 rpm"),
// unless the word belongs to a time ("at 0845 tomorrow", "by 1730 on Friday", "1730 hrs").
const TIME_FOLLOWER =
  /^(?:on|today|tomorrow|tonight|tmrw|tmr|next|this|and|or|to|till|until|at|latest|sharp|h|hrs?|hours|local|your|my|our|time|the|sun|mon|tue|wed|thu|fri|sat|[a-z]+day)\b/i;
// The time word is part of the match: chrono drops a result whose text is only digits.
const CLOCK_24_PATTERN =
  /(?<![\w@])(?:by|at|before|until|till|til|from|after|around|about|@)\s{0,3}([01]\d|2[0-3])([0-5]\d)(?:\s*(h|hrs?|hours)\b)?(?![\w/.,:]?\d)(?![\w-])/i;

/** "by 1730", "at 0845", "@2100 hrs": a 24-hour clock without a colon, after a time word. */
export class Clock24Parser implements Parser {
  static readonly gate: Gate = /\d{4}/;
  pattern(): RegExp {
    return CLOCK_24_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const h = Number(match[1]);
    const mi = Number(match[2]);
    const at = (match.index ?? 0) + match[0].length;
    const next = /^\s+([A-Za-z]+)/.exec(context.text.slice(at, at + 20));
    if (next && !match[3] && next[1] === next[1]!.toLowerCase() && !TIME_FOLLOWER.test(next[1]!)) return null;
    // 2000–2059 after "by", "before", "until", "from", "after" is a year ("by 2030") unless marked
    // as hours; after "at" or "@" it is a clock.
    if (h >= 20 && !match[3] && !/^(?:at|@|around|about)/i.test(match[0])) return null;
    // Tagged so the time word inside the match still counts as a deadline cue.
    return clockToday(context, h, mi)?.addTag(TAG.clock24) ?? null;
  }
}

// A unit, room or seat number before the number ("apt 10a", "gate 4p") is not a time.
const NOT_A_CLOCK_BEFORE =
  /\b(?:apt|apartment|unit|suite|ste|room|rm|flat|gate|seat|row|no|step|page|item|section|form|line|level|floor|building|bldg|box|lot|bay|dock|platform|terminal|option)\.?\s*#?\s*$|#\s*$/i;
const SHORT_CLOCK_BEFORE =
  /(?:\b(?:at|by|before|until|till|til|from|after|around|about|to|call|today|tomorrow|tmrw|tonight|mon|tue|wed|thu|fri|sat|sun|[a-z]+day)|@|-|–)\s*$/i;
// Case-sensitive for the zone abbreviation ("10a EST", not "10a est…"); a day may be capitalised ("10a Fri").
const SHORT_CLOCK_AFTER =
  /^\s*(?:-|–|to\b|today|tomorrow|tmrw|tonight|on\b|(?:[Mm]on|[Tt]ue|[Ww]ed|[Tt]hu|[Ff]ri|[Ss]at|[Ss]un)|[A-Z]{2,4}\b|your|my|our|local)/;
const SHORT_MERIDIEM_PATTERN = /(?<![\w#/.:%-])(\d{1,2})(?::([0-5]\d))?([ap])(?![\w'’])/i;

/** "4p", "10a", "4:30p": a clock with a one-letter meridiem, as typed in a hurry. */
export class ShortMeridiemParser implements Parser {
  static readonly gate: Gate = /\d[ap]/i;
  pattern(): RegExp {
    return SHORT_MERIDIEM_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const h12 = Number(match[1]);
    if (h12 < 1 || h12 > 12) return null;
    const before = context.text.slice(Math.max(0, (match.index ?? 0) - 14), match.index ?? 0);
    if (NOT_A_CLOCK_BEFORE.test(before)) return null;
    // Alone, "4a" is as likely a code or a grade; a time word before or a day or zone after makes it a clock.
    const at = (match.index ?? 0) + match[0].length;
    const after = context.text.slice(at, at + 16);
    // Minutes ("3:15p") or a "p" make it a clock on their own; a bare "4a" needs the context.
    const selfEvident = match[2] !== undefined || /p/i.test(match[3] ?? '');
    if (!selfEvident && !SHORT_CLOCK_BEFORE.test(before) && !SHORT_CLOCK_AFTER.test(after)) return null;
    const pm = (match[3] ?? '').toLowerCase() === 'p';
    const h = (h12 % 12) + (pm ? 12 : 0);
    return clockToday(context, h, match[2] ? Number(match[2]) : 0);
  }
}

const DOTTED_CUE = /(?:^|\b(?:by|on|until|till|til|before|from|after|due|deadline|date|dated|am|bis|per)\s*:?\s*)$/i;
const DOTTED_DATE_PATTERN = /(?<![\w.,])(\d{1,2})\.(\d{1,2})\.(?![\w.]|\d)/;

/**
 * "by 14.9.", "on 3.10.": day.month with the closing dot of European usage, year left out. Read
 * only after a date word or at the start, so a version or section number ("see 2.4.") is not a date.
 * The next such day, today included, as chrono's forwardDate would date it.
 */
export class DottedDayMonthParser implements Parser {
  static readonly gate: Gate = /\d\.\d{1,2}\./;
  pattern(): RegExp {
    return DOTTED_DATE_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const env = envOf(context);
    if (!env) return null;
    const before = context.text.slice(Math.max(0, (match.index ?? 0) - 16), match.index ?? 0);
    if (!DOTTED_CUE.test(before)) return null;
    const d = Number(match[1]);
    const m = Number(match[2]);
    const t = env.today;
    let y = t.y;
    if (m < t.m || (m === t.m && d < t.d)) y += 1;
    // An impossible day ("31.4.", "29.2." in a common year, "3.13.") is still read, so that chrono's
    // check of the whole reading drops it with the clock it joins: "by 31.4. 5pm" names no deadline,
    // as "by April 31 5pm" does not, rather than 5pm today.
    return context.createParsingComponents({ day: d, month: m }).imply('year', y);
  }
}

// The word boundary belongs to "the" only: before a quote ("by '27") there is none.
const YEAR_PATTERN =
  /(?:\bthe\s+year\s+(?:of\s+)?(\d{4}|['’]?\d{2})|(?<=\b(?:in|by|since|until|till|before|during|from)\s+)['’](\d{2}))(?![\w'’]|\.\d)/i;

/** "in the year '98", "the year 2030", "since '09": that year (two digits: 1950–2049). */
export class YearParser implements Parser {
  static readonly gate: Gate = ['year', "'", '’'];
  pattern(): RegExp {
    return YEAR_PATTERN;
  }
  extract(context: ParsingContext, match: Match) {
    const digits = (match[1] ?? match[2] ?? '').replace(/^['’]/, '');
    let y = Number(digits);
    if (digits.length === 2) y += y < 50 ? 2000 : 1900;
    if (!Number.isInteger(y) || y < 1000 || y > 2999) return null;
    return context.createParsingComponents({ year: y }).imply('month', 1).imply('day', 1).imply('hour', 0).addTag(TAG.yearOnly);
  }
}
