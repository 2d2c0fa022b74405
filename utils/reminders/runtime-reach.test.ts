// How far a reminder pass looks, and what starts one: a one-week lead time is reminded exactly on
// time (the pass reads eight days ahead), a snooze ending on a commitment due six days ago still
// reminds (it reads a week back), the morning-of reminder comes at the workday's start in the agent's
// zone, and a browser start runs a pass.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { en } from '../../tests/support/catalog';
import { LedgerDb } from '../ledger/db';
import { LedgerService } from '../ledger/service';
import { newCommitment } from '../ledger/test-helpers';
import { updateSettings, type Settings } from '../settings';
import { commitmentNotificationId } from './notify';
import { NEXT_ALARM, startReminders, type RemindersRuntime } from './runtime';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
// Tuesday 24 November 2026, 10:00 UTC (05:00 in New York).
const T0 = Date.parse('2026-11-24T10:00:00Z');

async function setup(settings: Partial<Settings>) {
  await updateSettings({ timeZone: 'UTC', reminderLeadMinutes: [60, 0], dailyDigest: false, ...settings });
  const clock = { now: T0 };
  let runtime!: RemindersRuntime;
  const ledger = new LedgerService(new LedgerDb(`reminders-reach-${crypto.randomUUID()}`), () => clock.now, {
    onChange: (change) => runtime.onLedgerChange(change),
  });
  runtime = startReminders(() => ledger, { clock: () => clock.now, tr: en });
  await runtime.idle();
  return { ledger, runtime, clock };
}
type Setup = Awaited<ReturnType<typeof setup>>;

const notificationIds = async () => Object.keys(await fakeBrowser.notifications.getAll());
const alarmAt = async () => (await fakeBrowser.alarms.get(NEXT_ALARM))?.scheduledTime;
async function fireAt(s: Setup, at: number): Promise<void> {
  s.clock.now = at;
  await fakeBrowser.alarms.onAlarm.trigger({ name: NEXT_ALARM, scheduledTime: at });
  await s.runtime.idle();
}

describe('how far a pass looks', () => {
  it('a lead time of a week is reminded exactly a week before the deadline', async () => {
    const s = await setup({ reminderLeadMinutes: [7 * 24 * 60] });
    const c = await s.ledger.addCommitment(newCommitment('quarterly review', { dueAt: T0 + 7 * DAY + HOUR }));
    await s.runtime.idle();
    expect(await alarmAt()).toBe(T0 + HOUR);
    await fireAt(s, T0 + HOUR);
    expect(await notificationIds()).toEqual([commitmentNotificationId(c.id)]);
  });

  it('a snooze ending on a commitment due six days ago still brings its reminder back', async () => {
    const s = await setup({});
    const c = await s.ledger.addCommitment(newCommitment('overdue refund', { dueAt: T0 - 6 * DAY }));
    await s.ledger.snooze(c.id, T0 + HOUR);
    await s.runtime.idle();
    expect(await notificationIds()).toEqual([]);
    await fireAt(s, T0 + HOUR);
    expect(await notificationIds()).toEqual([commitmentNotificationId(c.id)]);
  });
});

describe('the morning-of reminder', () => {
  // Due at 22:00 in New York (03:00 UTC the next day): the workday there starts at 09:00, 14:00 UTC.
  const DUE = Date.parse('2026-11-25T03:00:00Z');
  const MORNING = Date.parse('2026-11-24T14:00:00Z');

  it('on: the pass wakes at the workday’s start in the agent’s zone on the deadline’s day, and reminds then', async () => {
    const s = await setup({ timeZone: 'America/New_York', reminderLeadMinutes: [0], remindMorningOf: true });
    const c = await s.ledger.addCommitment(newCommitment('call back', { dueAt: DUE }));
    await s.runtime.idle();
    expect(await alarmAt()).toBe(MORNING);
    await fireAt(s, MORNING);
    expect(await notificationIds()).toEqual([commitmentNotificationId(c.id)]);
  });

  it('off: nothing before the deadline itself', async () => {
    const s = await setup({ timeZone: 'America/New_York', reminderLeadMinutes: [0], remindMorningOf: false });
    await s.ledger.addCommitment(newCommitment('call back', { dueAt: DUE }));
    await s.runtime.idle();
    expect(await alarmAt()).toBe(DUE);
    await fireAt(s, MORNING);
    expect(await notificationIds()).toEqual([]);
  });
});

describe('what starts a pass', () => {
  it('the browser starting runs one: the badge catches up with the clock', async () => {
    const s = await setup({});
    await s.ledger.addCommitment(newCommitment('send the quote', { dueAt: T0 + 2 * HOUR }));
    await s.runtime.idle();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    s.clock.now = T0 + 90 * MIN;
    await fakeBrowser.runtime.onStartup.trigger();
    await s.runtime.idle();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });
});
