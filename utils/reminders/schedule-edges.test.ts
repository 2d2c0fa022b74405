// The planner at its instants: a reminder exactly as late as allowed, "the morning of" against the
// deadline, the note's creation and a snooze, ties between commitments, and lead lists that are
// not quite the default.
import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_LEAD_MINUTES } from '../ledger/types';
import { DAY_MS, HOUR_MS, MINUTE_MS, badgeWindowMs, effectiveLeads, planReminders, remindersOf, type ReminderPolicy } from './schedule';
import { NOW, candidate, policy } from './test-helpers';

describe('a reminder missed while the browser was closed', () => {
  it('exactly as late as allowed still fires; a millisecond later it is dropped', () => {
    const dueAt = NOW - DAY_MS; // the deadline reminder is exactly one day late
    expect(planReminders([candidate({ dueAt })], policy, new Set(), NOW).notify.map((n) => n.kind)).toEqual(['deadline']);
    expect(planReminders([candidate({ dueAt: dueAt - 1 })], policy, new Set(), NOW).notify).toEqual([]);
  });
});

describe('"the morning of"', () => {
  const morning = NOW - 3 * HOUR_MS; // 09:00 on the deadline's day
  const withMorning: ReminderPolicy = { ...policy, leadMinutes: [], morningOf: () => morning };

  it('is a lead reminder at the workday start, its lead the minutes to the deadline', () => {
    const [r] = remindersOf(candidate({ dueAt: NOW + HOUR_MS }), withMorning);
    expect(r).toEqual({ key: `c1:morning:${NOW + HOUR_MS}`, kind: 'lead', lead: 4 * 60, at: morning });
  });

  it('not when the deadline is at that very start, nor before it', () => {
    expect(remindersOf(candidate({ dueAt: morning }), withMorning)).toEqual([]);
    expect(remindersOf(candidate({ dueAt: morning - 1 }), withMorning)).toEqual([]);
  });

  it('when the commitment was noted exactly at that start, but not a millisecond after', () => {
    expect(remindersOf(candidate({ dueAt: NOW, createdAt: morning }), withMorning)).toHaveLength(1);
    expect(remindersOf(candidate({ dueAt: NOW, createdAt: morning + 1 }), withMorning)).toEqual([]);
  });

  it('not while snoozed past it; a snooze ending exactly then lets it through', () => {
    const snoozedPast = remindersOf(candidate({ dueAt: NOW, snoozedUntil: morning + 1 }), withMorning);
    expect(snoozedPast.map((r) => r.kind)).toEqual(['snooze']);
    const endingThen = remindersOf(candidate({ dueAt: NOW, snoozedUntil: morning }), withMorning);
    expect(endingThen.map((r) => r.key)).toEqual([`c1:morning:${NOW}`, `c1:snooze:${morning}`]);
  });
});

describe('lead lists', () => {
  it('only the default list itself means "as the settings say"; a longer or different one is the commitment’s own', () => {
    expect(effectiveLeads(DEFAULT_REMINDER_LEAD_MINUTES, [30])).toEqual([30]);
    expect(effectiveLeads([...DEFAULT_REMINDER_LEAD_MINUTES, 5], [30])).toEqual(
      [...DEFAULT_REMINDER_LEAD_MINUTES, 5].sort((a, b) => b - a),
    );
    expect(
      effectiveLeads(
        DEFAULT_REMINDER_LEAD_MINUTES.map((m) => m + 1),
        [30],
      ),
    ).toEqual(DEFAULT_REMINDER_LEAD_MINUTES.map((m) => m + 1));
  });

  it('drops leads that are not finite or below zero, keeps 0', () => {
    expect(effectiveLeads([Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 15], [])).toEqual([15, 0]);
    expect(badgeWindowMs([Number.NaN, Number.POSITIVE_INFINITY, -5, 30])).toBe(30 * MINUTE_MS);
    expect(badgeWindowMs([-5])).toBe(0);
  });
});

describe('waking and ordering', () => {
  it('wakes when the deadline enters the badge window, and at the deadline', () => {
    // Due in 90 minutes, reminders silenced: the badge changes in 30 minutes (window 1 h).
    const silenced = candidate({ dueAt: NOW + 90 * MINUTE_MS, leadMinutes: [] });
    expect(planReminders([silenced], policy, new Set(), NOW).nextWakeAt).toBe(NOW + 30 * MINUTE_MS);
    // Already inside the window: the next change is the deadline.
    const inside = candidate({ dueAt: NOW + 30 * MINUTE_MS, leadMinutes: [] });
    expect(planReminders([inside], policy, new Set(), NOW).nextWakeAt).toBe(NOW + 30 * MINUTE_MS);
    // Entering the window exactly now: that change is now, so the next is the deadline.
    const enteringNow = candidate({ dueAt: NOW + HOUR_MS, leadMinutes: [] });
    expect(planReminders([enteringNow], policy, new Set(), NOW).nextWakeAt).toBe(NOW + HOUR_MS);
  });

  it('the cap is kept when nothing comes sooner, and beaten by what does', () => {
    expect(planReminders([], policy, new Set(), NOW, NOW + DAY_MS).nextWakeAt).toBe(NOW + DAY_MS);
    expect(planReminders([candidate({ dueAt: NOW + 2 * DAY_MS })], policy, new Set(), NOW, NOW + DAY_MS).nextWakeAt).toBe(NOW + DAY_MS);
    expect(planReminders([candidate({ dueAt: NOW + 2 * HOUR_MS, leadMinutes: [] })], policy, new Set(), NOW, NOW + DAY_MS).nextWakeAt).toBe(
      NOW + HOUR_MS,
    );
  });

  it('reminders meant for the same instant are ordered by commitment id', () => {
    const due = (id: string) => candidate({ id, dueAt: NOW - MINUTE_MS, leadMinutes: [0] });
    const plan = planReminders([due('c'), due('a'), due('b')], policy, new Set(), NOW);
    expect(plan.notify.map((n) => n.commitmentId)).toEqual(['a', 'b', 'c']);
  });
});
