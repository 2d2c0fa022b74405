// "In your reply": what the reply being written promises, and where it leaves the customer without a
// date or asks them to come back. Quiet: a section of the panel, nothing over the host page, and
// every button keeps the focus in the reply (keepFocus), so the agent can keep typing. A quick date
// on a promise without one, and "Use in my reply" on a call-back request, rewrite the agent's words
// in the reply itself (onRewrite) and add the commitment the new words make.
import type { CommitmentDraft, ParseContext } from '@/utils/commitments/types';
import { quickDatesFor, type DraftHint } from '@/utils/suggestions/draft-coach';
import { callBackRewrite, datedRewrite, type ReplyRewrite } from '@/utils/suggestions/draft-rewrite';
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
  /** Rewrites the words in the reply and adds the commitment; absent, the buttons only add. */
  onRewrite?(rewrite: ReplyRewrite): void;
  /** A rewrite is running: its buttons wait. */
  busy?: boolean;
  /** Another list of hints (the reply already sent): its own title and test id. */
  title?: string;
  testId?: string;
}

export function DraftCoach({
  hints,
  timeZone,
  now,
  context,
  onAdd,
  onAddDated,
  onDismiss,
  onRewrite,
  busy = false,
  title = t('draftCoachTitle'),
  testId = 'draft-coach',
}: DraftCoachProps) {
  if (hints.length === 0) return null;
  const ctx = { ...context, now: new Date(now) };
  return (
    <section className="suggestions draft-coach" aria-label={title} data-testid={testId}>
      <h2 className="group-title">{title}</h2>
      <ul className="items">
        {hints.map((hint) => {
          const dueAt = hint.draft.due ? Date.parse(hint.draft.due.at) : NaN;
          const dismiss = (
            <button
              type="button"
              {...keepFocus}
              onClick={() => onDismiss(hint)}
              aria-label={t('suggestionDismissLabel', hint.kind === 'call-back' ? hint.sentence : hint.draft.text)}
            >
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
                  {onRewrite && (
                    <button
                      type="button"
                      className="primary"
                      disabled={busy}
                      {...keepFocus}
                      onClick={() => onRewrite(callBackRewrite(hint, ctx))}
                      aria-label={t('draftUseInReplyLabel', hint.rewording)}
                    >
                      {t('draftUseInReply')}
                    </button>
                  )}
                  <button
                    type="button"
                    className={onRewrite ? undefined : 'primary'}
                    {...keepFocus}
                    onClick={() => onAdd(hint)}
                    aria-label={t('suggestionAddLabel', hint.rewording)}
                  >
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
                {hint.kind === 'promise' && Number.isFinite(dueAt) && (
                  <span className="muted"> — {formatDueDated(dueAt, timeZone, now)}</span>
                )}
                {hint.kind === 'promise' && <span className="muted"> — {t('draftAddQuestion')}</span>}
              </p>
              {hint.kind === 'promise' && hint.waitsLater && (
                <p className="muted waits-later" data-testid="draft-waits-later">
                  {t(
                    'draftWaitsLater',
                    `“${hint.waitsLater.condition}”`,
                    formatDueDated(Date.parse(hint.waitsLater.due.at), timeZone, now),
                  )}
                </p>
              )}
              {hint.kind === 'vague' ? (
                <div className="vague" role="note">
                  <p>{t('draftNoDate')}</p>
                  <div className="quick-dates">
                    {quickDatesFor(hint.draft, ctx).map(({ when, draft: dated }) => {
                      // Written into the reply when the new words read as that date; else only added.
                      const rewrite = onRewrite && hint.kind === 'vague' ? datedRewrite(hint, when, ctx) : null;
                      return (
                        <button
                          key={when}
                          type="button"
                          disabled={busy}
                          {...keepFocus}
                          onClick={() => (rewrite && onRewrite ? onRewrite(rewrite) : onAddDated(dated))}
                          aria-label={
                            rewrite
                              ? t('draftRewriteDatedLabel', hint.draft.text, t('entryQuickDate', when))
                              : t('draftAddDatedLabel', hint.draft.text, when)
                          }
                        >
                          {t('entryQuickDate', when)}
                        </button>
                      );
                    })}
                    {dismiss}
                  </div>
                </div>
              ) : (
                <div className="suggestion-actions">
                  <button
                    type="button"
                    className="primary"
                    {...keepFocus}
                    onClick={() => onAdd(hint)}
                    aria-label={t('suggestionAddLabel', hint.draft.text)}
                  >
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
