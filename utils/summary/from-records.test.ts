import { describe, expect, it } from 'vitest';
import type { CommitmentRecord } from '../ledger/types';
import { commitmentRecord } from '../../tests/support/records';
import { formatSummary } from './index';
import { summaryItemsFromRecords, summaryOptionsFromConversation } from './from-records';

const CONV = 'gmail|https://mail.google.com|thread-1';

const DUE = { at: '2026-11-27T17:00:00-05:00', text: 'by Friday', precision: 'day' } as const;

function record(id: string, over: Partial<CommitmentRecord> = {}): CommitmentRecord {
  return commitmentRecord(id, { conversationId: CONV, text: `text of ${id}`, action: `do ${id}`, due: DUE, vague: false, dueAt: Date.parse(DUE.at), createdAt: 1, updatedAt: 1, ...over });
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
        text: 'text of a',
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
      { party: 'customer', partyName: null, action: 'send the portfolio', due: records[1]!.due },
      { party: 'third-party', partyName: 'Legal', action: 'approve the terms', due: records[4]!.due },
    ]);
  });

  it('marks the agent asking the customer to call back, so the summary leaves it out', () => {
    const items = summaryItemsFromRecords([record('a', { text: 'please call us back if the issue persists', action: 'call us back', due: null, dueAt: null }), record('b')]);
    expect(items[0]!.warnings).toEqual(['call-back']);
    expect(items[1]!.warnings).toBeUndefined();
    expect(formatSummary(items, { timeZone: 'America/New_York', now: new Date('2026-11-24T12:00:00Z') }).text).not.toContain('call us back');
  });

  it('survives junk', () => {
    expect(summaryItemsFromRecords(null as unknown as CommitmentRecord[])).toEqual([]);
    expect(summaryItemsFromRecords([record('a', { dependsOn: undefined as unknown as string[] })])).toHaveLength(1);
  });

  it('feeds formatSummary end to end, keeping only the undated items the agent chose to keep', () => {
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
    const options = {
      timeZone: 'America/New_York',
      now: new Date('2026-11-24T14:00:00Z'),
      ...summaryOptionsFromConversation({ customerName: 'Dana Reyes' }),
    };
    const asked = formatSummary(summaryItemsFromRecords(records, CONV), options);
    expect(asked.text).not.toContain('get back to you');
    expect(asked.problems).toEqual([{ kind: 'no-date', id: 'later', party: 'agent', action: 'get back to you', kept: false }]);

    const { text, warnings } = formatSummary(summaryItemsFromRecords(records, CONV, { keep: ['later'] }), options);
    expect(text).toContain("- I'll send the rate card by Friday, November 27.\n- I'll get back to you (date to be confirmed).");
    expect(text).toContain(
      "- You'll meet with the committee and decide by Monday, November 30, after I send the rate card (expected by Friday, November 27), so we won't miss Wednesday's deadline.",
    );
    expect(warnings).toEqual(['No date, kept: "get back to you"']);
  });

  it('gives a link the date its own link gives it (a chain), so a move travels down the chain', () => {
    const wed = { at: '2026-12-02T17:00:00-05:00', text: 'by Wednesday', precision: 'day' as const };
    const records = [
      record('volumes', { party: 'customer', action: 'send your updated Q3 volumes', due: wed }),
      record('check', {
        action: 'double-check the lane',
        due: { at: '2026-11-25T17:00:00-05:00', text: 'within 1 business day', precision: 'day' },
        dependsOn: ['volumes'],
      }),
      record('quote', {
        action: 'send the revised quote',
        due: { at: '2026-11-25T17:00:00-05:00', text: 'next business day', precision: 'day' },
        dependsOn: ['check'],
      }),
    ];
    const [, , quote] = summaryItemsFromRecords(records, CONV, { timeZone: 'America/New_York' });
    // The check counts from Wednesday: Thursday, December 3.
    expect(quote!.dependsOn).toEqual([expect.objectContaining({ due: expect.objectContaining({ at: '2026-12-03T17:00:00-05:00' }) })]);
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
    expect(result?.text).not.toMatch(/<\/?[a-z][^>]*>|&(?:amp|lt|gt|quot|#39);/i);
    expect(result?.html).toContain('<li>');
    expect(summarizeConversation([record('a', { status: 'done' })], { id: CONV }, { timeZone: 'UTC' }, now)).toBeNull();
    expect(summarizeConversation([record('a')], { id: 'gmail:other' }, { timeZone: 'UTC' }, now)).toBeNull();
  });
});
