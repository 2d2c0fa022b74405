import { describe, expect, it, vi } from 'vitest';
import { en } from '../../tests/support/catalog';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LedgerDb } from '../ledger/db';
import { LedgerService } from '../ledger/service';
import { conv, newCommitment } from '../ledger/test-helpers';
import { updateSettings } from '../settings';
import { BADGE_AMBER, BADGE_RED } from './badge';
import { commitmentNotificationId } from './notify';
import { DIGEST_ALARM, DIGEST_NOTIFICATION, NEXT_ALARM, SNOOZE_MS, startReminders, type RemindersRuntime } from './runtime';
import { expectPlainText } from '../../tests/support/plain-text';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
// Tuesday 24 November 2026, 10:00 UTC: inside the default workday in UTC.
const T0 = Date.parse('2026-11-24T10:00:00Z');

interface Setup {
  ledger: LedgerService;
  runtime: RemindersRuntime;
  clock: { now: number };
  restart(): RemindersRuntime;
}

async function setup(): Promise<Setup> {
  await updateSettings({ timeZone: 'UTC', reminderLeadMinutes: [60, 0], dailyDigest: false });
  const clock = { now: T0 };
  let runtime!: RemindersRuntime;
  const ledger = new LedgerService(new LedgerDb(`reminders-${crypto.randomUUID()}`), () => clock.now, {
    onChange: (change) => runtime.onLedgerChange(change),
  });
  const start = () => startReminders(() => ledger, { clock: () => clock.now, tr: en });
  runtime = start();
  await runtime.idle();
  return {
    ledger,
    get runtime() {
      return runtime;
    },
    clock,
    restart() {
      // A new service worker: listeners of the old one are gone, storage and the ledger remain.
      fakeBrowser.alarms.onAlarm.removeAllListeners();
      fakeBrowser.notifications.onClicked.removeAllListeners();
      fakeBrowser.notifications.onButtonClicked.removeAllListeners();
      runtime = start();
      return runtime;
    },
  };
}

const rgba = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255);
const badge = async () => ({
  text: await fakeBrowser.action.getBadgeText({}),
  color: await fakeBrowser.action.getBadgeBackgroundColor({}),
});
const notificationIds = async () => Object.keys(await fakeBrowser.notifications.getAll());
interface Shown {
  title: string;
  message: string;
  buttons?: Array<{ title: string }>;
}
const shown = async (id: string) => ((await fakeBrowser.notifications.getAll()) as unknown as Record<string, Shown>)[id]!;
const alarmAt = async (name: string) => (await fakeBrowser.alarms.get(name))?.scheduledTime;

async function fireAlarm(s: Setup, name: string): Promise<void> {
  await fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: s.clock.now });
  await s.runtime.idle();
}

describe('reminders runtime', () => {
  it('shows an empty badge and sleeps at most a day on an empty ledger', async () => {
    await setup();
    expect(await badge()).toMatchObject({ text: '' });
    expect(await alarmAt(NEXT_ALARM)).toBe(T0 + 24 * HOUR);
  });

  it('counts overdue plus due within the window, red when anything is overdue, amber otherwise', async () => {
    const s = await setup();
    const soon = await s.ledger.addCommitment(newCommitment('soon', { dueAt: T0 + 30 * MIN }));
    await s.runtime.idle();
    expect(await badge()).toEqual({ text: '1', color: rgba(BADGE_AMBER) });
    await s.ledger.addCommitment(newCommitment('later', { dueAt: T0 + 3 * HOUR }));
    await s.ledger.addCommitment(newCommitment('late', { dueAt: T0 - HOUR }));
    await s.runtime.idle();
    expect(await badge()).toEqual({ text: '2', color: rgba(BADGE_RED) });
    // The alarm is for the next change: 'soon' reaching its deadline.
    expect(await alarmAt(NEXT_ALARM)).toBe(T0 + 30 * MIN);
    await s.ledger.complete(soon.id);
    await s.runtime.idle();
    expect(await badge()).toEqual({ text: '1', color: rgba(BADGE_RED) });
    // 'later' enters the one-hour window at T0 + 2 h.
    expect(await alarmAt(NEXT_ALARM)).toBe(T0 + 2 * HOUR);
  });

  it('after a write, reads only the commitment it names: no recount, one read shared by the kept sets', async () => {
    const s = await setup();
    await s.ledger.addCommitment(newCommitment('late', { dueAt: T0 - HOUR }));
    await s.runtime.idle();
    const recount = vi.spyOn(s.ledger, 'badgeCounts');
    const snoozed = vi.spyOn(s.ledger, 'listSnoozedOpen');
    const window = vi.spyOn(s.ledger, 'listUpcoming');
    const single = vi.spyOn(s.ledger, 'getCommitment');
    const soon = await s.ledger.addCommitment(newCommitment('soon', { dueAt: T0 + 30 * MIN }));
    await s.runtime.idle();
    expect(await badge()).toEqual({ text: '2', color: rgba(BADGE_RED) });
    await s.ledger.snooze(soon.id, T0 + 2 * HOUR);
    await s.runtime.idle();
    expect(await badge()).toEqual({ text: '1', color: rgba(BADGE_RED) });
    // One read of each written commitment per pass, shared by the window, the undated set and the badge.
    expect(single.mock.calls.map(([id]) => id)).toEqual([soon.id, soon.id]);
    // Time passing inside what was read: counted against the clock, nothing read (but the snooze's
    // reminder, which reads its commitment for the notification's words).
    s.clock.now = T0 + 3 * HOUR;
    await fireAlarm(s, NEXT_ALARM);
    expect(await badge()).toEqual({ text: '2', color: rgba(BADGE_RED) });
    expect(recount).not.toHaveBeenCalled();
    expect(snoozed).not.toHaveBeenCalled();
    expect(window).not.toHaveBeenCalled();
  });

  it('asks the browser nothing again after a write that moves no wake-up time: alarms, fired reminders and digest day kept', async () => {
    const s = await setup();
    await updateSettings({ dailyDigest: true });
    await s.ledger.addCommitment(newCommitment('soon', { dueAt: T0 + 30 * MIN }));
    await s.runtime.idle();
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    const clear = vi.spyOn(fakeBrowser.alarms, 'clear');
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await s.ledger.addCommitment(newCommitment('next month', { dueAt: T0 + 30 * DAY }));
    await s.runtime.idle();
    expect(create).not.toHaveBeenCalled();
    expect(clear).not.toHaveBeenCalled();
    expect(get).not.toHaveBeenCalled();
    // A nearer deadline moves the wake-up: set once; the alarm going off makes the next pass set it again.
    await s.ledger.addCommitment(newCommitment('sooner', { dueAt: T0 + 10 * MIN }));
    await s.runtime.idle();
    expect(create.mock.calls.map(([name]) => name)).toEqual([NEXT_ALARM]);
    expect(await alarmAt(NEXT_ALARM)).toBe(T0 + 10 * MIN);
    s.clock.now = T0 + 10 * MIN;
    await fireAlarm(s, NEXT_ALARM);
    expect(await alarmAt(NEXT_ALARM)).toBe(T0 + 30 * MIN);
    for (const spy of [create, clear, get]) spy.mockRestore();
  });

  it('sets the badge only when its look changes (a write that leaves the counts alone sets nothing)', async () => {
    const s = await setup();
    await s.ledger.addCommitment(newCommitment('soon', { dueAt: T0 + 30 * MIN }));
    await s.runtime.idle();
    const setText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    // Far outside the window: the pass after this write computes the same badge.
    await s.ledger.addCommitment(newCommitment('next month', { dueAt: T0 + 30 * DAY }));
    await s.runtime.idle();
    expect(setText).not.toHaveBeenCalled();
    await s.ledger.addCommitment(newCommitment('late', { dueAt: T0 - HOUR }));
    await s.runtime.idle();
    expect(setText).toHaveBeenCalledTimes(1);
    expect(await badge()).toEqual({ text: '2', color: rgba(BADGE_RED) });
    // A new worker shows its look once, whatever the old one set.
    setText.mockClear();
    s.restart();
    await s.runtime.idle();
    expect(setText).toHaveBeenCalledTimes(1);
    setText.mockRestore();
  });

  it('posts the reminder when its alarm fires, once, even across a restart', async () => {
    const s = await setup();
    const c = await s.ledger.addCommitment(
      newCommitment('send the rate card', { dueAt: T0 + MIN, conversation: conv('T-9', { customerName: 'Dana Reyes' }) }),
    );
    await s.runtime.idle();
    // Created 1 minute before its deadline: the 1-hour lead was never owed; the deadline one is.
    expect(await notificationIds()).toEqual([]);
    expect(await alarmAt(NEXT_ALARM)).toBe(T0 + MIN);

    s.clock.now = T0 + MIN;
    await fireAlarm(s, NEXT_ALARM);
    expect(await notificationIds()).toEqual([commitmentNotificationId(c.id)]);
    const n = await shown(commitmentNotificationId(c.id));
    expect(n.title).toBe('Due now: You promised');
    expect(n.message).toBe('send the rate card by then');
    expect(n.buttons?.map((b) => b.title)).toEqual(['Snooze 1 h', 'Done']);

    await fakeBrowser.notifications.clear(commitmentNotificationId(c.id));
    await fireAlarm(s, NEXT_ALARM);
    const again = s.restart();
    await again.idle();
    expect(await notificationIds()).toEqual([]);
  });

  it('Done clears the notification and the badge; Snooze brings the reminder back an hour later', async () => {
    const s = await setup();
    const a = await s.ledger.addCommitment(newCommitment('a', { dueAt: T0 + MIN }));
    const b = await s.ledger.addCommitment(newCommitment('b', { dueAt: T0 + MIN }));
    s.clock.now = T0 + MIN;
    await fireAlarm(s, NEXT_ALARM);
    expect((await notificationIds()).sort()).toEqual([commitmentNotificationId(a.id), commitmentNotificationId(b.id)].sort());

    await fakeBrowser.notifications.onButtonClicked.trigger(commitmentNotificationId(a.id), 1);
    await vi.waitFor(async () => expect((await s.ledger.getCommitment(a.id))?.status).toBe('done'));
    await fakeBrowser.notifications.onButtonClicked.trigger(commitmentNotificationId(b.id), 0);
    await vi.waitFor(async () => expect((await s.ledger.getCommitment(b.id))?.reminder.snoozedUntil).toBe(T0 + MIN + SNOOZE_MS));
    await vi.waitFor(async () => expect(await notificationIds()).toEqual([]));
    await s.runtime.idle();
    // 'b' is snoozed: off the badge until it wakes.
    expect(await badge()).toMatchObject({ text: '' });
    expect(await alarmAt(NEXT_ALARM)).toBe(T0 + MIN + SNOOZE_MS);

    s.clock.now = T0 + MIN + SNOOZE_MS;
    await fireAlarm(s, NEXT_ALARM);
    expect((await shown(commitmentNotificationId(b.id))).title).toMatch(/^Snoozed · Overdue/);
    // Awake again, and overdue by now.
    expect(await badge()).toEqual({ text: '1', color: rgba(BADGE_RED) });
  });

  it('an erase clears the notifications shown, asking the browser once per shown one, not once per commitment', async () => {
    const s = await setup();
    const a = await s.ledger.addCommitment(newCommitment('a', { dueAt: T0 + MIN }));
    for (let i = 0; i < 40; i++) await s.ledger.addCommitment(newCommitment(`quiet ${i}`, { dueAt: T0 + 30 * DAY }));
    s.clock.now = T0 + MIN;
    await fireAlarm(s, NEXT_ALARM);
    expect(await notificationIds()).toEqual([commitmentNotificationId(a.id)]);
    const clear = vi.spyOn(fakeBrowser.notifications, 'clear');
    await s.ledger.eraseAll();
    await vi.waitFor(async () => expect(await notificationIds()).toEqual([]));
    // One call for the one shown (a call per erased id is a message to the browser process each).
    expect(clear).toHaveBeenCalledTimes(1);
    clear.mockRestore();
  });

  it('counts a promise without a date (amber) once it is a working day old, and wakes for that moment', async () => {
    const s = await setup();
    // T0 is Tuesday 10:00 UTC: one working day later is Wednesday 10:00.
    await s.ledger.addCommitment(newCommitment('no date yet', { dueAt: null }));
    await s.runtime.idle();
    expect(await badge()).toMatchObject({ text: '' });
    expect(await alarmAt(NEXT_ALARM)).toBe(T0 + DAY);
    s.clock.now = T0 + DAY;
    await fireAlarm(s, NEXT_ALARM);
    expect(await badge()).toEqual({ text: '1', color: rgba(BADGE_AMBER) });
    // Switched off in the options: never counted.
    await updateSettings({ undatedAlertWorkdays: 0 });
    await vi.waitFor(async () => expect(await badge()).toMatchObject({ text: '' }));
  });

  it('leaves a snoozed commitment off the badge until the snooze ends', async () => {
    const s = await setup();
    const c = await s.ledger.addCommitment(newCommitment('late one', { dueAt: T0 - HOUR }));
    await s.runtime.idle();
    expect(await badge()).toEqual({ text: '1', color: rgba(BADGE_RED) });
    await s.ledger.snooze(c.id, T0 + 3 * HOUR);
    await s.runtime.idle();
    expect(await badge()).toMatchObject({ text: '' });
    expect(await alarmAt(NEXT_ALARM)).toBe(T0 + 3 * HOUR);
    s.clock.now = T0 + 3 * HOUR;
    await fireAlarm(s, NEXT_ALARM);
    expect(await badge()).toEqual({ text: '1', color: rgba(BADGE_RED) });
  });

  it('opens the conversation when the notification body is clicked', async () => {
    const s = await setup();
    const c = await s.ledger.addCommitment(newCommitment('a', { dueAt: T0 + MIN, conversation: conv('T-5') }));
    s.clock.now = T0 + MIN;
    await fireAlarm(s, NEXT_ALARM);
    await fakeBrowser.notifications.onClicked.trigger(commitmentNotificationId(c.id));
    await vi.waitFor(async () => {
      const tabs = await fakeBrowser.tabs.query({});
      expect(tabs.map((t) => t.url)).toContain('https://acme.zendesk.com/agent/tickets/T-5');
    });
  });

  it('re-arms when the reminder settings change', async () => {
    const s = await setup();
    await s.ledger.addCommitment(newCommitment('a', { dueAt: T0 + 3 * HOUR }));
    await s.runtime.idle();
    expect(await alarmAt(NEXT_ALARM)).toBe(T0 + 2 * HOUR);
    await updateSettings({ reminderLeadMinutes: [120, 0] });
    await vi.waitFor(async () => expect(await alarmAt(NEXT_ALARM)).toBe(T0 + HOUR));
  });

  it('posts the daily digest once a day and arms the next workday start', async () => {
    const s = await setup();
    await s.ledger.addCommitment(newCommitment('late one', { dueAt: T0 - HOUR, conversation: conv('T-1', { customerName: 'Dana' }) }));
    await s.ledger.addCommitment(newCommitment('today one', { dueAt: T0 + 5 * HOUR }));
    await s.runtime.idle();
    await updateSettings({ dailyDigest: true });
    await vi.waitFor(async () => expect(await notificationIds()).toContain(DIGEST_NOTIFICATION));
    await s.runtime.idle();
    const digest = await shown(DIGEST_NOTIFICATION);
    expect(digest.title).toBe('Commitments: 1 overdue, 1 due today');
    expect(digest.message).toContain('late one by then — Dana');
    expectPlainText(digest.message);
    expect(await alarmAt(DIGEST_ALARM)).toBe(Date.parse('2026-11-25T09:00:00Z'));

    await fakeBrowser.notifications.clear(DIGEST_NOTIFICATION);
    s.restart();
    await s.runtime.idle();
    expect(await notificationIds()).not.toContain(DIGEST_NOTIFICATION);

    s.clock.now = Date.parse('2026-11-25T09:00:00Z');
    await fireAlarm(s, DIGEST_ALARM);
    expect(await notificationIds()).toContain(DIGEST_NOTIFICATION);
  });
});
