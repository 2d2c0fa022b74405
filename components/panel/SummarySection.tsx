// The written summary for the reply: the customer's time zone, a preview, insert into the reply box,
// copy as text or HTML, and the one question before inserting when some items have no usable date.
import { useMemo } from 'react';
import { keepFocus } from '@/utils/editors/focus';
import { t } from '@/utils/i18n';
import type { SummaryProblem } from '@/utils/summary';

export interface SummaryContent {
  text: string;
  html: string;
  warnings: string[];
  problems?: SummaryProblem[];
}

/** What the agent answers to the question before inserting. */
export type PreInsertAnswer = 'keep' | 'leave-out' | 'cancel';

/** Asked when inserting again found no earlier summary to replace: add another, or leave the reply. */
export interface SummaryQuestion {
  text: string;
  onAddAnother(): void;
  onDismiss(): void;
}

export function SummarySection(props: {
  summary: SummaryContent | null;
  /** Problems waiting for the agent's answer; the question shows while this is not empty. */
  asking: SummaryProblem[];
  onAnswer(answer: PreInsertAnswer): void;
  customerTimeZone: string | null;
  /** The zone came from the host page (not editable here). */
  customerTimeZoneFromPage: boolean;
  onCustomerTimeZone(zone: string | null): void;
  onInsert(): void;
  onCopy(kind: 'text' | 'html'): void;
  question?: SummaryQuestion;
}) {
  const { summary } = props;
  return (
    <section className="summary" aria-label={t('summaryTitle')}>
      <h2 className="group-title">{t('summaryTitle')}</h2>
      <CustomerZone zone={props.customerTimeZone} fromPage={props.customerTimeZoneFromPage} onChange={props.onCustomerTimeZone} />
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
          {props.asking.length > 0 ? (
            <PreInsertQuestion problems={props.asking} onAnswer={props.onAnswer} />
          ) : (
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
          )}
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

/** The line the question shows for one problem. */
function problemLine(p: SummaryProblem): string {
  if (p.kind === 'past-due') return t('problemPastDue', p.action, p.deadline ?? '');
  if (p.kind === 'before-dependency') return t('problemBeforeDependency', p.action, p.deadline ?? '', p.basis ?? '');
  return t('problemNoDate', p.action);
}

function PreInsertQuestion(props: { problems: SummaryProblem[]; onAnswer(answer: PreInsertAnswer): void }) {
  return (
    <div
      className="pre-insert"
      role="alertdialog"
      aria-labelledby="pre-insert-title"
      aria-describedby="pre-insert-hint"
      data-testid="pre-insert"
    >
      <p id="pre-insert-title" className="pre-insert-title">
        {t('preInsertTitle')}
      </p>
      <ul>
        {props.problems.map((p) => (
          <li key={`${p.id ?? p.action}:${p.kind}`}>{problemLine(p)}</li>
        ))}
      </ul>
      <p id="pre-insert-hint" className="muted">
        {t('preInsertHint')}
      </p>
      <div className="summary-actions">
        <button type="button" className="primary" {...keepFocus} onClick={() => props.onAnswer('keep')}>
          {t('preInsertKeep')}
        </button>
        <button type="button" {...keepFocus} onClick={() => props.onAnswer('leave-out')}>
          {t('preInsertLeaveOut')}
        </button>
        <button type="button" {...keepFocus} onClick={() => props.onAnswer('cancel')}>
          {t('preInsertCancel')}
        </button>
      </div>
    </div>
  );
}

function zoneList(current: string | null): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  return current && !zones.includes(current) ? [current, ...zones] : zones;
}

/** The customer's zone: read from the host page when it shows one, else chosen here and kept with the conversation. */
function CustomerZone(props: { zone: string | null; fromPage: boolean; onChange(zone: string | null): void }) {
  const zones = useMemo(() => zoneList(props.zone), [props.zone]);
  return (
    <label className="customer-zone">
      {t('panelCustomerZone')}{' '}
      <select value={props.zone ?? ''} disabled={props.fromPage} onChange={(e) => props.onChange(e.currentTarget.value || null)}>
        <option value="">{t('panelCustomerZoneUnknown')}</option>
        {zones.map((z) => (
          <option key={z} value={z}>
            {z}
          </option>
        ))}
      </select>
    </label>
  );
}
