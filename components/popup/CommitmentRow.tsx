// One commitment in the popup: who, what, for which customer and conversation, by when; and what
// the agent can do from here (open the conversation, Done, Snooze, copy the conversation's summary).
import { useState } from 'react';
import type { CommitmentRecord, ConversationRecord } from '@/utils/ledger/types';
import { t } from '@/utils/i18n';
import { PartyChip } from '../panel/PartyChip';
import { rowView, SNOOZE_LABEL, type SnoozeChoice } from './row-text';

export interface RowActions {
  open(conversationId: string): void;
  done(id: string): void;
  /** `date` ('YYYY-MM-DD') with the 'date' choice. */
  snooze(id: string, choice: SnoozeChoice, date?: string): void;
  copySummary(conversationId: string): void;
}

export function CommitmentRow(props: {
  commitment: CommitmentRecord;
  conversation: ConversationRecord | null;
  now: number;
  timeZone: string;
  busy: boolean;
  actions: RowActions;
}) {
  const { commitment: c, conversation, now, timeZone, busy, actions } = props;
  const view = rowView(c, conversation, now, timeZone);
  const { state, words, customer, site, subject } = view;
  const [pickDate, setPickDate] = useState(false);
  const [date, setDate] = useState('');
  return (
    <li data-testid="popup-commitment" className={`row row-${state}`} aria-busy={busy}>
      <PartyChip party={c.party} />
      <div className="row-body">
        <button
          type="button"
          className="open-link row-text"
          title={t('popupOpenConversation')}
          onClick={() => actions.open(c.conversationId)}
          disabled={!conversation}
        >
          {words}
        </button>
        <p className="row-meta">
          <span className="row-customer">{customer}</span>
          {site && (
            <>
              {' · '}
              <span className="row-site">{site}</span>
            </>
          )}
          {' · '}
          <span className="row-subject">{subject}</span>
          {view.lastMessage !== null && (
            <>
              {' · '}
              <span className="row-last-message">{view.lastMessage}</span>
            </>
          )}
        </p>
        <p className={`row-due due-${state}`}>
          {view.due === null ? t('popupNoDeadline') : <time dateTime={view.due.iso}>{`${view.due.text} (${view.due.relative})`}</time>}
          {view.snoozed !== null && <span className="row-snoozed">{view.snoozed}</span>}
        </p>
        <div className="row-actions">
          <button type="button" onClick={() => actions.done(c.id)} disabled={busy}>
            {t('popupDone')}
          </button>
          <select
            aria-label={t('popupSnoozeLabel')}
            value=""
            disabled={busy}
            onChange={(e) => {
              const choice = e.currentTarget.value as SnoozeChoice | '';
              if (choice === 'date') setPickDate(true);
              else if (choice) actions.snooze(c.id, choice);
            }}
          >
            <option value="">{t('popupSnoozeMenu')}</option>
            {(Object.keys(SNOOZE_LABEL) as SnoozeChoice[]).map((k) => (
              <option key={k} value={k}>
                {t(SNOOZE_LABEL[k])}
              </option>
            ))}
          </select>
          {pickDate && (
            <form
              className="snooze-date"
              onSubmit={(e) => {
                e.preventDefault();
                actions.snooze(c.id, 'date', date);
                setPickDate(false);
              }}
            >
              <input
                type="date"
                aria-label={t('popupSnoozeDateLabel')}
                value={date}
                required
                autoFocus
                onChange={(e) => setDate(e.currentTarget.value)}
              />
              <button type="submit">{t('popupSnoozeDateGo')}</button>
            </form>
          )}
          <button type="button" onClick={() => actions.copySummary(c.conversationId)} disabled={!conversation} title={view.copyTitle}>
            {t('popupCopySummary')}
          </button>
        </div>
      </div>
    </li>
  );
}
