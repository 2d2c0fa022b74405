// When to remind, and what is due now. Pure: the background runtime (./runtime.ts) feeds it open
// commitments, the agent's lead times, the keys of reminders already fired, and the clock; it arms
// one alarm for `nextWakeAt` and posts the notifications in `notify`. Because fired reminders are
// remembered by key (`${commitmentId}:${lead}:${dueAt}`), planning twice for the same instant, or
// again after a service-worker or browser restart, neither fires a reminder twice nor skips one.
import { DEFAULT_REMINDER_LEAD_MINUTES } from '../ledger/types';

import { DAY_MS, HOUR_MS, MINUTE_MS } from '../durations';

export { DAY_MS, HOUR_MS, MINUTE_MS };

/** What the planner needs of an open commitment with a deadline. */
export interface ReminderCandidate {
  id: string;
  dueAt: number;
  createdAt: number;
  /** The commitment's own lead times (CommitmentRecord.reminder.leadMinutes). */
  leadMinutes: readonly number[];
  /** No reminder before this instant; a snoozed commitment is reminded again at this instant. */
  snoozedUntil: number | null;
}

export interface ReminderPolicy {
  /** The agent's lead times from the settings (minutes before the deadline; 0 = at it). */
  leadMinutes: readonly number[];
  /** "The morning of": the start of the workday on the deadline's day (null: not on, or none that day). */
  morningOf?: (dueAt: number) => number | null;
  /** The badge's "due soon" window: the badge changes when a deadline enters it and when it passes. */
  badgeWindowMs: number;
  /**
   * A reminder more than this late (the browser was closed through it) is dropped, not fired: a
   * "due in 1 hour" three days after the fact is noise, and the badge and popup show it anyway.
   */
  maxLateMs: number;
}

export type ReminderKind = 'lead' | 'deadline' | 'snooze';

/** One notification to post now: the latest of a commitment's reminders that came due. */
export interface DueNotification {
  commitmentId: string;
  kind: ReminderKind;
  /** Minutes before the deadline for a 'lead' reminder; 0 otherwise. */
  lead: number;
  dueAt: number;
  /** When it was meant to fire. */
  at: number;
  /** Every reminder key this notification covers (record them all as fired). */
  keys: string[];
}

export interface ReminderPlan {
  notify: DueNotification[];
  /** The next instant anything changes (a reminder, or the badge); null when nothing is ahead. */
  nextWakeAt: number | null;
}

interface Reminder {
  key: string;
  kind: ReminderKind;
  lead: number;
  at: number;
}

export function reminderKey(commitmentId: string, lead: number | 'snooze' | 'morning', instant: number): string {
  return `${commitmentId}:${lead}:${instant}`;
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * The lead times that apply to one commitment. The ledger stores DEFAULT_REMINDER_LEAD_MINUTES on
 * every commitment created without a choice, so that list means "as the agent's settings say";
 * any other list was chosen for this commitment and replaces the settings (an empty list silences it).
 */
export function effectiveLeads(own: readonly number[], settings: readonly number[]): number[] {
  const chosen = sameList(own, DEFAULT_REMINDER_LEAD_MINUTES) ? settings : own;
  return [...new Set(chosen.filter((m) => Number.isFinite(m) && m >= 0))].sort((a, b) => b - a);
}

/** The reminders of one commitment, earliest first. */
export function remindersOf(c: ReminderCandidate, policy: Pick<ReminderPolicy, 'leadMinutes' | 'morningOf'>): Reminder[] {
  const out: Reminder[] = [];
  for (const lead of effectiveLeads(c.leadMinutes, policy.leadMinutes)) {
    const at = c.dueAt - lead * MINUTE_MS;
    // The agent noted it knowing the deadline: a reminder whose moment had passed then is not owed.
    if (at < c.createdAt) continue;
    if (c.snoozedUntil !== null && at < c.snoozedUntil) continue;
    out.push({ key: reminderKey(c.id, lead, c.dueAt), kind: lead === 0 ? 'deadline' : 'lead', lead, at });
  }
  // The morning of: only when the deadline is later that day, and like the others not before it was noted or while snoozed.
  const morning = policy.morningOf?.(c.dueAt) ?? null;
  if (morning !== null && morning < c.dueAt && morning >= c.createdAt && !(c.snoozedUntil !== null && morning < c.snoozedUntil)) {
    out.push({ key: reminderKey(c.id, 'morning', c.dueAt), kind: 'lead', lead: Math.round((c.dueAt - morning) / MINUTE_MS), at: morning });
  }
  if (c.snoozedUntil !== null) {
    out.push({ key: reminderKey(c.id, 'snooze', c.snoozedUntil), kind: 'snooze', lead: 0, at: c.snoozedUntil });
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * Plans one wake-up. `wakeNoLaterThan` caps `nextWakeAt`: the runtime reads only commitments due
 * within a horizon, so it must look again before anything beyond it can come due.
 */
export function planReminders(
  candidates: readonly ReminderCandidate[],
  policy: ReminderPolicy,
  fired: ReadonlySet<string>,
  now: number,
  wakeNoLaterThan: number | null = null,
): ReminderPlan {
  const notify: DueNotification[] = [];
  let next: number | null = wakeNoLaterThan;
  const consider = (t: number) => {
    if (t > now && (next === null || t < next)) next = t;
  };
  for (const c of candidates) {
    const due: Reminder[] = [];
    for (const r of remindersOf(c, policy)) {
      if (fired.has(r.key)) continue;
      if (r.at > now) consider(r.at);
      else if (now - r.at <= policy.maxLateMs) due.push(r);
    }
    // The badge turns amber when the deadline enters the window and red when it passes.
    consider(c.dueAt - policy.badgeWindowMs);
    consider(c.dueAt);
    const latest = due[due.length - 1];
    if (latest) {
      notify.push({ commitmentId: c.id, kind: latest.kind, lead: latest.lead, dueAt: c.dueAt, at: latest.at, keys: due.map((r) => r.key) });
    }
  }
  notify.sort((a, b) => a.at - b.at || (a.commitmentId < b.commitmentId ? -1 : 1));
  return { notify, nextWakeAt: next };
}

/** The badge window: the largest lead time (a reminder has gone out, or is about to). */
export function badgeWindowMs(leadMinutes: readonly number[]): number {
  const valid = leadMinutes.filter((m) => Number.isFinite(m) && m >= 0);
  return (valid.length ? Math.max(...valid) : 0) * MINUTE_MS;
}
