// A reported question about somebody else's act ("Customer asked whether the courier can come by
// Friday") is the agent's to find out (parse.ts). Before, it was read as the asker's own promise:
// the summary would have told the customer "You'll come by Friday"; "Maria wants to know if the
// warehouse will ship it Monday" became the agent's promise "Maria wants to know".
import { describe, expect, it } from 'vitest';
import { parseCommitment } from './parse';
import type { ParseContext } from './types';

/** Tuesday, December 1, 2026, 10:00 AM in New York. */
const ctx: ParseContext = { now: new Date('2026-12-01T15:00:00Z'), timeZone: 'America/New_York' };

describe('a reported question about another side’s act: the agent finds out', () => {
  it.each([
    ['Customer asked whether the courier can come by Friday', 'find out whether the courier can come', '2026-12-04T17:00:00-05:00'],
    [
      'Maria wants to know if the warehouse will ship it Monday',
      'find out whether the warehouse will ship it',
      '2026-12-07T17:00:00-05:00',
    ],
    [
      'The client was wondering whether legal could sign off by the 10th?',
      'find out whether legal could sign off',
      '2026-12-10T17:00:00-05:00',
    ],
    ['Dana asked if the bank will release the funds', 'find out whether the bank will release the funds', null],
  ])('%s', (note, action, at) => {
    const d = parseCommitment(note, ctx);
    expect(d.party).toBe('agent');
    expect(d.kind).toBe('request');
    expect(d.action).toBe(action);
    expect(d.due?.at ?? null).toBe(at);
  });

  it('a question about our own act stays ours to do', () => {
    const d = parseCommitment('Customer asked whether we can refund it by Friday', ctx);
    expect(d).toMatchObject({ party: 'agent', kind: 'request', action: 'refund it' });
  });
});
