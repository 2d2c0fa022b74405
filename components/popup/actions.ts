// What the popup's row buttons compute before they call the ledger. Pure.
import type { CommitmentRecord, ConversationRecord } from '@/utils/ledger/types';
import { tomorrowAt } from '@/utils/reminders/digest';
import type { Settings } from '@/utils/settings';
import { summarizeConversation } from '@/utils/summary/from-records';

export type SnoozeChoice = 'hour' | 'tomorrow';

export const SNOOZE_LABEL: Record<SnoozeChoice, string> = { hour: '1 hour', tomorrow: 'Tomorrow' };

/** No reminder before: an hour from now, or the start of tomorrow's workday in the agent's zone. */
export function snoozeUntil(choice: SnoozeChoice, now: number, settings: Pick<Settings, 'timeZone' | 'workday'>): number {
  return choice === 'hour' ? now + 3_600_000 : tomorrowAt(now, settings.workday.start, settings.timeZone);
}

/** One conversation's open commitments as the plain-text summary the panel would insert; null when none. */
export function conversationSummary(
  records: readonly CommitmentRecord[],
  conversation: ConversationRecord,
  settings: Pick<Settings, 'timeZone' | 'agentName' | 'summaryTemplates'>,
  now: number,
): string | null {
  return summarizeConversation(records, conversation, settings, now)?.text ?? null;
}
