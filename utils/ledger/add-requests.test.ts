// An add is what the agent waits for after "Add": its IndexedDB requests are asked together where
// one does not need the other's answer (each request is a round trip to the browser's database).
import type { DBCore, DBCoreTable } from 'dexie';
import { describe, expect, it } from 'vitest';
import { LedgerDb } from './db';
import { LedgerService } from './service';
import { conv, newCommitment, T0 } from './test-helpers';

/** The ledger's database with the requests in flight counted (the most at once, per request kind). */
function countedDb() {
  const inFlight = { now: 0, most: 0 };
  const db = new LedgerDb(`add-requests-${crypto.randomUUID()}`);
  db.use({
    stack: 'dbcore',
    name: 'count-requests',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name: string): DBCoreTable {
        const t = down.table(name);
        const counted =
          <A extends unknown[], R>(f: (...a: A) => Promise<R>) =>
          async (...a: A): Promise<R> => {
            inFlight.most = Math.max(inFlight.most, ++inFlight.now);
            try {
              return await f(...a);
            } finally {
              inFlight.now--;
            }
          };
        return { ...t, get: counted(t.get.bind(t)), mutate: counted(t.mutate.bind(t)) };
      },
    }),
  });
  return { db, inFlight };
}

describe('addCommitment asks its independent requests together', () => {
  it('reads the conversation and the id at once, and writes the commitment and its history entry at once', async () => {
    const { db, inFlight } = countedDb();
    const ledger = new LedgerService(db, () => T0);
    await ledger.upsertConversation(conv('T-1'));
    inFlight.most = 0;
    const added = await ledger.addCommitment({ ...newCommitment('send the rate card', { dueAt: T0 + 3_600_000 }), id: 'c-1' });
    expect(inFlight.most).toBeGreaterThanOrEqual(2);
    // Still one record, one history entry, and a retry with the same id answers the stored record.
    expect(await ledger.addCommitment({ ...newCommitment('send the rate card', { dueAt: T0 + 3_600_000 }), id: 'c-1' })).toEqual(added);
    expect(await db.history.where('commitmentId').equals('c-1').count()).toBe(1);
    expect(await db.commitments.count()).toBe(1);
  });
});
