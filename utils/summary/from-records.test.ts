import { describe, expect, it } from 'vitest';
import type { CommitmentRecord } from '../ledger/types';
import { commitmentRecord } from '../../tests/support/records';
import { formatSummary } from './index';
import { summaryItemsFromRecords, summaryOptionsFromConversation } from './from-records';
import type { SummaryDependency } from './types';

const CONV = 'gmail|https://mail.google.com|thread-1';

const DUE = { at: '2026-11-27T17:00:00-05:00', text: 'by Friday', precision: 'day' } as const;

function record(id: string, over: Partial<CommitmentRecord> = {}): CommitmentRecord {
  return commitmentRecord(id, {
    conversationId: CONV,
    text: `text of ${id}`,
    action: `do ${id}`,
    due: DUE,
    vague: false,
    dueAt: Date.parse(DUE.at),
    createdAt: 1,
    updatedAt: 1,
    ...over,
  });
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
    const items = summaryItemsFromRecords([
      record('a', { text: 'please call us back if the issue persists', action: 'call us back', due: null, dueAt: null }),
      record('b'),
    ]);
    expect(items[0]!.warnings).toEqual(['call-back']);
    expect(items[1]!.warnings).toBeUndefined();
    expect(formatSummary(items, { timeZone: 'America/New_York', now: new Date('2026-11-24T12:00:00Z') }).text).not.toContain(
      'call us back',
    );
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
  it("summarizes one conversation with the agent's settings, or says there is nothing", async () => {
    const { summarizeConversation } = await import('./from-records');
    const now = Date.parse('2026-11-24T12:00:00Z');
    const result = summarizeConversation(
      [record('a', { action: 'send the rate card' })],
      { id: CONV, customerName: 'Priya' },
      { timeZone: 'America/New_York', agentName: 'Dana' },
      now,
    );
    expect(result?.text).toContain("I'll send the rate card by Friday, November 27.");
    expect(result?.text).not.toMatch(/<\/?[a-z][^>]*>|&(?:amp|lt|gt|quot|#39);/i);
    expect(result?.html).toContain('<li>');
    expect(summarizeConversation([record('a', { status: 'done' })], { id: CONV }, { timeZone: 'UTC' }, now)).toBeNull();
    expect(summarizeConversation([record('a')], { id: 'gmail:other' }, { timeZone: 'UTC' }, now)).toBeNull();
  });
});

describe('summaryItemsFromRecords: what each item carries, and nothing more', () => {
  it('a list with holes (null, undefined) gives the records it can read, links included', () => {
    const junk = [null, undefined] as unknown as CommitmentRecord[];
    const items = summaryItemsFromRecords([...junk, record('a', { dependsOn: ['b'] }), record('b', { party: 'customer' })]);
    expect(items.map((i) => i.id)).toEqual(['a', 'b']);
    expect(items[0]!.dependsOn?.map((d) => (d as SummaryDependency).action)).toEqual(['do b']);
  });

  it('a conversation ref that carries an id key without a value is still matched by its host, site and key', () => {
    const ref = { host: 'gmail', site: 'https://mail.google.com', key: 'thread-1', id: undefined } as unknown as { id: string };
    const records = [record('a'), record('b', { conversationId: 'zendesk:42' })];
    expect(summaryItemsFromRecords(records, ref).map((i) => i.id)).toEqual(['a']);
  });

  it('sets writtenBy and text only when the record has them (no key holding undefined)', () => {
    const records = [
      record('a', { text: '', dependsOn: ['b', 'c'] }),
      record('b', { party: 'customer', writtenBy: 'customer', action: 'send the logs' }),
      record('c', { party: 'customer', action: 'sign the form' }),
    ];
    const [a, b] = summaryItemsFromRecords(records);
    expect(a).not.toHaveProperty('text');
    expect(a).not.toHaveProperty('writtenBy');
    expect(a!.dependsOn).toStrictEqual([
      { party: 'customer', partyName: null, action: 'send the logs', due: DUE, writtenBy: 'customer' },
      { party: 'customer', partyName: null, action: 'sign the form', due: DUE },
    ]);
    expect(b).toHaveProperty('writtenBy', 'customer');
  });

  it('a record without a conditions list gives an item without conditions', () => {
    const [item] = summaryItemsFromRecords([record('a', { conditions: undefined as unknown as string[] })]);
    expect(item!.conditions).toEqual([]);
  });

  it('a call-back request is flagged only in the agent’s own words', () => {
    const words = { text: 'please call us back if the issue persists', action: 'call us back', due: null, dueAt: null };
    const items = summaryItemsFromRecords([
      record('agent', words),
      record('customer', { ...words, party: 'customer' }),
      record('quoted', { ...words, writtenBy: 'customer' }),
      record('no-text', { text: null as unknown as string, action: 'call us back' }),
    ]);
    expect(items.map((i) => [i.id, i.warnings ?? null])).toEqual([
      ['agent', ['call-back']],
      ['customer', null],
      ['quoted', null],
      ['no-text', null],
    ]);
  });

  it('dependency dates count in UTC when no zone is given', () => {
    const records = [
      record('volumes', { party: 'customer', due: { at: '2026-12-02T23:30:00Z', text: 'by Wednesday', precision: 'minute' } }),
      record('check', { due: { at: '2026-11-25T17:00:00Z', text: 'within 1 business day', precision: 'day' }, dependsOn: ['volumes'] }),
      record('quote', { dependsOn: ['check'] }),
    ];
    const due = (choices?: Parameters<typeof summaryItemsFromRecords>[2]) =>
      (summaryItemsFromRecords(records, CONV, choices)[2]!.dependsOn![0] as SummaryDependency).due;
    expect(due()).toEqual(due({ timeZone: 'UTC' }));
    expect(due()).not.toEqual(due({ timeZone: 'Pacific/Auckland' }));
  });

  it('dependency dates count the agent’s working days: with Saturday worked, one business day after Friday is Saturday', () => {
    const records = [
      record('volumes', { party: 'customer', due: { at: '2026-11-27T17:00:00Z', text: 'by Friday', precision: 'day' } }),
      record('check', { due: { at: '2026-11-25T17:00:00Z', text: 'within 1 business day', precision: 'day' }, dependsOn: ['volumes'] }),
      record('quote', { dependsOn: ['check'] }),
    ];
    const at = (workday?: { start: string; end: string; days: number[] }) =>
      (
        summaryItemsFromRecords(records, CONV, { timeZone: 'UTC', ...(workday ? { workday } : {}) })[2]!.dependsOn![0] as SummaryDependency
      ).due?.at.slice(0, 10);
    expect(at()).toBe('2026-11-30');
    expect(at({ start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5, 6] })).toBe('2026-11-28');
  });
});

describe('summarizeConversation: the agent’s settings reach the summary', () => {
  const now = Date.parse('2026-11-27T15:00:00Z'); // Friday 10:00 in New York
  const conv = { id: CONV };

  it('name voice, signature and templates', async () => {
    const { summarizeConversation } = await import('./from-records');
    const result = summarizeConversation(
      [record('a', { action: 'send the rate card' })],
      conv,
      {
        timeZone: 'America/New_York',
        agentName: 'Dana Lee',
        agentVoice: 'name',
        signature: 'Dana from Acme',
        summaryTemplates: { lead: 'Where we stand:', probe: '' },
      },
      now,
    );
    expect(result?.text).toContain('Dana Lee will send the rate card');
    expect(result?.text).toContain('Dana from Acme');
    expect(result?.text.split('\n')[0]).toBe('Where we stand:');
    expect(result?.text).not.toContain('anything that might get in the way');
  });

  it('an undated commitment the agent kept is written with "date to be confirmed"', async () => {
    const { summarizeConversation } = await import('./from-records');
    const records = [
      record('a', { action: 'send the rate card' }),
      record('later', { action: 'call the carrier', due: null, dueAt: null, vague: true }),
    ];
    const settings = { timeZone: 'America/New_York' };
    expect(summarizeConversation(records, conv, settings, now)?.text).not.toContain('call the carrier');
    expect(summarizeConversation(records, conv, settings, now, ['later'])?.text).toContain('call the carrier (date to be confirmed)');
  });

  it('the workday in the settings decides the date a link gets from its own link (Saturday worked)', async () => {
    const { summarizeConversation } = await import('./from-records');
    const records = [
      record('volumes', {
        party: 'customer',
        action: 'send the volumes',
        due: { at: '2026-11-27T17:00:00-05:00', text: 'by Friday', precision: 'day' },
      }),
      record('check', {
        action: 'check the lane',
        due: { at: '2026-11-25T17:00:00-05:00', text: 'within 1 business day', precision: 'day' },
        dependsOn: ['volumes'],
      }),
      record('quote', {
        action: 'send the quote',
        due: { at: '2026-12-04T17:00:00-05:00', text: 'by Friday next week', precision: 'day' },
        dependsOn: ['check'],
      }),
    ];
    const quoteLine = (days: number[]) =>
      (
        summarizeConversation(records, conv, { timeZone: 'America/New_York', workday: { start: '09:00', end: '17:00', days } }, now)
          ?.text ?? ''
      )
        .split('\n')
        .find((l) => l.includes('send the quote'));
    expect(quoteLine([1, 2, 3, 4, 5, 6])).toContain('after I check the lane (expected by Saturday, November 28)');
    expect(quoteLine([1, 2, 3, 4, 5])).toContain('after I check the lane (expected by Monday, November 30)');
  });

  it('the workday in the settings decides the dependency’s date (Saturday worked)', async () => {
    const { summarizeConversation } = await import('./from-records');
    const records = [
      record('volumes', {
        party: 'customer',
        action: 'send the volumes',
        due: { at: '2026-11-27T17:00:00-05:00', text: 'by Friday', precision: 'day' },
      }),
      record('check', {
        action: 'check the lane',
        due: { at: '2026-11-25T17:00:00-05:00', text: 'within 1 business day', precision: 'day' },
        dependsOn: ['volumes'],
      }),
    ];
    const text = (days: number[]) =>
      summarizeConversation(records, conv, { timeZone: 'America/New_York', workday: { start: '09:00', end: '17:00', days } }, now)?.text ??
      '';
    expect(text([1, 2, 3, 4, 5, 6])).toContain('Saturday, November 28');
    expect(text([1, 2, 3, 4, 5])).not.toContain('Saturday, November 28');
  });
});
