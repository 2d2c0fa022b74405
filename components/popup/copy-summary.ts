// "Copy summary" in the popup: one conversation's summary as the panel would insert it. A module of
// its own, loaded when the agent asks for it: the summary's deadline wording pulls in the date parser
// (chrono-node), which the popup's first paint does not need (README: Evaluation and benchmarks).
import type { CommitmentRecord, ConversationRecord } from '@/utils/ledger/types';
import type { Settings } from '@/utils/settings';
import { summarizeConversation } from '@/utils/summary/from-records';

/** One conversation's open commitments as the plain-text summary the panel would insert; null when none. */
export function conversationSummary(
  records: readonly CommitmentRecord[],
  conversation: ConversationRecord,
  settings: Pick<Settings, 'timeZone' | 'agentName' | 'summaryTemplates'> & Partial<Pick<Settings, 'agentVoice' | 'signature' | 'workday'>>,
  now: number,
): string | null {
  return summarizeConversation(records, conversation, settings, now)?.text ?? null;
}
