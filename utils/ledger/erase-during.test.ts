// What a call made while the ledger is being erased meets: erase deletes the database and makes it
// again (writes.ts, eraseAll), and a read or write asked meanwhile (the panel reloading, the badge)
// waits for the new, empty database instead of failing with "database closed".
import { describe, expect, it, vi } from 'vitest';
import { conv, DAY, harness, newCommitment, T0 } from './test-helpers';

describe('a call made while the ledger is erased', () => {
  it('waits for the new, empty database and is answered from it', async () => {
    const h = harness();
    await h.ledger.addCommitment(newCommitment('send the invoice', { dueAt: T0 + DAY, conversation: conv('A-1') }));
    const deleteDb = h.db.delete.bind(h.db);
    const during: Array<Promise<unknown>> = [];
    // Right after the erase has closed the old database and asked for its deletion.
    vi.spyOn(h.db, 'delete').mockImplementation((options) => {
      const deleting = deleteDb(options);
      during.push(h.ledger.listOpen());
      during.push(h.ledger.addCommitment(newCommitment('call the carrier', { dueAt: T0 + 2 * DAY, conversation: conv('B-1') })));
      return deleting;
    });
    await h.ledger.eraseAll();
    expect(during).toHaveLength(2);
    const [listed, added] = await Promise.allSettled(during);
    expect(listed).toEqual({ status: 'fulfilled', value: [] });
    expect(added?.status).toBe('fulfilled');
    // The write made during the erase is in the new database, alone.
    expect((await h.ledger.listOpen()).map((c) => c.action)).toEqual(['call the carrier']);
  });
});
