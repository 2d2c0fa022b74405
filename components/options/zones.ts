// The time-zone picker's list: every zone the browser knows, named by its city, searchable by city,
// region, zone id, long name ("Central European Standard Time") and UTC offset. Pure (Intl only).

export interface ZoneChoice {
  /** The IANA id stored in the settings ('America/Chicago'). */
  id: string;
  /** "Chicago (America) · UTC−06:00 · Central Standard Time". */
  label: string;
  /** Lower-cased words the search looks in. */
  haystack: string;
}

/**
 * Chromium's and Node's ICU list some zones under their old ids (Asia/Calcutta, not Asia/Kolkata):
 * the city is named as people write it today, and both names are searched.
 */
const CURRENT_CITY: Record<string, string> = {
  'Asia/Calcutta': 'Kolkata',
  'Asia/Saigon': 'Ho Chi Minh',
  'Asia/Katmandu': 'Kathmandu',
  'Asia/Rangoon': 'Yangon',
  'Europe/Kiev': 'Kyiv',
  'Atlantic/Faeroe': 'Faroe',
  'America/Godthab': 'Nuuk',
  'Pacific/Truk': 'Chuuk',
  'Pacific/Ponape': 'Pohnpei',
  'Pacific/Enderbury': 'Kanton',
};

/** 'America/Argentina/Buenos_Aires' → 'Buenos Aires'; 'Asia/Calcutta' → 'Kolkata'; 'UTC' → 'UTC'. */
export function cityOf(zone: string): string {
  return CURRENT_CITY[zone] ?? (zone.split('/').at(-1) ?? zone).replace(/_/g, ' ');
}

function zoneName(zone: string, style: 'long' | 'longOffset', at: Date): string {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: style }).formatToParts(at);
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

export function zoneChoice(zone: string, at: Date): ZoneChoice {
  const parts = zone.split('/');
  const region = parts.length > 1 ? parts.slice(0, -1).join('/').replace(/_/g, ' ') : '';
  const offset = zoneName(zone, 'longOffset', at).replace('GMT', 'UTC').replace('-', '−') || 'UTC';
  const long = zoneName(zone, 'long', at);
  const city = cityOf(zone);
  const label = [region ? `${city} (${region})` : city, offset === 'UTC' ? 'UTC+00:00' : offset, long].filter(Boolean).join(' · ');
  return { id: zone, label, haystack: `${zone} ${city} ${region} ${offset} ${offset.replace('−', '-')} ${long}`.toLowerCase() };
}

/**
 * Every zone, the browser's own first (then the one chosen, when another), the rest by id. The
 * chosen zone is kept even when the browser's list leaves it out ('UTC' on some builds).
 */
export function zoneChoices(
  browserZone: string,
  current: string,
  at: Date = new Date(),
  supported: () => string[] = () => Intl.supportedValuesOf('timeZone'),
): ZoneChoice[] {
  let zones: string[];
  try {
    zones = supported();
  } catch {
    zones = [];
  }
  const first = [...new Set([browserZone, current])];
  return [...first, ...[...zones].sort().filter((z) => !first.includes(z))].map((z) => zoneChoice(z, at));
}

/** The zones whose words hold every word of the query ("new york", "berlin", "utc+05:30", "pacific"). */
export function searchZones(choices: readonly ZoneChoice[], query: string): ZoneChoice[] {
  const words = query.toLowerCase().replace(/_/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...choices];
  return choices.filter((c) => words.every((w) => c.haystack.includes(w)));
}
