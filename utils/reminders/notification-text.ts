// The words of a reminder notification. Pure: the runtime posts them with browser.notifications.
// The words come from the message catalog through the `tr` parameter (utils/i18n's `t` in the
// extension, the English catalog in unit tests), so this module never touches browser.i18n and no
// bundle carries a copy of the catalog because of it.
import type { CommitmentRecord, ConversationRecord } from '../ledger/types';
import { formatDueShort, relativeDue } from '../format/due';
import type { I18nKey, Translate } from '../i18n-keys';
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
export function whoPromised(
  c: Pick<CommitmentRecord, 'party' | 'partyName'>,
  conversation: Pick<ConversationRecord, 'customerName'> | null,
  tr: Translate,
): string {
  if (c.party === 'agent') return tr('notifyYouPromised');
  if (c.party === 'customer') return tr('notifyNamedPromised', c.partyName ?? conversation?.customerName ?? tr('notifyTheCustomer'));
  if (c.party === 'third-party') return tr('notifyNamedPromised', c.partyName ?? tr('notifySomeoneElse'));
  return tr('notifyCommitment');
}

function when(kind: ReminderKind, dueAt: number, now: number, tr: Translate): string {
  const due: [I18nKey, ...string[]] =
    Math.abs(dueAt - now) < 60_000
      ? ['notifyDueNow']
      : dueAt < now
        ? ['notifyOverdue', relativeDue(dueAt, now)]
        : ['notifyDue', relativeDue(dueAt, now)];
  const text = tr(...due);
  return kind === 'snooze' ? tr('notifySnoozed', text) : text;
}

export function reminderText(
  reminder: { kind: ReminderKind; dueAt: number },
  commitment: Pick<CommitmentRecord, 'text' | 'party' | 'partyName'>,
  conversation: Pick<ConversationRecord, 'customerName' | 'customerEmail' | 'subject'> | null,
  now: number,
  timeZone: string,
  tr: Translate,
): NotificationText {
  const customer = conversation?.customerName ?? conversation?.customerEmail ?? '';
  const context = [customer, conversation?.subject ?? '', formatDueShort(reminder.dueAt, timeZone)].filter(Boolean).join(' · ');
  return {
    title: tr('notifyTitle', when(reminder.kind, reminder.dueAt, now, tr), whoPromised(commitment, conversation, tr)),
    message: clip(commitment.text, MAX_MESSAGE),
    contextMessage: clip(context, MAX_MESSAGE),
  };
}

/**
 * A reminder without customer content ("Show customer details in notifications" off): when, and
 * nothing of the commitment, the customer or the subject. "1 commitment due now".
 */
export function privateReminderText(reminder: { kind: ReminderKind; dueAt: number }, now: number, tr: Translate): NotificationText {
  const whenText = when(reminder.kind, reminder.dueAt, now, tr);
  return {
    title: tr('notifyPrivateTitle', whenText.charAt(0).toLowerCase() + whenText.slice(1)),
    message: tr('notifyPrivateMessage'),
    contextMessage: '',
  };
}

/** When more came due at once than get a notification each (after a long sleep): one that counts them. */
export function batchText(count: number, tr: Translate): NotificationText {
  return {
    title: tr(count === 1 ? 'notifyBatchOne' : 'notifyBatchMany', count),
    message: tr('notifyBatchMessage'),
    contextMessage: '',
  };
}
