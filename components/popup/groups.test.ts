import { describe, expect, it } from 'vitest';
import type { CommitmentRecord } from '@/utils/ledger/types';
import { endOfLocalDay, groupForPopup } from './groups';

function record(id: string, dueAt: number | null, extra: Partial<CommitmentRecord> = {}): CommitmentRecord {
  return {
    id, conversationId: 'c', partyName: null, status: 'open', dueAt, createdAt: 0, updatedAt: 0, doneAt: null,
    cancelReason: null, dependsOn: [], reminder: { leadMinutes: [], snoozedUntil: null }, source: 'typed', deletedAt: null,
    text: id, party: 'agent', action: id, due: null, vague: dueAt === null, conditions: [], reason: null, ...extra,
  };
}

describe('endOfLocalDay', () => {
  it('ends the day at local midnight in the zone asked for', () => {
    const now = Date.parse('2026-11-24T15:30:00-05:00');
    expect(new Date(endOfLocalDay(now, 'America/New_York')).toISOString()).toBe('2026-11-25T05:00:00.000Z');
    expect(new Date(endOfLocalDay(now, 'Asia/Tokyo')).toISOString()).toBe('2026-11-25T15:00:00.000Z');
  });
});

describe('groupForPopup', () => {
  const now = Date.parse('2026-11-24T15:00:00Z');
  it('sorts into overdue, today, next 7 days and later, each earliest first', () => {
    const g = groupForPopup(
      [
        record('later', now + 10 * 86_400_000),
        record('soon2', now + 2 * 86_400_000),
        record('soon1', now + 86_400_000),
        record('today', now + 3_600_000),
        record('late', now - 60_000),
        record('nodate', null),
        record('done', now - 1, { status: 'done' }),
        record('deleted', now - 1, { deletedAt: now }),
      ],
      now,
      'UTC',
    );
    expect(g.overdue.map((c) => c.id)).toEqual(['late']);
    expect(g.today.map((c) => c.id)).toEqual(['today']);
    expect(g.upcoming.map((c) => c.id)).toEqual(['soon1', 'soon2']);
    expect(g.later.map((c) => c.id)).toEqual(['later', 'nodate']);
    expect(g.total).toBe(6);
  });
});
