// Who must act: a subject phrase read from a perspective (a note's "I" is the agent; a message's
// "I" is its author). One row per word of each list (the writer's side, the receiver, third
// parties, company roles, departments), and the subject/rest split for each modal form.
import { describe, expect, it } from 'vitest';
import { partyOfSubject, splitSubject, type Perspective } from './party';

// A customer's message: "I" is the customer, "you" the agent.
const CUSTOMER: Perspective = { self: 'customer', other: 'agent', unknownNameIsOther: false };
// An agent's note naming both sides.
const NOTE: Perspective = {
  self: 'agent',
  other: 'customer',
  customerName: 'Maria Lopez',
  agentName: 'Sam Reed',
  unknownNameIsOther: true,
};

describe("partyOfSubject: the writer's own side", () => {
  it.each([
    'I',
    "I'm",
    "I'll",
    "I've",
    "I'd",
    'me',
    'myself',
    'we',
    "we're",
    "we'll",
    "we've",
    'us',
    'our team',
    'our support team',
    'our tier two team',
    'my team',
    'my billing team',
    'a member of our team',
    'someone from my team',
    'somebody of our support team',
    'one from our team',
    'our support',
    'our engineer',
    'our engineers',
    'our specialist',
    'our specialists',
    'our agent',
    'our agents',
    'our staff',
    'our people',
    'our folks',
    'let me',
    'let us',
    "let's",
    'someone',
    'Somebody',
    'a representative',
    'an agent',
    'one of our specialists',
    'one of the advisors',
    'one of my colleagues',
    'a senior account manager',
    'a case manager',
    'an expert',
    'a team member',
    'a member of the support team',
    'one member of my team',
    'an adviser',
    'a rep',
    'a consultant',
    'a teammate',
    'the team',
    'the support team',
    'Dana from our billing team',
    'someone in my office',
    'our courier',
    'my manager',
    '  we  ',
    'we,',
    'we:',
  ])('%j', (subject) => {
    expect(partyOfSubject(subject, CUSTOMER)).toBe('customer');
  });
});

describe('partyOfSubject: the receiver', () => {
  it.each([
    'you',
    "you'll",
    "you're",
    "you've",
    'your team',
    'your side',
    'your company',
    'your office',
    'your it department',
    'your it team',
    'yourself',
    'customer',
    'the customer',
    'client',
    'the client',
    'cust',
    'user',
    'the user',
    'caller',
    'requester',
    'buyer',
    'YOU',
  ])('%j', (subject) => {
    expect(partyOfSubject(subject, CUSTOMER)).toBe('agent');
  });

  it('"cust", "customer", "client" as the first word are the other side', () => {
    expect(partyOfSubject('customer service rep', NOTE)).toBe('customer');
    expect(partyOfSubject('client contact', NOTE)).toBe('customer');
    expect(partyOfSubject('customers', NOTE)).toBe(null);
  });
});

describe('partyOfSubject: third parties', () => {
  it.each([
    'courier',
    'the courier',
    'carrier',
    'driver',
    'delivery company',
    'the delivery partner',
    'delivery driver',
    'post',
    'postal service',
    'post office',
    'fedex',
    'UPS',
    'dhl',
    'usps',
    'royal mail',
    'amazon logistics',
    'engineering',
    'engineers',
    'dev team',
    'development team',
    'developer',
    'developers',
    'product team',
    'legal',
    'legal team',
    'lawyer',
    'lawyers',
    'counsel',
    'finance',
    'accounting',
    'billing',
    'the bank',
    'bank',
    'payroll',
    'it',
    'security',
    'compliance',
    'shipping',
    'warehouse',
    'logistics',
    'manufacturer',
    'vendor',
    'supplier',
    'seller',
    'merchant',
    'landlord',
    'insurer',
    'insurance',
    'technician',
    'tech',
    'they',
    'them',
    'he',
    'she',
    'that team',
    'the other team',
    'someone from the billing office',
    'somebody at that shop',
    'someone in their head office',
    'team alpha',
    'team @ops',
    'manager',
    'supervisor',
    'partner',
    'the accounts department',
    'someone from the returns desk',
    'a member of dispatch',
    'one of the engineers from sales',
    'one of their engineers from sales',
    'the it desk',
    'it department',
    'the sales dept',
    'procurement',
    'their team',
    'the manager',
    'his brother',
    'her office',
    'Acme',
    'Acme Parts Ltd',
  ])('%j', (subject) => {
    expect(partyOfSubject(subject, CUSTOMER)).toBe('third-party');
  });
});

describe('partyOfSubject: names and roles assigned', () => {
  it("the customer's name is the customer, the agent's name the agent", () => {
    expect(partyOfSubject('Maria', NOTE)).toBe('customer');
    expect(partyOfSubject('Maria Lopez', NOTE)).toBe('customer');
    expect(partyOfSubject("Maria's", NOTE)).toBe('customer');
    expect(partyOfSubject('maria from accounts', NOTE)).toBe('customer');
    expect(partyOfSubject('Sam', NOTE)).toBe('agent');
    expect(partyOfSubject('Sam Reed', NOTE)).toBe('agent');
    expect(partyOfSubject('Samantha', NOTE)).toBe('third-party');
    // the customer's own message: their name is themselves
    expect(partyOfSubject('Maria', { ...CUSTOMER, customerName: 'Maria' })).toBe('customer');
    expect(partyOfSubject('Maria', { self: 'agent', other: 'customer', customerName: ' Maria ', unknownNameIsOther: false })).toBe(
      'customer',
    );
  });

  it('a blank name matches nothing', () => {
    const blank: Perspective = { self: 'agent', other: 'customer', customerName: '   ', agentName: '', unknownNameIsOther: false };
    expect(partyOfSubject('Dana', blank)).toBe('third-party');
  });

  it('an unknown capitalised name is the other side in a note without a customer name, else a third party', () => {
    const noName: Perspective = { self: 'agent', other: 'customer', unknownNameIsOther: true };
    expect(partyOfSubject('Dana', noName)).toBe('customer');
    expect(partyOfSubject('Dana Smith Jones', noName)).toBe('customer');
    expect(partyOfSubject('Dana', NOTE)).toBe('third-party');
    expect(partyOfSubject('Dana', CUSTOMER)).toBe('third-party');
    // four capitalised words, or a lower-case word, are not a name
    expect(partyOfSubject('Dana Smith Jones Brown', noName)).toBe(null);
    expect(partyOfSubject('dana', noName)).toBe(null);
  });

  it.each([
    'your account manager',
    'your case manager',
    'your representative',
    'your rep',
    'your specialist',
    'your technician',
    'your engineer',
    'your advisor',
    'your adviser',
    'your consultant',
    'your installer',
    'your agent',
    'your dedicated account manager',
  ])('%j is the agent assigned to the receiver', (subject) => {
    expect(partyOfSubject(subject, CUSTOMER)).toBe('agent');
  });

  it('possessives: "our/my …" the writer, "the/their/his/her …" a third party', () => {
    expect(partyOfSubject('our warehouse staff', CUSTOMER)).toBe('customer');
    expect(partyOfSubject('my husband', CUSTOMER)).toBe('customer');
    expect(partyOfSubject('the shop', CUSTOMER)).toBe('third-party');
    expect(partyOfSubject('their office', CUSTOMER)).toBe('third-party');
    expect(partyOfSubject('ourselves maybe', CUSTOMER)).toBe(null);
  });

  it('nothing to read is no party', () => {
    expect(partyOfSubject('', CUSTOMER)).toBe(null);
    expect(partyOfSubject('   ', CUSTOMER)).toBe(null);
    expect(partyOfSubject(',:', CUSTOMER)).toBe(null);
    expect(partyOfSubject('quickly', CUSTOMER)).toBe(null);
  });
});

describe('splitSubject', () => {
  it.each([
    ['cust: sends logs', 'cust', 'sends logs', ''],
    ['Customer - sends logs', 'Customer', 'sends logs', ''],
    ['client – sends logs', 'client', 'sends logs', ''],
    ['agent: call back', 'agent', 'call back', ''],
    ['me: call back', 'me', 'call back', ''],
    ['us: call back', 'us', 'call back', ''],
    ['you: call back', 'you', 'call back', ''],
    ['  cust:', 'cust', '', ''],
    ['let me check', 'let me', 'check', 'let'],
    ['Let us check', 'Let us', 'check', 'let'],
    ["let's check", "let's", 'check', 'let'],
    ["I'll ship it", 'I', 'ship it', 'will'],
    ["We'd ship it", 'We', 'ship it', 'would'],
    ["you're going to get it", 'you', 'get it', 'will'],
    ["I'm going to ship it", 'I', 'ship it', 'will'],
    ["they're gonna ship it", 'they', 'ship it', 'will'],
    ["I'm gonna ship it", 'I', 'ship it', 'will'],
    ["he'll ship it", 'he', 'ship it', 'will'],
    ["she'll ship it", 'she', 'ship it', 'will'],
    ["it'll ship", 'it', 'ship', 'will'],
    ['Maria to send the contract', 'Maria', 'send the contract', 'to'],
    ['Our billing team will refund it', 'Our billing team', 'refund it', 'will'],
    ['We shall see', 'We', 'see', 'shall'],
    ['We would call', 'We', 'call', 'would'],
    ['You must sign', 'You', 'sign', 'must'],
    ['You should sign', 'You', 'sign', 'should'],
    ['I can call', 'I', 'call', 'can'],
    ['I could call', 'I', 'call', 'could'],
    ['Maria needs to sign', 'Maria', 'sign', 'needs to'],
    ['They need to sign', 'They', 'sign', 'need to'],
    ['Maria has to sign', 'Maria', 'sign', 'has to'],
    ['They have to sign', 'They', 'sign', 'have to'],
    ['He is going to sign', 'He', 'sign', 'is going to'],
    ['They are going to sign', 'They', 'sign', 'are going to'],
    ['I am going to sign', 'I', 'sign', 'am going to'],
    ['Legal going to sign', 'Legal', 'sign', 'going to'],
    ['Legal gonna sign', 'Legal', 'sign', 'gonna'],
    ['Legal plans to sign', 'Legal', 'sign', 'plans to'],
    ['We plan to sign', 'We', 'sign', 'plan to'],
    ['Legal promised to sign', 'Legal', 'sign', 'promised to'],
    ['Legal promise to sign', 'Legal', 'sign', 'promise to'],
    ['Legal agreed to sign', 'Legal', 'sign', 'agreed to'],
    ['They agree to sign', 'They', 'sign', 'agree to'],
    ['Legal is to sign', 'Legal', 'sign', 'is to'],
    ['They are to sign', 'They', 'sign', 'are to'],
    ['Legal WILL sign', 'Legal', 'sign', 'will'],
    ['one two three four five six will call', 'one two three four five six', 'call', 'will'],
    ['maria@example.com will call', 'maria@example.com', 'call', 'will'],
    ["O'Neil-Smith Jr. will call", "O'Neil-Smith Jr.", 'call', 'will'],
    ['I send it', 'I', 'send it', ''],
    ['we send it', 'we', 'send it', ''],
    ['You send it', 'You', 'send it', ''],
    ['they send it', 'they', 'send it', ''],
    ['he sends it', 'he', 'sends it', ''],
    ['she sends it', 'she', 'sends it', ''],
    ['our team sends it', 'our team', 'sends it', ''],
    ['my team sends it', 'my team', 'sends it', ''],
  ])('%j', (clause, subject, rest, modal) => {
    expect(splitSubject(clause)).toEqual({ subject, rest, modal });
  });

  // Clauses of a message keep the spacing they were typed with.
  it.each([
    ['let  me check', 'let  me', 'check', 'let'],
    ["I'm  going  to ship it", 'I', 'ship it', 'will'],
    ["we're  going  to ship it", 'we', 'ship it', 'will'],
    ["I'll  ship it", 'I', 'ship it', 'will'],
    ['Maria  will  send it', 'Maria', 'send it', 'will'],
    ['Our  billing team will refund it', 'Our  billing team', 'refund it', 'will'],
    ['our  team  sends it', 'our  team', 'sends it', ''],
    ['my  team  sends it', 'my  team', 'sends it', ''],
    ['we  send it', 'we', 'send it', ''],
    ['cust:  sends logs', 'cust', 'sends logs', ''],
  ])('typed with two spaces: %j', (clause, subject, rest, modal) => {
    expect(splitSubject(clause)).toEqual({ subject, rest, modal });
  });

  it.each(['please let me check', 'so cust: sends logs', "then I'll ship it"])('the forms are read at the start only: %j', (clause) => {
    expect(splitSubject(clause)?.modal ?? null).not.toBe('let');
    expect(splitSubject(clause)?.subject).not.toBe('cust');
    expect(splitSubject(clause)?.subject).not.toBe('I');
  });

  it('the subject is at most six words before the modal', () => {
    expect(splitSubject('one two three four five six seven will call')).toBe(null);
  });

  it.each(['send the photos', 'quickly', '', 'cust sends logs', 'the team sends it'])('no subject: %j', (clause) => {
    expect(splitSubject(clause)).toBe(null);
  });
});
