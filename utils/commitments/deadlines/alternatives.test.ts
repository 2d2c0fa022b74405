// Two deadlines offered as a choice are kept by the later (alternatives.ts), and a range of business
// days counts to its end. Before: "I'll send it tonight or first thing tomorrow" was due tonight
// with the action "send it or first thing tomorrow"; "in the next 3-5 business days" kept "in the
// next 3" in the action.
import { describe, expect, it } from 'vitest';
import { parseCommitment } from '../parse';
import { resolveDue } from './resolve';
import type { ParseContext } from '../types';

/** Tuesday, December 1, 2026, 10:00 AM in New York; workday 9–5, Monday to Friday. */
const ctx: ParseContext = { now: new Date('2026-12-01T15:00:00Z'), timeZone: 'America/New_York' };

describe('a choice of two deadlines: the later one, all its words', () => {
  it.each([
    ["I'll send it tonight or first thing tomorrow", '2026-12-02T09:00:00-05:00', 'tonight or first thing tomorrow'],
    ["I'll send it today or tomorrow", '2026-12-02T17:00:00-05:00', 'today or tomorrow'],
    ["I'll send it by Friday or early next week", '2026-12-08T17:00:00-05:00', 'Friday or early next week'],
    ["I'll send it by 5pm, or by noon tomorrow", '2026-12-02T12:00:00-05:00', '5pm, or by noon tomorrow'],
    // The later side may come first.
    ["I'll send it tomorrow or tonight", '2026-12-02T17:00:00-05:00', 'tomorrow or tonight'],
  ])('%s → %s', (text, at, words) => {
    const due = resolveDue(text, ctx);
    expect(due?.at).toBe(at);
    expect(due?.text).toBe(words);
  });

  it('the action holds neither side', () => {
    expect(parseCommitment("I'll send it tonight or first thing tomorrow", ctx).action).toBe('send it');
  });

  it.each([
    ["I'll send it today and call you tomorrow", '2026-12-01T17:00:00-05:00'],
    ["I'll send it today, then call you tomorrow", '2026-12-01T17:00:00-05:00'],
  ])('two deadlines that are not a choice stay apart: %s', (text, at) => {
    expect(resolveDue(text, ctx)?.at).toBe(at);
  });
});

describe('a range of business days: its end', () => {
  it.each([
    ['in the next 3-5 business days', '2026-12-08T17:00:00-05:00'],
    ['within 3 to 5 business days', '2026-12-08T17:00:00-05:00'],
    ['within 5–7 working days', '2026-12-10T17:00:00-05:00'],
    ['in 2 or 3 business days', '2026-12-04T17:00:00-05:00'],
  ])('%s → %s, the action clean', (words, at) => {
    const d = parseCommitment(`I'll get the refund processed ${words}`, ctx);
    expect(d.due?.at).toBe(at);
    expect(d.action).toBe('get the refund processed');
  });
});
