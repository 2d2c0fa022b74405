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
