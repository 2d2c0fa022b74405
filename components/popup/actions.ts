// What the popup's rows compute before they call the ledger or show a record. Pure (words through i18n).
import { t } from '@/utils/i18n';
import { addDays, localDate, tomorrowAt, wallTime, weekday } from '@/utils/reminders/digest';
import type { Settings } from '@/utils/settings';
import type { SnoozeChoice } from './row-text';

const HOUR_MS = 3_600_000;

/**
 * No reminder (and no badge count) before: later today = the end of today's workday, or three hours
 * from now when that is less than an hour away (evening work); tomorrow morning = the start of
 * tomorrow's workday; next week = the start of the first working day of next week; a date = the start
 * of the workday on that date ('YYYY-MM-DD'), in the agent's zone.
 */
export function snoozeUntil(choice: SnoozeChoice, now: number, settings: Pick<Settings, 'timeZone' | 'workday'>, date?: string): number {
  const { timeZone, workday } = settings;
  if (choice === 'later-today') {
    const end = wallTime(localDate(now, timeZone), workday.end, timeZone);
    return end - now >= HOUR_MS ? end : now + 3 * HOUR_MS;
  }
  if (choice === 'tomorrow') return tomorrowAt(now, workday.start, timeZone);
  if (choice === 'next-week') {
    const today = localDate(now, timeZone);
    // Monday of next week, then the first working day from there.
    let day = addDays(today, (8 - weekday(today)) % 7 || 7);
    for (let i = 0; i < 7 && workday.days.length > 0 && !workday.days.includes(weekday(day)); i++) day = addDays(day, 1);
    return wallTime(day, workday.start, timeZone);
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  if (!match) throw new Error(t('popupSnoozeDateMissing'));
  const until = wallTime({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }, workday.start, timeZone);
  if (!(until > now)) throw new Error(t('popupSnoozeDatePast'));
  return until;
}
