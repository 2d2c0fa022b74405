// The background's reminder loop: one alarm ('ck-next') for the next reminder or badge change, never
// a periodic poll. Each pass refreshes the badge, posts the notifications that came due (planned by
// ./schedule.ts, remembered by ./fired-store.ts), and re-arms the alarm. A pass runs after every
// ledger write, at each alarm, on settings changes and when the service worker starts, so the badge
// and the alarm are right again after a browser or service-worker restart. Background only.
import { coalesced } from '../coalesce';
import type { LedgerService, PopupOverview } from '../ledger/service';
import type { CommitmentRecord, ConversationRecord, LedgerChange } from '../ledger/types';
import { getSettings, watchSettings, type Settings } from '../settings';
import { refreshAttentionBadge, ShownBadge } from './badge-runtime';
import { digestDueNow, digestText, localDate, localDayKey, nextWorkdayStart, wallTime } from './digest';
import { markFired, readDigestDay, readFired, writeDigestDay } from './fired-store';
import { batchText, privateReminderText, reminderText } from './notification-text';
import type { Translate } from '../i18n-keys';
import { commitmentIdOfNotification, commitmentNotificationId, postNotification } from './notify';
import { openConversation } from './open-conversation';
import { DAY_MS, HOUR_MS, badgeWindowMs, planReminders, type DueNotification, type ReminderCandidate } from './schedule';
import { toolbarButton } from './toolbar-button';
import { measureSince, REMINDER_PASS_MEASURE, REMINDER_STEP_MEASURE } from './measures';
import { ReminderRecords } from './candidates';
import { UndatedRecords } from './undated-records';
import { BadgeTally } from './badge-tally';
import { PassReads } from './pass-reads';
import { ArmedAlarms } from './armed-alarms';

export const NEXT_ALARM = 'ck-next';
export const DIGEST_ALARM = 'ck-digest';

/** Commitments due this long ago are still read (a snooze on one can bring its reminder back). */
const LOOKBACK_MS = 7 * DAY_MS;
/** Read ahead: the longest lead time the settings allow (one week) and a day. */
const HORIZON_MS = 8 * DAY_MS;
/** Look again at least this often: commitments beyond the horizon come into it. */
const MAX_SLEEP_MS = DAY_MS;
const MAX_LATE_MS = DAY_MS;
/** More reminders than this at once (after a long sleep) are counted in one notification. */
const MAX_SEPARATE_NOTIFICATIONS = 3;
export const SNOOZE_MS = HOUR_MS;
const BATCH_NOTIFICATION = 'ck:batch';
export const DIGEST_NOTIFICATION = 'ck:digest';

export interface RemindersRuntime {
  /** Recompute the badge, post due reminders and re-arm the alarm (coalesced). */
  refresh(): void;
  /** After a committed ledger write. */
  onLedgerChange(change: LedgerChange): void;
  /** Settles when the passes queued so far are done (tests, and callers that must see the badge). */
  idle(): Promise<void>;
}

export interface RemindersOptions {
  clock?: () => number;
  /** The words of notifications: the background passes utils/i18n's `t`; tests use the English catalog. */
  tr: Translate;
}

function toCandidate(c: CommitmentRecord): ReminderCandidate | null {
  if (c.dueAt === null) return null;
  return {
    id: c.id,
    dueAt: c.dueAt,
    createdAt: c.createdAt,
    leadMinutes: c.reminder?.leadMinutes ?? [],
    snoozedUntil: c.reminder?.snoozedUntil ?? null,
  };
}

/** The popup page, as a tab when the popup cannot be opened (no focused browser window). */
/**
 * Clears the notifications shown for these commitments. Asks which are shown first: an erase names
 * every commitment of the ledger, and one `notifications.clear` per id is a call to the browser
 * process each: 20,000 of them after an erase keep the worker busy while the ledger's reads wait.
 */
/** The reminders shown for these commitments (`'all'`: every one, after an erase) taken away. */
async function clearShownNotifications(commitmentIds: readonly string[] | 'all'): Promise<void> {
  const shown = Object.keys(await browser.notifications.getAll());
  if (shown.length === 0) return;
  const ids = commitmentIds === 'all' ? null : new Set(commitmentIds);
  const gone = shown.filter((n) => {
    const id = commitmentIdOfNotification(n);
    return id !== null && (ids === null || ids.has(id));
  });
  await Promise.all(gone.map((n) => browser.notifications.clear(n)));
}

async function showPopup(): Promise<void> {
  try {
    await toolbarButton().openPopup();
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
  }
}

function digestLines(o: PopupOverview): string[] {
  const convs = new Map(o.conversations.map((c) => [c.id, c] as const));
  return [...o.overdue.items, ...o.today.items].slice(0, 4).map((c) => {
    const conv = convs.get(c.conversationId);
    const who = conv?.customerName ?? conv?.customerEmail ?? conv?.subject;
    return who ? `${c.text} — ${who}` : c.text;
  });
}

export function startReminders(getLedger: () => LedgerService, opts: RemindersOptions): RemindersRuntime {
  const clock = opts.clock ?? Date.now;
  const { tr } = opts;
  let settings: Settings | null = null;
  const currentSettings = async (): Promise<Settings> => (settings ??= await getSettings());
  // The window's commitments, kept between passes and refreshed by the ledger's change events.
  const kept = new ReminderRecords();
  // The badge's promises without a date, kept the same way.
  const keptUndated = new UndatedRecords();
  // The badge's deadline counts and snoozed ones, kept the same way (a full recount on start and as the fallback).
  const tally = new BadgeTally();
  // The commitments a pass reads again, read once for the window, the undated set and the tally.
  let passReads: PassReads | null = null;
  // Alarms as this worker set them, the fired reminders and the digest's day as it read or wrote them
  // (it is their only writer): a pass after a write asks the browser for none of them again.
  const armed = new ArmedAlarms();
  let firedKeys: Promise<Set<string>> | null = null;
  let digestDay: Promise<string | null> | null = null;
  // The badge as this worker last set it (a pass with the same look sets nothing).
  const shownBadge = new ShownBadge();
  let keptFor: LedgerService | null = null;

  async function notify(due: DueNotification[], now: number, timeZone: string): Promise<void> {
    const ledger = getLedger();
    const shown = due.slice(-MAX_SEPARATE_NOTIFICATIONS);
    const records = await Promise.all(shown.map((d) => ledger.getCommitment(d.commitmentId)));
    const convIds = records.map((r) => r?.conversationId ?? '');
    const convs = await ledger.getConversations(convIds);
    const showDetails = (await currentSettings()).notificationDetails;
    await Promise.all(
      shown.map((d, i) => {
        const record = records[i];
        if (!record) return undefined;
        const conv: ConversationRecord | null = convs[i] ?? null;
        const text = showDetails ? reminderText(d, record, conv, now, timeZone, tr) : privateReminderText(d, now, tr);
        return postNotification(commitmentNotificationId(d.commitmentId), text, { actions: tr });
      }),
    );
    const rest = due.length - shown.length;
    if (rest > 0) await postNotification(BATCH_NOTIFICATION, batchText(rest, tr));
  }

  async function digest(s: Settings, now: number): Promise<void> {
    if (!s.dailyDigest) {
      await armed.set(DIGEST_ALARM, null);
      return;
    }
    if (digestDueNow(now, s.workday, s.timeZone, await (digestDay ??= readDigestDay()))) {
      // Recorded first: a pass interrupted after posting must not post the digest twice.
      const day = localDayKey(now, s.timeZone);
      digestDay = null;
      await writeDigestDay(day);
      digestDay = Promise.resolve(day);
      // Exact counts (no cap): once a day, so the cost of counting a long range is fine here.
      const o = await getLedger().popupOverview(now, s.timeZone, 4, Number.MAX_SAFE_INTEGER);
      const text = digestText(
        { overdue: o.overdue.count, dueToday: o.today.count, lines: s.notificationDetails ? digestLines(o) : [] },
        tr,
      );
      if (text) await postNotification(DIGEST_NOTIFICATION, { ...text, contextMessage: tr('notificationDigestContext') });
    }
    await armed.set(DIGEST_ALARM, nextWorkdayStart(now, s.workday, s.timeZone));
  }

  async function pass(): Promise<void> {
    // Timed for `npm run bench` (a User Timing entry in the worker; nothing is sent anywhere).
    const t0 = performance.now();
    try {
      await passBody();
    } finally {
      measureSince(REMINDER_PASS_MEASURE, t0);
    }
  }

  async function passBody(): Promise<void> {
    const ledger = getLedger();
    const reads = (passReads = new PassReads(ledger));
    let t = performance.now();
    const step = (name: string) => {
      measureSince(REMINDER_STEP_MEASURE + name, t);
      t = performance.now();
    };
    const s = await currentSettings();
    const now = clock();
    const windowMs = badgeWindowMs(s.reminderLeadMinutes);
    step('settings');
    if (ledger !== keptFor) {
      kept.reset();
      keptUndated.reset();
      tally.reset();
      keptFor = ledger;
    }
    // The badge, the deadline window and the fired reminders are read at once: none needs another.
    const [{ nextChangeAt: badgeChangesAt }, records, fired] = await Promise.all([
      refreshAttentionBadge(reads, now, windowMs, s, tr, keptUndated, shownBadge, tally),
      kept.window(reads, now - LOOKBACK_MS, now + HORIZON_MS),
      (firedKeys ??= readFired()),
    ]);
    passReads = null;
    step('read');
    const candidates = records.map(toCandidate).filter((c): c is ReminderCandidate => c !== null);
    const plan = planReminders(
      candidates,
      {
        leadMinutes: s.reminderLeadMinutes,
        badgeWindowMs: windowMs,
        maxLateMs: MAX_LATE_MS,
        ...(s.remindMorningOf ? { morningOf: (dueAt: number) => wallTime(localDate(dueAt, s.timeZone), s.workday.start, s.timeZone) } : {}),
      },
      fired,
      now,
      now + MAX_SLEEP_MS,
    );
    if (plan.notify.length > 0) {
      // Marked before posting: if the worker dies in between, a reminder is lost rather than repeated.
      firedKeys = null;
      firedKeys = Promise.resolve(
        await markFired(
          plan.notify.flatMap((n) => n.keys),
          now,
        ),
      );
      await notify(plan.notify, now, s.timeZone);
    }
    step('plan');
    const wakeAt = [plan.nextWakeAt, badgeChangesAt].reduce<number | null>(
      (a, b) => (a === null ? b : b === null ? a : Math.min(a, b)),
      null,
    );
    await armed.set(NEXT_ALARM, wakeAt);
    step('alarm');

    await digest(s, now);
    step('digest');
  }

  // Coalesced: writes in a burst cost one pass, and passes never overlap (no double notification).
  const passOnce = coalesced(async () => {
    try {
      await pass();
    } catch (error) {
      // What was kept of storage may be what failed: read it again next time.
      firedKeys = null;
      digestDay = null;
      console.error('Commitment Keeper: reminder pass failed', error);
    }
  });
  const refresh = (): void => void passOnce();

  async function act(commitmentId: string, action: () => Promise<unknown>): Promise<void> {
    try {
      await action();
    } catch (error) {
      console.error('Commitment Keeper: notification action failed', error);
    } finally {
      await browser.notifications.clear(commitmentNotificationId(commitmentId));
    }
  }

  // Listeners are added synchronously at start-up: an alarm or a notification click that wakes the
  // service worker is only delivered to listeners added in its first turn.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === NEXT_ALARM || alarm.name === DIGEST_ALARM) {
      armed.rang(alarm.name);
      refresh();
    }
  });
  browser.notifications.onButtonClicked.addListener((notificationId, buttonIndex) => {
    const id = commitmentIdOfNotification(notificationId);
    if (id === null) return;
    void act(id, () => (buttonIndex === 0 ? getLedger().snooze(id, clock() + SNOOZE_MS) : getLedger().complete(id)));
  });
  browser.notifications.onClicked.addListener((notificationId) => {
    const id = commitmentIdOfNotification(notificationId);
    if (id === null) {
      void browser.notifications.clear(notificationId);
      void showPopup().catch((error: unknown) => console.error('Commitment Keeper: could not open the popup', error));
      return;
    }
    void act(id, async () => {
      const record = await getLedger().getCommitment(id);
      const conv = record ? await getLedger().getConversation(record.conversationId) : null;
      if (conv) await openConversation(conv);
    });
  });
  browser.runtime.onStartup.addListener(refresh);
  watchSettings((next) => {
    settings = next;
    refresh();
  });

  // The first pass waits a microtask: the caller may not have built the ledger yet (see background.ts).
  const started = Promise.resolve().then(refresh);

  return {
    refresh,
    onLedgerChange(change) {
      passReads?.forget(change);
      kept.onChange(change);
      keptUndated.onChange(change);
      tally.onChange(change);
      if (change.kind === 'erase') void clearShownNotifications('all');
      else if (change.kind === 'completed' || change.kind === 'cancelled' || change.kind === 'deleted') {
        void clearShownNotifications(change.commitmentIds);
      }
      refresh();
    },
    async idle() {
      await started;
      await passOnce.idle();
    },
  };
}
