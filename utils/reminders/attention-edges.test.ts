// badgeAttention at its instants. The ledger counts a deadline before now as overdue and one in
// [now, now + window) as due soon; a snooze that ends at now has ended; an undated promise counts
// from the instant it is old enough. Each case is checked on both sides of the instant.
import { describe, expect, it } from 'vitest';
import { badgeAttention, workdaysAfter, type AttentionItem } from './attention';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-11-24T15:00:00Z'); // Tuesday
const WINDOW = 2 * HOUR;

const snoozed = (dueAt: number | null, until: number | null): AttentionItem => ({
  dueAt,
  createdAt: NOW - 10 * HOUR,
  reminder: { snoozedUntil: until },
});
const attention = (over: Partial<Parameters<typeof badgeAttention>[0]>) =>
  badgeAttention({
    counts: { overdue: 5, dueSoon: 5 },
    snoozed: [],
    undated: [],
    now: NOW,
    windowMs: WINDOW,
    undatedCountsFrom: () => null,
    ...over,
  });

describe('a snoozed commitment comes off the count it is in', () => {
  it.each([
    ['due a millisecond ago: off overdue', NOW - 1, { overdue: 4, dueSoon: 5 }],
    ['due exactly now: off due soon (the ledger counts now as due soon)', NOW, { overdue: 5, dueSoon: 4 }],
    ['due just inside the window: off due soon', NOW + WINDOW - 1, { overdue: 5, dueSoon: 4 }],
    ['due exactly at the window’s end: in neither count, nothing comes off', NOW + WINDOW, { overdue: 5, dueSoon: 5 }],
  ])('%s', (_name, dueAt, counts) => {
    expect(attention({ snoozed: [snoozed(dueAt, NOW + HOUR)] }).counts).toEqual({ ...counts, undated: 0 });
  });

  it('a snooze ending exactly now has ended: the commitment counts, and no wake-up is asked for it', () => {
    expect(attention({ snoozed: [snoozed(NOW - HOUR, NOW)] })).toEqual({
      counts: { overdue: 5, dueSoon: 5, undated: 0 },
      nextChangeAt: null,
    });
  });

  it('a snooze ending a millisecond from now still hides it, and the badge wakes then', () => {
    expect(attention({ snoozed: [snoozed(NOW - HOUR, NOW + 1)] })).toEqual({
      counts: { overdue: 4, dueSoon: 5, undated: 0 },
      nextChangeAt: NOW + 1,
    });
  });

  it('the earliest of several snooze ends is the next change', () => {
    const r = attention({
      snoozed: [snoozed(NOW - HOUR, NOW + 3 * HOUR), snoozed(NOW - HOUR, NOW + HOUR), snoozed(NOW + HOUR, NOW + 2 * HOUR)],
    });
    expect(r).toEqual({ counts: { overdue: 3, dueSoon: 4, undated: 0 }, nextChangeAt: NOW + HOUR });
  });

  it('a snoozed commitment without a deadline changes no count; counts never go below zero', () => {
    expect(attention({ snoozed: [snoozed(null, NOW + HOUR)] }).counts).toEqual({ overdue: 5, dueSoon: 5, undated: 0 });
    const r = attention({ counts: { overdue: 0, dueSoon: 0 }, snoozed: [snoozed(NOW - HOUR, NOW + HOUR), snoozed(NOW, NOW + HOUR)] });
    expect(r.counts).toEqual({ overdue: 0, dueSoon: 0, undated: 0 });
  });
});

describe('an undated promise counts from the instant it is old enough', () => {
  const undated = (createdAt: number, until: number | null = null): AttentionItem => ({
    dueAt: null,
    createdAt,
    reminder: { snoozedUntil: until },
  });
  const from = (createdAt: number) => createdAt + 24 * HOUR;

  it('old enough exactly now: counted, no wake-up for it', () => {
    expect(attention({ undated: [undated(NOW - 24 * HOUR)], undatedCountsFrom: from })).toEqual({
      counts: { overdue: 5, dueSoon: 5, undated: 1 },
      nextChangeAt: null,
    });
  });

  it('old enough a millisecond from now: not yet, and the badge wakes then', () => {
    expect(attention({ undated: [undated(NOW - 24 * HOUR + 1)], undatedCountsFrom: from })).toEqual({
      counts: { overdue: 5, dueSoon: 5, undated: 0 },
      nextChangeAt: NOW + 1,
    });
  });

  it('the earliest of several is the next change; a snoozed one waits for its snooze', () => {
    const r = attention({
      undated: [undated(NOW - 20 * HOUR), undated(NOW - 22 * HOUR), undated(NOW - 30 * HOUR, NOW + 5 * HOUR), undated(NOW - 30 * HOUR)],
      undatedCountsFrom: from,
    });
    expect(r).toEqual({ counts: { overdue: 5, dueSoon: 5, undated: 1 }, nextChangeAt: NOW + 2 * HOUR });
  });
});

describe('workdaysAfter with no working day in reach for a while', () => {
  it('a weekend-only workday: Tuesday + 1 is Saturday, + 2 is Sunday', () => {
    const weekend = { start: '09:00', end: '17:00', days: [0, 6] };
    expect(workdaysAfter(NOW, 1, weekend, 'UTC')).toBe(Date.parse('2026-11-28T15:00:00Z'));
    expect(workdaysAfter(NOW, 2, weekend, 'UTC')).toBe(Date.parse('2026-11-29T15:00:00Z'));
  });

  it('zero working days after is the same instant', () => {
    expect(workdaysAfter(NOW, 0, { start: '09:00', end: '17:00', days: [1] }, 'UTC')).toBe(NOW);
  });
});
