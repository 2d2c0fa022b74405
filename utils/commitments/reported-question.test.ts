// A question somebody asked, told afterwards in a note ("Customer asked whether we can refund it by
// Friday"): when it is about our own act, it is ours to answer, a request of the agent with the
// question's deadline, never the asker's promise. A question about somebody else stays what it was.
import { describe, expect, it } from 'vitest';
import { parseCommitment, type ParseContext } from './index';
import { findReportedQuestion } from './request';

// Wednesday 25 November 2026, 10:00 in New York.
const WED: ParseContext = { now: new Date('2026-11-25T10:00:00-05:00'), timeZone: 'America/New_York' };
const FRI = '2026-11-27T17:00:00-05:00';
const THU = '2026-11-26T17:00:00-05:00';

describe('findReportedQuestion: each way of reporting a question', () => {
  it.each([
    ['Customer asked whether we can refund it by Friday', 'Customer', 'we', 'refund it by Friday'],
    ['Customer asked if we could refund it by Friday', 'Customer', 'we', 'refund it by Friday'],
    ['Customer asks whether we will call', 'Customer', 'we', 'call'],
    ['Maria enquired whether I would call', 'Maria', 'I', 'call'],
    ['Maria enquires whether we shall call', 'Maria', 'we', 'call'],
    ['Maria inquired if we may call', 'Maria', 'we', 'call'],
    ['Maria inquires if we might call', 'Maria', 'we', 'call'],
    ['Maria wondered whether we can call', 'Maria', 'we', 'call'],
    ['Maria wonders whether we can call', 'Maria', 'we', 'call'],
    ['Maria is wondering whether we can call', 'Maria', 'we', 'call'],
    ['Maria was wondering whether I can call her tomorrow', 'Maria', 'I', 'call her tomorrow'],
    ['Maria wants to know whether we will ship it by Monday', 'Maria', 'we', 'ship it by Monday'],
    ['Maria wanted to know if we can call', 'Maria', 'we', 'call'],
    ['Maria would like to know if we can call', 'Maria', 'we', 'call'],
    ["She'd like to know whether we'll refund it", 'She', 'we', 'refund it'],
    ["Maria asked whether we'd call", 'Maria', 'we', 'call'],
    ['Customer has asked us if our team could refund it', 'Customer', 'our team', 'refund it'],
    ['Maria had also asked me whether I can call', 'Maria', 'I', 'call'],
    ['Maria just asked whether our billing team can call', 'Maria', 'our billing team', 'call'],
    ['The customer from Acme asked whether we can call', 'The customer from Acme', 'we', 'call'],
    ['Customer asked whether we can refund it by Friday?', 'Customer', 'we', 'refund it by Friday'],
    ['Customer asked whether we can refund it!?', 'Customer', 'we', 'refund it'],
    ['  Customer  asked  whether  we  can  call  ', 'Customer', 'we', 'call'],
  ])('%j', (clause, asker, subject, action) => {
    expect(findReportedQuestion(clause)).toEqual({ asker, subject, action });
  });

  it.each([
    'Customer asked me to send the quote',
    'Customer asked whether we ship',
    'Customer asked when we can call',
    'Customer asked whether we can',
    'Customer asked whether we can ?',
    'Customer said whether we can call',
    'One two three four five asked whether we can call',
    'Customer asked whether one two three four can call',
    'We can refund it by Friday',
  ])('not a reported question: %j', (clause) => {
    expect(findReportedQuestion(clause)).toBeNull();
  });
});

describe('parseCommitment: a reported question about our act is ours to answer', () => {
  it.each([
    ['Customer asked whether we can refund it by Friday', 'refund it', FRI],
    ['Customer asked if we could refund it by Friday', 'refund it', FRI],
    ['Customer has asked us if our team could refund it by Friday', 'refund it', FRI],
    ['cust asked if I can call back tomorrow', 'call back', THU],
    ['Maria wants to know whether we will ship it by Friday', 'ship it', FRI],
  ])('%j: a request of the agent', (note, action, due) => {
    const d = parseCommitment(note, WED);
    expect([d.kind, d.party, d.action, d.due?.at, d.conditions]).toEqual(['request', 'agent', action, due, []]);
  });

  it('a question about our act without a time is a vague request of the agent', () => {
    const d = parseCommitment('Customer asked whether we can refund it', WED);
    expect([d.kind, d.party, d.action, d.due, d.vague]).toEqual(['request', 'agent', 'refund it', null, true]);
  });

  it("a question about somebody else is the agent's to find out, never the asker's promise (reported-others.test.ts)", () => {
    const d = parseCommitment('Customer asked whether the courier can come by Friday', WED);
    expect([d.kind, d.party, d.action]).toEqual(['request', 'agent', 'find out whether the courier can come']);
  });

  it('a reported request keeps its own reading', () => {
    const d = parseCommitment('Customer asked me to send the quote by Friday', WED);
    expect([d.kind, d.party, d.action, d.due?.at]).toEqual(['request', 'agent', 'send the quote', FRI]);
  });
});
