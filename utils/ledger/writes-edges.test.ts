// The ledger's writes at their edges, through the service: a commitment made exactly now or later
// than now, done exactly when it was made or now or at the deadline, a write that changes nothing
// (no revision, no history, no event), each editable field on its own, a reschedule that keeps an
// explicit `vague`, a conversation field that is empty or unknown, a repeated delete.
import { describe, expect, it } from 'vitest';
import { conv, DAY, due, harness, HOUR, newCommitment, T0 } from './test-helpers';

describe('addCommitment: when it was made', () => {
  it.each([
    ['a millisecond before now is kept', T0 - 1, T0 - 1],
    ['exactly now is now', T0, T0],
    ['a millisecond after now is now', T0 + 1, T0],
    ['a day after now is now', T0 + DAY, T0],
  ])('%s', async (_what, madeAt, createdAt) => {
    const { ledger } = harness();
    const c = await ledger.addCommitment({ ...newCommitment('send the form'), madeAt });
    expect(c.createdAt).toBe(createdAt);
    expect(c.updatedAt).toBe(T0);
    expect((await ledger.history(c.id)).map((e) => [e.kind, e.at])).toEqual([['created', createdAt]]);
  });
});

describe('complete: the moment it was done', () => {
  async function made() {
    const h = harness();
    const c = await h.ledger.addCommitment({ ...newCommitment('send the form', { dueAt: T0 - DAY }), madeAt: T0 - 2 * DAY });
    return { ...h, c };
  }

  it.each([
    ['exactly when it was made', T0 - 2 * DAY, T0 - 2 * DAY, 'on-time', 0],
    ['a millisecond before it was made: when it was made', T0 - 2 * DAY - 1, T0 - 2 * DAY, 'on-time', 0],
    ['exactly at the deadline: on time', T0 - DAY, T0 - DAY, 'on-time', 0],
    ['a millisecond after the deadline: late by 1 ms', T0 - DAY + 1, T0 - DAY + 1, 'late', 1],
    ['exactly now', T0, T0, 'late', DAY],
    ['a millisecond after now: now', T0 + 1, T0, 'late', DAY],
  ] as const)('%s', async (_what, at, doneAt, outcome, lateByMs) => {
    const { ledger, c } = await made();
    const r = await ledger.complete(c.id, { at });
    expect(r).toMatchObject({ outcome, lateByMs });
    expect(r.commitment.doneAt).toBe(doneAt);
  });

  it('without a deadline the outcome says so; done twice is one change', async () => {
    const { ledger, changes } = harness();
    const c = await ledger.addCommitment(newCommitment('call back'));
    expect(await ledger.complete(c.id)).toMatchObject({ outcome: 'no-deadline', lateByMs: 0 });
    const before = changes.length;
    const again = await ledger.complete(c.id, { at: T0 - 5 });
    expect(again.commitment).toMatchObject({ revision: 2, doneAt: T0 });
    expect(changes.length).toBe(before);
    expect((await ledger.history(c.id)).map((e) => e.kind)).toEqual(['created', 'completed']);
  });
});

describe('a write that changes nothing', () => {
  it('keeps the revision, adds no history and sends no event', async () => {
    const { ledger, changes, clock } = harness();
    const c = await ledger.addCommitment(newCommitment('send the form', { dueAt: T0 + DAY }));
    clock.now = T0 + 5;
    const events = changes.length;
    for (const same of [
      () => ledger.reschedule(c.id, due(T0 + DAY)),
      () => ledger.snooze(c.id, null),
      () => ledger.reopen(c.id),
      () => ledger.undoRemove(c.id),
      () => ledger.updateCommitment(c.id, { action: 'send the form', conditions: [] }),
    ]) {
      const r = await same();
      expect(r).toMatchObject({ revision: 1, updatedAt: T0 });
    }
    expect(changes.length).toBe(events);
    expect((await ledger.history(c.id)).map((e) => e.kind)).toEqual(['created']);
  });

  it('a real change: revision + 1, updatedAt now, one entry with from (null when absent) and to, one event', async () => {
    const { ledger, changes, clock } = harness();
    const c = await ledger.addCommitment(newCommitment('send the form'));
    clock.now = T0 + 5;
    const r = await ledger.snooze(c.id, T0 + HOUR);
    expect(r).toMatchObject({ revision: 2, updatedAt: T0 + 5, reminder: { snoozedUntil: T0 + HOUR } });
    const entries = await ledger.history(c.id);
    expect(entries.at(-1)).toMatchObject({
      kind: 'snoozed',
      at: T0 + 5,
      changes: { 'reminder.snoozedUntil': { from: null, to: T0 + HOUR } },
    });
    expect(entries.at(-1)).not.toHaveProperty('changeId');
    expect(changes.at(-1)).toEqual({ kind: 'snoozed', conversationIds: [c.conversationId], commitmentIds: [c.id] });
  });

  it("a change's id is kept on its entry, and a retry with it is not applied again", async () => {
    const { ledger } = harness();
    const c = await ledger.addCommitment(newCommitment('send the form'));
    await ledger.snooze(c.id, T0 + HOUR, { changeId: 'ch-1' });
    const again = await ledger.snooze(c.id, T0 + 2 * HOUR, { changeId: 'ch-1' });
    expect(again.reminder.snoozedUntil).toBe(T0 + HOUR);
    expect((await ledger.history(c.id)).at(-1)).toMatchObject({ kind: 'snoozed', changeId: 'ch-1' });
  });
});

describe('updateCommitment: each editable field on its own', () => {
  it.each([
    ['text', 'send the signed form'],
    ['action', 'send the signed form'],
    ['party', 'customer'],
    ['partyName', 'Dana'],
    ['vague', false],
    ['conditions', ['if the bank confirms']],
    ['reason', 'for the audit'],
    ['dependsOn', ['other-id']],
  ] as const)('%s', async (field, value) => {
    const { ledger } = harness();
    const c = await ledger.addCommitment(newCommitment('send the form'));
    const r = await ledger.updateCommitment(c.id, { [field]: value });
    expect(r[field]).toEqual(value);
    expect((await ledger.history(c.id)).at(-1)).toMatchObject({ kind: 'edited', changes: { [field]: { to: value } } });
  });

  it('reminder lead minutes', async () => {
    const { ledger } = harness();
    const c = await ledger.addCommitment(newCommitment('send the form'));
    const r = await ledger.updateCommitment(c.id, { reminder: { leadMinutes: [15, 0] } });
    expect(r.reminder.leadMinutes).toEqual([15, 0]);
  });

  it('a new date clears vague unless the patch says vague itself; no date keeps it', async () => {
    const { ledger } = harness();
    const a = await ledger.addCommitment(newCommitment('get back to you'));
    expect((await ledger.updateCommitment(a.id, { due: due(T0 + DAY) })).vague).toBe(false);
    const b = await ledger.addCommitment(newCommitment('get back to you'));
    expect((await ledger.updateCommitment(b.id, { due: due(T0 + DAY), vague: true })).vague).toBe(true);
    const c = await ledger.addCommitment(newCommitment('get back to you'));
    const r = await ledger.updateCommitment(c.id, { due: null });
    expect(r.vague).toBe(true);
    const d = await ledger.addCommitment(newCommitment('send it', { dueAt: T0 + DAY }));
    const kinds = async () => (await ledger.history(d.id)).map((e) => e.kind);
    await ledger.updateCommitment(d.id, { text: 'send it all', due: due(T0 + 2 * DAY) });
    expect(await kinds()).toEqual(['created', 'edited', 'rescheduled']);
    expect((await ledger.getCommitment(d.id))?.dueAt).toBe(T0 + 2 * DAY);
  });
});

describe('cancel, remove', () => {
  it('cancelling trims the reason and forgets when it was done', async () => {
    const { ledger } = harness();
    const c = await ledger.addCommitment(newCommitment('send the form'));
    await ledger.complete(c.id);
    const r = await ledger.cancel(c.id, '  no longer needed \n');
    expect(r).toMatchObject({ status: 'cancelled', cancelReason: 'no longer needed', doneAt: null });
  });

  it('removing twice is one deletion, at the moment of the first', async () => {
    const { ledger, clock } = harness();
    const c = await ledger.addCommitment(newCommitment('send the form'));
    clock.now = T0 + 7;
    await ledger.remove(c.id);
    clock.now = T0 + 9;
    expect((await ledger.remove(c.id)).deletedAt).toBe(T0 + 7);
    expect((await ledger.history(c.id)).map((e) => e.kind)).toEqual(['created', 'deleted']);
  });

  it('purge refuses an empty id', async () => {
    const { ledger } = harness();
    await expect(ledger.purge('')).rejects.toMatchObject({ code: 'invalid-input' });
  });
});

describe("a conversation's new subject reaches its own commitments only", () => {
  it('the commitments of a conversation whose id sorts before keep their words', async () => {
    const { ledger } = harness();
    const first = await ledger.addCommitment(newCommitment('send the form', { conversation: conv('T-1', { subject: 'Pallet claim' }) }));
    const second = await ledger.addCommitment(newCommitment('call back', { conversation: conv('T-2', { subject: 'Invoice' }) }));
    await ledger.upsertConversation(conv('T-2', { subject: 'Refund' }));
    expect((await ledger.search('refund')).map((h) => h.commitment.id)).toEqual([second.id]);
    expect((await ledger.search('pallet')).map((h) => h.commitment.id)).toEqual([first.id]);
    await ledger.upsertConversation(conv('T-1', { subject: 'Customs' }));
    expect((await ledger.search('customs')).map((h) => h.commitment.id)).toEqual([first.id]);
    expect((await ledger.search('refund')).map((h) => h.commitment.id)).toEqual([second.id]);
  });
});

describe('upsertConversation: fields', () => {
  it('an empty customer field is not stored; an email is kept trimmed and lower-case', async () => {
    const { ledger } = harness();
    const r = await ledger.upsertConversation(conv('T-9', { customerName: '', customerEmail: ' Dana@Example.COM ', customerOrg: 'Acme' }));
    expect(r).not.toHaveProperty('customerName');
    expect(r).toMatchObject({ customerEmail: 'dana@example.com', customerOrg: 'Acme', createdAt: T0, updatedAt: T0 });
  });

  it('an unknown field never erases a known one; the same fields again are no change and no event', async () => {
    const { ledger, changes, clock } = harness();
    await ledger.upsertConversation(conv('T-9', { customerName: 'Dana' }));
    clock.now = T0 + 5;
    const events = changes.length;
    const same = await ledger.upsertConversation(conv('T-9', { customerName: undefined }));
    expect(same).toMatchObject({ customerName: 'Dana', updatedAt: T0 });
    expect(changes.length).toBe(events);
    const moved = await ledger.upsertConversation(conv('T-9', { subject: 'Refund' }));
    expect(moved).toMatchObject({ customerName: 'Dana', subject: 'Refund', updatedAt: T0 + 5 });
    expect(changes.length).toBe(events + 1);
  });

  it('a new subject or customer is searched at once, the old one no more', async () => {
    const { ledger } = harness();
    await ledger.addCommitment(newCommitment('send the form', { conversation: conv('T-9', { subject: 'Pallet claim' }) }));
    expect(await ledger.search('pallet')).toHaveLength(1);
    await ledger.upsertConversation(conv('T-9', { subject: 'Refund' }));
    expect(await ledger.search('pallet')).toEqual([]);
    expect(await ledger.search('refund')).toHaveLength(1);
    await ledger.upsertConversation(conv('T-9', { subject: 'Refund', customerOrg: 'Globex' }));
    expect(await ledger.search('globex')).toHaveLength(1);
  });
});
