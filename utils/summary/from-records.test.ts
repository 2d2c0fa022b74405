import { describe, expect, it } from 'vitest';
import type { CommitmentRecord } from '../ledger/types';
import { formatSummary } from './index';
import { summaryItemsFromRecords, summaryOptionsFromConversation } from './from-records';

const CONV = 'gmail|https://mail.google.com|thread-1';

function record(id: string, over: Partial<CommitmentRecord> = {}): CommitmentRecord {
  return {
    id,
    conversationId: CONV,
    text: `text of ${id}`,
    party: 'agent',
    partyName: null,
    action: `do ${id}`,
    due: { at: '2026-11-27T17:00:00-05:00', text: 'by Friday', precision: 'day' },
    vague: false,
    conditions: [],
    reason: null,
    status: 'open',
    dueAt: Date.parse('2026-11-27T17:00:00-05:00'),
    createdAt: 1,
    updatedAt: 1,
    doneAt: null,
    cancelReason: null,
    dependsOn: [],
    reminder: { leadMinutes: [60, 0], snoozedUntil: null },
    source: 'typed',
    deletedAt: null,
    ...over,
  };
}

describe('summaryItemsFromRecords', () => {
  it('keeps open, not deleted commitments only', () => {
    const records = [
      record('a'),
      record('b', { status: 'done', doneAt: 2 }),
      record('c', { status: 'cancelled', cancelReason: 'no longer needed' }),
      record('d', { deletedAt: 5 }),
      record('e', { party: 'customer', partyName: 'Dana' }),
    ];
    expect(summaryItemsFromRecords(records).map((i) => i.id)).toEqual(['a', 'e']);
  });

  it.each([
    ['an id', CONV],
    ['a ref', { host: 'gmail', site: 'https://mail.google.com', key: 'thread-1' }],
    ['a record with id', { id: CONV }],
  ])('filters by conversation given as %s', (_name, conversation) => {
    const records = [record('a'), record('b', { conversationId: 'zendesk:42' })];
    expect(summaryItemsFromRecords(records, conversation).map((i) => i.id)).toEqual(['a']);
  });

  it('passes on who wrote the words, so the summary can swap "I" and "you"', () => {
    const r = record('a', { party: 'customer', action: 'send you my portfolio', writtenBy: 'customer' });
    const [item] = summaryItemsFromRecords([r]);
    expect(item?.writtenBy).toBe('customer');
    const text = formatSummary([item!], { timeZone: 'America/New_York', now: new Date('2026-11-24T12:00:00Z') }).text;
    expect(text).toContain("You'll send me your portfolio");
  });

  it('copies the fields the summary needs', () => {
    const r = record('a', {
      party: 'third-party',
      partyName: 'FedEx',
      action: 'deliver the samples',
      conditions: ['once the samples are packed'],
      reason: 'so the demo can go ahead',
    });
    expect(summaryItemsFromRecords([r])).toEqual([
      {
        id: 'a',
        party: 'third-party',
        partyName: 'FedEx',
        action: 'deliver the samples',
        due: r.due,
        vague: false,
        conditions: ['once the samples are packed'],
        reason: 'so the demo can go ahead',
      },
    ]);
  });

  it('falls back to the written text when the action is empty, and marks no-date items vague', () => {
    const [item] = summaryItemsFromRecords([record('a', { action: '', due: null, dueAt: null })]);
    expect(item).toMatchObject({ action: 'text of a', due: null, vague: true });
  });

  it('puts a commitment of unknown party on the agent side', () => {
    expect(summaryItemsFromRecords([record('a', { party: null })])[0]!.party).toBe('agent');
  });

  it('resolves dependsOn to open commitments, across conversations, and drops the rest', () => {
    const records = [
      record('quote', { dependsOn: ['portfolio', 'done-one', 'gone', 'deleted', 'quote', 'legal'] }),
      record('portfolio', { party: 'customer', action: 'send the portfolio' }),
      record('done-one', { status: 'done' }),
      record('deleted', { deletedAt: 3 }),
      record('legal', { party: 'third-party', partyName: 'Legal', action: 'approve the terms', conversationId: 'zendesk:9' }),
    ];
    const [quote] = summaryItemsFromRecords(records, CONV);
    expect(quote!.dependsOn).toEqual([
      { party: 'customer', partyName: null, action: 'send the portfolio' },
      { party: 'third-party', partyName: 'Legal', action: 'approve the terms' },
    ]);
  });

  it('survives junk', () => {
    expect(summaryItemsFromRecords(null as unknown as CommitmentRecord[])).toEqual([]);
    expect(summaryItemsFromRecords([record('a', { dependsOn: undefined as unknown as string[] })])).toHaveLength(1);
  });

  it('feeds formatSummary end to end', () => {
    const records = [
      record('later', { action: 'get back to you', due: null, dueAt: null, vague: true }),
      record('card', { action: 'send the rate card' }),
      record('decide', {
        party: 'customer',
        action: 'meet with the committee and decide',
        due: { at: '2026-11-30T17:00:00-05:00', text: 'by Monday', precision: 'day' },
        reason: "so we won't miss Wednesday's deadline",
        dependsOn: ['card'],
      }),
    ];
    const { text, warnings } = formatSummary(summaryItemsFromRecords(records, CONV), {
      timeZone: 'America/New_York',
      now: new Date('2026-11-24T14:00:00Z'),
      ...summaryOptionsFromConversation({ customerName: 'Dana Reyes' }),
    });
    expect(text).toContain("- I'll send the rate card by Friday, November 27.\n- I'll get back to you (date to be confirmed).");
    expect(text).toContain(
      "- You'll meet with the committee and decide by Monday, November 30, so we won't miss Wednesday's deadline (waiting on me to send the rate card).",
    );
    expect(warnings).toEqual(['No date for: "get back to you"']);
  });
});

describe('summaryOptionsFromConversation', () => {
  it('takes the customer name and zone when known', () => {
    expect(summaryOptionsFromConversation({ customerName: 'Dana', customerTimeZone: 'Europe/Berlin' })).toEqual({
      customerName: 'Dana',
      customerTimeZone: 'Europe/Berlin',
    });
    expect(summaryOptionsFromConversation({})).toEqual({});
    expect(summaryOptionsFromConversation(null)).toEqual({});
  });
});

describe('summarizeConversation', () => {
  it('summarizes one conversation with the agent\'s settings, or says there is nothing', async () => {
    const { summarizeConversation } = await import('./from-records');
    const now = Date.parse('2026-11-24T12:00:00Z');
    const result = summarizeConversation([record('a', { action: 'send the rate card' })], { id: CONV, customerName: 'Priya' }, { timeZone: 'America/New_York', agentName: 'Dana' }, now);
    expect(result?.text).toContain("I'll send the rate card by Friday, November 27.");
    expect(result?.html).toContain('<li>');
    expect(summarizeConversation([record('a', { status: 'done' })], { id: CONV }, { timeZone: 'UTC' }, now)).toBeNull();
    expect(summarizeConversation([record('a')], { id: 'gmail:other' }, { timeZone: 'UTC' }, now)).toBeNull();
  });
});
