// partyOfSubject and splitSubject where two rules would read a subject differently: each row is a
// subject that a later, wider rule would give to another side if the rule meant for it missed it
// (a capitalised "Our Team" is also a name; "the billing team" is also "the … team"; a word before
// a possessive or a role is not the subject's start), and clauses typed with two spaces.
import { describe, expect, it } from 'vitest';
import { partyOfSubject, splitSubject, type Perspective } from './party';

// A customer's message: "I" is the customer, "you" the agent; an unknown name is a third party.
const CUSTOMER: Perspective = { self: 'customer', other: 'agent', unknownNameIsOther: false };
// An agent's note without the customer's name: an unknown capitalised name is the customer.
const NOTE_NO_NAME: Perspective = { self: 'agent', other: 'customer', unknownNameIsOther: true };
// An agent's note naming both sides.
const NOTE: Perspective = {
  self: 'agent',
  other: 'customer',
  customerName: 'Maria Lopez',
  agentName: 'Sam Reed',
  unknownNameIsOther: true,
};

describe("partyOfSubject: the writer's side, written in capitals (also a name's shape)", () => {
  it.each([
    'Our Team',
    'Our Support Team',
    'My Team',
    'My Billing Team',
    'Our Support',
    'Our Engineer',
    'Our Engineers',
    'Our Specialist',
    'Our Agent',
    'Our Staff',
  ])('%j is the writer, not an unknown name', (subject) => {
    expect(partyOfSubject(subject, CUSTOMER)).toBe('customer');
  });
});

describe("partyOfSubject: company roles that no later rule would give to the writer's side", () => {
  it.each([
    'a senior member of the support team',
    'a senior member of the team',
    'one member of the support team',
    'one member of the team',
  ])('%j', (subject) => {
    expect(partyOfSubject(subject, CUSTOMER)).toBe('customer');
  });

  it('a role followed by a department is that department: "one of the advisors from billing"', () => {
    expect(partyOfSubject('one of the advisors from billing', CUSTOMER)).toBe('third-party');
  });
});

describe('partyOfSubject: departments and outside roles', () => {
  it.each(['the billing team', 'the returns team', 'sales team', 'returns desk', 'accounts department', 'dispatch dept'])(
    '%j is a third party (not "the team" of the writer, not nobody)',
    (subject) => {
      expect(partyOfSubject(subject, CUSTOMER)).toBe('third-party');
    },
  );

  it.each(['The Bank', 'The Courier', 'The Carrier', 'Legal Team', 'Royal Mail'])(
    '%j in capitals is a third party, not an unknown name',
    (subject) => {
      expect(partyOfSubject(subject, NOTE_NO_NAME)).toBe('third-party');
    },
  );

  it.each(['Security Solutions Ltd', 'Sales Force Inc', 'Courier Express Co'])(
    '%j: a name that only starts with a department or carrier word is an unknown name',
    (subject) => {
      expect(partyOfSubject(subject, NOTE_NO_NAME)).toBe('customer');
      expect(partyOfSubject(subject, CUSTOMER)).toBe('third-party');
    },
  );
});

describe('partyOfSubject: every rule reads the whole subject from its start', () => {
  it.each<[string, Perspective, string | null]>([
    // a possessive is read at the start only ("four" holds "our")
    ['the four engineers', CUSTOMER, 'third-party'],
    ['the shop or my husband', CUSTOMER, 'third-party'],
    ['maybe the courier', CUSTOMER, null],
    // "the … team" is the whole subject
    ['the team at the bank', CUSTOMER, 'third-party'],
    ['the courier and the team', CUSTOMER, 'third-party'],
    // "someone", a role, "your technician", "client" at the end of a longer subject
    ['the courier or someone', CUSTOMER, 'third-party'],
    ['the courier or an agent', CUSTOMER, 'third-party'],
    ['the courier or your technician', CUSTOMER, 'third-party'],
    ['his client', CUSTOMER, 'third-party'],
    ['our client', CUSTOMER, 'customer'],
    ['my customer', CUSTOMER, 'customer'],
  ])('%j', (subject, p, party) => {
    expect(partyOfSubject(subject, p)).toBe(party);
  });
});

describe('partyOfSubject: punctuation', () => {
  it('every trailing comma and colon goes, not only the last one', () => {
    expect(partyOfSubject('we,:', CUSTOMER)).toBe('customer');
    expect(partyOfSubject('you::', CUSTOMER)).toBe('agent');
  });

  it('a comma inside the subject stays: two names are not one party', () => {
    expect(partyOfSubject('Maria, Sam', NOTE)).toBe(null);
    expect(partyOfSubject('Maria', NOTE)).toBe('customer');
  });
});

describe('splitSubject: clauses typed with two spaces', () => {
  it.each([
    ['let us  check', 'let us', 'check', 'let'],
    ['  let me check', 'let me', 'check', 'let'],
    ["they're  gonna ship it", 'they', 'ship it', 'will'],
    ["I'm  gonna ship it", 'I', 'ship it', 'will'],
    ['Maria needs  to sign', 'Maria', 'sign', 'needs  to'],
    ['Maria has  to sign', 'Maria', 'sign', 'has  to'],
    ['They have  to sign', 'They', 'sign', 'have  to'],
    ['They are  going to sign', 'They', 'sign', 'are  going to'],
    ['They are going  to sign', 'They', 'sign', 'are going  to'],
    ['Legal going  to sign', 'Legal', 'sign', 'going  to'],
    ['Legal plans  to sign', 'Legal', 'sign', 'plans  to'],
    ['Legal promised  to sign', 'Legal', 'sign', 'promised  to'],
    ['Legal agreed  to sign', 'Legal', 'sign', 'agreed  to'],
    ['Legal is  to sign', 'Legal', 'sign', 'is  to'],
    ['They are  to sign', 'They', 'sign', 'are  to'],
  ])('%j', (clause, subject, rest, modal) => {
    expect(splitSubject(clause)).toEqual({ subject, rest, modal });
  });
});
