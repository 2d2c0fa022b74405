// Short forms chrono does not know, rewritten to ones it does, the length unchanged: "tues", "weds",
// and "tom" where a day is meant (never the name Tom).
import { describe, expect, it } from 'vitest';
import { resolveDue } from './resolve';
import { normaliseShortForms } from './shortforms';

describe('tues and weds', () => {
  it.each([
    ['by tues', 'by tue.'],
    ['Tues 3pm', 'Tue. 3pm'],
    ['WEDS', 'WED.'],
    ['weds or tues', 'wed. or tue.'],
    ['(weds)', '(wed.)'],
  ])('%s → %s', (text, out) => {
    expect(normaliseShortForms(text)).toBe(out);
  });

  it.each([['tuesday'], ['by Wednesday'], ['atues'], ['wedsx'], ['tue'], ['wed']])('%s stays as written', (text) => {
    expect(normaliseShortForms(text)).toBe(text);
  });
});

describe('tom as tomorrow', () => {
  it.each([
    'by',
    'until',
    'till',
    'til',
    'before',
    'for',
    'from',
    'on',
    'see you',
    'see  you',
    'talk',
    'speak',
    'chat',
    'call',
    'ready',
    'done',
    'back',
    'latest',
    'and',
    'or',
  ])('after "%s"', (word) => {
    expect(normaliseShortForms(`${word} tom`)).toBe(`${word} tmr`);
    expect(normaliseShortForms(`it is ${word}   tom.`)).toBe(`it is ${word}   tmr.`);
  });

  it.each(['morning', 'afternoon', 'evening', 'night', 'eod', 'cob', 'at 9', 'at  10', '3pm', 'first thing', 'first  thing', 'latest'])(
    'before "%s"',
    (word) => {
      expect(normaliseShortForms(`tom ${word}`)).toBe(`tmr ${word}`);
      expect(normaliseShortForms(`ok, tom   ${word}`)).toBe(`ok, tmr   ${word}`);
    },
  );

  it.each([
    ['Tom will call the courier'],
    ['ask tom about the invoice'],
    ['by Tom'],
    ['Tom morning'],
    ["by tom's desk"],
    ['by tom’s desk'],
    ['by tomato'],
    ['bytom'],
    ['by atom'],
    ['tom mornings'],
    ['tom atlas'],
    ['tom first'],
    ['tom at noon'],
    ['tom'],
    ['custom eod'],
    ['standby tom'],
  ])('"%s" stays as written', (text) => {
    expect(normaliseShortForms(text)).toBe(text);
  });

  it('rewrites every "tom" meant as a day, and both short forms together', () => {
    expect(normaliseShortForms('by tom or tom eod, weds latest')).toBe('by tmr or tmr eod, wed. latest');
  });
});

describe('"tom" before a clock is tomorrow at that clock', () => {
  // Wednesday, November 25, 2026, 10:00 in New York: 3pm and 11:30 today are still ahead.
  const ctx = { now: new Date('2026-11-25T15:00:00Z'), timeZone: 'America/New_York' };
  it.each([
    ['we ship it tom 3pm', '2026-11-26T15:00:00-05:00'],
    ["I'll fix it tom at 11:30", '2026-11-26T11:30:00-05:00'],
    ["I'll call you tom at 10", '2026-11-26T10:00:00-05:00'],
  ])('%s → %s', (text, at) => {
    expect(resolveDue(text, ctx)?.at).toBe(at);
  });
});
