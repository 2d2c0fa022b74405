import { describe, expect, it } from 'vitest';
import type { ParseContext } from '../commitments/types';
import { normalizeForMatch, suggestCommitments, suggestionKey } from './index';

const ctx: ParseContext = { now: new Date('2026-11-24T15:00:00Z'), timeZone: 'America/New_York', customerName: 'Priya' };
const messages = [
  { author: 'customer' as const, authorName: 'Priya', text: "Hi Dana. I'll send you our updated volumes by Wednesday. Could you confirm the pallet limit?" },
  { author: 'agent' as const, authorName: 'Dana', text: "Thanks Priya. I'll send the revised rate card by Friday." },
];

describe('suggestCommitments', () => {
  it('offers both parties\' promises, newest message first, with who wrote them', () => {
    const found = suggestCommitments(messages, ctx, { existing: [], dismissed: new Set() });
    expect(found.map((s) => [s.author, s.draft.party, s.draft.text, s.draft.kind])).toEqual([
      ['agent', 'agent', "I'll send the revised rate card by Friday.", 'promise'],
      ['customer', 'customer', "I'll send you our updated volumes by Wednesday.", 'promise'],
      // The customer's request: the agent is the side asked.
      ['customer', 'agent', 'Could you confirm the pallet limit?', 'request'],
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
    const hostile = [{ author: 'customer' as const, text: `<script>alert(1)</script> I'll send it by <b>Friday</b>. ${'x'.repeat(50_000)}` }];
    expect(() => suggestCommitments(hostile, ctx, { existing: [], dismissed: new Set() })).not.toThrow();
  });
});

describe('normalizeForMatch', () => {
  it('ignores case, curly quotes, punctuation and spacing', () => {
    expect(normalizeForMatch('I\u2019ll  send it, by Friday!')).toBe(normalizeForMatch("i'll send it by friday"));
  });
});
