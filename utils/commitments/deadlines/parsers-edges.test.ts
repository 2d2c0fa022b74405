// The custom parsers' dates at their edges (parsers.ts): each row a phrase, the moment it is said in
// New York (Wednesday 2026-11-25 10:00 unless the row says otherwise), the agent's workday (09:00–17:00
// Monday–Friday unless given), and the due instant with its precision.
import { describe, expect, it } from 'vitest';
import type { ParseContext, Workday } from '../types';
import { resolveDue } from './resolve';

const NY = 'America/New_York';
const WED = '2026-11-25T10:00:00-05:00';
const ctxAt = (now: string, extra: Partial<ParseContext> = {}): ParseContext => ({ now: new Date(now), timeZone: NY, ...extra });
const due = (text: string, now: string = WED, extra: Partial<ParseContext> = {}) => {
  const d = resolveDue(text, ctxAt(now, extra));
  return d ? `${d.at} ${d.precision}` : null;
};
const until = (end: string): Workday => ({ start: '09:00', end, days: [1, 2, 3, 4, 5] });
const SUN_TO_THU: Workday = { start: '09:00', end: '17:00', days: [0, 1, 2, 3, 4] };

describe('a weekday counted from: today while its workday is open, to the minute', () => {
  it.each([
    ['a week from Friday', '2026-11-27T16:59:00-05:00', '2026-12-04T17:00:00-05:00 day', undefined],
    // Exactly at the workday end, that Friday is over: the next one.
    ['a week from Friday', '2026-11-27T17:00:00-05:00', '2026-12-11T17:00:00-05:00 day', undefined],
    // The minutes of the workday end count: 17:29 is still inside a workday ending 17:30, 17:30 is not.
    ['a week from Friday', '2026-11-27T17:29:00-05:00', '2026-12-04T17:30:00-05:00 day', until('17:30')],
    ['a week from Friday', '2026-11-27T17:30:00-05:00', '2026-12-11T17:30:00-05:00 day', until('17:30')],
    ['a week from Monday', WED, '2026-12-07T17:00:00-05:00 day', undefined],
    ['two weeks from Saturday', WED, '2026-12-12T17:00:00-05:00 day', undefined],
    ['Friday or Monday', '2026-11-27T16:00:00-05:00', '2026-11-30T17:00:00-05:00 day', undefined],
    ['Friday or Monday', '2026-11-27T17:00:00-05:00', '2026-12-07T17:00:00-05:00 day', undefined],
  ])('%s, said %s → %s', (text, now, expected, workday) => {
    expect(due(text, now, { workday })).toBe(expected);
  });
});

describe('the Monday of this or next week (weeks start on Monday; Sunday ends the week)', () => {
  it.each([
    ['beginning of this week', WED, '2026-11-23T17:00:00-05:00 day'],
    ['beginning of next week', WED, '2026-11-30T17:00:00-05:00 day'],
    // Said on Sunday: this week began six days ago; next week begins tomorrow.
    ['beginning of next week', '2026-11-29T10:00:00-05:00', '2026-11-30T17:00:00-05:00 day'],
    ['early next week', '2026-11-29T10:00:00-05:00', '2026-12-01T17:00:00-05:00 day'],
    ['Monday or Tuesday next week', '2026-11-29T10:00:00-05:00', '2026-12-01T17:00:00-05:00 day'],
  ])('%s, said %s → %s', (text, now, expected) => {
    expect(due(text, now)).toBe(expected);
  });
});

describe('end of the day', () => {
  it.each([
    ['EOD', WED, '2026-11-25T17:00:00-05:00 day'],
    ['end of tomorrow', WED, '2026-11-26T17:00:00-05:00 day'],
    // Tomorrow in the next month, and in the next year.
    ['end of tomorrow', '2026-11-30T10:00:00-05:00', '2026-12-01T17:00:00-05:00 day'],
    ['end of tomorrow', '2026-12-31T10:00:00-05:00', '2027-01-01T17:00:00-05:00 day'],
    // "today" is named: past its end it stays today's (overdue), not tomorrow's.
    ['by end of today', '2026-11-25T18:00:00-05:00', '2026-11-25T17:00:00-05:00 day'],
    ['end of today', '2026-11-25T17:00:00-05:00', '2026-11-25T17:00:00-05:00 day'],
    // Exactly at the workday end, a bare EOD is the next workday's (Friday's: Monday's).
    ['EOD', '2026-11-25T17:00:00-05:00', '2026-11-26T17:00:00-05:00 day'],
    ['close of business', '2026-11-25T17:00:00-05:00', '2026-11-26T17:00:00-05:00 day'],
    ['EOD', '2026-11-27T17:00:00-05:00', '2026-11-30T17:00:00-05:00 day'],
  ])('%s, said %s → %s', (text, now, expected) => {
    expect(due(text, now)).toBe(expected);
  });

  it('the workday end’s minutes: 17:30 is before a 17:45 end, so EOD is still today', () => {
    expect(due('EOD', '2026-11-25T17:30:00-05:00', { workday: until('17:45') })).toBe('2026-11-25T17:45:00-05:00 day');
    expect(due('EOD', '2026-11-25T17:45:00-05:00', { workday: until('17:45') })).toBe('2026-11-26T17:45:00-05:00 day');
  });

  it('"your EOD" is the customer’s workday end; a bare EOD stays the agent’s', () => {
    const berlin = { customerTimeZone: 'Europe/Berlin' };
    expect(due('by your EOD', WED, berlin)).toBe('2026-11-25T17:00:00+01:00 day');
    expect(due('EOD', WED, berlin)).toBe('2026-11-25T17:00:00-05:00 day');
  });
});

describe('end of a period: its last workday', () => {
  it.each([
    ['EOW', WED, '2026-11-27T17:00:00-05:00 week'],
    ['EOM', WED, '2026-11-30T17:00:00-05:00 month'],
    ['EOQ', WED, '2026-12-31T17:00:00-05:00 month'],
    ['EOY', WED, '2026-12-31T17:00:00-05:00 month'],
    // January 2027 ends on a Sunday: its last workday is Friday the 29th.
    ['EOM', '2027-01-10T10:00:00-05:00', '2027-01-29T17:00:00-05:00 month'],
    ['by month-end', WED, '2026-11-30T17:00:00-05:00 month'],
    ['by quarter-end', WED, '2026-12-31T17:00:00-05:00 month'],
    ['by year-end', WED, '2026-12-31T17:00:00-05:00 month'],
    ['by next month-end', WED, '2026-12-31T17:00:00-05:00 month'],
    ['by this month-end', WED, '2026-11-30T17:00:00-05:00 month'],
    ['end of this week', WED, '2026-11-27T17:00:00-05:00 week'],
    ['end of next week', WED, '2026-12-04T17:00:00-05:00 week'],
    ['end of the following week', WED, '2026-12-04T17:00:00-05:00 week'],
    ['end of the coming week', WED, '2026-12-04T17:00:00-05:00 week'],
    ['End of Next Month', WED, '2026-12-31T17:00:00-05:00 month'],
    ['end of the current month', WED, '2026-11-30T17:00:00-05:00 month'],
    // Next month said in December is next year's January.
    ['end of next month', '2026-12-10T10:00:00-05:00', '2027-01-29T17:00:00-05:00 month'],
    ['end of the quarter', '2026-02-10T10:00:00-05:00', '2026-03-31T17:00:00-04:00 month'],
    ['end of this quarter', '2026-10-01T10:00:00-04:00', '2026-12-31T17:00:00-05:00 month'],
    ['end of the coming quarter', '2026-12-10T10:00:00-05:00', '2027-03-31T17:00:00-04:00 month'],
    ['end of next year', WED, '2027-12-31T17:00:00-05:00 month'],
    ['end of the following year', WED, '2027-12-31T17:00:00-05:00 month'],
  ])('%s, said %s → %s', (text, now, expected) => {
    expect(due(text, now)).toBe(expected);
  });

  // A period gone is a moment gone: no workday convention, the day as read.
  it.each([
    ['end of last week', WED, '2026-11-20T12:00:00-05:00 day'],
    ['end of the past week', WED, '2026-11-20T12:00:00-05:00 day'],
    ['end of last month', WED, '2026-10-30T12:00:00-04:00 day'],
    ['end of the previous month', WED, '2026-10-30T12:00:00-04:00 day'],
    ['end of last quarter', '2026-02-10T10:00:00-05:00', '2025-12-31T12:00:00-05:00 day'],
    ['end of the previous year', WED, '2025-12-31T12:00:00-05:00 day'],
  ])('%s, said %s → %s (gone)', (text, now, expected) => {
    expect(due(text, now)).toBe(expected);
  });
});

describe('business days', () => {
  it.each([
    // Thursday + 2 crosses the weekend: Monday; Friday + 2: Tuesday; Saturday + 1: Monday.
    ['within 2 business days', '2026-11-26T10:00:00-05:00', '2026-11-30T17:00:00-05:00 day', undefined],
    ['within 2 business days', '2026-11-27T10:00:00-05:00', '2026-12-01T17:00:00-05:00 day', undefined],
    ['within 1 business day', '2026-11-28T10:00:00-05:00', '2026-11-30T17:00:00-05:00 day', undefined],
    ['within one business day', WED, '2026-11-26T17:00:00-05:00 day', undefined],
    ['next business day', '2026-11-27T17:00:00-05:00', '2026-11-30T17:00:00-05:00 day', undefined],
    // Said exactly at the workday end: counted from today all the same.
    ['in 2 business days', '2026-11-25T17:00:00-05:00', '2026-11-27T17:00:00-05:00 day', undefined],
    // A Sunday-to-Thursday week: Wednesday + 2 is Sunday.
    ['within 2 business days', WED, '2026-11-29T17:00:00-05:00 day', SUN_TO_THU],
    ['in 3-5 business days', WED, '2026-12-02T17:00:00-05:00 day', undefined],
    // The largest count read (a year of business days, and a leap day on the way).
    ['within 366 business days', WED, '2028-04-20T17:00:00-04:00 day', undefined],
  ])('%s, said %s → %s', (text, now, expected, workday) => {
    expect(due(text, now, { workday })).toBe(expected);
  });

  it('part of a business day ends with that workday: 1.5 is the second one’s end, 2.5 the third’s', () => {
    expect(due('within 1.5 business days')).toBe('2026-11-27T17:00:00-05:00 day');
    expect(due('within 2.5 business days', '2026-11-26T10:00:00-05:00')).toBe('2026-12-01T17:00:00-05:00 day');
  });

  it('the digits after a decimal point are no count of their own', () => {
    // Before: "0.5 business days" was read again from its "5" (a week later), "3.5 days from Friday"
    // as five days from Friday, "1,5 business days" as five.
    expect(due('within 0.5 business days')).toBeNull();
    expect(due('1,5 business days')).toBeNull();
    expect(due('3.5 days from Friday')).toBeNull();
    expect(due('2 days from Friday')).toBe('2026-11-29T17:00:00-05:00 day');
  });

  it('no business days is no deadline', () => {
    expect(due('within 0 business days')).toBeNull();
  });
});

describe('hours and minutes from now, exactly', () => {
  it.each([
    ['within 2 hours', '2026-11-25T12:00:00-05:00 minute'],
    ['within the hour', '2026-11-25T11:00:00-05:00 minute'],
    ['in 2 hrs', '2026-11-25T12:00:00-05:00 minute'],
    ['in 2 h', '2026-11-25T12:00:00-05:00 minute'],
    ['in 1.5 hours', '2026-11-25T11:30:00-05:00 minute'],
    ['within 90 mins', '2026-11-25T11:30:00-05:00 minute'],
    ['in half an hour', '2026-11-25T10:30:00-05:00 minute'],
    // A fraction of a minute is rounded to the nearest minute.
    ['within 1.25 minutes', '2026-11-25T10:01:00-05:00 minute'],
    ['in 2.5 minutes', '2026-11-25T10:03:00-05:00 minute'],
    ['in 10000 minutes', '2026-12-02T08:40:00-05:00 minute'],
  ])('%s → %s', (text, expected) => {
    expect(due(text)).toBe(expected);
  });
});

describe('a clock with a part of the day', () => {
  it.each([
    ['at 5 in the evening', '2026-11-25T17:00:00-05:00 hour'],
    ['at 8:30 this evening', '2026-11-25T20:30:00-05:00 minute'],
    ['at 12 in the afternoon', '2026-11-25T12:00:00-05:00 hour'],
    ['at 5 tomorrow afternoon', '2026-11-26T17:00:00-05:00 hour'],
    ['at 11 tonight', '2026-11-25T23:00:00-05:00 hour'],
    ['at 9 tomorrow night', '2026-11-26T21:00:00-05:00 hour'],
    ['at 5 tonight', '2026-11-25T17:00:00-05:00 hour'],
    ['at 1 in the afternoon', '2026-11-25T13:00:00-05:00 hour'],
  ])('%s → %s', (text, expected) => {
    expect(due(text)).toBe(expected);
  });

  it('a part of the day without "this" or "tonight", once its clock has passed, is tomorrow’s', () => {
    expect(due('at 5 in the evening', '2026-11-25T18:00:00-05:00')).toBe('2026-11-26T17:00:00-05:00 hour');
  });

  it('the small hours of a night are the next day’s, not hours already gone', () => {
    // Before: "12 tonight" said at 10:00 was 00:00 that morning, "2 tonight" 02:00 (both overdue).
    expect(due('at 12 tonight')).toBe('2026-11-26T00:00:00-05:00 hour');
    expect(due('at 2 tonight')).toBe('2026-11-26T02:00:00-05:00 hour');
    expect(due('at 4:30 tonight')).toBe('2026-11-26T04:30:00-05:00 minute');
    expect(due('at 3 in the night')).toBe('2026-11-26T03:00:00-05:00 hour');
    expect(due('at 2 tomorrow night')).toBe('2026-11-27T02:00:00-05:00 hour');
    expect(due('at 1 tonight')).toBe('2026-11-26T01:00:00-05:00 hour');
    // The next day in the next month, and in the next year.
    expect(due('at 2 tonight', '2026-11-30T10:00:00-05:00')).toBe('2026-12-01T02:00:00-05:00 hour');
    expect(due('at 2 tonight', '2026-12-31T10:00:00-05:00')).toBe('2027-01-01T02:00:00-05:00 hour');
    // Said in the small hours themselves, tonight's are still ahead today.
    expect(due('at 2 tonight', '2026-11-25T01:00:00-05:00')).toBe('2026-11-25T02:00:00-05:00 hour');
    // 05:00 starts the day: from then on the small hours are the coming night's.
    expect(due('at 4 tonight', '2026-11-25T05:00:00-05:00')).toBe('2026-11-26T04:00:00-05:00 hour');
  });
});

describe('within the period: its last workday', () => {
  it.each([
    ['within the week', WED, '2026-11-27T17:00:00-05:00 week'],
    ['within the month', WED, '2026-11-30T17:00:00-05:00 month'],
    ['later in the month', WED, '2026-11-30T17:00:00-05:00 month'],
    ['within the month', '2027-01-10T10:00:00-05:00', '2027-01-29T17:00:00-05:00 month'],
    // The quarter of February is the first: March 31; of May the second; of October and December the last.
    ['within the quarter', '2026-02-10T10:00:00-05:00', '2026-03-31T17:00:00-04:00 month'],
    ['during the quarter', '2026-05-10T10:00:00-04:00', '2026-06-30T17:00:00-04:00 month'],
    ['within the quarter', '2026-10-10T10:00:00-04:00', '2026-12-31T17:00:00-05:00 month'],
    ['within the quarter', '2026-12-10T10:00:00-05:00', '2026-12-31T17:00:00-05:00 month'],
    ['within the year', WED, '2026-12-31T17:00:00-05:00 month'],
    ['in the year', WED, '2026-12-31T17:00:00-05:00 month'],
  ])('%s, said %s → %s', (text, now, expected) => {
    expect(due(text, now)).toBe(expected);
  });
});

describe('the middle of a month: its 15th', () => {
  it.each([
    ['by mid-month', WED, '2026-11-15T17:00:00-05:00 day'],
    ['by mid-Dec', WED, '2026-12-15T17:00:00-05:00 day'],
    // A month named is the next such one, this one included: November said in November is this one.
    ['by mid-November', WED, '2026-11-15T17:00:00-05:00 day'],
    ['by mid-March', '2026-03-20T10:00:00-04:00', '2026-03-15T17:00:00-04:00 day'],
    ['by mid-March', '2026-04-10T10:00:00-04:00', '2027-03-15T17:00:00-04:00 day'],
    ['by mid-March 2028', WED, '2028-03-15T17:00:00-04:00 day'],
    ['by the middle of the following month', WED, '2026-12-15T17:00:00-05:00 day'],
    ['by the middle of the coming month', WED, '2026-12-15T17:00:00-05:00 day'],
    ['mid next month', '2026-12-10T10:00:00-05:00', '2027-01-15T17:00:00-05:00 day'],
  ])('%s, said %s → %s', (text, now, expected) => {
    expect(due(text, now)).toBe(expected);
  });
});

describe('spans chrono cannot count', () => {
  it.each([
    ['within thirty days', WED, '2026-12-25T17:00:00-05:00 day'],
    ['within thirty days', '2026-12-20T10:00:00-05:00', '2027-01-19T17:00:00-05:00 day'],
    ['twenty-one days later', WED, '2026-12-16T17:00:00-05:00 day'],
    ['fifteen days from now', WED, '2026-12-10T17:00:00-05:00 day'],
    ['over the next twenty days', WED, '2026-12-15T17:00:00-05:00 day'],
    ['twenty days out', WED, '2026-12-15T17:00:00-05:00 day'],
    ['in twenty weeks', WED, '2027-04-14T17:00:00-04:00 day'],
    ['in eighteen months', WED, '2028-05-25T17:00:00-04:00 day'],
    // August 31 + 18 months: February has no 31st, so its last day.
    ['in eighteen months', '2027-08-31T10:00:00-04:00', '2029-02-28T17:00:00-05:00 day'],
    ['in twenty years', WED, '2046-11-25T17:00:00-05:00 day'],
    // Halves, hours and minutes: now + the span, to the minute.
    ['within one and a half days', WED, '2026-11-26T22:00:00-05:00 minute'],
    ['in 2 and a half hours', WED, '2026-11-25T12:30:00-05:00 minute'],
    ['within forty-five minutes', WED, '2026-11-25T10:45:00-05:00 minute'],
    ['in twenty hours', WED, '2026-11-26T06:00:00-05:00 minute'],
    ['a fortnight from now', WED, '2026-12-09T17:00:00-05:00 day'],
    // Before: the direct reader did not know "fortnights" and answered "no deadline" for "in two fortnights".
    ['in two fortnights', WED, '2026-12-23T17:00:00-05:00 day'],
    ['within two fortnights', WED, '2026-12-23T17:00:00-05:00 day'],
    ['in 2 fortnights', WED, '2026-12-23T17:00:00-05:00 day'],
  ])('%s, said %s → %s', (text, now, expected) => {
    expect(due(text, now)).toBe(expected);
  });

  it('a span with no cue, or half a month, is no deadline', () => {
    expect(due('thirty days')).toBeNull();
    expect(due('in one and a half months')).toBeNull();
  });
});

describe('the same time on another day: the clock of now', () => {
  it.each([
    ['this time tomorrow', WED, '2026-11-26T10:00:00-05:00 hour'],
    ['same time next week', WED, '2026-12-02T10:00:00-05:00 hour'],
    ['same time next month', WED, '2026-12-25T10:00:00-05:00 hour'],
    // January 31 + a month: February's last day, at the minute of now.
    ['same time next month', '2027-01-31T10:15:00-05:00', '2027-02-28T10:15:00-05:00 minute'],
    ['same time on Friday', WED, '2026-11-27T10:00:00-05:00 hour'],
    // Today's weekday is now itself: the next one.
    ['the same time on Wednesday', WED, '2026-12-02T10:00:00-05:00 hour'],
    ['same time next Wednesday', WED, '2026-12-02T10:00:00-05:00 hour'],
    ['this time Sunday', WED, '2026-11-29T10:00:00-05:00 hour'],
    ['same time on Thursday', '2026-11-28T10:00:00-05:00', '2026-12-03T10:00:00-05:00 hour'],
  ])('%s, said %s → %s', (text, now, expected) => {
    expect(due(text, now)).toBe(expected);
  });
});

describe('midweek: that week’s Wednesday', () => {
  it.each([
    ['by midweek', WED, '2026-11-25T17:00:00-05:00 day'],
    // Past Wednesday, this week's midweek is gone: next week's.
    ['by midweek', '2026-11-26T10:00:00-05:00', '2026-12-02T17:00:00-05:00 day'],
    ['by midweek', '2026-11-29T10:00:00-05:00', '2026-12-02T17:00:00-05:00 day'],
    ['by mid next week', WED, '2026-12-02T17:00:00-05:00 day'],
    ['the middle of this week', '2026-11-23T10:00:00-05:00', '2026-11-25T17:00:00-05:00 day'],
  ])('%s, said %s → %s', (text, now, expected) => {
    expect(due(text, now)).toBe(expected);
  });
});

describe('a choice of weekdays: the later one', () => {
  it.each([
    ['Monday or Tuesday', '2026-11-24T10:00:00-05:00', '2026-12-01T17:00:00-05:00 day'],
    ['between Monday and Wednesday', WED, '2026-12-02T17:00:00-05:00 day'],
    // Without "between", two days are not a choice: the first is read.
    ['Monday and Wednesday', WED, '2026-11-30T17:00:00-05:00 day'],
    // Wednesday's workday over: next Wednesday, and the Thursday after it.
    ['Wednesday or Thursday', '2026-11-25T17:00:00-05:00', '2026-12-03T17:00:00-05:00 day'],
    ['Thursday or Friday next week', WED, '2026-12-04T17:00:00-05:00 day'],
    ['Tuesday or Thursday this week', WED, '2026-11-26T17:00:00-05:00 day'],
    ['Friday or Monday next week', WED, '2026-12-07T17:00:00-05:00 day'],
    // The same day twice is that day, not the one a week on.
    ['Friday or Friday', WED, '2026-11-27T17:00:00-05:00 day'],
  ])('%s, said %s → %s', (text, now, expected) => {
    expect(due(text, now)).toBe(expected);
  });
});
