import { describe, expect, it } from 'vitest';
import { draftFromSelection } from './draft';

const ctx = { now: new Date('2026-11-24T15:00:00Z'), timeZone: 'America/Chicago' };

describe('draftFromSelection', () => {
  it.each([
    [
      "customer's promise: I = the customer",
      "I'll send you our updated Q3 shipment volumes by Wednesday.",
      'customer',
      'Priya Natarajan',
      'customer',
      'Priya Natarajan',
      'customer',
    ],
    [
      "agent's promise: I = the agent",
      "I'll send the revised rate card by Friday.",
      'agent',
      'Dana Reyes',
      'agent',
      'Dana Reyes',
      undefined,
    ],
    ["author unknown: read as the agent's own note", "I'll send the revised rate card by Friday.", null, null, 'agent', null, undefined],
  ] as const)('%s', (_name, text, author, authorName, party, partyName, writtenBy) => {
    const r = draftFromSelection(text, author, authorName, ctx);
    expect(r.draft.party).toBe(party);
    expect(r.partyName).toBe(partyName);
    expect(r.writtenBy).toBe(writtenBy);
    expect(r.draft.due).not.toBeNull();
  });

  it('keeps words with no promise in them as one note, sides swapped for the customer', () => {
    const r = draftFromSelection('the Q3 volumes sheet', 'customer', null, ctx);
    expect(r.draft.text).toBe('the Q3 volumes sheet');
    expect(r.writtenBy).toBe('customer');
  });
});
