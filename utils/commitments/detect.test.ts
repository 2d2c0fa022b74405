// findPromise's own rules, one row each: the verb after the modal, questions and a question after a
// promise, the statement a hedge belongs to, the checks of what comes before the promise, and which
// form (active, passive, receiver) found it. Whole-message behaviour is in understanding.test.ts and
// dialogue-forms.test.ts; here the rule that decides is the only one at work in each row.
import { describe, expect, it } from 'vitest';
import { findPromise } from './detect';

const clauseOf = (s: string) => findPromise(s)?.clause ?? null;

describe('the verb after the modal', () => {
  it.each([
    ["We'll also still just send it.", "We'll also still just send it."],
    ["I'll go ahead and refund it.", "I'll go ahead and refund it."],
    ["I'll go home at 3pm.", "I'll go home at 3pm."],
    ["I'll go there tomorrow at 10:30 and fix it.", "I'll go there tomorrow at 10:30 and fix it."],
    ["I'll be in touch tomorrow.", "I'll be in touch tomorrow."],
    ["I'll be at the depot at 3:15.", "I'll be at the depot at 3:15."],
    ["We'll be replacing the meter on Friday.", "We'll be replacing the meter on Friday."],
    ["I'll get back to you.", "I'll get back to you."],
    ["I'll have an update for you by Friday.", "I'll have an update for you by Friday."],
    ["I'll see what I can do.", "I'll see what I can do."],
    ["I'd be happy to send it.", "I'd be happy to send it."],
    ["We're going to send it.", "We're going to send it."],
    ['I am going to the bank at 3pm.', 'I am going to the bank at 3pm.'],
  ])('%j promises', (sentence, clause) => {
    expect(findPromise(sentence)).toEqual({ clause, index: 0, form: 'active' });
  });

  it.each([
    // A negation after three adverbs is still found.
    "We'll also still just never send it.",
    // The act after "go ahead and" is the one judged: an order is no promise.
    "I'll go ahead and take two tickets.",
    "I'll take two tickets.",
    // Going somewhere without a clock is a plan; the clock must be in the same statement.
    "I'll go home now.",
    "I'll go home now; the meeting is at 3pm.",
    "I'll be out of the office.",
    "I'll be at the game tonight.",
    "I'll get hungry.",
    "I'll have fun.",
    "I'll see the movie.",
    'I will 5 times send it.',
    'I will ...',
    'I am going to New York on the 11th.',
  ])('%j does not', (sentence) => {
    expect(findPromise(sentence)).toBeNull();
  });
});

describe('questions', () => {
  it.each([
    'Will you send it?',
    'We will send it?',
    'We will send it?")',
    'We will send it ?  ',
    'Should we send it tomorrow',
    'Can we send it tomorrow',
    'May I send it tomorrow',
    'Do we send it tomorrow',
    'So when will we send it',
    // A question after a promise that asks to approve it keeps the whole a proposal.
    'Sure, I will help you, how does that sound?',
    'Sure, I will help you, what do you think?',
    // The part before a new question must be no question itself.
    'Is it ok? I will help you, which city?',
    'Will you? I will help you, which city should I pick?',
    'Can you check, I will help you, which city should I pick?',
    'When can you, I will help you, which city should I pick?',
  ])('%j: no promise', (sentence) => {
    expect(findPromise(sentence)).toBeNull();
  });

  it.each([
    ['Sure, I will help you, which city should I search in?', 'I will help you', 6],
    ["Sure, I'll send it, what else?", "I'll send it", 6],
    // An inverted condition ending in a comma is no question.
    ['Should you need anything, we will send it.', 'we will send it.', 26],
  ])('%j promises %j', (sentence, clause, index) => {
    expect(findPromise(sentence)).toEqual({ clause, index, form: 'active' });
  });
});

describe('a hedge belongs to its own statement', () => {
  it.each([
    "I'm not sure we'll pause the charges.",
    "We'll probably pause the charges.",
    // A hedge that names the promise's own subject (these were read as promises).
    'I think we will send it.',
    "I think that we'll send it Friday.",
    "I guess I'll call you tomorrow.",
    "I bet we'll ship it Friday.",
    "I suppose I'll refund it.",
    "I imagine we'll fix it.",
    "I expect we'll ship it Friday.",
    "Looks like I'll call you tomorrow.",
  ])('%j: hedged', (sentence) => {
    expect(findPromise(sentence)).toBeNull();
  });

  it.each([
    ["I'm not sure, but we'll pause the charges.", "we'll pause the charges."],
    ["I'm not sure, however we'll pause the charges.", "we'll pause the charges."],
    ["I'm not sure; meanwhile we'll pause the charges.", "we'll pause the charges."],
    ["I'm not sure; in the meantime we'll pause the charges.", "we'll pause the charges."],
    ["I'm not sure - we'll pause the charges.", "we'll pause the charges."],
    ["I'm not sure: we'll pause the charges.", "we'll pause the charges."],
    ["I'm not sure. We'll pause the charges.", "We'll pause the charges."],
    ["I think so, and we'll ship it Friday.", "we'll ship it Friday."],
    // A hedge after the promise's own words, past a comma, is about something else.
    ["We'll pause the charges, probably tomorrow.", "We'll pause the charges, probably tomorrow."],
  ])('%j: the promise is a statement of its own', (sentence, clause) => {
    expect(clauseOf(sentence)).toBe(clause);
  });
});

describe('what comes before the promise', () => {
  it.each([
    'Usually we will send it the same day.',
    "We'll usually send it the same day.",
    'All refunds will be issued to the original card.',
    'The new plan will be available to all users.',
    'Once a return is received, it will be inspected.',
    "I'm afraid I'll be charged twice.",
    "I wonder whether we'll get it.",
    "She said she'll send it.",
    'Confirming: I will reserve a table for 2.',
    'I can see that the refund will be processed on the 3rd.',
    'The system shows your order will ship tomorrow.',
    'Our tracking system shows it will be sent today.',
    'I think the parts will be delivered next week.',
    "I'm sure Maria will call you.",
    "I'll let you know if I need anything further.",
    'Is there anything else that I can send you today.',
    'If you would like, we can send a replacement.',
    "I'd be happy to send it if you'd prefer.",
  ])('%j: no promise', (sentence) => {
    expect(findPromise(sentence)).toBeNull();
  });

  it.each([
    ["As always, we'll send it today.", "we'll send it today."],
    ['All your items will be shipped today.', 'All your items will be shipped today.'],
    ["Once a few days pass, we'll send it.", "we'll send it."],
    ["To confirm, we'll send it Friday.", "we'll send it Friday."],
    // A belief frames others' acts, not the writer's own (those are hedges, above).
    ["I believe I'll send it today.", "I'll send it today."],
  ])('%j promises %j', (sentence, clause) => {
    expect(clauseOf(sentence)).toBe(clause);
  });
});

describe('"I can", "let me", "he/she" and a shared subject', () => {
  it.each([
    ['We can send a replacement.', 'We can send a replacement.'],
    ['Let me check with billing and get back to you.', 'Let me check with billing and get back to you.'],
    ['Allow me a moment to check with billing.', 'Allow me a moment to check with billing.'],
    ['My supervisor is here, she will call you.', 'she will call you.'],
    ['We received your DM and will follow up there.', 'will follow up there.'],
    ['Maria will call you tomorrow.', 'Maria will call you tomorrow.'],
  ])('%j promises %j', (sentence, clause) => {
    expect(clauseOf(sentence)).toBe(clause);
  });

  it.each([
    'We can help with that.',
    'I can help you order it.',
    "I can't send it.",
    'We cannot send it.',
    'If we can send it, great.',
    'Let me know whether we can send it.',
    'Let me check.',
    'Let me know.',
    'Let me see if I can.',
    'The 6 year old is here, he will eat.',
    'The form arrived and will follow up.',
    'Prices will go up in January.',
  ])('%j: no promise', (sentence) => {
    expect(findPromise(sentence)).toBeNull();
  });
});

describe('passive and receiver forms', () => {
  it.each<[string, string, number, 'passive' | 'receiver']>([
    [
      'Your new card is being printed and should reach you within 5 days.',
      'Your new card is being printed and should reach you within 5 days.',
      0,
      'passive',
    ],
    ['The parcel is packed and will arrive within 3 days.', 'The parcel is packed and will arrive within 3 days.', 0, 'passive'],
    ['Your refund will be processed by Friday.', 'Your refund will be processed by Friday.', 0, 'passive'],
    ['Your order will be ready in a few minutes.', 'Your order will be ready in a few minutes.', 0, 'passive'],
    ['Give us a few minutes and it will be ready.', 'a few minutes and it will be ready.', 8, 'passive'],
    ['Your replacement will arrive within 3 days.', 'Your replacement will arrive within 3 days.', 0, 'passive'],
    ['There will be an email confirming it soon.', 'There will be an email confirming it soon.', 0, 'receiver'],
    ["You'll get a confirmation email.", "You'll get a confirmation email.", 0, 'receiver'],
    ['Expect a call from us on Monday.', 'Expect a call from us on Monday.', 0, 'receiver'],
  ])('%j', (sentence, clause, index, form) => {
    expect(findPromise(sentence)).toEqual({ clause, index, form });
  });

  it.each([
    'Your order was placed and will be closed.',
    'The parcel is packed and will arrive at 7pm.',
    'Your account will be closed.',
    'Your order will be ready.',
    'The flight will arrive at 7:22 pm.',
    'There will be a charge.',
    "You'll get charged twice.",
  ])('%j: no promise', (sentence) => {
    expect(findPromise(sentence)).toBeNull();
  });
});

describe('length', () => {
  it('a sentence of 1,500 characters is read; one more is a pasted document', () => {
    const words = "I'll send it ";
    const at = (n: number) => words + 'x'.repeat(n - words.length);
    expect(at(1500)).toHaveLength(1500);
    expect(findPromise(at(1500))?.form).toBe('active');
    expect(findPromise(at(1501))).toBeNull();
    expect(findPromise('')).toBeNull();
  });
});
