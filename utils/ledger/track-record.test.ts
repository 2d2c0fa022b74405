import { describe, expect, it } from 'vitest';
import { recentCommitments, trackRecord } from './track-record';
import type { HistoryEntry } from './types';
import { DAY, HOUR, T0 } from './test-helpers';

const c = (
  id: string,
  status: 'open' | 'done' | 'cancelled',
  dueAt: number | null,
  doneAt: number | null = null,
  createdAt = T0 - 10 * DAY,
) => ({
  id,
  status,
  dueAt,
  doneAt,
  createdAt,
});
const moved = (commitmentId: string, from: number, to: number): HistoryEntry => ({
  commitmentId,
  conversationId: 'x',
  at: T0,
  kind: 'rescheduled',
  changes: { dueAt: { from, to } },
});

describe('trackRecord (pure)', () => {
  it('judges each commitment at now and averages late completions and later deadlines', () => {
    const list = [
      c('kept', 'done', T0 - DAY, T0 - 2 * DAY),
      c('late', 'done', T0 - DAY, T0 - DAY + 4 * HOUR),
      c('missed', 'open', T0 - HOUR),
      c('pending', 'open', T0 + DAY),
      c('undated', 'open', null),
      c('dropped', 'cancelled', T0 - DAY),
    ];
    const history = [moved('pending', T0, T0 + 2 * HOUR), moved('pending', T0 + 2 * HOUR, T0 + HOUR), moved('elsewhere', T0, T0 + DAY)];
    expect(trackRecord(list, history, T0)).toEqual({
      keptOnTime: 1,
      late: 1,
      missed: 1,
      pending: 2,
      cancelled: 1,
      total: 5,
      rescheduledLater: 1,
      slipCount: 2,
      averageSlipMs: 3 * HOUR,
    });
  });

  it('nothing to judge: zeros and no average', () => {
    expect(trackRecord([], [], T0)).toMatchObject({ total: 0, averageSlipMs: null, slipCount: 0 });
  });

  it('recentCommitments keeps the last n that were not cancelled, newest first', () => {
    const list = [
      c('a', 'open', null, null, T0 - 3 * DAY),
      c('b', 'cancelled', null, null, T0 - DAY),
      c('c', 'done', null, T0, T0 - 2 * DAY),
    ];
    expect(recentCommitments(list, 1).map((x) => x.id)).toEqual(['c']);
    expect(recentCommitments(list, undefined).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
});
