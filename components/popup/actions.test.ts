import { describe, expect, it } from 'vitest';
import type { CommitmentRecord } from '@/utils/ledger/types';
import { commitmentRecord, conversationRecord } from '@/tests/support/records';
import { defaultSettings } from '@/utils/settings';
import { conversationSummary, snoozeUntil } from './actions';

const NOW = Date.parse('2026-11-24T15:00:00Z');
const settings = { ...defaultSettings(), timeZone: 'America/Chicago', agentName: 'Dana Reyes' };

const record = (id: string, extra: Partial<CommitmentRecord> = {}) => commitmentRecord(id, { conversationId: 'demo:1', reminder: { leadMinutes: [60], snoozedUntil: null }, ...extra });
const conversation = conversationRecord({ id: 'demo:1', host: 'demo', customerName: 'Priya' });

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
  });
  it('is null with nothing open', () => {
    expect(conversationSummary([record('x', { status: 'done' })], conversation, settings, NOW)).toBeNull();
  });
});
