// Every item the extension keeps in browser storage, one line each. Defined here only: the modules
// that use an item import it from this file, so nothing is stored under a key not listed here.
// The ledger is not here: it is IndexedDB in the background (utils/ledger). "Erase everything"
// clears the local and session areas whole (utils/erase-storage.ts); settings (sync) stay.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from './settings/schema';
import { SETTINGS_MIGRATIONS } from './settings/migrate';

export interface StoredDraft {
  text: string;
  /** Epoch ms of the last keystroke kept. */
  at: number;
}
/** Conversation id → the suggestions dismissed there, and when. */
export type Dismissals = Record<string, { at: number; keys: string[] }>;

const SETTINGS_KEY = 'sync:settings' as const;
const settingsOptions = { fallback: DEFAULT_SETTINGS as Settings, version: SETTINGS_VERSION, migrations: SETTINGS_MIGRATIONS };

/**
 * The agent's settings (sync: follows the agent's browser profile), versioned with migrations.
 * Defining runs pending migrations at once, so a test that seeds old data defines a fresh item.
 */
export const defineSettingsItem = () => storage.defineItem<Settings, Record<string, never>>(SETTINGS_KEY, settingsOptions);
/** Each conversation's unsent entry-box words (conversation id → words, time), kept while the agent types. */
export const panelDraftsItem = storage.defineItem<Record<string, StoredDraft>>('local:panelDrafts', { fallback: {} });
/** Reminder key → when it fired: a restart neither repeats nor skips a reminder. */
export const firedRemindersItem = storage.defineItem<Record<string, number>>('local:reminders:fired', { fallback: {} });
/** The day (in the agent's zone) the daily digest last went out. */
export const digestDayItem = storage.defineItem<string | null>('local:reminders:digestDay', { fallback: null });
/** Whether the panel is shown or collapsed, the same on every tab. */
export const panelExpandedItem = storage.defineItem<boolean>('local:panelExpanded', { fallback: true });
/** Suggestions the agent dismissed, per conversation. */
export const dismissedSuggestionsItem = storage.defineItem<Dismissals>('local:dismissedSuggestions', { fallback: {} });
