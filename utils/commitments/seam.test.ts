// The message seam: relative words from a message's sent time, `kind` and `warnings` on every
// draft, requests (and what is not one).
import { describe, expect, it } from 'vitest';
import { findCommitments, parseCommitment, type CommitmentDraft, type ParseContext, type Party } from './index';

const ctx: ParseContext = {
  now: new Date('2026-11-25T10:00:00-05:00'),
  timeZone: 'America/New_York',
  customerTimeZone: 'Europe/Berlin',
  customerName: 'Priya Natarajan',
};
// Monday, May 13, 2024, mid-morning in New York.
const SENT = '2024-05-13T10:12:00-04:00';

function first(text: string, author: Party, sentAt?: string): CommitmentDraft | undefined {
  return findCommitments({ text, author, ...(sentAt !== undefined ? { sentAt } : {}) }, ctx)[0];
}

describe('relative words resolve from sentAt; ctx.now decides what is past', () => {
  it.each([
    ["I'll send you our updated Q3 volumes by Wednesday.", 'customer', '2024-05-15T17:00:00-04:00'],
    ["I'll call you tomorrow morning.", 'agent', '2024-05-14T12:00:00-04:00'],
    ["We'll ship the replacement within 2 business days.", 'agent', '2024-05-15T17:00:00-04:00'],
    ["I'll have the audit finished by end of next week.", 'agent', '2024-05-24T17:00:00-04:00'],
    ["I'll send the form by Thursday EOD.", 'customer', '2024-05-16T17:00:00-04:00'],
  ])('%s', (text, author, at) => {
    const d = first(text, author as Party, SENT);
    expect(d?.due?.at).toBe(at);
    expect(d?.warnings).toContain('past-due');
  });

  it('across a DST change: sent Friday before the spring change, "by Monday" is Monday after it', () => {
    expect(first("I'll send it by Monday.", 'agent', '2024-03-08T16:00:00-05:00')?.due?.at).toBe('2024-03-11T17:00:00-04:00');
  });

  it('a message sent minutes ago whose deadline is ahead is not past due', () => {
    const d = first("I'll send it by Friday.", 'agent', '2026-11-25T09:30:00-05:00');
    expect(d?.due?.at).toBe('2026-11-27T17:00:00-05:00');
    expect(d?.warnings).not.toContain('past-due');
  });

  it.each([undefined, '', 'garbage', 'Mon 9:02 AM', '2 hours ago', '2024-13-45T99:00:00Z'])(
    "unreadable sentAt %j → today's behaviour",
    (sentAt) => {
      const withIt = findCommitments({ text: "I'll send it by Friday.", author: 'agent', sentAt: sentAt as string }, ctx);
      const without = findCommitments({ text: "I'll send it by Friday.", author: 'agent' }, ctx);
      expect(withIt).toEqual(without);
      expect(withIt[0]?.due?.at).toBe('2026-11-27T17:00:00-05:00');
    },
  );
});

describe('every draft has kind and warnings', () => {
  it('parseCommitment', () => {
    const d = parseCommitment("I'll send the contract by Friday", ctx);
    expect(d.kind).toBe('promise');
    expect(d.warnings).toEqual([]);
  });
  it('vague is mirrored in warnings', () => {
    const d = parseCommitment("we'll get back to you", ctx);
    expect(d.vague).toBe(true);
    expect(d.warnings).toContain('vague');
  });
  it('empty note', () => {
    const d = parseCommitment('   ', ctx);
    expect(d.kind).toBe('promise');
    expect(d.warnings).toEqual(['vague']);
  });
  it('past-due in a note', () => {
    expect(parseCommitment('send the report by yesterday', ctx).warnings).toContain('past-due');
    expect(parseCommitment('send the report by tomorrow', ctx).warnings).not.toContain('past-due');
  });
});

describe('requests: one side asks the other to act; party = the side asked', () => {
  it.each([
    [
      'Could you check whether the Reno warehouse can take a second pallet by Thursday?',
      'customer',
      'agent',
      'check whether the Reno warehouse can take a second pallet',
    ],
    ['Can you please resend the invoice?', 'customer', 'agent', 'resend the invoice'],
    ['Would you mind sending the signed SOW by Friday?', 'agent', 'customer', 'sending the signed SOW'],
    ['Please send the logs by Friday.', 'agent', 'customer', 'send the logs'],
    ['I need the PO number from you by the 15th.', 'agent', 'customer', 'provide the PO number'],
    ["We'd need you to sign the renewal before Monday.", 'agent', 'customer', 'sign the renewal'],
    ['Would it be possible to add a second user to my account?', 'customer', 'agent', 'add a second user to my account'],
    ['It would be great if you could waive the fee this month.', 'customer', 'agent', 'waive the fee'],
    ['Kindly return the damaged unit within 10 days.', 'agent', 'customer', 'return the damaged unit'],
    ['Could you tell me by Friday which plan you prefer?', 'agent', 'customer', 'tell me which plan you prefer'],
    ['Will you be able to refund the duplicate charge?', 'customer', 'agent', 'refund the duplicate charge'],
    ['Submit the claim form by March 3.', 'agent', 'customer', 'Submit the claim form'],
  ])('%s', (text, author, party, action) => {
    const d = first(text, author as Party);
    expect(d?.kind).toBe('request');
    expect(d?.party).toBe(party);
    expect(d?.action).toBe(action);
  });

  it('a condition before the request stays with it; a greeting does not', () => {
    const d = first("Hi Sam, if it's not too late, could you add a second pallet to the pickup?", 'customer');
    expect(d?.conditions).toEqual(["if it's not too late"]);
    expect(d?.action).toBe('add a second pallet to the pickup');
  });

  it.each([
    ['Can you believe it?', 'customer'],
    ['Could you tell me why it failed?', 'customer'],
    ['Can you see the attachment on your side?', 'customer'],
    ['Please let me know if you have any questions.', 'agent'],
    ['Please note that the office is closed Monday.', 'agent'],
    ['Please find attached the revised quote.', 'agent'],
    ["Please don't hesitate to ask.", 'agent'],
    ['Would you like a refund or a replacement?', 'agent'],
    ['Could you try restarting the router?', 'agent'], // the agent's troubleshooting step, no time: not tracked
    ['Can you help me?', 'customer'],
    ['Feel free to browse our help centre.', 'agent'],
    ['Could you explain what happened?', 'customer'],
  ])('not a request: %s', (text, author) => {
    expect(findCommitments({ text, author: author as Party }, ctx)).toEqual([]);
  });

  it("a note reporting the customer's request is the agent's to do, marked as a request", () => {
    const d = parseCommitment('Customer asked me to send the quote by Friday', ctx);
    expect(d.kind).toBe('request');
    expect(d.party).toBe('agent');
    expect(d.action).toBe('send the quote');
    expect(d.due?.at).toBe('2026-11-27T17:00:00-05:00');
  });
  it('a note where the agent asked the customer', () => {
    const d = parseCommitment('I asked Priya to upload the screenshots by Monday', ctx);
    expect(d.kind).toBe('request');
    expect(d.party).toBe('customer');
    expect(d.action).toBe('upload the screenshots');
  });
  it('a promise in the same sentence wins over the request around it', () => {
    const d = first("Could you refresh my memory on the amount and I'll send you a check by Friday?", 'customer');
    expect(d).toBeDefined();
  });
});
