import { describe, expect, it } from 'vitest';
import type { CommitmentRecord } from '@/utils/ledger/types';
import { commitmentRecord, conversationRecord } from '@/tests/support/records';
import { defaultSettings } from '@/utils/settings';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { snoozeUntil } from './actions';
import { currentWords, siteName } from './row-text';
import { conversationSummary } from './copy-summary';

const NOW = Date.parse('2026-11-24T15:00:00Z'); // 09:00 in Chicago
const settings = { ...defaultSettings(), timeZone: 'America/Chicago', agentName: 'Dana Reyes' };

const record = (id: string, extra: Partial<CommitmentRecord> = {}) =>
  commitmentRecord(id, { conversationId: 'demo:1', reminder: { leadMinutes: [60], snoozedUntil: null }, ...extra });
const conversation = conversationRecord({ id: 'demo:1', host: 'demo', customerName: 'Priya' });

describe('snoozeUntil', () => {
  // NOW: Tuesday 24 November 2026, 09:00 in Chicago (workday 09:00–17:00, Monday–Friday).
  it.each([
    ['later-today', Date.parse('2026-11-24T17:00:00-06:00')],
    ['tomorrow', Date.parse('2026-11-25T09:00:00-06:00')],
    ['next-week', Date.parse('2026-11-30T09:00:00-06:00')],
  ] as const)('%s', (choice, until) => {
    expect(snoozeUntil(choice, NOW, settings)).toBe(until);
  });
  it('later today in the evening: three hours from now', () => {
    const evening = Date.parse('2026-11-24T16:30:00-06:00');
    expect(snoozeUntil('later-today', evening, settings)).toBe(evening + 3 * 3_600_000);
  });
  it('next week skips days off (a workday starting on Tuesday)', () => {
    expect(snoozeUntil('next-week', NOW, { ...settings, workday: { ...settings.workday, days: [2, 3, 4] } })).toBe(
      Date.parse('2026-12-01T09:00:00-06:00'),
    );
  });
  it('a date: the start of that workday; refuses a missing or past one', () => {
    fakeBrowser.i18n.getMessage = ((key: string) => key) as typeof fakeBrowser.i18n.getMessage;
    expect(snoozeUntil('date', NOW, settings, '2026-12-10')).toBe(Date.parse('2026-12-10T09:00:00-06:00'));
    expect(() => snoozeUntil('date', NOW, settings, '')).toThrow('popupSnoozeDateMissing');
    expect(() => snoozeUntil('date', NOW, settings, '2026-11-20')).toThrow('popupSnoozeDatePast');
  });
});

describe('currentWords', () => {
  const due = (text: string) => ({ at: '2026-12-01T17:00:00-06:00', text, precision: 'day' as const });
  it('keeps the words as written while they hold the deadline', () => {
    expect(currentWords({ text: "I'll send the invoice by Friday EOD", action: 'send the invoice', due: due('by Friday EOD') })).toBe(
      "I'll send the invoice by Friday EOD",
    );
  });
  it('after a reschedule: what to do and the new deadline, never the old words', () => {
    expect(currentWords({ text: "I'll send the invoice by Friday EOD", action: 'send the invoice', due: due('next Tuesday') })).toBe(
      'send the invoice by next Tuesday',
    );
    expect(
      currentWords({ text: "I'll send the invoice by Friday EOD", action: 'send the invoice', due: due('within 2 business days') }),
    ).toBe('send the invoice within 2 business days');
  });
  it('without a deadline: the words', () => {
    expect(currentWords({ text: "we'll get back to you", action: 'get back to you', due: null })).toBe("we'll get back to you");
  });
});

describe('siteName', () => {
  it.each([
    [{ site: 'https://acme.zendesk.com', url: 'https://acme.zendesk.com/agent/tickets/1' }, 'acme.zendesk.com'],
    [{ site: '', url: 'https://mail.google.com/mail/u/0/#inbox/1' }, 'mail.google.com'],
    [{ site: '', url: '' }, ''],
  ])('%o → %s', (conversation, name) => expect(siteName(conversation)).toBe(name));
});

describe('conversationSummary', () => {
  it("summarizes the conversation's open commitments", () => {
    const text = conversationSummary(
      [
        record('send the revised rate card', {
          due: { at: '2026-11-27T17:00:00-06:00', text: 'by Friday', precision: 'day' },
          dueAt: Date.parse('2026-11-27T17:00:00-06:00'),
        }),
        // Dated: an item without a date is left out of a summary until the agent keeps it in the panel.
        record('send the volumes', {
          party: 'customer',
          due: { at: '2026-11-30T17:00:00-06:00', text: 'by Monday', precision: 'day' },
          dueAt: Date.parse('2026-11-30T17:00:00-06:00'),
        }),
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
