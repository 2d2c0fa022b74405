// The agent's time zone: a search box over every zone the browser knows (the browser's own first,
// each named by its city), and the list of matches to choose from.
import { useMemo, useState } from 'react';
import { t } from '@/utils/i18n';
import { FieldErrors } from './fields';
import { describedBy, errorId, fieldId } from './form';
import { searchZones, zoneChoices } from './zones';

export function ZonePicker(props: { value: string; errors: string[]; onChange(zone: string): void }) {
  const browserZone = useMemo(() => Intl.DateTimeFormat().resolvedOptions().timeZone, []);
  const all = useMemo(() => zoneChoices(browserZone, props.value), [browserZone, props.value]);
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const found = searchZones(all, query);
    // The chosen zone stays in the list, so the list always shows what is saved.
    return found.some((z) => z.id === props.value) ? found : [...all.filter((z) => z.id === props.value), ...found];
  }, [all, query, props.value]);
  const id = fieldId('timeZone');
  const invalid = props.errors.length > 0;
  return (
    <div className="field zone-picker">
      <label htmlFor={id}>{t('optionsTimeZone')}</label>
      <input
        type="search"
        aria-label={t('optionsTimeZoneSearch')}
        placeholder={t('optionsTimeZoneSearch')}
        aria-controls={id}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          // Enter takes the first match (the agent typed a city and means it).
          if (e.key === 'Enter') {
            e.preventDefault();
            const first = searchZones(all, query)[0];
            if (first) props.onChange(first.id);
          }
        }}
      />
      <select
        id={id}
        size={6}
        value={props.value}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(`${id}-hint`, invalid && errorId('timeZone'))}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        {shown.map((z) => (
          <option key={z.id} value={z.id}>
            {z.id === browserZone ? t('optionsTimeZoneBrowser', z.label) : z.label}
          </option>
        ))}
      </select>
      <p className="hint" id={`${id}-hint`}>
        {t('optionsTimeZoneHint')} {t('optionsTimeZoneMatches', shown.length)}
      </p>
      <FieldErrors path="timeZone" messages={props.errors} />
    </div>
  );
}
