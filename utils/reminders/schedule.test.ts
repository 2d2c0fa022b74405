import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  badgeWindowMs,
  effectiveLeads,
  planReminders,
  reminderKey,
  type ReminderCandidate,
  type ReminderPolicy,
} from './schedule';
import { NOW, candidate, policy } from './test-helpers';

// The tables' shorthand: a commitment `id` due `dueIn` ms from NOW.
function c(id: string, dueIn: number, extra: Partial<ReminderCandidate> = {}): ReminderCandidate {
  return candidate({ id, dueAt: NOW + dueIn, ...extra });
}

describe('effectiveLeads', () => {
  it.each([
    [[60], [60, 0], [60, 0]],
    [[60], [30], [30]],
    [
      [15, 0],
      [60, 0],
      [15, 0],
    ],
    [[], [60, 0], []],
    [[0, 0, -5], [60], [0]],
  ])('own %j with settings %j → %j', (own, settings, expected) => {
    expect(effectiveLeads(own, settings)).toEqual(expected);
  });
});

describe('badgeWindowMs', () => {
  it.each([
    [[60, 0], HOUR_MS],
    [[0], 0],
    [[], 0],
    [[15, 1440], DAY_MS],
  ])('%j → %i', (leads, ms) => expect(badgeWindowMs(leads)).toBe(ms));
});

describe('planReminders', () => {
  const none = new Set<string>();

  it.each<[string, ReminderCandidate, Array<{ kind: string; lead: number }>, number | null]>([
    ['due in 2 h: nothing now; wake at the 1-hour lead', c('a', 2 * HOUR_MS), [], NOW + HOUR_MS],
    ['due in 1 h exactly: the lead reminder fires; wake at the deadline', c('a', HOUR_MS), [{ kind: 'lead', lead: 60 }], NOW + HOUR_MS],
    [
      'due in 30 min: lead fired at −30 min (late but owed); wake at the deadline',
      c('a', 30 * MINUTE_MS),
      [{ kind: 'lead', lead: 60 }],
      NOW + 30 * MINUTE_MS,
    ],
    ['deadline now: one notification covering both reminders', c('a', 0), [{ kind: 'deadline', lead: 0 }], null],
    ['overdue by 2 days: too late to remind', c('a', -2 * DAY_MS), [], null],
    [
      'created 5 min ago, due in 30 min: the 1-hour lead was never owed',
      c('a', 30 * MINUTE_MS, { createdAt: NOW - 5 * MINUTE_MS }),
      [],
      NOW + 30 * MINUTE_MS,
    ],
    ['created overdue: no reminder at all', c('a', -HOUR_MS, { createdAt: NOW - 5 * MINUTE_MS }), [], null],
    [
      'own lead list replaces the settings',
      c('a', 10 * MINUTE_MS, { leadMinutes: [10] }),
      [{ kind: 'lead', lead: 10 }],
      NOW + 10 * MINUTE_MS,
    ],
    ['silenced (empty own list): only badge wake-ups', c('a', 2 * HOUR_MS, { leadMinutes: [] }), [], NOW + HOUR_MS],
    [
      'snoozed for 1 h: no reminder before; wake at the snooze end',
      c('a', 30 * MINUTE_MS, { snoozedUntil: NOW + HOUR_MS }),
      [],
      NOW + 30 * MINUTE_MS,
    ],
    ['snooze ended: a snooze reminder fires', c('a', -30 * MINUTE_MS, { snoozedUntil: NOW }), [{ kind: 'snooze', lead: 0 }], null],
  ])('%s', (_name, candidate, expected, nextWakeAt) => {
    const plan = planReminders([candidate], policy, none, NOW);
    expect(plan.notify.map((n) => ({ kind: n.kind, lead: n.lead }))).toEqual(expected);
    expect(plan.nextWakeAt).toBe(nextWakeAt);
  });

  it('covers every due reminder of one commitment with one notification', () => {
    const plan = planReminders([c('a', -MINUTE_MS)], policy, none, NOW);
    expect(plan.notify).toHaveLength(1);
    expect(plan.notify[0]!.keys).toEqual([reminderKey('a', 60, NOW - MINUTE_MS), reminderKey('a', 0, NOW - MINUTE_MS)]);
  });

  it('is idempotent: fired keys are not fired again, and nothing is skipped', () => {
    const list = [c('a', HOUR_MS), c('b', 0)];
    const first = planReminders(list, policy, none, NOW);
    expect(first.notify.map((n) => n.commitmentId)).toEqual(['a', 'b']);
    const fired = new Set(first.notify.flatMap((n) => n.keys));
    expect(planReminders(list, policy, fired, NOW).notify).toEqual([]);
    // A restart an hour later: 'a' reaches its deadline; 'b' has nothing left.
    const later = planReminders(list, policy, fired, NOW + HOUR_MS);
    expect(later.notify.map((n) => `${n.commitmentId}:${n.kind}`)).toEqual(['a:deadline']);
  });

  it('a rescheduled deadline gets fresh reminders (the deadline is part of the key)', () => {
    const fired = new Set(planReminders([c('a', 0)], policy, none, NOW).notify.flatMap((n) => n.keys));
    const moved = planReminders([c('a', 0, { dueAt: NOW })], policy, fired, NOW);
    expect(moved.notify).toEqual([]);
    const plan = planReminders([{ ...c('a', 0), dueAt: NOW + HOUR_MS }], policy, fired, NOW);
    expect(plan.notify.map((n) => n.kind)).toEqual(['lead']);
  });

  it('wakes at the earliest instant across commitments, capped by the horizon', () => {
    const list = [c('far', 5 * HOUR_MS), c('near', 3 * HOUR_MS)];
    expect(planReminders(list, policy, none, NOW).nextWakeAt).toBe(NOW + 2 * HOUR_MS);
    expect(planReminders(list, policy, none, NOW, NOW + HOUR_MS).nextWakeAt).toBe(NOW + HOUR_MS);
    expect(planReminders([], policy, none, NOW, NOW + DAY_MS).nextWakeAt).toBe(NOW + DAY_MS);
  });

  it('wakes when a deadline enters the badge window even with no reminder there', () => {
    const plan = planReminders([c('a', 3 * HOUR_MS, { leadMinutes: [] })], { ...policy, badgeWindowMs: 2 * HOUR_MS }, none, NOW);
    expect(plan.nextWakeAt).toBe(NOW + HOUR_MS);
  });

  it('orders notifications by when they were meant to fire', () => {
    const plan = planReminders([c('b', -MINUTE_MS), c('a', HOUR_MS)], policy, none, NOW);
    expect(plan.notify.map((n) => n.commitmentId)).toEqual(['b', 'a']);
  });
});

describe('the morning of', () => {
  // Deadlines at 17:00 UTC; the workday starts at 09:00 UTC.
  const morningOf = (dueAt: number) =>
    Date.UTC(new Date(dueAt).getUTCFullYear(), new Date(dueAt).getUTCMonth(), new Date(dueAt).getUTCDate(), 9);
  const withMorning: ReminderPolicy = { ...policy, leadMinutes: [0], morningOf };

  it('reminds at the start of the workday on the deadline day, once, and wakes for it', () => {
    const due = c('m', 29 * HOUR_MS); // tomorrow 17:00
    const before = planReminders([due], withMorning, new Set(), NOW);
    expect(before.notify).toEqual([]);
    const nine = Date.parse('2026-11-25T09:00:00Z');
    expect(before.nextWakeAt).toBe(nine);
    const at = planReminders([due], withMorning, new Set(), nine);
    expect(at.notify).toEqual([
      expect.objectContaining({ commitmentId: 'm', kind: 'lead', lead: 8 * 60, at: nine, keys: [reminderKey('m', 'morning', due.dueAt)] }),
    ]);
    expect(planReminders([due], withMorning, new Set(at.notify[0]!.keys), nine).notify).toEqual([]);
  });

  it('not when the deadline is before the workday starts, nor when switched off', () => {
    const early = c('e', 20 * HOUR_MS); // tomorrow 08:00
    expect(planReminders([early], withMorning, new Set(), Date.parse('2026-11-25T07:59:00Z')).nextWakeAt).not.toBe(
      Date.parse('2026-11-25T09:00:00Z'),
    );
    const due = c('m', 29 * HOUR_MS);
    expect(planReminders([due], { ...policy, leadMinutes: [0] }, new Set(), Date.parse('2026-11-25T09:00:00Z')).notify).toEqual([]);
  });
});
