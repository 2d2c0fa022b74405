// findCommitments' own rules, one row each: which sent time anchors relative words, which asks of
// the agent carry a time (the cheap pre-check must let every time the parsers read through), who acts
// in a passive promise, a pronoun standing for the writer's own role, what a lead-in keeps, a
// customer's own plan left out, a name nobody told us about, and the call-back warning's author.
import { describe, expect, it } from 'vitest';
import { findCommitments } from './find';
import type { CommitmentDraft, ParseContext, Party } from './types';

// Wednesday 25 November 2026, 10:00 in New York.
const WED: ParseContext = { now: new Date('2026-11-25T10:00:00-05:00'), timeZone: 'America/New_York' };
const find = (text: string, author: Party, sentAt?: string, ctx: ParseContext = WED): CommitmentDraft[] =>
  findCommitments({ text, author, ...(sentAt !== undefined ? { sentAt } : {}) }, ctx);

describe('sentAt: an ISO date or date-time anchors "tomorrow"', () => {
  it.each([
    [' 2026-11-20T10:00:00Z ', '2026-11-21T17:00:00-05:00'],
    ['2026-11-20T10:00:00Z', '2026-11-21T17:00:00-05:00'],
    ['2026-11-20T10:00Z', '2026-11-21T17:00:00-05:00'],
    ['2026-11-20T10:00:00.123Z', '2026-11-21T17:00:00-05:00'],
    ['2026-11-20T10:00:00+0500', '2026-11-21T17:00:00-05:00'],
    ['2026-11-20T10:00:00+05:00', '2026-11-21T17:00:00-05:00'],
    ['2026-11-20 10:00:00Z', '2026-11-21T17:00:00-05:00'],
    ['2026-11-20', '2026-11-20T17:00:00-05:00'],
  ])('%j', (sentAt, due) => {
    expect(find("I'll call you tomorrow.", 'agent', sentAt).map((d) => d.due?.at)).toEqual([due]);
  });

  it.each([
    'Mon 2026-11-20',
    'x2026-11-20',
    '2026-11-20T10:00:00Z 5',
    '2026-11-20 10:00 x',
    '2026-11-20T10',
    '2026-02-30T10:00:00Z',
    '2026-11-20 10:00 PM',
    '2026-11-20 10:00:00 UTC',
    '2026-13-01',
    '2026-04-31',
    '   ',
  ])('%j is no sent time: tomorrow is from now', (sentAt) => {
    expect(find("I'll call you tomorrow.", 'agent', sentAt).map((d) => d.due?.at)).toEqual(['2026-11-26T17:00:00-05:00']);
  });
});

describe("the agent's asks carry a time the parsers read", () => {
  it.each([
    ['by midday', '2026-11-25T12:00:00-05:00'],
    ['first thing', '2026-11-26T09:00:00-05:00'],
    ['in a sec', '2026-11-25T10:00:01-05:00'],
    ['in an hr', '2026-11-25T11:00:00-05:00'],
    ['in a min', '2026-11-25T10:01:00-05:00'],
    ['in a few mins', '2026-11-25T10:03:00-05:00'],
    ['in an hour', '2026-11-25T11:00:00-05:00'],
    ['by half  past three', '2026-11-25T15:30:00-05:00'],
    ['first  thing', '2026-11-26T09:00:00-05:00'],
    ['by half past three', '2026-11-25T15:30:00-05:00'],
    ['by Mon', '2026-11-30T17:00:00-05:00'],
    ['tmrw', '2026-11-26T17:00:00-05:00'],
    ['tmr', '2026-11-26T17:00:00-05:00'],
  ])('"Could you send the logs %s?"', (time, due) => {
    expect(find(`Could you send the logs ${time}?`, 'agent').map((d) => [d.kind, d.party, d.due?.at])).toEqual([
      ['request', 'customer', due],
    ]);
  });

  it.each(['Could you try restarting it?', 'Could you try restarting it soon?'])(
    '%j: troubleshooting without a time is not tracked',
    (text) => {
      expect(find(text, 'agent')).toEqual([]);
    },
  );
});

describe('who acts in a passive promise', () => {
  it.each<[string, Party]>([
    ['Your refund will be processed by the team tomorrow.', 'agent'],
    ['Your refund will be processed by the support team tomorrow.', 'agent'],
    ['Your refund will be processed by the support  team tomorrow.', 'agent'],
    ['Your parcel will be delivered by  the courier tomorrow.', 'third-party'],
    ['Your parcel will be delivered by the courier tomorrow.', 'third-party'],
    ['Your parcel will be delivered by the  courier tomorrow.', 'third-party'],
    ['Your parcel will be delivered by Marcus tomorrow.', 'third-party'],
    ['It will be delivered on Friday, the courier says.', 'agent'],
  ])('%j: %s', (text, party) => {
    expect(find(text, 'agent').map((d) => d.party)).toEqual([party]);
  });
});

describe("a pronoun for the writer's own role", () => {
  it.each<[string, Party]>([
    ['My manager is aware, they will call you tomorrow.', 'agent'],
    ['my manager is aware, they will call you tomorrow.', 'agent'],
    // The pronoun must open the promise, and the role come before it.
    ["I've told my manager; the courier will call when they arrive tomorrow.", 'third-party'],
    ['They will call you tomorrow, as my manager said.', 'third-party'],
  ])('%j: %s', (text, party) => {
    expect(find(text, 'agent').map((d) => d.party)).toEqual([party]);
  });
});

describe('a reason written before the promise stays with it', () => {
  it("the lead-in's reason", () => {
    const [d] = find("Because the depot is closed, I'll send it Monday.", 'agent');
    expect([d?.action, d?.reason]).toEqual(['send it', 'Because the depot is closed']);
  });

  it("the promise's own reason wins over the lead-in's", () => {
    const [d] = find("Because the depot is closed, I'll send it Monday so that it arrives in time.", 'agent');
    expect(d?.reason).toBe('so that it arrives in time');
  });
});

describe("a customer's promise", () => {
  it.each<[string, Party, string]>([
    ['We received your DM and will follow up there tomorrow.', 'customer', 'follow up there'],
    ['Your technician will call me tomorrow.', 'agent', 'call me'],
    ['My cheque will be posted tomorrow.', 'customer', 'My cheque will be posted'],
    ['I will post the cheque tomorrow.', 'customer', 'post the cheque'],
    // Not an undertaking of the customer's own side: somebody else's act they report.
    ['Your technician will inspect the boiler tomorrow.', 'agent', 'inspect the boiler'],
  ])('%j: the %s, %j', (text, party, action) => {
    expect(find(text, 'customer').map((d) => [d.party, d.action])).toEqual([[party, action]]);
  });

  it('a plan of their own is left out', () => {
    expect(find("I'll take a look at the Italian place tomorrow.", 'customer')).toEqual([]);
  });
});

describe("a subject no rule places is the writer's own side", () => {
  it('written by the agent', () => {
    expect(find('Somebody from head office will call you tomorrow.', 'agent').map((d) => d.party)).toEqual(['agent']);
  });
});

describe('a name nobody told us about is a third party in a message', () => {
  it.each<Party>(['agent', 'customer'])('written by the %s', (author) => {
    expect(find('Marcus will call you tomorrow.', author).map((d) => d.party)).toEqual(['third-party']);
  });
});

describe("the call-back warning is for the agent's words", () => {
  it.each<[Party, string[]]>([
    ['agent', ['call-back']],
    ['customer', []],
  ])('written by the %s', (author, warnings) => {
    const found = find("I'll send it by Friday, and you can call us back if it fails.", author);
    expect(found.map((d) => d.warnings)).toEqual([warnings]);
  });
});

describe('a context that throws', () => {
  it('nothing found, no error', () => {
    const broken = { ...WED };
    Object.defineProperty(broken, 'now', {
      get() {
        throw new Error('clock unavailable');
      },
    });
    expect(find("I'll send it by Friday.", 'agent', undefined, broken)).toEqual([]);
  });
});
