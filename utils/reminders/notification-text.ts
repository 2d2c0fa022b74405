// The words of a reminder notification. Pure: the runtime posts them with browser.notifications.
import type { CommitmentRecord, ConversationRecord } from '../ledger/types';
import { formatDueShort, relativeDue } from '../format/due';
import type { ReminderKind } from './schedule';

export interface NotificationText {
  title: string;
  message: string;
  contextMessage: string;
}

const MAX_MESSAGE = 180;

function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Who must act, as the agent would say it. */
export function whoPromised(c: Pick<CommitmentRecord, 'party' | 'partyName'>, conversation: Pick<ConversationRecord, 'customerName'> | null): string {
  if (c.party === 'agent') return 'You promised';
  if (c.party === 'customer') return `${c.partyName ?? conversation?.customerName ?? 'The customer'} promised`;
  if (c.party === 'third-party') return `${c.partyName ?? 'Someone else'} promised`;
  return 'Commitment';
}

function when(kind: ReminderKind, dueAt: number, now: number): string {
  const prefix = kind === 'snooze' ? 'Snoozed · ' : '';
  if (Math.abs(dueAt - now) < 60_000) return `${prefix}Due now`;
  if (dueAt < now) return `${prefix}Overdue (due ${relativeDue(dueAt, now)})`;
  return `${prefix}Due ${relativeDue(dueAt, now)}`;
}

export function reminderText(
  reminder: { kind: ReminderKind; dueAt: number },
  commitment: Pick<CommitmentRecord, 'text' | 'party' | 'partyName'>,
  conversation: Pick<ConversationRecord, 'customerName' | 'customerEmail' | 'subject'> | null,
  now: number,
  timeZone: string,
): NotificationText {
  const customer = conversation?.customerName ?? conversation?.customerEmail ?? '';
  const context = [customer, conversation?.subject ?? '', formatDueShort(reminder.dueAt, timeZone)].filter(Boolean).join(' · ');
  return {
    title: `${when(reminder.kind, reminder.dueAt, now)}: ${whoPromised(commitment, conversation)}`,
    message: clip(commitment.text, MAX_MESSAGE),
    contextMessage: clip(context, MAX_MESSAGE),
  };
}

/** When more came due at once than get a notification each (after a long sleep): one that counts them. */
export function batchText(count: number): NotificationText {
  return {
    title: `${count} more commitment${count === 1 ? '' : 's'} need attention`,
    message: 'Open Commitment Keeper to see them.',
    contextMessage: '',
  };
}
