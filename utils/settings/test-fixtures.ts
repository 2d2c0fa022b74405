// Settings as an earlier release (version 1) stored them, for the migration tests (tests only).
import type { SettingsV1 } from './migrate';

export const SETTINGS_V1_FIXTURE: SettingsV1 = {
  agentName: 'Sam Lee',
  signature: '— Sam',
  timeZone: 'Europe/Berlin',
  workdayStart: '08:30',
  workdayEnd: '16:30',
  workdays: [1, 2, 3, 4],
  leadMinutes: 120,
  dailyDigest: true,
  summaryLead: 'Quick recap:',
  enabledHosts: { gmail: true, zendesk: false },
  customDomains: ['support.acme.com'],
};
