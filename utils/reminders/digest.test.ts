import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKDAY } from '../commitments/types';
import { digestDueNow, digestText, localDayKey, nextWorkdayStart, tomorrowAt, wallTime } from './digest';
import { en } from '../../tests/support/catalog';

const NY = 'America/New_York';
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

describe('nextWorkdayStart', () => {
  it.each([
    ['Tuesday 07:00 → today 09:00', '2026-11-24T07:00:00-05:00', '2026-11-24T14:00:00.000Z'],
    ['Tuesday 09:00 exactly → Wednesday', '2026-11-24T09:00:00-05:00', '2026-11-25T14:00:00.000Z'],
    ['Friday 18:00 → Monday', '2026-11-27T18:00:00-05:00', '2026-11-30T14:00:00.000Z'],
    ['Saturday → Monday', '2026-11-28T12:00:00-05:00', '2026-11-30T14:00:00.000Z'],
    ['across the spring-forward weekend → 09:00 EDT', '2026-03-06T18:00:00-05:00', '2026-03-09T13:00:00.000Z'],
  ])('%s', (_name, now, expected) => {
    expect(iso(nextWorkdayStart(Date.parse(now), DEFAULT_WORKDAY, NY))).toBe(expected);
  });

  it('is null for a workday with no days', () => {
    expect(nextWorkdayStart(Date.now(), { ...DEFAULT_WORKDAY, days: [] }, NY)).toBeNull();
  });

  it('honours the zone', () => {
    expect(iso(nextWorkdayStart(Date.parse('2026-11-24T00:30:00Z'), DEFAULT_WORKDAY, 'Asia/Tokyo'))).toBe('2026-11-25T00:00:00.000Z');
  });
});

describe('digestDueNow', () => {
  const tue10 = Date.parse('2026-11-24T10:00:00-05:00');
  it.each([
    ['within the workday, not posted', tue10, null, true],
    ['already posted today', tue10, '2026-11-24', false],
    ['posted yesterday', tue10, '2026-11-23', true],
    ['before the start', Date.parse('2026-11-24T08:00:00-05:00'), null, false],
    ['after the end', Date.parse('2026-11-24T17:30:00-05:00'), null, false],
    ['on a Sunday', Date.parse('2026-11-29T10:00:00-05:00'), null, false],
  ])('%s → %s', (_name, now, last, expected) => {
    expect(digestDueNow(now, DEFAULT_WORKDAY, NY, last)).toBe(expected);
  });
});

describe('localDayKey / wallTime', () => {
  it('names the local calendar day', () => {
    expect(localDayKey(Date.parse('2026-11-25T03:00:00Z'), NY)).toBe('2026-11-24');
  });
  it('finds tomorrow at a wall time, local midnight respected', () => {
    expect(iso(tomorrowAt(Date.parse('2026-11-24T23:30:00-05:00'), '09:00', NY))).toBe('2026-11-25T14:00:00.000Z');
    expect(iso(tomorrowAt(Date.parse('2026-11-25T00:30:00-05:00'), '09:00', NY))).toBe('2026-11-26T14:00:00.000Z');
  });
  it('finds the wall time on a day', () => {
    expect(iso(wallTime({ year: 2026, month: 7, day: 1 }, '17:00', NY))).toBe('2026-07-01T21:00:00.000Z');
  });
});

describe('digestText', () => {
  it('says nothing on a clear day', () => {
    expect(digestText({ overdue: 0, dueToday: 0, lines: [] }, en)).toBeNull();
  });
  it.each([
    [{ overdue: 2, dueToday: 3, lines: ['a', 'b'] }, 'Commitments: 2 overdue, 3 due today', 'a\nb'],
    [{ overdue: 0, dueToday: 1, lines: ['Send the rate card'] }, 'Commitments: 1 due today', 'Send the rate card'],
  ])('%o', (counts, title, message) => {
    expect(digestText(counts, en)).toEqual({ title, message });
  });
});
