import { describe, expect, it } from 'vitest';
import { badgeAttention, workdaysAfter, type AttentionItem } from './attention';

const WORKDAY = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };
const HOUR = 3_600_000;
const NOW = Date.parse('2026-11-24T15:00:00Z'); // Tuesday

const item = (dueAt: number | null, extra: Partial<AttentionItem> = {}): AttentionItem => ({
  dueAt,
  createdAt: NOW - HOUR,
  reminder: { snoozedUntil: null },
  ...extra,
});

describe('workdaysAfter', () => {
  it.each([
    ['Tuesday 10:00 → Wednesday 10:00', '2026-11-24T10:00:00Z', 1, '2026-11-25T10:00:00Z'],
    ['Friday 16:00 → Monday 16:00', '2026-11-27T16:00:00Z', 1, '2026-11-30T16:00:00Z'],
    ['Saturday 11:00 → Monday 11:00', '2026-11-28T11:00:00Z', 1, '2026-11-30T11:00:00Z'],
    ['Thursday + 2 → Monday', '2026-11-26T09:30:00Z', 2, '2026-11-30T09:30:00Z'],
  ])('%s (UTC)', (_, from, n, to) => {
    expect(workdaysAfter(Date.parse(from), n, WORKDAY, 'UTC')).toBe(Date.parse(to));
  });
  it('keeps the wall clock across a DST change (New York, Friday before the November change)', () => {
    // Fri 2026-10-30 10:00 EDT (14:00Z) → Mon 2026-11-02 10:00 EST (15:00Z)
    expect(workdaysAfter(Date.parse('2026-10-30T14:00:00Z'), 1, WORKDAY, 'America/New_York')).toBe(Date.parse('2026-11-02T15:00:00Z'));
  });
  it('is null without working days', () => {
    expect(workdaysAfter(NOW, 1, { ...WORKDAY, days: [] }, 'UTC')).toBeNull();
  });
});

describe('badgeAttention', () => {
  const base = { now: NOW, windowMs: 2 * HOUR, undatedCountsFrom: (createdAt: number) => createdAt + 24 * HOUR };

  it('leaves snoozed commitments off until they wake, and wakes then', () => {
    const r = badgeAttention({
      ...base,
      counts: { overdue: 2, dueSoon: 1 },
      snoozed: [
        item(NOW - HOUR, { reminder: { snoozedUntil: NOW + 5 * HOUR } }),
        item(NOW + HOUR, { reminder: { snoozedUntil: NOW + 3 * HOUR } }),
      ],
      undated: [],
    });
    expect(r.counts).toEqual({ overdue: 1, dueSoon: 0, undated: 0 });
    expect(r.nextChangeAt).toBe(NOW + 3 * HOUR);
  });

  it('counts undated promises once they are old enough, and says when the next one will be', () => {
    const r = badgeAttention({
      ...base,
      counts: { overdue: 0, dueSoon: 0 },
      snoozed: [],
      undated: [
        item(null, { createdAt: NOW - 30 * HOUR }),
        item(null, { createdAt: NOW - 2 * HOUR }),
        item(null, { createdAt: NOW - 40 * HOUR, reminder: { snoozedUntil: NOW + HOUR } }),
      ],
    });
    expect(r.counts.undated).toBe(1);
    expect(r.nextChangeAt).toBe(NOW + HOUR);
  });

  it('never counts undated promises when the setting is off', () => {
    const r = badgeAttention({
      ...base,
      undatedCountsFrom: () => null,
      counts: { overdue: 0, dueSoon: 0 },
      snoozed: [],
      undated: [item(null, { createdAt: 0 })],
    });
    expect(r).toEqual({ counts: { overdue: 0, dueSoon: 0, undated: 0 }, nextChangeAt: null });
  });
});
