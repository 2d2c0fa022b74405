// Pure helpers of the options form: ids that tie errors to fields, the reminder list as text,
// host labels, dated file names. No React, no browser API: words come through a Translate parameter
// or are returned as catalog keys for the component to translate.
import type { I18nKey, Translate } from '@/utils/i18n-keys';
import { hostFacts, KNOWN_HOST_IDS } from '@/utils/hosts/catalogue';

/** Field errors by settings path ('workday.end', 'summaryTemplates.headings.agent'), as validateSettings gives them. */
export type FieldErrors = Record<string, string[]>;

/** The control's id for a settings path: 'workday.end' → 'field-workday-end'. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** The id of the element holding a field's error messages (for aria-describedby). */
export function errorId(path: string): string {
  return `${fieldId(path)}-error`;
}

/** Messages for this path and the paths under it ('customDomains' gets 'customDomains.2' too). */
export function errorsAt(errors: FieldErrors, path: string): string[] {
  return Object.entries(errors)
    .filter(([key]) => key === path || key.startsWith(`${path}.`))
    .flatMap(([, messages]) => messages);
}

/** Joins ids for aria-describedby, leaving out the missing ones; undefined when none. */
export function describedBy(...ids: Array<string | false | null | undefined>): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return list.length ? list.join(' ') : undefined;
}

/** The reminder choices, in words: the usual ones, then any other lead time the settings hold (kept, never lost). */
export function leadChoices(current: readonly number[]): Array<{ minutes: number; key: I18nKey | null }> {
  const usual: Array<{ minutes: number; key: I18nKey }> = [
    { minutes: 1440, key: 'optionsLead1440' },
    { minutes: 240, key: 'optionsLead240' },
    { minutes: 60, key: 'optionsLead60' },
    { minutes: 15, key: 'optionsLead15' },
    { minutes: 0, key: 'optionsLead0' },
  ];
  const other = current.filter((m) => !usual.some((u) => u.minutes === m)).map((minutes) => ({ minutes, key: null }));
  return [...usual, ...other].sort((a, b) => b.minutes - a.minutes);
}

/**
 * The options page's name for a host: its label (translated) or name; an unknown id as it is.
 * Product names stay as they are in every language; the other labels are catalog keys.
 */
export function hostLabel(id: string, tr: Translate): string {
  const host = hostFacts(id);
  if (!host) return id;
  return host.optionsLabel ? tr(host.optionsLabel) : host.name;
}

/** Known hosts first, in their usual order, then any other id the settings hold. */
export function hostIds(enabledHosts: Record<string, boolean>): string[] {
  const known: string[] = [...KNOWN_HOST_IDS];
  return [
    ...known,
    ...Object.keys(enabledHosts)
      .filter((id) => !known.includes(id))
      .sort(),
  ];
}

/** 'commitment-keeper-2025-03-03.json', the date in the agent's zone (falls back to UTC). */
export function datedFileName(extension: 'json' | 'csv' | 'ics', now: Date, timeZone: string): string {
  let date: string;
  try {
    // en-CA writes dates as YYYY-MM-DD.
    date = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  } catch {
    date = now.toISOString().slice(0, 10);
  }
  return `commitment-keeper-${date}.${extension}`;
}

/** The working-day checkboxes, Monday first; `name` is the day's catalog key. */
/** `list` with `value` in (`on`) or out, once, in `order`: what ticking a box of a CheckboxGroup makes. */
export function toggled<T>(list: readonly T[], value: T, on: boolean, order: (a: T, b: T) => number): T[] {
  const rest = list.filter((v) => v !== value);
  return (on ? [...rest, value] : rest).sort(order);
}

export const WEEKDAYS = [
  { day: 1, name: 'optionsMonday' },
  { day: 2, name: 'optionsTuesday' },
  { day: 3, name: 'optionsWednesday' },
  { day: 4, name: 'optionsThursday' },
  { day: 5, name: 'optionsFriday' },
  { day: 6, name: 'optionsSaturday' },
  { day: 0, name: 'optionsSunday' },
] as const satisfies ReadonlyArray<{ day: number; name: I18nKey }>;

/** Zones the browser knows, with the current one kept even if the list leaves it out ('UTC' on some builds). */
export function timeZoneOptions(current: string): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  return zones.includes(current) ? zones : [current, ...zones];
}
