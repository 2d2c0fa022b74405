// One reminder pass as a whole: it wakes at the earlier of the next reminder and the badge's own next
// change, records its User Timing entries for `npm run bench`, starts afresh on a new ledger, logs a
// failed pass and recovers at the next, and posts no digest on a day with nothing to say.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { en } from '../../tests/support/catalog';
import { LedgerDb } from '../ledger/db';
import { LedgerService } from '../ledger/service';
import { newCommitment } from '../ledger/test-helpers';
import { updateSettings } from '../settings';
import { LEDGER_CALL_MEASURE, REMINDER_PASS_MEASURE, REMINDER_STEP_MEASURE } from './measures';
import { DIGEST_ALARM, DIGEST_NOTIFICATION, NEXT_ALARM, startReminders, type RemindersRuntime } from './runtime';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
// Tuesday 24 November 2026, 10:00 UTC: inside the default workday in UTC.
const T0 = Date.parse('2026-11-24T10:00:00Z');

const newLedger = (clock: { now: number }, onChange: (c: Parameters<RemindersRuntime['onLedgerChange']>[0]) => void) =>
  new LedgerService(new LedgerDb(`reminders-pass-${crypto.randomUUID()}`), () => clock.now, { onChange });

async function setup() {
  await updateSettings({ timeZone: 'UTC', reminderLeadMinutes: [60, 0], dailyDigest: false });
  const clock = { now: T0 };
  let runtime!: RemindersRuntime;
  const current = { ledger: newLedger(clock, (c) => runtime.onLedgerChange(c)) };
  runtime = startReminders(() => current.ledger, { clock: () => clock.now, tr: en });
  await runtime.idle();
  return { current, runtime, clock, newLedger: () => newLedger(clock, (c) => runtime.onLedgerChange(c)) };
}

const alarmAt = async (name: string) => (await fakeBrowser.alarms.get(name))?.scheduledTime;
const badgeText = () => fakeBrowser.action.getBadgeText({});

describe('when the pass wakes next', () => {
  it('at the badge’s own change when it comes before any reminder: a snoozed promise without a date', async () => {
    const s = await setup();
    // Noted a week ago, so it counts on the badge; snoozed for two hours, so it does not yet.
    s.clock.now = T0 - 7 * DAY;
    const c = await s.current.ledger.addCommitment(newCommitment('get back to you', { dueAt: null }));
    s.clock.now = T0;
    s.runtime.refresh();
    await s.runtime.idle();
    expect(await badgeText()).toBe('1');
    await s.current.ledger.snooze(c.id, T0 + 2 * HOUR);
    await s.runtime.idle();
    expect(await badgeText()).toBe('');
    expect(await alarmAt(NEXT_ALARM)).toBe(T0 + 2 * HOUR);
  });

  it('at the next reminder when it comes before the badge’s own change', async () => {
    const s = await setup();
    s.clock.now = T0 - 7 * DAY;
    const c = await s.current.ledger.addCommitment(newCommitment('get back to you', { dueAt: null }));
    s.clock.now = T0;
    await s.current.ledger.snooze(c.id, T0 + 5 * HOUR);
    await s.current.ledger.addCommitment(newCommitment('send the quote', { dueAt: T0 + 3 * HOUR }));
    await s.runtime.idle();
    expect(await alarmAt(NEXT_ALARM)).toBe(T0 + 2 * HOUR);
  });

  it('the alarms are named ck-next and ck-digest (the end-to-end tests and earlier versions read them by name)', async () => {
    await setup();
    await updateSettings({ dailyDigest: true });
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get('ck-digest')).toBeDefined());
    expect(await fakeBrowser.alarms.get('ck-next')).toBeDefined();
    expect([NEXT_ALARM, DIGEST_ALARM, DIGEST_NOTIFICATION]).toEqual(['ck-next', 'ck-digest', 'ck:digest']);
  });
});

describe('the User Timing entries of a pass (read by npm run bench)', () => {
  it('one for the pass and one for each step, under the names the bench reads', async () => {
    performance.clearMeasures();
    const s = await setup();
    const names = performance.getEntriesByType('measure').map((m) => m.name);
    expect(names.filter((n) => n === 'ck:reminder-pass')).toHaveLength(1);
    expect(names.filter((n) => n.startsWith('ck:reminder-step:')).sort()).toEqual(
      ['alarm', 'digest', 'plan', 'read', 'settings'].map((step) => `ck:reminder-step:${step}`),
    );
    s.runtime.refresh();
    await s.runtime.idle();
    expect(performance.getEntriesByName(REMINDER_PASS_MEASURE, 'measure')).toHaveLength(2);
    expect(REMINDER_STEP_MEASURE).toBe('ck:reminder-step:');
    expect(LEDGER_CALL_MEASURE).toBe('ck:ledger-call:');
  });

  it('a pass that fails is measured too', async () => {
    performance.clearMeasures();
    const s = await setup();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(s.current.ledger, 'listUpcoming').mockRejectedValueOnce(new Error('database closed'));
    s.clock.now += 10 * DAY;
    s.runtime.refresh();
    await s.runtime.idle();
    expect(performance.getEntriesByName(REMINDER_PASS_MEASURE, 'measure')).toHaveLength(2);
  });
});

describe('a pass that fails, and a new ledger', () => {
  it('a failed pass is logged, and the next pass sets the badge', async () => {
    const s = await setup();
    await s.current.ledger.addCommitment(newCommitment('overdue', { dueAt: T0 - HOUR }));
    await s.runtime.idle();
    expect(await badgeText()).toBe('1');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(s.current.ledger, 'getCommitment').mockRejectedValueOnce(new Error('database closed'));
    await s.current.ledger.addCommitment(newCommitment('another', { dueAt: T0 - HOUR }));
    await s.runtime.idle();
    expect(logged).toHaveBeenCalledWith('Commitment Keeper: reminder pass failed', expect.objectContaining({ message: 'database closed' }));
    s.runtime.refresh();
    await s.runtime.idle();
    expect(await badgeText()).toBe('2');
  });

  it('a new ledger (after the worker reopened it) is read afresh: nothing kept of the old one counts', async () => {
    const s = await setup();
    await s.current.ledger.addCommitment(newCommitment('overdue', { dueAt: T0 - HOUR }));
    await s.current.ledger.addCommitment(newCommitment('soon', { dueAt: T0 + 30 * MIN }));
    await s.runtime.idle();
    expect(await badgeText()).toBe('2');
    s.current.ledger = s.newLedger();
    await s.current.ledger.addCommitment(newCommitment('the only one', { dueAt: T0 + 2 * HOUR }));
    await s.runtime.idle();
    expect(await badgeText()).toBe('');
    expect(await alarmAt(NEXT_ALARM)).toBe(T0 + HOUR);
  });
});

describe('the digest’s edges', () => {
  it('nothing overdue and nothing due today: no digest, and its alarm is set for the next workday start', async () => {
    const s = await setup();
    await s.current.ledger.addCommitment(newCommitment('next week', { dueAt: T0 + 7 * DAY }));
    await updateSettings({ dailyDigest: true });
    await vi.waitFor(async () => expect(await alarmAt(DIGEST_ALARM)).toBe(Date.parse('2026-11-25T09:00:00Z')));
    await s.runtime.idle();
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('a digest carries its context line', async () => {
    const s = await setup();
    await s.current.ledger.addCommitment(newCommitment('overdue', { dueAt: T0 - HOUR }));
    await updateSettings({ dailyDigest: true });
    await vi.waitFor(async () => expect((await fakeBrowser.notifications.getAll())[DIGEST_NOTIFICATION]).toBeDefined());
    const digest = (await fakeBrowser.notifications.getAll())[DIGEST_NOTIFICATION] as { contextMessage: string };
    expect(digest.contextMessage).toBe(en('notificationDigestContext'));
    expect(digest.contextMessage).not.toBe('');
  });

  it('a line whose conversation the overview lacks is the promise’s words alone', async () => {
    const s = await setup();
    await s.current.ledger.addCommitment(newCommitment('send the refund', { dueAt: T0 - HOUR }));
    const real = s.current.ledger;
    s.current.ledger = new Proxy(real, {
      get(target, key) {
        if (key === 'popupOverview')
          return async (...args: Parameters<LedgerService['popupOverview']>) => ({
            ...(await target.popupOverview(...args)),
            conversations: [],
          });
        const v = Reflect.get(target, key) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    await updateSettings({ dailyDigest: true });
    await vi.waitFor(async () => expect((await fakeBrowser.notifications.getAll())[DIGEST_NOTIFICATION]).toBeDefined());
    expect(((await fakeBrowser.notifications.getAll())[DIGEST_NOTIFICATION] as { message: string }).message).toBe(
      'send the refund by then',
    );
  });
});
