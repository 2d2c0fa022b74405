// What the popup's rows compute before they call the ledger or show a record. Pure (words through i18n).
import type { I18nKey } from '@/utils/i18n-keys';
import type { CommitmentRecord, ConversationRecord } from '@/utils/ledger/types';
import { t } from '@/utils/i18n';
import { addDays, localDate, tomorrowAt, wallTime, weekday } from '@/utils/reminders/digest';
import type { Settings } from '@/utils/settings';

export type SnoozeChoice = 'later-today' | 'tomorrow' | 'next-week' | 'date';

/** The catalog keys of the snooze choices' labels (the row translates them). */
export const SNOOZE_LABEL: Record<SnoozeChoice, I18nKey> = {
  'later-today': 'popupSnoozeLaterToday',
  tomorrow: 'popupSnoozeTomorrow',
  'next-week': 'popupSnoozeNextWeek',
  date: 'popupSnoozeDate',
};

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

/**
 * The words of a commitment with its current deadline: the words as written while they still hold
 * the deadline's words; after a reschedule, what to do and the new deadline's words (never the old
 * "by Friday EOD").
 */
export function currentWords(c: Pick<CommitmentRecord, 'text' | 'action' | 'due'>): string {
  if (!c.due?.text || c.text.toLowerCase().includes(c.due.text.toLowerCase())) return c.text;
  const when = c.due.text.trim();
  const action = c.action.trim() || c.text;
  return /^(by|before|within|in|on|at|until|no later than|end of)\b/i.test(when) ? `${action} ${when}` : `${action} by ${when}`;
}

/** "acme.zendesk.com": the site a conversation lives on, as the agent knows it. */
export function siteName(conversation: Pick<ConversationRecord, 'site' | 'url'>): string {
  for (const candidate of [conversation.site, conversation.url]) {
    try {
      return new URL(candidate).hostname;
    } catch {
      // not a URL (an older record): try the next
    }
  }
  return '';
}
