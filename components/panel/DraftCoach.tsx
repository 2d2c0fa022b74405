// "In your reply": what the reply being written promises, and where it leaves the customer without a
// date or asks them to come back. Quiet: a section of the panel, nothing over the host page, and
// every button keeps the focus in the reply (keepFocus), so the agent can keep typing.
import type { CommitmentDraft, ParseContext } from '@/utils/commitments/types';
import { quickDatesFor, type DraftHint } from '@/utils/suggestions/draft-coach';
import { formatDueDated } from '@/utils/format/due';
import { keepFocus } from '@/utils/editors/focus';
import { t } from '@/utils/i18n';

export interface DraftCoachProps {
  hints: DraftHint[];
  timeZone: string;
  now: number;
  context: Omit<ParseContext, 'now'>;
  onAdd(hint: DraftHint): void;
  onAddDated(dated: CommitmentDraft): void;
  onDismiss(hint: DraftHint): void;
}

export function DraftCoach({ hints, timeZone, now, context, onAdd, onAddDated, onDismiss }: DraftCoachProps) {
  if (hints.length === 0) return null;
  return (
    <section className="suggestions draft-coach" aria-label={t('draftCoachTitle')} data-testid="draft-coach">
      <h2 className="group-title">{t('draftCoachTitle')}</h2>
      <ul className="items">
        {hints.map((hint) => {
          const dueAt = hint.draft.due ? Date.parse(hint.draft.due.at) : NaN;
          const dismiss = (
            <button type="button" {...keepFocus} onClick={() => onDismiss(hint)} aria-label={t('suggestionDismissLabel', hint.kind === 'call-back' ? hint.sentence : hint.draft.text)}>
              {t('suggestionDismiss')}
            </button>
          );
          if (hint.kind === 'call-back') {
            return (
              <li key={hint.key} className="suggestion" data-testid="draft-hint" data-kind="call-back">
                <p className="item-text">
                  <span className="muted">{t('draftCallBack')}</span> “{hint.sentence}”
                </p>
                <p className="warn call-back" data-testid="draft-rewording">
                  {t('draftInstead', hint.rewording)}
                </p>
                <div className="suggestion-actions">
                  <button type="button" className="primary" {...keepFocus} onClick={() => onAdd(hint)} aria-label={t('suggestionAddLabel', hint.rewording)}>
                    {t('draftAddRewording')}
                  </button>
                  {dismiss}
                </div>
              </li>
            );
          }
          return (
            <li key={hint.key} className="suggestion" data-testid="draft-hint" data-kind={hint.kind}>
              <p className="item-text">
                {/* "You'll send the logs by Friday" in the agent's reply is the customer's commitment. */}
                <span className="muted">{hint.draft.party === 'customer' ? t('draftNotes') : t('draftPromises')}</span> “{hint.draft.text}”
                {hint.kind === 'promise' && Number.isFinite(dueAt) && <span className="muted"> — {formatDueDated(dueAt, timeZone, now)}</span>}
                {hint.kind === 'promise' && <span className="muted"> — {t('draftAddQuestion')}</span>}
              </p>
              {hint.kind === 'vague' ? (
                <div className="vague" role="note">
                  <p>{t('draftNoDate')}</p>
                  <div className="quick-dates">
                    {quickDatesFor(hint.draft, { ...context, now: new Date(now) }).map(({ when, draft: dated }) => (
                      <button key={when} type="button" {...keepFocus} onClick={() => onAddDated(dated)} aria-label={t('draftAddDatedLabel', hint.draft.text, when)}>
                        {t('entryQuickDate', when)}
                      </button>
                    ))}
                    {dismiss}
                  </div>
                </div>
              ) : (
                <div className="suggestion-actions">
                  <button type="button" className="primary" {...keepFocus} onClick={() => onAdd(hint)} aria-label={t('suggestionAddLabel', hint.draft.text)}>
                    {t('suggestionAdd')}
                  </button>
                  {dismiss}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
