// The gates in front of chrono's parsers (gates.ts) may skip a parser only when its pattern could
// not match: a gate that stays shut on a word its parser needs loses that deadline. Each gate
// literal is pinned by a phrase that needs it, parsed with the gates and without.
import * as chrono from 'chrono-node';
import type { ParsedResult, Parser } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { deadlineChrono, gatedChronoParserCount, parseDeadlineWords } from './chrono';
import { gateChronoParsers, gateTable, openParsers, type Gate } from './gates';
import type { CkOption } from './options';
import { toSchedule } from './workday';

const fake = (name: string): Parser => ({ pattern: () => new RegExp(name), extract: () => null }) as unknown as Parser;
const table = (gates: (Gate | null)[]) => {
  const parsers = gates.map((_, i) => fake(`p${i}`));
  return { parsers, t: gateTable(parsers.map((parser, i) => ({ parser, gate: gates[i]! }))) };
};

describe('gateTable and openParsers', () => {
  it('an ungated parser always runs, gated ones only with their words, in their order', () => {
    const { parsers, t } = table([['today'], null, ['week'], /\d{4}/]);
    expect(openParsers(t, 'nothing here')).toEqual([parsers[1]]);
    expect(openParsers(t, 'by 2026, this WEEK, TODAY')).toEqual(parsers);
    expect(openParsers(t, 'weekend')).toEqual([parsers[1], parsers[2]]);
  });

  it('a found literal also opens the gates of the shorter literals inside it', () => {
    const { parsers, t } = table([['tomorrow'], ['tom'], ['row']]);
    expect(openParsers(t, 'tomorrow')).toEqual(parsers);
    expect(openParsers(t, 'tom')).toEqual([parsers[1]]);
  });

  it('tries the longer literal first, whatever order the gates came in', () => {
    const { parsers, t } = table([['tom'], ['tomorrow']]);
    expect(openParsers(t, 'tomorrow')).toEqual(parsers);
    expect(openParsers(t, 'tom')).toEqual([parsers[0]]);
  });

  it('finds literals that overlap a found one', () => {
    const { parsers, t } = table([['sun'], ['unday'], ['day']]);
    expect(openParsers(t, 'sunday')).toEqual(parsers);
    expect(openParsers(t, 'sunny')).toEqual([parsers[0]]);
  });

  it('reads literals as plain text, not as patterns', () => {
    const { parsers, t } = table([['+'], ['.'], ['a-b'], ['(x)']]);
    expect(openParsers(t, 'q')).toEqual([]);
    expect(openParsers(t, '+2 days')).toEqual([parsers[0]]);
    expect(openParsers(t, 'v1.2')).toEqual([parsers[1]]);
    expect(openParsers(t, 'a-b (x)')).toEqual([parsers[2], parsers[3]]);
    expect(openParsers(t, 'ab x')).toEqual([]);
  });

  it('gates equal in content share one number; others, even spelled alike, do not', () => {
    expect(
      gateTable([
        { parser: fake('a'), gate: ['b', 'a'] },
        { parser: fake('b'), gate: ['a', 'b'] },
      ]).gateOf,
    ).toEqual([0, 0]);
    expect(
      gateTable([
        { parser: fake('a'), gate: /x/ },
        { parser: fake('b'), gate: /x/ },
      ]).gateOf,
    ).toEqual([0, 0]);
    const { parsers, t } = table([['ab'], ['a', 'b'], /x/, /x/i, null]);
    expect(t.gateOf).toEqual([0, 1, 2, 3, -1]);
    expect(openParsers(t, 'a')).toEqual([parsers[1], parsers[4]]);
    expect(openParsers(t, 'X')).toEqual([parsers[3], parsers[4]]);
  });

  it('regex gates alone need no literal scan', () => {
    const { parsers, t } = table([/\d/, /month/i]);
    expect(t.scan).toBeNull();
    expect(openParsers(t, 'in 3 Months')).toEqual(parsers);
    expect(openParsers(t, 'soon')).toEqual([]);
  });

  it('holds 62 distinct gates, each opening its own parser, and refuses a 63rd', () => {
    const words = Array.from({ length: 62 }, (_, i) => `w${i}x`);
    const { parsers, t } = table(words.map((w) => [w]));
    for (const i of [0, 29, 30, 31, 32, 60, 61]) expect(openParsers(t, `say ${words[i]!}`)).toEqual([parsers[i]]);
    expect(() => table([...words.map((w) => [w]), ['w62x']])).toThrow('more than 62 distinct gates');
  });

  it('a regex gate past the 31st opens its own parser only', () => {
    const gates: Gate[] = [...Array.from({ length: 40 }, (_, i) => [`w${i}x`]), /zz\d/];
    const { parsers, t } = table(gates);
    expect(openParsers(t, 'zz1')).toEqual([parsers[40]]);
  });
});

describe("chrono's own parsers behind gates", () => {
  it("recognises all 18 of chrono 2.10's casual parsers by their patterns", () => {
    expect(gatedChronoParserCount()).toBe(18);
  });

  const probes = [new chrono.ParsingContext('', new Date(0), { forwardDate: true }), new chrono.ParsingContext('', new Date(0), {})];
  const casualDate = () => chrono.casual.parsers.find((p) => /overmorrow/.test(p.pattern(probes[0]!).source))!;

  it('a parser is recognised by its pattern, whatever it is called', () => {
    const [pinned] = gateChronoParsers([casualDate()], probes);
    expect(pinned?.gate).toContain('tomorrow');
    expect(gateChronoParsers([fake('unknown')], probes)[0]?.gate).toBeNull();
  });

  it('a parser whose pattern changes with the options runs ungated unless every form is pinned', () => {
    const real = casualDate();
    const changing = {
      pattern: (c: chrono.ParsingContext) => (c === probes[0] ? real.pattern(c) : /other/),
      extract: () => null,
    } as unknown as Parser;
    expect(gateChronoParsers([changing], probes)[0]?.gate).toBeNull();
    const unpinnedFirst = {
      pattern: (c: chrono.ParsingContext) => (c === probes[1] ? real.pattern(c) : /other/),
      extract: () => null,
    } as unknown as Parser;
    expect(gateChronoParsers([unpinnedFirst], probes)[0]?.gate).toBeNull();
  });

  const ref = { instant: new Date('2026-11-25T15:00:00Z'), timezone: -300 };
  const option = (): CkOption => ({
    forwardDate: true,
    ck: { today: { y: 2026, m: 11, d: 25, h: 10, mi: 0, wd: 3 }, schedule: toSchedule(undefined) },
  });
  const show = (rs: ParsedResult[]) => rs.map((r) => `${r.index}:${r.text}=${r.start.date().toISOString()}`);

  it.each([
    // four digits; a digit, a separator, a digit
    '2026-12-01',
    '2026/12/01',
    'due 2026-12-01',
    'due 2026/12/01',
    'due 12/03',
    'due 3/2027',
    // durations: a number, spaces, a unit letter
    'in 3 days',
    'in 3d',
    'in 3days',
    'within a day',
    'within two weeks',
    'in half an hour',
    'in a few days',
    'in several hours',
    'in a couple of days',
    'in one month',
    'in five minutes',
    'in twelve hours',
    'in an hour',
    'in six months',
    'in seven years',
    'in eight weeks',
    'in nine days',
    'in ten days',
    'in eleven days',
    'in four hours',
    // month names
    'Jan 5',
    'Feb 5',
    'Mar 5',
    'Apr 5',
    'May 5',
    'Jun 5',
    'Jul 5',
    'Aug 5',
    'Sep 5',
    'Oct 5',
    'Nov 30',
    'Dec 5',
    '5 of December',
    'December',
    // weekdays
    'sun',
    'mon',
    'tue',
    'wed',
    'thu',
    'fri',
    'sat',
    'weekend',
    // clocks and years
    '5pm',
    '2027 March',
    // before and after
    '2 days ago',
    '2 days before',
    '2 days earlier',
    '2 days later',
    '2 days after',
    '2 days from now',
    '2 days out',
    // casual words
    'now',
    'today',
    'tonight',
    'tomorrow',
    'overmorrow',
    'tmr',
    'yesterday',
    'last night',
    'this morning',
    'afternoon',
    'evening',
    'midnight',
    'midday',
    'noon',
    'end of the month',
    'the last day of the month',
    'last day of month',
    'this week',
    'last month',
    'past year',
    'next week',
    'after this week',
    '+2 days',
    '-2 days',
    'next 2 days',
  ])('"%s" parses the same behind the gates as with every parser', (text) => {
    const all = deadlineChrono().parse(text, ref, option());
    expect(all.length).toBeGreaterThan(0);
    expect(show(parseDeadlineWords(text, ref, option()))).toEqual(show(all));
  });
});
