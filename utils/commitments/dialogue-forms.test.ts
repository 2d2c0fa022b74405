// Forms measured on service dialogues written outside the team (tests/eval/external): one table per
// class of sentence, each with the look-alikes that must stay out. Every sentence was written for
// these tables; none is copied from an eval set.
import { describe, expect, it } from 'vitest';
import { findCommitments, type ParseContext, type Party } from './index';

// Wednesday 2026-11-25 10:00 in New York.
const ctx: ParseContext = { now: new Date('2026-11-25T10:00:00-05:00'), timeZone: 'America/New_York' };
const FRI = '2026-11-27T17:00:00-05:00';

function promises(text: string, author: Party = 'agent') {
  return findCommitments({ text, author }, ctx).filter((d) => d.kind === 'promise');
}

describe("a thing the writer prepares, ready by a time, is a promise of the writer's side", () => {
  it.each([
    ['Your new badge will be ready at the front desk in about ten minutes.', 'agent'],
    ['The repaired tablet should be ready for collection by Friday.', 'agent'],
    ["It'll be done within the hour.", 'agent'],
    ['Your prescription will be up at the pharmacy counter shortly.', 'agent'],
    ['Your refund should be processed within 5 business days.', 'agent'],
    ['The quote will be available in your portal tomorrow.', 'agent'],
  ] as const)('%s', (text, party) => {
    const [d] = promises(text);
    expect(d?.party).toBe(party);
  });
  it.each([
    'I hope the new showroom will be ready soon.',
    'That model will be out of stock soon.',
    'The kitchen will be ready whenever.',
    'Our lines will be up to date after the upgrade.',
    'The flight should be delayed by the storm.',
  ])('not a promise: %s', (text) => {
    expect(promises(text)).toEqual([]);
  });
});

describe('"have" + what is prepared + its state ("I\'ll have your order ready") is a promise', () => {
  it.each([
    "We'll have your replacement shipped by Friday.",
    "I'll have your account unlocked within the hour.",
    "We'll have the paperwork out to you today.",
  ])('%s', (text) => {
    expect(promises(text)[0]?.party).toBe('agent');
  });
  it.each([
    ["I'll have the soup and a lemonade.", 'customer'],
    ['I will have a small flat white, please.', 'customer'],
  ] as const)('an order, not a promise: %s', (text, author) => {
    expect(promises(text, author)).toEqual([]);
  });
});

describe('a read-back the other side is asked to approve is not a promise yet', () => {
  it.each([
    'Please confirm: I will move your appointment to Friday at 2 pm.',
    'Confirming: we will cancel the old plan and start the new one on the 1st.',
    "Could you confirm the details: I'll ship two units to the Leeds office.",
    "I'll book the 9:40 train for you, is that right?",
    "We'll send the engineer on Friday, how does that sound?",
  ])('%s', (text) => {
    expect(promises(text)).toEqual([]);
  });
  it.each(["To confirm, we'll send the engineer on Friday.", "Just check the address on the screen and I'll send the parcel off."])(
    'stated, it promises: %s',
    (text) => {
      expect(promises(text)).toHaveLength(1);
    },
  );
});

describe('a statement followed by a new question keeps its promise', () => {
  it.each([
    "Sure, I'll look into it, which browser are you using?",
    'Of course, I will sort that out, what is the order number?',
    "No problem, we'll get that replaced, when would suit you?",
  ])('%s', (text) => {
    expect(promises(text)[0]?.party).toBe('agent');
  });
  it.each([
    "I'll transfer the funds today, is that okay with you?",
    'Will you send the logs, and when?',
    "I'll reset it for you, what do you think?",
  ])('no promise: %s', (text) => {
    expect(promises(text)).toEqual([]);
  });
});

describe("predictions under the writer's belief, and courtesies on the writer's own need", () => {
  it.each([
    ["I'm sure it will be fixed in a later release.", 'agent'],
    ['I think the parts will be delivered next week.', 'agent'],
    ["I'll let you know if I need anything else.", 'customer'],
    ["We'll reach out if we have any further questions.", 'agent'],
    ['I can help you with that.', 'agent'],
    ['We can help with this!', 'agent'],
  ] as const)('%s', (text, author) => {
    expect(promises(text, author)).toEqual([]);
  });
  it.each([
    ["I'll let you know if the courier misses the slot.", 'agent'],
    ['I can send you the label today.', 'agent'],
    ["I'm sure we'll have it fixed by Friday, and I'll call you then.", 'agent'],
  ] as const)('still a promise: %s', (text, author) => {
    expect(promises(text, author).length).toBeGreaterThan(0);
  });
});

describe("the writer's travel, choices and needs are not promises", () => {
  it.each([
    "I'm going to Denver on the 3rd and need a hotel.",
    'I will head home after the appointment.',
    "I'll go there on Saturday.",
    'We will depart from the north terminal.',
    "I'll go with the yearly plan.",
    "I'll take two of the blue ones in medium.",
    "I'll only be needing a single room.",
  ])('%s', (text) => {
    expect(promises(text, 'customer')).toEqual([]);
  });
  it.each([
    "I'm going to email the signed form tonight.",
    "I'll take the parcel to the post office tomorrow.",
    "I'll go ahead and pay the invoice today.",
    "I'll go to the depot at 4:30 pm to collect it.",
    "I'll take care of the paperwork by Friday.",
  ])('a promise of the customer: %s', (text) => {
    expect(promises(text, 'customer')[0]?.party).toBe('customer');
  });
});

describe('"they"/"she" after one of the writer\'s own roles acts for the writer', () => {
  it.each([
    ['I have spoken with my supervisor and she will call you back by Friday.', 'agent', FRI],
    ['I passed it to our billing specialist, they will refund the fee by Friday.', 'agent', FRI],
    ["I've booked the courier and they will collect it on Friday.", 'third-party', FRI],
  ] as const)('%s', (text, party, due) => {
    const [d] = promises(text);
    expect(d?.party).toBe(party);
    expect(d?.due?.at).toBe(due);
  });
  it.each(['Our twins are six and he will eat anything.', 'She will love the new colour.'])(
    'no role named before the pronoun, no promise: %s',
    (text) => {
      expect(promises(text)).toEqual([]);
    },
  );
});

describe('"for" + a duration is how long something lasts, not its deadline', () => {
  it.each([
    ["We'll extend your trial for 14 days.", null],
    ['I will hold the room for 3 nights.', null],
    ['I will hold the room for 3 nights and confirm it by Friday.', FRI],
    ["We'll pause the subscription for two weeks starting Friday.", FRI],
  ] as const)('%s', (text, due) => {
    const [d] = promises(text);
    expect(d).toBeDefined();
    expect(d!.due?.at ?? null).toBe(due);
  });
});

describe("what the receiver waits for, within a span, is promised by the writer's side", () => {
  it.each([
    'Your replacement will arrive within 3 business days.',
    'Your technician should be with you in about an hour.',
    'There will be a text with the tracking link shortly.',
    'Your parcel will be waiting for you at the locker by tomorrow.',
    'Hang on, give us two minutes and it will be ready.',
  ])('%s', (text) => {
    expect(promises(text)[0]?.party).toBe('agent');
  });
  it.each([
    'The flight will arrive at 7:22 pm local time.',
    'Your train will arrive at platform 4.',
    'There will be a fee for late returns.',
    'There will be a delay on the northern line today.',
  ])('a timetable or a state, no promise: %s', (text) => {
    expect(promises(text)).toEqual([]);
  });
});

describe("going on a date is the writer's travel", () => {
  it.each(["I'll go on the 9th instead.", 'We will go tomorrow.', "I'll go next Friday."])('%s', (text) => {
    expect(promises(text, 'customer')).toEqual([]);
  });
  it('going ahead with an act is still a promise', () => {
    expect(promises("I'll go ahead with the refund once it clears.", 'agent')).toHaveLength(1);
  });
});

describe("a customer's want is an ask of the agent; the agent's own want is not", () => {
  function asks(text: string, author: Party) {
    return findCommitments({ text, author }, ctx).filter((d) => d.kind === 'request');
  }
  it.each([
    ["I'd like a refund for the cracked kettle.", 'provide a refund for the cracked kettle'],
    ['I would like to cancel my gym membership.', 'cancel my gym membership'],
    ['Can I get a replacement charger sent out?', 'provide a replacement charger sent out'],
    ['We want two more seats on the harbour tour.', 'provide two more seats on the harbour tour'],
  ])('%s', (text, action) => {
    const [d] = asks(text, 'customer');
    expect(d?.party).toBe('agent');
    expect(d?.action).toBe(action);
  });
  it.each(["I'd like to pick the car up on the 8th.", "I'd like to know why it failed.", 'I would like to thank you for the quick help.'])(
    "the writer's own act or a question, no ask: %s",
    (text) => {
      expect(asks(text, 'customer')).toEqual([]);
    },
  );
  it("the agent's own want is no ask of the customer: I'd like to book you in for Friday", () => {
    expect(asks("I'd like to book you a slot for Friday.", 'agent')).toEqual([]);
  });
});

describe('on its way, coming, up and running within a span', () => {
  it.each([
    'Your new router will be on its way within 2 days.',
    'Your refund will be coming in the next few days.',
    'Your account will be up and running in about an hour.',
  ])('%s', (text) => {
    expect(promises(text)[0]?.party).toBe('agent');
  });
  it.each(['Winter will be coming soon.', 'The servers will be up and running again, I hope.'])('no promise: %s', (text) => {
    expect(promises(text)).toEqual([]);
  });
});
