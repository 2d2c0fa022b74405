import { describe, expect, it } from 'vitest';
import type { ParseContext } from '../commitments/types';
import { findCommitments } from '../commitments';
import { deliveriesForLedger, withoutDelivered, normalizeForMatch, requestAsPromise, suggestCommitments, suggestionKey } from './index';

const ctx: ParseContext = { now: new Date('2026-11-24T15:00:00Z'), timeZone: 'America/New_York', customerName: 'Priya' };
const messages = [
  {
    author: 'customer' as const,
    authorName: 'Priya',
    text: "Hi Dana. I'll send you our updated volumes by Wednesday. Could you confirm the pallet limit?",
  },
  { author: 'agent' as const, authorName: 'Dana', text: "Thanks Priya. I'll send the revised rate card by Friday." },
];

describe('suggestCommitments', () => {
  it("offers both parties' promises, newest message first, with who wrote them", () => {
    const found = suggestCommitments(messages, ctx, { existing: [], dismissed: new Set() });
    expect(found.map((s) => [s.author, s.draft.party, s.draft.text, s.kind, s.asked?.text])).toEqual([
      ['agent', 'agent', "I'll send the revised rate card by Friday.", 'promise', undefined],
      ['customer', 'customer', "I'll send you our updated volumes by Wednesday.", 'promise', undefined],
      // The customer's request: offered as the agent's own promise to do it.
      ['customer', 'agent', "I'll confirm the pallet limit", 'request', 'Could you confirm the pallet limit?'],
    ]);
    expect(found[1]?.draft.due?.at).toMatch(/^2026-11-25T17:00:00-05:00$/);
  });

  it('leaves out what the agent dismissed and what the ledger already holds', () => {
    const all = suggestCommitments(messages, ctx, { existing: [], dismissed: new Set() });
    const dismissed = new Set([suggestionKey(all[1]!.draft), suggestionKey(all[2]!.draft)]);
    const found = suggestCommitments(messages, ctx, { existing: [{ party: 'agent', action: 'Send the revised rate card.' }], dismissed });
    expect(found).toEqual([]);
  });

  it('does not repeat a promise quoted in a later message', () => {
    const twice = [...messages, { author: 'agent' as const, text: "As I said: I'll send the revised rate card by Friday." }];
    const found = suggestCommitments(twice, ctx, { existing: [], dismissed: new Set() });
    expect(found.filter((s) => s.draft.text.includes('rate card'))).toHaveLength(1);
  });

  it('survives hostile text', () => {
    const hostile = [
      { author: 'customer' as const, text: `<script>alert(1)</script> I'll send it by <b>Friday</b>. ${'x'.repeat(50_000)}` },
    ];
    expect(() => suggestCommitments(hostile, ctx, { existing: [], dismissed: new Set() })).not.toThrow();
  });
});

describe('normalizeForMatch', () => {
  it('ignores case, curly quotes, punctuation and spacing', () => {
    expect(normalizeForMatch('I\u2019ll  send it, by Friday!')).toBe(normalizeForMatch("i'll send it by friday"));
  });
});

describe('suggestions read each message from its own sent time', () => {
  const now: ParseContext = { now: new Date('2026-11-30T15:00:00Z'), timeZone: 'America/New_York', customerName: 'Priya' };
  const thread = [
    {
      author: 'customer' as const,
      authorName: 'Priya Natarajan',
      sentAt: '2024-05-13T09:14:00-04:00',
      text: "I'll send you our updated Q3 shipment volumes by Wednesday. Could you check whether the Reno warehouse can take a second pallet by Thursday?",
    },
    {
      author: 'agent' as const,
      authorName: 'Dana Reyes',
      sentAt: '2024-05-14T10:02:00-04:00',
      text: "I'll send the revised rate card by Friday.",
    },
    {
      author: 'customer' as const,
      authorName: 'Priya Natarajan',
      sentAt: '2024-05-15T16:40:00-04:00',
      text: 'Thanks Dana, volumes are attached.',
    },
  ];

  it('deadlines count from the message, not from today; past ones are marked', () => {
    const found = suggestCommitments(thread, now, { existing: [], dismissed: new Set() });
    const volumes = found.find((s) => s.draft.action.includes('volumes'))!;
    expect(volumes.sentAt).toBe('2024-05-13T09:14:00-04:00');
    expect(volumes.draft.due?.at).toBe('2024-05-15T17:00:00-04:00');
    expect(volumes.draft.warnings).toContain('past-due');
    const rateCard = found.find((s) => s.draft.action.includes('rate card'))!;
    expect(rateCard.draft.due?.at).toBe('2024-05-17T17:00:00-04:00');
  });

  it("a request becomes the agent's promise with the request's deadline", () => {
    const found = suggestCommitments(thread, now, { existing: [], dismissed: new Set() });
    const reno = found.find((s) => s.kind === 'request')!;
    expect(reno.draft).toMatchObject({
      party: 'agent',
      kind: 'promise',
      text: "I'll check whether the Reno warehouse can take a second pallet by Thursday",
    });
    expect(reno.draft.due?.at).toBe('2024-05-16T17:00:00-04:00');
    expect(reno.asked?.party).toBe('agent');
    // Accepted, the ledger holds the agent's promise: the request is not offered again.
    const again = suggestCommitments(thread, now, { existing: [reno.draft], dismissed: new Set() });
    expect(again.some((s) => s.kind === 'request')).toBe(false);
  });

  it('a promise a later message kept is offered as done on that date, on time by the real dates', () => {
    const found = suggestCommitments(thread, now, { existing: [], dismissed: new Set() });
    const volumes = found.find((s) => s.draft.action.includes('volumes'))!;
    expect(volumes.kept).toEqual({
      at: '2024-05-15T16:40:00-04:00',
      byName: 'Priya Natarajan',
      timing: 'on-time',
      sentence: 'Thanks Dana, volumes are attached.',
    });
    const late = [...thread.slice(0, 2), { ...thread[2]!, sentAt: '2024-05-16T08:00:00-04:00' }];
    expect(suggestCommitments(late, now, { existing: [], dismissed: new Set() }).find((s) => s.kept)?.kept?.timing).toBe('late');
    // The agent's promise is not kept by the customer's attachment.
    expect(found.find((s) => s.draft.action.includes('rate card'))?.kept).toBeUndefined();
  });

  it('requestAsPromise swaps the person and keeps the deadline words', () => {
    const [asked] = findCommitments({ text: 'Could you send me the signed contract by Friday?', author: 'customer' }, now);
    expect(requestAsPromise(asked!).text).toBe("I'll send you the signed contract by Friday");
  });

  it('deliveriesForLedger: an open ledger commitment delivered by a message sent after it was made', () => {
    const made = Date.parse('2024-05-13T09:14:00-04:00');
    const open = {
      id: 'c1',
      party: 'customer' as const,
      action: 'send you our updated Q3 shipment volumes',
      status: 'open',
      createdAt: made,
      dueAt: Date.parse('2024-05-15T17:00:00-04:00'),
    };
    expect(deliveriesForLedger(thread, [open])).toEqual([
      {
        commitmentId: 'c1',
        at: '2024-05-15T16:40:00-04:00',
        byName: 'Priya Natarajan',
        timing: 'on-time',
        sentence: 'Thanks Dana, volumes are attached.',
      },
    ]);
    // Made after that message (typed today): the message cannot be its delivery.
    expect(deliveriesForLedger(thread, [{ ...open, createdAt: Date.parse('2026-11-30T15:00:00Z') }])).toEqual([]);
    expect(deliveriesForLedger(thread, [{ ...open, status: 'done' }])).toEqual([]);
    // The same delivery is not offered twice (as a new kept suggestion too).
    const found = suggestCommitments(thread, now, { existing: [], dismissed: new Set() });
    const left = withoutDelivered(found, deliveriesForLedger(thread, [open]));
    expect(left.length).toBe(found.length - 1);
    expect(left.some((s) => s.kept)).toBe(false);
  });
});
