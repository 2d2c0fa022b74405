// Over 400 lines: one table per deadline convention, kept together so the conventions read as one list.
// One table per deadline convention (utils/commitments/README.md). Reference: Wednesday 2026-11-25 10:00 in New York
// unless a row says otherwise; the workday is the default 09:00–17:00 Monday–Friday.
import type { ParsedResult, Parser } from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deadlineChrono, gatedChronoParserCount, parseDeadlineWords } from './deadlines/chrono';
import { gateTable, openParsers } from './deadlines/gates';
import type { CkOption } from './deadlines/options';
import { readDirect } from './deadlines/direct';
import { collectDeadlines } from './deadlines/resolve';
import { toSchedule } from './deadlines/workday';
import { findDeadlines, parseCommitment, resolveDue, type ParseContext } from './index';

const NY = 'America/New_York';
const wed10: ParseContext = { now: new Date('2026-11-25T10:00:00-05:00'), timeZone: NY, customerTimeZone: 'Europe/Berlin' };
const at = (iso: string, ctx: ParseContext = wed10) => ({ ...ctx, now: new Date(iso) });
const due = (text: string, ctx: ParseContext = wed10) => resolveDue(text, ctx)?.at ?? null;

describe('date-only → end of the workday that day', () => {
  it.each([
    ['today', '2026-11-25T17:00:00-05:00'],
    ['by tomorrow', '2026-11-26T17:00:00-05:00'],
    ['Friday', '2026-11-27T17:00:00-05:00'],
    ['by the 20th', '2026-12-20T17:00:00-05:00'],
    ['by the 15th', '2026-12-15T17:00:00-05:00'],
    ['by the 30th', '2026-11-30T17:00:00-05:00'],
    ['March 31', '2027-03-31T17:00:00-04:00'],
    ['on December 3', '2026-12-03T17:00:00-05:00'],
  ])('%s', (text, expected) => expect(due(text)).toBe(expected));
});

describe('EOD / COB family → workday end of the day meant', () => {
  it.each([
    ['EOD', '2026-11-25T17:00:00-05:00'],
    ['by end of day', '2026-11-25T17:00:00-05:00'],
    ['end of the business day', '2026-11-25T17:00:00-05:00'],
    ['COB', '2026-11-25T17:00:00-05:00'],
    ['close of business tomorrow', '2026-11-26T17:00:00-05:00'],
    ['end of business', '2026-11-25T17:00:00-05:00'],
    ['Friday EOD', '2026-11-27T17:00:00-05:00'],
    ['EOD Friday', '2026-11-27T17:00:00-05:00'],
    ['Friday by COB', '2026-11-27T17:00:00-05:00'],
    ['by end of today', '2026-11-25T17:00:00-05:00'],
  ])('%s', (text, expected) => expect(due(text)).toBe(expected));

  it('uses the workday from the context', () => {
    const ctx = { ...wed10, workday: { start: '08:00', end: '18:30', days: [1, 2, 3, 4, 5] } };
    expect(due('Friday EOD', ctx)).toBe('2026-11-27T18:30:00-05:00');
  });
  it('EOD said after the workday ended is the next workday', () => {
    expect(due('by EOD', at('2026-11-27T18:05:00-05:00'))).toBe('2026-11-30T17:00:00-05:00');
  });
});

describe('a weekday name → the next such day, today included while its workday lasts', () => {
  it.each([
    ['by Wednesday', '2026-11-25T10:00:00-05:00', '2026-11-25T17:00:00-05:00'],
    ['by Wednesday', '2026-11-25T17:30:00-05:00', '2026-12-02T17:00:00-05:00'],
    ['decide by Monday', '2026-11-25T10:00:00-05:00', '2026-11-30T17:00:00-05:00'],
    ['Tuesday', '2026-11-25T10:00:00-05:00', '2026-12-01T17:00:00-05:00'],
    ['next Friday', '2026-11-25T10:00:00-05:00', '2026-12-04T17:00:00-05:00'],
  ])('%s at %s', (text, now, expected) => expect(due(text, at(now))).toBe(expected));
});

describe('end of week / month → last workday at workday end', () => {
  it.each([
    ['by end of the week', '2026-11-27T17:00:00-05:00', 'week'],
    ['end of this week', '2026-11-27T17:00:00-05:00', 'week'],
    ['by end of next week', '2026-12-04T17:00:00-05:00', 'week'],
    ['end of the month', '2026-11-30T17:00:00-05:00', 'month'],
    ['by end of next month', '2026-12-31T17:00:00-05:00', 'month'],
    ['next week', '2026-12-04T17:00:00-05:00', 'week'],
  ])('%s', (text, expected, precision) => {
    const d = resolveDue(text, wed10);
    expect(d?.at).toBe(expected);
    expect(d?.precision).toBe(precision);
  });
  it('a month ending on a weekend ends on its last workday', () => {
    // January 2027 ends on a Sunday.
    expect(due('end of the month', at('2027-01-10T10:00:00-05:00'))).toBe('2027-01-29T17:00:00-05:00');
  });
});

describe('business days, hours, calendar days', () => {
  it.each([
    ['within 3 business days', '2026-11-30T17:00:00-05:00'],
    ['in two working days', '2026-11-27T17:00:00-05:00'],
    ['next business day', '2026-11-26T17:00:00-05:00'],
    ['within 2 hours', '2026-11-25T12:00:00-05:00'],
    ['in 30 minutes', '2026-11-25T10:30:00-05:00'],
    ['within 3 days', '2026-11-28T17:00:00-05:00'],
    ['in 2 weeks', '2026-12-09T17:00:00-05:00'],
  ])('%s', (text, expected) => expect(due(text)).toBe(expected));
  it('next business day from a Friday is Monday', () => {
    expect(due('next business day', at('2026-11-27T11:00:00-05:00'))).toBe('2026-11-30T17:00:00-05:00');
  });
  it('honours the working days of the context', () => {
    const ctx = { ...wed10, workday: { start: '09:00', end: '17:00', days: [0, 1, 2, 3, 4] } }; // Sun–Thu
    expect(due('within 2 business days', ctx)).toBe('2026-11-29T17:00:00-05:00');
  });
});

describe('parts of the day', () => {
  it.each([
    ['first thing tomorrow', '2026-11-26T09:00:00-05:00'],
    ['tomorrow morning', '2026-11-26T12:00:00-05:00'],
    ['this afternoon', '2026-11-25T17:00:00-05:00'],
    ['later today', '2026-11-25T17:00:00-05:00'],
  ])('%s', (text, expected) => {
    const d = resolveDue(text, wed10);
    expect(d?.at).toBe(expected);
    expect(d?.precision).toBe('part-of-day');
  });
});

describe('a clock time already past today means tomorrow', () => {
  it.each([
    ['by 4pm', '2026-11-25T18:05:00-05:00', '2026-11-26T16:00:00-05:00'],
    ['by 4pm', '2026-11-25T10:00:00-05:00', '2026-11-25T16:00:00-05:00'],
    ['at 9:30', '2026-11-25T10:00:00-05:00', '2026-11-26T09:30:00-05:00'],
  ])('%s at %s', (text, now, expected) => expect(due(text, at(now))).toBe(expected));
});

describe('vague words give no deadline', () => {
  it.each(['ASAP', 'shortly', 'soon', 'in due course', "we'll get back to you", ''])('%s', (text) => {
    expect(resolveDue(text, wed10)).toBeNull();
  });
});

describe('zones', () => {
  it.each([
    ['5pm PT', '2026-11-25T17:00:00-08:00'],
    ['Friday at 5pm ET', '2026-11-27T17:00:00-05:00'],
    ['by 9am CET tomorrow', '2026-11-26T09:00:00+01:00'],
    // 10:00 in New York is 15:00 UTC: noon GMT has passed, so it is tomorrow's noon.
    ['noon GMT', '2026-11-26T12:00:00+00:00'],
    ['8pm UTC', '2026-11-25T20:00:00+00:00'],
    ['Monday 10am your time', '2026-11-30T10:00:00+01:00'],
    ['your EOD', '2026-11-25T17:00:00+01:00'],
    ['4pm Pacific time', '2026-11-25T16:00:00-08:00'],
  ])('%s', (text, expected) => expect(due(text)).toBe(expected));

  it('"ET" follows daylight saving: EDT in July', () => {
    expect(due('5pm ET', at('2026-07-08T10:00:00-04:00'))).toBe('2026-07-08T17:00:00-04:00');
  });
  it('uses the agent zone offset of the due day, not of today, across a DST change', () => {
    // Friday 2026-10-30 in New York (EDT); two business days later is Tuesday 2026-11-03 (EST).
    expect(due('within 2 business days', at('2026-10-30T10:00:00-04:00'))).toBe('2026-11-03T17:00:00-05:00');
    // Berlin leaves summer time on 2026-10-25.
    const berlin = { now: new Date('2026-10-23T10:00:00+02:00'), timeZone: 'Europe/Berlin' };
    expect(due('within 1 business day', berlin)).toBe('2026-10-26T17:00:00+01:00');
    expect(due('next Friday', berlin)).toBe('2026-10-30T17:00:00+01:00');
  });
  it('spring forward: "in 3 hours" across the gap is three real hours', () => {
    const ctx = { now: new Date('2026-03-08T01:00:00-05:00'), timeZone: NY };
    expect(due('in 3 hours', ctx)).toBe('2026-03-08T05:00:00-04:00');
  });
  it('an unknown agent zone falls back to UTC instead of throwing', () => {
    expect(due('Friday', { now: new Date('2026-11-25T10:00:00Z'), timeZone: 'Not/AZone' })).toBe('2026-11-27T17:00:00+00:00');
  });
});

describe('written offsets and summer-time names', () => {
  const instant = (text: string, ctx: ParseContext = wed10) => {
    const d = due(text, ctx);
    return d ? new Date(d).toISOString() : null;
  };
  it('a numeric offset fixes the instant even with a zone name beside it', () => {
    expect(instant('Tue Dec 01 2026 08:15:00 GMT+0530 (IST)')).toBe('2026-12-01T02:45:00.000Z');
    expect(instant('Friday 14:00 GMT-0300')).toBe('2026-11-27T17:00:00.000Z');
  });
  it('a summer-time abbreviation is its fixed offset, even out of season', () => {
    // Late November: London and New York are on standard time, yet the words name summer time.
    expect(instant('Thursday 3pm BST')).toBe('2026-11-26T14:00:00.000Z');
    expect(instant('Monday 9am EDT')).toBe('2026-11-30T13:00:00.000Z');
    expect(instant('Monday 9am CEST')).toBe('2026-11-30T07:00:00.000Z');
  });
  it("a standard or regional name still follows the region's clock", () => {
    expect(due('Monday 5pm EST', at('2026-07-08T10:00:00-04:00'))).toBe('2026-07-13T17:00:00-04:00');
  });
});

describe('a part of the day alone is today until that part has passed', () => {
  it.each([
    // Before noon, "this morning" and a bare "morning" are still today's.
    ['this morning', '2026-11-25T08:30:00-05:00', '2026-11-25T12:00:00-05:00'],
    ['by morning', '2026-11-25T08:30:00-05:00', '2026-11-25T12:00:00-05:00'],
    // "this …" names today even once it is over: overdue, not tomorrow.
    ['this afternoon', '2026-11-25T18:00:00-05:00', '2026-11-25T17:00:00-05:00'],
    ['today at 9am', '2026-11-25T11:00:00-05:00', '2026-11-25T09:00:00-05:00'],
    // Without "this", a passed part of the day is tomorrow's, like a passed clock time.
    ['by morning', '2026-11-25T13:00:00-05:00', '2026-11-26T12:00:00-05:00'],
    ['by 4pm', '2026-11-25T18:05:00-05:00', '2026-11-26T16:00:00-05:00'],
  ])('%s at %s', (text, now, expected) => expect(due(text, at(now))).toBe(expected));
});

describe('a signed duration after an anchor', () => {
  it('"now + N minutes" is now plus N', () => {
    expect(due('now + 25 minutes')).toBe('2026-11-25T10:25:00-05:00');
  });
  it('a date minus days is that many days earlier, at workday end', () => {
    expect(due('2026-12-10 -3 days')).toBe('2026-12-07T17:00:00-05:00');
  });
  it('a bare duration is still not a moment', () => {
    expect(due('5 days')).toBeNull();
  });
});

describe('start of what the words denote (eval field)', () => {
  it('a year-less range weeks back starts in this year, like its deadline', () => {
    const [hit] = findDeadlines('from 11/2 to 11/6', wed10);
    expect(hit?.due.at.slice(0, 10)).toBe('2026-11-02');
    expect(hit?.start.slice(0, 10)).toBe('2026-11-02');
  });
  it('keeps written seconds', () => {
    expect(findDeadlines('Friday 10:15:30 to 11:00', wed10)[0]?.start).toBe('2026-11-27T10:15:30-05:00');
  });
});

describe('days counted inside a named month or week', () => {
  it.each([
    // Wednesday 2026-11-25.
    ['by the 5th of next month', '2026-12-05T17:00:00-05:00'],
    ['the 20th of this month', '2026-11-20T17:00:00-05:00'],
    ['on the 28th day of the month', '2026-11-28T17:00:00-05:00'],
    ['by the first Monday of next month', '2026-12-07T17:00:00-05:00'],
    ['the last Friday of December', '2026-12-25T17:00:00-05:00'],
    ['second Tuesday in March 2027', '2027-03-09T17:00:00-05:00'],
    ['Thursday after next', '2026-12-03T17:00:00-05:00'],
    ['by the week after next', '2026-12-11T17:00:00-05:00'],
    ['ten days from tomorrow', '2026-12-06T17:00:00-05:00'],
    ['2 weeks from today', '2026-12-09T17:00:00-05:00'],
    ['day after tomorrow at 3pm', '2026-11-27T15:00:00-05:00'],
  ])('%s', (text, expected) => expect(due(text)).toBe(expected));
  it('"last Friday" alone is still a day gone', () => {
    expect(due('since last Friday')).toBe('2026-11-20T12:00:00-05:00');
  });
});

describe('a weekday with a day of the month', () => {
  it.each([
    // Wednesday 2026-11-25; Tuesday 2026-12-01, Monday 2026-12-28.
    ['by Tuesday 1st', '2026-12-01T17:00:00-05:00'],
    ['Monday the twenty-eighth', '2026-12-28T17:00:00-05:00'],
    ['on Thursday, the 3rd', '2026-12-03T17:00:00-05:00'],
  ])('%s', (text, expected) => expect(due(text)).toBe(expected));
  it('"first thing" after a weekday is still first thing', () => {
    expect(due('Friday the first thing')).toBe('2026-11-27T09:00:00-05:00');
  });
});

describe('a weekday inside a named week', () => {
  it.each([
    // Wednesday 2026-11-25: next week runs Monday 11-30 to Sunday 12-06.
    ['Wednesday evening next week', '2026-12-02T21:00:00-05:00'],
    ['Friday afternoon next week', '2026-12-04T17:00:00-05:00'],
    ['Monday next week', '2026-11-30T17:00:00-05:00'],
  ])('%s', (text, expected) => expect(due(text)).toBe(expected));
  it.each([
    // Days gone: "on" in front must not let the forward-dated weekday reading win.
    ['we spoke on Tuesday of last week', '2026-11-17'],
    ['it broke on past Monday', '2026-11-23'],
  ])('%s', (text, day) => expect(due(text)?.slice(0, 10)).toBe(day));
});

describe('words that look like dates but are not', () => {
  it.each(['Good morning Dana, thanks for waiting', 'good night and thanks', 'we may, if you like, swap the unit'])('%s', (text) => {
    expect(findDeadlines(text, wed10)).toEqual([]);
  });
  it('a part of the day that is not a greeting still counts', () => {
    expect(due('I will call you in the morning', at('2026-11-25T08:00:00-05:00'))).toBe('2026-11-25T12:00:00-05:00');
  });
  it('lower-case "may" after "in" is still the month', () => {
    expect(due('the renewal is in may')).toBe('2027-05-31T17:00:00-04:00');
  });
});

describe('"May" after a deadline word', () => {
  it.each([
    // chrono only reads a bare "May" after "in"; the month's deadline is its last workday.
    ['we will ship it by May', '2027-05-31T17:00:00-04:00'],
    ['the offer runs until May 2028', '2028-05-31T17:00:00-04:00'],
    ['by May 4', '2027-05-04T17:00:00-04:00'],
  ])('%s', (text, expected) => expect(due(text)).toBe(expected));
});

describe('spans already gone and positions inside a period', () => {
  it.each([
    // Wednesday 2026-11-25: forward-dating must not push these past now.
    ['sales were flat last quarter', '2026-08-25'],
    ['over the past two quarters', '2026-05-25'],
    ['I was away this September', '2026-09-30'],
  ])('%s', (text, day) => expect(due(text)?.slice(0, 10)).toBe(day));
  it.each([
    // "last … of" is a position in a period, a date-only deadline at workday end.
    ['by the last day of the month', '2026-11-30T17:00:00-05:00'],
    ['the last Tuesday of the month', '2026-11-24T17:00:00-05:00'],
    // A month further back after "this" is the coming one.
    ['by this March', '2027-03-31T17:00:00-04:00'],
  ])('%s', (text, expected) => expect(due(text)).toBe(expected));
});

describe('beginnings and ends of named periods', () => {
  it.each([
    // Wednesday 2026-11-25.
    ['by the beginning of next week', '2026-11-30T17:00:00-05:00'],
    ['at the start of next month', '2026-12-01T17:00:00-05:00'],
    ['by the 3 of next month', '2026-12-03T17:00:00-05:00'],
    ['the 20th of the next month', '2026-12-20T17:00:00-05:00'],
  ])('%s', (text, expected) => expect(due(text)).toBe(expected));
  it('"3 of this month\'s invoices" is a count, not a day', () => {
    expect(findDeadlines("please pay 3 of this month's invoices", wed10).some((h) => h.due.text.includes('3 of'))).toBe(false);
  });
  it.each([
    // Periods already gone: their day, read as a past reference.
    ['it was due at the end of last week', '2026-11-20'],
    ['closed at the end of the previous month', '2026-10-30'],
    ['the 12th of last month', '2026-10-12'],
    ['the first Monday of last month', '2026-10-05'],
    ['the day before yesterday', '2026-11-23'],
  ])('%s', (text, day) => expect(due(text)?.slice(0, 10)).toBe(day));
  it('end of next quarter crosses the year', () => {
    expect(due('by the end of next quarter', at('2026-12-10T10:00:00-05:00'))).toBe('2027-03-31T17:00:00-04:00');
  });
});

describe('"within the week" and the like: the end of this period', () => {
  it.each([
    ['we will sort it out within the week', '2026-11-27T17:00:00-05:00'],
    ['later in the month', '2026-11-30T17:00:00-05:00'],
    ['within the quarter', '2026-12-31T17:00:00-05:00'],
  ])('%s', (text, expected) => expect(due(text)).toBe(expected));
  it('"in the year 2019" is not "in one year"', () => {
    expect(findDeadlines('prices went up in the year 2019', wed10).filter((h) => h.due.at.startsWith('2027'))).toEqual([]);
  });
});

describe('an hour with a part of the day', () => {
  it.each([
    // Wednesday 10:00: the part of the day says which half of the clock.
    ['by 6 in the evening', '2026-11-25T18:00:00-05:00'],
    ['call me at 8 this evening', '2026-11-25T20:00:00-05:00'],
    ['at 4 tomorrow afternoon', '2026-11-26T16:00:00-05:00'],
    ['at 11 tonight', '2026-11-25T23:00:00-05:00'],
  ])('%s', (text, expected) => expect(due(text)).toBe(expected));
});

describe('a day of the month after a deadline word, without "the"', () => {
  it.each([
    ['please reply by 24th', '2026-12-24T17:00:00-05:00'],
    ['we ship on 30th', '2026-11-30T17:00:00-05:00'],
  ])('%s', (text, expected) => expect(due(text)).toBe(expected));
  it.each(['escalated to 2nd line support', 'the tech is on 3rd shift'])('%s has no day', (text) => {
    expect(findDeadlines(text, wed10)).toEqual([]);
  });
});

describe('a range of durations: the upper bound (the latest moment)', () => {
  it.each([
    ['we will reply within 24-48 hours', '2026-11-27T10:00:00-05:00'],
    ['in 2-3 days', '2026-11-28T17:00:00-05:00'],
    ['in a day or two', '2026-11-27T17:00:00-05:00'],
    ['within 10 to 15 minutes', '2026-11-25T10:15:00-05:00'],
  ])('%s', (text, expected) => expect(due(text)).toBe(expected));
});

describe('the middle of a month: its 15th', () => {
  it.each([
    ['by mid-March', '2027-03-15T17:00:00-04:00'],
    ['by the middle of next month', '2026-12-15T17:00:00-05:00'],
    ['mid-month', '2026-11-15T17:00:00-05:00'],
  ])('%s', (text, expected) => expect(due(text)).toBe(expected));
});

describe('a clock range under way stays today, due at its end (the latest moment it allows)', () => {
  it('its start has passed but its end has not', () => {
    expect(findDeadlines('9:00 to 12:00', wed10)[0]?.due.at).toBe('2026-11-25T12:00:00-05:00');
  });
  it("once its end has passed it is tomorrow's, like a passed clock time", () => {
    expect(findDeadlines('8:00 to 9:30', wed10)[0]?.due.at).toBe('2026-11-26T09:30:00-05:00');
  });
});

describe('odd input', () => {
  it.each(['Feb 30', '<script>alert(1)</script>', '🙂🙂🙂', 'by the 45th', 'x'.repeat(20000)])('%s gives no deadline', (text) => {
    expect(() => resolveDue(text, wed10)).not.toThrow();
  });
  it('"Feb 30" resolves to nothing', () => expect(resolveDue('Feb 30', wed10)).toBeNull());
});

describe('parser gates (deadlines/gates.ts) change speed, never results', () => {
  it("all 18 of chrono 2.10's casual parsers run behind a gate", () => {
    // A lower count means a chrono upgrade changed a pattern: re-read it and re-pin its gate.
    expect(gatedChronoParserCount()).toBe(18);
  });

  const WORDS = [
    'by',
    'on',
    'at',
    'in',
    'within',
    'before',
    'until',
    'the',
    'a',
    'an',
    'of',
    'next',
    'last',
    'this',
    'past',
    'after',
    'ago',
    'later',
    'from now',
    'end',
    'close',
    'EOD',
    'cob',
    'EOW',
    'eom',
    'month-end',
    'business',
    'working',
    'work',
    'day',
    'days',
    'week',
    'weeks',
    'weekend',
    'month',
    'quarter',
    'year',
    'hour',
    'hours',
    'h',
    'min',
    'mins',
    'minute',
    'first thing',
    'morning',
    'afternoon',
    'tonight',
    'night',
    'noon',
    'midnight',
    'today',
    'tomorrow',
    'tmrw',
    'yesterday',
    'now',
    'Monday',
    'tue',
    'Wed.',
    'Thursday',
    'fri',
    'Sat',
    'sun',
    'Jan',
    'February',
    'mar',
    'April',
    'May',
    'june',
    'Sept.',
    'Oct',
    'dec',
    '3',
    '15th',
    '2nd',
    '31st',
    '4pm',
    '10:30am',
    '9',
    '12',
    '2026',
    '2026-12-01',
    '12/03',
    '3/2027',
    '12.03.2026',
    '2026/12/01',
    '03-04',
    '1.5',
    '1 BC',
    '+',
    '-',
    ',',
    'PT',
    'ET',
    'your time',
    'two',
    'a couple of',
    'half an',
    'half a',
    'couple',
    'of',
    'few',
    'several',
    'third',
    's',
    'm',
    'd',
    'w',
    'y',
    'hr',
    'yr',
    'qtr',
    'mo',
    'sec',
    'twenty-first',
    'later today',
    'send',
    'invoice',
    'we',
    'will',
    "I'll",
    'refund',
    'from',
    'first',
    '1st',
    'second',
    '3rd',
    'fourth',
    'following',
    'coming',
    'current',
    'after next',
    'of next month',
    'nineteenth',
    'thirty first',
    'twenty-eighth',
    'thing',
    'until',
    '10:00:00',
    'evening',
    'on',
    'good',
    'may',
    'by May',
    'may,',
    '5',
    'quarters',
    'September',
    'beginning',
    'start',
    'previous',
    'day before',
    '20 of',
    'within the week',
    'during',
    'earlier in',
    'the year 2019',
    'in the evening',
    'this evening',
    'tomorrow afternoon',
    '11',
    'mid',
    'middle of',
    'mid-March',
    'or two',
    '24-48',
    '2 to 3',
    'or',
  ];
  it('more than 32 distinct gates still open exactly the parsers whose words are present', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}x`);
    const parsers = words.map((w) => ({ pattern: () => new RegExp(w), extract: () => null }) as unknown as Parser);
    const table = gateTable(parsers.map((parser, i) => ({ parser, gate: [words[i]!] })));
    expect(openParsers(table, 'nothing here')).toEqual([]);
    expect(openParsers(table, 'W3X and w35x')).toEqual([parsers[3], parsers[35]]);
  });

  it('parsing with the gates equals running every parser (fast-check)', () => {
    const ref = { instant: wed10.now, timezone: -300 };
    const option = (): CkOption => ({
      forwardDate: true,
      ck: { today: { y: 2026, m: 11, d: 25, h: 10, mi: 0, wd: 3 }, schedule: toSchedule(undefined) },
    });
    const show = (rs: ParsedResult[]) =>
      rs.map((r) => ({
        i: r.index,
        t: r.text,
        s: r.start.date().toISOString(),
        e: r.end?.date().toISOString(),
        tags: [...r.start.tags()].sort(),
      }));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 10 }),
        fc.constantFrom(' ', '  ', '-', ''),
        (words, sep) => {
          const text = words.join(sep);
          expect(show(parseDeadlineWords(text, ref, option()))).toEqual(show(deadlineChrono().parse(text, ref, option())));
        },
      ),
      { numRuns: 3000 },
    );
    // 3,000 full parses: several seconds on the shared 2-core machine, so a generous limit.
  }, 60_000);
});

// ---- error classes found on other parsers' test suites (sentences of our own) ----

describe('a leading numeric date is a date, not list numbering', () => {
  it.each([
    ['12/14 — I will send the revised draft', '2026-12-14T17:00:00-05:00'],
    ['1/8: we ship the replacement part', '2027-01-08T17:00:00-05:00'],
    ['4/2 @ 10am I call the warehouse', '2027-04-02T10:00:00-04:00'],
    ['12/3 - courier pickup', '2026-12-03T17:00:00-05:00'],
  ])('%s', (text, expected) => {
    expect(due(text)).toBe(expected);
    expect(parseCommitment(text, wed10).due?.at).toBe(expected);
  });
});

describe('a written clock is kept next to a part of the day or a deadline word', () => {
  it.each([
    ['noon tomorrow', '2026-11-26T12:00:00-05:00'],
    ['by noon on Friday', '2026-11-27T12:00:00-05:00'],
    ['Dec 3 at about 9am', '2026-12-03T09:00:00-05:00'],
    ['Jan 12 at around 2:30pm', '2027-01-12T14:30:00-05:00'],
    ['6:45am Monday the 30th', '2026-11-30T06:45:00-05:00'],
    ['the 9th of next month at 8am', '2026-12-09T08:00:00-05:00'],
    ['the 28th at 4pm', '2026-11-28T16:00:00-05:00'],
    ['10am ET next business day', '2026-11-26T10:00:00-05:00'],
    ['within 2 business days at 3pm', '2026-11-27T15:00:00-05:00'],
    ['end of next week at 11am', '2026-12-04T11:00:00-05:00'],
    ['December 8 (morning)', '2026-12-08T12:00:00-05:00'],
    ['Friday (afternoon)', '2026-11-27T17:00:00-05:00'],
    ['Monday (2pm)', '2026-11-30T14:00:00-05:00'],
    ['tonight @ 8:15', '2026-11-25T20:15:00-05:00'],
  ])('%s', (text, expected) => expect(due(text)).toBe(expected));

  it('an explicit "today" keeps a clock already past: overdue, not tomorrow', () => {
    expect(due('9am today', at('2026-11-25T11:00:00-05:00'))).toBe('2026-11-25T09:00:00-05:00');
  });
});

describe('24-hour clocks without a colon', () => {
  it.each([
    ['by 1730', '2026-11-25T17:30:00-05:00'],
    ['at 0845 tomorrow', '2026-11-26T08:45:00-05:00'],
    ['at 0930', '2026-11-26T09:30:00-05:00'],
    ['Friday by 1600', '2026-11-27T16:00:00-05:00'],
    ['@2115', '2026-11-25T21:15:00-05:00'],
    ['by 2200 hrs', '2026-11-25T22:00:00-05:00'],
  ])('%s', (text, expected) => expect(due(text)).toBe(expected));

  it.each([['we target zero defects by 2030'], ['ship 1500 units to the depot'], ['by 1200 units a day'], ['invoice 0845-221 attached']])(
    'not a clock: %s',
    (text) => expect(findDeadlines(text, wed10).filter((h) => /\d{4}/.test(h.due.text))).toEqual([]),
  );
});

describe('midnight in a deadline is the moment that day ends', () => {
  it.each([
    ['by Thursday at midnight', '2026-11-27T00:00:00-05:00'],
    ['due Saturday midnight', '2026-11-29T00:00:00-05:00'],
    ['before midnight on Dec 1', '2026-12-02T00:00:00-05:00'],
    ['by midnight', '2026-11-26T00:00:00-05:00'],
  ])('%s', (text, expected) => expect(due(text)).toBe(expected));
  it('"by Wednesday at midnight" said on Wednesday is tonight, not next week', () => {
    expect(due('by Wednesday at midnight')).toBe('2026-11-26T00:00:00-05:00');
  });
});

describe('a duration after a day is a date', () => {
  it.each([
    ['two days after this Monday', '2026-12-02T17:00:00-05:00'],
    ['a week after next Tuesday', '2026-12-08T17:00:00-05:00'],
    ['3 days after Dec 10', '2026-12-13T17:00:00-05:00'],
    ['the week after next', '2026-12-11T17:00:00-05:00'],
  ])('%s', (text, expected) => expect(findDeadlines(text, wed10)[0]?.due.at).toBe(expected));
});

describe('ordinal weekdays in a month', () => {
  it.each([
    ['the last Thursday in January', '2027-01-28T17:00:00-05:00'],
    ['the third Monday this December', '2026-12-21T17:00:00-05:00'],
    ['the second Tuesday this October', '2026-10-13T17:00:00-04:00'],
    ['the first Friday in 2 months', '2027-01-01T17:00:00-05:00'],
    ['the fourth Wednesday next month', '2026-12-23T17:00:00-05:00'],
    ['the first Monday of next March', '2027-03-01T17:00:00-05:00'],
  ])('%s', (text, expected) => expect(due(text)).toBe(expected));
});

describe('dotted day.month dates and short forms', () => {
  it.each([
    ['by 3.12.', '2026-12-03T17:00:00-05:00'],
    ['due 20.1.', '2027-01-20T17:00:00-05:00'],
    ['by tues', '2026-12-01T17:00:00-05:00'],
    ['weds 3pm', '2026-11-25T15:00:00-05:00'],
    ['by thurs', '2026-11-26T17:00:00-05:00'],
    ['tmrw', '2026-11-26T17:00:00-05:00'],
    ['by tom', '2026-11-26T17:00:00-05:00'],
    ['tom morning', '2026-11-26T12:00:00-05:00'],
    ['at 4p', '2026-11-25T16:00:00-05:00'],
    ['Friday 10a', '2026-11-27T10:00:00-05:00'],
    ['by 2:30p', '2026-11-25T14:30:00-05:00'],
  ])('%s', (text, expected) => expect(due(text)).toBe(expected));

  it.each([['Tom will call the courier'], ['ask tom about the invoice'], ['see section 2.4.'], ['apt 10a is the address'], ['grade 4a']])(
    'not a date: %s',
    (text) => expect(findDeadlines(text, wed10)).toEqual([]),
  );
});

describe('a year named alone', () => {
  it.each([
    ["in the year '98", '1998-12-31T17:00:00-05:00', '1998-01-01T00:00:00-05:00'],
    ['the year 2031', '2031-12-31T17:00:00-05:00', '2031-01-01T00:00:00-05:00'],
  ])('%s', (text, deadline, start) => {
    const [hit] = findDeadlines(text, wed10);
    expect(hit?.due.at).toBe(deadline);
    expect(hit?.start).toBe(start);
  });
});

describe('a year-less date: the nearer one when at most a quarter back, else the next', () => {
  it.each([
    ['by Oct 30', '2026-10-30T17:00:00-04:00'],
    ['by Aug 2', '2027-08-02T17:00:00-04:00'],
    ['by Jan 5', '2027-01-05T17:00:00-05:00'],
  ])('%s', (text, expected) => expect(due(text)).toBe(expected));
  it('"Dec 20" said on January 6 is last month, past due', () => {
    expect(due('by Dec 20', at('2027-01-06T10:00:00-05:00'))).toBe('2026-12-20T17:00:00-05:00');
  });
});

describe('zones named the way people name them', () => {
  it.each([
    ['At 4pm Denver time on Monday', '2026-11-30T16:00:00-07:00', 'America/Denver'],
    ['by 5pm London time', '2026-11-25T17:00:00+00:00', 'Europe/London'],
    ['by 9am Sydney time tomorrow', '2026-11-26T09:00:00+11:00', 'Australia/Sydney'],
    ['noon New York time', '2026-11-25T12:00:00-05:00', 'America/New_York'],
    ['3pm Pacific', '2026-11-25T15:00:00-08:00', 'America/Los_Angeles'],
    ['Friday 10am Eastern', '2026-11-27T10:00:00-05:00', 'America/New_York'],
    ['2pm Central European time', '2026-11-26T14:00:00+01:00', 'Europe/Paris'],
    ['by 2pm Mountain', '2026-11-25T14:00:00-07:00', 'America/Denver'],
    ['by 4pm CT', '2026-11-25T16:00:00-06:00', 'America/Chicago'],
    ['11am MT tomorrow', '2026-11-26T11:00:00-07:00', 'America/Denver'],
    ['by 6pm CET', '2026-11-25T18:00:00+01:00', 'Europe/Paris'],
    ['by 3pm Bangalore time', '2026-11-26T15:00:00+05:30', 'Asia/Kolkata'],
    ['10am your time', '2026-11-26T10:00:00+01:00', 'Europe/Berlin'],
    ['4pm my time', '2026-11-25T16:00:00-05:00', 'America/New_York'],
    ['by 3pm our time', '2026-11-25T15:00:00-05:00', 'America/New_York'],
  ])('%s', (text, expected, zone) => {
    const d = resolveDue(text, wed10);
    expect(d?.at).toBe(expected);
    expect(d?.zone).toBe(zone);
    expect(d?.zoneAmbiguous).toBeUndefined();
  });

  it('the words name the zone in the span cut from the action', () => {
    expect(resolveDue('call back at 4pm Denver time on Monday', wed10)?.text).toBe('at 4pm Denver time on Monday');
  });

  it('a plain deadline names no zone', () => {
    expect(resolveDue('by Friday 3pm', wed10)).toEqual({ at: '2026-11-27T15:00:00-05:00', text: 'Friday 3pm', precision: 'hour' });
  });

  it('a word before "time" that names no place is not a zone', () => {
    expect(resolveDue('by 3pm this time', wed10)?.zone).toBeUndefined();
  });

  it('follows the zone across its own DST change ("9am London time" in July is BST)', () => {
    expect(due('9am London time', at('2026-07-01T12:00:00Z'))).toBe('2026-07-02T09:00:00+01:00');
  });

  it.each([
    ['9am IST', 'America/New_York', 'Asia/Kolkata', 'Asia/Kolkata'],
    ['9am IST', 'America/New_York', 'Asia/Jerusalem', 'Asia/Jerusalem'],
    ['9am IST', 'Europe/Dublin', undefined, 'Europe/Dublin'],
    ['9am IST', 'America/New_York', 'Europe/Berlin', 'Asia/Kolkata'],
    ['at 9am CST', 'America/New_York', 'Asia/Shanghai', 'Asia/Shanghai'],
    ['at 9am CST', 'America/New_York', 'Europe/Berlin', 'America/Chicago'],
  ])('ambiguous %s (agent %s, customer %s) → %s, flagged', (text, agent, customer, zone) => {
    const d = resolveDue(text, { now: wed10.now, timeZone: agent, customerTimeZone: customer });
    expect(d?.zone).toBe(zone);
    expect(d?.zoneAmbiguous).toBe(true);
    expect(findDeadlines(text, { now: wed10.now, timeZone: agent, customerTimeZone: customer })[0]?.due.zoneAmbiguous).toBe(true);
  });
});

describe('resolved from any reference instant (a message read later resolves from its sent time)', () => {
  // US DST ends Sunday 2026-11-01; it starts Sunday 2027-03-14. EU DST ends Sunday 2026-10-25.
  it.each([
    ['by Monday', '2026-10-30T15:00:00-04:00', NY, '2026-11-02T17:00:00-05:00'],
    ['tomorrow morning', '2026-10-31T16:00:00-04:00', NY, '2026-11-01T12:00:00-05:00'],
    ['within 2 business days', '2026-10-30T15:00:00-04:00', NY, '2026-11-03T17:00:00-05:00'],
    ['end of next week', '2026-10-29T09:00:00-04:00', NY, '2026-11-06T17:00:00-05:00'],
    ['by Friday', '2027-03-12T18:00:00-05:00', NY, '2027-03-19T17:00:00-04:00'],
    ['next business day', '2027-03-12T11:00:00-05:00', NY, '2027-03-15T17:00:00-04:00'],
    ['tomorrow at 9am', '2026-10-24T20:00:00+02:00', 'Europe/Berlin', '2026-10-25T09:00:00+01:00'],
    ['in 3 business days', '2026-10-23T10:00:00+02:00', 'Europe/Berlin', '2026-10-28T17:00:00+01:00'],
    ['Wednesday', '2026-10-28T18:00:00+01:00', 'Europe/Berlin', '2026-11-04T17:00:00+01:00'],
  ])('%s sent %s (%s)', (text, sentAt, zone, expected) => {
    expect(due(text, { now: new Date(sentAt), timeZone: zone })).toBe(expected);
  });
});

describe('the direct reader (deadlines/direct.ts) changes speed, never results', () => {
  const VOCAB = [
    'by',
    'on',
    'at',
    'from',
    'before',
    'until',
    'to',
    '-',
    ',',
    '(',
    ')',
    'the',
    'a',
    'and',
    'after',
    'next',
    'this',
    'last',
    'previous',
    'of',
    'Friday',
    'friday',
    'Mon',
    'tue',
    'Wed.',
    'Thursday',
    'thurs',
    'Sat',
    'Sunday',
    'today',
    'tomorrow',
    'tmrw',
    'tonight',
    'morning',
    'EOD',
    'COB',
    'end of day',
    'close of business',
    'end of the week',
    'end of next month',
    'end of last week',
    'EOM',
    'next business day',
    '3 business days',
    'within 2 business days',
    'within 2 hours',
    'in 30 minutes',
    'first thing',
    'the 15th',
    'the 3rd',
    'March 31',
    'Dec 3',
    'sept 9',
    'May 5',
    'may',
    '4pm',
    '4 pm',
    '10:30am',
    '9 a.m.',
    '11:00 am.',
    '2 pm',
    'PT',
    'ET',
    'pst',
    'IST',
    'CET',
    'your time',
    'my time',
    'Denver time',
    'Pacific',
    'your',
    'week',
    'after next',
    'twenty',
    'first',
    '2026',
    '12',
    '5',
    'send',
    'the invoice',
    'we',
    "I'll",
    'will',
    'call',
    'you',
    'shortly',
    'later',
    '.',
  ];
  const refs = ['2026-11-25T10:00:00-05:00', '2026-11-27T18:30:00-05:00', '2026-11-29T09:00:00-05:00', '2027-03-13T23:30:00-05:00'];

  // Counterexamples the property found (and one beside them): a stray closing bracket after zone words, and two spaces
  // before "before", which make chrono read "the week  before 4pm" as its own phrase; an ordinal word
  // left beside the reader's date ("first of March 31": chrono joins it to the month, so the reader
  // leaves any ordinal word to chrono).
  it.each([
    '2 pm IST )',
    '10:30am IST ) by',
    '9 a.m. CET ) by',
    'end of the week  before  4pm  by',
    'end of the week  before 4pm',
    'first of March 31',
    // A meridiem after a clock beside a day: the chrono path's day-and-clock parser stopped before
    // "am" (seed 460248284), so its words were "friday by 11:00"; it now leaves the clock to chrono.
    'friday by 11:00 am.',
    'Friday, by 9:30 p.m.',
  ])('equals the chrono path on %j', (text) => {
    const ctx: ParseContext = { now: new Date('2026-11-25T10:00:00-05:00'), timeZone: NY, customerTimeZone: 'Europe/Berlin' };
    expect(collectDeadlines(text, ctx, true, true)).toEqual(collectDeadlines(text, ctx, true, false));
  });

  it.each([
    ['(4pm PT)', '4pm PT'],
    ['2 pm IST )', '2 pm IST'],
    ['call me (by 4pm Denver time) please', '4pm Denver time'],
    ['by Friday 5pm (ET)', 'Friday 5pm (ET)'],
  ])('a closing bracket the words did not open stays out of the deadline: %j → %j', (text, words) => {
    const ctx: ParseContext = { now: new Date('2026-11-25T10:00:00-05:00'), timeZone: NY };
    expect(findDeadlines(text, ctx)[0]?.due.text).toBe(words);
  });

  it('equals the chrono path on any text the reader answers (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(' ', '  ', ', '),
        fc.constantFrom(...refs),
        fc.constantFrom(NY, 'Asia/Kolkata'),
        (words, sep, now, zone) => {
          const text = words.join(sep);
          const ctx: ParseContext = { now: new Date(now), timeZone: zone, customerTimeZone: 'Europe/Berlin' };
          expect(collectDeadlines(text, ctx, true, true)).toEqual(collectDeadlines(text, ctx, true, false));
        },
      ),
      { numRuns: 3000 },
    );
  }, 120_000);

  it.each([
    "I'll send the updated quote by Friday EOD.",
    'We will refund the duplicate charge within 3 business days.',
    'upload the server logs before 4pm PT tomorrow',
    'Please send the signed contract by March 31 at 5pm your time.',
    'I will call you on Thursday at 10:30am ET to walk through the setup.',
    'You will receive a confirmation email shortly.',
  ])('reads the common phrases itself: %s', (text) => {
    const option: CkOption = {
      forwardDate: true,
      ck: { today: { y: 2026, m: 11, d: 25, h: 10, mi: 0, wd: 3 }, schedule: toSchedule(undefined) },
    };
    expect(readDirect(text, option)).not.toBeNull();
  });

  it.each([['Friday to Monday'], ['next Tuesday'], ['Monday the 30th'], ['on Monday, then'], ['4pm pst'], ['first thing Monday morning']])(
    'leaves to chrono what it would read differently: %s',
    (text) => {
      const option: CkOption = {
        forwardDate: true,
        ck: { today: { y: 2026, m: 11, d: 25, h: 10, mi: 0, wd: 3 }, schedule: toSchedule(undefined) },
      };
      expect(readDirect(text, option)).toBeNull();
    },
  );
});
