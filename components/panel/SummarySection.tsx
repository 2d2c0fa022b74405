// The written summary for the reply: a preview, insert into the reply box, copy as text or HTML.
import { keepFocus } from '@/utils/editors/focus';
import { t } from '@/utils/i18n';

export interface SummaryContent {
  text: string;
  html: string;
  warnings: string[];
}

/** Asked when inserting again found no earlier summary to replace: add another, or leave the reply. */
export interface SummaryQuestion {
  text: string;
  onAddAnother(): void;
  onDismiss(): void;
}

export function SummarySection(props: {
  summary: SummaryContent | null;
  onInsert(): void;
  onCopy(kind: 'text' | 'html'): void;
  question?: SummaryQuestion;
}) {
  const { summary } = props;
  return (
    <section className="summary" aria-label={t('summaryTitle')}>
      <h2 className="group-title">{t('summaryTitle')}</h2>
      {!summary ? (
        <p className="muted">{t('summaryNothing')}</p>
      ) : (
        <>
          {summary.warnings.length > 0 && (
            <ul className="summary-warnings">
              {summary.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          <pre className="summary-preview" data-testid="summary-preview" tabIndex={0}>
            {summary.text}
          </pre>
          <div className="summary-actions">
            {/* keepFocus: the reply editor keeps its focus and caret while the agent clicks here. */}
            <button type="button" className="primary" {...keepFocus} onClick={props.onInsert}>
              {t('summaryInsert')}
            </button>
            <button type="button" {...keepFocus} onClick={() => props.onCopy('text')}>
              {t('summaryCopyText')}
            </button>
            <button type="button" {...keepFocus} onClick={() => props.onCopy('html')}>
              {t('summaryCopyHtml')}
            </button>
          </div>
          {props.question && (
            <div className="notice notice-info summary-question" role="alertdialog" aria-label={t('summaryTitle')}>
              <p>{props.question.text}</p>
              <button type="button" className="primary" {...keepFocus} onClick={props.question.onAddAnother}>
                {t('summaryAddAnother')}
              </button>{' '}
              <button type="button" {...keepFocus} onClick={props.question.onDismiss}>
                {t('summaryKeepReply')}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
