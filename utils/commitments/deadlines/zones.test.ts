// Time-zone arithmetic the deadlines stand on: a wrong offset, a wrong leap day or a wrong zone
// for "PT" moves a deadline sent to a customer. Each table row is pinned by what it must mean.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysInMonth,
  formatIso,
  isValidTimeZone,
  offsetAt,
  resolveZoneAbbreviation,
  wallAt,
  wallToInstant,
  weekdayOf,
  ZONE_ABBREVIATIONS,
  zoneOfName,
} from './zones';
import { resolveDue } from './resolve';

const JANUARY = new Date('2027-01-15T12:00:00Z');
const JULY = new Date('2026-07-15T12:00:00Z');
// Row labels, not Dates, so the test titles stay plain text.
const SEASON = { January: JANUARY, July: JULY } as const;
type Season = keyof typeof SEASON;

describe('isValidTimeZone', () => {
  it.each([[undefined], [null], [42], [''], ['   '], ['Not/AZone'], ['America/Nowhere']])('refuses %j', (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
  });
  it.each([['America/New_York'], ['UTC'], ['Asia/Kolkata'], ['Etc/GMT-1']])('accepts %s', (zone) => {
    expect(isValidTimeZone(zone)).toBe(true);
  });
});

describe('offsetAt: minutes east of UTC at that instant', () => {
  it.each([
    ['America/New_York', 'January', -300],
    ['America/New_York', 'July', -240],
    ['Europe/London', 'January', 0],
    ['Europe/London', 'July', 60],
    ['Asia/Kolkata', 'July', 330],
    ['Asia/Kathmandu', 'July', 345],
    ['America/St_Johns', 'January', -210],
    ['Pacific/Marquesas', 'July', -570],
    ['Australia/Sydney', 'January', 660],
    ['UTC', 'July', 0],
  ])('%s in %s is %d', (zone, season, minutes) => {
    expect(offsetAt(SEASON[season as Season], zone)).toBe(minutes);
  });

  it('changes at the exact minute of the switch, not at the next quarter hour', () => {
    // New York leaves summer time at 2026-11-01 06:00 UTC (2:00 EDT becomes 1:00 EST).
    expect(offsetAt(new Date('2026-11-01T05:59:59.999Z'), 'America/New_York')).toBe(-240);
    expect(offsetAt(new Date('2026-11-01T06:00:00Z'), 'America/New_York')).toBe(-300);
  });

  it('reads the last instant a Date can hold, and refuses an invalid one', () => {
    expect(offsetAt(new Date(8.64e15), 'UTC')).toBe(0);
    expect(() => offsetAt(new Date(Number.NaN), 'UTC')).toThrow(RangeError);
  });

  it('gives the same answers after more than 5,000 distinct quarter hours (the cache is emptied)', () => {
    const start = Date.parse('2020-01-01T00:00:00Z');
    for (let i = 0; i < 5200; i++) offsetAt(new Date(start + i * 15 * 60000), 'Europe/Berlin');
    expect(offsetAt(JANUARY, 'Europe/Berlin')).toBe(60);
    expect(offsetAt(JULY, 'Europe/Berlin')).toBe(120);
    expect(offsetAt(JULY, 'America/New_York')).toBe(-240);
  });
});

describe('wallAt: the wall clock in a zone', () => {
  it('reads every field, seconds included', () => {
    expect(wallAt(new Date('2026-11-25T15:04:05Z'), 'America/New_York')).toEqual({ y: 2026, m: 11, d: 25, h: 10, mi: 4, s: 5 });
  });
  it('crosses midnight and the year with the offset', () => {
    expect(wallAt(new Date('2027-01-01T02:30:00Z'), 'America/Los_Angeles')).toEqual({ y: 2026, m: 12, d: 31, h: 18, mi: 30, s: 0 });
    expect(wallAt(new Date('2026-12-31T20:00:00Z'), 'Pacific/Auckland')).toEqual({ y: 2027, m: 1, d: 1, h: 9, mi: 0, s: 0 });
  });
  it('reads instants before 1970', () => {
    expect(wallAt(new Date('1969-12-31T23:59:58Z'), 'UTC')).toEqual({ y: 1969, m: 12, d: 31, h: 23, mi: 59, s: 58 });
    expect(wallAt(new Date('1600-02-29T06:07:08Z'), 'UTC')).toEqual({ y: 1600, m: 2, d: 29, h: 6, mi: 7, s: 8 });
  });
  it('reads leap days and the days around them', () => {
    expect(wallAt(new Date('2028-02-29T12:00:00Z'), 'UTC')).toMatchObject({ y: 2028, m: 2, d: 29 });
    expect(wallAt(new Date('2028-03-01T12:00:00Z'), 'UTC')).toMatchObject({ y: 2028, m: 3, d: 1 });
    expect(wallAt(new Date('2100-03-01T12:00:00Z'), 'UTC')).toMatchObject({ y: 2100, m: 3, d: 1 });
    expect(wallAt(new Date('2000-02-29T12:00:00Z'), 'UTC')).toMatchObject({ y: 2000, m: 2, d: 29 });
    expect(wallAt(new Date('2026-12-31T12:00:00Z'), 'UTC')).toMatchObject({ y: 2026, m: 12, d: 31 });
    expect(wallAt(new Date('2027-01-01T00:00:00Z'), 'UTC')).toMatchObject({ y: 2027, m: 1, d: 1, h: 0 });
  });
});

describe('wallToInstant: the instant a wall clock shows', () => {
  it('uses the offset of that day, not of today', () => {
    expect(wallToInstant({ y: 2026, m: 7, d: 15, h: 17, mi: 0 }, 'America/New_York').toISOString()).toBe('2026-07-15T21:00:00.000Z');
    expect(wallToInstant({ y: 2027, m: 1, d: 15, h: 17, mi: 0 }, 'America/New_York').toISOString()).toBe('2027-01-15T22:00:00.000Z');
  });
  it('keeps the seconds when given', () => {
    expect(wallToInstant({ y: 2026, m: 11, d: 25, h: 15, mi: 23, s: 24 }, 'UTC').toISOString()).toBe('2026-11-25T15:23:24.000Z');
  });
  it('moves a skipped spring wall time forward by the gap', () => {
    // 2:30 does not exist in New York on 2026-03-08: it is 3:30 EDT.
    expect(wallToInstant({ y: 2026, m: 3, d: 8, h: 2, mi: 30 }, 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(wallToInstant({ y: 2026, m: 3, d: 8, h: 3, mi: 30 }, 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });
  it('moves a skipped midnight to the first instant of that day (Santiago starts summer time at 0:00)', () => {
    // 2026-09-06 00:00 does not exist in Santiago: the clock goes from 23:59:59 (-04) to 01:00 (-03).
    expect(wallToInstant({ y: 2026, m: 9, d: 6, h: 0, mi: 0 }, 'America/Santiago').toISOString()).toBe('2026-09-06T04:00:00.000Z');
    expect(wallAt(wallToInstant({ y: 2026, m: 9, d: 6, h: 0, mi: 0 }, 'America/Santiago'), 'America/Santiago')).toMatchObject({
      d: 6,
      h: 1,
    });
  });
  it('moves a skipped wall time forward east of UTC too', () => {
    // Berlin skips 02:00–03:00 CET on 2026-03-29: 2:30 is 3:30 CEST.
    expect(wallToInstant({ y: 2026, m: 3, d: 29, h: 2, mi: 30 }, 'Europe/Berlin').toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });
  it('a promise for the skipped hour is due after the gap, never an hour early', () => {
    const saturday = { now: new Date('2026-03-07T15:00:00-05:00'), timeZone: 'America/New_York' };
    expect(resolveDue('tomorrow at 2:30am', saturday)?.at).toBe('2026-03-08T03:30:00-04:00');
  });
  it('reads a repeated autumn wall time as its first occurrence', () => {
    expect(wallToInstant({ y: 2026, m: 11, d: 1, h: 1, mi: 30 }, 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(wallToInstant({ y: 2026, m: 11, d: 1, h: 2, mi: 30 }, 'America/New_York').toISOString()).toBe('2026-11-01T07:30:00.000Z');
  });
  it('settles the offset on the far side of the change, east of UTC too', () => {
    // Berlin leaves summer time on 2026-10-25 at 01:00 UTC.
    expect(wallToInstant({ y: 2026, m: 10, d: 25, h: 9, mi: 0 }, 'Europe/Berlin').toISOString()).toBe('2026-10-25T08:00:00.000Z');
    expect(wallToInstant({ y: 2026, m: 10, d: 24, h: 23, mi: 0 }, 'Europe/Berlin').toISOString()).toBe('2026-10-24T21:00:00.000Z');
  });
});

describe('formatIso', () => {
  it.each([
    ['2026-11-27T22:00:00Z', 'America/New_York', '2026-11-27T17:00:00-05:00'],
    ['2026-11-27T22:00:00Z', 'UTC', '2026-11-27T22:00:00+00:00'],
    ['2026-11-27T22:00:00Z', 'Europe/Berlin', '2026-11-27T23:00:00+01:00'],
    ['2026-11-27T03:25:09Z', 'Asia/Kolkata', '2026-11-27T08:55:09+05:30'],
    ['2026-11-27T03:25:00Z', 'Asia/Kathmandu', '2026-11-27T09:10:00+05:45'],
    ['2026-11-27T12:00:00Z', 'America/St_Johns', '2026-11-27T08:30:00-03:30'],
    ['2026-11-27T12:00:00Z', 'Pacific/Marquesas', '2026-11-27T02:30:00-09:30'],
    ['2026-11-27T12:00:00Z', 'Pacific/Kiritimati', '2026-11-28T02:00:00+14:00'],
    ['0999-03-04T05:06:07Z', 'UTC', '0999-03-04T05:06:07+00:00'],
  ])('%s in %s is %s', (iso, zone, expected) => {
    expect(formatIso(new Date(iso), zone)).toBe(expected);
  });
});

describe('civil-date helpers', () => {
  it.each([
    [2026, 2, 28, 1, { y: 2026, m: 3, d: 1 }],
    [2028, 2, 28, 1, { y: 2028, m: 2, d: 29 }],
    [2100, 2, 28, 1, { y: 2100, m: 3, d: 1 }],
    [2000, 2, 28, 1, { y: 2000, m: 2, d: 29 }],
    [2026, 12, 31, 1, { y: 2027, m: 1, d: 1 }],
    [2027, 1, 1, -1, { y: 2026, m: 12, d: 31 }],
    [1970, 1, 1, -1, { y: 1969, m: 12, d: 31 }],
    [2026, 11, 25, 0, { y: 2026, m: 11, d: 25 }],
    [2026, 11, 25, 400, { y: 2027, m: 12, d: 30 }],
  ])('addDays(%d, %d, %d, %d)', (y, m, d, n, expected) => {
    expect(addDays(y, m, d, n)).toEqual(expected);
  });

  it.each([
    [2026, 1, 31, 1, { y: 2026, m: 2, d: 28 }],
    [2028, 1, 31, 1, { y: 2028, m: 2, d: 29 }],
    [2026, 3, 31, 1, { y: 2026, m: 4, d: 30 }],
    [2026, 11, 30, 2, { y: 2027, m: 1, d: 30 }],
    [2026, 12, 15, 1, { y: 2027, m: 1, d: 15 }],
    [2026, 1, 15, -1, { y: 2025, m: 12, d: 15 }],
    [2026, 3, 31, -1, { y: 2026, m: 2, d: 28 }],
    [2026, 5, 10, -13, { y: 2025, m: 4, d: 10 }],
    [2026, 5, 10, 12, { y: 2027, m: 5, d: 10 }],
    [2026, 5, 10, 0, { y: 2026, m: 5, d: 10 }],
  ])('addMonths(%d, %d, %d, %d)', (y, m, d, n, expected) => {
    expect(addMonths(y, m, d, n)).toEqual(expected);
  });

  it.each([
    [2026, 11, 25, 3],
    [2026, 11, 29, 0],
    [2026, 11, 28, 6],
    [2026, 11, 30, 1],
    [1970, 1, 1, 4],
    [1969, 12, 31, 3],
    [1969, 12, 28, 0],
    [1900, 1, 1, 1],
  ])('weekdayOf(%d, %d, %d) is %d', (y, m, d, wd) => {
    expect(weekdayOf(y, m, d)).toBe(wd);
  });

  it.each([
    [2026, 1, 31],
    [2026, 2, 28],
    [2028, 2, 29],
    [2100, 2, 28],
    [2000, 2, 29],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('daysInMonth(%d, %d) is %d', (y, m, n) => {
    expect(daysInMonth(y, m)).toBe(n);
  });
});

describe('ZONE_ABBREVIATIONS: each name the zone it means', () => {
  // Region and standard-time names follow the region's clock all year.
  it.each([
    ['PT', 'America/Los_Angeles'],
    ['PST', 'America/Los_Angeles'],
    ['PACIFIC', 'America/Los_Angeles'],
    ['MT', 'America/Denver'],
    ['MST', 'America/Denver'],
    ['MOUNTAIN', 'America/Denver'],
    ['CT', 'America/Chicago'],
    ['CENTRAL', 'America/Chicago'],
    ['ET', 'America/New_York'],
    ['EST', 'America/New_York'],
    ['EASTERN', 'America/New_York'],
    ['AKST', 'America/Anchorage'],
    ['HST', 'Pacific/Honolulu'],
    ['GMT', 'UTC'],
    ['UTC', 'UTC'],
    ['Z', 'UTC'],
    ['WET', 'Europe/Lisbon'],
    ['UK', 'Europe/London'],
    ['CET', 'Europe/Paris'],
    ['EET', 'Europe/Athens'],
    ['SGT', 'Asia/Singapore'],
    ['JST', 'Asia/Tokyo'],
    ['KST', 'Asia/Seoul'],
    ['HKT', 'Asia/Hong_Kong'],
    ['AEST', 'Australia/Sydney'],
    ['ACST', 'Australia/Adelaide'],
    ['AWST', 'Australia/Perth'],
    ['NZST', 'Pacific/Auckland'],
  ])('%s is %s', (abbr, zone) => {
    expect(ZONE_ABBREVIATIONS[abbr]).toBe(zone);
    expect(resolveZoneAbbreviation(abbr, JANUARY, undefined, 'Asia/Tokyo')).toBe(zone);
  });

  // A summer-time name is its offset by definition, in January as in July.
  it.each([
    ['PDT', -420],
    ['MDT', -360],
    ['CDT', -300],
    ['EDT', -240],
    ['AKDT', -480],
    ['CEST', 120],
    ['EEST', 180],
    ['AEDT', 660],
    ['NZDT', 780],
  ])('%s is UTC%+d minutes all year', (abbr, minutes) => {
    const zone = resolveZoneAbbreviation(abbr, JANUARY, undefined, 'Asia/Tokyo');
    expect(offsetAt(JANUARY, zone)).toBe(minutes);
    expect(offsetAt(JULY, zone)).toBe(minutes);
  });

  it('an unknown abbreviation is the agent’s own zone', () => {
    expect(resolveZoneAbbreviation('XYZT', JANUARY, 'Europe/Berlin', 'Asia/Tokyo')).toBe('Asia/Tokyo');
  });
});

describe('resolveZoneAbbreviation: an ambiguous name read in the parties’ zones', () => {
  it.each([
    // The customer's own candidate, or one in the customer's region on the same clock.
    ['IST', 'Asia/Kolkata', 'America/New_York', 'January', 'Asia/Kolkata'],
    ['IST', 'Europe/Dublin', 'America/New_York', 'January', 'Europe/Dublin'],
    ['IST', 'Asia/Jerusalem', 'America/New_York', 'January', 'Asia/Jerusalem'],
    ['CST', 'Asia/Shanghai', 'America/New_York', 'January', 'Asia/Shanghai'],
    ['CST', 'Asia/Taipei', 'America/New_York', 'January', 'Asia/Shanghai'],
    ['BST', 'Asia/Dhaka', 'Europe/London', 'July', 'Asia/Dhaka'],
    ['AST', 'Asia/Riyadh', 'America/New_York', 'January', 'Asia/Riyadh'],
    ['AST', 'Asia/Kuwait', 'America/New_York', 'January', 'Asia/Riyadh'],
    // The customer comes before the agent.
    ['IST', 'Asia/Kolkata', 'Europe/Dublin', 'January', 'Asia/Kolkata'],
    // No customer zone, or a broken one: the agent's.
    ['CST', undefined, 'America/Winnipeg', 'January', 'America/Chicago'],
    ['CST', 'Not/AZone', 'Asia/Shanghai', 'January', 'Asia/Shanghai'],
    ['AST', '', 'America/Halifax', 'July', 'America/Halifax'],
    ['AST', undefined, 'America/Puerto_Rico', 'January', 'America/Halifax'],
    // Same region on another clock is not the same zone: the usual reading.
    ['IST', 'Europe/Berlin', 'America/New_York', 'January', 'Asia/Kolkata'],
    ['CST', 'America/Regina', 'America/Regina', 'July', 'America/Chicago'],
    ['AST', undefined, 'America/Puerto_Rico', 'July', 'America/Halifax'],
    // A zone with no region ("UTC") matches no candidate by region, even one on its clock.
    ['IST', 'UTC', 'UTC', 'January', 'Asia/Kolkata'],
    // Another region on the same clock is not the customer's either: a Nairobi customer's AST.
    ['AST', 'Africa/Nairobi', 'America/New_York', 'January', 'America/Halifax'],
    // No party in a candidate's region: the usual reading (BST: British Summer Time).
    ['BST', undefined, 'America/New_York', 'July', 'Etc/GMT-1'],
    ['BST', 'Europe/London', 'Europe/London', 'July', 'Etc/GMT-1'],
  ])('%s (customer %s, agent %s, in %s) → %s', (abbr, customer, agent, season, zone) => {
    expect(resolveZoneAbbreviation(abbr, SEASON[season as Season], customer, agent)).toBe(zone);
  });
});

describe('zoneOfName: the zone a person means by a place or region', () => {
  it.each([
    ['pacific', 'America/Los_Angeles'],
    ['mountain', 'America/Denver'],
    ['central', 'America/Chicago'],
    ['eastern', 'America/New_York'],
    ['atlantic', 'America/Halifax'],
    ['alaska', 'America/Anchorage'],
    ['alaskan', 'America/Anchorage'],
    ['hawaii', 'Pacific/Honolulu'],
    ['hawaiian', 'Pacific/Honolulu'],
    ['central european', 'Europe/Paris'],
    ['eastern european', 'Europe/Athens'],
    ['western european', 'Europe/Lisbon'],
    ['uk', 'Europe/London'],
    ['british', 'Europe/London'],
    ['irish', 'Europe/Dublin'],
    ['greenwich', 'UTC'],
    ['universal', 'UTC'],
    ['india', 'Asia/Kolkata'],
    ['indian', 'Asia/Kolkata'],
    ['india standard', 'Asia/Kolkata'],
    ['indian standard', 'Asia/Kolkata'],
    ['japan', 'Asia/Tokyo'],
    ['japanese', 'Asia/Tokyo'],
    ['korea', 'Asia/Seoul'],
    ['korean', 'Asia/Seoul'],
    ['china', 'Asia/Shanghai'],
    ['chinese', 'Asia/Shanghai'],
    ['australian eastern', 'Australia/Sydney'],
    ['australian central', 'Australia/Adelaide'],
    ['australian western', 'Australia/Perth'],
    ['new zealand', 'Pacific/Auckland'],
    ['nz', 'Pacific/Auckland'],
    ['nyc', 'America/New_York'],
    ['boston', 'America/New_York'],
    ['washington', 'America/New_York'],
    ['washington dc', 'America/New_York'],
    ['dc', 'America/New_York'],
    ['atlanta', 'America/New_York'],
    ['miami', 'America/New_York'],
    ['philadelphia', 'America/New_York'],
    ['ottawa', 'America/Toronto'],
    ['montreal', 'America/Toronto'],
    ['dallas', 'America/Chicago'],
    ['houston', 'America/Chicago'],
    ['austin', 'America/Chicago'],
    ['san antonio', 'America/Chicago'],
    ['minneapolis', 'America/Chicago'],
    ['la', 'America/Los_Angeles'],
    ['san francisco', 'America/Los_Angeles'],
    ['sf', 'America/Los_Angeles'],
    ['seattle', 'America/Los_Angeles'],
    ['san diego', 'America/Los_Angeles'],
    ['silicon valley', 'America/Los_Angeles'],
    ['portland', 'America/Los_Angeles'],
    ['las vegas', 'America/Los_Angeles'],
    ['salt lake city', 'America/Denver'],
    ['calgary', 'America/Edmonton'],
    ['manchester', 'Europe/London'],
    ['edinburgh', 'Europe/London'],
    ['frankfurt', 'Europe/Berlin'],
    ['munich', 'Europe/Berlin'],
    ['hamburg', 'Europe/Berlin'],
    ['milan', 'Europe/Rome'],
    ['barcelona', 'Europe/Madrid'],
    ['geneva', 'Europe/Zurich'],
    ['tel aviv', 'Asia/Jerusalem'],
    ['kolkata', 'Asia/Kolkata'],
    ['calcutta', 'Asia/Kolkata'],
    ['kyiv', 'Europe/Kyiv'],
    ['mumbai', 'Asia/Kolkata'],
    ['bombay', 'Asia/Kolkata'],
    ['delhi', 'Asia/Kolkata'],
    ['new delhi', 'Asia/Kolkata'],
    ['bangalore', 'Asia/Kolkata'],
    ['bengaluru', 'Asia/Kolkata'],
    ['chennai', 'Asia/Kolkata'],
    ['hyderabad', 'Asia/Kolkata'],
    ['pune', 'Asia/Kolkata'],
    ['beijing', 'Asia/Shanghai'],
    ['shenzhen', 'Asia/Shanghai'],
    ['ho chi minh city', 'Asia/Ho_Chi_Minh'],
    ['saigon', 'Asia/Ho_Chi_Minh'],
    ['canberra', 'Australia/Sydney'],
  ])('%s → %s', (name, zone) => {
    expect(zoneOfName(name)).toBe(zone);
  });

  it.each([
    ['Denver', 'America/Denver'],
    ['New York', 'America/New_York'],
    ['new_york', null],
    ['Los   Angeles', 'America/Los_Angeles'],
    ['  Sydney ', 'Australia/Sydney'],
    ['St. Johns', 'America/St_Johns'],
    ['Salt.Lake.City', 'America/Denver'],
    ['Washington D.C.', null],
    ['PORT OF SPAIN', 'America/Port_of_Spain'],
  ])('a city of its own, written any way: %s → %s', (name, zone) => {
    expect(zoneOfName(name)).toBe(zone);
  });

  it.each([[''], ['   '], ['. .'], ['this'], ['lunch'], ['Etc'], ['GMT+5'], ['America/Denver']])('names no zone: %j', (name) => {
    expect(zoneOfName(name)).toBeNull();
  });
});
