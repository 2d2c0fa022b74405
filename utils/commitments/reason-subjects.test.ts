// "so" + any subject opens a reason (clauses.ts, SO_SUBJECT). Before, only a pronoun or "the" did:
// "I'll send the contract by Dec 3 so legal can review it before the 10th" kept the reason in the
// action, and the summary read "I'll send the contract so legal can review it before the 10th by
// Thursday, December 3."
import { describe, expect, it } from 'vitest';
import { splitClauses } from './clauses';
import { parseCommitment } from './parse';
import type { ParseContext } from './types';

const ctx: ParseContext = { now: new Date('2026-12-01T15:00:00Z'), timeZone: 'America/New_York' };

describe('"so" before a subject of any kind opens the reason', () => {
  it.each([
    ['so legal can review it before the 10th'],
    ['so Priya has it before the board meeting'],
    ['so your team can sign off on Monday'],
    ['so our engineer gets it in time'],
    ["so he'll have it for Monday"],
    ["so accounting doesn't double-bill you"],
    ['so everything is ready'],
    ['so finance needs nothing else'],
  ])('%s', (reason) => {
    expect(splitClauses(`I'll send the contract by Friday ${reason}`)).toEqual({
      main: "I'll send the contract by Friday",
      conditions: [],
      reason,
    });
  });

  it('keeps the deadline and a clean action', () => {
    const d = parseCommitment("I'll send the contract by Dec 3 so legal can review it before the 10th", ctx);
    expect(d.action).toBe('send the contract');
    expect(d.due?.at).toBe('2026-12-03T17:00:00-05:00');
    expect(d.reason).toBe('so legal can review it before the 10th');
  });

  it.each([
    ["I'll do so by Friday", null],
    ["I'll send it so quickly you won't notice", null],
  ])('"so" that is not a reason: %s', (text, reason) => {
    expect(splitClauses(text).reason).toBe(reason);
  });

  it('"so long as" stays a condition', () => {
    expect(splitClauses("I'll send it by Friday so long as you confirm the address")).toEqual({
      main: "I'll send it by Friday",
      conditions: ['so long as you confirm the address'],
      reason: null,
    });
  });
});
