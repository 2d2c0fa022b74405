import { describe, expect, it } from 'vitest';
import type { CommitmentRecord } from '../ledger/types';
import { commitmentRecord } from '../../tests/support/records';
import { ReminderRecords, type CandidateLedger } from './candidates';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 30, 12);

function record(id: string, dueAt: number | null, status: CommitmentRecord['status'] = 'open'): CommitmentRecord {
  return commitmentRecord(id, {
    conversationId: 'c',
    vague: false,
    status,
    dueAt,
    createdAt: T0 - DAY,
    updatedAt: T0 - DAY,
    reminder: { leadMinutes: [60], snoozedUntil: null },
    revision: 1,
  });
}

/** A ledger of plain records that counts its reads. */
function ledgerOf(records: CommitmentRecord[]) {
  const byId = new Map(records.map((r) => [r.id, r] as const));
  const reads = { windows: 0, singles: 0 };
  const ledger: CandidateLedger = {
    async listUpcoming(now, days) {
      reads.windows++;
      return [...byId.values()].filter(
        (c) => c.status === 'open' && c.deletedAt === null && c.dueAt !== null && c.dueAt >= now && c.dueAt < now + days * DAY,
      );
    },
    async getCommitment(id) {
      reads.singles++;
      return byId.get(id) ?? null;
    },
  };
  return { ledger, byId, reads };
}

describe('ReminderRecords: the pass reads the window once, then only what changed', () => {
  it('gives what listUpcoming gives, and follows adds, completions and moved deadlines', async () => {
    const { ledger, byId, reads } = ledgerOf([record('a', T0 + DAY), record('b', T0 + 30 * DAY), record('c', T0 - 2 * DAY)]);
    const kept = new ReminderRecords();
    const ids = async (now = T0) => (await kept.window(ledger, now - 7 * DAY, now + 8 * DAY)).map((c) => c.id).sort();
    expect(await ids()).toEqual(['a', 'c']);
    expect(reads.windows).toBe(1);

    byId.set('d', record('d', T0 + 2 * DAY));
    kept.onChange({ kind: 'created', conversationIds: ['c'], commitmentIds: ['d'] });
    byId.set('a', record('a', T0 + DAY, 'done'));
    kept.onChange({ kind: 'completed', conversationIds: ['c'], commitmentIds: ['a'] });
    byId.set('b', record('b', T0 + 3 * DAY));
    kept.onChange({ kind: 'rescheduled', conversationIds: ['c'], commitmentIds: ['b'] });
    kept.onChange({ kind: 'conversation', conversationIds: ['c'], commitmentIds: [] });
    expect(await ids()).toEqual(['b', 'c', 'd']);
    expect(reads).toEqual({ windows: 1, singles: 3 });
  });

  it('reads everything again after an import or erase, and when the window moved past what was read', async () => {
    const { ledger, byId, reads } = ledgerOf([record('a', T0 + DAY)]);
    const kept = new ReminderRecords();
    await kept.window(ledger, T0 - 7 * DAY, T0 + 8 * DAY);
    byId.set('x', record('x', T0 + 2 * DAY));
    kept.onChange({ kind: 'import', conversationIds: ['c'], commitmentIds: [] });
    expect((await kept.window(ledger, T0 - 7 * DAY, T0 + 8 * DAY)).map((c) => c.id).sort()).toEqual(['a', 'x']);
    expect(reads.windows).toBe(2);
    // A day and a bit later the horizon reaches past what was read ahead: read again.
    byId.set('far', record('far', T0 + 9 * DAY + 3_600_000));
    const later = T0 + DAY + 7_200_000;
    expect((await kept.window(ledger, later - 7 * DAY, later + 8 * DAY)).map((c) => c.id)).toContain('far');
    expect(reads.windows).toBe(3);
  });

  it('a commitment changed again while the window is read is read again, and an import heard meanwhile keeps nothing', async () => {
    const { ledger, byId, reads } = ledgerOf([record('a', T0 + DAY)]);
    const kept = new ReminderRecords();
    // 'a' changed before the read (the read has it), then again while the read runs (it may not).
    kept.onChange({ kind: 'rescheduled', conversationIds: ['c'], commitmentIds: ['a'] });
    const reading = kept.window(ledger, T0 - 7 * DAY, T0 + 8 * DAY);
    byId.set('a', record('a', T0 + DAY, 'done'));
    kept.onChange({ kind: 'completed', conversationIds: ['c'], commitmentIds: ['a'] });
    await reading;
    expect(await kept.window(ledger, T0 - 7 * DAY, T0 + 8 * DAY)).toEqual([]);
    // An import heard while the window is read: the next pass reads the window again.
    const windows = reads.windows;
    kept.onChange({ kind: 'import', conversationIds: ['c'], commitmentIds: [] });
    const during = kept.window(ledger, T0 - 7 * DAY, T0 + 8 * DAY);
    byId.set('x', record('x', T0 + 2 * DAY));
    kept.onChange({ kind: 'import', conversationIds: ['c'], commitmentIds: [] });
    await during;
    expect((await kept.window(ledger, T0 - 7 * DAY, T0 + 8 * DAY)).map((c) => c.id)).toEqual(['x']);
    expect(reads.windows).toBe(windows + 2);
  });
});
