// The reminder loop at its edges: many reminders at once, notifications that are not a
// commitment's, actions that fail, notifications with details off, and the digest's lines.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { en } from '../../tests/support/catalog';
import { LedgerDb } from '../ledger/db';
import { LedgerService } from '../ledger/service';
import { conv, newCommitment } from '../ledger/test-helpers';
import { updateSettings } from '../settings';
import { commitmentNotificationId } from './notify';
import { DIGEST_ALARM, DIGEST_NOTIFICATION, NEXT_ALARM, startReminders, type RemindersRuntime } from './runtime';

const MIN = 60_000;
const HOUR = 60 * MIN;
// Tuesday 24 November 2026, 10:00 UTC: inside the default workday in UTC.
const T0 = Date.parse('2026-11-24T10:00:00Z');
const BATCH = 'ck:batch';

async function setup() {
  await updateSettings({ timeZone: 'UTC', reminderLeadMinutes: [60, 0], dailyDigest: false });
  const clock = { now: T0 };
  let runtime!: RemindersRuntime;
  const ledger = new LedgerService(new LedgerDb(`reminders-edges-${crypto.randomUUID()}`), () => clock.now, {
    onChange: (change) => runtime.onLedgerChange(change),
  });
  runtime = startReminders(() => ledger, { clock: () => clock.now, tr: en });
  await runtime.idle();
  return { ledger, runtime, clock };
}
type Setup = Awaited<ReturnType<typeof setup>>;

const notifications = async () =>
  (await fakeBrowser.notifications.getAll()) as unknown as Record<string, { title: string; message: string }>;
const alarmAt = async (name: string) => (await fakeBrowser.alarms.get(name))?.scheduledTime;
async function fireAlarm(s: Setup, name: string): Promise<void> {
  await fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: s.clock.now });
  await s.runtime.idle();
}
/** `n` commitments due one minute after T0 (made at T0: only the deadline reminder is owed). */
async function dueTogether(s: Setup, n: number) {
  const made = [];
  for (let i = 0; i < n; i++)
    made.push(await s.ledger.addCommitment(newCommitment(`task ${i}`, { dueAt: T0 + MIN, conversation: conv(`T-${i}`) })));
  await s.runtime.idle();
  return made;
}

describe('many reminders at once', () => {
  it('three are shown one by one, with no count', async () => {
    const s = await setup();
    const made = await dueTogether(s, 3);
    s.clock.now = T0 + MIN;
    await fireAlarm(s, NEXT_ALARM);
    expect(Object.keys(await notifications()).sort()).toEqual(made.map((c) => commitmentNotificationId(c.id)).sort());
  });

  it('past three, three are shown and the rest are counted in one notification', async () => {
    const s = await setup();
    const made = await dueTogether(s, 5);
    s.clock.now = T0 + MIN;
    await fireAlarm(s, NEXT_ALARM);
    const shown = await notifications();
    const ids = new Set(made.map((c) => commitmentNotificationId(c.id)));
    expect(Object.keys(shown).filter((id) => ids.has(id))).toHaveLength(3);
    expect(shown[BATCH]).toMatchObject({ title: '2 more commitments need attention', message: 'Open Commitment Keeper to see them.' });
  });

  it('clicking the count opens the popup, and a tab of it when the popup cannot open', async () => {
    const s = await setup();
    await dueTogether(s, 4);
    s.clock.now = T0 + MIN;
    await fireAlarm(s, NEXT_ALARM);
    expect((await notifications())[BATCH]?.title).toBe('1 more commitment need attention');

    // WXT's fake browser has no action.openPopup: the fallback, a tab.
    await fakeBrowser.notifications.onClicked.trigger(BATCH);
    await vi.waitFor(async () =>
      expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain(fakeBrowser.runtime.getURL('/popup.html')),
    );
    expect((await notifications())[BATCH]).toBeUndefined();

    const openPopup = vi.fn(() => Promise.resolve());
    Object.assign(fakeBrowser.action, { openPopup });
    try {
      const tabsBefore = (await fakeBrowser.tabs.query({})).length;
      await fakeBrowser.notifications.onClicked.trigger(DIGEST_NOTIFICATION);
      await vi.waitFor(() => expect(openPopup).toHaveBeenCalledOnce());
      expect(await fakeBrowser.tabs.query({})).toHaveLength(tabsBefore);
    } finally {
      Object.assign(fakeBrowser.action, { openPopup: undefined });
    }
  });
});

describe('what starts a pass, and what an action leaves', () => {
  it('an alarm of another name posts nothing; the reminder alarm does', async () => {
    const s = await setup();
    const [c] = await dueTogether(s, 1);
    s.clock.now = T0 + MIN;
    await fireAlarm(s, 'someone-else');
    expect(await notifications()).toEqual({});
    await fireAlarm(s, NEXT_ALARM);
    expect(Object.keys(await notifications())).toEqual([commitmentNotificationId(c!.id)]);
  });

  it('a button on a notification that is not a commitment’s changes nothing', async () => {
    const s = await setup();
    const [c] = await dueTogether(s, 1);
    await fakeBrowser.notifications.onButtonClicked.trigger(DIGEST_NOTIFICATION, 1);
    await s.runtime.idle();
    expect((await s.ledger.getCommitment(c!.id))?.status).toBe('open');
  });

  it('an action that fails is logged, and its notification still goes', async () => {
    const s = await setup();
    const [c] = await dueTogether(s, 1);
    s.clock.now = T0 + MIN;
    await fireAlarm(s, NEXT_ALARM);
    await s.ledger.purge(c!.id);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fakeBrowser.notifications.onButtonClicked.trigger(commitmentNotificationId(c!.id), 0);
    await vi.waitFor(() => expect(logged).toHaveBeenCalledWith('Commitment Keeper: notification action failed', expect.any(Error)));
    await vi.waitFor(async () => expect(await notifications()).toEqual({}));
  });

  it.each([
    ['done in the panel', (s: Setup, id: string) => s.ledger.complete(id)],
    ['deleted', (s: Setup, id: string) => s.ledger.remove(id)],
    ['all erased', (s: Setup) => s.ledger.eraseAll()],
  ])('a commitment %s takes its notification down', async (_how, act) => {
    const s = await setup();
    const [c] = await dueTogether(s, 1);
    s.clock.now = T0 + MIN;
    await fireAlarm(s, NEXT_ALARM);
    expect(Object.keys(await notifications())).toEqual([commitmentNotificationId(c!.id)]);
    await act(s, c!.id);
    await vi.waitFor(async () => expect(await notifications()).toEqual({}));
  });

  it('a snooze from elsewhere leaves the notification up (the reminder comes back later)', async () => {
    const s = await setup();
    const [c] = await dueTogether(s, 1);
    s.clock.now = T0 + MIN;
    await fireAlarm(s, NEXT_ALARM);
    await s.ledger.snooze(c!.id, T0 + 2 * HOUR);
    await s.runtime.idle();
    expect(Object.keys(await notifications())).toEqual([commitmentNotificationId(c!.id)]);
  });
});

describe('"Show customer details in notifications" off', () => {
  it('a reminder says only when, not what or for whom', async () => {
    const s = await setup();
    await updateSettings({ notificationDetails: false });
    const c = await s.ledger.addCommitment(
      newCommitment('send the secret rate card', { dueAt: T0 + MIN, conversation: conv('T-7', { customerName: 'Dana Reyes' }) }),
    );
    await s.runtime.idle();
    s.clock.now = T0 + MIN;
    await fireAlarm(s, NEXT_ALARM);
    const n = (await notifications())[commitmentNotificationId(c.id)]!;
    expect(`${n.title} ${n.message}`).not.toMatch(/secret|Dana|T-7/);
  });
});

describe('the daily digest', () => {
  async function digestOf(s: Setup): Promise<{ title: string; message: string }> {
    await updateSettings({ dailyDigest: true });
    await vi.waitFor(async () => expect((await notifications())[DIGEST_NOTIFICATION]).toBeDefined());
    await s.runtime.idle();
    return (await notifications())[DIGEST_NOTIFICATION]!;
  }

  it('names the customer, else the address, else the subject, and lists four at most', async () => {
    const s = await setup();
    await s.ledger.addCommitment(
      newCommitment('one', {
        dueAt: T0 - 4 * HOUR,
        conversation: conv('T-1', { customerName: 'Dana', customerEmail: 'dana@example.com' }),
      }),
    );
    await s.ledger.addCommitment(
      newCommitment('two', { dueAt: T0 - 3 * HOUR, conversation: conv('T-2', { customerEmail: 'lee@example.com' }) }),
    );
    await s.ledger.addCommitment(newCommitment('three', { dueAt: T0 - 2 * HOUR, conversation: conv('T-3', { subject: 'Invoice 7' }) }));
    await s.ledger.addCommitment(newCommitment('four', { dueAt: T0 - HOUR, conversation: conv('T-4') }));
    await s.ledger.addCommitment(newCommitment('five', { dueAt: T0 + HOUR, conversation: conv('T-5') }));
    await s.runtime.idle();
    const digest = await digestOf(s);
    expect(digest.title).toBe('Commitments: 4 overdue, 1 due today');
    expect(digest.message.split('\n')).toEqual([
      'one by then — Dana',
      'two by then — lee@example.com',
      'three by then — Invoice 7',
      'four by then — Ticket T-4',
    ]);
  });

  it('with details off, counts only', async () => {
    const s = await setup();
    await updateSettings({ notificationDetails: false });
    await s.ledger.addCommitment(newCommitment('one', { dueAt: T0 - HOUR, conversation: conv('T-1', { customerName: 'Dana' }) }));
    await s.runtime.idle();
    const digest = await digestOf(s);
    expect(digest.title).toBe('Commitments: 1 overdue');
    expect(digest.message).toBe('');
  });

  it('switched off, its alarm is cleared', async () => {
    const s = await setup();
    await s.ledger.addCommitment(newCommitment('one', { dueAt: T0 - HOUR }));
    await s.runtime.idle();
    await digestOf(s);
    expect(await alarmAt(DIGEST_ALARM)).toBe(Date.parse('2026-11-25T09:00:00Z'));
    await updateSettings({ dailyDigest: false });
    await vi.waitFor(async () => expect(await alarmAt(DIGEST_ALARM)).toBeUndefined());
  });
});
