import { describe, expect, it } from 'vitest';
import { coachDraft } from './draft-coach';
import { offeredAgain, replySent } from './draft-sent';

const ctx = { now: new Date('2026-11-30T10:00:00Z'), timeZone: 'UTC' };
const customer = { author: 'customer' as const, text: 'Hi, the label prints blank.' };
const reply = "Hi Priya, I'll send the invoice by Thursday. We'll get back to you shortly.";

describe('replySent', () => {
  it('the box emptied (or closed) after it held words', () => {
    expect(replySent({ draft: reply, messages: [customer] }, { draft: '', messages: [customer] })).toBe(true);
    expect(replySent({ draft: reply, messages: [customer] }, { draft: ' \n', messages: [customer] })).toBe(true);
  });

  it('the thread gained a message of the agent that begins like the reply, the box still full', () => {
    const sent = { author: 'agent' as const, text: `${reply}\n\nBest, Sam` };
    expect(replySent({ draft: reply, messages: [customer] }, { draft: reply, messages: [customer, sent] })).toBe(true);
  });

  it('not sent: still writing, a new message of the customer, or nothing written before', () => {
    expect(replySent({ draft: 'Hi Priya,', messages: [customer] }, { draft: reply, messages: [customer] })).toBe(false);
    expect(
      replySent({ draft: reply, messages: [customer] }, { draft: reply, messages: [customer, { author: 'customer', text: reply }] }),
    ).toBe(false);
    expect(replySent({ draft: '', messages: [customer] }, { draft: '', messages: [customer] })).toBe(false);
  });
});

describe('offeredAgain', () => {
  it('offers again only what is still open, once each', () => {
    const hints = coachDraft(reply, ctx, { existing: [], dismissed: new Set() });
    expect(hints.map((h) => h.kind)).toEqual(['promise', 'vague']);
    const added = new Set([hints[0]!.key]);
    const again = offeredAgain([...hints, ...hints], (h) => !added.has(h.key));
    expect(again.map((h) => h.kind)).toEqual(['vague']);
  });
});
