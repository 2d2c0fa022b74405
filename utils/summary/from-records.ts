// Ledger records → summary items: the open commitments of one conversation, with the commitments
// they wait for resolved to words.
import type { Party } from '../commitments/types';
import type { CommitmentRecord, ConversationInfo, ConversationRef } from '../ledger/types';
import { conversationIdOf } from '../ledger/conversation-id';
import { formatSummary } from './index';
import type { SummaryDependency, SummaryItem, SummaryOptions, SummaryResult, SummaryTemplates } from './types';

/** A conversation given as its ledger id (conversationIdOf), a ref/info, or a record with `id`. */
export type ConversationSelector = string | ConversationRef | { id: string };

function conversationId(c: ConversationSelector): string {
  if (typeof c === 'string') return c;
  if ('id' in c && typeof c.id === 'string') return c.id;
  return conversationIdOf(c as ConversationRef & { url?: string });
}

function isOpen(r: CommitmentRecord | undefined): r is CommitmentRecord {
  return r != null && r.status === 'open' && r.deletedAt == null;
}

/**
 * The open, not deleted commitments (of `conversation`, when given) as summary items, in the
 * records' order (formatSummary puts them in timeline order). `dependsOn` ids become the
 * commitments they name, when those are still open; done, cancelled, deleted or unknown ones are
 * dropped. A record whose party is not known is put on the agent's side: notes typed in the panel
 * without a subject are the agent's own to-dos.
 */
export function summaryItemsFromRecords(records: readonly CommitmentRecord[], conversation?: ConversationSelector): SummaryItem[] {
  const list = Array.isArray(records) ? records : [];
  const byId = new Map<string, CommitmentRecord>();
  for (const r of list) if (r && typeof r.id === 'string') byId.set(r.id, r);
  const wanted = conversation == null ? null : conversationId(conversation);

  const items: SummaryItem[] = [];
  for (const r of list) {
    if (!isOpen(r)) continue;
    if (wanted != null && r.conversationId !== wanted) continue;
    const dependsOn: SummaryDependency[] = [];
    for (const id of Array.isArray(r.dependsOn) ? r.dependsOn : []) {
      const dep = byId.get(id);
      if (id === r.id || !isOpen(dep)) continue;
      dependsOn.push({ party: partyOf(dep), partyName: dep.partyName ?? null, action: dep.action || dep.text });
    }
    const item: SummaryItem = {
      id: r.id,
      party: partyOf(r),
      partyName: r.partyName ?? null,
      action: r.action || r.text,
      due: r.due ?? null,
      vague: Boolean(r.vague) || r.due == null,
      conditions: Array.isArray(r.conditions) ? [...r.conditions] : [],
      reason: r.reason ?? null,
    };
    if (dependsOn.length > 0) item.dependsOn = dependsOn;
    if (r.writtenBy) item.writtenBy = r.writtenBy;
    items.push(item);
  }
  return items;
}

function partyOf(r: CommitmentRecord): Party {
  return r.party === 'customer' || r.party === 'third-party' ? r.party : 'agent';
}

/** The parts of SummaryOptions a conversation knows: the customer's name and zone. */
export function summaryOptionsFromConversation(
  conversation: Pick<ConversationInfo, 'customerName' | 'customerTimeZone'> | null | undefined,
): Pick<SummaryOptions, 'customerName' | 'customerTimeZone'> {
  const out: Pick<SummaryOptions, 'customerName' | 'customerTimeZone'> = {};
  if (conversation?.customerName) out.customerName = conversation.customerName;
  if (conversation?.customerTimeZone) out.customerTimeZone = conversation.customerTimeZone;
  return out;
}

/** What the summary needs from the agent's settings. */
export interface SummarySettings {
  timeZone: string;
  agentName?: string;
  summaryTemplates?: SummaryOptions['templates'] | SummaryTemplates;
}

/**
 * One conversation's open commitments as the summary the panel inserts and the popup copies;
 * null when nothing is open.
 */
export function summarizeConversation(
  records: readonly CommitmentRecord[],
  conversation: (ConversationRef | { id: string }) & Pick<ConversationInfo, 'customerName' | 'customerTimeZone'>,
  settings: SummarySettings,
  now: number,
): SummaryResult | null {
  const items = summaryItemsFromRecords(records, conversation);
  if (items.length === 0) return null;
  return formatSummary(items, {
    timeZone: settings.timeZone,
    ...(settings.agentName ? { agentName: settings.agentName } : {}),
    ...summaryOptionsFromConversation(conversation),
    ...(settings.summaryTemplates ? { templates: settings.summaryTemplates } : {}),
    now: new Date(now),
  });
}
