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
  ])('%s counts from a moment', (text) => {
    expect(isRelativeDeadline(text)).toBe(true);
  });

  it.each(['by Friday', 'on the twenty-fourth', 'forty-eight hours, by Friday'])('%s names a day', (text) => {
    expect(isRelativeDeadline(text)).toBe(false);
  });
});
