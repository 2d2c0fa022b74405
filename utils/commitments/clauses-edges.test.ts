// Clause splitting where one space, one letter's case or one character decides: reasons and
// deadline spans typed with two spaces (a sentence keeps the spacing it was typed with), shouted
// sentences, numbers of other shapes, punctuation a condition or a reason ends with, and sentences
// holding both a condition and a reason.
import { describe, expect, it } from 'vitest';
import { cutContrast, splitClauses } from './clauses';

const conditionOf = (s: string) => splitClauses(s).conditions;
const oneSpace = (s: string | null) => s?.replace(/\s+/g, ' ') ?? null;

describe('a reason typed with two spaces', () => {
  it.each([
    'so  that you have it',
    'so  as to be sure',
    'so as  to be sure',
    'so  we have it Tuesday',
    'so  no one waits',
    'so no  one waits',
    'since  we are closed Friday',
    'as  we need the form',
    'as we  need the form',
    'as we do  not ship today',
    'in  order to check',
    'in order  to check',
    'to  make sure it works',
    'to make  sure it works',
    'given  that we are closed',
    'now  that we know',
    'seeing  as we are closed',
  ])('%j', (reason) => {
    const out = splitClauses(`We'll ship Monday, ${reason}.`);
    expect(oneSpace(out.reason)).toBe(oneSpace(reason));
    expect(out.main).toBe("We'll ship Monday");
  });
});

describe('a span before "after" is a deadline, in any shape', () => {
  it.each([
    '12 days',
    '1.25 hours',
    'a month',
    '1 month',
    '1 year',
    'a couple  of days',
    '3  days',
    '3 business  days',
    'the  day',
    'the  week',
    '2 days ',
  ])('%j after the event', (before) => {
    expect(conditionOf(`I'll call ${before} after the part arrives.`)).toEqual([]);
  });

  it('a span said earlier in the sentence does not make "after" a deadline', () => {
    expect(conditionOf("In 2 days I'll call you after the part arrives.")).toEqual(['after the part arrives']);
  });

  it('a shouted date after "after" is a date too', () => {
    expect(conditionOf("I'LL CALL AFTER THE WEEKEND.")).toEqual([]);
  });

  it('a date word after "if" is still a condition', () => {
    expect(conditionOf("I'll call you if this week is quiet.")).toEqual(['if this week is quiet']);
  });
});

describe('what a condition or a reason ends with', () => {
  it.each([
    ["I'll refund you if the part arrives!!", 'if the part arrives'],
    ["I'll refund you if the part arrives?", 'if the part arrives'],
    ["I'll refund you if the part arrives!  ", 'if the part arrives'],
    ["I'll refund you if the part arrives, so that you have it.", 'if the part arrives'],
  ])('%j', (sentence, condition) => {
    expect(conditionOf(sentence)).toEqual([condition]);
  });

  it.each([
    ["We'll ship Monday, so that version 2.5 is in.", 'so that version 2.5 is in'],
    ["We'll ship Monday, so that it works!!", 'so that it works'],
    ["We'll ship Monday, so that it works!  ", 'so that it works'],
  ])('%j', (sentence, reason) => {
    expect(splitClauses(sentence).reason).toBe(reason);
  });
});

describe('a condition and a reason in one sentence', () => {
  it.each([
    ["We'll ship Monday if you pay, so that you have it.", ['if you pay'], 'so that you have it'],
    // A reason after the promise runs to the end of the sentence, a condition in it included.
    ["We'll ship Monday so that you have it if you pay.", [], 'so that you have it if you pay'],
    ["Because we are closed, we'll ship Monday if you pay.", ['if you pay'], 'Because we are closed'],
  ])('%j', (sentence, conditions, reason) => {
    const out = splitClauses(sentence);
    expect([out.conditions, out.reason]).toEqual([conditions, reason]);
  });
});

describe('what is left of the sentence', () => {
  it.each([
    ["If the part arrives we'll refund you, and call.", "we'll refund you, and call."],
    ["We'll ship it and call you.", "We'll ship it and call you."],
  ])('%j → %j', (sentence, main) => {
    expect(splitClauses(sentence).main).toBe(main);
  });

  it("a trailing condition keeps its own subject's words", () => {
    expect(conditionOf("We'll refund you if the carrier confirms we can ship.")).toEqual(['if the carrier confirms we can ship']);
  });
});

describe('cutContrast', () => {
  it('a shouted contrast is one too', () => {
    expect(cutContrast("We'll ship Monday, BUT nobody is free today")).toBe("We'll ship Monday");
  });

  it('a contrast at the very start cuts nothing', () => {
    expect(cutContrast(' but nobody is free today')).toBe(' but nobody is free today');
  });
});
