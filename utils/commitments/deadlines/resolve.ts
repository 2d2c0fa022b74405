// Turns what chrono (plus our parsers) recognised into a deadline under the conventions of
// The deadline conventions (utils/commitments/README.md): the latest moment, as an ISO instant with the offset of the zone meant.
// Wall-clock decisions (which day, workday end) are made here, in the zone the words name,
// and only then converted to an instant, so DST changes inside a span are handled by zones.ts.
import type { Component } from 'chrono-node';
import type { Due, ParseContext } from '../types';
import { joinAlternatives } from './alternatives';
import { anchorEventSpans } from './event-relative';
import { parseDeadlineWords } from './chrono';
import { TAG, type CkOption } from './options';
import { normaliseShortForms } from './shortforms';
import { readDirect } from './direct';
import {
  addWorkdays,
  isWorkday,
  lastWorkdayOfMonth,
  lastWorkdayOfWeek,
  lastWorkdayOfWholeWeek,
  toSchedule,
  type CivilDate,
  type Schedule,
} from './workday';
import { NUMBER_PATTERN, toNumber } from './words';
import {
  addDays,
  addMonths,
  resolveZoneAbbreviation,
  daysInMonth,
  formatIso,
  isValidTimeZone,
  offsetAt,
  wallAt,
  wallToInstant,
  weekdayOf,
  type Wall,
} from './zones';

/** Deadline words sit near the start of a note; past this many characters we stop looking. */
const MAX_DEADLINE_INPUT = 2000;

export interface DeadlineHit {
  due: Due;
  /** Where the words are in the input, so callers can cut them out of the action. */
  index: number;
  length: number;
  /** The start of what the words denote (for intervals, the interval's start); used by the eval. */
  start: string;
  /** Whether a cue like "by", "before", "within", "due" precedes the words. */
  cued: boolean;
}

const CUE_BEFORE =
  /(?:\b(?:by|before|until|till|til|within|no\s+later\s+than|not\s+later\s+than|due(?:\s+on)?|latest|deadline(?:\s+is)?|on\s+or\s+before|in)\s*:?\s*(?:the\s+)?$)/i;

// Anything chrono or our parsers could read starts with a digit or one of these words. Written so
// no alternative scans a word to its end and back: `\Bday\b` is "\w+day" (a word ending in "day"),
// and likewise for month endings and "-teen"; `\b[+-]\b` is a sign between two word characters.
const MAYBE_TIME =
  /\d|\b(?:last|next|this)(?:week|month|year)|\b[+-]\b|\B(?:day|uary|ch|il|ne|ly|ust|ber|teen)\b|\b(?:today|tonight|tomorrow|tmr|tmrw|yesterday|now|noon|midnight|morning|afternoon|evening|night|eod|cob|eob|eow|eom|eoq|eoy|end|close|first|day|days|week|weeks|weekend|fortnight|month|months|quarter|year|years|hours?|hrs?|minutes?|mins?|seconds?|secs?|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|next|last|this|past|ago|later|within|couple|few|half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|christmas|xmas|new\s+year|midweek|lunch|lunchtime|thanksgiving|boxing)\b/i;

function safeZone(zone: string | undefined, fallback: string): string {
  return isValidTimeZone(zone) ? zone : isValidTimeZone(fallback) ? fallback : 'UTC';
}

function at(date: CivilDate, clock: { h: number; mi: number }): Wall {
  return { y: date.y, m: date.m, d: date.d, h: clock.h, mi: clock.mi };
}

/** What the conventions read of a result: chrono's ParsedResult, or the direct reader's (direct.ts). */
interface ComponentsLike {
  get(c: Component): number | null;
  isCertain(c: Component): boolean;
  tags(): Set<string>;
}
interface ParsedResult {
  index: number;
  text: string;
  start: ComponentsLike;
  end?: ComponentsLike | null;
}

function civil(r: ParsedResult): CivilDate {
  return { y: r.start.get('year') ?? 1970, m: r.start.get('month') ?? 1, d: r.start.get('day') ?? 1 };
}

const WEEK_ONLY = /^(?:the\s+)?(?:this|next|following|coming|the\s+following|the\s+coming)\s+week$/i;
const MONTH_ONLY = /^(?:the\s+)?(?:this|next|following|coming)\s+month$/i;
const WEEKDAY_MODIFIED = /\b(?:next|last|past|previous|following)\b/i;

interface Interpreted {
  /** The civil date the conventions settled on (year corrected, weekday recounted), for startOf. */
  date?: CivilDate;
  wall: Wall | null;
  instant: Date | null;
  zone: string;
  precision: Due['precision'];
}

/** How far back a year-less date may be read as this year's (past due) rather than next year's. */
const NEAREST_PAST_DAYS = 92;

const THIS_MONTH_NAME = /\bthis\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

// "last" is a day gone unless it picks a position inside a period ("the last day of the month",
// "last week of June").
const PAST_WORD = /\b(?:ago|yesterday|earlier|previous|last(?!\s+(?:[\w-]+\s+){1,2}(?:of|in)\b))\b/i;
const PAST_SPAN = new RegExp(
  `\\b(?:last|past|previous)\\s+(?:${NUMBER_PATTERN}\\s+)?(day|week|month|quarter|year)s?\\b(?!\\s+(?:of|in)\\b)`,
  'i',
);

const MIDNIGHT = /\bmidnight\b/i;
/** Words that make a moment a deadline ("by Thursday at midnight"): then midnight ends that day. */
const DEADLINE_WORD = /\b(?:by|before|until|till|til|due|deadline|latest|no\s+later\s+than|within|end)\b/i;

/** Words that name today itself: a time with them is today's, even once it has passed. */
const THIS_DAY = /\b(?:this|today|tonight)\b/i;
const BEFORE_WEEKEND = /\b(?:before|by|till|til|until|ahead\s+of)\s+(?:the\s+)?$/i;
/** The weekend as chrono reads it (its Saturday), with no "next" or "last". */
const WEEKEND_ITSELF = /^(?:this\s+)?weekend$/i;

function partOfDayClock(tags: ReadonlySet<string>, s: Schedule): { h: number; mi: number } | null {
  if (tags.has(TAG.morning)) return { h: 12, mi: 0 };
  if (tags.has(TAG.afternoon)) return s.end;
  if (tags.has(TAG.evening)) return { h: 21, mi: 0 };
  return null;
}

/** An offset written as digits ("GMT+0900", "UTC-5", "10:30:00+02:00"): it fixes the instant. */
const NUMERIC_OFFSET = /(?:\b(?:GMT|UTC)\s*[+-]\s*\d)|(?:\d:\d{2}(?::\d{2}(?:\.\d+)?)?\s*[+-]\d{2}:?\d{2}(?!\d))/i;

function tagWithPrefix(tags: ReadonlySet<string>, prefix: string): string | undefined {
  for (const t of tags) if (t.startsWith(prefix)) return t;
  return undefined;
}

/** The zone the words name, if any: "your time", "my time", "PT", "Denver time", an ambiguous "IST". */
function zoneNamed(tags: ReadonlySet<string>, ctx: ParseContext, agentZone: string): { zone: string; ambiguous: boolean } | null {
  if (tags.has(TAG.customerZone)) return { zone: safeZone(ctx.customerTimeZone, agentZone), ambiguous: false };
  if (tags.has(TAG.agentZone)) return { zone: agentZone, ambiguous: false };
  const zoneTag = tagWithPrefix(tags, TAG.zonePrefix);
  if (zoneTag) return { zone: safeZone(zoneTag.slice(TAG.zonePrefix.length), agentZone), ambiguous: false };
  const ambiguous = tagWithPrefix(tags, `${TAG.zoneAmbiguous}=`);
  if (ambiguous) {
    const abbr = ambiguous.slice(TAG.zoneAmbiguous.length + 1);
    return { zone: resolveZoneAbbreviation(abbr, ctx.now, ctx.customerTimeZone, agentZone), ambiguous: true };
  }
  return null;
}

/** Applies the §4 conventions to one chrono result. */
function interpret(
  r: ParsedResult,
  tags: ReadonlySet<string>,
  ctx: ParseContext,
  s: Schedule,
  agentZone: string,
  before = '',
): Interpreted | null {
  const now = ctx.now;
  const named = zoneNamed(tags, ctx, agentZone);
  const zoneTag = named?.zone;
  const zone = named?.zone ?? agentZone;
  const nowWall = wallAt(now, zone);
  const today: CivilDate = { y: nowWall.y, m: nowWall.m, d: nowWall.d };

  const elapsed = tagWithPrefix(tags, TAG.elapsedPrefix);
  if (elapsed) {
    const minutes = Number(elapsed.slice(TAG.elapsedPrefix.length));
    return { wall: null, instant: new Date(now.getTime() + minutes * 60000), zone, precision: 'minute' };
  }

  // A moment already gone ("last Tuesday", "3 days ago") is not a deadline: no workday
  // convention applies, so it keeps what chrono read, time included.
  const past = tags.has(TAG.past) || (!tags.has(TAG.nthWeekday) && PAST_WORD.test(r.text)) || PAST_SPAN.test(r.text);
  if (past) {
    const c = civil(r);
    let w: Wall = { y: c.y, m: c.m, d: c.d, h: r.start.get('hour') ?? 0, mi: r.start.get('minute') ?? 0, s: r.start.get('second') ?? 0 };
    // chrono's forwardDate can push a span already gone ("last quarter", "past two quarters")
    // past now; count it back from today instead.
    const span = PAST_SPAN.exec(r.text);
    if (span && tags.has('result/relativeDate') && wallToInstant(w, zone) > now) {
      const n = span[1] ? toNumber(span[1]) : 1;
      const unit = span[2]!.toLowerCase();
      if (n !== null && Number.isInteger(n) && n > 0 && n < 1000) {
        let d: CivilDate;
        if (unit === 'day' || unit === 'week') d = addDays(today.y, today.m, today.d, -(unit === 'week' ? 7 : 1) * n);
        else d = addMonths(today.y, today.m, today.d, -(unit === 'year' ? 12 : unit === 'quarter' ? 3 : 1) * n);
        w = { y: d.y, m: d.m, d: d.d, h: nowWall.h, mi: nowWall.mi, s: 0 };
      }
    }
    // "last weekend", "last weekday": forwardDate may have pushed the day past now; step back a week.
    if (!span && r.start.isCertain('weekday') && !r.start.isCertain('day')) {
      for (let i = 0; i < 2 && wallToInstant(w, zone) > now; i++) {
        const back = addDays(w.y, w.m, w.d, -7);
        w = { ...w, y: back.y, m: back.m, d: back.d };
      }
    }
    return { wall: w, instant: null, zone, precision: r.start.isCertain('hour') ? 'minute' : 'day' };
  }

  const dateCertain = r.start.isCertain('day') || r.start.isCertain('month') || r.start.isCertain('year');
  const weekdayOnly = !dateCertain && r.start.isCertain('weekday');
  const hourCertain = r.start.isCertain('hour');
  let date = civil(r);
  // A year-less date is the nearer such date when that one is at most a quarter back ("Jul 9" said
  // in October is this year's, past due; "Dec 21" said on Jan 5 last year's); otherwise the next
  // one, since a deadline looks ahead ("Feb 10" said in August is next February). forwardDate
  // only ever moves ahead, so the year is chosen here.
  // A month alone ("in December") keeps looking ahead; a range whose end names the year ("Aug 10 -
  // Nov 12, 2013") already has its year.
  const yearFromEnd = r.end?.isCertain('year') ?? false;
  if (!r.start.isCertain('year') && r.start.isCertain('month') && !tags.has(TAG.monthOnly) && !yearFromEnd) {
    const dayNamed = r.start.isCertain('day');
    const todayN = Date.UTC(today.y, today.m - 1, today.d) / 86400000;
    const dayOf = (y: number) => Date.UTC(y, date.m - 1, dayNamed ? date.d : 1) / 86400000;
    // The candidate from today on (for a month: this month included), and the one before it.
    let ahead = today.y - 1;
    while (ahead < today.y + 2 && (dayNamed ? dayOf(ahead) < todayN : ahead * 12 + date.m < today.y * 12 + today.m)) ahead++;
    const behind = ahead - 1;
    const span = (y: number) => (dayNamed ? 0 : daysInMonth(y, date.m) - 1);
    const aheadDays = dayOf(ahead) - todayN;
    // A month behind is measured from its last day: "in September" said in November is 56 days back.
    const behindDays = todayN - (dayOf(behind) + span(behind));
    // "this September" said in November names this year's (a recent month, gone); a month further
    // back ("this March" said in November) is read forward, as the coming one.
    const monthsBack = (today.m - date.m + 12) % 12;
    const thisMonth = !dayNamed && monthsBack <= 3 && THIS_MONTH_NAME.test(`${before.slice(-6)}${r.text}`);
    // Within about a quarter back, and closer than the one ahead: beyond that a deadline looks ahead.
    const closer = dayNamed && behindDays < aheadDays && behindDays <= NEAREST_PAST_DAYS;
    const y = thisMonth || closer ? behind : ahead;
    if (!dayNamed || date.d <= daysInMonth(y, date.m)) date = { y, m: date.m, d: date.d };
  }

  // A bare weekday: the next such day, today included while today's workday (or the named
  // time) has not passed. chrono's forwardDate compares whole instants in its own offset, so we
  // recount in the zone meant.
  if (weekdayOnly && !WEEKDAY_MODIFIED.test(r.text)) {
    const wd = r.start.get('weekday') ?? 0;
    const todayWd = weekdayOf(today.y, today.m, today.d);
    const ahead = (wd - todayWd + 7) % 7;
    date = addDays(today.y, today.m, today.d, ahead);
    let nextWeek = false;
    if (ahead === 0) {
      const clock = hourCertain ? { h: r.start.get('hour') ?? 0, mi: r.start.get('minute') ?? 0 } : s.end;
      // "Wednesday at midnight" said on Wednesday is tonight's end, still ahead.
      const endsDay = hourCertain && clock.h === 0 && clock.mi === 0 && MIDNIGHT.test(r.text) && DEADLINE_WORD.test(`${before} ${r.text}`);
      nextWeek = !endsDay && wallToInstant(at(date, clock), zone) <= now;
      if (nextWeek) date = addDays(today.y, today.m, today.d, 7);
    }
    // The weekend under way ("this weekend", "over the weekend" said on Sunday, or on Saturday once
    // its workday end is past) is this one, not the next: its Sunday. chrono reads the weekend as
    // its Saturday, which a bare weekday count would push a week ahead.
    if (wd === 6 && (todayWd === 0 || nextWeek) && WEEKEND_ITSELF.test(r.text) && !BEFORE_WEEKEND.test(before))
      date = todayWd === 0 ? today : addDays(today.y, today.m, today.d, 1);
  }
  // "Before the weekend", "by the weekend": the last workday before it, at its end, not the
  // weekend's Saturday (a day late). Once that workday is over, the weekend itself is left.
  if (weekdayOnly && /^(?:(?:this|next)\s+)?weekend$/i.test(r.text) && BEFORE_WEEKEND.test(before)) {
    for (let i = 1; i <= 6; i++) {
      const c = addDays(date.y, date.m, date.d, -i);
      if (!isWorkday(c, s)) continue;
      if (wallToInstant(at(c, s.end), zone) > now) date = c;
      break;
    }
  }
  // A time with no date ("by 4pm", "EOD", "first thing"): today in that zone, or the next day
  // once it has passed. EOD and "first thing" move to the next workday, not to a Saturday.
  // A part of the day alone ("this morning", "by the afternoon") is a time with no date too:
  // chrono only implies its hour, and forwardDate may already have pushed it to tomorrow.
  const partClock = partOfDayClock(tags, s);
  const timeOnly = (hourCertain || partClock !== null) && !dateCertain && !r.start.isCertain('weekday');
  const workdayBound = tags.has(TAG.eod) || tags.has(TAG.firstThing);
  if (timeOnly) {
    date = today;
    // A part of the day is compared at the moment it stands for (morning = noon, afternoon =
    // workday end, evening = 21:00), not at chrono's 6:00/15:00; and "this morning", "today at 4"
    // name today outright, so they stay today even once passed (overdue, not tomorrow).
    let clock = partClock ?? { h: r.start.get('hour') ?? 0, mi: r.start.get('minute') ?? 0 };
    // A time range under way ("10:00 until 21:45" said at 11:00) is today's while its end is ahead.
    const end =
      r.end && r.end.isCertain('hour') && !r.end.isCertain('day') ? { h: r.end.get('hour') ?? 0, mi: r.end.get('minute') ?? 0 } : null;
    if (end && end.h * 60 + end.mi > clock.h * 60 + clock.mi) clock = end;
    const saysToday = THIS_DAY.test(r.text);
    if (!saysToday && wallToInstant(at(date, clock), zone) <= now)
      date = workdayBound ? addWorkdays(today, 1, s) : addDays(today.y, today.m, today.d, 1);
    else if (workdayBound && tags.has(TAG.firstThing) && !isWorkday(date, s)) date = addWorkdays(today, 1, s);
  }

  if (tags.has(TAG.eod)) return { date, wall: at(date, s.end), instant: null, zone, precision: 'day' };
  if (tags.has(TAG.firstThing)) return { date, wall: at(date, s.start), instant: null, zone, precision: 'part-of-day' };
  // A written clock beats the convention of the date words it came with ("11am next business
  // day", "8am on the 3rd of next month", "7:15am Friday the 12th"): only EOD and "first thing"
  // above are clocks of their own.
  const dateConvention = !hourCertain;
  if (tags.has(TAG.yearOnly))
    return { date, wall: at(lastWorkdayOfMonth({ y: date.y, m: 12, d: 1 }, s), s.end), instant: null, zone, precision: 'month' };
  if (dateConvention && tags.has(TAG.eow)) return { date, wall: at(date, s.end), instant: null, zone, precision: 'week' };
  if (dateConvention && (tags.has(TAG.eom) || tags.has(TAG.eoq) || tags.has(TAG.eoy)))
    return { date, wall: at(date, s.end), instant: null, zone, precision: 'month' };
  if (dateConvention && (tags.has(TAG.businessDays) || tags.has(TAG.dayOfMonth)))
    return { date, wall: at(date, s.end), instant: null, zone, precision: 'day' };
  if (tags.has(TAG.morning)) return { date, wall: at(date, { h: 12, mi: 0 }), instant: null, zone, precision: 'part-of-day' };
  if (tags.has(TAG.afternoon)) return { date, wall: at(date, s.end), instant: null, zone, precision: 'part-of-day' };
  // Evening has no workday meaning; "tonight" is kept as 21:00, when a promise made at work
  // for "tonight" is expected to be done.
  if (tags.has(TAG.evening)) return { date, wall: at(date, { h: 21, mi: 0 }), instant: null, zone, precision: 'part-of-day' };

  const text = r.text.trim();
  if (WEEK_ONLY.test(text)) {
    // "This week": never a day gone; "next week" is a week wholly ahead, its last workday.
    const last = /\bthis\b/i.test(text) ? lastWorkdayOfWeek(date, s) : lastWorkdayOfWholeWeek(date, s);
    return { date, wall: at(last, s.end), instant: null, zone, precision: 'week' };
  }
  const relative = tags.has('result/relativeDate');
  if (
    MONTH_ONLY.test(text) ||
    (!relative && !r.start.isCertain('day') && !r.start.isCertain('weekday') && r.start.isCertain('month') && !hourCertain)
  ) {
    return { date, wall: at(lastWorkdayOfMonth(date, s), s.end), instant: null, zone, precision: 'month' };
  }
  if (hourCertain) {
    const mi = r.start.get('minute') ?? 0;
    // Midnight with a day named is the moment that day ends ("by Thursday at midnight" = Friday
    // 00:00). Without a day, the time-only rule above already took the next 00:00.
    if (MIDNIGHT.test(r.text) && (r.start.get('hour') ?? 0) === 0 && mi === 0 && !timeOnly && DEADLINE_WORD.test(`${before} ${r.text}`))
      date = addDays(date.y, date.m, date.d, 1);
    const precision = r.start.isCertain('minute') && mi !== 0 ? 'minute' : 'hour';
    // An explicit offset ("+02:00", "GMT+2") with no zone name: honour the offset itself.
    // A numeric offset wins over a zone word next to it ("GMT+0900 (JST)": the digits are exact).
    const off = r.start.isCertain('timezoneOffset') && (!zoneTag || NUMERIC_OFFSET.test(r.text)) ? r.start.get('timezoneOffset') : null;
    if (off !== null) {
      const utc = Date.UTC(date.y, date.m - 1, date.d, r.start.get('hour') ?? 0, mi, r.start.get('second') ?? 0) - off * 60000;
      return { date, wall: null, instant: new Date(utc), zone, precision };
    }
    // A range of clocks on one day ("tomorrow 2-4pm", "Thursday between 9 and 12") is due at its
    // end: the latest moment the words allow (before, its start: a promise "between 2 and 4" told
    // the customer "by 2:00 PM").
    const clockEnd = clockRangeEnd(r);
    const wall: Wall = {
      y: date.y,
      m: date.m,
      d: date.d,
      h: clockEnd?.h ?? r.start.get('hour') ?? 0,
      mi: clockEnd?.mi ?? mi,
      s: clockEnd ? 0 : r.start.isCertain('second') ? (r.start.get('second') ?? 0) : 0,
    };
    return { date, wall, instant: null, zone, precision: clockEnd && clockEnd.mi !== 0 ? 'minute' : precision };
  }
  // Date only: end of the workday that day.
  return { date, wall: at(date, s.end), instant: null, zone, precision: 'day' };
}

/** The end clock of a range of clocks within one day ("2-4pm", "from 10 to 11:30"), or null. */
function clockRangeEnd(r: ParsedResult): { h: number; mi: number } | null {
  if (!r.end || !r.end.isCertain('hour')) return null;
  const sameDay = ['year', 'month', 'day'].every(
    (unit) => !r.end!.isCertain(unit as 'day') || r.end!.get(unit as 'day') === r.start.get(unit as 'day'),
  );
  if (!sameDay) return null;
  const h = r.end.get('hour') ?? 0;
  const mi = r.end.get('minute') ?? 0;
  // An end before the start is not a range of that day ("11pm to 1am"): keep the start.
  if (h * 60 + mi <= (r.start.get('hour') ?? 0) * 60 + (r.start.get('minute') ?? 0)) return null;
  return { h, mi };
}

function startOf(r: ParsedResult, tags: ReadonlySet<string>, i: Interpreted, zone: string): string {
  // For a range ("3 to 5pm", "Mon–Wed") or a whole week or month ("next week", "in March") the
  // start of what the words name; for everything else, and for "end of …", the deadline itself.
  const named = /^(\d{4})-(\d{2})-(\d{2})$/.exec(tagWithPrefix(tags, TAG.startPrefix)?.slice(TAG.startPrefix.length) ?? '');
  if (named) return formatIso(wallToInstant({ y: +named[1]!, m: +named[2]!, d: +named[3]!, h: 0, mi: 0, s: 0 }, zone), zone);
  const endOf = tags.has(TAG.eow) || tags.has(TAG.eom) || tags.has(TAG.eoq) || tags.has(TAG.eoy);
  if (r.end || ((i.precision === 'week' || i.precision === 'month') && !endOf)) {
    // The day the conventions settled on (a year-less date kept in this year, a weekday
    // recounted in the zone meant), with the clock as written, seconds included.
    const d = i.date ?? civil(r);
    const w: Wall = {
      y: d.y,
      m: d.m,
      d: d.d,
      h: r.start.get('hour') ?? 0,
      mi: r.start.get('minute') ?? 0,
      s: r.start.isCertain('second') ? (r.start.get('second') ?? 0) : 0,
    };
    return formatIso(wallToInstant(w, zone), zone);
  }
  return formatIso(i.instant ?? wallToInstant(i.wall!, i.zone), i.zone);
}

function envFor(ctx: ParseContext, agentZone: string): CkOption {
  const w = wallAt(ctx.now, agentZone);
  // Fields copied one by one: an object spread here cost more than the rest of this function.
  const today = { y: w.y, m: w.m, d: w.d, h: w.h, mi: w.mi, s: w.s, wd: weekdayOf(w.y, w.m, w.d) };
  return { forwardDate: true, ck: { today, schedule: scheduleOf(ctx.workday) } };
}

// The schedule for the default workday, and for the last few settings seen, keyed by their values
// (a settings object may be edited in place, so never by identity). Our parsers only read it.
const DEFAULT_SCHEDULE = toSchedule(undefined);
const schedules = new Map<string, Schedule>();

function scheduleOf(w: ParseContext['workday']): Schedule {
  if (w === undefined) return DEFAULT_SCHEDULE;
  let key: string;
  try {
    key = JSON.stringify([w?.start, w?.end, w?.days]);
  } catch {
    return toSchedule(w);
  }
  let s = schedules.get(key);
  if (!s) {
    s = toSchedule(w);
    if (schedules.size > 50) schedules.clear();
    schedules.set(key, s);
  }
  return s;
}

/**
 * The deadlines chrono and our parsers find in `text`, in order; `withStart` adds the start of
 * what the words denote, which only the eval reads. Throws on a parser bug; callers catch.
 */
export function collectDeadlines(text: string, ctx: ParseContext, withStart: boolean, useDirect = true): DeadlineHit[] {
  if (typeof text !== 'string' || !text || !(ctx?.now instanceof Date) || Number.isNaN(ctx.now.getTime())) return [];
  const input = text.length > MAX_DEADLINE_INPUT ? text.slice(0, MAX_DEADLINE_INPUT) : text;
  const hits = spanHits(input, ctx, withStart, useDirect);
  // Spans counted from an event the words name ("the day before the install"): event-relative.ts.
  const anchored = anchorEventSpans(input, hits, (words, base) =>
    pickDeadline(spanHits(words, { ...ctx, now: base }, withStart, useDirect)),
  );
  // "tonight or first thing tomorrow": the later of the two (alternatives.ts).
  return joinAlternatives(input, anchored);
}

/** The deadlines in `input` as chrono and our parsers read them, each span counted from now. */
function spanHits(input: string, ctx: ParseContext, withStart: boolean, useDirect: boolean): DeadlineHit[] {
  // Most sentences hold no time words at all; one cheap test spares chrono's thirty parsers.
  const chronoInput = normaliseShortForms(input);
  if (!MAYBE_TIME.test(chronoInput)) return [];
  const agentZone = safeZone(ctx.timeZone, 'UTC');
  const option = envFor(ctx, agentZone);
  const offset = offsetAt(ctx.now, agentZone);
  // Our own phrases read directly when they are all the text holds; chrono for anything else.
  const results: readonly ParsedResult[] =
    (useDirect && readDirect(chronoInput, option)) || parseDeadlineWords(chronoInput, { instant: ctx.now, timezone: offset }, option);
  const hits: DeadlineHit[] = [];
  for (const r of results) {
    const before = input.slice(Math.max(0, r.index - 25), r.index);
    // One copy of the tags per result (tags() copies the set), read by every step below.
    const tags = r.start.tags();
    const i = interpret(r, tags, ctx, option.ck.schedule, agentZone, before);
    if (!i) continue;
    const instant = i.instant ?? wallToInstant(i.wall!, i.zone);
    if (Number.isNaN(instant.getTime())) continue;
    // A closing bracket with no opening one in the words ("(4pm PT)", "2 pm IST )") closes something
    // else: the zone readers may take it, the deadline's words leave it out.
    const stray = r.text.includes('(') ? null : /\s*\)$/.exec(r.text);
    const length = r.text.length - (stray?.[0].length ?? 0);
    const due: Due = { at: formatIso(instant, i.zone), text: input.slice(r.index, r.index + length), precision: i.precision };
    // Only when the words name a zone, so a plain deadline keeps the three fields it always had.
    const named = zoneNamed(tags, ctx, agentZone);
    if (named) {
      due.zone = named.zone;
      if (named.ambiguous) due.zoneAmbiguous = true;
    }
    hits.push({
      due,
      index: r.index,
      length,
      start: withStart ? startOf(r, tags, i, i.zone) : '',
      cued: CUE_BEFORE.test(before) || tagWithPrefix(tags, 'ck/') !== undefined,
    });
  }
  return hits;
}

/** Every deadline expression in `text`, in order. Never throws. */
export function findDeadlines(text: string, ctx: ParseContext): DeadlineHit[] {
  try {
    return collectDeadlines(text, ctx, true);
  } catch {
    // A parser bug must never break the panel: no deadline is a safe answer.
    return [];
  }
}

/** The deadline the words most likely mean, as drafts need it (no `start`). Never throws. */
function findDueHit(text: string, ctx: ParseContext): DeadlineHit | null {
  try {
    return pickDeadline(collectDeadlines(text, ctx, false));
  } catch {
    return null;
  }
}

/** The deadline the words most likely mean: the first one introduced by a cue, else the first. */
export function pickDeadline(hits: DeadlineHit[]): DeadlineHit | null {
  return hits.find((h) => h.cued) ?? hits[0] ?? null;
}

export function resolveDue(text: string, ctx: ParseContext): Due | null {
  return findDueHit(text, ctx)?.due ?? null;
}
