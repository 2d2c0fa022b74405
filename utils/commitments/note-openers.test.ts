// A note that opens with an acknowledgement or a greeting ("Okay if you pay we'll ship", "Hi Dana,
// I'll send it Friday"): the opener is a reply to the customer, never the act or part of a condition.
import { describe, expect, it } from 'vitest';
import { parseCommitment } from './parse';

// Wednesday, November 25, 2026, 9:00 AM in Chicago.
const ctx = { now: new Date('2026-11-25T15:00:00Z'), timeZone: 'America/Chicago' };
const FRIDAY = '2026-11-27T17:00:00-06:00';

function read(note: string) {
  const d = parseCommitment(note, ctx);
  return { party: d.party, action: d.action, due: d.due?.at ?? null, conditions: d.conditions };
}

describe('an opener is taken off the note', () => {
  it.each([
    "Okay, I'll send it Friday",
    "OK, I'll send it Friday",
    "Ok. I'll send it Friday",
    "Sure, I'll send it Friday",
    "Sure thing! I'll send it Friday",
    "Great, I'll send it Friday",
    "Perfect: I'll send it Friday",
    "Thanks, I'll send it Friday",
    "Thank you! I'll send it Friday",
    "Got it - I'll send it Friday",
    "Got it — I'll send it Friday",
    "Alright, I'll send it Friday",
    "All right, I'll send it Friday",
    "Yes, I'll send it Friday",
    "Yep I'll send it Friday",
    "Yeah so I'll send it Friday",
    "No problem, I'll send it Friday",
    "Noted; I'll send it Friday",
    "Understood, I'll send it Friday",
    "Sounds good, I'll send it Friday",
    "Absolutely, I'll send it Friday",
    "Of course, I'll send it Friday",
    "Certainly, I'll send it Friday",
    "Cool, I'll send it Friday",
    "Hi Dana, I'll send it Friday",
    "Hello Dana Reyes, I'll send it Friday",
    "Hey team: I'll send it Friday",
    "Thanks for your patience, I'll send it Friday",
  ])('%s', (note) => {
    expect(read(note)).toEqual({ party: 'agent', action: 'send it', due: FRIDAY, conditions: [] });
  });

  it.each([
    ["Okay if you pay we'll ship", 'if you pay'],
    ["Sure if you pay by Friday we'll ship", 'if you pay by Friday'],
    ["OK so if you pay today we'll ship", 'if you pay today'],
    ["Thanks! If you pay today we'll ship", 'If you pay today'],
    ["Got it - once legal signs we'll ship", 'once legal signs'],
    ["Great, once you send the logs we'll ship", 'once you send the logs'],
  ])('a condition after the opener stays the condition: %s', (note, condition) => {
    expect(read(note)).toMatchObject({ party: 'agent', action: 'ship', conditions: [condition] });
  });

  it('a note with no subject after the opener is still the agent’s to-do', () => {
    expect(read('Okay, send refund by Friday')).toEqual({ party: 'agent', action: 'send refund', due: FRIDAY, conditions: [] });
  });

  it('the note as written is kept whole', () => {
    expect(parseCommitment("Okay, I'll send it Friday", ctx).text).toBe("Okay, I'll send it Friday");
  });
});

describe('words that only look like an opener stay', () => {
  it('a hyphenated word ("Fine-tune")', () => {
    expect(read('Fine-tune the config by Friday').action).toBe('Fine-tune the config');
  });

  it('an opener word alone is the whole note', () => {
    expect(read('ok').action).toBe('ok');
  });

  it('an opener word followed by other words without a stop ("Great news…")', () => {
    expect(read('Great news will follow Friday').action).toContain('Great news');
  });
});
