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
const FRI = '2026-11-27T17:00:00-05:00';
const SAT = '2026-11-28T17:00:00-05:00';
const WED_3PM = '2026-11-25T15:00:00-05:00';
const THU_9AM = '2026-11-26T09:00:00-05:00';
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

// What a note's words around its deadline leave in the action: the cue, a rough word, a word dating
// the act from a moment and a part of the day go with the deadline; a length stays in the action.
describe('the words around the deadline', () => {
  it.each([
    // A rough word before the deadline, or before its cue.
    ["I'll call you some time on Friday", 'call you', FRI],
    ["I'll call you around 3pm", 'call you', WED_3PM],
    ["I'll call you at about 3pm", 'call you', WED_3PM],
    ["I'll review it over the weekend", 'review it', SAT],
    ["I'll review it during the weekend", 'review it', SAT],
    ["I'll call you during Friday afternoon", 'call you', FRI],
    ["I'll review it throughout the weekend", 'review it', SAT],
    ["I'll review it throughout Friday", 'review it', FRI],
    ["I'll review it through the weekend", 'review it', SAT],
    // A word that dates the act from a moment, with or without a comma before it.
    ["We'll pause the subscription starting Friday", 'pause the subscription', FRI],
    ["I'll upgrade your plan effective Friday", 'upgrade your plan', FRI],
    ["I'll upgrade your plan, effective Friday, for free", 'upgrade your plan for free', FRI],
    ["I'll upgrade your plan,effective Friday, for free", 'upgrade your plan for free', FRI],
    ["We'll bill you beginning Friday", 'bill you', FRI],
    ["We'll lower the price as of Friday", 'lower the price', FRI],
    // Three words before the deadline at most, a phrase of several words counted once.
    ["I'll send it hopefully sometime effective from Friday", 'send it', FRI],
    ["I'll send it hopefully sometime effective as of Friday", 'send it', FRI],
    ["I'll send it hopefully sometime starting from Friday", 'send it', FRI],
    ["I'll send it hopefully sometime due on 11/27", 'send it', FRI],
    // A part of the day just after the deadline goes with it; one further on stays.
    ["I'll call you first thing tomorrow morning", 'call you', THU_9AM],
    ["I'll call you first thing tomorrow in the morning", 'call you', THU_9AM],
    ["I'll call you first thing tomorrow and again in the evening", 'call you and again in the evening', THU_9AM],
    // A span counted from a date is a date, not a length.
    ["I'll book the visit for 2 weeks from Friday", 'book the visit', '2026-12-11T17:00:00-05:00'],
  ])('%j: %j', (note, action, due) => {
    expect(read(note)).toEqual({ party: 'agent', action, due, vague: false });
  });

  it.each([
    // A length with "for" further back, or without "the", or written as one word, is still a length.
    ["I'll hold it for you for the next 2 weeks", 'hold it for you for the next 2 weeks'],
    ["I'll hold it for next 2 weeks", 'hold it for next 2 weeks'],
    ["I'll hold it for 2days", 'hold it for 2days'],
  ])('%j: a length, no date', (note, action) => {
    expect(read(note)).toEqual({ party: 'agent', action, due: null, vague: true });
  });
});

describe('what stays in the action', () => {
  it.each([
    // A mention is dropped at the start of the note only.
    ["I'll email it to support@acme.com by Friday", 'agent', 'email it to support@acme.com'],
    // "please" and an offer are dropped at the start of the action only.
    ["I'll ask them to please call you by Friday", 'agent', 'ask them to please call you'],
    ["I'll check whether they would be glad to help by Friday", 'agent', 'check whether they would be glad to help'],
    // A subject nobody can place stays in the action: only a bare "will" at the start is the writer's.
    ['Whoever is on shift will send it by Friday', 'agent', 'Whoever is on shift will send it'],
    ['By Friday and will send it', 'agent', 'send it'],
  ])('%j: the %s, %j', (note, party, action) => {
    expect(read(note)).toEqual({ party, action, due: FRI, vague: false });
  });

  it.each([
    // The deadline or a vague word in brackets or beside a slash leaves no empty brackets, no lone slash.
    ["I'll send it (by Friday)", 'send it', FRI],
    ["I'll send it (asap) to Maria", 'send it to Maria', null],
    ["I'll send it [asap]", 'send it', null],
    ["I'll send it ( asap )", 'send it', null],
    ["I'll send it [ asap ]", 'send it', null],
    ["I'll send it asap/today", 'send it', '2026-11-25T17:00:00-05:00'],
  ])('%j: %j', (note, action, due) => {
    expect(read(note)).toEqual({ party: 'agent', action, due, vague: due === null });
  });

  it('a "from" further back than the words just before the deadline stays in the action', () => {
    expect(read("I'll get the logs from Maria and call you tomorrow")).toEqual({
      party: 'agent',
      action: 'get the logs from Maria and call you',
      due: '2026-11-26T17:00:00-05:00',
      vague: false,
    });
  });

  it('a party the caller gives as unknown (null) stays unknown, even with the fallback', () => {
    const clause = 'The parcel will be delivered by Friday';
    const d = buildDraft(clause, clause, WED, AGENT, true, { party: null });
    expect([d.party, d.action, d.due?.at]).toEqual([null, 'The parcel will be delivered', FRI]);
  });

  it('a note that is only a deadline has no party and no action', () => {
    expect(read('by Friday')).toEqual({ party: null, action: '', due: FRI, vague: false });
  });

  it('a party given by the caller keeps the subject in the action (a passive promise)', () => {
    const d = buildDraft('Your refund will be processed by Friday', 'Your refund will be processed by Friday', WED, AGENT, true, {
      party: 'agent',
    });
    expect([d.party, d.action, d.due?.at]).toEqual(['agent', 'Your refund will be processed', FRI]);
  });
});
