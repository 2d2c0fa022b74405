// What the popup's row buttons compute before they call the ledger. Pure.
import type { I18nKey } from '@/utils/i18n-keys';
import type { CommitmentRecord, ConversationRecord } from '@/utils/ledger/types';
import { tomorrowAt } from '@/utils/reminders/digest';
import type { Settings } from '@/utils/settings';
import { summarizeConversation } from '@/utils/summary/from-records';

export type SnoozeChoice = 'hour' | 'tomorrow';

/** The catalog keys of the snooze choices' labels (the row translates them). */
export const SNOOZE_LABEL: Record<SnoozeChoice, I18nKey> = { hour: 'popupSnoozeHour', tomorrow: 'popupSnoozeTomorrow' };

/** No reminder before: an hour from now, or the start of tomorrow's workday in the agent's zone. */
export function snoozeUntil(choice: SnoozeChoice, now: number, settings: Pick<Settings, 'timeZone' | 'workday'>): number {
  return choice === 'hour' ? now + 3_600_000 : tomorrowAt(now, settings.workday.start, settings.timeZone);
}

/** One conversation's open commitments as the plain-text summary the panel would insert; null when none. */
export function conversationSummary(
  records: readonly CommitmentRecord[],
  conversation: ConversationRecord,
  settings: Pick<Settings, 'timeZone' | 'agentName' | 'summaryTemplates'> & Partial<Pick<Settings, 'agentVoice' | 'signature' | 'workday'>>,
  now: number,
): string | null {
  return summarizeConversation(records, conversation, settings, now)?.text ?? null;
}
