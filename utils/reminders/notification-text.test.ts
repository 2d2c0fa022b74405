import { describe, expect, it } from 'vitest';
import { en as english } from '../../tests/support/catalog';
import type { Translate } from '../i18n-keys';
import { batchText, reminderText, whoPromised } from './notification-text';
import { expectPlainText } from '../../tests/support/plain-text';

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
    expect(whoPromised(c, conv, english)).toBe(text);
  });
});

describe('reminderText', () => {
  const c = { text: "I'll send   the revised rate card", party: 'agent' as const, partyName: null };
  it.each([
    ['lead', NOW + 3_600_000, 'Due in 1 hour: You promised'],
    ['deadline', NOW, 'Due now: You promised'],
    ['snooze', NOW - 2 * 3_600_000, 'Snoozed · Overdue (due 2 hours ago): You promised'],
  ] as const)('%s', (kind, dueAt, title) => {
    const text = reminderText({ kind, dueAt }, c, { ...conv, customerEmail: undefined }, NOW, 'UTC', english);
    expect(text.title).toBe(title);
    expect(text.message).toBe("I'll send the revised rate card");
    expect(text.contextMessage).toContain('Dana Reyes · Q3 rate card · ');
    expectPlainText(text.contextMessage);
  });
  it('clips long commitments', () => {
    const long = reminderText({ kind: 'lead', dueAt: NOW }, { ...c, text: 'x'.repeat(500) }, null, NOW, 'UTC', english);
    expect(long.message.length).toBe(180);
  });
  it('counts a batch', () => {
    expect(batchText(4, english).title).toBe('4 more commitments need attention');
    expect(batchText(1, english).title).toBe('1 more commitment need attention');
    expect(batchText(4, english).message).toBe('Open Commitment Keeper to see them.');
  });
});

describe('translation', () => {
  // Shows which key and substitutions were asked for, so the test sees the catalog is used.
  const keys: Translate = (key, ...subs) => (subs.length ? `${key}(${subs.join('|')})` : key);
  it('reads every word through the translate function it is given', () => {
    const text = reminderText(
      { kind: 'snooze', dueAt: NOW },
      { text: 'x', party: 'customer', partyName: null },
      { ...conv, customerEmail: undefined },
      NOW,
      'UTC',
      keys,
    );
    expect(text.title).toBe('notifyTitle(notifySnoozed(notifyDueNow)|notifyNamedPromised(Dana Reyes))');
    expect(whoPromised({ party: 'third-party', partyName: null }, null, keys)).toBe('notifyNamedPromised(notifySomeoneElse)');
    expect(batchText(2, keys)).toEqual({ title: 'notifyBatchMany(2)', message: 'notifyBatchMessage', contextMessage: '' });
  });
  it("substitutes like Chrome's getMessage in the English fallback", () => {
    expect(english('notifyOverdue', '2 hours ago')).toBe('Overdue (due 2 hours ago)');
    expect(english('notifyTitle', 'Due now', 'You promised')).toBe('Due now: You promised');
  });
});

describe('privateReminderText ("Show customer details in notifications" off)', () => {
  it('says only when: nothing of the commitment, the customer or the subject', async () => {
    const { privateReminderText } = await import('./notification-text');
    const now = Date.UTC(2026, 10, 24, 15);
    const t = privateReminderText({ kind: 'deadline', dueAt: now }, now, english);
    expect(t).toEqual({ title: '1 commitment due now', message: 'Open Commitment Keeper to see it.', contextMessage: '' });
    expect(privateReminderText({ kind: 'lead', dueAt: now + 3_600_000 }, now, english).title).toMatch(/^1 commitment due in/);
  });
});

describe('reminderText at its boundaries', () => {
  const c = { text: 'send the rate card', party: 'agent' as const, partyName: null };
  const title = (dueAt: number) => reminderText({ kind: 'deadline', dueAt }, c, conv, NOW, 'UTC', english).title;

  it('"due now" within a minute either side; at exactly a minute it says how long', () => {
    expect(title(NOW + 59_999)).toBe('Due now: You promised');
    expect(title(NOW - 59_999)).toBe('Due now: You promised');
    expect(title(NOW + 60_000)).toMatch(/^Due in 1 minute: You promised$/);
    expect(title(NOW - 60_000)).toMatch(/^Overdue \(due 1 minute ago\): You promised$/);
  });

  it('a commitment of exactly 180 characters is shown whole; 181 are clipped to 180 with an ellipsis', () => {
    const text = (n: number) =>
      reminderText({ kind: 'lead', dueAt: NOW }, { ...c, text: `${'a'.repeat(n - 1)}z` }, null, NOW, 'UTC', english).message;
    expect(text(180)).toBe(`${'a'.repeat(179)}z`);
    expect(text(181)).toBe(`${'a'.repeat(179)}…`);
  });

  it('the words are trimmed and their spaces collapsed', () => {
    expect(reminderText({ kind: 'lead', dueAt: NOW }, { ...c, text: '  send\n the   card \t' }, null, NOW, 'UTC', english).message).toBe(
      'send the card',
    );
  });

  it('the context line: the customer by name, else by address; parts that are missing leave no empty separator', () => {
    const context = (conversation: Parameters<typeof reminderText>[2]) =>
      reminderText({ kind: 'lead', dueAt: NOW }, c, conversation, NOW, 'UTC', english).contextMessage;
    const date = context(null);
    expect(date).not.toContain('·');
    expect(date.length).toBeGreaterThan(0);
    expect(context({ customerName: undefined, customerEmail: 'dana@example.com', subject: 'Q3 rate card' })).toBe(
      `dana@example.com · Q3 rate card · ${date}`,
    );
    expect(context({ customerName: 'Dana Reyes', customerEmail: 'dana@example.com', subject: undefined as unknown as string })).toBe(
      `Dana Reyes · ${date}`,
    );
  });

  it('the customer without a name, in a conversation without one, is "The customer"', () => {
    expect(whoPromised({ party: 'customer', partyName: null }, null, english)).toBe('The customer promised');
    expect(whoPromised({ party: 'customer', partyName: null }, { customerName: undefined }, english)).toBe('The customer promised');
  });
});
