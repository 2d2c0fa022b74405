// The settings' storage versions: what version 1 held and the migration into version 2, for the
// storage item's `migrations` (utils/storage-items.ts). Pure, as ./schema.ts.
import { isRecord } from '../guards';
import { defaultSettings, isLeadMinutes, normalizeSettings, type Settings } from './schema';

/** What `sync:settings` held at version 1. */
export interface SettingsV1 {
  agentName: string;
  signature: string;
  timeZone: string;
  /** 'HH:MM' */
  workdayStart: string;
  /** 'HH:MM' */
  workdayEnd: string;
  /** 0 = Sunday. */
  workdays: number[];
  /** One reminder this many minutes before the deadline; v1 always reminded at the deadline too. */
  leadMinutes: number;
  dailyDigest: boolean;
  /** v1 could only change the lead line of the summary. */
  summaryLead: string;
  enabledHosts: Record<string, boolean>;
  customDomains: string[];
}

/**
 * v1 → v2: flat `workdayStart`/`workdayEnd`/`workdays` become `workday`; the single `leadMinutes`
 * (v1 also always reminded at the deadline) becomes `reminderLeadMinutes: [leadMinutes, 0]`;
 * `summaryLead` becomes `summaryTemplates.lead`. Tolerates partial or already-v2 values (a value
 * written without version metadata is read as v1), and repairs what it cannot read.
 */
export function migrateSettingsV1ToV2(old: unknown): Settings {
  if (!isRecord(old)) return defaultSettings();
  const v1 = old as Partial<SettingsV1> & Partial<Settings>;
  const next: Record<string, unknown> = { ...old };
  delete next.workdayStart;
  delete next.workdayEnd;
  delete next.workdays;
  delete next.leadMinutes;
  delete next.summaryLead;

  if (!isRecord(v1.workday)) {
    next.workday = { start: v1.workdayStart, end: v1.workdayEnd, days: v1.workdays };
  }
  if (!Array.isArray(v1.reminderLeadMinutes)) {
    next.reminderLeadMinutes = isLeadMinutes(v1.leadMinutes) ? [v1.leadMinutes, 0] : undefined;
  }
  if (!isRecord(v1.summaryTemplates) && typeof v1.summaryLead === 'string') {
    next.summaryTemplates = { lead: v1.summaryLead };
  }
  return normalizeSettings(next);
}

/** For `storage.defineItem({ migrations })`: target version → migration into it. */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: migrateSettingsV1ToV2,
};
