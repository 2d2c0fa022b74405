// Boundaries of the badge and the reminders: exactly 999, a reminder at the creation instant,
// a cancelled commitment's notification, and the badge window for lead times other than [60, 0].
import { describe, expect, it } from 'vitest';
import { en } from '../../tests/support/catalog';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LedgerDb } from '../ledger/db';
import { LedgerService } from '../ledger/service';
import { newCommitment } from '../ledger/test-helpers';
import { updateSettings } from '../settings';
import { BADGE_AMBER, BADGE_RED, badgeLook } from './badge';
import { commitmentNotificationId } from './notify';
import { NEXT_ALARM, startReminders, type RemindersRuntime } from './runtime';
import { DAY_MS, HOUR_MS, MINUTE_MS, planReminders, remindersOf, type ReminderCandidate } from './schedule';

describe('badgeLook at the "999+" boundary', () => {
  it.each([
    [{ overdue: 999, dueSoon: 0 }, '999', BADGE_RED],
    [{ overdue: 0, dueSoon: 999 }, '999', BADGE_AMBER],
    [{ overdue: 500, dueSoon: 499 }, '999', BADGE_RED],
    [{ overdue: 500, dueSoon: 500 }, '999+', BADGE_RED],
    [{ overdue: 0, dueSoon: 1000 }, '999+', BADGE_AMBER],
  ])('%j → %s', (counts, text, color) => {
    expect(badgeLook(counts, en)).toMatchObject({ text, color });
  });

  it('the title names each count, and nothing due says so', () => {
    expect(badgeLook({ overdue: 2, dueSoon: 3 }, en).title).toBe('Commitment Keeper: 2 overdue, 3 due soon');
    expect(badgeLook({ overdue: 0, dueSoon: 1 }, en).title).toBe('Commitment Keeper: 1 due soon');
    expect(badgeLook({ overdue: 4, dueSoon: 0 }, en).title).toBe('Commitment Keeper: 4 overdue');
    expect(badgeLook({ overdue: 0, dueSoon: 0 }, en)).toEqual({
      text: '',
      color: BADGE_AMBER,
      title: 'Commitment Keeper: nothing due soon',
    });
  });
});

describe('a reminder at the creation instant', () => {
  const NOW = Date.parse('2026-11-24T12:00:00Z');
  const candidate = (createdAt: number): ReminderCandidate => ({
    id: 'a',
    dueAt: NOW + HOUR_MS,
    createdAt,
    leadMinutes: [60, 0],
    snoozedUntil: null,
  });

  it('a lead reminder falling exactly when the commitment was made is owed', () => {
    expect(remindersOf(candidate(NOW), { leadMinutes: [60, 0] }).map((r) => r.lead)).toEqual([60, 0]);
    const plan = planReminders([candidate(NOW)], { leadMinutes: [60, 0], badgeWindowMs: HOUR_MS, maxLateMs: DAY_MS }, new Set(), NOW);
    expect(plan.notify.map((n) => ({ kind: n.kind, lead: n.lead, at: n.at }))).toEqual([{ kind: 'lead', lead: 60, at: NOW }]);
  });

  it('one millisecond after it, the lead reminder was never owed', () => {
    expect(remindersOf(candidate(NOW + 1), { leadMinutes: [60, 0] }).map((r) => r.lead)).toEqual([0]);
  });

  it('a snooze ending exactly at a reminder lets that reminder through', () => {
    const snoozed = { ...candidate(NOW - DAY_MS), snoozedUntil: NOW };
    expect(remindersOf(snoozed, { leadMinutes: [60, 0] }).map((r) => r.kind)).toEqual(['lead', 'snooze', 'deadline']);
  });
});

const T0 = Date.parse('2026-11-24T10:00:00Z');

async function runtimeWith(leads: number[]): Promise<{ ledger: LedgerService; runtime: RemindersRuntime; clock: { now: number } }> {
  await updateSettings({ timeZone: 'UTC', reminderLeadMinutes: leads, dailyDigest: false });
  const clock = { now: T0 };
  let runtime!: RemindersRuntime;
  const ledger = new LedgerService(new LedgerDb(`reminders-b-${crypto.randomUUID()}`), () => clock.now, {
    onChange: (change) => runtime.onLedgerChange(change),
  });
  runtime = startReminders(() => ledger, { clock: () => clock.now, tr: en });
  await runtime.idle();
  return { ledger, runtime, clock };
}

const badgeText = () => fakeBrowser.action.getBadgeText({});
const notificationIds = async () => Object.keys(await fakeBrowser.notifications.getAll());

describe('reminders runtime', () => {
  it('cancelling a commitment takes its notification down', async () => {
    const s = await runtimeWith([60, 0]);
    const c = await s.ledger.addCommitment(newCommitment('send the rate card', { dueAt: T0 + MINUTE_MS }));
    s.clock.now = T0 + MINUTE_MS;
    await fakeBrowser.alarms.onAlarm.trigger({ name: NEXT_ALARM, scheduledTime: s.clock.now });
    await s.runtime.idle();
    expect(await notificationIds()).toEqual([commitmentNotificationId(c.id)]);

    await s.ledger.cancel(c.id, 'customer withdrew the request');
    await s.runtime.idle();
    expect(await notificationIds()).toEqual([]);
  });

  it('the badge window is the largest lead time: a day with leads [1440, 15]', async () => {
    const s = await runtimeWith([1440, 15]);
    await s.ledger.addCommitment(newCommitment('inside the day', { dueAt: T0 + 20 * HOUR_MS }));
    await s.ledger.addCommitment(newCommitment('beyond the day', { dueAt: T0 + 25 * HOUR_MS }));
    await s.runtime.idle();
    expect(await badgeText()).toBe('1');
  });

  it('with leads [15] only, a deadline in 20 minutes is not yet on the badge, one in 10 is', async () => {
    const s = await runtimeWith([15]);
    await s.ledger.addCommitment(newCommitment('in 20 minutes', { dueAt: T0 + 20 * MINUTE_MS }));
    await s.runtime.idle();
    expect(await badgeText()).toBe('');
    await s.ledger.addCommitment(newCommitment('in 10 minutes', { dueAt: T0 + 10 * MINUTE_MS }));
    await s.runtime.idle();
    expect(await badgeText()).toBe('1');
  });
});
