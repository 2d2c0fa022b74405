// The track record at its edges, on plain records: done exactly at the deadline, due exactly now,
// a deadline moved to the same moment or from no date, entries of other kinds and commitments, the
// average's rounding, and which recent commitments are judged.
import { describe, expect, it } from 'vitest';
import { recentCommitments, trackRecord } from './track-record';
import type { HistoryEntry, HistoryKind } from './types';

const NOW = Date.UTC(2026, 2, 2, 17, 0, 0);
type Status = 'open' | 'done' | 'cancelled';
const c = (id: string, status: Status, dueAt: number | null, doneAt: number | null = null, createdAt = 0) => ({
  id,
  status,
  dueAt,
  doneAt,
  createdAt,
});
const entry = (commitmentId: string, from: unknown, to: unknown, kind: HistoryKind = 'rescheduled'): HistoryEntry => ({
  commitmentId,
  conversationId: 'x',
  at: NOW,
  kind,
  changes: { dueAt: { from, to } },
});
const judged = (list: ReturnType<typeof c>[], history: HistoryEntry[] = []) => trackRecord(list, history, NOW);

describe('trackRecord at the boundaries', () => {
  it('done exactly at the deadline is kept; a millisecond after is late, a slip of 1 ms', () => {
    expect(judged([c('a', 'done', NOW, NOW)])).toMatchObject({ keptOnTime: 1, late: 0, slipCount: 0, averageSlipMs: null, total: 1 });
    expect(judged([c('a', 'done', NOW, NOW + 1)])).toMatchObject({ keptOnTime: 0, late: 1, slipCount: 1, averageSlipMs: 1, total: 1 });
  });

  it('done without a deadline, or without the moment it was done, is kept', () => {
    expect(judged([c('a', 'done', null, NOW), c('b', 'done', NOW - 5, null)])).toMatchObject({ keptOnTime: 2, late: 0, slipCount: 0 });
    // A deadline before 1970 (a bad import) is still no lateness without the moment it was done.
    expect(judged([c('a', 'done', -5, null)])).toMatchObject({ keptOnTime: 1, late: 0, slipCount: 0 });
  });

  it('open and due exactly now is pending; due a millisecond before now is missed', () => {
    expect(judged([c('a', 'open', NOW)])).toMatchObject({ pending: 1, missed: 0, total: 1 });
    expect(judged([c('a', 'open', NOW - 1)])).toMatchObject({ pending: 0, missed: 1, total: 1 });
    expect(judged([c('a', 'open', null)])).toMatchObject({ pending: 1, missed: 0 });
  });

  it('cancelled ones are counted apart, never in the total', () => {
    expect(judged([c('a', 'cancelled', NOW - 1), c('b', 'open', NOW + 1)])).toEqual({
      keptOnTime: 0,
      late: 0,
      missed: 0,
      pending: 1,
      averageSlipMs: null,
      total: 1,
      cancelled: 1,
      rescheduledLater: 0,
      slipCount: 0,
    });
  });

  it('a deadline moved to the same moment, earlier, or from no date is no slip', () => {
    const list = [c('a', 'open', NOW + 10)];
    expect(judged(list, [entry('a', NOW + 10, NOW + 10)])).toMatchObject({ rescheduledLater: 0, slipCount: 0, averageSlipMs: null });
    expect(judged(list, [entry('a', NOW + 10, NOW)])).toMatchObject({ rescheduledLater: 0, slipCount: 0 });
    expect(judged(list, [entry('a', null, NOW + 10)])).toMatchObject({ rescheduledLater: 0, slipCount: 0 });
    expect(judged(list, [entry('a', NOW, null)])).toMatchObject({ rescheduledLater: 0, slipCount: 0 });
    expect(judged(list, [entry('a', -5, null)])).toMatchObject({ rescheduledLater: 0, slipCount: 0 });
    expect(judged(list, [entry('a', -5, undefined)])).toMatchObject({ rescheduledLater: 0, slipCount: 0 });
    expect(judged(list, [{ ...entry('a', 0, 1), changes: { status: { from: 'open', to: 'done' } } }])).toMatchObject({ slipCount: 0 });
  });

  it('a deadline moved later a millisecond is a slip; only rescheduled entries of these commitments count', () => {
    const list = [c('a', 'open', NOW + 10)];
    expect(judged(list, [entry('a', NOW, NOW + 1)])).toMatchObject({ rescheduledLater: 1, slipCount: 1, averageSlipMs: 1 });
    expect(judged(list, [entry('a', NOW, NOW + 1, 'edited'), entry('b', NOW, NOW + 1)])).toMatchObject({
      rescheduledLater: 0,
      slipCount: 0,
    });
  });

  it('one commitment moved later twice: one commitment rescheduled, two slips, their average rounded', () => {
    const list = [c('a', 'open', NOW + 10), c('b', 'done', NOW, NOW + 2)];
    expect(judged(list, [entry('a', NOW, NOW + 1), entry('a', NOW + 1, NOW + 2)])).toMatchObject({
      rescheduledLater: 1,
      slipCount: 3,
      averageSlipMs: 1, // (1 + 1 + 2) / 3 = 1.33…
    });
    expect(judged([c('b', 'done', NOW, NOW + 2)], [entry('a', 0, 1)])).toMatchObject({ slipCount: 1, averageSlipMs: 2 });
    expect(judged([c('b', 'done', NOW, NOW + 1)], [])).toMatchObject({ averageSlipMs: 1 });
    expect(judged([c('a', 'done', NOW, NOW + 1), c('b', 'done', NOW, NOW + 2)])).toMatchObject({ averageSlipMs: 2 }); // 1.5 rounds up
  });
});

describe('recentCommitments', () => {
  const list = [
    c('old', 'open', null, null, 1),
    c('gone', 'cancelled', null, null, 9),
    c('new', 'done', null, 5, 5),
    c('mid', 'open', null, null, 3),
  ];

  it('the last n not cancelled, newest first', () => {
    expect(recentCommitments(list, 2).map((x) => x.id)).toEqual(['new', 'mid']);
    expect(recentCommitments(list, 10).map((x) => x.id)).toEqual(['new', 'mid', 'old']);
    expect(recentCommitments(list, 0)).toEqual([]);
  });

  it('no n, or a negative one: all of them as given, cancelled ones too, the list itself untouched', () => {
    expect(recentCommitments(list, undefined).map((x) => x.id)).toEqual(['old', 'gone', 'new', 'mid']);
    expect(recentCommitments(list, -1).map((x) => x.id)).toEqual(['old', 'gone', 'new', 'mid']);
    expect(recentCommitments(list, undefined)).not.toBe(list);
    recentCommitments(list, 2);
    expect(list.map((x) => x.id)).toEqual(['old', 'gone', 'new', 'mid']);
  });
});
