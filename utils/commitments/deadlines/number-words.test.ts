// Numbers written as words past twelve: "within twenty-four hours" is among the most common promises
// in support, and a compound read from its last part ("forty-eight hours" as "eight hours") would be a
// wrong deadline sent to a customer.
import { describe, expect, it } from 'vitest';
import { isRelativeDeadline } from '../dependency-due';
import { resolveDue } from './resolve';
import { toNumber } from './words';

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
