import { describe, expect, it } from 'vitest';
import { batchText, reminderText, whoPromised } from './notification-text';

const NOW = Date.parse('2026-11-24T15:00:00Z');
const conv = { customerName: 'Dana Reyes', subject: 'Q3 rate card' };

describe('whoPromised', () => {
  it.each([
    [{ party: 'agent', partyName: null }, 'You promised'],
    [{ party: 'customer', partyName: null }, 'Dana Reyes promised'],
    [{ party: 'customer', partyName: 'Dana' }, 'Dana promised'],
    [{ party: 'third-party', partyName: 'FedEx' }, 'FedEx promised'],
    [{ party: 'third-party', partyName: null }, 'Someone else promised'],
    [{ party: null, partyName: null }, 'Commitment'],
  ] as const)('%o → %s', (c, text) => {
    expect(whoPromised(c, conv)).toBe(text);
  });
});

describe('reminderText', () => {
  const c = { text: "I'll send   the revised rate card", party: 'agent' as const, partyName: null };
  it.each([
    ['lead', NOW + 3_600_000, 'Due in 1 hour: You promised'],
    ['deadline', NOW, 'Due now: You promised'],
    ['snooze', NOW - 2 * 3_600_000, 'Snoozed · Overdue (due 2 hours ago): You promised'],
  ] as const)('%s', (kind, dueAt, title) => {
    const text = reminderText({ kind, dueAt }, c, { ...conv, customerEmail: undefined }, NOW, 'UTC');
    expect(text.title).toBe(title);
    expect(text.message).toBe("I'll send the revised rate card");
    expect(text.contextMessage).toContain('Dana Reyes · Q3 rate card · ');
  });
  it('clips long commitments', () => {
    const long = reminderText({ kind: 'lead', dueAt: NOW }, { ...c, text: 'x'.repeat(500) }, null, NOW, 'UTC');
    expect(long.message.length).toBe(180);
  });
  it('counts a batch', () => {
    expect(batchText(4).title).toBe('4 more commitments need attention');
  });
});
