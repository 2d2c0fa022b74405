// Coaching shown under the entry preview (draft.warnings): a call-back note gets a rewording that
// takes the next step with a date; a past deadline asks before adding; an absurd date says why no
// deadline was set. 'vague' keeps its own block in the preview (quick dates).
import { suggestFollowUp } from '@/utils/commitments';
import type { CommitmentDraft, ParseContext } from '@/utils/commitments/types';
import { formatDueShort } from '@/utils/format/due';
import { keepFocus } from '@/utils/editors/focus';
import { t } from '@/utils/i18n';

export interface DraftWarningsProps {
  draft: CommitmentDraft;
  context: Omit<ParseContext, 'now'>;
  /** Set once Enter was pressed on a past-due entry: the question is then asked. */
  confirmingPastDue: boolean;
  onUseText(text: string): void;
  onAddAnyway(): void;
}

export function DraftWarnings({ draft, context, confirmingPastDue, onUseText, onAddAnyway }: DraftWarningsProps) {
  const warnings = draft.warnings ?? [];
  const rewording = warnings.includes('call-back') ? suggestFollowUp(draft, { ...context, now: new Date() }) : null;
  const dueAt = draft.due ? Date.parse(draft.due.at) : NaN;
  return (
    <>
      {rewording && (
        <div className="warn call-back" role="note" data-testid="warning-call-back">
          <p>{t('entryCallBack')}</p>
          <button type="button" {...keepFocus} onClick={() => onUseText(rewording)}>
            {t('entryUseRewording', rewording)}
          </button>
        </div>
      )}
      {warnings.includes('absurd-date') && (
        <p className="warn" role="alert" data-testid="warning-absurd-date">
          {t('entryAbsurdDate')}
        </p>
      )}
      {warnings.includes('past-due') && confirmingPastDue && Number.isFinite(dueAt) && (
        <div className="warn past-due" role="alert" data-testid="warning-past-due">
          <p>{t('entryPastDue', formatDueShort(dueAt, context.timeZone))}</p>
          <button type="button" {...keepFocus} onClick={onAddAnyway}>
            {t('entryAddAnyway')}
          </button>
        </div>
      )}
    </>
  );
}
