// The ledger's reads at their exact edges, through the service: a deadline exactly now, exactly at the
// end of today, exactly a week ahead, exactly at the end of a window; a count exactly at its cap;
// fractional and negative limits; a snooze ending exactly now; the customer key's odd forms.
import { describe, expect, it } from 'vitest';
import { conv, DAY, harness, HOUR, newCommitment, T0 } from './test-helpers';

// T0 is Monday 3 March 2025, 12:00 UTC: today in UTC ends 12 hours later.
const END_OF_TODAY = T0 + 12 * HOUR;
const WEEK_AHEAD = T0 + 7 * DAY;

async function ledgerWith(dues: ReadonlyArray<number | null>) {
  const h = harness();
  const ids: string[] = [];
  for (const [i, dueAt] of dues.entries()) {
    h.clock.now = T0 - 1000 + i; // created in order, before now
    ids.push((await h.ledger.addCommitment(newCommitment(`task ${i}`, { dueAt }))).id);
  }
  h.clock.now = T0;
  return { ...h, ids };
}

describe('popupOverview: each section at its exact bounds (UTC)', () => {
  it.each([
    ['a millisecond before now', T0 - 1, 'overdue'],
    ['exactly now', T0, 'today'],
    ['a millisecond before the end of today', END_OF_TODAY - 1, 'today'],
    ['exactly the end of today', END_OF_TODAY, 'upcoming'],
    ['a millisecond before a week ahead', WEEK_AHEAD - 1, 'upcoming'],
    ['exactly a week ahead', WEEK_AHEAD, 'later'],
    ['without a deadline', null, 'later'],
  ] as const)('due %s: %s', async (_what, dueAt, section) => {
    const { ledger } = await ledgerWith([dueAt]);
    const o = await ledger.popupOverview(T0, 'UTC');
    const counts = { overdue: o.overdue.count, today: o.today.count, upcoming: o.upcoming.count, later: o.later.count };
    expect(counts).toEqual({ overdue: 0, today: 0, upcoming: 0, later: 0, [section]: 1 });
  });

  it('a count exactly at the cap is not capped; one more is', async () => {
    const { ledger } = await ledgerWith([T0 - 3, T0 - 2]);
    expect((await ledger.popupOverview(T0, 'UTC', 5, 2)).overdue).toMatchObject({ count: 2, capped: false });
    expect((await ledger.popupOverview(T0, 'UTC', 5, 1)).overdue).toMatchObject({ count: 1, capped: true });
    expect((await ledger.popupOverview(T0, 'UTC', 5, 0)).overdue).toMatchObject({ count: 0, capped: true });
  });

  it('fractional limits and caps count down; negative ones are zero', async () => {
    const { ledger, ids } = await ledgerWith([T0 - 3, T0 - 2, T0 - 1]);
    const o = await ledger.popupOverview(T0, 'UTC', 1.9, 2.9);
    expect(o.overdue.items.map((c) => c.id)).toEqual([ids[0]]);
    expect(o.overdue).toMatchObject({ count: 2, capped: true });
    const none = await ledger.popupOverview(T0, 'UTC', -1, -5);
    expect(none.overdue).toEqual({ count: 0, capped: true, items: [] });
  });

  it('a week ahead is never before the end of today, and a zone east of UTC ends today sooner', async () => {
    // Tokyo: 12:00 UTC is 21:00 there, so its today ends at 15:00 UTC.
    const { ledger } = await ledgerWith([T0 + 3 * HOUR - 1, T0 + 3 * HOUR]);
    const tokyo = await ledger.popupOverview(T0, 'Asia/Tokyo');
    expect([tokyo.today.count, tokyo.upcoming.count]).toEqual([1, 1]);
  });
});

describe('badgeCounts and openIdsDueBefore at their edges', () => {
  it('due exactly now is due soon, not overdue; exactly at the window end is neither', async () => {
    const { ledger } = await ledgerWith([T0 - 1, T0, T0 + HOUR - 1, T0 + HOUR]);
    expect(await ledger.badgeCounts(T0, HOUR)).toEqual({ overdue: 1, dueSoon: 2 });
    expect(await ledger.badgeCounts(T0, HOUR, 1)).toEqual({ overdue: 1, dueSoon: 1 });
    expect(await ledger.badgeCounts(T0, HOUR, 0)).toEqual({ overdue: 0, dueSoon: 0 });
    expect(await ledger.badgeCounts(T0, 0)).toEqual({ overdue: 1, dueSoon: 0 });
  });

  it('ids due strictly before the instant, at most the limit (counted down), never the undated', async () => {
    const { ledger, ids } = await ledgerWith([T0 - 2, T0 - 1, T0, null]);
    expect(await ledger.openIdsDueBefore(T0, 10)).toEqual([ids[0], ids[1]]);
    expect(await ledger.openIdsDueBefore(T0, 1.9)).toEqual([ids[0]]);
    expect(await ledger.openIdsDueBefore(T0, -1)).toEqual([]);
    expect(await ledger.openIdsDueBefore(Number.MAX_SAFE_INTEGER + 10, 10)).toEqual([ids[0], ids[1], ids[2]]);
  });
});

describe('listUpcoming at the window end', () => {
  it('due exactly now is in, a millisecond before the end is in, exactly the end is out, the undated never', async () => {
    const { ledger, ids } = await ledgerWith([T0 - 1, T0, T0 + 2 * DAY - 1, T0 + 2 * DAY, null]);
    expect((await ledger.listUpcoming(T0, 2)).map((c) => c.id)).toEqual([ids[1], ids[2]]);
    expect((await ledger.listUpcoming(T0, 1e9)).map((c) => c.id)).toEqual([ids[1], ids[2], ids[3]]);
  });
});

describe('listSnoozedOpen', () => {
  it('snoozed past now only: a snooze ending exactly now is over; a done one is not listed', async () => {
    const { ledger, ids } = await ledgerWith([T0 + DAY, T0 + DAY, T0 + DAY]);
    await ledger.snooze(ids[0]!, T0);
    await ledger.snooze(ids[1]!, T0 + 1);
    await ledger.snooze(ids[2]!, T0 + 1);
    await ledger.complete(ids[2]!);
    expect((await ledger.listSnoozedOpen(T0)).map((c) => c.id)).toEqual([ids[1]]);
  });
});

describe('listUndatedOpen', () => {
  it('oldest first, the count exact up to the cap, the dated left out, the conversations of the listed', async () => {
    const { ledger, ids } = await ledgerWith([null, T0, null, null]);
    const all = await ledger.listUndatedOpen(10, 3);
    expect(all.items.map((c) => c.id)).toEqual([ids[0], ids[2], ids[3]]);
    expect([all.count, all.capped]).toEqual([3, false]);
    expect(all.conversations.map((c) => c.id)).toEqual(['zendesk|https://acme.zendesk.com|T-1']);
    const capped = await ledger.listUndatedOpen(1.5, 2.5);
    expect(capped.items.map((c) => c.id)).toEqual([ids[0]]);
    expect([capped.count, capped.capped]).toEqual([2, true]);
    expect(await ledger.listUndatedOpen(-1, -1)).toMatchObject({ items: [], count: 0, capped: true, conversations: [] });
  });
});

describe("a customer's track record: the key's forms", () => {
  async function twoConversations() {
    const h = harness();
    const a = conv('T-1', { customerEmail: 'dana@example.com' });
    const b = conv('T-2', { customerEmail: 'DANA@example.com' });
    const alone = conv('T-3');
    await h.ledger.addCommitment(newCommitment('send the form', { party: 'customer', conversation: a, dueAt: T0 - 1 }));
    await h.ledger.addCommitment(newCommitment('sign the form', { party: 'customer', conversation: b }));
    await h.ledger.addCommitment(newCommitment('call back', { party: 'agent', conversation: b }));
    await h.ledger.addCommitment(newCommitment('pay', { party: 'customer', conversation: alone }));
    return h;
  }

  it('an email is trimmed and lower-cased and finds every conversation with it; the customer party by default', async () => {
    const { ledger } = await twoConversations();
    expect(await ledger.trackRecordForCustomer({ email: '  Dana@Example.COM ' })).toMatchObject({ total: 2, missed: 1, pending: 1 });
    expect(await ledger.trackRecordForCustomer(' dana@example.com', { party: 'agent' })).toMatchObject({ total: 1 });
    expect(await ledger.trackRecordForCustomer('dana@example.com', { party: 'any' })).toMatchObject({ total: 3 });
  });

  it("a conversation without an email is its own customer; a conversation's email reaches the others", async () => {
    const { ledger } = await twoConversations();
    expect(await ledger.trackRecordForCustomer({ conversationId: 'zendesk|https://acme.zendesk.com|T-3' })).toMatchObject({ total: 1 });
    expect(await ledger.trackRecordForCustomer('zendesk|https://acme.zendesk.com|T-3')).toMatchObject({ total: 1 });
    expect(await ledger.trackRecordForCustomer('zendesk|https://acme.zendesk.com|T-2')).toMatchObject({ total: 2 });
    expect(await ledger.trackRecordForCustomer({ conversationId: 'nobody' })).toMatchObject({ total: 0 });
  });

  it('a blank email finds nobody; a key of another shape is refused', async () => {
    const { ledger } = await twoConversations();
    expect(await ledger.trackRecordForCustomer({ email: '   ' })).toMatchObject({ total: 0 });
    for (const key of [{}, { email: 5 }, { conversationId: 5 }, null, []]) {
      await expect(ledger.trackRecordForCustomer(key as never)).rejects.toMatchObject({ code: 'invalid-input' });
    }
  });
});
