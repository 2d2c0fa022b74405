// Ledger records → summary items: the open commitments of one conversation, with the commitments
// they wait for resolved to words.
import { asksToCallBack } from '../commitments/coaching';
import { effectiveDeadlines } from '../commitments/dependency-due';
import type { Party, Workday } from '../commitments/types';
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

/** What the agent decided in the panel's question before inserting. */
export interface SummaryChoices {
  /** Ids of items the agent kept without a usable date: written with "(date to be confirmed)". */
  keep?: ReadonlySet<string> | readonly string[];
  /** The agent's zone and workday, for deadlines that count from what they wait for. */
  timeZone?: string;
  workday?: Workday;
}

/**
 * The open, not deleted commitments (of `conversation`, when given) as summary items, in the
 * records' order (formatSummary puts them in timeline order). `dependsOn` ids become the
 * commitments they name, with their dates, when those are still open; done, cancelled, deleted or
 * unknown ones are dropped. A record whose party is not known is put on the agent's side: notes
 * typed in the panel without a subject are the agent's own to-dos.
 */
export function summaryItemsFromRecords(
  records: readonly CommitmentRecord[],
  conversation?: ConversationSelector,
  choices: SummaryChoices = {},
): SummaryItem[] {
  const list = Array.isArray(records) ? records : [];
  const byId = new Map<string, CommitmentRecord>();
  for (const r of list) if (r && typeof r.id === 'string') byId.set(r.id, r);
  const wanted = conversation == null ? null : conversationId(conversation);
  const keep = new Set(choices.keep ?? []);
  // A dependency's own date may follow its own link (A waits for B, B counts from C).
  const timings = effectiveDeadlines(
    list.filter((r) => r && typeof r.id === 'string'),
    { timeZone: choices.timeZone ?? 'UTC', ...(choices.workday ? { workday: choices.workday } : {}) },
  );

  const items: SummaryItem[] = [];
  for (const r of list) {
    if (!isOpen(r)) continue;
    if (wanted != null && r.conversationId !== wanted) continue;
    const dependsOn: SummaryDependency[] = [];
    for (const id of Array.isArray(r.dependsOn) ? r.dependsOn : []) {
      const dep = byId.get(id);
      if (id === r.id || !isOpen(dep)) continue;
      const link: SummaryDependency = {
        party: partyOf(dep),
        partyName: dep.partyName ?? null,
        action: dep.action || dep.text,
        due: timings.get(dep.id)?.due ?? dep.due ?? null,
      };
      if (dep.writtenBy) link.writtenBy = dep.writtenBy;
      dependsOn.push(link);
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
    if (typeof r.text === 'string' && r.text) item.text = r.text;
    // The ledger keeps no coaching: read the agent's words again for a request to call back.
    if (item.party === 'agent' && !r.writtenBy && typeof r.text === 'string' && asksToCallBack(r.text)) item.warnings = ['call-back'];
    if (dependsOn.length > 0) item.dependsOn = dependsOn;
    if (r.writtenBy) item.writtenBy = r.writtenBy;
    if (keep.has(r.id)) item.keep = true;
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
  /** "I'll…", "We'll…" or "{agentName} will…". */
  agentVoice?: SummaryOptions['agentVoice'];
  signature?: string;
  workday?: Workday;
  summaryTemplates?: SummaryOptions['templates'] | SummaryTemplates;
}

/**
 * One conversation's open commitments as the summary the panel inserts and the popup copies;
 * null when nothing is open. `keep`: ids the agent chose to keep without a usable date.
 */
export function summarizeConversation(
  records: readonly CommitmentRecord[],
  conversation: (ConversationRef | { id: string }) & Pick<ConversationInfo, 'customerName' | 'customerTimeZone'>,
  settings: SummarySettings,
  now: number,
  keep: ReadonlySet<string> | readonly string[] = [],
): SummaryResult | null {
  const items = summaryItemsFromRecords(records, conversation, {
    keep,
    timeZone: settings.timeZone,
    ...(settings.workday ? { workday: settings.workday } : {}),
  });
  if (items.length === 0) return null;
  return formatSummary(items, {
    timeZone: settings.timeZone,
    ...(settings.agentName ? { agentName: settings.agentName } : {}),
    ...(settings.agentVoice ? { agentVoice: settings.agentVoice } : {}),
    ...(settings.signature ? { signature: settings.signature } : {}),
    ...(settings.workday ? { workday: settings.workday } : {}),
    ...summaryOptionsFromConversation(conversation),
    ...(settings.summaryTemplates ? { templates: settings.summaryTemplates } : {}),
    now: new Date(now),
  });
}
