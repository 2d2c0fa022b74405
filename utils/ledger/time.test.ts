import { describe, expect, it } from 'vitest';
import { DAY_MS, dayBounds, isValidTimeZone, zoneOffsetMs } from './time';

describe('dayBounds', () => {
  it.each([
    ['an ordinary day in New York', '2026-11-24T15:00:00Z', 'America/New_York', '2026-11-24T05:00:00.000Z', DAY_MS],
    ['the spring-forward day (23 hours)', '2026-03-08T15:00:00Z', 'America/New_York', '2026-03-08T05:00:00.000Z', 23 * 3_600_000],
    ['the fall-back day (25 hours)', '2026-11-01T15:00:00Z', 'America/New_York', '2026-11-01T04:00:00.000Z', 25 * 3_600_000],
    ['Tokyo, already tomorrow there', '2026-11-24T20:00:00Z', 'Asia/Tokyo', '2026-11-24T15:00:00.000Z', DAY_MS],
  ])('%s', (_what, now, zone, start, length) => {
    const bounds = dayBounds(Date.parse(now), zone);
    expect(new Date(bounds.start).toISOString()).toBe(start);
    expect(bounds.end - bounds.start).toBe(length);
  });
});

describe('zoneOffsetMs and isValidTimeZone', () => {
  it('gives the offset in force at that instant', () => {
    expect(zoneOffsetMs(Date.parse('2026-07-01T12:00:00Z'), 'Europe/Berlin')).toBe(2 * 3_600_000);
    expect(zoneOffsetMs(Date.parse('2026-12-01T12:00:00Z'), 'Europe/Berlin')).toBe(3_600_000);
  });
  it('knows real zones only', () => {
    expect(isValidTimeZone('Asia/Kolkata')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});
