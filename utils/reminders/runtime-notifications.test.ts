// Which notifications the reminder loop leaves up and what they say: a write takes down only its own
// commitments' reminders (never the digest or the count of the rest), a reminder names its customer,
// one whose commitment is gone by the time it is posted is skipped, and clicks on notifications whose
// conversation or commitment is not there change nothing and log nothing.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { en } from '../../tests/support/catalog';
import { LedgerDb } from '../ledger/db';
import { LedgerService } from '../ledger/service';
import { conv, newCommitment } from '../ledger/test-helpers';
import { updateSettings } from '../settings';
import { commitmentNotificationId, postNotification } from './notify';
import { DIGEST_NOTIFICATION, NEXT_ALARM, startReminders, type RemindersRuntime } from './runtime';

const MIN = 60_000;
const HOUR = 60 * MIN;
// Tuesday 24 November 2026, 10:00 UTC: inside the default workday in UTC.
const T0 = Date.parse('2026-11-24T10:00:00Z');
const BATCH = 'ck:batch';

/** The runtime over a real ledger; `ledgerFor` may hand the runtime a wrapped one. */
async function setup(ledgerFor: (l: LedgerService) => LedgerService = (l) => l) {
  await updateSettings({ timeZone: 'UTC', reminderLeadMinutes: [60, 0], dailyDigest: false });
  const clock = { now: T0 };
  let runtime!: RemindersRuntime;
  const ledger = new LedgerService(new LedgerDb(`reminders-notes-${crypto.randomUUID()}`), () => clock.now, {
    onChange: (change) => runtime.onLedgerChange(change),
  });
  const seen = ledgerFor(ledger);
  runtime = startReminders(() => seen, { clock: () => clock.now, tr: en });
  await runtime.idle();
  return { ledger, runtime, clock };
}
type Setup = Awaited<ReturnType<typeof setup>>;

const notifications = async () =>
  (await fakeBrowser.notifications.getAll()) as unknown as Record<string, { title: string; message: string; contextMessage: string }>;
const shownIds = async () => Object.keys(await notifications()).sort();
async function remindAt(s: Setup, at: number): Promise<void> {
  s.clock.now = at;
  await fakeBrowser.alarms.onAlarm.trigger({ name: NEXT_ALARM, scheduledTime: at });
  await s.runtime.idle();
}
/** Commitments due a minute after T0 (made at T0: only the deadline reminder is owed). */
async function due(s: Setup, n: number) {
  const made = [];
  for (let i = 0; i < n; i++)
    made.push(
      await s.ledger.addCommitment(
        newCommitment(`task ${i}`, { dueAt: T0 + MIN, conversation: conv(`T-${i}`, { customerName: `Customer ${i}` }) }),
      ),
    );
  await s.runtime.idle();
  return made;
}

describe('what a write takes down', () => {
  it.each([
    ['done', (s: Setup, id: string) => s.ledger.complete(id)],
    ['cancelled', (s: Setup, id: string) => s.ledger.cancel(id, 'not needed')],
    ['deleted', (s: Setup, id: string) => s.ledger.remove(id)],
  ])('a commitment %s takes down its own reminder only: another’s, the digest and the count stay', async (_how, write) => {
    const s = await setup();
    const [a, b] = await due(s, 2);
    await remindAt(s, T0 + MIN);
    await postNotification(DIGEST_NOTIFICATION, { title: 'digest', message: '', contextMessage: '' });
    await postNotification(BATCH, { title: 'count', message: '', contextMessage: '' });
    await write(s, a!.id);
    await s.runtime.idle();
    await vi.waitFor(async () => expect(await shownIds()).toEqual([BATCH, DIGEST_NOTIFICATION, commitmentNotificationId(b!.id)].sort()));
  });

  it('an erase takes down every reminder, and leaves the digest and the count', async () => {
    const s = await setup();
    await due(s, 2);
    await remindAt(s, T0 + MIN);
    await postNotification(DIGEST_NOTIFICATION, { title: 'digest', message: '', contextMessage: '' });
    await postNotification(BATCH, { title: 'count', message: '', contextMessage: '' });
    await s.ledger.eraseAll();
    await s.runtime.idle();
    await vi.waitFor(async () => expect(await shownIds()).toEqual([BATCH, DIGEST_NOTIFICATION].sort()));
  });

  it('a reschedule leaves the reminder up', async () => {
    const s = await setup();
    const [a] = await due(s, 1);
    await remindAt(s, T0 + MIN);
    await s.ledger.reschedule(a!.id, T0 + 3 * HOUR);
    await s.runtime.idle();
    expect(await shownIds()).toEqual([commitmentNotificationId(a!.id)]);
  });
});

describe('what a reminder says', () => {
  it('names the customer of its conversation', async () => {
    const s = await setup();
    const [a, b] = await due(s, 2);
    await remindAt(s, T0 + MIN);
    const shown = await notifications();
    expect(shown[commitmentNotificationId(a!.id)]!.contextMessage).toContain('Customer 0');
    expect(shown[commitmentNotificationId(b!.id)]!.contextMessage).toContain('Customer 1');
  });

  it('a commitment gone by the time its reminder is posted is skipped; the others are posted', async () => {
    let hidden: string | null = null;
    const s = await setup(
      (l) =>
        new Proxy(l, {
          get(target, key, receiver) {
            if (key === 'getCommitment') return async (id: string) => (id === hidden ? null : target.getCommitment(id));
            const v = Reflect.get(target, key, receiver) as unknown;
            return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
          },
        }),
    );
    const logged = vi.spyOn(console, 'error');
    const [a, b] = await due(s, 2);
    hidden = a!.id;
    await remindAt(s, T0 + MIN);
    expect(await shownIds()).toEqual([commitmentNotificationId(b!.id)]);
    expect((await notifications())[commitmentNotificationId(b!.id)]!.contextMessage).toContain('Customer 1');
    expect(logged).not.toHaveBeenCalled();
  });
});

describe('clicks that find nothing', () => {
  it('a click on a reminder whose conversation is gone opens nothing, logs nothing, and takes the reminder down', async () => {
    const s = await setup(
      (l) =>
        new Proxy(l, {
          get(target, key, receiver) {
            if (key === 'getConversation') return async () => null;
            const v = Reflect.get(target, key, receiver) as unknown;
            return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
          },
        }),
    );
    const [a] = await due(s, 1);
    await remindAt(s, T0 + MIN);
    const logged = vi.spyOn(console, 'error');
    const tabs = (await fakeBrowser.tabs.query({})).length;
    await fakeBrowser.notifications.onClicked.trigger(commitmentNotificationId(a!.id));
    await vi.waitFor(async () => expect(await shownIds()).toEqual([]));
    expect((await fakeBrowser.tabs.query({})).length).toBe(tabs);
    expect(logged).not.toHaveBeenCalled();
  });

  it('a button on the digest is not taken for a commitment’s: nothing is logged and the digest stays', async () => {
    const s = await setup();
    await postNotification(DIGEST_NOTIFICATION, { title: 'digest', message: '', contextMessage: '' });
    const logged = vi.spyOn(console, 'error');
    await fakeBrowser.notifications.onButtonClicked.trigger(DIGEST_NOTIFICATION, 1);
    await s.runtime.idle();
    await new Promise((r) => setTimeout(r, 20));
    expect(logged).not.toHaveBeenCalled();
    expect(await shownIds()).toEqual([DIGEST_NOTIFICATION]);
  });

  it('a click on the count when neither the popup nor a tab can open is logged', async () => {
    await setup();
    await postNotification(BATCH, { title: 'count', message: '', contextMessage: '' });
    // WXT's fake browser cannot open the popup (no action.openPopup): the tab is the way left.
    vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValue(new Error('no window at all'));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fakeBrowser.notifications.onClicked.trigger(BATCH);
    await vi.waitFor(() =>
      expect(logged).toHaveBeenCalledWith(
        'Commitment Keeper: could not open the popup',
        expect.objectContaining({ message: 'no window at all' }),
      ),
    );
    await vi.waitFor(async () => expect(await shownIds()).toEqual([]));
  });
});
