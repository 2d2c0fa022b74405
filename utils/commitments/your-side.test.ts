// A team or department after "your" is on the receiver's side: the customer's when the agent writes
// ("Your billing team will send the invoice"), ours when the customer writes, the customer's in a
// note. "Your account manager" and other roles the company assigns stay the agent's.
import { describe, expect, it } from 'vitest';
import { findCommitments, parseCommitment, type ParseContext, type Party } from './index';
import { partyOfSubject, type Perspective } from './party';

// Wednesday 25 November 2026, 10:00 in New York.
const WED: ParseContext = { now: new Date('2026-11-25T10:00:00-05:00'), timeZone: 'America/New_York' };
const FRI = '2026-11-27T17:00:00-05:00';
const CUSTOMER: Perspective = { self: 'customer', other: 'agent', unknownNameIsOther: false };
const AGENT: Perspective = { self: 'agent', other: 'customer', unknownNameIsOther: false };

describe('partyOfSubject: a team after "your"', () => {
  it.each([
    'your billing team',
    'your team',
    'Your IT team',
    'your finance department',
    'your accounts payable team',
    'your IT dept',
    'your help desk',
    'someone from your billing team',
    'somebody in your IT department',
    'a member of your support team',
    'one of your team',
    'someone at your finance dept',
  ])('%j: the other side', (subject) => {
    expect(partyOfSubject(subject, AGENT)).toBe('customer');
    expect(partyOfSubject(subject, CUSTOMER)).toBe('agent');
  });

  it.each(['your big billing support team', 'your billing', 'someone from your billing', 'your teams'])(
    '%j: not a team after "your"',
    (subject) => {
      expect(partyOfSubject(subject, AGENT)).not.toBe('customer');
    },
  );

  it("your account manager is still the company's", () => {
    expect(partyOfSubject('your account manager', CUSTOMER)).toBe('agent');
    expect(partyOfSubject('your account manager', AGENT)).toBe('agent');
  });
});

describe('findCommitments: a promise of a team after "your"', () => {
  it.each<[string, Party, Party, string]>([
    ['Your billing team will send the invoice by Friday.', 'agent', 'customer', 'send the invoice'],
    ['Your billing team will send the invoice by Friday.', 'customer', 'agent', 'send the invoice'],
    ['Your team will send the invoice by Friday.', 'agent', 'customer', 'send the invoice'],
    ['Your IT department will reset the password by Friday.', 'agent', 'customer', 'reset the password'],
    ['Your finance dept will approve the PO by Friday.', 'agent', 'customer', 'approve the PO'],
    ['Someone from your billing team will call by Friday.', 'agent', 'customer', 'call'],
    ['A member of your support team will call me by Friday.', 'customer', 'agent', 'call me'],
  ])('%j written by the %s: the %s must %j', (text, author, party, action) => {
    const found = findCommitments({ text, author }, WED);
    expect(found.map((d) => [d.party, d.action, d.due?.at])).toEqual([[party, action, FRI]]);
  });
});

describe('parseCommitment: a team after "your" in a note is the customer\'s', () => {
  it.each([
    ['your billing team will send the invoice by Friday', 'send the invoice'],
    ['your billing team to send the invoice by Friday', 'send the invoice'],
    ['someone from your IT department to call by Friday', 'call'],
  ])('%j', (note, action) => {
    const d = parseCommitment(note, WED);
    expect([d.party, d.action, d.due?.at]).toEqual(['customer', action, FRI]);
  });
});
