// The settings form's sections. Each takes the draft, the field errors and an onChange with a
// SettingsPatch; none of them saves anything (OptionsApp does, after validation).
import type { Settings, SettingsPatch } from '@/utils/settings';
import { t } from '@/utils/i18n';
import { LIMITS } from '@/utils/settings';
import { CheckboxField, FieldErrors, SelectField, TextAreaField, TextField } from './fields';
import { describedBy, errorId, errorsAt, fieldId, hostIds, hostLabel, leadChoices, WEEKDAYS, type FieldErrors as Errors } from './form';
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
  const dayErrors = errorsAt(errors, 'workday.days');
  const toggleDay = (day: number, on: boolean) => {
    const days = on ? [...draft.workday.days, day] : draft.workday.days.filter((d) => d !== day);
    onChange({ workday: { days: [...new Set(days)].sort((a, b) => a - b) } });
  };
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
      <fieldset
        className="days"
        id={fieldId('workday.days')}
        aria-invalid={dayErrors.length > 0 || undefined}
        aria-describedby={describedBy(dayErrors.length > 0 && errorId('workday.days'))}
      >
        <legend>{t('optionsWorkingDays')}</legend>
        {WEEKDAYS.map(({ day, name }) => (
          <label key={day} className="day">
            <input type="checkbox" checked={draft.workday.days.includes(day)} onChange={(e) => toggleDay(day, e.currentTarget.checked)} />
            {t(name)}
          </label>
        ))}
        <FieldErrors path="workday.days" messages={dayErrors} />
      </fieldset>
    </fieldset>
  );
}

export function RemindersSection({ draft, errors, onChange }: SectionProps) {
  const leadErrors = errorsAt(errors, 'reminderLeadMinutes');
  const toggleLead = (minutes: number, on: boolean) => {
    const rest = draft.reminderLeadMinutes.filter((m) => m !== minutes);
    onChange({ reminderLeadMinutes: (on ? [...rest, minutes] : rest).sort((a, b) => b - a) });
  };
  return (
    <fieldset>
      <legend>{t('optionsReminders')}</legend>
      <fieldset
        className="days"
        id={fieldId('reminderLeadMinutes')}
        aria-invalid={leadErrors.length > 0 || undefined}
        aria-describedby={describedBy(leadErrors.length > 0 && errorId('reminderLeadMinutes'))}
      >
        <legend>{t('optionsLeadChoices')}</legend>
        {leadChoices(draft.reminderLeadMinutes).map(({ minutes, key }) => (
          <label key={minutes} className="day">
            <input type="checkbox" checked={draft.reminderLeadMinutes.includes(minutes)} onChange={(e) => toggleLead(minutes, e.currentTarget.checked)} />
            {key ? t(key) : t('optionsLeadOther', minutes)}
          </label>
        ))}
        <label className="day">
          <input type="checkbox" checked={draft.remindMorningOf} onChange={(e) => onChange({ remindMorningOf: e.currentTarget.checked })} />
          {t('optionsMorningOf')}
        </label>
        <FieldErrors path="reminderLeadMinutes" messages={leadErrors} />
      </fieldset>
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
