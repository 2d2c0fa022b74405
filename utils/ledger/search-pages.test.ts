// The dense search walks the deadline index in pages: the result must be what one ordered walk gives,
// whatever the page size, ties at a page's end (many share a deadline) included.
import { describe, expect, it } from 'vitest';
import { ledgerContext } from './context';
import { NO_DEADLINE_KEY, type StoredCommitment } from './db';
import { firstByDeadline } from './queries';
import { commitmentRecord } from '../../tests/support/records';
import { freshDb, HOUR, T0 } from './test-helpers';

function stored(i: number, openDueAt: number | undefined): StoredCommitment {
  const id = `c-${String(i).padStart(4, '0')}`;
  const status = openDueAt === undefined ? 'done' : 'open';
  const record = commitmentRecord(id, {
    conversationId: 'x',
    vague: false,
    status,
    createdAt: T0,
    updatedAt: T0,
    reminder: { leadMinutes: [60], snoozedUntil: null },
    revision: 1,
  });
  return openDueAt === undefined ? record : { ...record, openDueAt };
}

describe('firstByDeadline: pages over the deadline index', () => {
  it('gives the first matches by deadline then id, across pages and ties, stopping at the limit', async () => {
    const db = freshDb();
    const ctx = ledgerContext(db, () => T0);
    // 600 open in tie groups of 150 (each group crosses page ends), 90 without a date, 100 done.
    const records = [
      ...Array.from({ length: 600 }, (_, i) => stored(i, T0 + Math.floor(i / 150) * HOUR)),
      ...Array.from({ length: 90 }, (_, i) => stored(600 + i, NO_DEADLINE_KEY)),
      ...Array.from({ length: 100 }, (_, i) => stored(700 + i, undefined)),
    ];
    // Written in shuffled order: the index, not the writing order, decides.
    await db.commitments.bulkPut(
      [...records].sort((a, b) => (a.text.split('').reverse().join('') < b.text.split('').reverse().join('') ? -1 : 1)),
    );
    const byDeadline = records
      .filter((c) => c.openDueAt !== undefined)
      .sort((a, b) => a.openDueAt! - b.openDueAt! || (a.id < b.id ? -1 : 1));
    for (const [every, max] of [
      [1, 10],
      [7, 40],
      [3, 1000],
      [13, 5],
      [1, 0],
    ] as const) {
      const matches = (c: StoredCommitment) => Number(c.id.slice(2)) % every === 0;
      const got = (await firstByDeadline(ctx, matches, max)).map((c) => c.id);
      expect(got, `every ${every}, max ${max}`).toEqual(
        byDeadline
          .filter(matches)
          .slice(0, max)
          .map((c) => c.id),
      );
    }
    db.close();
  });
});
