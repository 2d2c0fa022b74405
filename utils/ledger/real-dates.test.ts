// Track record integrity: a commitment taken from an old message is judged by its real dates (the
// message's sent time as when it was made, the delivering message's sent time as when it was done),
// never by the moment the agent clicked.
import { describe, expect, it } from 'vitest';
import { conversationIdOf } from './conversation-id';
import { conv, DAY, harness, HOUR, newCommitment, T0 } from './test-helpers';

/** The ledger id of the helpers' default conversation (site-bound: adapter|origin|key). */
const T1 = conversationIdOf(conv('T-1'));

const customer = { party: 'customer' as const };

describe('LedgerService: real dates', () => {
  it('an old promise marked done at the delivering message counts as kept on time, not late', async () => {
    const { ledger, clock } = harness();
    clock.now = T0 + 400 * DAY; // the agent opens a thread a year later
    const sent = T0; // the promise's message
    const c = await ledger.addCommitment({
      ...newCommitment('send the volumes', { ...customer, dueAt: T0 + 2 * DAY }),
      madeAt: sent,
      source: 'suggested',
      writtenBy: 'customer',
    });
    expect(c.createdAt).toBe(sent);
    expect((await ledger.history(c.id))[0]).toMatchObject({ kind: 'created', at: sent });
    const done = await ledger.complete(c.id, { at: T0 + 2 * DAY - HOUR });
    expect(done).toMatchObject({ outcome: 'on-time', lateByMs: 0 });
    expect(done.commitment.doneAt).toBe(T0 + 2 * DAY - HOUR);
    expect(await ledger.trackRecordForCustomer({ conversationId: T1 })).toMatchObject({ keptOnTime: 1, late: 0, missed: 0 });
  });

  it('late by the real dates, and marked done now (no date) is late as before', async () => {
    const { ledger, clock } = harness();
    clock.now = T0 + 400 * DAY;
    const a = await ledger.addCommitment({ ...newCommitment('send the SOW', { ...customer, dueAt: T0 + DAY }), madeAt: T0 });
    const b = await ledger.addCommitment({ ...newCommitment('send the list', { ...customer, dueAt: T0 + DAY }), madeAt: T0 });
    expect(await ledger.complete(a.id, { at: T0 + 3 * DAY })).toMatchObject({ outcome: 'late', lateByMs: 2 * DAY });
    expect(await ledger.complete(b.id)).toMatchObject({ outcome: 'late', lateByMs: 399 * DAY });
    expect(await ledger.trackRecordForCustomer({ conversationId: T1 })).toMatchObject({
      keptOnTime: 0,
      late: 2,
      averageSlipMs: Math.round((2 * DAY + 399 * DAY) / 2),
    });
  });

  it('never dated in the future, never done before it was made', async () => {
    const { ledger, clock } = harness();
    clock.now = T0;
    const c = await ledger.addCommitment({ ...newCommitment('send the quote', { ...customer, dueAt: T0 + DAY }), madeAt: T0 + 5 * DAY });
    expect(c.createdAt).toBe(T0);
    const done = await ledger.complete(c.id, { at: T0 - DAY });
    expect(done.commitment.doneAt).toBe(T0);
    const d = await ledger.addCommitment({
      ...newCommitment('send the plan', { ...customer, dueAt: T0 + DAY, conversation: conv('T-2') }),
    });
    expect((await ledger.complete(d.id, { at: T0 + 9 * DAY })).commitment.doneAt).toBe(T0);
  });

  it('rejects a date that is not a number, and changes nothing', async () => {
    const { ledger } = harness();
    await expect(ledger.addCommitment({ ...newCommitment('x'), madeAt: 'yesterday' as unknown as number })).rejects.toMatchObject({
      code: 'invalid-input',
      problems: [expect.stringContaining('madeAt')],
    });
    const c = await ledger.addCommitment(newCommitment('send the deck'));
    await expect(ledger.complete(c.id, { at: Number.NaN })).rejects.toMatchObject({ code: 'invalid-input' });
    expect((await ledger.getCommitment(c.id))?.status).toBe('open');
  });

  it('an open old promise past its deadline is missed by its real deadline', async () => {
    const { ledger, clock } = harness();
    clock.now = T0 + 30 * DAY;
    await ledger.addCommitment({ ...newCommitment('send the forecast', { ...customer, dueAt: T0 + DAY }), madeAt: T0 });
    expect(await ledger.trackRecordForCustomer({ conversationId: T1 })).toMatchObject({ missed: 1, pending: 0 });
  });
});
