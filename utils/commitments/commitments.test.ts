// Party rules, conditions/reasons, vague promises, message scanning, and robustness.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCommitments, parseCommitment, resolveDue, type ParseContext } from './index';

const ctx: ParseContext = {
  now: new Date('2026-11-25T10:00:00-05:00'),
  timeZone: 'America/New_York',
  customerTimeZone: 'Europe/Berlin',
  customerName: 'Maria Lopez',
  agentName: 'Sam',
};

describe('party in a note typed by the agent', () => {
  it.each([
    ["I'll send the contract by Friday", 'agent'],
    ['we will call back tomorrow', 'agent'],
    ['our team will review the logs', 'agent'],
    ['let me check with billing', 'agent'],
    ['send the invoice Friday', 'agent'],
  ])('agent side: %s', (text, party) => expect(parseCommitment(text, ctx).party).toBe(party));

  it.each([
    ['you will send the signed form by Monday', 'customer'],
    ['customer to upload screenshots', 'customer'],
    ['client will confirm the address', 'customer'],
    ['cust: send logs within 3 business days', 'customer'],
    ['Maria will pay the invoice by the 15th', 'customer'],
    ['Maria to send the contract', 'customer'],
  ])('customer side: %s', (text, party) => expect(parseCommitment(text, ctx).party).toBe(party));

  it.each([
    ['the courier will pick it up tomorrow', 'third-party'],
    ['FedEx to deliver by Thursday', 'third-party'],
    ['engineering to fix the bug by end of next week', 'third-party'],
    ['the bank will release the funds in 2 business days', 'third-party'],
    ['legal to review the amendment', 'third-party'],
    ['Jordan to send the contract', 'third-party'], // a name that is not the customer's
  ])('third party: %s', (text, party) => expect(parseCommitment(text, ctx).party).toBe(party));

  it('without a known customer name, "X to send…" is the customer side', () => {
    expect(parseCommitment('Jordan to send the contract', { ...ctx, customerName: undefined }).party).toBe('customer');
  });
});

describe('party in a message: "I"/"we" is its author, "you" the other side', () => {
  it('agent message', () => {
    const [d] = findCommitments({ text: "I'll send the quote by Friday.", author: 'agent' }, ctx);
    expect(d?.party).toBe('agent');
  });
  it('customer message', () => {
    const [d] = findCommitments({ text: "I'll send the screenshots tomorrow.", author: 'customer' }, ctx);
    expect(d?.party).toBe('customer');
    expect(d?.due?.at).toBe('2026-11-26T17:00:00-05:00');
  });
  it('a third party named in a message', () => {
    const [d] = findCommitments({ text: 'I escalated it. They will contact you by Monday.', author: 'agent' }, ctx);
    expect(d?.party).toBe('third-party');
  });
});

describe('action, conditions and reasons', () => {
  it('splits deadline words out of the action', () => {
    const d = parseCommitment("I'll send the contract by Friday EOD", ctx);
    expect(d.action).toBe('send the contract');
    expect(d.due?.at).toBe('2026-11-27T17:00:00-05:00');
    expect(d.vague).toBe(false);
  });
  it.each([
    ["We'll refund you only if the item is returned unused", 'only if the item is returned unused'],
    ['I will ship the replacement once legal signs', 'once legal signs'],
    ['we will send the code as soon as you confirm the address', 'as soon as you confirm the address'],
    ['I will book the engineer after you send the photos', 'after you send the photos'],
    ['We will extend the trial provided the invoice is paid', 'provided the invoice is paid'],
    ['If you send me the portfolio, I will review it by Monday', 'If you send me the portfolio'],
  ])('condition: %s', (text, condition) => {
    const d = parseCommitment(text, ctx);
    expect(d.conditions).toEqual([condition]);
    expect(d.action).not.toContain(condition);
  });
  it.each([
    ["I'll file it today so we won't miss the Wednesday deadline", "so we won't miss the Wednesday deadline", '2026-11-25T17:00:00-05:00'],
    ['We will call you tomorrow so that you can test it', 'so that you can test it', '2026-11-26T17:00:00-05:00'],
    ['I will escalate this because the order is late', 'because the order is late', null],
  ])('reason: %s', (text, reason, at) => {
    const d = parseCommitment(text, ctx);
    expect(d.reason).toBe(reason);
    // A date inside the reason is not the deadline.
    expect(d.due?.at ?? null).toBe(at);
  });
});

describe('vague promises: vague, no deadline', () => {
  it.each([
    "we'll get back to you",
    'I will update you shortly',
    "we'll fix it soon",
    'I will send it ASAP',
    'you will hear from us in due course',
    'I will look into it',
  ])('%s', (text) => {
    const d = parseCommitment(text, ctx);
    expect(d.due).toBeNull();
    expect(d.vague).toBe(true);
  });
});

describe('findCommitments keeps promises and leaves out the rest', () => {
  it.each([
    "I'll send you the report by Thursday.",
    'We will refund the charge within 3 business days.',
    'Let me check with the warehouse.',
    'We have received your request and will be in touch.',
    'A member of our team will call you tomorrow.',
    'I am going to escalate this today.',
  ])('keeps: %s', (text) => expect(findCommitments({ text, author: 'agent' }, ctx)).toHaveLength(1));

  it.each([
    // "look into / at / over" is an act; "look" alone is not (see below).
    'Send us the order number and we will look into it.',
    "I'll look at the logs this afternoon.",
    // "be <act>ing" for arranging and replying.
    "We'll be setting up a call with the vendor on Monday.",
    'Our team will be responding to every ticket by noon.',
    // "get <thing> to you".
    'I will get the signed copy to you by Friday.',
    // An inverted condition ("Should you…, then…") is not a question.
    'Should the part not arrive, we will ship a replacement.',
  ])('keeps: %s', (text) => expect(findCommitments({ text, author: 'agent' }, ctx)).toHaveLength(1));

  it('an offer ("I\'d be happy to …") is a promise of the act', () => {
    const [d] = findCommitments({ text: "I'd be happy to walk you through the setup on Friday.", author: 'agent' }, ctx);
    expect(d?.party).toBe('agent');
    expect(d?.action).toBe('walk you through the setup');
  });

  it.each([
    'We will look silly if this slips.',
    "I'm going to refrain from commenting on that.",
    'Please reply here so we can send you the form.',
    'Should we ship it to the office?',
    'Should you ship it to the office, then?',
  ])('leaves out: %s', (text) => expect(findCommitments({ text, author: 'agent' }, ctx)).toEqual([]));

  it.each([
    'Please send me the logs by Friday.',
    'Let me know if that works.',
    'Will you be available tomorrow?',
    'Could we move the call to Monday?',
    'I sent the invoice yesterday.',
    'I would send it if I could.',
    'Hopefully we will have it back in stock soon.',
    'I will be out of the office on Friday.',
    'We will need the signed form first.',
    'It will probably rain tomorrow.',
    'I will not be able to attend.',
  ])('no promise in: %s', (text) =>
    expect(findCommitments({ text, author: 'agent' }, ctx).filter((d) => d.kind === 'promise')).toEqual([]),
  );

  it('skips quoted replies and the signature', () => {
    const text = [
      'Hi Maria,',
      '',
      'Thanks for the logs. I will check them and reply by Thursday.',
      '',
      'Best regards,',
      'Sam',
      'Support team',
      '',
      'On Mon, Nov 23, 2026 at 9:00 AM Maria Lopez <maria@example.com> wrote:',
      '> I will pay tomorrow.',
    ].join('\n');
    const found = findCommitments({ text, author: 'agent' }, ctx);
    expect(found.map((d) => d.text)).toEqual(['I will check them and reply by Thursday.']);
    expect(found[0]?.due?.at).toBe('2026-11-26T17:00:00-05:00');
  });
  it('skips lines quoted with ">"', () => {
    expect(findCommitments({ text: '> We will refund you tomorrow.\nThanks!', author: 'agent' }, ctx)).toEqual([]);
  });
});

describe('robustness', () => {
  it.each([
    '<script>alert("I will send it by Friday")</script>',
    '<p>I&#39;ll send it <b>tomorrow</b></p>',
    'I will send it on Feb 30',
    '🙂 I will send it 🚀 by Friday 🎉',
    'by by by by by the the the 99th',
    '\u0000\u0001 weird control chars',
    'x'.repeat(12000),
  ])('never throws on %s', (text) => {
    expect(() => parseCommitment(text, ctx)).not.toThrow();
    expect(() => findCommitments({ text, author: 'agent' }, ctx)).not.toThrow();
  });
  it('HTML is read as text', () => {
    const d = parseCommitment('<p>I&#39;ll send it <b>tomorrow</b></p>', ctx);
    expect(d.party).toBe('agent');
    expect(d.due?.at).toBe('2026-11-26T17:00:00-05:00');
  });
  it('"Feb 30" gives no deadline', () => expect(parseCommitment('I will send it on Feb 30', ctx).due).toBeNull());
  it('a broken context does not throw', () => {
    const bad = { now: new Date('nope'), timeZone: 'Mars/Olympus' } as ParseContext;
    expect(() => parseCommitment('I will send it Friday', bad)).not.toThrow();
    expect(resolveDue('Friday', bad)).toBeNull();
  });

  it('any string up to 10,000 characters: no throw, a sane draft, bounded time', () => {
    const bound = 250; // ms per call; typical calls take well under a millisecond
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 10000 }),
          fc.string({ unit: 'grapheme', maxLength: 2000 }),
          fc
            .array(
              fc.constantFrom(
                'I',
                "we'll",
                'send',
                'by',
                'Friday',
                'EOD',
                'the',
                '15th',
                'if',
                'you',
                '<b>',
                '5pm',
                'PT',
                '.',
                '\n',
                '>',
                'within',
                '3',
                'business',
                'days',
              ),
              { maxLength: 2000 },
            )
            .map((a) => a.join(' ').slice(0, 10000)),
        ),
        (text) => {
          const t0 = performance.now();
          const d = parseCommitment(text, ctx);
          const found = findCommitments({ text, author: 'customer' }, ctx);
          const due = resolveDue(text, ctx);
          const took = performance.now() - t0;
          expect(typeof d.action).toBe('string');
          expect(Array.isArray(d.conditions)).toBe(true);
          expect(Array.isArray(found)).toBe(true);
          if (d.due) expect(d.due.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
          if (due) expect(Number.isNaN(Date.parse(due.at))).toBe(false);
          expect(took).toBeLessThan(bound * 3);
        },
      ),
      { numRuns: 150 },
    );
  });
});
