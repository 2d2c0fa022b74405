// The gates' contract (gates.ts), made observable by openChronoParsers: a chrono parser runs only on
// a text that holds one of its gate's words. Each word of each literal gate opens its parser (in any
// case), and a text holding every other gate's words, but none of this one's, leaves it shut.
// (gates.test.ts checks that a parse behind the gates gives the same results as without them.)
import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { openChronoParsers } from './chrono';
import { gateChronoParsers } from './gates';

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const LITERAL_GATES: [string, string[]][] = [
  ['ENMonthNameLittleEndianParser', MONTHS],
  ['ENMonthNameMiddleEndianParser', MONTHS],
  ['ENWeekdayParser', ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'week']],
  ['ENTimeExpressionParser', DIGITS],
  ['ENTimeUnitAgoFormatParser', ['ago', 'before', 'earlier']],
  ['ENYearMonthNameParser', DIGITS],
  ['ENCasualDateParser', ['now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'yesterday', 'night']],
  ['ENCasualTimeParser', ['morning', 'afternoon', 'evening', 'night', 'midday', 'noon']],
  ['ENEndOfCurrentMonthParser', ['month']],
  ['ENMonthNameParser', MONTHS],
  ['ENRelativeDateFormatParser', ['this', 'last', 'past', 'next', 'after']],
  ['ENTimeUnitCasualRelativeFormatParser', ['this', 'last', 'past', 'next', 'after', '+', '-']],
];
// Regex gates: a text that opens the gate, and a near miss that does not.
const REGEX_GATES: [string, string, string][] = [
  ['ENYearMonthDayParser', 'on 2026 Dec 1', 'on 202 6 Dec 1'],
  ['ISOFormatParser', 'on 2026-12-01', 'on 202 612 01'],
  ['SlashDateFormatParser', 'by 12/3', 'by 12 / 3'],
  ['ENTimeUnitWithinFormatParser', 'in 3 days', 'in 3 ! days'],
  ['ENSlashMonthFormatParser', 'due 3-2027', 'due 3 - 2027'],
  ['ENTimeUnitLaterFormatParser', '2 days later', '2 days lat er'],
];

describe("which of chrono's parsers a text opens (openChronoParsers)", () => {
  it("names every gated parser by chrono's own class name, in chrono's order", () => {
    const probes = [new chrono.ParsingContext('', new Date(0), { forwardDate: true }), new chrono.ParsingContext('', new Date(0), {})];
    const pinned = gateChronoParsers(chrono.casual.parsers, probes);
    expect(pinned.map((g) => g.name)).toEqual(chrono.casual.parsers.map((p) => p.constructor.name));
    const everything = [...LITERAL_GATES.flatMap(([, words]) => words), ...REGEX_GATES.map(([, opens]) => opens)].join(' ');
    expect(openChronoParsers(everything)).toEqual(chrono.casual.parsers.map((p) => p.constructor.name));
  });

  it('a text with no date word opens none of them', () => {
    expect(openChronoParsers('Thanks, talk soon!')).toEqual([]);
    expect(openChronoParsers('')).toEqual([]);
  });

  it.each(LITERAL_GATES)('%s runs on each of its words, in any case', (name, words) => {
    for (const word of words) {
      expect(openChronoParsers(`ok ${word} ok`), word).toContain(name);
      expect(openChronoParsers(`OK ${word.toUpperCase()} OK`), word).toContain(name);
    }
  });

  it.each(LITERAL_GATES)("%s stays shut on a text holding every other gate's words but none of its own", (name, words) => {
    const others = LITERAL_GATES.flatMap(([, w]) => w).filter((w) => !words.some((own) => w.includes(own)));
    const text = [...new Set(others)].join(' ');
    expect(openChronoParsers(text)).not.toContain(name);
    // and the same text with one of its words opens it
    expect(openChronoParsers(`${text} ${words[words.length - 1]!}`)).toContain(name);
  });

  it.each(REGEX_GATES)('%s runs on "%s", not on "%s"', (name, opens, shut) => {
    expect(openChronoParsers(opens)).toContain(name);
    expect(openChronoParsers(shut)).not.toContain(name);
  });
});
