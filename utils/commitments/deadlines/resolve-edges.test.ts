// The conventions of resolve.ts at their boundaries: which year a year-less date is read in (the
// quarter back, today itself, Dec → Jan, a leap day), a bare weekday or clock said exactly when its
// moment comes, midnight after a deadline word, the workday-bound words on a Friday evening or a
// weekend, a time range under way, and wall times a DST change skips. Each row: words, the moment
// they are said, the zone → the instant due and its precision.
import { describe, expect, it } from 'vitest';
import { resolveDue } from './resolve';

const NY = 'America/New_York';
const read = (text: string, now: string, timeZone = NY) => {
  const due = resolveDue(text, { now: new Date(now), timeZone });
  return due && [due.at, due.precision];
};

describe('the year of a year-less date', () => {
  it.each([
    // Today itself is today's, not next year's.
    ['by December 1', '2026-12-01T10:00:00-05:00', '2026-12-01T17:00:00-05:00'],
    // Yesterday: past due, this year.
    ['by Nov 30', '2026-12-01T10:00:00-05:00', '2026-11-30T17:00:00-05:00'],
    // Up to 92 days back is this year's (past due); 93 days back is next year's.
    ['by Sep 1', '2026-12-01T10:00:00-05:00', '2026-09-01T17:00:00-04:00'],
    ['by Aug 31', '2026-12-01T10:00:00-05:00', '2026-08-31T17:00:00-04:00'],
    ['by Aug 30', '2026-12-01T10:00:00-05:00', '2027-08-30T17:00:00-04:00'],
    // Dec → Jan: a December date said in early January is last year's; a January date said in late
    // December is next year's.
    ['by Dec 21', '2027-01-05T10:00:00-05:00', '2026-12-21T17:00:00-05:00'],
    ['by Jan 3', '2026-12-30T10:00:00-05:00', '2027-01-03T17:00:00-05:00'],
    ['by Dec 31', '2027-01-01T10:00:00-05:00', '2026-12-31T17:00:00-05:00'],
    // A leap day said in the year before: the leap year's.
    ['by Feb 29', '2027-12-01T10:00:00-05:00', '2028-02-29T17:00:00-05:00'],
  ])('%s, said %s → %s', (text, now, at) => {
    expect(read(text, now)).toEqual([at, 'day']);
  });

  it.each([
    // A month alone looks ahead, this month included.
    ['in December', '2026-12-01T10:00:00-05:00', '2026-12-31T17:00:00-05:00'],
    ['in November', '2026-12-01T10:00:00-05:00', '2027-11-30T17:00:00-05:00'],
    // "this <month>" up to three months back names this year's (gone); four back, the coming one.
    ['this November', '2026-12-01T10:00:00-05:00', '2026-11-30T17:00:00-05:00'],
    ['this September', '2026-11-15T10:00:00-05:00', '2026-09-30T17:00:00-04:00'],
    ['this August', '2026-11-15T10:00:00-05:00', '2026-08-31T17:00:00-04:00'],
    ['this July', '2026-11-15T10:00:00-05:00', '2027-07-30T17:00:00-04:00'],
  ])('%s, said %s → %s (its last workday)', (text, now, at) => {
    expect(read(text, now)).toEqual([at, 'month']);
  });
});

describe('a bare weekday or clock said exactly at its moment', () => {
  it.each([
    ['by Wednesday', '2026-12-02T16:59:00-05:00', '2026-12-02T17:00:00-05:00', 'day'],
    ['by Wednesday', '2026-12-02T17:00:00-05:00', '2026-12-09T17:00:00-05:00', 'day'],
    ['by Wednesday at 9am', '2026-12-02T08:59:00-05:00', '2026-12-02T09:00:00-05:00', 'hour'],
    ['by Wednesday at 9am', '2026-12-02T09:00:00-05:00', '2026-12-09T09:00:00-05:00', 'hour'],
    // Midnight after a deadline word ends the day named, still ahead on that day.
    ['by Wednesday at midnight', '2026-12-02T10:00:00-05:00', '2026-12-03T00:00:00-05:00', 'hour'],
    // Without one it is the day's first moment, gone: next week's.
    ['Wednesday at midnight', '2026-12-02T10:00:00-05:00', '2026-12-09T00:00:00-05:00', 'hour'],
    ['by 4pm', '2026-12-01T15:59:00-05:00', '2026-12-01T16:00:00-05:00', 'hour'],
    ['by 4pm', '2026-12-01T16:00:00-05:00', '2026-12-02T16:00:00-05:00', 'hour'],
    // "today" names today even once its time has passed (overdue).
    ['today at 4pm', '2026-12-01T17:00:00-05:00', '2026-12-01T16:00:00-05:00', 'hour'],
    // EOD and "first thing" move to the next workday, over the weekend.
    ['by EOD', '2026-12-04T16:59:00-05:00', '2026-12-04T17:00:00-05:00', 'day'],
    ['by EOD', '2026-12-04T17:00:00-05:00', '2026-12-07T17:00:00-05:00', 'day'],
    ['first thing', '2026-12-04T08:59:00-05:00', '2026-12-04T09:00:00-05:00', 'part-of-day'],
    ['first thing', '2026-12-04T09:00:00-05:00', '2026-12-07T09:00:00-05:00', 'part-of-day'],
    ['first thing', '2026-12-05T06:00:00-05:00', '2026-12-07T09:00:00-05:00', 'part-of-day'],
    // A part of the day is compared at the moment it stands for.
    ['by the morning', '2026-12-01T11:59:00-05:00', '2026-12-01T12:00:00-05:00', 'part-of-day'],
    ['by the morning', '2026-12-01T12:00:00-05:00', '2026-12-02T12:00:00-05:00', 'part-of-day'],
    ['by the afternoon', '2026-12-01T17:00:00-05:00', '2026-12-02T17:00:00-05:00', 'part-of-day'],
    ['by the evening', '2026-12-01T20:59:00-05:00', '2026-12-01T21:00:00-05:00', 'part-of-day'],
    ['by the evening', '2026-12-01T21:00:00-05:00', '2026-12-02T21:00:00-05:00', 'part-of-day'],
    ['this morning', '2026-12-01T13:00:00-05:00', '2026-12-01T12:00:00-05:00', 'part-of-day'],
  ])('%s, said %s → %s', (text, now, at, precision) => {
    expect(read(text, now)).toEqual([at, precision]);
  });

  it.each([
    // A time range under way is today's while its end is ahead, due at its end.
    ['from 10:00 until 21:45', '2026-12-01T11:00:00-05:00', '2026-12-01T21:45:00-05:00', 'minute'],
    ['10am to 11am', '2026-12-01T10:30:00-05:00', '2026-12-01T11:00:00-05:00', 'hour'],
    ['10am to 11am', '2026-12-01T11:00:00-05:00', '2026-12-02T11:00:00-05:00', 'hour'],
  ])('a range of clocks: %s, said %s → %s', (text, now, at, precision) => {
    expect(read(text, now)).toEqual([at, precision]);
  });
});

describe('DST changes in the zone meant', () => {
  it.each([
    // New York springs forward on March 8, 2026 at 2:00: 2:00–2:59 do not exist that night.
    ['by 2am', '2026-03-08T01:00:00-05:00', '2026-03-08T03:00:00-04:00', 'hour'],
    ['by 2:30am', '2026-03-08T01:00:00-05:00', '2026-03-08T03:30:00-04:00', 'minute'],
    // A day named across the change keeps the workday end in the new offset.
    ['by Sunday', '2026-03-07T12:00:00-05:00', '2026-03-08T17:00:00-04:00', 'day'],
    // Falls back on November 1, 2026: 1:30 comes twice; the first one.
    ['by 1:30am', '2026-11-01T00:30:00-04:00', '2026-11-01T01:30:00-04:00', 'minute'],
    // Berlin springs forward on March 29, 2026; a weekday said on the Saturday before.
    ['by Monday', '2026-03-28T12:00:00+01:00', '2026-03-30T17:00:00+02:00', 'day'],
  ])('%s, said %s → %s', (text, now, at, precision) => {
    const zone = now.endsWith('+01:00') ? 'Europe/Berlin' : NY;
    expect(read(text, now, zone)).toEqual([at, precision]);
  });
});

describe('the last workday before the weekend, counted back up to six days', () => {
  const sundayOnly = { start: '09:00', end: '17:00', days: [0] };
  it.each([
    // A week whose one workday is Sunday: six days before the Saturday.
    ['2026-11-29T10:00:00-05:00', '2026-11-29T17:00:00-05:00'],
    // Once it is over, the weekend itself.
    ['2026-11-29T17:00:00-05:00', '2026-12-05T17:00:00-05:00'],
  ])('"by the weekend" with Sunday the only workday, said %s → %s', (now, at) => {
    expect(resolveDue('by the weekend', { now: new Date(now), timeZone: NY, workday: sundayOnly })?.at).toBe(at);
  });
});
