// Which reminders have fired, kept in `local:` storage: it survives service-worker and browser
// restarts (storage.session would not survive the latter), so a restart neither repeats nor skips one.
import { digestDayItem, firedRemindersItem as firedItem } from '../storage-items';

/** Reminder key (see schedule.ts) → when it fired (epoch ms). */
type FiredMap = Record<string, number>;

/** Entries older than this can no longer match a reminder the planner looks at. */
const FIRED_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

export async function readFired(): Promise<Set<string>> {
  return new Set(Object.keys(await firedItem.getValue()));
}

/** Records keys as fired at `now`, dropping entries past retention so the map stays small; answers the keys kept. */
export async function markFired(keys: readonly string[], now: number): Promise<Set<string>> {
  if (keys.length === 0) return readFired();
  const current = await firedItem.getValue();
  const next: FiredMap = {};
  for (const [k, at] of Object.entries(current)) if (now - at < FIRED_RETENTION_MS) next[k] = at;
  for (const k of keys) next[k] = now;
  await firedItem.setValue(next);
  return new Set(Object.keys(next));
}

export const readDigestDay = (): Promise<string | null> => digestDayItem.getValue();
export const writeDigestDay = (day: string): Promise<void> => digestDayItem.setValue(day);
