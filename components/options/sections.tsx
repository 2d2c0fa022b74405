// The settings form's sections. Each takes the draft, the field errors and an onChange with a
// SettingsPatch; none of them saves anything (OptionsApp does, after validation).
import type { Settings, SettingsPatch } from '@/utils/settings';
import { t } from '@/utils/i18n';
import { LIMITS } from '@/utils/settings';
import { CheckboxField, CheckboxGroup, FieldErrors, SelectField, TextAreaField, TextField } from './fields';
import { errorsAt, hostIds, hostLabel, leadChoices, toggled, WEEKDAYS, type FieldErrors as Errors } from './form';
import { ZonePicker } from './ZonePicker';

export interface SectionProps {
  draft: Settings;
  errors: Errors;
  onChange(patch: SettingsPatch): void;
}

export function ProfileSection({ draft, errors, onChange }: SectionProps) {
  return (
    <fieldset>
      <legend>{t('optionsYou')}</legend>
      <TextField
        path="agentName"
        label={t('optionsAgentName')}
        hint={t('optionsAgentNameHint')}
        value={draft.agentName}
        maxLength={LIMITS.agentName}
        autoComplete="name"
        errors={errorsAt(errors, 'agentName')}
        onChange={(agentName) => onChange({ agentName })}
      />
      <TextAreaField
        path="signature"
        label={t('optionsSignature')}
        hint={t('optionsSignatureHint')}
        value={draft.signature}
        maxLength={LIMITS.signature}
        errors={errorsAt(errors, 'signature')}
        onChange={(signature) => onChange({ signature })}
      />
      <ZonePicker value={draft.timeZone} errors={errorsAt(errors, 'timeZone')} onChange={(timeZone) => onChange({ timeZone })} />
    </fieldset>
  );
}

export function WorkdaySection({ draft, errors, onChange }: SectionProps) {
  return (
    <fieldset>
      <legend>{t('optionsWorkday')}</legend>
      <p className="hint">{t('optionsWorkdayHint')}</p>
      <div className="row">
        <TextField
          path="workday.start"
          type="time"
          label={t('optionsStartsAt')}
          value={draft.workday.start}
          errors={errorsAt(errors, 'workday.start')}
          onChange={(start) => onChange({ workday: { start } })}
        />
        <TextField
          path="workday.end"
          type="time"
          label={t('optionsEndsAt')}
          value={draft.workday.end}
          errors={errorsAt(errors, 'workday.end')}
          onChange={(end) => onChange({ workday: { end } })}
        />
      </div>
      <CheckboxGroup
        path="workday.days"
        legend={t('optionsWorkingDays')}
        errors={errorsAt(errors, 'workday.days')}
        choices={WEEKDAYS.map(({ day, name }) => ({ value: day, label: t(name) }))}
        selected={draft.workday.days}
        onToggle={(day, on) => onChange({ workday: { days: toggled(draft.workday.days, day, on, (a, b) => a - b) } })}
      />
    </fieldset>
  );
}

export function RemindersSection({ draft, errors, onChange }: SectionProps) {
  return (
    <fieldset>
      <legend>{t('optionsReminders')}</legend>
      <CheckboxGroup
        path="reminderLeadMinutes"
        legend={t('optionsLeadChoices')}
        errors={errorsAt(errors, 'reminderLeadMinutes')}
        choices={leadChoices(draft.reminderLeadMinutes).map(({ minutes, key }) => ({
          value: minutes,
          label: key ? t(key) : t('optionsLeadOther', minutes),
        }))}
        selected={draft.reminderLeadMinutes}
        onToggle={(minutes, on) => onChange({ reminderLeadMinutes: toggled(draft.reminderLeadMinutes, minutes, on, (a, b) => b - a) })}
      >
        <label className="day">
          <input type="checkbox" checked={draft.remindMorningOf} onChange={(e) => onChange({ remindMorningOf: e.currentTarget.checked })} />
          {t('optionsMorningOf')}
        </label>
      </CheckboxGroup>
      <SelectField
        path="undatedAlertWorkdays"
        label={t('optionsUndatedAfter')}
        value={String(draft.undatedAlertWorkdays)}
        options={['0', '1', '2', '3', '5']}
        optionLabel={(v) => (v === '0' ? t('optionsUndatedNever') : t('optionsUndatedDays', v))}
        errors={errorsAt(errors, 'undatedAlertWorkdays')}
        onChange={(v) => onChange({ undatedAlertWorkdays: Number(v) })}
      />
      <CheckboxField
        path="dailyDigest"
        label={t('optionsDailyDigest')}
        checked={draft.dailyDigest}
        onChange={(dailyDigest) => onChange({ dailyDigest })}
      />
      <CheckboxField
        path="readDraft"
        label={t('optionsReadDraft')}
        hint={t('optionsReadDraftHint')}
        checked={draft.readDraft}
        onChange={(readDraft) => onChange({ readDraft })}
      />
      <CheckboxField
        path="notificationDetails"
        label={t('optionsNotificationDetails')}
        checked={draft.notificationDetails}
        onChange={(notificationDetails) => onChange({ notificationDetails })}
      />
    </fieldset>
  );
}

export function HostsSection({ draft, onChange, errors }: SectionProps) {
  return (
    <fieldset>
      <legend>{t('optionsHosts')}</legend>
      {hostIds(draft.enabledHosts).map((id) => (
        <CheckboxField
          key={id}
          path={`enabledHosts.${id}`}
          label={hostLabel(id, t)}
          checked={draft.enabledHosts[id] !== false}
          onChange={(on) => onChange({ enabledHosts: { [id]: on } })}
        />
      ))}
      <FieldErrors path="enabledHosts" messages={errorsAt(errors, 'enabledHosts')} />
    </fieldset>
  );
}
