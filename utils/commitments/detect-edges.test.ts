// findPromise where one space, one anchor or one slice decides: each row fails if a check reads the
// whole sentence instead of its own part (before or after the promise), if a pattern loses its anchor
// or its run of spaces, or if a rule meant for one form of promise is asked of another.
import { describe, expect, it } from 'vitest';
import { findPromise } from './detect';

const clauseOf = (s: string) => findPromise(s)?.clause ?? null;

describe('promises', () => {
  it.each([
    // Each check reads its own part of the sentence, not the whole of it.
    ['The part arrived and will ship today, as we agreed.', null],
    ['We will usually reply within a day, but I will send it today.', 'I will send it today.'],
    ['All good, we will send it today.', 'we will send it today.'],
    ['As a thank you to all customers, we will send yours today.', 'we will send yours today.'],
    ['We will refund it once a manager approves.', 'We will refund it once a manager approves.'],
    ['Our system shows nothing yet, so I will check it today.', 'I will check it today.'],
    ['If we need anything more we will ask, and I will send the form today.', 'we will ask, and I will send the form today.'],
    ['Happy to help we will send it today.', 'we will send it today.'],
    ['We will send the invoice today and call you if needed.', 'We will send the invoice today and call you if needed.'],
    ['We will send it by Friday if you prefer.', 'We will send it by Friday if you prefer.'],
    ['She will call you, my supervisor.', null],
    ['The technician will call you tomorrow.', 'The technician will call you tomorrow.'],
    ['Sure, my co-worker will call you tomorrow.', 'my co-worker will call you tomorrow.'],
    ['We will start the repair tomorrow.', 'We will start the repair tomorrow.'],
    ["I'll see if I can get it sorted today.", "I'll see if I can get it sorted today."],
    // A hedge in the statement before the promise, across a contrast that comes after it.
    ["Hopefully we'll pause the charges, but not today.", null],
    ["We might well, in the meantime we'll pause the charges.", "we'll pause the charges."],
    ['Sure,we will send it.', 'we will send it.'],
    ['Sure,your refund will be processed by Friday.', 'your refund will be processed by Friday.'],
    ['We can send it, not later than Friday.', 'We can send it, not later than Friday.'],
    ['ok I think let me check with billing and get back to you.', 'let me check with billing and get back to you.'],
    ["I'll go ahead and  refund it.", "I'll go ahead and  refund it."],
    // The time of a thing made ready comes after it (or as "give us…" before it).
    ['Soon enough your order will be ready.', null],
    ['Soon after lunch your replacement will arrive at 7pm.', null],
    // Every adverb in front of a negation is read past (was three at most).
    ["We'll also still just really never send it.", null],
    ["We'll also still just really send it.", "We'll also still just really send it."],
  ])('%j → %j', (sentence, clause) => {
    expect(clauseOf(sentence)).toBe(clause);
  });
});

describe('the verb after the modal, anchored at its start', () => {
  it.each([
    ["I'll send it to be safe.", "I'll send it to be safe."],
    ["I'll call to have it fixed.", "I'll call to have it fixed."],
    ["I'll call to see what happened.", "I'll call to see what happened."],
    ["I'll go  ahead and take two tickets.", null],
    ["I'll go ahead  and take two tickets.", null],
    ["I'll go ahead and  take two tickets.", null],
  ])('%j → %j', (sentence, clause) => {
    expect(clauseOf(sentence)).toBe(clause);
  });
});

describe('questions', () => {
  it.each([
    ['The blue one? I will send it Friday.', 'I will send it Friday.'],
    // "?!" ends a question too (was read as a promise).
    ['You said we will refund it?!', null],
    ['We will refund it?!', null],
    ['We will refund it?!!', null],
    ['We will refund it!?', null],
    ['Should  you need anything, we will send it.', 'we will send it.'],
    ['Will you be home, should we need to, we will call.', null],
    ['We will call you, or can you call us instead.', 'We will call you, or can you call us instead.'],
  ])('%j → %j', (sentence, clause) => {
    expect(clauseOf(sentence)).toBe(clause);
  });
});

describe("a belief frames others, not the writer's own acts", () => {
  it.each([
    ["I'm sure we can send a replacement.", 'we can send a replacement.'],
    ['I am certain and will follow up with billing today.', 'will follow up with billing today.'],
  ])('%j → %j', (sentence, clause) => {
    expect(clauseOf(sentence)).toBe(clause);
  });
});

describe('"we can": a purpose or a question word just before it', () => {
  it.each([
    'So we can send it today.',
    'So  we can send it today.',
    'Tell me how soon we can send it.',
    'Tell me how soon  we can send it.',
    'So we can send it today, before the courier comes by at noon.',
  ])('%j: no promise', (sentence) => {
    expect(findPromise(sentence)).toBeNull();
  });

  it.each([
    ['So we will send it today.', 'we will send it today.'],
    ['We can set up a call.', 'We can set up a call.'],
    ['We can set  up a call.', 'We can set  up a call.'],
    ['We can organise a call.', 'We can organise a call.'],
    ['We can organize a call.', 'We can organize a call.'],
  ])('%j → %j', (sentence, clause) => {
    expect(clauseOf(sentence)).toBe(clause);
  });
});

describe('"going to" a place, and offers', () => {
  it.each([
    ["We're going  to the bank tomorrow.", null],
    ["We're going to send it to the bank.", "We're going to send it to the bank."],
    ["We're going to bathe the dog tomorrow.", "We're going to bathe the dog tomorrow."],
    ["I'd be happy  to send it if you'd prefer.", null],
  ])('%j → %j', (sentence, clause) => {
    expect(clauseOf(sentence)).toBe(clause);
  });
});

describe('passive forms', () => {
  it.each<[string, string, number]>([
    [
      'The new parcel for you is packed and will be dispatched tomorrow.',
      'The new parcel for you is packed and will be dispatched tomorrow.',
      0,
    ],
    ['Your follow-up will be sent tomorrow.', 'Your follow-up will be sent tomorrow.', 0],
  ])('%j', (sentence, clause, index) => {
    expect(findPromise(sentence)).toEqual({ clause, index, form: 'passive' });
  });

  it.each(['Your parcel from within the UK is packed and will arrive at 7pm.', 'Your replacement will arrive at 7:22 pm.'])(
    '%j: a clock alone is a timetable',
    (sentence) => {
      expect(findPromise(sentence)).toBeNull();
    },
  );
});

describe('the statement a hedge belongs to, in a long sentence', () => {
  it('a complement just before the promise, 80 characters into a longer sentence', () => {
    const s = "I wonder whether we'll send it tomorrow or on Monday next week, given the backlog we have got now.";
    expect(s.length).toBeGreaterThan(80);
    expect(findPromise(s)).toBeNull();
  });
});
