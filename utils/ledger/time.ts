// Calendar-day bounds in an IANA zone, with Intl only (no date library in the background).

export const DAY_MS = 24 * 60 * 60 * 1000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(t: number, timeZone: string): Wall {
  const out: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(t)) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return {
    year: out.year ?? 1970,
    month: out.month ?? 1,
    day: out.day ?? 1,
    hour: out.hour ?? 0,
    minute: out.minute ?? 0,
    second: out.second ?? 0,
  };
}

/** The zone's offset from UTC at instant t, in ms (positive east of Greenwich). */
export function zoneOffsetMs(t: number, timeZone: string): number {
  const w = wallClock(t, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - (t - (((t % 1000) + 1000) % 1000));
}

/** The instant of local midnight starting the given calendar day in the zone. */
function localMidnight(year: number, month: number, day: number, timeZone: string): number {
  const naive = Date.UTC(year, month - 1, day);
  let t = naive - zoneOffsetMs(naive, timeZone);
  t = naive - zoneOffsetMs(t, timeZone);
  return t;
}

/** [start, end) of the calendar day containing `now` in `timeZone`. */
export function dayBounds(now: number, timeZone: string): { start: number; end: number } {
  const w = wallClock(now, timeZone);
  return {
    start: localMidnight(w.year, w.month, w.day, timeZone),
    end: localMidnight(w.year, w.month, w.day + 1, timeZone),
  };
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}
