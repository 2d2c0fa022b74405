import { describe, expect, it } from 'vitest';
import type { CommitmentRecord, ConversationRecord } from '@/utils/ledger/types';
import { defaultSettings } from '@/utils/settings';
import { conversationSummary, snoozeUntil } from './actions';

const NOW = Date.parse('2026-11-24T15:00:00Z');
const settings = { ...defaultSettings(), timeZone: 'America/Chicago', agentName: 'Dana Reyes' };

function record(id: string, extra: Partial<CommitmentRecord> = {}): CommitmentRecord {
  return {
    id, conversationId: 'demo:1', partyName: null, status: 'open', dueAt: null, createdAt: 0, updatedAt: 0, doneAt: null,
    cancelReason: null, dependsOn: [], reminder: { leadMinutes: [60], snoozedUntil: null }, source: 'typed', deletedAt: null,
    text: id, party: 'agent', action: id, due: null, vague: true, conditions: [], reason: null, ...extra,
  };
}
const conversation: ConversationRecord = { id: 'demo:1', host: 'demo', site: 'https://x.test', key: '1', url: 'https://x.test/1', subject: 'Rates', customerName: 'Priya', createdAt: 0, updatedAt: 0 };

describe('snoozeUntil', () => {
  it.each([
    ['hour', NOW + 3_600_000],
    ['tomorrow', Date.parse('2026-11-25T09:00:00-06:00')],
  ] as const)('%s', (choice, until) => {
    expect(snoozeUntil(choice, NOW, settings)).toBe(until);
  });
});

describe('conversationSummary', () => {
  it("summarizes the conversation's open commitments", () => {
    const text = conversationSummary(
      [
        record('send the revised rate card', { due: { at: '2026-11-27T17:00:00-06:00', text: 'by Friday', precision: 'day' }, dueAt: Date.parse('2026-11-27T17:00:00-06:00') }),
        // Dated: an item without a date is left out of a summary until the agent keeps it in the panel.
        record('send the volumes', { party: 'customer', due: { at: '2026-11-30T17:00:00-06:00', text: 'by Monday', precision: 'day' }, dueAt: Date.parse('2026-11-30T17:00:00-06:00') }),
        record('done one', { status: 'done' }),
        record('elsewhere', { conversationId: 'demo:2' }),
      ],
      conversation,
      settings,
      NOW,
    );
    expect(text).toContain('send the revised rate card');
    expect(text).toContain('send the volumes');
    expect(text).not.toContain('done one');
    expect(text).not.toContain('elsewhere');
    // "Copy as text": plain text, no markup of the HTML rendering (toContain alone matches both).
    expect(text).not.toMatch(/<\/?[a-z][^>]*>/i);
    expect(text).not.toMatch(/&(?:amp|lt|gt|quot|#\d+);/);
    expect(text!.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(2);
  });
  it('is null with nothing open', () => {
    expect(conversationSummary([record('x', { status: 'done' })], conversation, settings, NOW)).toBeNull();
  });
});
