// "Customer wrote on Mon, May 13, 2024: … — Add?": promises found in the conversation's own
// messages, read from each message's own date; requests offered as the agent's promise ("Customer
// asked: … — Promise it?"); promises a later message kept offered as done; and open commitments a
// later message delivered ("Mark done — Priya sent it on Wed, May 15").
import type { CommitmentRecord } from '@/utils/ledger/types';
import type { LedgerDelivery, Suggestion } from '@/utils/suggestions';
import { formatDay, formatDueDated } from '@/utils/format/due';
import { t } from '@/utils/i18n';

function parsed(iso: string | undefined): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/** "Customer wrote on Mon, May 13, 2024:" / "Customer asked:" … */
function heading(s: Suggestion, timeZone: string, now: number): string {
  const sent = parsed(s.sentAt);
  const day = sent !== null ? formatDay(sent, timeZone, now) : null;
  const name = s.authorName ?? '';
  if (s.kind === 'request') {
    if (s.author === 'customer') return day ? t('suggestionCustomerAskedOn', day) : t('suggestionCustomerAsked');
    return day ? t('suggestionOtherAskedOn', name, day) : t('suggestionOtherAsked', name);
  }
  if (s.author === 'customer') return day ? t('suggestionCustomerWroteOn', day) : t('suggestionCustomerWrote');
  if (s.author === 'agent') return day ? t('suggestionAgentWroteOn', day) : t('suggestionAgentWrote');
  return day ? t('suggestionOtherWroteOn', name, day) : t('suggestionOtherWrote', name);
}

function who(name: string | undefined, author: Suggestion['author']): string {
  return name ?? (author === 'agent' ? t('whoYou') : t('whoCustomer'));
}

export function Suggestions(props: {
  suggestions: Suggestion[];
  deliveries: LedgerDelivery[];
  commitments: CommitmentRecord[];
  timeZone: string;
  now: number;
  onAdd(s: Suggestion): void;
  onEdit(s: Suggestion): void;
  onDismiss(s: Suggestion): void;
  onMarkDone(d: LedgerDelivery): void;
}) {
  if (props.suggestions.length === 0 && props.deliveries.length === 0) return null;
  const { timeZone, now } = props;
  return (
    <>
      {props.deliveries.length > 0 && (
        <section className="suggestions" aria-label={t('deliveredTitle')}>
          <h2 className="group-title">{t('deliveredTitle')}</h2>
          <ul className="items">
            {props.deliveries.map((d) => {
              const c = props.commitments.find((x) => x.id === d.commitmentId);
              if (!c) return null;
              const at = parsed(d.at);
              const by = who(d.byName, c.party === 'agent' ? 'agent' : 'customer');
              const label = at !== null ? t('deliveredMarkDone', by, formatDay(at, timeZone, now)) : t('deliveredMarkDoneUndated', by);
              return (
                <li key={d.commitmentId} className="suggestion" data-testid="delivery">
                  <p className="item-text">“{c.text}”</p>
                  <p className="muted">“{d.sentence}”</p>
                  <div className="suggestion-actions">
                    <button
                      type="button"
                      className="primary"
                      onClick={() => props.onMarkDone(d)}
                      aria-label={t('deliveredMarkDoneLabel', c.text)}
                    >
                      {label}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {props.suggestions.length > 0 && (
        <section className="suggestions" aria-label={t('suggestionsTitle')}>
          <h2 className="group-title">{t('suggestionsTitle')}</h2>
          <ul className="items">
            {props.suggestions.map((s) => {
              const dueAt = parsed(s.draft.due?.at);
              const past = dueAt !== null && dueAt < now;
              const words = s.kind === 'request' ? (s.asked?.text ?? s.draft.text) : s.draft.text;
              const keptAt = parsed(s.kept?.at);
              return (
                <li key={s.key} className="suggestion" data-testid="suggestion" data-kind={s.kind} data-kept={s.kept ? 'true' : undefined}>
                  <p className="item-text">
                    <span className="muted">{heading(s, timeZone, now)}</span> “{words}”
                    {dueAt !== null && (
                      <span className={past ? 'muted past-due' : 'muted'} data-testid="suggestion-due">
                        {' '}
                        — {past ? t('suggestionWasDue', formatDueDated(dueAt, timeZone, now)) : formatDueDated(dueAt, timeZone, now)}
                      </span>
                    )}
                    {s.kind === 'request' && <span className="muted"> — {t('suggestionPromiseQuestion')}</span>}
                  </p>
                  {s.kept && (
                    <p className="muted" data-testid="suggestion-kept">
                      {keptAt !== null
                        ? t('suggestionKeptBy', who(s.kept.byName, s.author), formatDay(keptAt, timeZone, now))
                        : t('suggestionKeptByUndated', who(s.kept.byName, s.author))}
                      {s.kept.timing !== 'unknown' &&
                        ` (${s.kept.timing === 'late' ? t('suggestionKeptLate') : t('suggestionKeptOnTime')})`}
                    </p>
                  )}
                  <div className="suggestion-actions">
                    {s.kept ? (
                      <button
                        type="button"
                        className="primary"
                        onClick={() => props.onAdd(s)}
                        aria-label={t('suggestionAddDoneLabel', s.draft.text)}
                      >
                        {t('suggestionAddDone')}
                      </button>
                    ) : s.kind === 'request' ? (
                      <button
                        type="button"
                        className="primary"
                        onClick={() => props.onAdd(s)}
                        aria-label={t('suggestionPromiseLabel', s.draft.text)}
                      >
                        {t('suggestionPromise')}
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="primary"
                        onClick={() => props.onAdd(s)}
                        aria-label={t('suggestionAddLabel', s.draft.text)}
                      >
                        {t('suggestionAdd')}
                      </button>
                    )}
                    <button type="button" onClick={() => props.onEdit(s)} aria-label={t('suggestionEditLabel', s.draft.text)}>
                      {t('suggestionEdit')}
                    </button>
                    <button type="button" onClick={() => props.onDismiss(s)} aria-label={t('suggestionDismissLabel', s.draft.text)}>
                      {t('suggestionDismiss')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </>
  );
}
