// The ledger's reads for the badge and the popup's "No date yet": snoozed and undated commitments.
import { describe, expect, it } from 'vitest';
import { conv, harness, HOUR, newCommitment, T0 } from './test-helpers';

describe('undated and snoozed commitments', () => {
  it('lists open commitments without a date, oldest first, with their conversations and a capped count', async () => {
    const { ledger, clock } = harness();
    const first = await ledger.addCommitment(newCommitment('get back to you', { dueAt: null, conversation: conv('A') }));
    clock.now += HOUR;
    await ledger.addCommitment(newCommitment('dated', { dueAt: T0 + 5 * HOUR }));
    const second = await ledger.addCommitment(newCommitment('look into it', { dueAt: null, conversation: conv('B') }));
    clock.now += HOUR;
    const done = await ledger.addCommitment(newCommitment('done one', { dueAt: null }));
    await ledger.complete(done.id);
    const deleted = await ledger.addCommitment(newCommitment('deleted one', { dueAt: null }));
    await ledger.remove(deleted.id);

    const section = await ledger.listUndatedOpen(20, 99);
    expect(section.items.map((c) => c.id)).toEqual([first.id, second.id]);
    expect(section).toMatchObject({ count: 2, capped: false });
    expect(section.conversations.map((c) => c.subject).sort()).toEqual(['Ticket A', 'Ticket B']);
    expect(await ledger.listUndatedOpen(1, 1)).toMatchObject({ count: 1, capped: true, items: [{ id: first.id }] });
  });

  it('lists the oldest undated ones first even past the count cap (index order, not id order)', async () => {
    const { ledger, clock } = harness();
    // Ids in the opposite order of their age: u5 is the oldest.
    for (const n of [5, 4, 3, 2, 1]) {
      await ledger.addCommitment({ ...newCommitment(`vague ${n}`, { dueAt: null }), id: `u${n}` });
      clock.now += HOUR;
    }
    const section = await ledger.listUndatedOpen(2, 3);
    expect(section.items.map((c) => c.id)).toEqual(['u5', 'u4']);
    expect(section).toMatchObject({ count: 3, capped: true });
    expect(section.items[0]).not.toHaveProperty('openDueAt');
  });

  it('lists open commitments snoozed past now, and not those awake, done or deleted', async () => {
    const { ledger } = harness();
    const a = await ledger.addCommitment(newCommitment('a', { dueAt: T0 + HOUR }));
    const b = await ledger.addCommitment(newCommitment('b', { dueAt: T0 + HOUR }));
    const c = await ledger.addCommitment(newCommitment('c', { dueAt: null }));
    await ledger.snooze(a.id, T0 + 2 * HOUR);
    await ledger.snooze(b.id, T0 - HOUR);
    await ledger.snooze(c.id, T0 + 2 * HOUR);
    await ledger.complete(c.id);
    expect((await ledger.listSnoozedOpen(T0)).map((x) => x.id)).toEqual([a.id]);
  });

  it("keeps the conversation's last message time, and refuses one that is not a date", async () => {
    const { ledger } = harness();
    const saved = await ledger.upsertConversation(conv('A', { lastMessageAt: '2026-11-27T14:05:00.000Z' }));
    expect(saved.lastMessageAt).toBe('2026-11-27T14:05:00.000Z');
    await expect(ledger.upsertConversation(conv('A', { lastMessageAt: 'last Tuesday' }))).rejects.toThrow(/lastMessageAt/);
  });
});
