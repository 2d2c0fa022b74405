// Time-zone arithmetic on top of Intl.DateTimeFormat, so no tz database ships with the extension:
// the browser already carries one. Wall-clock values ({y,m,d,h,mi}) are what people say; instants
// are what the ledger stores. Converting between them must go through the zone's offset *at that
// moment*, never the offset "now", or a deadline across a DST change moves by an hour.

/** A civil date-time as read on a wall clock in some zone. Month is 1–12. */
export interface Wall {
  y: number;
  m: number;
  d: number;
  h: number;
  mi: number;
  /** Seconds, when the words gave them ("15:23:24"). */
  s?: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/**
 * True when the runtime knows this IANA zone. The one check for every layer: settings, pages,
 * import files and callers may hold anything.
 */
export function isValidTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone.trim() === '') return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** Offsets only change at DST transitions, which fall on quarter hours: cache per 15 minutes. */
const QUARTER = 15 * 60000;
// zone → (quarter-hour number → offset). Nested maps, so a lookup builds no string key.
const offsetCache = new Map<string, Map<number, number>>();
let offsetCacheSize = 0;

function offsetFromIntl(instant: Date, zone: string): number {
  const parts = formatterFor(zone).formatToParts(instant);
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  const truncated = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - truncated) / 60000);
}

/** Minutes east of UTC that `zone` uses at `instant` (e.g. -300 for New York in winter). */
export function offsetAt(instant: Date, zone: string): number {
  return offsetAtMs(instant.getTime(), zone);
}

/** offsetAt for an instant given as milliseconds since the epoch. */
function offsetAtMs(ms: number, zone: string): number {
  // Outside the Date range, as `new Date(ms)` would be: an invalid time, which Intl rejects.
  const bucket = Math.abs(ms) <= 8.64e15 ? Math.floor(ms / QUARTER) : NaN;
  let byQuarter = offsetCache.get(zone);
  let off = byQuarter?.get(bucket);
  if (off === undefined) {
    // Intl is the slow part of every parse (~10 µs a call); formatting the quarter's start is
    // enough because no zone changes offset inside a quarter hour.
    off = offsetFromIntl(new Date(bucket * QUARTER), zone);
    if (offsetCacheSize > 5000) {
      offsetCache.clear();
      offsetCacheSize = 0;
      byQuarter = undefined;
    }
    if (!byQuarter) {
      byQuarter = new Map();
      offsetCache.set(zone, byQuarter);
    }
    byQuarter.set(bucket, off);
    offsetCacheSize++;
  }
  return off;
}

const DAY = 86400000;

/** The civil date of a day count since 1970-01-01 (proleptic Gregorian), by plain arithmetic. */
function civilFromDays(days: number): { y: number; m: number; d: number } {
  // Count from 0000-03-01 in 400-year eras, so leap days fall at the end of each year.
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** The wall clock reading `ms` milliseconds after the epoch, read as UTC (what getUTC* give). */
function wallOfUtcMs(ms: number): Wall & { s: number } {
  const days = Math.floor(ms / DAY);
  const inDay = ms - days * DAY;
  const { y, m, d } = civilFromDays(days);
  return { y, m, d, h: Math.floor(inDay / 3600000), mi: Math.floor(inDay / 60000) % 60, s: Math.floor(inDay / 1000) % 60 };
}

/** The wall clock in `zone` at `instant`. */
export function wallAt(instant: Date, zone: string): Wall & { s: number } {
  const ms = instant.getTime();
  return wallOfUtcMs(ms + offsetAtMs(ms, zone) * 60000);
}

/**
 * The instant at which the wall clock in `zone` shows `wall`. Two passes settle the offset on
 * the target side of a DST change. A wall time that does not exist (the skipped spring hour) moves
 * forward by the gap, which is what a person means by "2:30" on that night.
 */
export function wallToInstant(wall: Wall, zone: string): Date {
  const guess = Date.UTC(wall.y, wall.m - 1, wall.d, wall.h, wall.mi, wall.s ?? 0);
  const first = offsetAtMs(guess, zone);
  const second = offsetAtMs(guess - first * 60000, zone);
  const instant = guess - second * 60000;
  if (offsetAtMs(instant, zone) === second) return new Date(instant);
  // In the gap neither offset gives back this wall time. A gap only opens where the offset grows,
  // so the smaller one is the offset before it: read on that clock, the time lands after the gap.
  return new Date(guess - Math.min(first, second) * 60000);
}

function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0');
}

/** ISO 8601 with the zone's own offset at that instant: `2026-11-27T17:00:00-05:00`. */
export function formatIso(instant: Date, zone: string): string {
  const ms = instant.getTime();
  const off = offsetAtMs(ms, zone);
  const w = wallOfUtcMs(ms + off * 60000);
  const sign = off < 0 ? '-' : '+';
  return `${pad(w.y, 4)}-${pad(w.m)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}${sign}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
}

/**
 * Abbreviations people type after a time. Region and standard-time names map to a real zone
 * rather than a fixed offset, so "5pm ET" in July is EDT and in December EST: agents write "ET"
 * (and "EST") all year and mean the clock in New York. A summer-time name (EDT, BST, CEST …) is
 * that offset by definition, so it maps to a fixed-offset zone (Etc/GMT signs are inverted by
 * POSIX rule: Etc/GMT-1 is UTC+1): "9am BST" is 08:00 UTC in February too.
 * Ambiguous ones (IST, CST) take the reading most common in English support work.
 */
export const ZONE_ABBREVIATIONS: Record<string, string> = {
  PT: 'America/Los_Angeles',
  PST: 'America/Los_Angeles',
  PDT: 'Etc/GMT+7',
  PACIFIC: 'America/Los_Angeles',
  MT: 'America/Denver',
  MST: 'America/Denver',
  MDT: 'Etc/GMT+6',
  MOUNTAIN: 'America/Denver',
  CT: 'America/Chicago',
  CST: 'America/Chicago',
  CDT: 'Etc/GMT+5',
  CENTRAL: 'America/Chicago',
  ET: 'America/New_York',
  EST: 'America/New_York',
  EDT: 'Etc/GMT+4',
  EASTERN: 'America/New_York',
  AKST: 'America/Anchorage',
  AKDT: 'Etc/GMT+8',
  HST: 'Pacific/Honolulu',
  GMT: 'UTC',
  UTC: 'UTC',
  Z: 'UTC',
  WET: 'Europe/Lisbon',
  BST: 'Etc/GMT-1',
  UK: 'Europe/London',
  CET: 'Europe/Paris',
  CEST: 'Etc/GMT-2',
  EET: 'Europe/Athens',
  EEST: 'Etc/GMT-3',
  IST: 'Asia/Kolkata',
  SGT: 'Asia/Singapore',
  JST: 'Asia/Tokyo',
  KST: 'Asia/Seoul',
  HKT: 'Asia/Hong_Kong',
  AEST: 'Australia/Sydney',
  AEDT: 'Etc/GMT-11',
  ACST: 'Australia/Adelaide',
  AWST: 'Australia/Perth',
  NZST: 'Pacific/Auckland',
  NZDT: 'Etc/GMT-13',
};

/** Civil-date helpers on plain numbers, using UTC so the host's own zone never leaks in. */
export function addDays(y: number, m: number, d: number, n: number): { y: number; m: number; d: number } {
  // Date.UTC normalises overflowing days and months; the result is a whole number of days.
  return civilFromDays(Math.floor(Date.UTC(y, m - 1, d + n) / DAY));
}

/**
 * `n` months on (back when negative), keeping the day of the month, or that month's last day when it
 * has fewer ("a month from January 31" is February 28 or 29).
 */
export function addMonths(y: number, m: number, d: number, n: number): { y: number; m: number; d: number } {
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { y: year, m: month, d: Math.min(d, daysInMonth(year, month)) };
}

export function weekdayOf(y: number, m: number, d: number): number {
  // 1970-01-01 was a Thursday (4).
  const days = Math.floor(Date.UTC(y, m - 1, d) / DAY);
  return (((days + 4) % 7) + 7) % 7;
}

export function daysInMonth(y: number, m: number): number {
  return civilFromDays(Math.floor(Date.UTC(y, m, 0) / DAY)).d;
}

/**
 * Abbreviations that stand for more than one zone. The first is the reading most common in
 * English support work; resolveZoneAbbreviation prefers the one the customer or the agent lives in.
 */
export const AMBIGUOUS_ZONE_ABBREVIATIONS: Record<string, readonly string[]> = {
  IST: ['Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem'],
  CST: ['America/Chicago', 'Asia/Shanghai'],
  BST: ['Etc/GMT-1', 'Asia/Dhaka'],
  AST: ['America/Halifax', 'Asia/Riyadh'],
};

/**
 * An ambiguous abbreviation read in the parties' zones: the candidate in the customer's region and
 * on the customer's clock at that moment, else the agent's, else the usual reading.
 */
export function resolveZoneAbbreviation(abbr: string, at: Date, customerZone: string | undefined, agentZone: string): string {
  const candidates = AMBIGUOUS_ZONE_ABBREVIATIONS[abbr];
  if (!candidates) return ZONE_ABBREVIATIONS[abbr] ?? agentZone;
  for (const party of [customerZone, agentZone]) {
    if (!isValidTimeZone(party)) continue;
    const own = offsetAt(at, party);
    const region = party.slice(0, party.indexOf('/') + 1);
    // Same region and same clock: a Shanghai customer's CST is China's, a Chicago agent's the US one.
    const same = candidates.find((c) => c === party || (region !== '' && c.startsWith(region) && offsetAt(at, c) === own));
    if (same) return same;
  }
  return candidates[0]!;
}

/**
 * The names people give zones that are not a city's own IANA name: regions, countries, and
 * cities that share another city's zone. Cities with an IANA zone of their own ("Denver",
 * "Sydney", "London") come from Intl itself (zoneOfName), so this table stays short.
 */
const ZONE_NAMES: Record<string, string> = {
  pacific: 'America/Los_Angeles',
  mountain: 'America/Denver',
  central: 'America/Chicago',
  eastern: 'America/New_York',
  atlantic: 'America/Halifax',
  alaska: 'America/Anchorage',
  alaskan: 'America/Anchorage',
  hawaii: 'Pacific/Honolulu',
  hawaiian: 'Pacific/Honolulu',
  'central european': 'Europe/Paris',
  'eastern european': 'Europe/Athens',
  'western european': 'Europe/Lisbon',
  uk: 'Europe/London',
  british: 'Europe/London',
  irish: 'Europe/Dublin',
  greenwich: 'UTC',
  universal: 'UTC',
  india: 'Asia/Kolkata',
  indian: 'Asia/Kolkata',
  'india standard': 'Asia/Kolkata',
  'indian standard': 'Asia/Kolkata',
  japan: 'Asia/Tokyo',
  japanese: 'Asia/Tokyo',
  korea: 'Asia/Seoul',
  korean: 'Asia/Seoul',
  china: 'Asia/Shanghai',
  chinese: 'Asia/Shanghai',
  'australian eastern': 'Australia/Sydney',
  'australian central': 'Australia/Adelaide',
  'australian western': 'Australia/Perth',
  'new zealand': 'Pacific/Auckland',
  nz: 'Pacific/Auckland',
  // Cities inside another city's zone.
  nyc: 'America/New_York',
  boston: 'America/New_York',
  washington: 'America/New_York',
  'washington dc': 'America/New_York',
  dc: 'America/New_York',
  atlanta: 'America/New_York',
  miami: 'America/New_York',
  philadelphia: 'America/New_York',
  ottawa: 'America/Toronto',
  montreal: 'America/Toronto',
  dallas: 'America/Chicago',
  houston: 'America/Chicago',
  austin: 'America/Chicago',
  'san antonio': 'America/Chicago',
  minneapolis: 'America/Chicago',
  la: 'America/Los_Angeles',
  'san francisco': 'America/Los_Angeles',
  sf: 'America/Los_Angeles',
  seattle: 'America/Los_Angeles',
  'san diego': 'America/Los_Angeles',
  'silicon valley': 'America/Los_Angeles',
  portland: 'America/Los_Angeles',
  'las vegas': 'America/Los_Angeles',
  'salt lake city': 'America/Denver',
  calgary: 'America/Edmonton',
  manchester: 'Europe/London',
  edinburgh: 'Europe/London',
  frankfurt: 'Europe/Berlin',
  munich: 'Europe/Berlin',
  hamburg: 'Europe/Berlin',
  milan: 'Europe/Rome',
  barcelona: 'Europe/Madrid',
  geneva: 'Europe/Zurich',
  'tel aviv': 'Asia/Jerusalem',
  kolkata: 'Asia/Kolkata',
  calcutta: 'Asia/Kolkata',
  kyiv: 'Europe/Kyiv',
  mumbai: 'Asia/Kolkata',
  bombay: 'Asia/Kolkata',
  delhi: 'Asia/Kolkata',
  'new delhi': 'Asia/Kolkata',
  bangalore: 'Asia/Kolkata',
  bengaluru: 'Asia/Kolkata',
  chennai: 'Asia/Kolkata',
  hyderabad: 'Asia/Kolkata',
  pune: 'Asia/Kolkata',
  beijing: 'Asia/Shanghai',
  shenzhen: 'Asia/Shanghai',
  'ho chi minh city': 'Asia/Ho_Chi_Minh',
  saigon: 'Asia/Ho_Chi_Minh',
  canberra: 'Australia/Sydney',
};

let cityZones: Map<string, string> | null = null;

/** City part of every IANA zone the runtime knows ("new york" → America/New_York). */
function intlCityZones(): Map<string, string> {
  if (!cityZones) {
    cityZones = new Map();
    const supported = (Intl as { supportedValuesOf?: (key: 'timeZone') => string[] }).supportedValuesOf?.('timeZone') ?? [];
    for (const zone of supported) {
      const city = zone
        .slice(zone.lastIndexOf('/') + 1)
        .replace(/_/g, ' ')
        .toLowerCase();
      // Etc/GMT+5 and the like are offsets, not names anyone says.
      if (zone.startsWith('Etc/') || /\d/.test(city)) continue;
      if (!cityZones.has(city)) cityZones.set(city, zone);
    }
  }
  return cityZones;
}

/** The IANA zone a person means by a place or region name ("Denver", "Central European"); null if none. */
export function zoneOfName(name: string): string | null {
  const key = name
    .toLowerCase()
    .replace(/[.\s]+/g, ' ')
    .trim();
  if (!key) return null;
  const zone = ZONE_NAMES[key] ?? intlCityZones().get(key) ?? null;
  return zone && isValidTimeZone(zone) ? zone : null;
}
