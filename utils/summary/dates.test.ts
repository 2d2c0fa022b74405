// Deadline phrases as the customer reads them: today/tomorrow at their edges (midnight, month and
// year ends), the year only when it is not this year, a time only when it matters, and the agent's
// clock beside the customer's.
import { describe, expect, it } from 'vitest';
import { DeadlinePhraser, dateTimeFormat, dueInstant, isValidLocale, timeMatters } from './dates';

const NY = 'America/New_York';
// Tuesday 24 November 2026, 9:00 AM in New York.
const NOW = new Date('2026-11-24T09:00:00-05:00');
const ny = (local: string) => new Date(`${local}-05:00`);
const phraser = (over: { display?: string; agent?: string; now?: Date; agentClock?: boolean; relativeDays?: boolean } = {}) =>
  new DeadlinePhraser('en-US', over.display ?? NY, over.agent ?? NY, over.now ?? NOW, over.agentClock, over.relativeDays);

describe('timeMatters', () => {
  it.each<[Parameters<typeof timeMatters>[0], boolean]>([
    [null, false],
    [undefined, false],
    [{ precision: 'minute' }, true],
    [{ precision: 'hour' }, true],
    [{ precision: 'part-of-day' }, true],
    [{ precision: 'day' }, false],
    [{ precision: 'week', text: 'next week' }, false],
    [{ precision: 'day', text: 'Friday' }, false],
    [{ precision: 'day', text: 'Friday 10am' }, true],
    [{ precision: 'day', text: 'Friday 10 a.m.' }, true],
    [{ precision: 'day', text: 'Friday 3:30 pm' }, true],
    [{ precision: 'day', text: 'Friday 4p' }, true],
    [{ precision: 'day', text: 'Friday 4pm' }, true],
    [{ precision: 'day', text: 'Friday 4 PM' }, true],
    [{ precision: 'day', text: 'Friday 9am' }, true],
    [{ precision: 'day', text: 'Friday 15:30' }, true],
    [{ precision: 'day', text: 'Friday noon' }, true],
    [{ precision: 'day', text: 'midday Friday' }, true],
    [{ precision: 'day', text: 'by midnight' }, true],
    [{ precision: 'day', text: 'by 1730 on Friday' }, true],
    [{ precision: 'day', text: 'at 0845 Friday' }, true],
    [{ precision: 'day', text: 'by  1730 on Friday' }, true],
    [{ precision: 'day', text: 'order 1730 on Friday' }, false],
    [{ precision: 'day', text: 'by 2pallets' }, false],
    [{ precision: 'day', text: '2 pallets by Friday' }, false],
    [{ precision: 'day', text: 'at 2460' }, false],
  ])('%j → %s', (due, matters) => {
    expect(timeMatters(due)).toBe(matters);
  });
});

describe('dueInstant', () => {
  it('the instant of an ISO date; null for no due, no date or a date that is not one', () => {
    expect(dueInstant({ at: '2026-11-27T17:00:00-05:00' })?.toISOString()).toBe('2026-11-27T22:00:00.000Z');
    expect(dueInstant(null)).toBeNull();
    expect(dueInstant(undefined)).toBeNull();
    expect(dueInstant({ at: null as unknown as string })).toBeNull();
    expect(dueInstant({ at: 'next Friday-ish' })).toBeNull();
    // A number is not a stored date, though Date.parse would read 123 as the year 123.
    expect(dueInstant({ at: 123 as unknown as string })).toBeNull();
  });
});

describe('isValidLocale', () => {
  it('a locale Intl knows; not an empty, blank, non-text or malformed one (asked twice: same answer)', () => {
    for (let i = 0; i < 2; i++) {
      expect(isValidLocale('en-GB')).toBe(true);
      expect(isValidLocale('')).toBe(false);
      expect(isValidLocale('   ')).toBe(false);
      expect(isValidLocale(7)).toBe(false);
      expect(isValidLocale('en_GB!!')).toBe(false);
    }
  });
});

describe('dateTimeFormat', () => {
  it('one formatter per locale and options', () => {
    const a = dateTimeFormat('en-US', { timeZone: NY, month: 'long' });
    expect(dateTimeFormat('en-US', { timeZone: NY, month: 'long' })).toBe(a);
    expect(dateTimeFormat('en-GB', { timeZone: NY, month: 'long' })).not.toBe(a);
    expect(dateTimeFormat('en-US', { timeZone: NY, month: 'short' })).not.toBe(a);
    expect(a.format(NOW)).toBe('November');
  });
});

describe('DeadlinePhraser.phrase', () => {
  it.each<[string, Date, boolean, string]>([
    ['today, date only', ny('2026-11-24T17:00:00'), false, 'by the end of today (Tuesday, November 24)'],
    ['today with a time', ny('2026-11-24T17:00:00'), true, 'by 5:00 PM EST today (Tuesday, November 24)'],
    ['today’s last millisecond', ny('2026-11-24T23:59:59.999'), false, 'by the end of today (Tuesday, November 24)'],
    ['tomorrow’s first instant', ny('2026-11-25T00:00:00'), false, 'by tomorrow (Wednesday, November 25)'],
    ['tomorrow with a time', ny('2026-11-25T10:30:00'), true, 'by 10:30 AM EST tomorrow (Wednesday, November 25)'],
    ['later this week', ny('2026-11-27T17:00:00'), false, 'by Friday, November 27'],
    ['later this week with a time', ny('2026-11-27T17:00:00'), true, 'by 5:00 PM EST on Friday, November 27'],
    ['the same day of another month', ny('2026-12-24T17:00:00'), false, 'by Thursday, December 24'],
    ['the same day and month next year', ny('2027-11-24T17:00:00'), false, 'by Wednesday, November 24, 2027'],
    ['yesterday', ny('2026-11-23T17:00:00'), false, 'by Monday, November 23'],
  ])('%s', (_name, at, showTime, text) => {
    expect(phraser().phrase(at, showTime)).toBe(text);
  });

  it('"tomorrow" across a month’s and a year’s end, and the year only for another year', () => {
    const newYearsEve = new Date('2026-12-31T12:00:00-05:00');
    expect(phraser({ now: newYearsEve }).phrase(ny('2027-01-01T17:00:00'), false)).toBe('by tomorrow (Friday, January 1, 2027)');
    expect(phraser({ now: newYearsEve }).phrase(ny('2026-12-31T17:00:00'), false)).toBe('by the end of today (Thursday, December 31)');
    const monthEnd = new Date('2026-11-30T12:00:00-05:00');
    expect(phraser({ now: monthEnd }).phrase(ny('2026-12-01T09:00:00'), false)).toBe('by tomorrow (Tuesday, December 1)');
  });

  it('today and tomorrow are the reader’s: at 11 PM in New York it is already tomorrow in London', () => {
    const late = new Date('2026-11-24T23:00:00-05:00'); // Wednesday 04:00 in London
    const london = phraser({ display: 'Europe/London', agent: 'Europe/London', now: late });
    expect(london.phrase(new Date('2026-11-25T17:00:00Z'), false)).toBe('by the end of today (Wednesday, November 25)');
    expect(london.phrase(new Date('2026-11-26T17:00:00Z'), false)).toBe('by tomorrow (Thursday, November 26)');
  });

  it('without relative days: the date alone, also for today and tomorrow', () => {
    const p = phraser({ relativeDays: false });
    expect(p.phrase(ny('2026-11-24T17:00:00'), false)).toBe('by Tuesday, November 24');
    expect(p.phrase(ny('2026-11-25T17:00:00'), true)).toBe('by 5:00 PM EST on Wednesday, November 25');
  });

  it('a date-only deadline on another day for the reader shows its time, in the reader’s zone', () => {
    // Friday 5:00 PM in New York is Saturday 7:00 AM in Tokyo.
    const p = phraser({ display: 'Asia/Tokyo' });
    expect(p.phrase(ny('2026-11-27T17:00:00'), false)).toBe('by 7:00 AM Tokyo time (GMT+9) on Saturday, November 28');
    // Friday 9:00 AM in New York is Friday 11:00 PM in Tokyo: the same day, no time needed.
    expect(p.phrase(ny('2026-11-27T09:00:00'), false)).toBe('by Friday, November 27');
  });

  it('the agent’s clock beside the reader’s, when asked for and different', () => {
    const chicago = phraser({ display: 'America/Chicago', agentClock: true });
    expect(chicago.phrase(ny('2026-11-27T17:00:00'), true)).toBe('by 4:00 PM CST / 5:00 PM EST on Friday, November 27');
    // Not asked for, or the same zone, or another zone with the same clock and name: one clock.
    expect(phraser({ display: 'America/Chicago' }).phrase(ny('2026-11-27T17:00:00'), true)).toBe('by 4:00 PM CST on Friday, November 27');
    expect(phraser({ agentClock: true }).phrase(ny('2026-11-27T17:00:00'), true)).toBe('by 5:00 PM EST on Friday, November 27');
    expect(phraser({ display: 'America/Detroit', agentClock: true }).phrase(ny('2026-11-27T17:00:00'), true)).toBe(
      'by 5:00 PM EST on Friday, November 27',
    );
  });

  it('the agent’s clock on another day: each clock with its own date', () => {
    const kolkata = phraser({ display: 'Asia/Kolkata', agentClock: true });
    expect(kolkata.phrase(ny('2026-12-02T23:30:00'), true)).toBe(
      'by 10:00 AM IST on Thursday, December 3 / 11:30 PM EST on Wednesday, December 2',
    );
  });

  it('plain spaces only (ICU’s narrow no-break space in "5:00 PM" is replaced)', () => {
    const text = phraser({ display: 'America/Chicago', agentClock: true }).phrase(ny('2026-11-27T17:00:00'), true);
    expect(text).not.toMatch(/[\u202f\u00a0]/);
  });
});

describe('DeadlinePhraser.when', () => {
  it('the date, or the month and day when the words name the weekday; never "by", "today" or "tomorrow"', () => {
    const p = phraser();
    expect(p.when(ny('2026-11-24T17:00:00'), false)).toBe('Tuesday, November 24');
    expect(p.when(ny('2026-11-27T17:00:00'), false)).toBe('Friday, November 27');
    expect(p.when(ny('2026-11-27T17:00:00'), false, true)).toBe('November 27');
    expect(p.when(ny('2027-01-08T17:00:00'), false, true)).toBe('January 8, 2027');
    expect(p.when(ny('2026-11-25T10:00:00'), true)).toBe('10:00 AM EST on Wednesday, November 25');
    expect(p.when(ny('2026-11-25T10:00:00'), true, true)).toBe('10:00 AM EST on Wednesday, November 25');
  });

  it('with the agent’s clock, and with the time when the reader’s day differs', () => {
    expect(phraser({ display: 'America/Chicago', agentClock: true }).when(ny('2026-11-25T10:00:00'), true)).toBe(
      '9:00 AM CST / 10:00 AM EST on Wednesday, November 25',
    );
    expect(phraser({ display: 'Asia/Tokyo' }).when(ny('2026-11-27T17:00:00'), false)).toBe(
      '7:00 AM Tokyo time (GMT+9) on Saturday, November 28',
    );
  });
});

describe('DeadlinePhraser.date, clock, zoneLabel', () => {
  it('the year only when it is not this year', () => {
    const p = phraser();
    expect(p.date(ny('2026-12-31T12:00:00'))).toBe('Thursday, December 31');
    expect(p.date(ny('2027-01-01T12:00:00'))).toBe('Friday, January 1, 2027');
    expect(p.date(ny('2025-11-24T12:00:00'))).toBe('Monday, November 24, 2025');
  });

  it('the clock and zone of the reader, in summer and winter time', () => {
    const p = phraser({ display: 'Europe/Paris' });
    expect(p.clock(new Date('2026-07-01T08:00:00Z'))).toBe('10:00 AM CEST');
    expect(p.clock(new Date('2026-12-01T08:00:00Z'))).toBe('9:00 AM CET');
    expect(p.zoneLabel(new Date('2026-12-01T08:00:00Z'))).toBe('CET');
  });
});
