// The ledger's writes when they fail or are refused, in the agent's words: each write of a closed
// database names its action in a write's words; each refusal (missing id, unknown id, taken id, bad
// options, a bad moment, reason, deadline or snooze) names its action and the field. And the writes'
// quieter promises: a retried add or a new conversation tells listeners once, `complete` passes its
// change id and base revision on, a field absent before is recorded as from null, the conditions of
// a new commitment are kept, a vague commitment rescheduled to no date stays vague, and a ledger
// holding only a conversation is erased.
import { describe, expect, it } from 'vitest';
import { commitmentRecord } from '../../tests/support/records';
import type { LedgerError } from './errors';
import { conv, DAY, harness, newCommitment, T0, type TestLedger } from './test-helpers';
import { openWordsOf } from './word-index';

const failure = async (p: Promise<unknown>) => (await p.then(() => null).catch((e: unknown) => e)) as LedgerError | null;

describe('a write to a closed database says which write failed, in the words of a write', () => {
  it.each<[string, (l: TestLedger, id: string) => Promise<unknown>, string]>([
    ['upsertConversation', (l) => l.upsertConversation(conv('T-2')), 'saveConversation'],
    ['addCommitment', (l) => l.addCommitment(newCommitment('call back')), 'saveCommitment'],
    ['updateCommitment', (l, id) => l.updateCommitment(id, { text: 'x' }), 'updateCommitment'],
    ['complete', (l, id) => l.complete(id), 'completeCommitment'],
    ['reopen', (l, id) => l.reopen(id), 'reopenCommitment'],
    ['cancel', (l, id) => l.cancel(id, 'no'), 'cancelCommitment'],
    ['reschedule', (l, id) => l.reschedule(id, T0), 'rescheduleCommitment'],
    ['snooze', (l, id) => l.snooze(id, T0), 'snoozeReminder'],
    ['remove', (l, id) => l.remove(id), 'deleteCommitment'],
    ['undoRemove', (l, id) => l.undoRemove(id), 'restoreCommitment'],
    ['purge', (l, id) => l.purge(id), 'deleteCommitment'],
    ['eraseAll', (l) => l.eraseAll(), 'eraseLedger'],
  ])('%s', async (_name, write, action) => {
    const { db, ledger } = harness();
    const c = await ledger.addCommitment(newCommitment('send the form'));
    db.close({ disableAutoOpen: true });
    expect(await failure(write(ledger, c.id))).toMatchObject({ code: 'closed', words: { message: 'closed', action } });
  });
});

describe('refusals name the write and the field', () => {
  it.each<[string, (l: TestLedger, id: string) => Promise<unknown>, object]>([
    ['an empty id', (l) => l.complete(''), { message: 'missingId', action: 'completeCommitment' }],
    ['an id that is not text', (l) => l.reopen(5 as never), { message: 'missingId', action: 'reopenCommitment' }],
    ['an empty id to purge', (l) => l.purge(''), { message: 'missingId', action: 'deleteCommitment' }],
    ['an id that is not text, to purge', (l) => l.purge(5 as never), { message: 'missingId', action: 'deleteCommitment' }],
    ['an unknown id', (l) => l.snooze('nope', null), { message: 'notFound', action: 'snoozeReminder', params: ['nope'] }],
    [
      'a change id that is not text',
      (l, id) => l.snooze(id, null, { changeId: 5 as never }),
      { message: 'invalidInput', action: 'snoozeReminder' },
    ],
    [
      'a moment done that is not a number',
      (l, id) => l.complete(id, { at: 'yesterday' as never }),
      { message: 'invalidInput', action: 'completeCommitment' },
    ],
    [
      'a reason that is not text',
      (l, id) => l.cancel(id, 5 as never),
      { message: 'invalidInput', action: 'cancelCommitment', params: ['reason: expected string'] },
    ],
    [
      'a deadline that is not a number',
      (l, id) => l.reschedule(id, Number.NaN),
      { message: 'invalidInput', action: 'rescheduleCommitment' },
    ],
    [
      'a deadline of another shape',
      (l, id) => l.reschedule(id, { at: 'soon' } as never),
      { message: 'invalidInput', action: 'rescheduleCommitment' },
    ],
    ['a snooze that is not a number', (l, id) => l.snooze(id, 'soon' as never), { message: 'invalidInput', action: 'snoozeReminder' }],
    [
      'a patch of another shape',
      (l, id) => l.updateCommitment(id, { text: 5 } as never),
      { message: 'invalidInput', action: 'updateCommitment' },
    ],
    [
      'a conversation without a URL',
      (l) => l.upsertConversation({ ...conv('T-2'), url: 5 } as never),
      { message: 'invalidInput', action: 'saveConversation' },
    ],
    ['a new commitment without words', (l) => l.addCommitment(newCommitment('')), { message: 'invalidInput', action: 'saveCommitment' }],
  ])('%s', async (_what, write, words) => {
    const { ledger, changes } = harness();
    const c = await ledger.addCommitment(newCommitment('send the form'));
    const events = changes.length;
    const err = await failure(write(ledger, c.id));
    expect(err).toMatchObject({ words });
    expect(err!.code === 'invalid-input' || err!.code === 'not-found').toBe(true);
    expect(changes.length).toBe(events);
    expect(await ledger.getCommitment(c.id)).toMatchObject({ revision: 1, status: 'open' });
  });

  it('each problem names its field', async () => {
    const { ledger } = harness();
    const c = await ledger.addCommitment(newCommitment('send the form'));
    expect((await failure(ledger.complete(c.id, { at: 'yesterday' as never })))!.problems.join()).toMatch(/^at: /);
    expect((await failure(ledger.reschedule(c.id, Number.NaN)))!.problems.join()).toMatch(/^due: /);
    expect((await failure(ledger.snooze(c.id, 'soon' as never)))!.problems.join()).toMatch(/^until: /);
    expect((await failure(ledger.reschedule(c.id, { at: 'soon' } as never)))!.problems.join()).toMatch(/^due\./);
    expect((await failure(ledger.cancel(c.id, 5 as never)))!.problems).toEqual(['reason: expected string']);
  });

  it('an id taken by other words names the id', async () => {
    const { ledger } = harness();
    await ledger.addCommitment({ ...newCommitment('call back'), id: 'c-1' });
    expect(await failure(ledger.addCommitment({ ...newCommitment('other'), id: 'c-1' }))).toMatchObject({
      code: 'constraint',
      words: { message: 'idTaken', action: 'saveCommitment', params: ['c-1'] },
    });
  });
});

describe('events', () => {
  it('a new conversation is told; a retried add is told once', async () => {
    const { ledger, changes } = harness();
    const r = await ledger.upsertConversation(conv('T-5'));
    expect(changes).toEqual([{ kind: 'conversation', conversationIds: [r.id], commitmentIds: [] }]);
    const n = { ...newCommitment('call back'), id: 'c-1' };
    await ledger.addCommitment(n);
    await ledger.addCommitment(n);
    expect(changes.map((c) => c.kind)).toEqual(['conversation', 'created']);
  });
});

describe('complete passes its options on', () => {
  it('a change id already applied is not applied again; a stale base revision is refused', async () => {
    const { ledger } = harness();
    const c = await ledger.addCommitment(newCommitment('send the form', { dueAt: T0 + DAY }));
    await ledger.complete(c.id, { changeId: 'done-1' });
    await ledger.reopen(c.id);
    const again = await ledger.complete(c.id, { changeId: 'done-1' });
    expect(again.commitment.status).toBe('open');
    expect(await failure(ledger.complete(c.id, { baseRevision: 1 }))).toMatchObject({ code: 'stale' });
    expect(await ledger.getCommitment(c.id)).toMatchObject({ status: 'open' });
  });
});

describe('fields', () => {
  it('a new conversation holds no key for a customer field it was not given', async () => {
    const { ledger } = harness();
    const r = await ledger.upsertConversation(conv('T-5'));
    const stored = (await ledger.getConversation(r.id))!;
    for (const x of [r, stored]) {
      expect(Object.keys(x).sort()).toEqual(['createdAt', 'host', 'id', 'key', 'site', 'subject', 'updatedAt', 'url']);
    }
  });

  it('the conditions of a new commitment are kept (a copy)', async () => {
    const { ledger } = harness();
    const n = newCommitment('refund the order');
    n.draft.conditions = ['if the bank confirms'];
    const c = await ledger.addCommitment(n);
    n.draft.conditions.push('later');
    expect(c.conditions).toEqual(['if the bank confirms']);
    expect((await ledger.getCommitment(c.id))?.conditions).toEqual(['if the bank confirms']);
  });

  it('a field the stored record lacks (an older record) is recorded as changed from null', async () => {
    const { db, ledger } = harness();
    const { partyName: _absent, ...old } = commitmentRecord('old-1', { conversationId: 'x', revision: 1 });
    await db.commitments.put({ ...old, openDueAt: Number.MAX_SAFE_INTEGER, openWords: openWordsOf(old as never, undefined) } as never);
    await ledger.updateCommitment('old-1', { partyName: 'Dana' });
    const entry = (await ledger.history('old-1')).at(-1)!;
    expect(entry.changes.partyName).toStrictEqual({ from: null, to: 'Dana' });
  });

  it('a vague commitment rescheduled to no date stays vague, and nothing is recorded', async () => {
    const { ledger } = harness();
    const c = await ledger.addCommitment(newCommitment('get back to you'));
    expect(c).toMatchObject({ vague: true, dueAt: null });
    const r = await ledger.reschedule(c.id, null);
    expect(r).toMatchObject({ vague: true, revision: 1 });
    expect((await ledger.history(c.id)).map((e) => e.kind)).toEqual(['created']);
  });
});

describe('eraseAll', () => {
  it('a ledger holding only a conversation is erased, and says so', async () => {
    const { ledger, changes } = harness();
    const r = await ledger.upsertConversation(conv('T-5'));
    await ledger.eraseAll();
    expect(await ledger.getConversation(r.id)).toBeNull();
    expect(changes.at(-1)).toEqual({ kind: 'erase', conversationIds: [], commitmentIds: [] });
  });
});
