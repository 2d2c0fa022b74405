// Summary templates with a live preview of the summary they produce.
import { useMemo } from 'react';
import { t } from '@/utils/i18n';
import type { I18nKey } from '@/utils/i18n-keys';
import { formatSummary } from '@/utils/summary';
import { AGENT_VOICES, LIMITS, type AgentVoice, type Settings } from '@/utils/settings';
import { CheckboxField, FieldErrors, TextField } from './fields';
import { errorId, errorsAt } from './form';
import { SAMPLE_CUSTOMER, sampleCustomerZone, sampleSummaryItems } from './sample';
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
          <VoiceField draft={draft} errors={errors} onChange={onChange} />
          <CheckboxField
            path="summaryTemplates.zones"
            label={t('optionsZonesBoth')}
            hint={t('optionsZonesHint')}
            checked={templates.zones === 'both'}
            onChange={(on) => onChange({ summaryTemplates: { zones: on ? 'both' : 'customer' } })}
          />
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

const VOICE_LABEL: Record<AgentVoice, I18nKey> = { I: 'optionsVoiceI', we: 'optionsVoiceWe', name: 'optionsVoiceName' };

/** First person, team or name: radio buttons whose labels show the very words the summary will use. */
function VoiceField({ draft, errors, onChange }: SectionProps) {
  const name = draft.agentName.trim();
  return (
    <fieldset className="field" aria-describedby={errorsAt(errors, 'agentVoice').length ? errorId('agentVoice') : undefined}>
      <legend>{t('optionsVoice')}</legend>
      {AGENT_VOICES.map((voice) => (
        <label key={voice} className="radio">
          <input
            type="radio"
            name="agentVoice"
            value={voice}
            checked={draft.agentVoice === voice}
            onChange={() => onChange({ agentVoice: voice })}
          />{' '}
          {voice === 'name' ? (name ? t('optionsVoiceName', name) : t('optionsVoiceNameUnset')) : t(VOICE_LABEL[voice])}
        </label>
      ))}
      <FieldErrors path="agentVoice" messages={errorsAt(errors, 'agentVoice')} />
    </fieldset>
  );
}

/**
 * The summary as the customer would read it. Rendered as text (pre-wrap), never as HTML: the
 * templates are the agent's free text and must not become markup here.
 */
function SummaryPreview({ settings }: { settings: Settings }) {
  const { text, warnings } = useMemo(() => {
    const now = new Date();
    return formatSummary(sampleSummaryItems(now, settings.timeZone, settings.workday), {
      agentName: settings.agentName,
      agentVoice: settings.agentVoice,
      signature: settings.signature,
      customerName: SAMPLE_CUSTOMER,
      customerTimeZone: sampleCustomerZone(settings.timeZone),
      timeZone: settings.timeZone,
      workday: settings.workday,
      now,
      templates: settings.summaryTemplates,
    });
  }, [settings.agentName, settings.agentVoice, settings.signature, settings.timeZone, settings.workday, settings.summaryTemplates]);
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
