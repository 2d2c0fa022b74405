// Numbers written as words past twelve: "within twenty-four hours" is among the most common promises
// in support, and a compound read from its last part ("forty-eight hours" as "eight hours") would be a
// wrong deadline sent to a customer.
import { describe, expect, it } from 'vitest';
import { isRelativeDeadline } from '../dependency-due';
import { resolveDue } from './resolve';
import { endsCompound, NUMBER_PATTERN, SPAN_PATTERN, toNumber } from './words';

// Tuesday, November 24, 2026, 9:00 AM in New York.
const now = new Date('2026-11-24T14:00:00Z');
const ctx = { now, timeZone: 'America/New_York' };
const hoursAfterNow = (text: string) => {
  const due = resolveDue(text, ctx);
  return due ? (Date.parse(due.at) - now.getTime()) / 3_600_000 : null;
};

describe('number words', () => {
  it.each([
    ['twenty', 20],
    ['twenty-four', 24],
    ['forty-eight', 48],
    ['seventy two', 72],
    ['ninety-nine', 99],
    ['thirteen', 13],
    ['nineteen', 19],
    ['forty-five', 45],
    ['twelve', 12],
    ['a couple of', 2],
  ])('%s is %d', (word, n) => {
    expect(toNumber(word)).toBe(n);
  });

  it.each(['forty-ten', 'twenty-twenty', 'fourty-eight', 'eight-forty'])('%s is not a number', (word) => {
    expect(toNumber(word)).toBeNull();
  });
});

describe('deadlines counted in number words', () => {
  it.each([
    ['within twenty-four hours', 24],
    ['within forty-eight hours', 48],
    ['within seventy-two hours', 72],
    ['in ninety minutes', 1.5],
    ['in forty five minutes', 0.75],
    ['within thirty-six hours', 36],
  ])('%s is %d hours from now', (text, hours) => {
    expect(hoursAfterNow(text)).toBe(hours);
  });

  it.each(['forty-eight hours from now', 'twenty-one hours after', 'thirty-two hours later'])(
    '%s is never read from its last word',
    (text) => {
      const hours = hoursAfterNow(text);
      expect(hours === null || hours > 20).toBe(true);
    },
  );

  it.each([
    'within forty-eight hours',
    'forty-eight hours after',
    'six days later',
    'a couple of days later',
    'a few hours later',
    '30 minutes after',
    '3 full working days after',
    '2 calendar days after',
    'twenty-four hours later',
    'two months after',
    'within 6 months',
  ])('%s counts from a moment', (text) => {
    expect(isRelativeDeadline(text)).toBe(true);
  });

  it.each(['by Friday', 'on the twenty-fourth', 'forty-eight hours, by Friday'])('%s names a day', (text) => {
    expect(isRelativeDeadline(text)).toBe(false);
  });
});

// Days and longer counted in words chrono-node cannot count (past twelve; fortnights): the deadline
// is that calendar day at the workday's end (5:00 PM), as for "in 12 days". Before, "within thirty
// days" gave no deadline and "fifteen days from now" gave today (chrono read "now" alone).
describe('spans of days and longer counted in number words', () => {
  const dayOf = (text: string) => resolveDue(text, ctx)?.at ?? null;

  it.each([
    ['within thirty days', '2026-12-24T17:00:00-05:00'],
    ['in thirteen days', '2026-12-07T17:00:00-05:00'],
    ['fifteen days from now', '2026-12-09T17:00:00-05:00'],
    ['twenty-one days later', '2026-12-15T17:00:00-05:00'],
    ['in twenty one days', '2026-12-15T17:00:00-05:00'],
    ['over the next sixty days', '2027-01-23T17:00:00-05:00'],
    ['within ninety days', '2027-02-22T17:00:00-05:00'],
    ['in seventeen weeks', '2027-03-23T17:00:00-04:00'],
    ['within a fortnight', '2026-12-08T17:00:00-05:00'],
    ['a fortnight from now', '2026-12-08T17:00:00-05:00'],
    ['within eighteen months', '2028-05-24T17:00:00-04:00'],
    ['after fourteen days', '2026-12-08T17:00:00-05:00'],
  ])('%s → %s', (text, at) => {
    expect(dayOf(text)).toBe(at);
  });

  it('a month with fewer days ends on its last day: thirteen months from January 31 is the end of February', () => {
    const jan31 = { now: new Date('2027-01-31T14:00:00Z'), timeZone: 'America/New_York' };
    expect(resolveDue('within thirteen months', jan31)?.at).toBe('2028-02-29T17:00:00-05:00');
  });

  it.each([
    ['forty-eight hours from now', 48],
    ['twenty minutes later', 1 / 3],
    ['thirty-six hours after', 36],
  ])('%s is %d hours from now, to the minute', (text, hours) => {
    expect(hoursAfterNow(text)).toBeCloseTo(hours, 5);
  });

  it.each(['thirty days', 'the twenty days we spent', 'fifteen days ago'])('%s, with no cue of a span to come, is no deadline', (text) => {
    const due = resolveDue(text, ctx);
    expect(due === null || Date.parse(due.at) < now.getTime()).toBe(true);
  });
});

// A span before "from <a day>" counts from that day; a span that cannot be counted gives no deadline
// rather than the day it counts from (chrono read "a week or so from now" as today, "10 days from
// Friday" as Friday).
describe('a span counted from a named moment', () => {
  const at = (text: string) => resolveDue(text, ctx)?.at ?? null;

  it.each([
    // Tuesday, November 24, 9:00: the next Friday is November 27, the next Monday November 30, and
    // "Tuesday" said on a Tuesday before the workday ends is today (as a bare weekday is).
    ['10 days from Friday', '2026-12-07T17:00:00-05:00'],
    ['ten days from Friday', '2026-12-07T17:00:00-05:00'],
    ['a week from Monday', '2026-12-07T17:00:00-05:00'],
    ['two weeks from Tuesday', '2026-12-08T17:00:00-05:00'],
    ['a month from Monday', '2026-12-30T17:00:00-05:00'],
    ['two weeks from Monday at 3pm', '2026-12-14T15:00:00-05:00'],
    // The British forms, with no "from": a week early before (the day alone).
    ['a week today', '2026-12-01T17:00:00-05:00'],
    ['by Friday week', '2026-12-04T17:00:00-05:00'],
    ['two weeks Monday', '2026-12-14T17:00:00-05:00'],
  ])('%s → %s', (text, when) => {
    expect(at(text)).toBe(when);
  });

  it('a weekday said after its workday has ended is next week’s', () => {
    const evening = { now: new Date('2026-11-24T23:30:00Z'), timeZone: 'America/New_York' }; // Tuesday 18:30
    expect(resolveDue('two weeks from Tuesday', evening)?.at).toBe('2026-12-15T17:00:00-05:00');
  });

  it.each([
    'a week or so from now',
    'a day or two from now',
    'some days from now',
    'a few more weeks from now',
    'two and a half months later',
  ])('%s: no deadline rather than a wrong one', (text) => {
    expect(at(text)).toBeNull();
  });

  it.each([
    ['one and a half days from now', 36],
    ['within two and a half hours', 2.5],
    ['in 2 and a half days', 60],
    ['in a half hour', 0.5],
  ])('%s is %d hours from now, exactly', (text, hours) => {
    expect(hoursAfterNow(text)).toBeCloseTo(hours, 5);
  });
});

// words.ts word by word: every count word toNumber knows, the tens and units of a compound, and
// what the shared count and span patterns take whole.
describe('each count word (words.ts)', () => {
  it.each([
    ['a', 1],
    ['an', 1],
    ['one', 1],
    ['two', 2],
    ['three', 3],
    ['four', 4],
    ['five', 5],
    ['six', 6],
    ['seven', 7],
    ['eight', 8],
    ['nine', 9],
    ['ten', 10],
    ['eleven', 11],
    ['twelve', 12],
    ['thirteen', 13],
    ['fourteen', 14],
    ['fifteen', 15],
    ['sixteen', 16],
    ['seventeen', 17],
    ['eighteen', 18],
    ['nineteen', 19],
    ['a couple of', 2],
    ['a couple', 2],
    ['couple', 2],
    ['a quarter of an', 0.25],
    ['a quarter of a', 0.25],
    ['three quarters of an', 0.75],
    ['a few', 3],
    ['few', 3],
    ['half', 0.5],
    ['half an', 0.5],
    ['half a', 0.5],
    ['a half', 0.5],
    ['twenty', 20],
    ['thirty', 30],
    ['forty', 40],
    ['fifty', 50],
    ['sixty', 60],
    ['seventy', 70],
    ['eighty', 80],
    ['ninety', 90],
    ['twenty-one', 21],
    ['thirty two', 32],
    ['forty-three', 43],
    ['fifty - four', 54],
    ['sixty-five', 65],
    ['seventy-six', 76],
    ['eighty-seven', 87],
    ['ninety-eight', 98],
    ['twenty nine', 29],
    // case, runs of spaces and the ends do not matter
    ['  A   Couple\tof ', 2],
    ['Twenty-Four', 24],
    ['12', 12],
    [' 2.5 ', 2.5],
    ['0', 0],
  ])('"%s" is %d', (word, n) => {
    expect(toNumber(word)).toBe(n);
  });

  it.each([
    '',
    'dozen',
    'twentyfour',
    'twenty-',
    'twenty-ten',
    'ten-twenty',
    'twenty one two',
    'a twenty one',
    '12abc',
    'one two',
    'a couple of of',
  ])('"%s" is no count', (word) => {
    expect(toNumber(word)).toBeNull();
  });

  it.each([
    ['forty-', 'eight', true],
    ['in forty ', 'Eight', true],
    ['TWENTY - ', 'one', true],
    ['ninety-', 'nine', true],
    ['thirty-', 'two', true],
    ['fifty-', 'three', true],
    ['sixty-', 'four', true],
    ['seventy-', 'five', true],
    ['eighty-', 'six', true],
    ['forty', 'eight', false],
    ['forty-', 'ten', false],
    ['forty-', 'eighteen', false],
    ['eight-', 'eight', false],
    ['shortforty-', 'eight', false],
    ['forty-x ', 'eight', false],
  ])('"%s" then "%s" ends a compound: %s', (before, word, ends) => {
    expect(endsCompound(before, word)).toBe(ends);
  });

  it.each([
    '2 days',
    '1234 days',
    '2.5 hours',
    'a quarter of an hour',
    'an quarter of a day',
    'three quarters of an hour',
    'a couple of weeks',
    'a couple weeks',
    'a few days',
    'half an hour',
    'half a day',
    'a half day',
    'twenty-four hours',
    'ninety minutes',
    'thirteen days',
    'fourteen days',
    'fifteen days',
    'sixteen days',
    'seventeen days',
    'eighteen days',
    'nineteen days',
    'an hour',
    'a day',
    'one day',
    'two days',
    'three days',
    'four days',
    'five days',
    'six days',
    'seven days',
    'eight days',
    'nine days',
    'ten days',
    'eleven days',
    'twelve days',
    '3-day',
    '3 - day',
    '2days',
    '2 full days',
    '2 business days',
    '2 working days',
    '2 calendar days',
    '2 work days',
    '1 day',
    '1 hour',
    '1 hr',
    '2 hrs',
    '1 minute',
    '2 minutes',
    '1 min',
    '2 mins',
    '1 week',
    '2 weeks',
    '1 month',
    '2 months',
  ])('"%s" is a span', (text) => {
    expect(new RegExp(`^(?:${SPAN_PATTERN})$`, 'i').test(text)).toBe(true);
  });

  it.each(['2 years', '12345 days', 'days', 'a couple of of days', 'half  hour', 'full 2 days', '2 business working days', '2.days'])(
    '"%s" is not a span',
    (text) => {
      expect(new RegExp(`^(?:${SPAN_PATTERN})$`, 'i').test(text)).toBe(false);
    },
  );

  it('the count pattern captures the count whole', () => {
    const count = new RegExp(`^${NUMBER_PATTERN}$`, 'i');
    for (const word of [
      'a quarter of an',
      'three quarters of an',
      'a couple of',
      'a couple',
      'a few',
      'half an',
      'a half',
      'forty-eight',
      'seventeen',
      '10.5',
      'an',
    ]) {
      expect(count.exec(word)?.[1], word).toBe(word);
    }
    expect(count.test('twenty-ten')).toBe(false);
  });
});
