// buildDraft where one word or one letter decides: a length in the singular is a length, a vague
// phrase of the chance-or-convenience kind leaves no date, and who the subject is (a mention, a bare
// "will", "please", an offer) when the clause is read as typed. The clause is tidied (single spaces)
// before the vague, cue and length patterns read it, so two spaces never reach them.
import { describe, expect, it } from 'vitest';
import { buildDraft } from './draft';
import type { Perspective } from './party';
import type { ParseContext } from './types';

// Wednesday 25 November 2026, 10:00 in New York.
const WED: ParseContext = { now: new Date('2026-11-25T10:00:00-05:00'), timeZone: 'America/New_York' };
const AGENT: Perspective = { self: 'agent', other: 'customer', unknownNameIsOther: false };
const read = (clause: string) => {
  const d = buildDraft(clause, clause, WED, AGENT, true);
  return { party: d.party, action: d.action, due: d.due?.at ?? null, vague: d.vague };
};

describe('a vague phrase', () => {
  it.each(['when we get a chance', 'whenever I can', 'at your earliest convenience'])('"I\'ll send it %s"', (words) => {
    expect(read(`I'll send it ${words}`)).toEqual({ party: 'agent', action: 'send it', due: null, vague: true });
  });
});

describe('a length, also in the singular', () => {
  it.each([
    'for  3 nights',
    'for the  next 2 weeks',
    'for the next  2 weeks',
    'for a  further 2 weeks',
    'for an  extra 2 days',
    'for an  additional 7 days',
    'for 12 days',
    'for 1.25 hours',
    'for a  few days',
    'for a  couple of days',
    'for a couple  of days',
    'for 2 more  days',
    'for 1 minute',
    'for 1 min',
    'for 1 hour',
    'for 1 hr',
    'for 1 day',
    'for 1 week',
    'for 1 month',
    'for 1 year',
  ])('"I\'ll hold it %s"', (words) => {
    const d = read(`I'll hold it ${words}`);
    expect([d.due, d.vague]).toEqual([null, true]);
  });
});

describe('the subject of a clause', () => {
  it.each([
    ['@sam  @maria I will send it by Friday', 'agent', 'send it'],
    ['and  will send it by Friday', 'agent', 'send it'],
    ['please  send it by Friday', 'agent', 'send it'],
    ["I'd be  happy to walk you through it by Friday", 'agent', 'walk you through it'],
    ['The  courier will deliver it by Friday', 'third-party', 'deliver it'],
  ])('%j: the %s, %j', (clause, party, action) => {
    const d = read(clause);
    expect([d.party, d.action]).toEqual([party, action]);
  });

  it("without the writer's fallback, a clause with no subject has no party", () => {
    const d = buildDraft('send it by Friday', 'send it by Friday', WED, AGENT, false);
    expect([d.party, d.action, d.warnings]).toEqual([null, 'send it', []]);
  });
});
