// Shared by the planner's tests (schedule.test.ts, schedule-edges.test.ts); not shipped.
import { DEFAULT_REMINDER_LEAD_MINUTES } from '../ledger/types';
import { DAY_MS, HOUR_MS, type ReminderCandidate, type ReminderPolicy } from './schedule';

export const NOW = Date.parse('2026-11-24T12:00:00Z');

/** A deadline reminder and one an hour before; a badge window of an hour; a reminder at most a day late. */
export const policy: ReminderPolicy = { leadMinutes: [60, 0], badgeWindowMs: HOUR_MS, maxLateMs: DAY_MS };

/**
 * A commitment due in three hours, noted a week ago, unsnoozed, with the ledger's default lead list
 * (which stands for "as the settings say"); `over` changes what a test is about.
 */
export function candidate(over: Partial<ReminderCandidate> = {}): ReminderCandidate {
  return {
    id: 'c1',
    dueAt: NOW + 3 * HOUR_MS,
    createdAt: NOW - 7 * DAY_MS,
    leadMinutes: DEFAULT_REMINDER_LEAD_MINUTES,
    snoozedUntil: null,
    ...over,
  };
}
