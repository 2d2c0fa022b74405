// A note becomes a draft: the deadline and its cue word leave the action, vague words leave it and
// leave no date, a length ("for 3 nights", "for the next 2 weeks") is never the deadline, and a
// note without a subject is the agent's own to-do.
import { describe, expect, it } from 'vitest';
import { parseCommitment, type ParseContext } from './index';
import { MAX_NOTE } from './text';

// Wednesday 25 November 2026, 10:00 in New York.
const WED: ParseContext = { now: new Date('2026-11-25T10:00:00-05:00'), timeZone: 'America/New_York', agentName: 'Sam' };
const FRI = '2026-11-27T17:00:00-05:00';
const read = (text: string) => {
  const d = parseCommitment(text, WED);
  return { party: d.party, action: d.action, due: d.due?.at ?? null, vague: d.vague };
};

describe('vague words: no date, and not part of the action', () => {
  it.each([
    'asap',
    'a.s.a.p.',
    'as soon as possible',
    'as soon as we can',
    'as soon as I can',
    'as soon as practicable',
    'shortly',
    'soon',
    'soonest',
    'in due course',
    'in a bit',
    'in a while',
    'in a moment',
    'in a few',
    'at some point',
    'when I can',
    'right away',
    'straight away',
    'straightaway',
    'promptly',
    'at the earliest',
    'at your earliest convenience',
    'later',
  ])('"I\'ll send it %s"', (words) => {
    expect(read(`I'll send it ${words}`)).toEqual({ party: 'agent', action: 'send it', due: null, vague: true });
  });
});

describe('the deadline and the word that cues it leave the action', () => {
  it.each([
    'by Friday',
    'before Friday',
    'until Friday',
    'till Friday',
    'til Friday',
    'within 2 days',
    'no later than Friday',
    'not later than Friday',
    'on or before Friday',
    'due Friday',
    'due on Friday',
    'on Friday',
    'in 2 days',
    'for Friday',
    'Friday',
    'by Friday at the latest',
    'at the latest by Friday',
    'by Friday!!',
    'by Friday?!.',
  ])('"I\'ll send it %s"', (words) => {
    expect(read(`I'll send it ${words}`)).toEqual({ party: 'agent', action: 'send it', due: FRI, vague: false });
  });

  it('a clock cued by "at"', () => {
    expect(read("I'll send it at 5pm")).toEqual({ party: 'agent', action: 'send it', due: '2026-11-25T17:00:00-05:00', vague: false });
  });

  it('a cue word inside the action stays ("at", "on" before other words)', () => {
    expect(read("I'll look at the invoice on Friday")).toEqual({ party: 'agent', action: 'look at the invoice', due: FRI, vague: false });
  });
});

describe('a length is not a deadline', () => {
  it.each([
    ["I'll hold the room for 3 nights", 'hold the room for 3 nights'],
    ["I'll hold it for the next 2 weeks", 'hold it for the next 2 weeks'],
    ["I'll hold it for a couple of days", 'hold it for a couple of days'],
    ["I'll hold it for 1.5 hours", 'hold it for 1.5 hours'],
    ["I'll hold it for 2 more days", 'hold it for 2 more days'],
    ["I'll extend the trial for an additional 7 days", 'extend the trial for an additional 7 days'],
  ])('%s', (text, action) => {
    expect(read(text)).toEqual({ party: 'agent', action, due: null, vague: true });
  });

  it('beside a real deadline, the deadline is kept', () => {
    expect(read("I'll hold it for 3 nights and confirm by Friday")).toEqual({
      party: 'agent',
      action: 'hold it for 3 nights and confirm',
      due: FRI,
      vague: false,
    });
  });

  it('"for" before a date is a deadline, also after "the"', () => {
    expect(read("I'll book it for the 27th")).toEqual({ party: 'agent', action: 'book it', due: FRI, vague: false });
  });
});

describe('who acts', () => {
  it.each([
    ['@sam @dana I’ll send it by Friday', 'agent', 'send it'],
    ['please send refund by Friday', 'agent', 'send refund'],
    ['pls send refund by Friday', 'agent', 'send refund'],
    ['plz send refund by Friday', 'agent', 'send refund'],
    ["I'd be happy to walk you through it on Friday", 'agent', 'walk you through it'],
    ["I'd be glad to walk you through it on Friday", 'agent', 'walk you through it'],
    ['will send it by Friday', 'agent', 'send it'],
    ['and will send it by Friday', 'agent', 'send it'],
    ['shall send it by Friday', 'agent', 'send it'],
    ["'ll send it by Friday", 'agent', 'send it'],
    ['send refund by Friday', 'agent', 'send refund'],
    ['Maria to send the contract by Friday', 'customer', 'send the contract'],
    ['the courier will deliver it by Friday', 'third-party', 'deliver it'],
  ])('%s', (text, party, action) => {
    expect(read(text)).toEqual({ party, action, due: FRI, vague: false });
  });

  it('a request the customer made of the agent', () => {
    const d = parseCommitment('Customer asked me to send the quote by Friday', WED);
    expect([d.kind, d.party, d.action, d.due?.at]).toEqual(['request', 'agent', 'send the quote', FRI]);
  });
});

describe('parseCommitment: what is not a note', () => {
  it.each<[unknown, string]>([
    ['', ''],
    ['   ', '   '],
    [undefined, ''],
    [42, ''],
  ])('%j: nobody, no action, vague', (text, written) => {
    const d = parseCommitment(text as string, WED);
    expect(d).toEqual({
      text: written,
      party: null,
      action: '',
      due: null,
      vague: true,
      conditions: [],
      reason: null,
      kind: 'promise',
      warnings: ['vague'],
    });
  });

  it('without a context: read as far as it can be, no error', () => {
    const d = parseCommitment("I'll send it", undefined as unknown as ParseContext);
    expect([d.party, d.action, d.kind]).toEqual(['agent', 'send it', 'promise']);
  });

  it('a context that throws: the note is kept whole as a vague draft of nobody', () => {
    const broken = { ...WED };
    Object.defineProperty(broken, 'now', {
      get() {
        throw new Error('clock unavailable');
      },
    });
    expect(parseCommitment("I'll send it by Friday", broken)).toEqual({
      text: "I'll send it by Friday",
      party: null,
      action: "I'll send it by Friday",
      due: null,
      vague: true,
      conditions: [],
      reason: null,
      kind: 'promise',
      warnings: ['vague'],
    });
  });

  it('a reported request of someone we cannot place is not a request of nobody', () => {
    const d = parseCommitment('Customer asked him to send the quote by Friday', WED);
    expect(d.kind).toBe('promise');
    expect(d.party).not.toBeNull();
  });

  it(`a note longer than ${MAX_NOTE} characters is kept to that length`, () => {
    const long = `I'll send it by Friday ${'x'.repeat(MAX_NOTE)}`;
    const d = parseCommitment(long, WED);
    expect(d.text).toBe(long.slice(0, MAX_NOTE));
    expect(d.due?.at).toBe(FRI);
    const exact = 'y'.repeat(MAX_NOTE);
    expect(parseCommitment(exact, WED).text).toBe(exact);
  });
});
