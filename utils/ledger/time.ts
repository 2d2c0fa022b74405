// Calendar-day bounds in an IANA zone for the ledger's queries. The zone arithmetic itself lives in
// one place, utils/commitments/deadlines/zones.ts (Intl only, no tz database shipped).
import { addDays, offsetAt, wallAt, wallToInstant } from '../commitments/deadlines/zones';

export { DAY_MS } from '../durations';
export { isValidTimeZone } from '../commitments/deadlines/zones';

/** The zone's offset from UTC at instant t, in ms (positive east of Greenwich). */
export function zoneOffsetMs(t: number, timeZone: string): number {
  return offsetAt(new Date(t), timeZone) * 60_000;
}

/** [start, end) of the calendar day containing `now` in `timeZone`. */
export function dayBounds(now: number, timeZone: string): { start: number; end: number } {
  const today = wallAt(new Date(now), timeZone);
  const tomorrow = addDays(today.y, today.m, today.d, 1);
  return {
    start: wallToInstant({ y: today.y, m: today.m, d: today.d, h: 0, mi: 0 }, timeZone).getTime(),
    end: wallToInstant({ ...tomorrow, h: 0, mi: 0 }, timeZone).getTime(),
  };
}
