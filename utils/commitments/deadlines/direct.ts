// The direct reader: the deadline phrases agents write most ("by Friday EOD", "within 3 business
// days", "before 4pm PT tomorrow", "by March 31 at 5pm your time", "on Thursday at 10:30am ET")
// read without chrono-node's result machinery. Our own parsers run on their regex matches with a
// light context (plain components, no chrono reference or date arithmetic); the few chrono words
// these phrases need (weekdays, today/tomorrow, "4pm", "March 31") are read here; resolve.ts then
// applies the same conventions to both.
//
// The reader answers only when it can account for the whole text: every word chrono or our parsers
// could read must sit inside a phrase it read, and its phrases must not touch in a way chrono would
// join differently. Otherwise it returns null and the caller runs chrono. A property test checks
// that whenever it answers, the answer equals chrono's path.
import type { Component, Parser, ParsingContext } from 'chrono-node';
import type { CkOption } from './options';
import { gateHolds, type Gate } from './gates';
import {
  BUSINESS_DAYS_PATTERN,
  BusinessDaysParser,
  DAY_OF_MONTH_PATTERN,
  DayOfMonthParser,
  ELAPSED_PATTERN,
  ElapsedTimeParser,
  END_OF_PERIOD_PATTERN,
  EndOfDayParser,
  EndOfPeriodParser,
  EOD_PATTERN,
  FIRST_THING_PATTERN,
  FirstThingParser,
} from './parsers';
import { CONNECTOR, DAY_HALF_AFTER, zoneWordsAfter } from './refiners';
import { addDays, AMBIGUOUS_ZONE_ABBREVIATIONS, daysInMonth, ZONE_ABBREVIATIONS } from './zones';

type Values = Partial<Record<Component, number>>;

/** The part of chrono's components that our parsers and resolve.ts use, as plain fields. */
class LightComponents {
  private readonly known: Values = {};
  private readonly implied: Values = {};
  private readonly tagSet = new Set<string>();
  constructor(known?: Values) {
    if (known) Object.assign(this.known, known);
  }
  get(c: Component): number | null {
    return this.known[c] ?? this.implied[c] ?? null;
  }
  isCertain(c: Component): boolean {
    return this.known[c] !== undefined;
  }
  assign(c: Component, v: number): this {
    this.known[c] = v;
    delete this.implied[c];
    return this;
  }
  imply(c: Component, v: number): this {
    if (this.known[c] === undefined) this.implied[c] = v;
    return this;
  }
  addTag(t: string): this {
    this.tagSet.add(t);
    return this;
  }
  tags(): Set<string> {
    return this.tagSet;
  }
  /** This reading's date parts with `time`'s clock parts: how chrono joins "Friday" and "3pm". */
  withClockOf(time: LightComponents): LightComponents {
    const out = new LightComponents(this.known);
    Object.assign(out.implied, this.implied);
    for (const c of CLOCK_PARTS) {
      if (time.known[c] !== undefined) out.assign(c, time.known[c]!);
      else if (time.implied[c] !== undefined) out.imply(c, time.implied[c]!);
    }
    for (const t of this.tagSet) out.addTag(t);
    for (const t of time.tagSet) out.addTag(t);
    return out;
  }
}

const CLOCK_PARTS: Component[] = ['hour', 'minute', 'second', 'millisecond', 'meridiem', 'timezoneOffset'];

/** What resolve.ts reads of a result; chrono's ParsedResult has the same shape. */
export interface Reading {
  index: number;
  text: string;
  start: LightComponents;
  end: null;
}

type Kind = 'date' | 'time' | 'both';
interface Token {
  index: number;
  end: number;
  kind: Kind;
  start: LightComponents;
  /** Zone words were taken after it: chrono's merge ran before our zone refiner saw them. */
  zoned?: boolean;
}

/** A stand-in for chrono's ParsingContext holding what our parsers read: text, option, components. */
function lightContext(text: string, option: CkOption): ParsingContext {
  return {
    text,
    option,
    reference: undefined,
    // What chrono implies in a new component set: the reference day, at noon.
    createParsingComponents: (known?: Values) => {
      const t = option.ck.today;
      return new LightComponents(known)
        .imply('year', t.y)
        .imply('month', t.m)
        .imply('day', t.d)
        .imply('hour', 12)
        .imply('minute', 0)
        .imply('second', 0)
        .imply('millisecond', 0);
    },
  } as unknown as ParsingContext;
}

// Each behind its parser's gate, as on the chrono path: most texts hold none of their words, and the
// patterns (business days' counts, EOD's forms) are costly to scan for nothing.
const ours: { re: RegExp; parser: Parser; gate: Gate }[] = [
  { re: EOD_PATTERN, parser: new EndOfDayParser(), gate: EndOfDayParser.gate },
  { re: END_OF_PERIOD_PATTERN, parser: new EndOfPeriodParser(), gate: EndOfPeriodParser.gate },
  { re: BUSINESS_DAYS_PATTERN, parser: new BusinessDaysParser(), gate: BusinessDaysParser.gate },
  { re: ELAPSED_PATTERN, parser: new ElapsedTimeParser(), gate: ElapsedTimeParser.gate },
  { re: FIRST_THING_PATTERN, parser: new FirstThingParser(), gate: FirstThingParser.gate },
  { re: DAY_OF_MONTH_PATTERN, parser: new DayOfMonthParser(), gate: DayOfMonthParser.gate },
].map(({ re, parser, gate }) => ({ re: new RegExp(re.source, `${re.flags.replace('g', '')}g`), parser, gate }));

const WEEKDAY_NUMBER: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
// Full names, or the short forms chrono knows when no dot follows (chrono would keep the dot).
const WEEKDAY =
  /\b(?:(on)\s+)?(?:(this|next|last|past|previous|following|coming)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tue|wed|thu|thur|thurs|fri|sat)(?![\w.'’])/gi;
const WEEKDAY_FOLLOWED =
  /^(?:\s*[,)（）]|\s+(?:the|after|next|this|last|of|in|from|week|\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|twent|thirt))/i;
const CASUAL_DAY = /\b(today|tomorrow|tmrw|tmr)(?![\w'’])/gi;
const CLOCK = /(?<![\w:.])(?:(at|from)\s+)?(\d{1,2})(?::([0-5]\d))?\s?(?:([ap])m|([ap])\.m\.)(?![\w])/gi;
const MONTH_NUMBER: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH_DAY =
  /\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\s+(\d{1,2})(?:st|nd|rd|th)?(?![\w.:'’])/gi;

/**
 * Words any parser could start reading, once the phrases the reader took are blanked out. Looser
 * than it needs to be is safe (chrono runs); a word missing here would not be.
 */
const LEFTOVER =
  /\d|\b[+-]\b|\b(?:now|today|tonight|tomorrow|tmr|tmrw|yesterday|noon|midnight|morning|afternoon|evening|night|tonite|eod|cob|eob|eow|eom|eoq|eoy|end|close|day|days|weekday|weekdays|weekend|weekends|week|weeks|fortnights?|month|months|quarter|quarters|year|years|hours?|hrs?|h|minutes?|mins?|seconds?|secs?|sec|min|moment|later|earlier|ago|within|mid|middle|beginning|start|thing|business|working|workday|biz|christmas|xmas|new\s+year|boxing|thanksgiving|lunch|lunchtime|midweek|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|twentieth|thirtieth|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|sun(?:day)?s?|mon(?:day)?s?|tues?(?:day)?s?|wed(?:nesday)?s?|weds|thu(?:r|rs)?(?:sday)?s?|fri(?:day)?s?|sat(?:urday)?s?|midday|overmorrow|tom|mo|yr|qtr)\b|\B(?:week|month|year|quarter)s?\b|['’]\d|\b(?:this|same)\s+time\b|\bor\s+two\b|\b(?:half|quarter)\s+(?:past|after|to|before|til)\b/i;

/** Between two readings chrono and our merge join as one (date and time): "at", "by", ",", "@"… */
const CHRONO_CONNECTOR = /^\s*(?:T|at|after|before|on|of|,|-|\.|∙|:)?\s*$/i;
/** Words that may stand between readings chrono joins (date and time, ranges, relations). */
const JOINING = new Set([
  'at',
  'on',
  'by',
  'before',
  'after',
  'of',
  'until',
  'till',
  'til',
  'to',
  'from',
  'around',
  'about',
  'approximately',
  'approx',
  'roughly',
  'circa',
  'ca',
  'no',
  'later',
  'than',
  'latest',
  'and',
  'or',
  'the',
  'through',
  'thru',
  'between',
  'in',
  'this',
  'next',
  'last',
]);
/** Between two readings that chrono keeps apart for sure: a word that joins nothing. */
function apart(between: string): boolean {
  for (const w of between.toLowerCase().match(/[a-z]{2,}/g) ?? []) if (!JOINING.has(w)) return true;
  return false;
}
/** Words after a reading that relate it to something else; "before"/"from" may join a clock instead. */
const RELATION_AFTER = /^\s+(?:(before|from)\b\s*|(?:after|ago|later|earlier|hence|prior|past)\b)/i;
/** Between two readings chrono joins into a range ("Friday to Monday", "10am - 12pm"). */
const RANGE = /^\s*(?:[-–—~]|to|till|til|until|through|thru)\s*$/i;

/**
 * Zone words right after a reading that the reader did not take: our refiner would take them
 * ("Friday ET"), and chrono reads abbreviations in any case ("8 am pst") and knows more ("MSK").
 */
function zoneLikeAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 48);
  if (zoneWordsAfter(after)) return true;
  const word = /^\s*,?\s*\(?\s*([A-Za-z]{2,5})\b/.exec(after)?.[1];
  if (!word) return false;
  const upper = word.toUpperCase();
  return word === upper || ZONE_ABBREVIATIONS[upper] !== undefined || AMBIGUOUS_ZONE_ABBREVIATIONS[upper] !== undefined;
}

/** Whether chrono's merge or ours joins `a` and `b` (a date and a time, a connector between). */
function pairs(text: string, a: Token, b: Token): boolean {
  const complementary = (a.kind === 'date' && b.kind === 'time') || (a.kind === 'time' && b.kind === 'date');
  if (!complementary) return false;
  const between = text.slice(a.end, b.index);
  // chrono's own merge runs before our zone words join the clock: after them only ours applies.
  return between.length < 25 && (CONNECTOR.test(between) || (!a.zoned && !b.zoned && CHRONO_CONNECTOR.test(between)));
}

function add(tokens: Token[], index: number, end: number, kind: Kind, start: LightComponents | null): boolean {
  if (!start) return false;
  tokens.push({ index, end, kind, start });
  return true;
}

/**
 * The readings of `text` without chrono, or null when the text holds anything else a parser
 * might read (chrono then reads it all).
 */
export function readDirect(text: string, option: CkOption): Reading[] | null {
  const env = option.ck;
  const t = env.today;
  const tokens: Token[] = [];
  const context = lightContext(text, option);

  const lower = text.toLowerCase();
  for (const { re, parser, gate } of ours) {
    if (!gateHolds(gate, text, lower)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const c = parser.extract(context, m) as LightComponents | null;
      if (!c) return null;
      // EOD and "first thing" carry their own clock: chrono joins them to a date like a time.
      // "within 2 hours" is a whole moment: nothing joins it.
      const kind: Kind =
        parser instanceof ElapsedTimeParser
          ? 'both'
          : parser instanceof EndOfDayParser || parser instanceof FirstThingParser
            ? c.isCertain('day')
              ? 'both'
              : 'time'
            : 'date';
      add(tokens, m.index, m.index + m[0].length, kind, c);
    }
  }

  WEEKDAY.lastIndex = 0;
  for (let m = WEEKDAY.exec(text); m; m = WEEKDAY.exec(text)) {
    const modifier = m[2]?.toLowerCase();
    // "next Friday", "last Monday": chrono's own counting (and our past-weekday parser) decide.
    if (modifier && modifier !== 'this') return null;
    // chrono keeps a comma or bracket before a weekday in its text, and drops "the Mon".
    // After "a", "2", "few" a "mon" is chrono's month unit ("a mon" = a month).
    if (/(?:[,(（]\s*|\b(?:the|an?|one|few|couple|several|\d+)\s+)$/i.test(text.slice(Math.max(0, m.index - 9), m.index))) return null;
    // A comma or bracket after it (chrono keeps it), a day of the month ("Monday the 30th", "Tuesday
    // the eleventh"), "after next", "of next week": other parsers read more than the weekday.
    if (WEEKDAY_FOLLOWED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) return null;
    const wd = WEEKDAY_NUMBER[m[3]!.slice(0, 3).toLowerCase()]!;
    const c = new LightComponents({ weekday: wd });
    const ahead = (wd - t.wd + 7) % 7;
    const d = addDays(t.y, t.m, t.d, ahead);
    c.imply('year', d.y)
      .imply('month', d.m)
      .imply('day', d.d)
      .imply('hour', 12)
      .imply('minute', 0)
      .imply('second', 0)
      .imply('millisecond', 0);
    add(tokens, m.index, m.index + m[0].length, 'date', c);
  }

  CASUAL_DAY.lastIndex = 0;
  for (let m = CASUAL_DAY.exec(text); m; m = CASUAL_DAY.exec(text)) {
    const d = /^today$/i.test(m[1]!) ? t : addDays(t.y, t.m, t.d, 1);
    const c = new LightComponents({ year: d.y, month: d.m, day: d.d });
    c.imply('hour', t.h)
      .imply('minute', t.mi)
      .imply('second', t.s ?? 0)
      .imply('millisecond', 0);
    add(tokens, m.index, m.index + m[0].length, 'date', c);
  }

  MONTH_DAY.lastIndex = 0;
  for (let m = MONTH_DAY.exec(text); m; m = MONTH_DAY.exec(text)) {
    const month = MONTH_NUMBER[m[1]!.slice(0, 3).toLowerCase()]!;
    const day = Number(m[2]);
    // A year, a range or another number after it: chrono reads more than this.
    // Two spaces after it: chrono's pattern keeps one of them in the text.
    // Spaces before a non-word (or the end): chrono's pattern keeps them in the text.
    if (/^(?:\s*(?:[,/–-]|to\b|\d|of\b)|\s\s|\s+(?:[^\w\s]|$))/i.test(text.slice(m.index + m[0].length))) return null;
    // An ordinal or "the" before it ("first May", "the 3rd May"): a day chrono reads with the month.
    if (
      /\b(?:the|first|second|third|fourth|fifth|last|\w+th|\d+(?:st|nd|rd|th)?|one|two|three)\s+$/i.test(
        text.slice(Math.max(0, m.index - 12), m.index),
      )
    )
      return null;
    if (day < 1 || day > daysInMonth(2001, month)) return null;
    const y = month < t.m || (month === t.m && day < t.d) ? t.y + 1 : t.y;
    const c = new LightComponents({ month, day });
    c.imply('year', y).imply('hour', 12).imply('minute', 0).imply('second', 0).imply('millisecond', 0);
    add(tokens, m.index, m.index + m[0].length, 'date', c);
  }

  CLOCK.lastIndex = 0;
  for (let m = CLOCK.exec(text); m; m = CLOCK.exec(text)) {
    const h12 = Number(m[2]);
    if (h12 < 1 || h12 > 12) return null;
    const pm = (m[4] ?? m[5])!.toLowerCase() === 'p';
    const c = new LightComponents({ hour: (h12 % 12) + (pm ? 12 : 0), minute: m[3] ? Number(m[3]) : 0, meridiem: pm ? 1 : 0 });
    c.imply('year', t.y).imply('month', t.m).imply('day', t.d).imply('second', 0).imply('millisecond', 0);
    let end = m.index + m[0].length;
    const z = zoneWordsAfter(text.slice(end, end + 48));
    if (z) {
      c.addTag(z.tag);
      end += z.words.length;
    }
    if (add(tokens, m.index, end, 'time', c) && z) tokens[tokens.length - 1]!.zoned = true;
  }

  if (!tokens.length) return LEFTOVER.test(text) ? null : [];
  tokens.sort((a, b) => a.index - b.index);

  // Every word a parser could read must be inside a token.
  let rest = '';
  let at = 0;
  for (const tok of tokens) {
    if (tok.index < at) return null; // overlapping readings: chrono's choice, not ours
    rest += `${text.slice(at, tok.index)} `;
    at = tok.end;
  }
  rest += text.slice(at);
  if (LEFTOVER.test(rest)) return null;

  const readings: Reading[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1];
    // "end of the week after next", "2 hours before", "3 days from now": a relation chrono reads on;
    // only "Friday before 5pm" / "from 4pm" joins a clock instead.
    const relation = RELATION_AFTER.exec(text.slice(a.end, a.end + 12));
    // Two spaces before the relation word change chrono's reading ("the week  before 4pm" is its own
    // phrase then): only the single-spaced form is joined here.
    const joinsClock =
      relation?.[1] &&
      /^\s\S/.test(relation[0]) &&
      b &&
      b.index === a.end + relation[0].length &&
      a.kind === 'date' &&
      b.start.isCertain('meridiem');
    if (relation && !joinsClock) return null;
    if (b && RELATION_AFTER.test(text.slice(b.end, b.end + 12)) && pairs(text, a, b)) return null;
    // "tomorrow am", "Friday p.m.": a part of the day, left to the refiners.
    if (a.kind === 'date' && DAY_HALF_AFTER.test(text.slice(a.end, a.end + 10))) return null;
    // "your Monday": the customer's day, left to the refiners.
    if (/\byour\s+$/i.test(text.slice(Math.max(0, a.index - 6), a.index))) return null;
    if (b) {
      if (RANGE.test(text.slice(a.end, b.index))) return null;
      if (pairs(text, a, b)) {
        // Only a lone pair: a third reading close by ("EOD thurs tmrw") is chrono's to order.
        const c = tokens[i + 2];
        if (c && !apart(text.slice(b.end, c.index))) return null;
        const [date, time] = a.kind === 'date' ? [a, b] : [b, a];
        if (zoneLikeAfter(text, b.end)) return null;
        readings.push({ index: a.index, text: text.slice(a.index, b.end), start: date.start.withClockOf(time.start), end: null });
        i++;
        continue;
      }
      // Readings chrono might join in some other way ("Friday the 12th", "4pm 5pm", a range): let it.
      if (!apart(text.slice(a.end, b.index))) return null;
    }
    if (zoneLikeAfter(text, a.end)) return null;
    readings.push({ index: a.index, text: text.slice(a.index, a.end), start: a.start, end: null });
  }
  return readings;
}
