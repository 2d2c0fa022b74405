// Coaching where one word or one space decides: the agent's own promise to make contact (each form
// and verb) silences a call-back ask in the same words, also typed with two spaces; "let us know if
// it happens again" typed with two spaces; the leftover digits of a long year; a deadline written
// with an extended year ("+012000-…"); no context at all for the rewording.
import { describe, expect, it } from 'vitest';
import { asksToCallBack, coach, suggestFollowUp } from './coaching';
import type { CommitmentDraft, Due, ParseContext } from './types';

const NOW = new Date('2026-11-25T15:00:00Z'); // Wednesday
const due = (at: string): Due => ({ at, text: 'by then', precision: 'minute' });
const draft = (over: Partial<CommitmentDraft> = {}): CommitmentDraft => ({
  text: 'send the report',
  party: 'agent',
  action: 'send the report',
  due: null,
  vague: false,
  conditions: [],
  reason: null,
  kind: 'promise',
  warnings: [],
  ...over,
});

const FORMS = [
  "I'll",
  'I will',
  'we shall',
  "I'm going to",
  "we're going to",
  'I  will',
  'we  shall',
  "I'm  going  to",
  "we're  going  to",
];
const VERBS = [
  'call',
  'ring',
  'phone',
  'email',
  'e-mail',
  'write',
  'message',
  'text',
  'contact',
  'reach out',
  'reach  out',
  'get back',
  'get  back',
  'follow up',
  'follow  up',
  'check in',
  'check  back',
];

describe("the agent's own promise to make contact is no call-back ask", () => {
  it('the ask alone is one', () => {
    expect(asksToCallBack('Or call us if it happens again.')).toBe(true);
  });

  it.each(FORMS)('%j + a contact verb, with an ask after it', (form) => {
    expect(asksToCallBack(`${form} call you tomorrow, or call us if it happens again.`)).toBe(false);
  });

  it.each(VERBS)('"I will %s", with an ask after it', (verb) => {
    expect(asksToCallBack(`I will ${verb} tomorrow, or call us if it happens again.`)).toBe(false);
  });

  it.each(['I will personally call', 'I will  personally  call'])('%j: one word between the modal and the verb', (own) => {
    expect(asksToCallBack(`${own} you, or call us if it happens again.`)).toBe(false);
  });

  it('two words between them are no promise to make contact', () => {
    expect(asksToCallBack('I will very personally call you, or call us if it happens again.')).toBe(true);
  });
});

describe('"let us know if it happens again", typed with two spaces', () => {
  it.each([
    'Let  us know if it happens again.',
    'Let us  know if it happens again.',
    'Let us know  if it happens again.',
    'Let us know in  case it comes back.',
    'Let us know if it comes  back.',
    'Let us know if it is not  fixed.',
    "Let us know if it doesn't  work.",
    'Let us know if it does  not work.',
    'Let us know if it does not  work.',
    'Let us know if it is  not working.',
    "Let us know if it's not fixed.",
    "Let us know if it's not  fixed.",
    'Let us know if it is  not.',
  ])('%j', (text) => {
    expect(asksToCallBack(text)).toBe(true);
  });
});

describe('absurd-date: the digits the parsers left of a long year', () => {
  it.each([
    ['send the 2 reports 2050', 'send the 2 reports'],
    ['send the report  2050', 'send the report'],
    ['send the report 2050 now', 'send the report 2050 now'],
  ])('%j → %j', (action, kept) => {
    const out = coach(draft({ due: due('2099-01-01T00:00:00Z'), action }), NOW, { agentWords: true, words: 'send the report' });
    expect(out.action).toBe(kept);
  });

  it('a deadline written with an extended year is absurd too', () => {
    const out = coach(draft({ due: due('+012000-01-01T00:00:00Z') }), NOW, { agentWords: true, words: 'send the report' });
    expect([out.warnings, out.due]).toEqual([['absurd-date', 'vague'], null]);
  });
});

describe('suggestFollowUp without a context', () => {
  it('the next workday after the clock, in UTC', () => {
    const text = suggestFollowUp({ text: 'call us', due: null }, undefined as unknown as ParseContext);
    expect(text).toMatch(/^I'll call you on (?:Mon|Tue|Wed|Thu|Fri), [A-Z][a-z]{2} \d{1,2} to check it's fixed$/);
  });
});
