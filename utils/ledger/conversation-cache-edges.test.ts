// The conversation cache at its edges: its two limits exactly, the writes that drop everything
// (clearing the table, a key the cache cannot place), and which list a write drops when a record
// moves between conversations. A kept list that outlives a write would show the panel a stale list.
import { describe, expect, it, vi } from 'vitest';
import { ConversationCache } from './conversation-cache';
import type { DBCore, DBCoreTransaction } from 'dexie';
import type { CommitmentRecord } from './types';
import { conv, DAY, harness, newCommitment, T0 } from './test-helpers';

const records = (conversationId: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `${conversationId}-${i}`, conversationId })) as unknown as CommitmentRecord[];

/** A loader that counts its calls, for a conversation of `n` records. */
const loader = (conversationId: string, n: number) => vi.fn(async () => records(conversationId, n));

describe('ConversationCache limits', () => {
  it('keeps a list of exactly its record limit, not one more', async () => {
    const cache = new ConversationCache(5, 3);
    const three = loader('x', 3);
    await cache.read('x', three);
    await cache.read('x', three);
    expect(three).toHaveBeenCalledTimes(1);
    expect(cache.size).toBe(1);
  });

  it('keeps exactly its list limit', async () => {
    const cache = new ConversationCache(2, 100);
    await cache.read('x', loader('x', 1));
    await cache.read('y', loader('y', 1));
    expect(cache.size).toBe(2);
    const x = loader('x', 1);
    await cache.read('x', x);
    expect(x).not.toHaveBeenCalled();
  });

  it('drops the least recently read lists once all lists together pass the record limit', async () => {
    const cache = new ConversationCache(10, 4);
    await cache.read('x', loader('x', 2));
    await cache.read('y', loader('y', 2));
    // 4 records: at the limit, both kept.
    expect(cache.size).toBe(2);
    await cache.read('z', loader('z', 1));
    // 5 records: x (read first) goes.
    expect(cache.size).toBe(2);
    const x = loader('x', 2);
    await cache.read('x', x);
    expect(x).toHaveBeenCalledTimes(1);
    // x kept again (2 + 1 + 2 = 5 > 4): y goes now, z stays.
    const z = loader('z', 1);
    await cache.read('z', z);
    expect(z).not.toHaveBeenCalled();
    const y = loader('y', 2);
    await cache.read('y', y);
    expect(y).toHaveBeenCalledTimes(1);
  });

  it('counts a dropped list out of the record total (the next lists still fit)', async () => {
    const cache = new ConversationCache(1, 3);
    // One list at a time: each new one replaces the last; with the total not lowered, none would be kept.
    for (const id of ['a', 'b', 'c', 'd']) await cache.read(id, loader(id, 3));
    const d = loader('d', 3);
    await cache.read('d', d);
    expect(d).not.toHaveBeenCalled();
  });

  it('a read overlapped by forgetAll is answered but not kept', async () => {
    const cache = new ConversationCache();
    const answer = await cache.read('x', async () => {
      cache.forgetAll();
      return records('x', 1);
    });
    expect(answer).toEqual(records('x', 1));
    expect(cache.size).toBe(0);
  });

  it('forgetAll drops every kept list', async () => {
    const cache = new ConversationCache();
    await cache.read('x', loader('x', 1));
    await cache.read('y', loader('y', 1));
    cache.forgetAll();
    expect(cache.size).toBe(0);
  });
});

/** The cache's middleware over a store that accepts every write (no database): what it drops, alone. */
function storeOf(cache: ConversationCache) {
  const down = { table: () => ({ mutate: async () => ({ numFailures: 0, failures: {}, lastResult: undefined }) }) } as unknown as DBCore;
  const table = (cache.middleware('commitments').create(down) as DBCore).table('commitments');
  const trans = {} as DBCoreTransaction;
  return {
    put: (...values: Array<{ id: string; conversationId: string }>) => table.mutate({ type: 'put', trans, values }),
  };
}

describe('ConversationCache through its middleware alone', () => {
  it('a read overlapped by a write and then an erase is not kept (neither undoes the other)', async () => {
    const cache = new ConversationCache();
    const store = storeOf(cache);
    await cache.read('x', async () => {
      await store.put({ id: 'z', conversationId: 'other' });
      cache.forgetAll();
      return records('x', 1);
    });
    expect(cache.size).toBe(0);
  });

  it('a list dropped for the limits no longer answers for its records: a later write to one drops no other list', async () => {
    const cache = new ConversationCache(2, 100);
    const store = storeOf(cache);
    await cache.read('A', async () => records('A', 1)); // A-0 listed under A
    await cache.read('B', loader('B', 1));
    await cache.read('C', loader('C', 1)); // A dropped (the least recently read)
    // A-0 moves to D; A, read again, holds nothing now.
    await store.put({ id: 'A-0', conversationId: 'D' });
    await cache.read('A', async () => []); // B dropped
    await store.put({ id: 'A-0', conversationId: 'D' });
    const a = vi.fn(async () => [] as CommitmentRecord[]);
    await cache.read('A', a);
    expect(a).not.toHaveBeenCalled();
  });

  it('a list too long to keep leaves the lists already kept', async () => {
    const cache = new ConversationCache(5, 2);
    await cache.read('x', loader('x', 1));
    await cache.read('y', loader('y', 3));
    expect(cache.size).toBe(1);
    const x = loader('x', 1);
    await cache.read('x', x);
    expect(x).not.toHaveBeenCalled();
  });
});

describe('ConversationCache under writes to the store', () => {
  const A = conv('A-1');
  const B = conv('B-1');
  const idOf = (key: string) => `zendesk|https://acme.zendesk.com|${key}`;

  async function primed() {
    const h = harness();
    const a1 = await h.ledger.addCommitment(newCommitment('send the invoice', { dueAt: T0 + DAY, conversation: A }));
    const b1 = await h.ledger.addCommitment(newCommitment('share the paperwork', { dueAt: T0 + DAY, conversation: B }));
    await h.ledger.listByConversation(idOf('A-1'));
    await h.ledger.listByConversation(idOf('B-1'));
    expect(h.db.conversationLists.size).toBe(2);
    return { ...h, a1, b1 };
  }

  it('clearing the table drops every list', async () => {
    const h = await primed();
    await h.db.commitments.clear();
    expect(h.db.conversationLists.size).toBe(0);
    expect(await h.ledger.listByConversation(idOf('A-1'))).toEqual([]);
  });

  it('deleting a key that is no string (no list can be placed) drops every list', async () => {
    const h = await primed();
    await h.db.commitments.delete(7 as unknown as string);
    expect(h.db.conversationLists.size).toBe(0);
  });

  it('deleting an id no list holds drops nothing; deleting a listed id drops its list only', async () => {
    const h = await primed();
    await h.db.commitments.delete('nobody');
    expect(h.db.conversationLists.size).toBe(2);
    await h.db.commitments.delete(h.a1.id);
    expect(h.db.conversationLists.size).toBe(1);
    expect(await h.ledger.listByConversation(idOf('A-1'))).toEqual([]);
    expect((await h.ledger.listByConversation(idOf('B-1'))).map((c) => c.id)).toEqual([h.b1.id]);
  });

  it('a record moved back drops the list it is in now, not only the one it was first read under', async () => {
    const h = await primed();
    const stored = (await h.db.commitments.get(h.a1.id))!;
    // Moved to B: both lists dropped; B read again holds it.
    await h.db.commitments.put({ ...stored, conversationId: idOf('B-1') });
    expect((await h.ledger.listByConversation(idOf('B-1'))).map((c) => c.id).sort()).toEqual([h.a1.id, h.b1.id].sort());
    expect(await h.ledger.listByConversation(idOf('A-1'))).toEqual([]);
    // And back to A: B's list (where it is now listed) must go too.
    await h.db.commitments.put({ ...stored, conversationId: idOf('A-1') });
    expect((await h.ledger.listByConversation(idOf('B-1'))).map((c) => c.id)).toEqual([h.b1.id]);
    expect((await h.ledger.listByConversation(idOf('A-1'))).map((c) => c.id)).toEqual([h.a1.id]);
  });

  it('a write to another table drops nothing', async () => {
    const h = await primed();
    const c = (await h.db.conversations.toArray())[0]!;
    await h.db.conversations.put({ ...c, subject: 'renamed' });
    expect(h.db.conversationLists.size).toBe(2);
    // Nor does it count as a write that overlapped a read: the list read meanwhile is kept.
    await h.db.conversationLists.read('x', async () => {
      await h.db.conversations.put({ ...c, subject: 'renamed again' });
      return [];
    });
    expect(h.db.conversationLists.size).toBe(3);
  });
});
