// The agent's settings as one WXT storage item in `sync:` storage, versioned with migrations.
// Every context (background, popup, options, panel, content script) reads it through these
// helpers; the type, defaults and checks live in ./schema.ts.
import type { WxtStorageItem } from 'wxt/utils/storage';
import type { Workday } from '../commitments/types';
import type { SummaryHeadings, SummaryTemplates } from '../summary/types';
import { defineSettingsItem } from '../storage-items';
import { normalizeSettings, validateSettings as validateSettingsIn, type Settings, type SettingsValidation } from './schema';
import { t } from '../i18n';
import type { Translate } from '../i18n-keys';

export * from './schema';
export * from './migrate';
export { defineSettingsItem } from '../storage-items';

/**
 * schema.ts's check, its messages in the agent's language: browser.i18n by default (every context
 * that saves settings has it); pass a Translate to word them otherwise.
 */
export function validateSettings(input: unknown, tr: Translate = t): SettingsValidation {
  return validateSettingsIn(input, tr);
}

export type SettingsItem = WxtStorageItem<Settings, Record<string, never>>;

export const settingsItem: SettingsItem = defineSettingsItem();

/** Thrown by the setters when the value does not pass `validateSettings`. */
export class SettingsValidationError extends Error {
  constructor(
    readonly errors: string[],
    readonly fieldErrors: Record<string, string[]>,
  ) {
    super(`Invalid settings: ${errors.join('; ')}`);
    this.name = 'SettingsValidationError';
  }
}

/** A change to some settings; `workday`, `summaryTemplates` (and its headings) and `enabledHosts` merge. */
export type SettingsPatch = Partial<Omit<Settings, 'workday' | 'summaryTemplates'>> & {
  workday?: Partial<Workday>;
  summaryTemplates?: Partial<Omit<SummaryTemplates, 'headings'>> & { headings?: Partial<SummaryHeadings> };
};

export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  return {
    ...current,
    ...patch,
    workday: { ...current.workday, ...patch.workday },
    summaryTemplates: {
      ...current.summaryTemplates,
      ...patch.summaryTemplates,
      headings: { ...current.summaryTemplates.headings, ...patch.summaryTemplates?.headings },
    },
    enabledHosts: { ...current.enabledHosts, ...patch.enabledHosts },
  };
}

/** The current settings, repaired field by field if storage holds something odd. Never throws on bad data. */
export async function getSettings(item: SettingsItem = settingsItem): Promise<Settings> {
  return normalizeSettings(await item.getValue());
}

/** Validates, then stores (lists de-duplicated and sorted, host names lower-cased). */
export async function setSettings(next: Settings, item: SettingsItem = settingsItem): Promise<void> {
  const result = validateSettings(next);
  if (!result.ok) throw new SettingsValidationError(result.errors, result.fieldErrors);
  await item.setValue(normalizeSettings(next));
}

/**
 * Reads, applies the change, validates and stores; returns what was stored. Two contexts updating
 * at the same moment can still overwrite each other's change (storage has no transactions).
 */
export async function updateSettings(
  change: SettingsPatch | ((current: Settings) => Settings),
  item: SettingsItem = settingsItem,
): Promise<Settings> {
  const current = await getSettings(item);
  const next = typeof change === 'function' ? change(current) : applySettingsPatch(current, change);
  await setSettings(next, item);
  return normalizeSettings(next);
}

/** Back to the defaults (the stored value is removed; reads give DEFAULT_SETTINGS). */
export async function resetSettings(item: SettingsItem = settingsItem): Promise<void> {
  await item.removeValue();
}

/** Calls back with repaired values on every change, from any context. Returns the unsubscribe. */
export function watchSettings(callback: (next: Settings, previous: Settings) => void, item: SettingsItem = settingsItem): () => void {
  return item.watch((next, previous) => callback(normalizeSettings(next), normalizeSettings(previous)));
}
