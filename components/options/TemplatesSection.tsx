// Summary templates with a live preview of the summary they produce.
import { useMemo } from 'react';
import { t } from '@/utils/i18n';
import type { I18nKey } from '@/utils/i18n-keys';
import { formatSummary } from '@/utils/summary';
import { LIMITS, type Settings } from '@/utils/settings';
import { TextField } from './fields';
import { errorsAt } from './form';
import { SAMPLE_CUSTOMER, sampleSummaryItems } from './sample';
import type { SectionProps } from './sections';

export function TemplatesSection({ draft, errors, onChange }: SectionProps) {
  const templates = draft.summaryTemplates;
  const field = (key: 'lead' | 'confirm' | 'probe', label: I18nKey) => (
    <TextField
      path={`summaryTemplates.${key}`}
      label={t(label)}
      value={templates[key]}
      maxLength={LIMITS.template}
      errors={errorsAt(errors, `summaryTemplates.${key}`)}
      onChange={(value) => onChange({ summaryTemplates: { [key]: value } })}
    />
  );
  const heading = (key: 'agent' | 'customer' | 'thirdParty', label: I18nKey) => (
    <TextField
      path={`summaryTemplates.headings.${key}`}
      label={t(label)}
      value={templates.headings[key]}
      maxLength={LIMITS.template}
      errors={errorsAt(errors, `summaryTemplates.headings.${key}`)}
      onChange={(value) => onChange({ summaryTemplates: { headings: { [key]: value } } })}
    />
  );
  return (
    <fieldset>
      <legend>{t('optionsTemplates')}</legend>
      <p className="hint">{t('optionsTemplatesHint')}</p>
      <div className="templates">
        <div>
          {field('lead', 'optionsTemplateLead')}
          {heading('agent', 'optionsTemplateAgentHeading')}
          {heading('customer', 'optionsTemplateCustomerHeading')}
          {heading('thirdParty', 'optionsTemplateOthersHeading')}
          {field('confirm', 'optionsTemplateConfirm')}
          {field('probe', 'optionsTemplateProbe')}
        </div>
        <SummaryPreview settings={draft} />
      </div>
    </fieldset>
  );
}

/**
 * The summary as the customer would read it. Rendered as text (pre-wrap), never as HTML: the
 * templates are the agent's free text and must not become markup here.
 */
export function SummaryPreview({ settings }: { settings: Settings }) {
  const { text, warnings } = useMemo(() => {
    const now = new Date();
    return formatSummary(sampleSummaryItems(now, settings.timeZone, settings.workday), {
      agentName: settings.agentName,
      customerName: SAMPLE_CUSTOMER,
      timeZone: settings.timeZone,
      now,
      templates: settings.summaryTemplates,
    });
  }, [settings.agentName, settings.timeZone, settings.workday, settings.summaryTemplates]);
  return (
    <figure className="preview">
      <figcaption id="summary-preview-caption">{t('optionsPreviewCaption', SAMPLE_CUSTOMER)}</figcaption>
      <pre className="preview-text" data-testid="summary-preview" aria-labelledby="summary-preview-caption">
        {text}
      </pre>
      {warnings.length > 0 && <p className="hint">{warnings.join(' ')}</p>}
    </figure>
  );
}
