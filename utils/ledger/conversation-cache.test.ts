// The worker's per-conversation cache: kept lists are served without reading the store, and every
// kind of write (the service's writes, imports, erase, a write straight to the table) drops them, so
// a read after a write always sees it.
import { describe, expect, it, vi } from 'vitest';
import { ConversationCache } from './conversation-cache';
import type { LedgerExport } from './types';
import { conv, DAY, harness, newCommitment, T0 } from './test-helpers';

const A = conv('A-1');
const B = conv('B-1');
const idOf = (key: string) => `zendesk|https://acme.zendesk.com|${key}`;

/** A ledger with two conversations, both lists read once (so both are kept). */
async function primed() {
  const h = harness();
  const a1 = await h.ledger.addCommitment(newCommitment('send the invoice', { dueAt: T0 + DAY, conversation: A }));
  const a2 = await h.ledger.addCommitment(newCommitment('call the carrier', { dueAt: T0 + 2 * DAY, conversation: A }));
  const b1 = await h.ledger.addCommitment(newCommitment('share the paperwork', { dueAt: T0 + DAY, conversation: B }));
  await h.ledger.listByConversation(idOf('A-1'));
  await h.ledger.listByConversation(idOf('B-1'));
  expect(h.db.conversationLists.size).toBe(2);
  return { ...h, a1, a2, b1 };
}

describe('ConversationCache on its own', () => {
  it('serves a kept list without loading again, as a fresh array each time', async () => {
    const cache = new ConversationCache();
    const load = vi.fn(async () => [{ id: 'c1', conversationId: 'x' }] as never[]);
    const first = await cache.read('x', load);
    const second = await cache.read('x', load);
    expect(load).toHaveBeenCalledTimes(1);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    // Shared records are frozen: a caller cannot change what the next caller gets.
    expect(() => {
      (second[0] as { id: string }).id = 'changed';
    }).toThrow();
  });

  it('drops the least recently read list past its limits', async () => {
    const cache = new ConversationCache(2, 100);
    const load = (id: string) => async () => [{ id: `${id}-1`, conversationId: id }] as never[];
    await cache.read('x', load('x'));
    await cache.read('y', load('y'));
    await cache.read('x', load('x')); // x read last: y is the oldest
    await cache.read('z', load('z'));
    const again = vi.fn(load('y'));
    await cache.read('y', again);
    expect(again).toHaveBeenCalledTimes(1);
    expect(cache.size).toBe(2);
  });

  it('does not keep a list longer than its record limit', async () => {
    const cache = new ConversationCache(5, 2);
    const load = vi.fn(async () => [1, 2, 3].map((n) => ({ id: `c${n}`, conversationId: 'x' })) as never[]);
    await cache.read('x', load);
    await cache.read('x', load);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('ConversationCache in the ledger: every write is seen by the next read', () => {
  it('keeps a list between reads (no store read the second time)', async () => {
    const h = await primed();
    const spy = vi.spyOn(h.db.commitments, 'where');
    expect((await h.ledger.listByConversation(idOf('A-1'))).map((c) => c.id).sort()).toEqual([h.a1.id, h.a2.id].sort());
    expect(spy).not.toHaveBeenCalled();
  });

  it('add: the conversation written to, not the other one', async () => {
    const h = await primed();
    const a3 = await h.ledger.addCommitment(newCommitment('check the totals', { dueAt: T0 + DAY, conversation: A }));
    expect((await h.ledger.listByConversation(idOf('A-1'))).map((c) => c.id).sort()).toEqual([h.a1.id, h.a2.id, a3.id].sort());
    expect(h.db.conversationLists.size).toBe(2); // B's list stayed, A's is kept again
  });

  it('update, complete, reopen, cancel, reschedule, snooze', async () => {
    const h = await primed();
    const list = async () => (await h.ledger.listByConversation(idOf('A-1'))).find((c) => c.id === h.a1.id)!;
    await h.ledger.updateCommitment(h.a1.id, { reason: 'so the order ships' });
    expect((await list()).reason).toBe('so the order ships');
    await h.ledger.complete(h.a1.id);
    expect((await list()).status).toBe('done');
    await h.ledger.reopen(h.a1.id);
    expect((await list()).status).toBe('open');
    await h.ledger.reschedule(h.a1.id, T0 + 5 * DAY);
    expect((await list()).dueAt).toBe(T0 + 5 * DAY);
    await h.ledger.snooze(h.a1.id, T0 + 3 * DAY);
    expect((await list()).reminder.snoozedUntil).toBe(T0 + 3 * DAY);
    await h.ledger.cancel(h.a1.id, 'the customer withdrew');
    expect((await list()).status).toBe('cancelled');
  });

  it('delete (soft), undo, purge', async () => {
    const h = await primed();
    const ids = async () => (await h.ledger.listByConversation(idOf('A-1'))).map((c) => c.id).sort();
    await h.ledger.remove(h.a1.id);
    expect(await ids()).toEqual([h.a2.id]);
    await h.ledger.undoRemove(h.a1.id);
    expect(await ids()).toEqual([h.a1.id, h.a2.id].sort());
    await h.ledger.purge(h.a2.id);
    expect(await ids()).toEqual([h.a1.id]);
  });

  it('erase all', async () => {
    const h = await primed();
    await h.ledger.eraseAll();
    expect(await h.ledger.listByConversation(idOf('A-1'))).toEqual([]);
    expect(await h.ledger.listByConversation(idOf('B-1'))).toEqual([]);
  });

  it('import of a file (a newer copy replaces) and import in batches', async () => {
    const h = await primed();
    const file = JSON.parse(await h.ledger.exportJson()) as LedgerExport;
    const newer = file.commitments.map((c) =>
      c.id === h.a1.id ? { ...c, action: 'send the corrected invoice', updatedAt: c.updatedAt + 1 } : c,
    );
    await h.ledger.importJson(JSON.stringify({ ...file, commitments: newer }));
    expect((await h.ledger.listByConversation(idOf('A-1'))).find((c) => c.id === h.a1.id)!.action).toBe('send the corrected invoice');

    const moved = { ...file.commitments.find((c) => c.id === h.b1.id)!, id: 'imported-1', action: 'a batch record' };
    await h.ledger.importBatch({ section: 'commitments', records: [moved] });
    expect((await h.ledger.listByConversation(idOf('B-1'))).map((c) => c.id)).toContain('imported-1');
  });

  it('a write straight to the table, moving a record to another conversation', async () => {
    const h = await primed();
    const stored = (await h.db.commitments.get(h.a1.id))!;
    await h.db.commitments.put({ ...stored, conversationId: idOf('B-1') });
    expect((await h.ledger.listByConversation(idOf('A-1'))).map((c) => c.id)).toEqual([h.a2.id]);
    expect((await h.ledger.listByConversation(idOf('B-1'))).map((c) => c.id)).toContain(h.a1.id);
    await h.db.commitments.delete(h.a2.id);
    expect(await h.ledger.listByConversation(idOf('A-1'))).toEqual([]);
  });

  it('a read overlapped by a write is answered but not kept', async () => {
    const h = harness();
    await h.ledger.addCommitment(newCommitment('send the invoice', { dueAt: T0 + DAY, conversation: A }));
    const reading = h.ledger.listByConversation(idOf('A-1'));
    const writing = h.ledger.addCommitment(newCommitment('call the carrier', { dueAt: T0 + DAY, conversation: A }));
    await Promise.all([reading, writing]);
    expect(await h.ledger.listByConversation(idOf('A-1'))).toHaveLength(2);
  });
});
