// Over 400 lines: the ledger service's behaviour, one describe per room (writes, queries, track record, hooks).
import { describe, expect, it, vi } from 'vitest';
import { NO_DEADLINE_KEY } from './db';
import { isLedgerError, LedgerError } from './errors';
import type { LedgerService } from './service';
import { conv, DAY, due, harness, HOUR, newCommitment, T0 } from './test-helpers';

// Every public member must be an async method, or the proxy-service typing breaks.
type NonAsyncKeys = {
  [K in keyof LedgerService]: LedgerService[K] extends (...args: never[]) => Promise<unknown> ? never : K;
}[keyof LedgerService];
const allAsync: [NonAsyncKeys] extends [never] ? true : false = true;

describe('LedgerService: conversations', () => {
  it('is proxy-safe: only async methods', () => {
    expect(allAsync).toBe(true);
  });

  it('creates a conversation, then updates only the fields given', async () => {
    const { ledger, clock, changes } = harness();
    const a = await ledger.upsertConversation(conv('T-1', { customerName: 'Dana Reyes', customerEmail: ' Dana@Example.COM ' }));
    expect(a).toMatchObject({
      id: 'zendesk|https://acme.zendesk.com|T-1',
      customerEmail: 'dana@example.com',
      createdAt: T0,
      updatedAt: T0,
    });
    clock.now += 1000;
    // A host adapter that does not know the email this time does not erase it.
    const b = await ledger.upsertConversation(conv('T-1', { subject: 'Refund', customerOrg: 'Acme' }));
    expect(b).toMatchObject({
      subject: 'Refund',
      customerOrg: 'Acme',
      customerEmail: 'dana@example.com',
      customerName: 'Dana Reyes',
      createdAt: T0,
      updatedAt: T0 + 1000,
    });
    expect(await ledger.getConversation('zendesk|https://acme.zendesk.com|T-1')).toEqual(b);
    // Unchanged: no write, no change event.
    const n = changes.length;
    await ledger.upsertConversation(conv('T-1', { subject: 'Refund' }));
    expect(changes.length).toBe(n);
    expect(await ledger.getConversation('nope')).toBeNull();
  });

  it('rejects bad input with the field path', async () => {
    const { ledger } = harness();
    const bad = { host: 'zendesk', key: 'T-1', url: 3, subject: 'x' } as unknown as Parameters<LedgerService['upsertConversation']>[0];
    await expect(ledger.upsertConversation(bad)).rejects.toMatchObject({
      name: 'LedgerError',
      code: 'invalid-input',
      problems: ['conversation.url: expected string, got number'],
    });
  });
});

describe('LedgerService: add and list', () => {
  it('adds a commitment with its conversation, history and a change event', async () => {
    const { ledger, changes } = harness();
    const c = await ledger.addCommitment(newCommitment('send the invoice', { dueAt: T0 + DAY }));
    expect(c).toMatchObject({
      conversationId: 'zendesk|https://acme.zendesk.com|T-1',
      status: 'open',
      dueAt: T0 + DAY,
      createdAt: T0,
      doneAt: null,
      deletedAt: null,
      partyName: null,
      dependsOn: [],
      reminder: { leadMinutes: [60], snoozedUntil: null },
      source: 'typed',
    });
    expect(c).not.toHaveProperty('openDueAt');
    expect(await ledger.getConversation('zendesk|https://acme.zendesk.com|T-1')).not.toBeNull();
    expect(await ledger.listByConversation('zendesk|https://acme.zendesk.com|T-1')).toEqual([c]);
    const h = await ledger.history(c.id);
    expect(h).toHaveLength(1);
    expect(h[0]).toMatchObject({
      kind: 'created',
      at: T0,
      changes: { status: { from: null, to: 'open' }, dueAt: { from: null, to: T0 + DAY } },
    });
    expect(changes.at(-1)).toEqual({ kind: 'created', conversationIds: ['zendesk|https://acme.zendesk.com|T-1'], commitmentIds: [c.id] });
  });

  it('is idempotent for a retried add with the same id', async () => {
    const { ledger } = harness();
    const n = { ...newCommitment('call back'), id: 'c-1' };
    const a = await ledger.addCommitment(n);
    const b = await ledger.addCommitment(n);
    expect(b).toEqual(a);
    expect(await ledger.listByConversation('zendesk|https://acme.zendesk.com|T-1')).toHaveLength(1);
    await expect(ledger.addCommitment({ ...newCommitment('other'), id: 'c-1' })).rejects.toMatchObject({ code: 'constraint' });
  });

  it('lists one conversation in creation order, without deleted ones', async () => {
    const { ledger, clock } = harness();
    const a = await ledger.addCommitment(newCommitment('one'));
    clock.now += 1;
    const other = await ledger.addCommitment(newCommitment('elsewhere', { conversation: conv('T-2') }));
    clock.now += 1;
    const b = await ledger.addCommitment(newCommitment('two'));
    clock.now += 1;
    const c = await ledger.addCommitment(newCommitment('three'));
    await ledger.remove(b.id);
    expect((await ledger.listByConversation('zendesk|https://acme.zendesk.com|T-1')).map((x) => x.id)).toEqual([a.id, c.id]);
    expect((await ledger.listByConversation('zendesk|https://acme.zendesk.com|T-2')).map((x) => x.id)).toEqual([other.id]);
  });

  it('keeps who wrote the words of a suggestion, and rejects an unknown writer', async () => {
    const { ledger } = harness();
    const saved = await ledger.addCommitment({ ...newCommitment('send you my portfolio'), writtenBy: 'customer', source: 'suggested' });
    expect((await ledger.getCommitment(saved.id))?.writtenBy).toBe('customer');
    const typed = await ledger.addCommitment(newCommitment('send the rate card'));
    expect(typed.writtenBy).toBeUndefined();
    const err = await ledger.addCommitment({ ...newCommitment('x'), writtenBy: 'robot' as never }).catch((e: unknown) => e);
    expect((err as LedgerError).problems).toContain('writtenBy: expected one of "agent", "customer", "third-party", got "robot"');
  });

  it('rejects a draft with a bad deadline', async () => {
    const { ledger } = harness();
    const n = newCommitment('x');
    n.draft.due = { at: 'next blue moon', text: 'x', precision: 'day' };
    const err = await ledger.addCommitment(n).catch((e: unknown) => e);
    expect(isLedgerError(err)).toBe(true);
    expect((err as LedgerError).problems[0]).toBe('draft.due.at: expected an ISO 8601 instant, got "next blue moon"');
  });
});

describe('LedgerService: lifecycle', () => {
  it('completes on time and late, computed from the deadline', async () => {
    const { ledger, clock } = harness();
    const a = await ledger.addCommitment(newCommitment('a', { dueAt: T0 + HOUR }));
    const b = await ledger.addCommitment(newCommitment('b', { dueAt: T0 + HOUR }));
    const c = await ledger.addCommitment(newCommitment('c'));
    clock.now = T0 + 30 * 60_000;
    expect(await ledger.complete(a.id)).toMatchObject({
      outcome: 'on-time',
      lateByMs: 0,
      commitment: { status: 'done', doneAt: clock.now },
    });
    clock.now = T0 + 3 * HOUR;
    expect(await ledger.complete(b.id)).toMatchObject({ outcome: 'late', lateByMs: 2 * HOUR });
    expect(await ledger.complete(c.id)).toMatchObject({ outcome: 'no-deadline' });
    // Completing twice changes nothing.
    clock.now += HOUR;
    expect((await ledger.complete(b.id)).commitment.doneAt).toBe(T0 + 3 * HOUR);
    expect((await ledger.history(b.id)).map((h) => h.kind)).toEqual(['created', 'completed']);
    expect((await ledger.history(b.id))[1]!.changes).toEqual({
      status: { from: 'open', to: 'done' },
      doneAt: { from: null, to: T0 + 3 * HOUR },
    });
  });

  it('reopens, cancels with a reason, and reopens a cancelled one', async () => {
    const { ledger, clock } = harness();
    const a = await ledger.addCommitment(newCommitment('a', { dueAt: T0 + DAY }));
    clock.now += HOUR;
    await ledger.complete(a.id);
    clock.now += HOUR;
    expect(await ledger.reopen(a.id)).toMatchObject({ status: 'open', doneAt: null });
    expect(await ledger.cancel(a.id, ' customer withdrew the request ')).toMatchObject({
      status: 'cancelled',
      cancelReason: 'customer withdrew the request',
    });
    expect(await ledger.listOpenDueBefore(T0 + 2 * DAY)).toEqual([]);
    expect(await ledger.reopen(a.id)).toMatchObject({ status: 'open', cancelReason: null });
    const h = await ledger.history(a.id);
    expect(h.map((x) => x.kind)).toEqual(['created', 'completed', 'reopened', 'cancelled', 'reopened']);
    expect(h[3]!.changes).toEqual({
      status: { from: 'open', to: 'cancelled' },
      cancelReason: { from: null, to: 'customer withdrew the request' },
    });
  });

  it('reschedules and keeps the earlier deadline in the history', async () => {
    const { ledger, clock } = harness();
    const a = await ledger.addCommitment(newCommitment('a', { dueAt: T0 + DAY }));
    clock.now += HOUR;
    const r = await ledger.reschedule(a.id, due(T0 + 3 * DAY, 'Thursday'));
    expect(r).toMatchObject({ dueAt: T0 + 3 * DAY, due: { text: 'Thursday' }, updatedAt: T0 + HOUR });
    const h = await ledger.history(a.id);
    expect(h[1]).toMatchObject({ kind: 'rescheduled', changes: { dueAt: { from: T0 + DAY, to: T0 + 3 * DAY } } });
    // By epoch ms, and to no deadline at all.
    expect(await ledger.reschedule(a.id, T0 + 2 * DAY)).toMatchObject({
      dueAt: T0 + 2 * DAY,
      due: { at: new Date(T0 + 2 * DAY).toISOString() },
    });
    expect(await ledger.reschedule(a.id, null)).toMatchObject({ dueAt: null, due: null });
    expect(await ledger.listOpenDueBefore(T0 + 10 * DAY)).toEqual([]);
    expect((await ledger.listOpen()).map((c) => c.id)).toEqual([a.id]);
  });

  it('snoozes reminders and clears the snooze', async () => {
    const { ledger } = harness();
    const a = await ledger.addCommitment(newCommitment('a', { dueAt: T0 + DAY }));
    expect((await ledger.snooze(a.id, T0 + 2 * HOUR)).reminder).toEqual({ leadMinutes: [60], snoozedUntil: T0 + 2 * HOUR });
    expect((await ledger.snooze(a.id, null)).reminder.snoozedUntil).toBeNull();
    expect((await ledger.history(a.id)).slice(1).map((h) => h.changes)).toEqual([
      { 'reminder.snoozedUntil': { from: null, to: T0 + 2 * HOUR } },
      { 'reminder.snoozedUntil': { from: T0 + 2 * HOUR, to: null } },
    ]);
  });

  it('deletes softly and undoes the delete', async () => {
    const { ledger, changes } = harness();
    const a = await ledger.addCommitment(newCommitment('a', { dueAt: T0 - HOUR }));
    expect(await ledger.badgeCounts(T0, DAY)).toEqual({ overdue: 1, dueSoon: 0 });
    const removed = await ledger.remove(a.id);
    expect(removed.deletedAt).toBe(T0);
    expect(changes.at(-1)).toMatchObject({ kind: 'deleted', commitmentIds: [a.id] });
    expect(await ledger.badgeCounts(T0, DAY)).toEqual({ overdue: 0, dueSoon: 0 });
    expect(await ledger.listOverdue(T0)).toEqual([]);
    expect(await ledger.listByConversation(a.conversationId)).toEqual([]);
    expect(await ledger.getCommitment(a.id)).toMatchObject({ deletedAt: T0 });
    const back = await ledger.undoRemove(a.id);
    expect(back.deletedAt).toBeNull();
    expect(await ledger.listOverdue(T0)).toEqual([back]);
    expect((await ledger.history(a.id)).map((h) => h.kind)).toEqual(['created', 'deleted', 'restored']);
  });

  it('answers not-found for an unknown id', async () => {
    const { ledger } = harness();
    await expect(ledger.complete('nope')).rejects.toMatchObject({ name: 'LedgerError', code: 'not-found' });
  });

  it('edits field by field, recording from and to', async () => {
    const { ledger, clock } = harness();
    const a = await ledger.addCommitment(newCommitment('a', { dueAt: T0 + DAY }));
    clock.now += 5;
    const r = await ledger.updateCommitment(a.id, {
      action: 'send the signed contract',
      partyName: 'Dana',
      reminder: { leadMinutes: [30, 0] },
    });
    expect(r).toMatchObject({
      action: 'send the signed contract',
      partyName: 'Dana',
      reminder: { leadMinutes: [30, 0], snoozedUntil: null },
      updatedAt: T0 + 5,
    });
    const h = (await ledger.history(a.id))[1]!;
    expect(h).toMatchObject({
      kind: 'edited',
      changes: {
        action: { from: 'a', to: 'send the signed contract' },
        partyName: { from: null, to: 'Dana' },
        'reminder.leadMinutes': { from: [60], to: [30, 0] },
      },
    });
    // A due in a patch is a reschedule.
    await ledger.updateCommitment(a.id, { due: due(T0 + 2 * DAY) });
    expect((await ledger.history(a.id)).at(-1)).toMatchObject({
      kind: 'rescheduled',
      changes: { dueAt: { from: T0 + DAY, to: T0 + 2 * DAY } },
    });
    // Nothing changed: no history entry.
    await ledger.updateCommitment(a.id, { action: 'send the signed contract' });
    expect(await ledger.history(a.id)).toHaveLength(3);
    await expect(ledger.updateCommitment(a.id, { status: 'done' } as never)).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('keeps both of two concurrent edits to different fields', async () => {
    const { ledger } = harness();
    const a = await ledger.addCommitment(newCommitment('a', { dueAt: T0 + DAY }));
    // Two panels, each sending only the field it changed, at the same time; plus a snooze.
    await Promise.all([
      ledger.updateCommitment(a.id, { action: 'panel one wrote this' }),
      ledger.updateCommitment(a.id, { reason: 'panel two wrote this' }),
      ledger.snooze(a.id, T0 + HOUR),
      ledger.updateCommitment(a.id, { reminder: { leadMinutes: [15] } }),
    ]);
    const c = await ledger.getCommitment(a.id);
    expect(c).toMatchObject({
      action: 'panel one wrote this',
      reason: 'panel two wrote this',
      reminder: { leadMinutes: [15], snoozedUntil: T0 + HOUR },
    });
    expect(await ledger.history(a.id)).toHaveLength(5);
  });
});

describe('LedgerService: queries', () => {
  it('overdue, due before, upcoming, due today and badge counts use the open deadlines only', async () => {
    const { ledger, clock } = harness();
    const at = async (action: string, dueAt: number | null) => (await ledger.addCommitment(newCommitment(action, { dueAt }))).id;
    const late2 = await at('late2', T0 - 2 * DAY);
    const late1 = await at('late1', T0 - HOUR);
    const soon = await at('soon', T0 + HOUR);
    const tomorrow = await at('tomorrow', T0 + DAY);
    const nextWeek = await at('next week', T0 + 6 * DAY);
    const none = await at('no deadline', null);
    const done = await at('done', T0 - DAY);
    await ledger.complete(done);
    const cancelled = await at('cancelled', T0 + HOUR);
    await ledger.cancel(cancelled, 'no longer needed');
    clock.now = T0;

    const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id);
    expect(ids(await ledger.listOverdue(T0))).toEqual([late2, late1]);
    expect(ids(await ledger.listOpenDueBefore(T0 + 2 * HOUR))).toEqual([late2, late1, soon]);
    expect(ids(await ledger.listUpcoming(T0, 2))).toEqual([soon, tomorrow]);
    expect(ids(await ledger.listUpcoming(T0, 7))).toEqual([soon, tomorrow, nextWeek]);
    // 3 March 2025 in UTC: 00:00–24:00; the 11:00 one is earlier today and still counts.
    expect(ids(await ledger.listDueToday(T0, 'UTC'))).toEqual([late1, soon]);
    // In Tokyo (UTC+9) it is 21:00 on the 3rd: the day ends at 15:00 UTC.
    expect(ids(await ledger.listDueToday(T0, 'Asia/Tokyo'))).toEqual([late1, soon]);
    // In Los Angeles (UTC−8) it is 04:00 on the 3rd: the day runs 08:00 UTC 3rd – 08:00 UTC 4th.
    expect(ids(await ledger.listDueToday(T0, 'America/Los_Angeles'))).toEqual([late1, soon]);
    // A day later it is 04:00 on the 4th there: 08:00 UTC 4th – 08:00 UTC 5th.
    expect(ids(await ledger.listDueToday(T0 + DAY, 'America/Los_Angeles'))).toEqual([tomorrow]);
    expect(ids(await ledger.listOpen())).toEqual([late2, late1, soon, tomorrow, nextWeek, none]);
    expect(await ledger.badgeCounts(T0, DAY)).toEqual({ overdue: 2, dueSoon: 1 });
    expect(await ledger.badgeCounts(T0, DAY + 1)).toEqual({ overdue: 2, dueSoon: 2 });
    expect(await ledger.badgeCounts(T0, Number.MAX_SAFE_INTEGER)).toEqual({ overdue: 2, dueSoon: 3 });
    // Counts stop at the cap (the badge shows "999+" past 999); an exact count on request.
    expect(await ledger.badgeCounts(T0, Number.MAX_SAFE_INTEGER, 1)).toEqual({ overdue: 1, dueSoon: 1 });
    expect(await ledger.badgeCounts(T0, Number.MAX_SAFE_INTEGER, 2 ** 31)).toEqual({ overdue: 2, dueSoon: 3 });
    await expect(ledger.popupOverview(T0, 'Mars/Olympus')).rejects.toMatchObject({ code: 'invalid-input' });
    expect(NO_DEADLINE_KEY).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('lists by customer: every conversation with the email, else the one conversation', async () => {
    const { ledger, clock } = harness();
    const a = await ledger.addCommitment(newCommitment('a', { conversation: conv('T-1', { customerEmail: 'dana@example.com' }) }));
    clock.now += 1;
    const b = await ledger.addCommitment(newCommitment('b', { conversation: conv('T-2', { customerEmail: 'DANA@example.com' }) }));
    clock.now += 1;
    const c = await ledger.addCommitment(newCommitment('c', { conversation: conv('T-3') }));
    await ledger.addCommitment(newCommitment('d', { conversation: conv('T-4', { customerEmail: 'sam@example.com' }) }));
    const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id);
    expect(ids(await ledger.listByCustomer({ email: 'Dana@Example.com' }))).toEqual([a.id, b.id]);
    expect(ids(await ledger.listByCustomer({ conversationId: 'zendesk|https://acme.zendesk.com|T-2' }))).toEqual([a.id, b.id]);
    expect(ids(await ledger.listByCustomer({ conversationId: 'zendesk|https://acme.zendesk.com|T-3' }))).toEqual([c.id]);
    // A plain string: a conversation id when there is one, else an email.
    expect(ids(await ledger.listByCustomer('zendesk|https://acme.zendesk.com|T-1'))).toEqual([a.id, b.id]);
    expect(ids(await ledger.listByCustomer('dana@example.com'))).toEqual([a.id, b.id]);
    expect(await ledger.listByCustomer({ email: 'nobody@example.com' })).toEqual([]);
  });

  it('searches open commitments by words, party and conversation', async () => {
    const { ledger } = harness();
    await ledger.addCommitment(
      newCommitment('send the refund form', { dueAt: T0 + DAY, conversation: conv('T-1', { customerName: 'Dana Reyes' }) }),
    );
    const b = await ledger.addCommitment(newCommitment('call the bank', { conversation: conv('T-2', { subject: 'Wire transfer stuck' }) }));
    const done = await ledger.addCommitment(newCommitment('send the label'));
    await ledger.complete(done.id);
    expect((await ledger.search('SEND')).map((h) => h.commitment.action)).toEqual(['send the refund form']);
    expect((await ledger.search('dana refund'))[0]!.conversation?.customerName).toBe('Dana Reyes');
    expect((await ledger.search('wire'))[0]!.commitment.id).toBe(b.id);
    expect(await ledger.search('nothing like this')).toEqual([]);
  });

  it('search matches word prefixes as the agent types, and follows every change (word index)', async () => {
    const { ledger } = harness();
    const a = await ledger.addCommitment(
      newCommitment('send the customs paperwork', { dueAt: T0 + DAY, conversation: conv('T-1', { subject: 'Shipment held' }) }),
    );
    for (const typed of ['c', 'cu', 'cust', 'customs', 'customs pap', 'SHIP cust'])
      expect(
        (await ledger.search(typed)).map((h) => h.commitment.id),
        typed,
      ).toEqual([a.id]);
    // A word prefix, not any substring; every word must match.
    expect(await ledger.search('ustoms')).toEqual([]);
    expect(await ledger.search('customs invoice')).toEqual([]);
    // The words follow an edit, the conversation's new subject, done / reopen and delete / undo.
    await ledger.updateCommitment(a.id, { text: 'send the pallet photos', action: 'send the pallet photos' });
    expect(await ledger.search('customs')).toEqual([]);
    expect((await ledger.search('pallet')).map((h) => h.commitment.id)).toEqual([a.id]);
    await ledger.upsertConversation(conv('T-1', { subject: 'Damaged pallet claim' }));
    expect(await ledger.search('shipment')).toEqual([]);
    expect((await ledger.search('claim')).map((h) => h.commitment.id)).toEqual([a.id]);
    await ledger.complete(a.id);
    expect(await ledger.search('pallet')).toEqual([]);
    await ledger.reopen(a.id);
    expect((await ledger.search('pallet')).map((h) => h.commitment.id)).toEqual([a.id]);
    await ledger.remove(a.id);
    expect(await ledger.search('pallet')).toEqual([]);
    await ledger.undoRemove(a.id);
    expect((await ledger.search('pallet'))[0]!.commitment).not.toHaveProperty('openWords');
  });

  it('a prefix many commitments share walks the deadline index; with a rare word, the rare one decides', async () => {
    const { ledger } = harness();
    const ids: string[] = [];
    // Over FEW_MATCHES (1,000) index entries for "customs": the dense path.
    for (let i = 0; i < 1005; i++)
      ids.push(
        (
          await ledger.addCommitment(
            newCommitment(`send the customs form ${i}`, { dueAt: T0 + (i + 1) * 60_000, conversation: conv(`D-${i % 7}`) }),
          )
        ).id,
      );
    expect((await ledger.search('cust', 3)).map((h) => h.commitment.id)).toEqual(ids.slice(0, 3));
    expect((await ledger.search('customs 1004')).map((h) => h.commitment.id)).toEqual([ids[1004]]);
    expect(await ledger.search('customs zebra')).toEqual([]);
  }, 60_000);

  it('search lists the earliest deadlines first, up to the limit', async () => {
    const { ledger } = harness();
    const late = await ledger.addCommitment(newCommitment('send the report', { dueAt: T0 + 3 * DAY }));
    const soon = await ledger.addCommitment(newCommitment('send the invoice', { dueAt: T0 + DAY, conversation: conv('T-9') }));
    const none = await ledger.addCommitment(newCommitment('send news', { dueAt: null, conversation: conv('T-8') }));
    expect((await ledger.search('send')).map((h) => h.commitment.id)).toEqual([soon.id, late.id, none.id]);
    expect((await ledger.search('send', 2)).map((h) => h.commitment.id)).toEqual([soon.id, late.id]);
    expect((await ledger.search('', 1)).map((h) => h.commitment.id)).toEqual([soon.id]);
  });
});

describe('LedgerService: track record', () => {
  it('counts kept on time, late, missed, pending, cancelled and the average slip', async () => {
    const { ledger, clock } = harness();
    const cust = conv('T-1', { customerEmail: 'dana@example.com' });
    const add = async (action: string, dueAt: number | null, party: 'agent' | 'customer' = 'customer', conversation = cust) => {
      clock.now += 1; // creation order
      return (await ledger.addCommitment(newCommitment(action, { dueAt, party, conversation }))).id;
    };
    const onTime = await add('on time', T0 + DAY);
    const late = await add('late', T0 + DAY);
    const slipped = await add('slipped', T0 + DAY);
    const missed = await add('missed', T0 + DAY);
    const pending = await add('pending', T0 + 10 * DAY);
    const vague = await add('no deadline', null);
    const cancelled = await add('cancelled', T0 + DAY);
    const deleted = await add('deleted', T0 + DAY);
    // The same customer in another conversation, and the agent's own commitments.
    const other = await add('other ticket, late', T0 + DAY, 'customer', conv('T-2', { customerEmail: 'dana@example.com' }));
    const agentLate = await add('agent late', T0 + DAY, 'agent');
    const agentOk = await add('agent ok', T0 + DAY, 'agent', conv('T-9'));

    clock.now = T0 + HOUR;
    await ledger.complete(onTime);
    await ledger.complete(vague);
    await ledger.cancel(cancelled, 'not needed');
    await ledger.remove(deleted);
    await ledger.complete(agentOk);
    await ledger.reschedule(slipped, T0 + 3 * DAY); // slip of 2 days
    clock.now = T0 + DAY + 4 * HOUR;
    await ledger.complete(late); // 4 h late
    await ledger.complete(agentLate); // 4 h late
    clock.now = T0 + DAY + 8 * HOUR;
    await ledger.complete(other); // 8 h late
    await ledger.complete(slipped); // on time against the new deadline
    clock.now = T0 + 2 * DAY; // `missed` is now past due and open

    const byEmail = await ledger.trackRecordForCustomer({ email: 'dana@example.com' });
    expect(byEmail).toEqual({
      keptOnTime: 3, // onTime, vague (no deadline), slipped
      late: 2, // late, other
      missed: 1,
      pending: 1,
      total: 7,
      cancelled: 1,
      rescheduledLater: 1,
      slipCount: 3,
      averageSlipMs: Math.round((4 * HOUR + 8 * HOUR + 2 * DAY) / 3),
    });
    expect(missed && pending).toBeTruthy();
    // By conversation id: resolved to the email, so the same figures.
    expect(await ledger.trackRecordForCustomer({ conversationId: 'zendesk|https://acme.zendesk.com|T-1' })).toEqual(byEmail);
    // "Of the last 3 things you committed to": the three most recent (other, vague, pending), with
    // cancelled and deleted ones left out.
    expect(await ledger.trackRecordForCustomer('dana@example.com', { last: 3 })).toMatchObject({
      total: 3,
      keptOnTime: 1,
      late: 1,
      pending: 1,
      missed: 0,
    });
    // The agent's side.
    expect(await ledger.trackRecordForAgent()).toMatchObject({ keptOnTime: 1, late: 1, missed: 0, total: 2, averageSlipMs: 4 * HOUR });
    // A conversation without an email is its own customer.
    const anon = conv('T-5');
    await add('anon', T0 - DAY, 'customer', anon);
    expect(await ledger.trackRecordForCustomer({ conversationId: 'zendesk|https://acme.zendesk.com|T-5' })).toMatchObject({
      missed: 1,
      total: 1,
      averageSlipMs: null,
    });
  });
});

describe('LedgerService: change hook', () => {
  it('reports committed writes only, and a failing listener does not fail the write', async () => {
    const seen: string[] = [];
    const db = (await import('./test-helpers')).freshDb();
    const { LedgerService: Service } = await import('./service');
    const ledger = new Service(db, () => T0, {
      onChange: (c) => {
        seen.push(c.kind);
        throw new Error('listener bug');
      },
    });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const a = await ledger.addCommitment(newCommitment('a', { dueAt: T0 + DAY }));
    await ledger.complete(a.id);
    await ledger.complete(a.id); // no-op: no event
    await expect(ledger.complete('missing')).rejects.toMatchObject({ code: 'not-found' });
    expect(seen).toEqual(['created', 'completed']);
    expect(spy).toHaveBeenCalledTimes(2);
    expect((await ledger.getCommitment(a.id))?.status).toBe('done');
  });
});

describe('LedgerService: eraseAll', () => {
  it('empties all three tables in one go and tells it with an event that names no ids (bounded at any size)', async () => {
    const { ledger, changes } = harness();
    const a = await ledger.addCommitment(newCommitment('send the invoice', { dueAt: T0 + DAY }));
    const b = await ledger.addCommitment(newCommitment('call back', { conversation: conv('T-2') }));
    await ledger.complete(a.id);
    await ledger.eraseAll();
    expect(changes.at(-1)).toEqual({ kind: 'erase', conversationIds: [], commitmentIds: [] });
    expect(await ledger.getCommitment(b.id)).toBeNull();
    expect(await ledger.listOpen()).toEqual([]);
    expect(await ledger.getConversation('zendesk|https://acme.zendesk.com|T-1')).toBeNull();
    expect(await ledger.history(a.id)).toEqual([]);
    const exported = JSON.parse(await ledger.exportJson());
    expect(exported).toMatchObject({ conversations: [], commitments: [], history: [] });
  });

  it('deletes the database and makes it again (no store emptied key by key), and the ledger works on', async () => {
    const { db, ledger } = harness();
    const a = await ledger.addCommitment(newCommitment('send the invoice', { dueAt: T0 + DAY }));
    expect(await ledger.listByConversation(a.conversationId)).toHaveLength(1); // kept by the conversation cache
    const clear = vi.spyOn(IDBObjectStore.prototype, 'clear');
    const deleted = vi.spyOn(indexedDB, 'deleteDatabase');
    await ledger.eraseAll();
    expect(clear).not.toHaveBeenCalled();
    expect(deleted).toHaveBeenCalledWith(db.name);
    expect(await ledger.listByConversation(a.conversationId)).toEqual([]);
    const b = await ledger.addCommitment(newCommitment('call back', { dueAt: T0 + DAY }));
    expect((await ledger.listByConversation(b.conversationId)).map((c) => c.id)).toEqual([b.id]);
    vi.restoreAllMocks();
  });

  it('on an empty ledger does nothing and fires no change', async () => {
    const { ledger, changes } = harness();
    await ledger.eraseAll();
    expect(changes).toEqual([]);
  });

  it('is all or nothing: a failure mid-way rolls back and comes back as a LedgerError', async () => {
    const { db, ledger, changes } = harness();
    const a = await ledger.addCommitment(newCommitment('send the invoice', { dueAt: T0 + DAY }));
    const n = changes.length;
    vi.spyOn(db, 'delete').mockImplementation(
      () => Promise.reject(Object.assign(new Error('disk gone'), { name: 'UnknownError' })) as never,
    );
    const error = await ledger.eraseAll().catch((e: unknown) => e);
    expect(isLedgerError(error) && error.code).toBe('io');
    expect(await ledger.getCommitment(a.id)).not.toBeNull();
    expect(await ledger.getConversation('zendesk|https://acme.zendesk.com|T-1')).not.toBeNull();
    expect(changes.length).toBe(n);
  });
});

describe('LedgerService: popupOverview', () => {
  it('counts each section over the index and lists the first few with their conversations', async () => {
    const { ledger, clock } = harness();
    const add = async (action: string, dueAt: number | null, key = 'T-1') => {
      clock.now += 1;
      return ledger.addCommitment(newCommitment(action, { dueAt, conversation: conv(key, { customerName: `Customer ${key}` }) }));
    };
    const late2 = await add('late2', T0 - 2 * DAY, 'T-2');
    const late1 = await add('late1', T0 - HOUR);
    const today = await add('today', T0 + HOUR);
    const tomorrow = await add('tomorrow', T0 + DAY, 'T-3');
    await add('in6days', T0 + 6 * DAY);
    await add('in8days', T0 + 8 * DAY);
    await add('undated', null);
    const done = await add('done', T0 - 3 * DAY);
    await ledger.complete(done.id);
    clock.now = T0;

    const o = await ledger.popupOverview(T0, 'UTC', 1);
    expect(o.overdue).toEqual({ count: 2, capped: false, items: [late2] });
    expect(o.today).toEqual({ count: 1, capped: false, items: [today] });
    expect(o.upcoming.count).toBe(2);
    expect(o.upcoming.items).toEqual([tomorrow]);
    expect(o.later).toEqual({ count: 2, capped: false });
    expect(o.conversations.map((c) => c.id).sort()).toEqual([
      'zendesk|https://acme.zendesk.com|T-1',
      'zendesk|https://acme.zendesk.com|T-2',
      'zendesk|https://acme.zendesk.com|T-3',
    ]);

    const all = await ledger.popupOverview(T0, 'UTC', 50);
    expect(all.overdue.items.map((c) => c.id)).toEqual([late2.id, late1.id]);
    // "Today" ends at midnight in the agent's zone: in Tokyo (UTC+9) 12:00 UTC is 21:00, so 13:00 UTC is still today
    // and tomorrow 12:00 UTC is not.
    const tokyo = await ledger.popupOverview(T0, 'Asia/Tokyo', 50);
    expect(tokyo.today.items.map((c) => c.id)).toEqual([today.id]);
    // Counting stops at the cap: "1+" rather than a count that reads the whole range.
    const capped = await ledger.popupOverview(T0, 'UTC', 0, 1);
    expect(capped.overdue).toEqual({ count: 1, capped: true, items: [] });
    expect(capped.today).toEqual({ count: 1, capped: false, items: [] });
    expect(capped.later).toEqual({ count: 1, capped: true });
    expect((await ledger.popupOverview(T0, 'UTC', 0, Number.MAX_SAFE_INTEGER)).overdue).toEqual({ count: 2, capped: false, items: [] });
    await expect(ledger.popupOverview(T0, 'Mars/Olympus')).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('is empty on an empty ledger', async () => {
    const { ledger } = harness();
    expect(await ledger.popupOverview(T0, 'UTC')).toEqual({
      overdue: { count: 0, capped: false, items: [] },
      today: { count: 0, capped: false, items: [] },
      upcoming: { count: 0, capped: false, items: [] },
      later: { count: 0, capped: false },
      conversations: [],
    });
  });
});
