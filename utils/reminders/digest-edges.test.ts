// The digest's instants: exactly the workday's start and end, a workday of one weekday (the next
// start is a week away), and the day key's padding.
import { describe, expect, it } from 'vitest';
import { digestDueNow, localDayKey, nextWorkdayStart, wallTime } from './digest';

const NY = 'America/New_York';
const WORKDAY = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };
const at = (iso: string) => Date.parse(iso);

describe('digestDueNow at the workday’s edges', () => {
  it.each([
    ['a millisecond before the start', at('2026-11-24T09:00:00-05:00') - 1, false],
    ['exactly the start', at('2026-11-24T09:00:00-05:00'), true],
    ['a millisecond before the end', at('2026-11-24T17:00:00-05:00') - 1, true],
    ['exactly the end', at('2026-11-24T17:00:00-05:00'), false],
  ])('%s', (_name, now, owed) => {
    expect(digestDueNow(now, WORKDAY, NY, null)).toBe(owed);
  });

  it('on a workday after one that was posted, it is owed again (the key is the local day)', () => {
    // 23:30 in New York is already the next day in UTC: the key must be New York's.
    expect(localDayKey(at('2026-11-24T23:30:00-05:00'), NY)).toBe('2026-11-24');
    expect(digestDueNow(at('2026-11-25T10:00:00-05:00'), WORKDAY, NY, '2026-11-24')).toBe(true);
  });
});

describe('nextWorkdayStart with one working day a week', () => {
  const tuesdays = { ...WORKDAY, days: [2] };
  it('after Tuesday’s start, the next is a week later', () => {
    expect(nextWorkdayStart(at('2026-11-24T10:00:00-05:00'), tuesdays, NY)).toBe(at('2026-12-01T09:00:00-05:00'));
  });
  it('exactly at Tuesday’s start, the next is a week later too (strictly after now)', () => {
    expect(nextWorkdayStart(at('2026-11-24T09:00:00-05:00'), tuesdays, NY)).toBe(at('2026-12-01T09:00:00-05:00'));
  });
  it('a millisecond before it, today’s', () => {
    expect(nextWorkdayStart(at('2026-11-24T09:00:00-05:00') - 1, tuesdays, NY)).toBe(at('2026-11-24T09:00:00-05:00'));
  });
});

describe('day keys and wall times', () => {
  it('is the day in the zone asked (a zone no other test asks, so this test builds its formatter)', () => {
    // Chatham Islands, UTC+13:45 in November: 11:00 UTC is 00:45 the next day.
    expect(localDayKey(at('2026-11-24T11:00:00Z'), 'Pacific/Chatham')).toBe('2026-11-25');
  });

  it('pads month and day to two digits', () => {
    expect(localDayKey(at('2026-03-05T12:00:00Z'), 'UTC')).toBe('2026-03-05');
    expect(localDayKey(at('2026-12-25T12:00:00Z'), 'UTC')).toBe('2026-12-25');
  });
  it('reads the minutes of the wall time', () => {
    expect(wallTime({ year: 2026, month: 11, day: 24 }, '09:45', 'UTC')).toBe(at('2026-11-24T09:45:00Z'));
    expect(wallTime({ year: 2026, month: 11, day: 24 }, '23:59', NY)).toBe(at('2026-11-24T23:59:00-05:00'));
  });
  it('finds a wall time just after the spring-forward change (the offset is asked at the right instant)', () => {
    // 8 March 2026, New York: 02:00 EST became 03:00 EDT; 03:30 that morning is EDT (−4 h).
    expect(wallTime({ year: 2026, month: 3, day: 8 }, '03:30', NY)).toBe(at('2026-03-08T03:30:00-04:00'));
    expect(wallTime({ year: 2026, month: 3, day: 8 }, '01:30', NY)).toBe(at('2026-03-08T01:30:00-05:00'));
  });
});
