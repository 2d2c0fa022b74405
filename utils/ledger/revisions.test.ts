// Revisions, stale updates, idempotent changes (retries after a lost reply) and the delete that works
// when storage is full.
import { describe, expect, it } from 'vitest';
import { isLedgerError } from './errors';
import { staleCurrent } from './revisions';
import { conversationIdOf } from './conversation-id';
import { conv, DAY, harness, newCommitment, T0 } from './test-helpers';

describe('revisions', () => {
  it('starts at 1 and counts each committed change; a no-op leaves it', async () => {
    const { ledger, clock } = harness();
    const c = await ledger.addCommitment({ ...newCommitment('send the invoice', { dueAt: T0 + DAY }), id: 'c1' });
    expect(c.revision).toBe(1);
    clock.now += 1000;
    expect((await ledger.updateCommitment('c1', { action: 'send the corrected invoice' })).revision).toBe(2);
    expect((await ledger.complete('c1')).commitment.revision).toBe(3);
    expect((await ledger.complete('c1')).commitment.revision).toBe(3); // already done: nothing written
    expect((await ledger.remove('c1')).revision).toBe(4);
    expect((await ledger.undoRemove('c1')).revision).toBe(5);
  });

  it('refuses an update based on an older revision, with the stored record, and writes nothing', async () => {
    const { ledger, changes } = harness();
    await ledger.addCommitment({ ...newCommitment('call the dock', { dueAt: T0 + DAY }), id: 'c1' });
    // Tab A and tab B both opened revision 1; B saves first.
    const b = await ledger.updateCommitment('c1', { text: 'call the dock by Monday' }, { baseRevision: 1 });
    const events = changes.length;
    const error = await ledger.updateCommitment('c1', { text: 'call the dock by Friday' }, { baseRevision: 1 }).catch((e: unknown) => e);
    expect(isLedgerError(error) && error.code).toBe('stale');
    expect(staleCurrent(error)).toEqual(b);
    expect((await ledger.getCommitment('c1'))!.text).toBe('call the dock by Monday');
    expect(changes.length).toBe(events);
    // Based on the newer revision ("keep yours"), it goes through.
    expect((await ledger.updateCommitment('c1', { text: 'call the dock by Friday' }, { baseRevision: b.revision })).text).toBe(
      'call the dock by Friday',
    );
  });

  it('refuses a stale delete or reschedule as well', async () => {
    const { ledger } = harness();
    await ledger.addCommitment({ ...newCommitment('x', { dueAt: T0 + DAY }), id: 'c1' });
    await ledger.reschedule('c1', T0 + 2 * DAY);
    await expect(ledger.remove('c1', { baseRevision: 1 })).rejects.toMatchObject({ code: 'stale' });
    await expect(ledger.reschedule('c1', T0 + 3 * DAY, { baseRevision: 1 })).rejects.toMatchObject({ code: 'stale' });
    expect((await ledger.getCommitment('c1'))!.dueAt).toBe(T0 + 2 * DAY);
  });

  it('applies a change once whatever the retries (same changeId), even when its base is now stale', async () => {
    const { ledger, clock } = harness();
    await ledger.addCommitment({ ...newCommitment('x', { dueAt: T0 + DAY }), id: 'c1' });
    const first = await ledger.reschedule('c1', T0 + 2 * DAY, { baseRevision: 1, changeId: 'ch-1' });
    clock.now += 60_000;
    // The reply was lost; the panel retries the very same change.
    const again = await ledger.reschedule('c1', T0 + 2 * DAY, { baseRevision: 1, changeId: 'ch-1' });
    expect(again).toEqual(first);
    const history = await ledger.history('c1');
    expect(history.filter((h) => h.kind === 'rescheduled')).toHaveLength(1);
    expect(history.at(-1)!.changeId).toBe('ch-1');
  });

  it('checks the write options', async () => {
    const { ledger } = harness();
    await ledger.addCommitment({ ...newCommitment('x'), id: 'c1' });
    await expect(ledger.updateCommitment('c1', { text: 'y' }, { baseRevision: 'one' as unknown as number })).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await expect(ledger.complete('c1', { changeId: '' })).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('keeps revisions through export and import, and moves past the ledger on a newer copy', async () => {
    const a = harness();
    await a.ledger.addCommitment({ ...newCommitment('x'), id: 'c1' });
    await a.ledger.updateCommitment('c1', { action: 'y' });
    const file = await a.ledger.exportJson();
    const b = harness();
    await b.ledger.importJson(file);
    expect((await b.ledger.getCommitment('c1'))!.revision).toBe(2);
    // An export from before revisions existed: each record counts as 1.
    const old = JSON.parse(file) as { commitments: Array<Record<string, unknown>> };
    for (const c of old.commitments) delete c.revision;
    const d = harness();
    await d.ledger.importJson(JSON.stringify(old));
    expect((await d.ledger.getCommitment('c1'))!.revision).toBe(1);
  });
});

describe('idempotent add', () => {
  it('a retried add whose first attempt committed returns the stored record, no second copy, no second event', async () => {
    const { ledger, changes, clock } = harness();
    const input = { ...newCommitment('send the form', { dueAt: T0 + DAY }), id: 'made-by-the-panel' };
    const first = await ledger.addCommitment(input);
    clock.now += 5000;
    const events = changes.length;
    expect(await ledger.addCommitment(input)).toEqual(first);
    expect(changes.length).toBe(events);
    expect(await ledger.listByConversation(conversationIdOf(conv('T-1')))).toHaveLength(1);
    expect((await ledger.history(first.id)).filter((h) => h.kind === 'created')).toHaveLength(1);
  });
});

describe('purge: the delete that frees space', () => {
  it('removes the record and its history for good, says how many bytes, and is a no-op when gone', async () => {
    const { ledger, changes } = harness();
    await ledger.addCommitment({ ...newCommitment('a', { dueAt: T0 + DAY }), id: 'c1' });
    await ledger.addCommitment({ ...newCommitment('b', { dueAt: T0 + DAY }), id: 'c2' });
    await ledger.reschedule('c1', T0 + 2 * DAY);
    const { freedBytes } = await ledger.purge('c1');
    expect(freedBytes).toBeGreaterThan(200);
    expect(await ledger.getCommitment('c1')).toBeNull();
    expect(await ledger.history('c1')).toEqual([]);
    expect((await ledger.listByConversation(conversationIdOf(conv('T-1')))).map((c) => c.id)).toEqual(['c2']);
    expect(changes.at(-1)).toEqual({ kind: 'deleted', conversationIds: [conversationIdOf(conv('T-1'))], commitmentIds: ['c1'] });
    expect(await ledger.purge('c1')).toEqual({ freedBytes: 0 });
  });
});

describe('notes without words', () => {
  it.each([['   '], ['\u200B\u200B'], ['\u00A0\u2060\uFEFF \t'], ['\u200E\u200F']])('refuses %j to add or as an edit', async (text) => {
    const { ledger } = harness();
    const n = newCommitment('x');
    await expect(ledger.addCommitment({ ...n, draft: { ...n.draft, text } })).rejects.toMatchObject({ code: 'invalid-input' });
    const c = await ledger.addCommitment({ ...n, conversation: conv('T-2') });
    await expect(ledger.updateCommitment(c.id, { text })).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('keeps a note with a visible character among invisible ones', async () => {
    const { ledger } = harness();
    const n = newCommitment('x');
    expect((await ledger.addCommitment({ ...n, draft: { ...n.draft, text: '\u200Bok' } })).text).toBe('\u200Bok');
  });
});
