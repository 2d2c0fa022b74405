import { describe, expect, it } from 'vitest';
import { parseStamp, readSentTime, wallInstant, type SentTimeClock } from './sent-time';
import { readAbsoluteStamp } from './sent-time-absolute';

const NY = 'America/New_York';
/** Wed, Nov 18, 2026, 11:00 in New York (16:00Z). */
const NOW = new Date('2026-11-18T16:00:00Z');
const clock = (over: Partial<SentTimeClock> = {}): SentTimeClock => ({ now: NOW, timeZone: NY, readAbsolute: readAbsoluteStamp, ...over });
const read = (text: string, over: Partial<SentTimeClock> = {}): string | null => parseStamp(text, clock(over))?.toISOString() ?? null;

describe('machine-readable stamps', () => {
  it.each([
    ['2024-05-13T13:14:00Z', '2024-05-13T13:14:00.000Z'],
    ['2024-05-13T09:14:00-04:00', '2024-05-13T13:14:00.000Z'],
    ['2024-05-13T09:14:00.250+0200', '2024-05-13T07:14:00.250Z'],
    // No offset: the wall clock in the host's zone (EDT in May).
    ['2024-05-13T09:14', '2024-05-13T13:14:00.000Z'],
    ['1715606040', '2024-05-13T13:14:00.000Z'],
    ['1715606040000', '2024-05-13T13:14:00.000Z'],
  ])('%s', (text, iso) => expect(read(text)).toBe(iso));

  it.each(['2024-05-13', '2024-13-45T09:14', 'not a date', '12345', ''])('%s → nothing', (text) => expect(read(text)).toBeNull());

  it('a stamp in the future is no sent time (misread, or another zone)', () => {
    expect(read('2026-11-19T09:00:00Z')).toBeNull();
    expect(read('2026-11-18T16:04:00Z')).toBe('2026-11-18T16:04:00.000Z'); // within clock skew
  });
});

describe('Gmail and other full timestamps (absolute)', () => {
  it.each([
    ['Mon, May 13, 2024, 9:14 AM', '2024-05-13T13:14:00.000Z'],
    ['Wed, May 15, 2024, 4:40 PM', '2024-05-15T20:40:00.000Z'],
    ['May 13, 2024, 9:14 AM', '2024-05-13T13:14:00.000Z'],
    ['Mon, 7 Apr 2025 at 10:55 AM', '2025-04-07T14:55:00.000Z'], // Freshdesk
    ['13 May 2024 09:14', '2024-05-13T13:14:00.000Z'],
    // Winter: EST, five hours.
    ['Tue, Jan 7, 2025, 8:05 AM', '2025-01-07T13:05:00.000Z'],
    // No year: this year's, or last year's when that date is still ahead.
    ['Jun 9 15:20', '2026-06-09T19:20:00.000Z'],
    ['Dec 24, 9:40am', '2025-12-24T14:40:00.000Z'],
    // Outlook's numeric form, month first for an en-US page.
    ['Mon 9/22/2025 10:14 AM', '2025-09-22T14:14:00.000Z'],
  ])('%s', (text, iso) => expect(read(text, { locale: 'en-US' })).toBe(iso));

  it('numeric day and month both ≤ 12 with no page language: ambiguous, nothing', () => {
    expect(read('Tue 3/4/2025 10:14 AM')).toBeNull();
    expect(read('Tue 3/4/2025 10:14 AM', { locale: 'en-US' })).toBe('2025-03-04T15:14:00.000Z');
    expect(read('Thu 3/4/2025 10:14', { locale: 'en-GB', timeZone: 'Europe/London' })).toBe('2025-04-03T09:14:00.000Z');
    // One part above 12 says which is which.
    expect(read('9/22/2025 10:14 AM')).toBe('2025-09-22T14:14:00.000Z');
  });

  it.each([
    ['Mo., 13. Mai 2024, 09:14', 'de', 'Europe/Berlin', '2024-05-13T07:14:00.000Z'],
    ['lun. 13 mai 2024, 09:14', 'fr', 'Europe/Paris', '2024-05-13T07:14:00.000Z'],
    ['lun, 13 may 2024, 9:14', 'es', 'Europe/Madrid', '2024-05-13T07:14:00.000Z'],
    ['ma 13 mei 2024 09:14', 'nl', 'Europe/Amsterdam', '2024-05-13T07:14:00.000Z'],
  ])('localised: %s (%s)', (text, locale, timeZone, iso) => expect(read(text, { locale, timeZone })).toBe(iso));

  it.each(['Sent from my phone 9:14', 'May 13, 2024', 'Monday', 'May 13 – May 15, 2024', 'sometime last spring'])(
    '%s → nothing (no time of day, or more than a stamp)',
    (text) => expect(read(text, { locale: 'en-US' })).toBeNull(),
  );
});

describe('relative helpdesk stamps, read against now in the zone', () => {
  it.each([
    ['just now', '2026-11-18T16:00:00.000Z'],
    ['2 hours ago', '2026-11-18T14:00:00.000Z'],
    ['an hour ago', '2026-11-18T15:00:00.000Z'],
    ['5 min ago', '2026-11-18T15:55:00.000Z'],
    ['45m ago', '2026-11-18T15:15:00.000Z'],
    ['9:02 AM', '2026-11-18T14:02:00.000Z'],
    ['09:02', '2026-11-18T14:02:00.000Z'],
    ['Today 10:30 AM', '2026-11-18T15:30:00.000Z'],
    ['Yesterday 3:14 PM', '2026-11-17T20:14:00.000Z'],
    ['Yesterday at 3:14 PM', '2026-11-17T20:14:00.000Z'],
    // Today is Wednesday: "Mon" is two days back, "Wed" at a time still ahead is last week's.
    ['Mon 9:02 AM', '2026-11-16T14:02:00.000Z'],
    ['Monday, 9:02 AM', '2026-11-16T14:02:00.000Z'],
    ['Wed 10:00 AM', '2026-11-18T15:00:00.000Z'],
    ['Wed 2:00 PM', '2026-11-11T19:00:00.000Z'],
    ['Thu 8:00 AM', '2026-11-12T13:00:00.000Z'],
  ])('%s', (text, iso) => expect(read(text)).toBe(iso));

  it.each([
    ['vor 2 Stunden', 'de', '2026-11-18T14:00:00.000Z'],
    ['il y a 3 heures', 'fr', '2026-11-18T13:00:00.000Z'],
    ['hace 10 minutos', 'es', '2026-11-18T15:50:00.000Z'],
    ['gestern um 15:14', 'de', '2026-11-17T20:14:00.000Z'],
    ['hier à 15h14', 'fr', '2026-11-17T20:14:00.000Z'],
  ])('localised: %s', (text, locale, iso) => expect(read(text, { locale })).toBe(iso));

  it.each(['2 days ago', 'last week', 'a month ago', '3 weeks ago', 'Yesterday', 'Mon', '4:30 PM', '14'])(
    '%s → nothing (the day could be off, no time, or still ahead today)',
    (text) => expect(read(text)).toBeNull(),
  );
});

describe('daylight-saving edges', () => {
  // Sun, Mar 8, 2026: New York skips 02:00–03:00. Sun, Nov 1, 2026: 01:00–02:00 happens twice.
  it('"N hours ago" counts real hours across the change', () => {
    const now = new Date('2026-03-08T08:00:00Z'); // 04:00 EDT
    expect(read('3 hours ago', { now })).toBe('2026-03-08T05:00:00.000Z'); // 00:00 EST
  });

  it('"Yesterday 3:14 PM" the day after the change uses that day\'s offset', () => {
    const now = new Date('2026-03-09T14:00:00Z'); // Mon 10:00 EDT
    expect(read('Yesterday 3:14 PM', { now })).toBe('2026-03-08T19:14:00.000Z'); // EDT
    expect(read('Sat 3:14 PM', { now })).toBe('2026-03-07T20:14:00.000Z'); // still EST
  });

  it('a skipped wall time was not read right: nothing', () => {
    const now = new Date('2026-03-08T12:00:00Z');
    expect(read('Today 2:30 AM', { now })).toBeNull();
    expect(wallInstant({ y: 2026, m: 3, d: 8, h: 2, mi: 30 }, NY)).toBeNull();
  });

  it('a repeated wall time is taken at its first occurrence', () => {
    expect(wallInstant({ y: 2026, m: 11, d: 1, h: 1, mi: 30 }, NY)?.toISOString()).toBe('2026-11-01T05:30:00.000Z');
    // East of UTC too (Paris repeats 02:00–03:00 on Oct 25, 2026).
    expect(wallInstant({ y: 2026, m: 10, d: 25, h: 2, mi: 30 }, 'Europe/Paris')?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('an absolute stamp on each side of the autumn change', () => {
    expect(read('Sat, Oct 31, 2026, 11:00 PM')).toBe('2026-11-01T03:00:00.000Z'); // EDT
    expect(read('Sun, Nov 1, 2026, 11:00 PM')).toBe('2026-11-02T04:00:00.000Z'); // EST
  });
});

describe('readSentTime', () => {
  it('prefers the machine attribute, then the tooltip, then the text; ISO in the zone', () => {
    expect(readSentTime({ machine: '2024-05-13T13:14:00Z', title: 'garbage', text: '9:14' }, clock())).toBe('2024-05-13T09:14:00-04:00');
    expect(readSentTime({ title: 'Mon, May 13, 2024, 9:14 AM', text: 'May 13' }, clock())).toBe('2024-05-13T09:14:00-04:00');
    expect(readSentTime({ machine: 'soon', title: '', text: 'Yesterday 3:14 PM' }, clock())).toBe('2026-11-17T15:14:00-05:00');
  });

  it('nothing readable, or an unknown zone: undefined', () => {
    expect(readSentTime({ text: '2 days ago' }, clock())).toBeUndefined();
    expect(readSentTime({}, clock())).toBeUndefined();
    expect(readSentTime({ machine: '2024-05-13T13:14:00Z' }, clock({ timeZone: 'Mars/Olympus' }))).toBeUndefined();
  });
});

describe('stamps read again', () => {
  it('a year-less stamp is read against the clock of each read, not an earlier answer', () => {
    const evening = new Date('2026-12-31T23:30:00-05:00');
    const nextYear = new Date('2027-01-01T00:30:00-05:00');
    // Read twice in the same minute: the same instant.
    expect(readAbsoluteStamp('Dec 31 11:00 PM', clock({ now: evening }))?.toISOString()).toBe('2027-01-01T04:00:00.000Z');
    expect(readAbsoluteStamp('Dec 31 11:00 PM', clock({ now: evening }))?.toISOString()).toBe('2027-01-01T04:00:00.000Z');
    // An hour later, in the new year: the same words are still last year's Dec 31.
    expect(readAbsoluteStamp('Dec 31 11:00 PM', clock({ now: nextYear }))?.toISOString()).toBe('2027-01-01T04:00:00.000Z');
    // A stamp still ahead of now is last year's: Jan 1 1:00 AM read at 00:30 on Jan 1 is 2026's.
    expect(readAbsoluteStamp('Jan 1 1:00 AM', clock({ now: nextYear }))?.toISOString()).toBe('2026-01-01T06:00:00.000Z');
    expect(readAbsoluteStamp('Jan 1 1:00 AM', clock({ now: new Date('2027-01-01T01:30:00-05:00') }))?.toISOString()).toBe(
      '2027-01-01T06:00:00.000Z',
    );
  });

  it('another zone or language is another reading', () => {
    expect(readAbsoluteStamp('Mon, May 13, 2024, 9:14 AM', clock())?.toISOString()).toBe('2024-05-13T13:14:00.000Z');
    expect(readAbsoluteStamp('Mon, May 13, 2024, 9:14 AM', clock({ timeZone: 'Europe/Berlin' }))?.toISOString()).toBe(
      '2024-05-13T07:14:00.000Z',
    );
    expect(readAbsoluteStamp('4/3/2025 9:14', clock({ locale: undefined }))).toBeNull();
    expect(readAbsoluteStamp('4/3/2025 9:14', clock({ locale: 'en-GB' }))?.toISOString()).toBe('2025-03-04T14:14:00.000Z');
  });
});
