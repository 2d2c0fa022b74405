// The words of a popup row that are not plain fields, shared by the React row (CommitmentRow.tsx) and
// the first screen drawn before React (first-screen.ts). Plain functions: no React, no reminders code.
import type { I18nKey } from '@/utils/i18n-keys';
import type { CommitmentRecord, ConversationRecord } from '@/utils/ledger/types';
import { dueState, formatDueDated, formatDueShort, relativeDue, type DueState } from '@/utils/format/due';
import { t } from '@/utils/i18n';

export type SnoozeChoice = 'later-today' | 'tomorrow' | 'next-week' | 'date';

/** The catalog keys of the snooze choices' labels (the row translates them). */
export const SNOOZE_LABEL: Record<SnoozeChoice, I18nKey> = {
  'later-today': 'popupSnoozeLaterToday',
  tomorrow: 'popupSnoozeTomorrow',
  'next-week': 'popupSnoozeNextWeek',
  date: 'popupSnoozeDate',
};

/**
 * The words of a commitment with its current deadline: the words as written while they still hold
 * the deadline's words; after a reschedule, what to do and the new deadline's words (never the old
 * "by Friday EOD").
 */
export function currentWords(c: Pick<CommitmentRecord, 'text' | 'action' | 'due'>): string {
  if (!c.due?.text || c.text.toLowerCase().includes(c.due.text.toLowerCase())) return c.text;
  const when = c.due.text.trim();
  const action = c.action.trim() || c.text;
  return /^(by|before|within|in|on|at|until|no later than|end of)\b/i.test(when) ? `${action} ${when}` : `${action} by ${when}`;
}

/** "acme.zendesk.com": the site a conversation lives on, as the agent knows it. */
export function siteName(conversation: Pick<ConversationRecord, 'site' | 'url'>): string {
  for (const candidate of [conversation.site, conversation.url]) {
    try {
      return new URL(candidate).hostname;
    } catch {
      // not a URL (an older record): try the next
    }
  }
  return '';
}

/** Every text and state of a popup row, computed once for both renderers (React and the first screen). */
export interface RowView {
  state: DueState;
  words: string;
  customer: string;
  /** The site's host name, or '' when the conversation has none. */
  site: string;
  subject: string;
  /** "Last message Mon, Nov 30, 4:00 PM", or null without a known last message. */
  lastMessage: string | null;
  /** The deadline as the row shows it, or null for "No deadline". */
  due: { iso: string; text: string; relative: string } | null;
  /** " · snoozed until …", or null when not snoozed now. */
  snoozed: string | null;
  /** The copy button's title. */
  copyTitle: string;
}

export function rowView(c: CommitmentRecord, conversation: ConversationRecord | null, now: number, timeZone: string): RowView {
  const subject = conversation?.subject || t('popupNoSubject');
  const lastMessageAt = conversation?.lastMessageAt ? Date.parse(conversation.lastMessageAt) : NaN;
  return {
    state: dueState(c.dueAt, now),
    words: currentWords(c),
    customer: conversation?.customerName ?? conversation?.customerEmail ?? t('popupUnknownCustomer'),
    // Two conversations with one customer and one subject: told apart by their site and last message.
    site: conversation ? siteName(conversation) : '',
    subject,
    lastMessage: Number.isFinite(lastMessageAt) ? t('popupLastMessage', formatDueDated(lastMessageAt, timeZone, now)) : null,
    due:
      c.dueAt === null
        ? null
        : { iso: new Date(c.dueAt).toISOString(), text: formatDueShort(c.dueAt, timeZone), relative: relativeDue(c.dueAt, now) },
    snoozed:
      c.reminder.snoozedUntil !== null && c.reminder.snoozedUntil > now
        ? ` · ${t('popupSnoozedUntil', formatDueShort(c.reminder.snoozedUntil, timeZone))}`
        : null,
    copyTitle: t('popupCopySummaryTitle', subject),
  };
}
