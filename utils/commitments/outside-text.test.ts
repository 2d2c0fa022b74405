// Classes of sentences found when measuring on text nobody here wrote (tests/eval/external): each
// table holds sentences written for it, a promise and its look-alikes that must stay out.
import { describe, expect, it } from 'vitest';
import { findCommitments, type ParseContext, type Party } from './index';

// Wednesday 2026-11-25 10:00 in New York.
const ctx: ParseContext = { now: new Date('2026-11-25T10:00:00-05:00'), timeZone: 'America/New_York' };

function firstPromise(text: string, author: Party) {
  return findCommitments({ text, author }, ctx).find((d) => d.kind === 'promise');
}

describe('how a process usually goes is a description; what will happen to this case is a promise', () => {
  it.each([
    'Your refund will be processed within 5 business days.',
    'The replacement for your order will be shipped by Friday.',
    'All your items will be sent together tomorrow.',
    "Once the warehouse receives your return, we'll issue the refund within 2 days.",
    'As always, I will send the meeting notes tonight.',
  ])('promise: %s', (text) => {
    expect(firstPromise(text, 'agent')?.party).toBe('agent');
  });
  it.each([
    'Typically the carrier will try to deliver three times before returning it.',
    'We will usually reply within one working day.',
    'In most cases the technician will call ahead.',
    'All refunds will be issued to the original card.',
    'Any faulty unit will be replaced free of charge.',
    'Once a claim is filed, it will be reviewed by the claims desk.',
    'Whenever a ticket is reopened, we will notify the assigned engineer.',
    'If the box arrives opened, the refund will be reduced.',
    'Late payments will be deducted from your deposit.',
  ])('not a promise: %s', (text) => {
    expect(firstPromise(text, 'agent')).toBeUndefined();
  });
});

describe("a customer's own plan, choice or threat is no undertaking; what the agent waits on is", () => {
  it.each([
    "I'll be at the loading bay at 2:45.",
    "I'll post the signed form back to you on Monday.",
    'My wife will drop the keys off at the front desk tomorrow.',
    "I'll pay the outstanding amount by Friday.",
    "I'll ring you back after my meeting.",
    "I'll try the reset tonight and get back to you.",
    "I'll DM you my order number.",
    'We will be back on Saturday to collect it.',
    "I'll keep an eye on the statement and tell you.",
    'Sure, I can get you the serial number by Monday.',
    "I'll find the original receipt tonight.",
  ])('promise: %s', (text) => {
    expect(firstPromise(text, 'customer')?.party).toBe('customer');
  });
  it.each([
    "I'll have a look at the other hotel first.",
    'I will think it over.',
    "We'll stay in Lisbon for four nights.",
    "I'll pay with my debit card.",
    'I will visit the gallery on Sunday.',
    "I'll check the place out some time.",
    'I will cancel my subscription if this is not fixed.',
    "I'll take my business elsewhere.",
    'I will be flying out of Denver.',
  ])('not a promise: %s', (text) => {
    expect(firstPromise(text, 'customer')).toBeUndefined();
  });
  it("the same plan from the agent is still read as the agent's (the gate is the customer's only)", () => {
    expect(firstPromise("I'll have a look at your account now.", 'agent')?.party).toBe('agent');
  });
});

describe("someone from outside coming to the receiver is a third party; what the writer sends is the writer's", () => {
  it.each([
    ['Your taxi will arrive in 6 minutes.', 'third-party'],
    ['The courier should be with you within the hour.', 'third-party'],
    ['Your delivery driver will reach you in about 20 minutes.', 'third-party'],
    ['Your new router will arrive within 2 business days.', 'agent'],
    ['Your engineer should be with you in about an hour.', 'agent'],
  ] as const)('%s → %s', (text, party) => {
    expect(firstPromise(text, 'agent')?.party).toBe(party);
  });
  it('a timetable is still no promise: "The shuttle will arrive at 7:40 pm."', () => {
    expect(firstPromise('The shuttle will arrive at 7:40 pm.', 'agent')).toBeUndefined();
  });
});

describe('a look taken there and then in a chat is no step to track; checking with someone is', () => {
  it.each(['Let me check that.', 'let me just see for you', 'Let me have a quick look.'])('not a promise: %s', (text) => {
    expect(firstPromise(text, 'agent')).toBeUndefined();
  });
  it.each(['Let me check with the stockroom and call you back.', 'Let me look into the double charge for you.'])('promise: %s', (text) => {
    expect(firstPromise(text, 'agent')?.party).toBe('agent');
  });
});

describe('helpdesk templates: who will be in touch, and what only describes the product', () => {
  it.each([
    'Someone will be in touch within two working days.',
    'The team will get back to you by Friday.',
    'Your account manager will reach out next week to set up a call.',
    "I've credited the fee back, and you'll see it on your statement within 5 days.",
  ])("promise of the writer's side: %s", (text) => {
    expect(firstPromise(text, 'agent')?.party).toBe('agent');
  });
  it.each([
    'The new dashboard will be available to all customers next month.',
    'You will see a confirmation page after you pay.',
    'Apparently a courier will come on Monday, but nobody has confirmed it.',
    'Supposedly the team will call me back today.',
  ])('not a promise: %s', (text) => {
    expect(firstPromise(text, 'agent')).toBeUndefined();
  });
  it('the billing team stays a third party', () => {
    expect(firstPromise('The billing team will email you the corrected invoice today.', 'agent')?.party).toBe('third-party');
  });
});

describe('a promise sharing the thing or the people named first ("… and will be dispatched tomorrow")', () => {
  it.each([
    'Your new badge is being printed and should reach you within 4 working days.',
    'A new charger has been ordered and will be dispatched on Friday.',
    'Our technicians are looking at it and will have an answer for you by 4pm.',
  ])('promise: %s', (text) => {
    expect(firstPromise(text, 'agent')?.party).toBe('agent');
  });
  it.each(['Your order is late and will be delayed further by the strike.', 'The parcel was damaged and should be thrown away.'])(
    'a state, no promise: %s',
    (text) => {
      expect(firstPromise(text, 'agent')).toBeUndefined();
    },
  );
});

describe('what a record or screen shows is a status read out, not an undertaking', () => {
  it.each([
    'I can see that your refund will be processed on the 3rd.',
    'The tracking shows your parcel will be delivered tomorrow.',
    'According to our records, the engineer will visit on Friday.',
  ])('not a promise: %s', (text) => {
    expect(firstPromise(text, 'agent')).toBeUndefined();
  });
  it.each(['I can see the error, and I will fix it today.', 'I can see the error and I will fix it today.'])(
    "the writer's own act after reading the record still is: %s",
    (text) => {
      expect(firstPromise(text, 'agent')?.party).toBe('agent');
    },
  );
});

describe("a customer's payment or what the customer has ready for the agent is an undertaking", () => {
  it.each(['I will make the payment on Friday.', "We'll have the signed lease ready for you tomorrow."])('%s', (text) => {
    expect(firstPromise(text, 'customer')?.party).toBe('customer');
  });
});

describe('the future progressive of an act on something is a promise; travel, waiting and fees are not', () => {
  it.each(["I'll be playing your playlist in a moment.", "We'll be replacing the meter on Friday."])('promise: %s', (text) => {
    expect(firstPromise(text, 'agent')?.party).toBe('agent');
  });
  it.each(["I'll be flying out of Boston on the 3rd.", "I'll be waiting for the engineer's call.", 'We will be charging a late fee.'])(
    'not a promise: %s',
    (text) => {
      expect(firstPromise(text, 'agent')).toBeUndefined();
    },
  );
});

describe('a pronoun for an outside comer named just before is that comer', () => {
  it.each([
    ['Your taxi has left the rank, and it should reach you in about 6 minutes.', 'third-party'],
    ['Your parcel has left the depot, and it should reach you within 2 days.', 'agent'],
  ] as const)('%s → %s', (text, party) => {
    expect(firstPromise(text, 'agent')?.party).toBe(party);
  });
});

describe('"I can help (you) <do something>" is an ability on offer; "I can send it today" undertakes', () => {
  it.each(["I don't know that one, but I can help book a taxi.", 'We can help you pick a new plan.'])('not a promise: %s', (text) => {
    expect(firstPromise(text, 'agent')).toBeUndefined();
  });
  it('promise: "Sure, I can send the form over today."', () => {
    expect(firstPromise('Sure, I can send the form over today.', 'agent')?.party).toBe('agent');
  });
});
