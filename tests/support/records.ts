// Ledger records for unit tests: complete, valid records with one field changed at a time. The
// defaults are an open, undated promise of the agent's, made at epoch 0.
import type { CommitmentRecord, ConversationRecord } from '../../utils/ledger/types';

export function commitmentRecord(id: string, over: Partial<CommitmentRecord> = {}): CommitmentRecord {
  return {
    id,
    conversationId: 'demo-helpdesk|https://x.test|1',
    text: id,
    party: 'agent',
    partyName: null,
    action: id,
    due: null,
    vague: true,
    conditions: [],
    reason: null,
    status: 'open',
    dueAt: null,
    createdAt: 0,
    updatedAt: 0,
    doneAt: null,
    cancelReason: null,
    dependsOn: [],
    reminder: { leadMinutes: [60, 0], snoozedUntil: null },
    source: 'typed',
    deletedAt: null,
    ...over,
  };
}

export function conversationRecord(over: Partial<ConversationRecord> = {}): ConversationRecord {
  return {
    id: 'demo-helpdesk|https://x.test|1',
    host: 'demo-helpdesk',
    site: 'https://x.test',
    key: '1',
    url: 'https://x.test/1',
    subject: 'Rates',
    createdAt: 0,
    updatedAt: 0,
    ...over,
  };
}
