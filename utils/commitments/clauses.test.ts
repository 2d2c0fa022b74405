// Conditions and reasons are split off the main clause; one row per marker word, the near misses
// that stay in the main clause (a vague "as soon as possible", a deadline phrase "two days after this
// Monday", "when convenient"), and the contrast that ends a promise.
import { describe, expect, it } from 'vitest';
import { cutContrast, splitClauses } from './clauses';
import { findCommitments } from './find';

const conditionOf = (text: string) => splitClauses(text).conditions;

describe('condition markers', () => {
  it.each([
    'only if',
    'if',
    'unless',
    'once',
    'as soon as',
    'provided',
    'provided that',
    'providing',
    'providing that',
    'as long as',
    'so long as',
    'assuming',
    'assuming that',
    'in case',
    'in the event',
    'in the event that',
    'on condition that',
    'subject to',
    'depending on',
    'pending',
    'whenever',
    'when',
    'after',
    'the moment',
    'as and when',
    'IF',
  ])('"%s" opens a condition', (marker) => {
    const out = splitClauses(`I'll refund you ${marker} the part arrives.`);
    expect(out.conditions).toEqual([`${marker} the part arrives`]);
    expect(out.main).not.toContain('part');
  });

  it('"should" before a subject is a condition', () => {
    expect(conditionOf("I'll refund you should you need it.")).toEqual(['should you need it']);
    expect(conditionOf("I'll refund you should the part fail.")).toEqual(['should the part fail']);
    expect(conditionOf('I should refund you today.')).toEqual([]);
  });

  it.each(['possible', 'practicable', 'practical', 'I can', 'we can', 'I am able', 'we are able'])(
    '"as soon as %s" is vague, not a condition',
    (rest) => {
      expect(conditionOf(`I'll refund you as soon as ${rest}.`)).toEqual([]);
    },
  );

  it.each(['I can', 'we get a chance', 'I have a moment', 'we have a minute', 'I have a chance', 'we have a sec'])(
    '"when %s" is vague, not a condition',
    (rest) => {
      expect(conditionOf(`I'll refund you when ${rest}.`)).toEqual([]);
    },
  );

  it.each(['when convenient', 'after lunch', 'after 5pm'])('"%s" has no subject: no condition', (words) => {
    expect(conditionOf(`I'll refund you ${words}.`)).toEqual([]);
  });

  it.each([
    'you',
    'we',
    'i',
    'they',
    'he',
    'she',
    'it',
    'legal',
    'engineering',
    'finance',
    'billing',
    'everything',
    'everyone',
    'nobody',
    'someone',
    'the courier',
    'your bank',
    'our team',
    'their office',
    'my manager',
    'his lawyer',
    'her boss',
    'that form',
    'these forms',
    'those forms',
    'the new spare part',
  ])('"when" + subject "%s" is a condition', (subject) => {
    expect(conditionOf(`I'll refund you when ${subject} confirms.`)).toEqual([`when ${subject} confirms`]);
  });

  it('a marker alone, one word, is no condition', () => {
    expect(conditionOf("I'll refund you unless.")).toEqual([]);
  });
});

describe('a deadline phrase is not a condition', () => {
  it.each([
    'this Monday',
    'that Friday'.replace('that', 'this'),
    'the 15th',
    'the first invoice',
    'the second week',
    'the third',
    'the fourth',
    'the fifth',
    'the last week',
    'the end of the month',
    'the start of the month',
    'the beginning of May',
    'the middle of May',
    'the weekend',
    'the holidays',
    'the holiday',
    'the break',
    'the new year',
    'the long weekend',
    'the week is over',
    'the month ends',
  ])('"after %s"', (words) => {
    expect(conditionOf(`I'll call after ${words}.`)).toEqual([]);
    expect(conditionOf(`I'll call when ${words} comes.`)).toEqual([]);
  });

  it.each([
    '2 days',
    '1.5 hours',
    'an hour',
    'a week',
    'one day',
    'two days',
    'three days',
    'four days',
    'five days',
    'six days',
    'seven days',
    'eight days',
    'nine days',
    'ten days',
    'eleven days',
    'twelve days',
    'fifteen minutes',
    'twenty minutes',
    'thirty minutes',
    'a few days',
    'a couple days',
    'a couple of days',
    'several days',
    '3 business days',
    '3 working days',
    '3 calendar days',
    '3 full days',
    '5 minutes',
    '5 minute',
    '5 mins',
    '5 min',
    '2 hours',
    '2 hrs',
    '2 hr',
    '2 weeks',
    '2 months',
    '2 years',
    '2 year',
    'the day',
    'the week',
    'right',
    'soon',
    'shortly',
    'immediately',
    'just',
    'straight',
    'a day',
    'Monday',
  ])('"%s after" the event is a deadline', (before) => {
    const expected = before === 'Monday' ? ['after the part arrives'] : [];
    expect(conditionOf(`I'll call ${before} after the part arrives.`)).toEqual(expected);
  });
});

describe('reasons', () => {
  it.each([
    'so that you have it Tuesday',
    'so as to be sure',
    'so we have it Tuesday',
    'so you have it',
    'so I can check',
    'so they can check',
    'so it arrives Tuesday',
    'so that it arrives',
    'so the team can check',
    'so there is time',
    'so nobody waits',
    'so no one waits',
    'because the depot is closed',
    'since we are closed Friday',
    'since you asked',
    'since the depot is closed',
    'since there is time',
    'since our depot is closed',
    'since your order is late',
    'as we need the form',
    "as we can't ship today",
    'as we cannot ship today',
    "as we don't ship today",
    'as we do not ship today',
    'as you want it fast',
    'as they have no stock',
    'as it must be signed',
    'as we are closed',
    'as we were told',
    'in order to check',
    'in order that you have it',
    'to make sure it works',
    'to ensure it works',
    'to avoid delays',
    'to prevent delays',
    'given that we are closed',
    'now that we know',
    'seeing as we are closed',
    'seeing that we are closed',
  ])('"%s" is the reason, after the promise', (reason) => {
    const out = splitClauses(`We'll ship Monday, ${reason}.`);
    expect(out.reason).toBe(reason);
    expect(out.main).toBe("We'll ship Monday");
  });

  it.each(['so far', 'since Monday', 'as usual', 'to start', 'given time'])('"%s" is no reason', (words) => {
    expect(splitClauses(`We'll ship Monday ${words}.`).reason).toBe(null);
  });

  it('a reason first in the sentence ends at its comma', () => {
    const out = splitClauses('Because the depot is closed, we will ship Monday.');
    expect(out.reason).toBe('Because the depot is closed');
    expect(out.main).toBe('we will ship Monday.');
    const lead = splitClauses('... because the depot is closed, we will ship Monday.');
    expect(lead.reason).toBe('because the depot is closed');
  });

  it('a leading reason without a comma ends where the main clause starts', () => {
    const out = splitClauses('Because the depot is closed we will ship Monday.');
    expect(out.reason).toBe('Because the depot is closed');
    expect(out.main).toBe('we will ship Monday.');
  });
});

describe('where a condition ends', () => {
  it('at a comma, semicolon, dash or full stop', () => {
    expect(conditionOf("I'll refund you if the part arrives, and call.")).toEqual(['if the part arrives']);
    expect(conditionOf("I'll refund you if the part arrives; and call.")).toEqual(['if the part arrives']);
    expect(conditionOf("I'll refund you if the part arrives - and call.")).toEqual(['if the part arrives']);
    expect(conditionOf("I'll refund you if the part arrives – and call.")).toEqual(['if the part arrives']);
    expect(conditionOf("I'll refund you if the part arrives — and call.")).toEqual(['if the part arrives']);
    expect(conditionOf("I'll refund you if the part arrives. Then call.")).toEqual(['if the part arrives']);
    expect(conditionOf("I'll refund you if the part-arrives today")).toEqual(['if the part-arrives today']);
    expect(conditionOf("I'll refund you if the v1.2 part arrives")).toEqual(['if the v1.2 part arrives']);
  });

  it('at the next condition or reason', () => {
    expect(conditionOf("I'll call after the courier comes once legal signs.")).toEqual(['after the courier comes', 'once legal signs']);
    const out = splitClauses("I'll call if the courier comes so that you know.");
    expect(out.conditions).toEqual(['if the courier comes']);
    expect(out.reason).toBe('so that you know');
  });

  it('a leading condition without a comma ends where the main clause starts', () => {
    for (const [text, cond, main] of [
      ["If approved we'll refund it.", 'If approved', "we'll refund it."],
      ['Once signed our team will ship it.', 'Once signed', 'our team will ship it.'],
      ['If approved I can refund it.', 'If approved', 'I can refund it.'],
      ['If approved let me refund it.', 'If approved', 'let me refund it.'],
      ["If approved let's refund it.", 'If approved', "let's refund it."],
      ['If approved please refund it.', 'If approved', 'please refund it.'],
      ['If approved then refund it.', 'If approved', 'refund it.'],
      ["If approved I'm going to refund it.", 'If approved', "I'm going to refund it."],
      ['If approved we are going to refund it.', 'If approved', 'we are going to refund it.'],
      ['If approved someone will refund it.', 'If approved', 'someone will refund it.'],
      ['If approved they would refund it.', 'If approved', 'they would refund it.'],
      ['If approved we shall refund it.', 'If approved', 'we shall refund it.'],
      ['If approved you must refund it.', 'If approved', 'you must refund it.'],
      ["If approved he'd refund it.", 'If approved', "he'd refund it."],
      ['If approved she could refund it.', 'If approved', 'she could refund it.'],
    ] as const) {
      const out = splitClauses(text);
      expect(out.conditions, text).toEqual([cond]);
      expect(out.main, text).toBe(main);
    }
  });

  it("a subject right after the marker is the condition's own: the main clause starts at the next", () => {
    for (const [text, cond, main] of [
      ["If you'll send me the logs I'll check them.", "If you'll send me the logs", "I'll check them."],
      ["If you'll send me the logs, I'll check them.", "If you'll send me the logs", "I'll check them."],
      ['Once we can ship it we will call you.', 'Once we can ship it', 'we will call you.'],
      ["If you'll allow me.", "If you'll allow me", '.'],
    ] as const) {
      const out = splitClauses(text);
      expect(out.conditions, text).toEqual([cond]);
      expect(out.main, text).toBe(main);
    }
  });

  it('in a message, the condition before the promise stays with it', () => {
    const ctx = { now: new Date('2026-11-30T10:00:00Z'), timeZone: 'UTC' };
    for (const text of [
      "If you'll send me the logs, I'll check them by Friday.",
      "If you'll send me the logs I'll check them by Friday.",
    ]) {
      const [d] = findCommitments({ text, author: 'agent' }, ctx);
      expect(d?.conditions, text).toEqual(["If you'll send me the logs"]);
      expect(d?.action, text).toBe('check them');
    }
  });

  it('a leading condition after "and", "then", "but"', () => {
    expect(splitClauses('And if approved, we will refund it.').conditions).toEqual(['if approved']);
    expect(splitClauses('and if approved we will refund it.').main).toBe('we will refund it.');
  });

  it('"then" and "and" left at the start of the main clause go', () => {
    expect(splitClauses("then I'll call").main).toBe("I'll call");
    expect(splitClauses("and I'll call").main).toBe("I'll call");
    expect(splitClauses('thenceforth call').main).toBe('thenceforth call');
  });

  it('at most six conditions and reasons are split off', () => {
    const text = "I'll call if a b, if c d, if e f, if g h, if i j, if k l, if m n.";
    expect(conditionOf(text)).toHaveLength(6);
  });
});

describe('cutContrast', () => {
  it.each([
    ["I'll ship it today, but nobody is free Friday.", "I'll ship it today"],
    ["I'll ship it today; however we are closed Friday.", "I'll ship it today"],
    ["I'll ship it today - although the depot is closed Friday.", "I'll ship it today"],
    ["I'll ship it today though no one works Friday.", "I'll ship it today"],
    ["I'll ship it today, whereas everyone else ships Friday.", "I'll ship it today"],
    ["I'll ship it today while everybody waits.", "I'll ship it today"],
    ["I'll ship it today, yet there is no van.", "I'll ship it today"],
    ["I'll ship it today except that the van is out.", "I'll ship it today"],
    ["I'll ship it today, but, the van is out.", "I'll ship it today"],
  ])('%s', (text, kept) => {
    expect(cutContrast(text)).toBe(kept);
  });

  it.each([
    "I'll ship it today but not Friday.",
    "I'll ship it today, but we will not ship Friday.",
    'But we will ship it today.',
    "I'll ship it today butter.",
  ])('kept whole: %s', (text) => {
    expect(cutContrast(text)).toBe(text);
  });
});
