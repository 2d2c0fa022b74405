// "Customer wrote: … — Add?": promises found in the conversation's own messages.
import type { Suggestion } from '@/utils/suggestions';
import { formatDueShort } from '@/utils/format/due';
import { t } from '@/utils/i18n';

export function Suggestions(props: {
  suggestions: Suggestion[];
  timeZone: string;
  onAdd(s: Suggestion): void;
  onEdit(s: Suggestion): void;
  onDismiss(s: Suggestion): void;
}) {
  if (props.suggestions.length === 0) return null;
  return (
    <section className="suggestions" aria-label={t('suggestionsTitle')}>
      <h2 className="group-title">{t('suggestionsTitle')}</h2>
      <ul className="items">
        {props.suggestions.map((s) => {
          const dueAt = s.draft.due ? Date.parse(s.draft.due.at) : null;
          const who =
            s.author === 'customer' ? t('suggestionCustomerWrote') : s.author === 'agent' ? t('suggestionAgentWrote') : t('suggestionOtherWrote', s.authorName ?? '');
          return (
            <li key={s.key} className="suggestion" data-testid="suggestion">
              <p className="item-text">
                <span className="muted">{who}</span> “{s.draft.text}”
                {dueAt !== null && !Number.isNaN(dueAt) && <span className="muted"> — {formatDueShort(dueAt, props.timeZone)}</span>}
              </p>
              <div className="suggestion-actions">
                <button type="button" className="primary" onClick={() => props.onAdd(s)} aria-label={t('suggestionAddLabel', s.draft.text)}>
                  {t('suggestionAdd')}
                </button>
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
  );
}
