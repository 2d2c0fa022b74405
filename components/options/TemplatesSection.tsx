// Summary templates with a live preview of the summary they produce.
import { useMemo } from 'react';
import { formatSummary } from '@/utils/summary';
import { LIMITS, type Settings } from '@/utils/settings';
import { TextField } from './fields';
import { errorsAt } from './form';
import { SAMPLE_CUSTOMER, sampleSummaryItems } from './sample';
import type { SectionProps } from './sections';

const PLACEHOLDERS = 'Placeholders: {customerName}, {customerFirstName}, {agentName}, {agentFirstName}. Leave a line empty to drop it.';

export function TemplatesSection({ draft, errors, onChange }: SectionProps) {
  const t = draft.summaryTemplates;
  const field = (key: 'lead' | 'confirm' | 'probe', label: string) => (
    <TextField
      path={`summaryTemplates.${key}`}
      label={label}
      value={t[key]}
      maxLength={LIMITS.template}
      errors={errorsAt(errors, `summaryTemplates.${key}`)}
      onChange={(value) => onChange({ summaryTemplates: { [key]: value } })}
    />
  );
  const heading = (key: 'agent' | 'customer' | 'thirdParty', label: string) => (
    <TextField
      path={`summaryTemplates.headings.${key}`}
      label={label}
      value={t.headings[key]}
      maxLength={LIMITS.template}
      errors={errorsAt(errors, `summaryTemplates.headings.${key}`)}
      onChange={(value) => onChange({ summaryTemplates: { headings: { [key]: value } } })}
    />
  );
  return (
    <fieldset>
      <legend>Summary templates</legend>
      <p className="hint">{PLACEHOLDERS}</p>
      <div className="templates">
        <div>
          {field('lead', 'Opening line')}
          {heading('agent', 'Heading for your side')}
          {heading('customer', "Heading for the customer's side")}
          {heading('thirdParty', 'Heading for others')}
          {field('confirm', 'Confirmation question')}
          {field('probe', 'Risk question')}
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
      <figcaption id="summary-preview-caption">Preview (example conversation with {SAMPLE_CUSTOMER})</figcaption>
      <pre className="preview-text" data-testid="summary-preview" aria-labelledby="summary-preview-caption">
        {text}
      </pre>
      {warnings.length > 0 && <p className="hint">{warnings.join(' ')}</p>}
    </figure>
  );
}
