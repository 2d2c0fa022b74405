// Clauses, coaching warnings, and detection on text written the way people
// write it. Every sentence here was written for these tables (none is copied from an eval set).
import { describe, expect, it } from 'vitest';
import { asksToCallBack, findCommitments, parseCommitment, suggestFollowUp, type ParseContext, type Party } from './index';

// Wednesday 2026-11-25 10:00 in New York.
const ctx: ParseContext = {
  now: new Date('2026-11-25T10:00:00-05:00'),
  timeZone: 'America/New_York',
  customerName: 'Priya Natarajan',
  agentName: 'Sam',
};
const THU = '2026-11-26T17:00:00-05:00';
const FRI = '2026-11-27T17:00:00-05:00';
const MON = '2026-11-30T17:00:00-05:00';

function found(text: string, author: Party = 'agent') {
  return findCommitments({ text, author }, ctx).filter((d) => d.kind === 'promise');
}

describe('clauses: conditions split off before party and deadline are read', () => {
  // [sentence, party, due, condition, action]
  it.each([
    [
      "As soon as the carrier confirms, I'll rebook the pickup by next business day",
      'agent',
      THU,
      'As soon as the carrier confirms',
      'rebook the pickup',
    ],
    ["Once legal signs off, we'll send the contract by Friday", 'agent', FRI, 'Once legal signs off', 'send the contract'],
    ["If you send the photos today, I'll file the claim tomorrow", 'agent', THU, 'If you send the photos today', 'file the claim'],
    ['When the part arrives, our technician will install it by Friday', 'agent', FRI, 'When the part arrives', 'install it'],
    ['After you upload the logs, I will review them by Monday', 'agent', MON, 'After you upload the logs', 'review them'],
    ["Unless the bank objects, we'll release the funds on Thursday", 'agent', THU, 'Unless the bank objects', 'release the funds'],
    [
      'Provided that the invoice is paid, we will extend the trial by Friday',
      'agent',
      FRI,
      'Provided that the invoice is paid',
      'extend the trial',
    ],
    [
      "I'll rebook the pickup by next business day as soon as the carrier confirms",
      'agent',
      THU,
      'as soon as the carrier confirms',
      'rebook the pickup',
    ],
    [
      "If the carrier confirms by Tuesday, I'll rebook the pickup on Friday",
      'agent',
      FRI,
      'If the carrier confirms by Tuesday',
      'rebook the pickup',
    ],
    [
      "Once you've sent the signed form we will activate the account by Monday",
      'agent',
      MON,
      "Once you've sent the signed form",
      'activate the account',
    ],
    ["if approved we'll waive the late fee by Thursday", 'agent', THU, 'if approved', 'waive the late fee'],
    [
      'we will refund the balance by Friday provided the goods arrive intact',
      'agent',
      FRI,
      'provided the goods arrive intact',
      'refund the balance',
    ],
    [
      'In case the courier misses you, I will rebook the delivery for Monday',
      'agent',
      MON,
      'In case the courier misses you',
      'rebook the delivery',
    ],
    [
      'As long as the account stays open, we will keep the discount until Friday',
      'agent',
      FRI,
      'As long as the account stays open',
      'keep the discount',
    ],
  ])('%s', (text, party, due, condition, action) => {
    for (const d of [parseCommitment(text, ctx), findCommitments({ text, author: 'agent' }, ctx)[0]!]) {
      expect(d.party).toBe(party);
      expect(d.due?.at).toBe(due);
      expect(d.conditions).toEqual([condition]);
      expect(d.action).toBe(action);
      for (const word of condition
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => w.length > 3))
        expect(d.action.toLowerCase()).not.toContain(word);
    }
  });

  it.each([
    ["I'll call you two days after this Monday", 'after this Monday'],
    ["We'll ship it a week after next Tuesday", 'after next Tuesday'],
    ["I'll check in with you after the holidays", 'after the holidays'],
    ["We'll review it after lunch", 'after lunch'],
  ])('a date after "after" is a deadline phrase, not a condition: %s', (text) => {
    expect(parseCommitment(text, ctx).conditions).toEqual([]);
  });

  it.each([
    ["I'll send the draft by Friday so we won't miss the Wednesday filing", FRI, "so we won't miss the Wednesday filing"],
    ["Because the depot is closed Thursday, we'll deliver on Friday", FRI, 'Because the depot is closed Thursday'],
    ["I'll call you on Monday to make sure the fix held", MON, 'to make sure the fix held'],
  ])('reasons: %s', (text, due, reason) => {
    const d = parseCommitment(text, ctx);
    expect(d.due?.at).toBe(due);
    expect(d.reason).toBe(reason);
  });

  it('a deadline in another statement does not bound the promise', () => {
    const d = found("We'll sort it out, but nobody is free today.")[0];
    expect(d?.vague).toBe(true);
    expect(d?.due).toBeNull();
    expect(parseCommitment("I'll fix the export, but the office is closed Friday", ctx).due).toBeNull();
    // A contrast without its own subject still bounds it.
    expect(parseCommitment("I'll call you, but not before Friday", ctx).due?.at).toBe(FRI);
  });
});

describe('detection: promises written the way people write them', () => {
  // [sentence, author, party]
  it.each([
    // passive, or addressed to the receiver: the writer's side acts
    ['Your replacement will be shipped within 3 business days.', 'agent', 'agent'],
    ["You'll get a confirmation email once it's processed.", 'agent', 'agent'],
    ["You'll be hearing from us before the end of the week.", 'agent', 'agent'],
    ['The refund will be processed by Friday.', 'agent', 'agent'],
    ['Your account will be reactivated tomorrow morning.', 'agent', 'agent'],
    ['You will receive a prepaid return label by email today.', 'agent', 'agent'],
    ['The credit will be applied to your next invoice.', 'agent', 'agent'],
    ["You'll see the refund on your statement within 5 business days.", 'agent', 'agent'],
    ['You will be contacted by a specialist on Monday.', 'agent', 'agent'],
    ['The parcel will be collected by the courier tomorrow.', 'agent', 'third-party'],
    ['Everything will be set up before your team logs in on Monday.', 'agent', 'agent'],
    ['You will get the signed lease back from me by Thursday.', 'customer', 'customer'],
    // roles, departments, named people
    ['A representative will call you within 24 hours.', 'agent', 'agent'],
    ['One of our specialists will reach out tomorrow.', 'agent', 'agent'],
    ['Our technician will be in touch to book a visit.', 'agent', 'agent'],
    ['Someone from billing will email you the corrected invoice.', 'agent', 'third-party'],
    ['The billing team will reverse the charge by Friday.', 'agent', 'third-party'],
    ['Dana from our returns team will send you a label.', 'agent', 'agent'],
    ['Marcus will call you back this afternoon.', 'agent', 'third-party'],
    ['My accountant will send the tax forms on Monday.', 'customer', 'customer'],
    // after a hedge, in a new statement
    ["I'm not certain, but meanwhile we'll pause the charges.", 'agent', 'agent'],
    ["I don't know why it failed; in the meantime I'll issue a manual refund.", 'agent', 'agent'],
    ['Not sure what happened there, however we will send a new code today.', 'agent', 'agent'],
    // customers' own promises
    ["I'll be at the depot at 3:15.", 'customer', 'customer'],
    ["We'll be home between 9 and 11am on Friday.", 'customer', 'customer'],
    ["I'll upload the screenshots tonight.", 'customer', 'customer'],
    ["I'm going to return the blender this weekend.", 'customer', 'customer'],
    ['My husband will drop off the keys at noon.', 'customer', 'customer'],
    ['We will have a courier collect the old unit on Thursday.', 'agent', 'agent'],
    ['Your new card is going to be mailed out this week.', 'agent', 'agent'],
    ['Someone from our escalations team will contact you by end of day.', 'agent', 'agent'],
    ['Jamie in finance will issue the credit note tomorrow.', 'agent', 'third-party'],
    ["You'll receive an update from me no later than Friday.", 'agent', 'agent'],
    ['Expect a call from us on Monday.', 'agent', 'agent'],
    ['You can expect the refund within 7 days.', 'agent', 'agent'],
    ["I'll drop the forms off at your office before noon.", 'customer', 'customer'],
    // the usual ones stay
    ["I'll send you the revised quote by Thursday.", 'agent', 'agent'],
    ['Let me check with the warehouse and get back to you today.', 'agent', 'agent'],
    ["I'll see if we can move the install to Friday.", 'agent', 'agent'],
    ["I'd be happy to walk you through the setup on Monday.", 'agent', 'agent'],
  ])('promise: %s', (text, author, party) => {
    const ds = found(text, author as Party);
    expect(ds.length).toBeGreaterThan(0);
    expect(ds[0]!.party).toBe(party);
  });

  it.each([
    // questions with will/can
    'Is there anything else I can do for you today?',
    'anything else I can help you with today',
    'So when will you ship the replacement',
    'Will we get the refund before Friday?',
    'I was wondering whether we will get the invoice this week.',
    // promises reported from the past
    'You promised it would take 2 hours.',
    "Your colleague said they'd call me back yesterday.",
    'I was told we will get a call within a day.',
    "They assured me they'll refund the fee, and nothing happened.",
    // worries
    "I'm afraid I'll be charged twice.",
    "I'm worried that we'll miss the cutoff.",
    // offers and abilities
    'We can arrange a call if you like.',
    'I can send you a paper copy if you prefer.',
    "I'd be happy to resend it if you'd like.",
    // "let's" proposals
    "Let's schedule a call for Monday.",
    "Let's touch base next week.",
    // states, fees and notices in the passive
    'Our office will be closed on Monday.',
    'Your card will be charged on the 1st.',
    'The delivery will be delayed by the storm.',
    'You will get an error if the file is too large.',
    "You'll get charged a late fee after the 15th.",
    'Prices will go up in January.',
    'The store will be closed for the holiday on Thursday.',
    'It will show as pending for a few days.',
    'You will need to restart the app after the update.',
    "I wonder if they'll ever fix this.",
    'She said she would call back but never did.',
    'What will happen to my data?',
    'Expect delays over the holidays.',
    // plans without a clock and predictions
    "I'll be at a conference all week.",
    'It will probably take a few days.',
    'He will be upset about this.',
    'Hopefully we will have stock by Friday.',
  ])('not a promise: %s', (text) => {
    expect(found(text, 'agent')).toEqual([]);
    expect(found(text, 'customer')).toEqual([]);
  });
});

describe('coaching warnings', () => {
  it.each([
    'Please call us back if the problem continues.',
    'Give us a ring when the part arrives.',
    'Feel free to reach out if anything else comes up.',
    'Contact us again when you have the serial number.',
    'Let us know if it happens again.',
    "Don't hesitate to get in touch with our support team.",
    'You can always reply to this email if it stops working.',
    'Just drop us a line once the router is back online.',
    'Please reopen the ticket if the charge shows up again.',
    'If it keeps failing, give us a call.',
  ])('call-back: %s', (text) => {
    expect(asksToCallBack(text)).toBe(true);
    expect(parseCommitment(text, ctx).warnings).toContain('call-back');
  });

  it.each([
    "I'll call you back on Friday to check it's fixed.",
    'We will email you once the refund posts.',
    'I will reach out to the courier today.',
    'Please send the logs by Friday.',
    'Call the courier to reschedule.',
  ])('not call-back: %s', (text) => {
    expect(asksToCallBack(text)).toBe(false);
    expect(parseCommitment(text, ctx).warnings).not.toContain('call-back');
  });

  it('the suggested rewording takes the next step with a date (the next workday)', () => {
    const d = parseCommitment('Please call us back if the problem continues.', ctx);
    expect(suggestFollowUp(d, ctx)).toBe("I'll call you on Thu, Nov 26 to check it's fixed");
    const friday = { ...ctx, now: new Date('2026-11-27T16:00:00-05:00') };
    expect(suggestFollowUp(parseCommitment('Feel free to email us if it breaks again', friday), friday)).toBe(
      "I'll email you on Mon, Nov 30 to check it's fixed",
    );
  });

  it.each([
    ['send the report by yesterday', true],
    ['send the report by last Friday', true],
    ['send the report by 9am today', true],
    ['send the report by tomorrow', false],
    ['send the report by 4pm', false],
  ])('past-due: %s', (text, past) => {
    expect(parseCommitment(text, ctx).warnings.includes('past-due')).toBe(past);
  });

  it.each([
    'send the report by Dec 31, 9999',
    'send the report by 12/31/9999',
    'send the report by 31 December 20250',
    'renew the contract by 12/31/10000',
    'send the report by March 3, 1850',
  ])('absurd date refused, never reread: %s', (text) => {
    const d = parseCommitment(text, ctx);
    expect(d.warnings).toContain('absurd-date');
    expect(d.due).toBeNull();
    expect(d.action).not.toMatch(/\s\d+$/); // no digits left over from a part-read year
  });
  it('a date a few years ahead is fine', () => {
    expect(parseCommitment('renew the contract by Jan 5, 2029', ctx).warnings).toEqual([]);
  });
});
