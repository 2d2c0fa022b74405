// Custom chrono refiners, run after chrono's own. They join pieces chrono leaves apart
// ("Friday by EOD"), give parts of the day their deadline meaning, and note which zone the words
// name ("5pm PT", "your time", "your EOD"), all as tags read by resolve.ts.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { envOf, TAG } from './options';
import { endsCompound } from './words';
import { AMBIGUOUS_ZONE_ABBREVIATIONS, ZONE_ABBREVIATIONS, zoneOfName } from './zones';

const TIME_PARTS = ['hour', 'minute', 'second', 'millisecond', 'meridiem', 'timezoneOffset'] as const;
const DATE_PARTS = ['year', 'month', 'day', 'weekday'] as const;

function isDateOnly(r: ParsingResult): boolean {
  return !r.start.isCertain('hour') && (r.start.isCertain('day') || r.start.isCertain('weekday') || r.start.isCertain('month'));
}
function isTimeOnly(r: ParsingResult): boolean {
  return r.start.isCertain('hour') && !DATE_PARTS.some((c) => r.start.isCertain(c));
}

// What may stand between a date and its clock: "at about", "by around", "@", "—", a bracket
// ("June 4 (morning)"), "on".
export const CONNECTOR =
  /^\s*(?:,\s*)?(?:(?:by|at|on|before|around|about|approximately|approx\.?|roughly|circa|ca\.|until|till|no\s+later\s+than|latest|@|~|-|–|—|,|\(|\))\s*)*(?:the\s+)?$/i;
const EVENING_DATE = /\b(?:tonight|evening|afternoon)\b/i;
/** A part of the day read alone ("morning", "(afternoon)"): chrono only implies its hour. */
const PART_OF_DAY_ONLY = /^(?:(?:in\s+)?the\s+)?(?:morning|afternoon|evening|night)\)?$/i;

/** Joins a date and a time chrono left as two results ("Friday by EOD", "by 3pm on the 15th"). */
class MergeDateAndTimeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    if (results.length < 2) return results;
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i]!;
      const b = results[i + 1];
      if (b && !a.end && !b.end) {
        const between = context.text.slice(a.index + a.text.length, b.index);
        const timeLike = (r: ParsingResult) =>
          isTimeOnly(r) || (PART_OF_DAY_ONLY.test(r.text) && !DATE_PARTS.some((c) => r.start.isCertain(c)));
        const pair = isDateOnly(a) && timeLike(b) ? [a, b] : timeLike(a) && isDateOnly(b) ? [b, a] : null;
        if (pair && between.length < 25 && CONNECTOR.test(between)) {
          const [date, time] = pair as [ParsingResult, ParsingResult];
          const start = date.start.clone();
          for (const c of TIME_PARTS) {
            const v = time.start.get(c);
            if (v === null) continue;
            if (time.start.isCertain(c)) start.assign(c, v);
            else start.imply(c, v);
          }
          // "tonight @ 3:20", "this evening at 7": a clock without am/pm after an evening word is pm.
          const h = start.get('hour');
          if (h !== null && h >= 1 && h < 12 && !time.start.isCertain('meridiem') && EVENING_DATE.test(date.text)) {
            start.assign('hour', h + 12).assign('meridiem', 1);
          }
          // chrono's clone() leaves the tags behind: keep both sides' ("the 3rd by 11am" stays a day of the month).
          start.addTags(date.start.tags());
          start.addTags(time.start.tags());
          const merged = context.createParsingResult(a.index, context.text.slice(a.index, b.index + b.text.length), start);
          out.push(merged);
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  }
}

/**
 * With forwardDate on, chrono also accepts a bare duration ("5 days", "a second", even "the mon…")
 * as a date. A duration is not a moment unless words anchor it ("in", "within", "ago", "from now").
 */
class BareDurationFilter implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      if (!r.tags().has('result/relativeDate')) return true;
      // "give it 2 months", "allow 3 days": the words before count the duration from now.
      if (
        /\b(?:give\s+(?:it|us|me|them)|allow(?:ing)?|wait(?:ing)?(?:\s+for)?)\s+(?:about\s+|another\s+)?$/i.test(
          _context.text.slice(Math.max(0, r.index - 20), r.index),
        )
      )
        return true;
      // A sign anchors the duration to what precedes it ("now + 40 minutes", "<date> -10 days").
      // "lastmonth", "nextweek": the anchor run into the unit, as typed in a hurry.
      return /^\s*(?:last|next|past|this)(?=[a-z])|^\s*[+-]|(?:^|\s)[+-]\s*\d|\b(?:in|within|for|out|after|ago|later|from|next|last|this|past|before|since|until|coming|previous|following|earlier|hence|back|early|end|beginning|start)\b/i.test(
        r.text,
      );
    });
  }
}

/**
 * Words that look like dates but are not: a greeting ("Good morning", "good night"), the verb
 * "may" in lower case ("we may, if needed, …") and "in the year 2008" read as "in one year".
 * A month is written "May"; a greeting names no time.
 */
const MONTH_ALONE = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;
const OWNER_BEFORE = /\b(?:the|our|your|their|my|his|her|its)\s+$/i;
/** A word after the month that makes it a modifier: not a preposition, a verb of being, or a number. */
const NOUN_AFTER = /^\s+(?!(?:of|in|at|on|and|or|to|by|through|thru|until|till|is|was|will|if|when|the)\b)[a-z]/i;
const SPAN_BEFORE_FROM = /\b(?:days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|fortnights?|so|two|while)\s+from\s+$/i;

class NotADateFilter implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      if (/^may\W*$/.test(r.text)) {
        const before = context.text.slice(Math.max(0, r.index - 10), r.index);
        if (!/\b(?:in|by|until|till|before|after|since|during|of|from|to|through|early|mid|late)\s+$/i.test(before)) return false;
      }
      // "in the year 2008", "in the week 31": a number names the period; "the" is not "one".
      // The words first: a test on the short text is cheaper than tags(), which copies a set.
      if (/\bthe\s+(?:week|month|quarter|year)$/i.test(r.text) && r.tags().has('result/relativeDate')) {
        if (/^\s*['’]?\d/.test(context.text.slice(r.index + r.text.length))) return false;
      }
      // "forty-eight hours from now": chrono knows "eight" but not "forty-", and its reading of the last
      // part alone is a wrong deadline (8 hours). No date is better than a wrong one.
      if (endsCompound(context.text.slice(Math.max(0, r.index - 9), r.index), /^[a-z]*/i.exec(r.text)![0])) return false;
      // "a week or so from now", "a day or two from now", "some days from now": a span nobody read
      // before "from", and the reading of the moment it counts from alone ("now": today) is a wrong
      // deadline. The spans that can be counted are read whole, from their count (parsers.ts).
      if (SPAN_BEFORE_FROM.test(context.text.slice(Math.max(0, r.index - 24), r.index))) return false;
      // "the September invoice", "our April newsletter": a month named as a word about a thing, not a
      // date ("I'll resend the September invoice today" had a deadline of September 30).
      // "September's invoice" too.
      if (MONTH_ALONE.test(r.text)) {
        const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 16);
        if (/^['’]s\b/.test(after)) return false;
        if (OWNER_BEFORE.test(context.text.slice(Math.max(0, r.index - 8), r.index)) && NOUN_AFTER.test(after)) return false;
      }
      // "two and a half months": chrono reads "a half months" (two weeks); no length is right for it.
      if (/^(?:a\s+)?half\b/i.test(r.text) && /\w\s+and\s+(?:a\s+)?$/i.test(context.text.slice(Math.max(0, r.index - 10), r.index)))
        return false;
      if (/^(?:morning|afternoon|evening|night|day)$/i.test(r.text)) {
        const before = context.text.slice(Math.max(0, r.index - 12), r.index);
        if (/\bgood\s+$/i.test(before)) return false;
        // "hold the room for 1 night", "extend it by a night", "per day", "an extra night": a length
        // or a rate, not a time (it was a deadline of tonight, or today's workday end).
        if (/\b(?:\d+|an?|one|two|three|per|each|every|another|extra|additional|whole|full|entire)\s+$/i.test(before)) return false;
      }
      return true;
    });
  }
}

/** Morning = noon, afternoon / later today = workday end, evening / tonight: see resolve.ts. */
/** "am"/"pm" right after a day, not the verb ("tomorrow am I right?"). */
export const DAY_HALF_AFTER = /^\s+([ap])\.?m\b\.?(?!\s+I\b)/i;

class PartOfDayRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.map((r) => {
      // Both checks leave the result as it is; the clock first, as tags() copies a set.
      // A digit counts only as part of a clock ("5 in the morning"), not of a date ("June 4 (morning)").
      const explicitClock =
        r.start.isCertain('hour') ||
        /\d\s*(?::|[ap]\.?m\b|o'?clock|h\b|\s+(?:in\s+the|this|tomorrow)\s+(?:morning|afternoon|evening))|\bnoon\b|\bmidnight\b/i.test(
          r.text,
        );
      if (explicitClock) return r;
      const tags = r.start.tags();
      if (tags.has(TAG.firstThing) || tags.has(TAG.eod)) return r;
      let tag: string | null = null;
      if (/\bmorning\b/i.test(r.text)) tag = TAG.morning;
      else if (/\bafternoon\b/i.test(r.text)) tag = TAG.afternoon;
      // "tomorrow night", "Friday night": the evening (it was the day alone, its workday end).
      else if (/\b(?:evening|tonight|night)\b/i.test(r.text)) tag = TAG.evening;
      else if (/\btoday\b/i.test(r.text)) {
        const before = context.text.slice(Math.max(0, r.index - 12), r.index);
        const m = /\blater\s+$/i.exec(before);
        if (m) {
          const extended = context.createParsingResult(r.index - m[0].length, m[0] + r.text, r.start);
          extended.start.addTag(TAG.afternoon);
          return extended;
        }
      }
      if (tag) {
        r.start.addTag(tag);
        return r;
      }
      // "tomorrow am", "by Friday p.m.": the letters of a clock with no clock, said for the part of the day.
      const half = DAY_HALF_AFTER.exec(context.text.slice(r.index + r.text.length, r.index + r.text.length + 10));
      if (half && isDateOnly(r)) {
        const extended = context.createParsingResult(r.index, r.text + half[0], r.start);
        extended.start.addTag(/^a/i.test(half[1]!) ? TAG.morning : TAG.afternoon);
        return extended;
      }
      return r;
    });
  }
}

// Both tables: an abbreviation known only as ambiguous ("AST": Atlantic or Arabia) is still a zone.
const ABBR = [...new Set([...Object.keys(ZONE_ABBREVIATIONS), ...Object.keys(AMBIGUOUS_ZONE_ABBREVIATIONS)])]
  .filter((k) => k.length <= 5 && k === k.toUpperCase())
  .join('|');
// Region names that stand alone after a clock ("3pm Pacific"); longer first so "Central European"
// is not read as US Central.
const REGION = '(?:[Cc]entral|[Ee]astern|[Ww]estern)\\s+[Ee]uropean|[Pp]acific|[Ee]astern|[Cc]entral|[Mm]ountain';
// Up to three words before "time" ("Denver time", "New York time", "India Standard time"); the
// words must name a zone (zoneOfName) or the match is not a zone.
const PLACE_TIME = "[A-Za-z][A-Za-z.'’-]*(?:\\s+[A-Za-z][A-Za-z.'’-]*){0,2}";
// Upper-case abbreviations only: "5 pm et al" or "at 3 pt." must not become a zone.
const AFTER = new RegExp(
  `^\\s*\\(?\\s*(?:(?:in\\s+|on\\s+)?(?<who>your|my|our)\\s+(?:own\\s+)?(?:local\\s+)?(?:time(?:\\s*zone)?|timezone)|(?<abbr>${ABBR})(?![\\w])(?:\\s+time)?|(?<region>${REGION})(?![\\w])(?:\\s+(?:standard\\s+|daylight\\s+|summer\\s+)?time)?|(?:in\\s+)?(?<place>${PLACE_TIME})\\s+(?:standard\\s+|daylight\\s+|summer\\s+)?time(?:\\s*zone)?(?![\\w]))\\s*\\)?`,
);
const TRAILING_ABBR = new RegExp(`(?<![\\w])(${ABBR})(?![\\w])`);

/** The tag for an abbreviation: its zone, or a request to resolve it in the parties' zones. */
function abbreviationTag(abbr: string): string | null {
  if (AMBIGUOUS_ZONE_ABBREVIATIONS[abbr]) return `${TAG.zoneAmbiguous}=${abbr}`;
  const zone = ZONE_ABBREVIATIONS[abbr];
  return zone ? `${TAG.zonePrefix}${zone}` : null;
}

/** Zone words right after a time ("PT", "Denver time", "your time"): the words as written and their tag. */
export function zoneWordsAfter(after: string): { words: string; tag: string } | null {
  const m = AFTER.exec(after);
  if (!m) return null;
  const g = m.groups ?? {};
  if (!(g.who || /\s|\(/.test(after[0] ?? ' ') || after === '')) return null;
  let tag: string | null = null;
  if (g.who) tag = /^your$/i.test(g.who) ? TAG.customerZone : TAG.agentZone;
  else if (g.abbr) tag = abbreviationTag(g.abbr);
  else {
    const zone = zoneOfName(g.region ?? g.place ?? '');
    tag = zone ? `${TAG.zonePrefix}${zone}` : null;
  }
  return tag ? { words: m[0].replace(/\s+$/, ''), tag } : null;
}

/**
 * "5pm PT", "4pm Denver time", "noon Central European", "Monday 10am your time", "3pm my time",
 * "your EOD": which zone the wall clock is in. Runs before the date+time merge, so the zone words
 * between a clock and its date ("4pm Denver time on Monday") do not keep the two apart.
 */
class ZoneRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.map((r) => {
      const end = r.index + r.text.length;
      const z = zoneWordsAfter(context.text.slice(end, end + 48));
      let result = r;
      if (z) {
        result = context.createParsingResult(r.index, r.text + z.words, r.start, r.end);
        result.start.addTag(z.tag);
      } else {
        // chrono's own abbreviation refiner may already have pulled "PT" into the text.
        const t = TRAILING_ABBR.exec(r.text);
        const trailing = t?.[1] ? abbreviationTag(t[1]) : null;
        if (trailing) r.start.addTag(trailing);
      }
      // "your Monday", "your morning", "your end of day": the customer's day.
      const before = context.text.slice(Math.max(0, r.index - 6), r.index);
      if (/\byour\s+$/i.test(before)) result.start.addTag(TAG.customerZone);
      return result;
    });
  }
}

/** Words that say the small hour is meant: "3 in the morning", "5am", "at 2 tonight" is not a workday hour either. */
const SMALL_HOUR_MEANT = /\b(?:a\.?m\b|morning|night|tonight|overnight|dawn|early)|\b0\d\s*[:.h]?\s*\d{0,2}\b/i;

/**
 * A bare hour ("at 3 tomorrow", "I'll call you at 4", "between 2 and 4 on Friday") is the one inside
 * the agent's working day: chrono takes 3 as 3 AM, a deadline twelve hours early on a promise
 * everybody reads as the afternoon. Only when the morning hour falls outside the workday and the
 * afternoon one inside it (9–17: 1 to 5 become PM; 8 stays 8 AM, 7 stays 7); never when the words
 * say the small hour ("3am", "3 in the morning", "03:00").
 */
class WorkdayHourRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const env = envOf(context);
    if (!env) return results;
    const { start, end } = env.schedule;
    const inside = (h: number, mi: number) => h * 60 + mi >= start.h * 60 + start.mi && h * 60 + mi <= end.h * 60 + end.mi;
    for (const r of results) {
      if (SMALL_HOUR_MEANT.test(r.text)) continue;
      for (const c of r.end ? [r.start, r.end] : [r.start]) {
        if (!c.isCertain('hour') || c.isCertain('meridiem')) continue;
        const h = c.get('hour') ?? 0;
        const mi = c.get('minute') ?? 0;
        if (h < 1 || h > 11 || inside(h, mi) || !inside(h + 12, mi)) continue;
        c.assign('hour', h + 12);
        c.assign('meridiem', 1);
      }
    }
    return results;
  }
}

export function deadlineRefiners(): Refiner[] {
  return [
    new BareDurationFilter(),
    new NotADateFilter(),
    new ZoneRefiner(),
    new MergeDateAndTimeRefiner(),
    new PartOfDayRefiner(),
    new WorkdayHourRefiner(),
  ];
}
