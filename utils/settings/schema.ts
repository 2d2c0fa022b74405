// The agent's settings: the one type, its defaults, validation, repair and the v1 → v2 migration.
// Pure (no browser API) so the options page, the background and tests share it; the storage item
// lives in ./index.ts.
import { DEFAULT_WORKDAY, type Workday } from '../commitments/types';
import { DEFAULT_SUMMARY_TEMPLATES, type SummaryHeadings, type SummaryTemplates } from '../summary/types';

export type AgentVoice = 'I' | 'we' | 'name';
export const AGENT_VOICES: readonly AgentVoice[] = ['I', 'we', 'name'];

function isAgentVoice(value: unknown): value is AgentVoice {
  return typeof value === 'string' && (AGENT_VOICES as readonly string[]).includes(value);
}

function isZones(value: unknown): value is 'customer' | 'both' {
  return value === 'customer' || value === 'both';
}

export interface Settings {
  /** Shown in summaries ("Sam will…" in the name voice, {agentName}). */
  agentName: string;
  /** Appended to the summary when not empty. */
  signature: string;
  /** How the summary speaks for the agent's side: "I'll…", "We'll…" or "Sam will…". */
  agentVoice: AgentVoice;
  /** The agent's IANA zone. Default: the browser's. */
  timeZone: string;
  workday: Workday;
  /** Minutes before a deadline to remind; 0 = at the deadline. Sorted, earliest reminder first. */
  reminderLeadMinutes: number[];
  dailyDigest: boolean;
  /**
   * Reminders show the commitment's words, the customer and the subject. Off, a notification says
   * only "1 commitment due now" (screens shared, notifications mirrored to a phone or a lock screen).
   */
  notificationDetails: boolean;
  summaryTemplates: SummaryTemplates;
  /** Host adapter id → on/off. Ids not listed are on. */
  enabledHosts: Record<string, boolean>;
  /** Extra helpdesk host names to run on ("support.acme.com"). */
  customDomains: string[];
  /**
   * "Read my reply as I write it": the content script reads the agent's reply draft and the panel
   * coaches its promises. Off: the reply box is not observed at all.
   */
  readDraft: boolean;
  /** A promise without a date counts on the badge (amber) once it is this many working days old (0 = never). */
  undatedAlertWorkdays: number;
  /** Also remind at the start of the workday on a deadline's day ("the morning of"). */
  remindMorningOf: boolean;
}

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

export const SETTINGS_VERSION = 2;

/** Host adapter ids known when this was written; `isHostEnabled` treats any other id as on. */
export const KNOWN_HOST_IDS = [
  'gmail',
  'zendesk',
  'intercom',
  'outlook',
  'hubspot',
  'freshdesk',
  'helpscout',
  'front',
  'demo-helpdesk',
  'custom',
] as const;

export const LIMITS = {
  agentName: 100,
  signature: 2000,
  template: 500,
  leadMinutesMax: 10_080,
  leadMinutesCount: 10,
  customDomains: 50,
  /** chrome.storage.sync QUOTA_BYTES_PER_ITEM: key plus JSON value. */
  syncItemBytes: 8192,
} as const;

export function browserTimeZone(): string {
  try {
    const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    return isValidTimeZone(zone) ? zone : 'UTC';
  } catch {
    return 'UTC';
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Fresh defaults (a new object each call). */
export function defaultSettings(): Settings {
  return {
    agentName: '',
    signature: '',
    agentVoice: 'I',
    timeZone: browserTimeZone(),
    workday: { ...DEFAULT_WORKDAY, days: [...DEFAULT_WORKDAY.days] },
    reminderLeadMinutes: [60, 0],
    dailyDigest: false,
    notificationDetails: true,
    summaryTemplates: { ...DEFAULT_SUMMARY_TEMPLATES, zones: 'customer', headings: { ...DEFAULT_SUMMARY_TEMPLATES.headings } },
    enabledHosts: Object.fromEntries(KNOWN_HOST_IDS.map((id) => [id, true])),
    customDomains: [],
    readDraft: true,
    undatedAlertWorkdays: 1,
    remindMorningOf: false,
  };
}

/** Frozen: copy before changing (`defaultSettings()` gives a fresh one). */
export const DEFAULT_SETTINGS: Readonly<Settings> = deepFreeze(defaultSettings());

// ---------------------------------------------------------------- field checks

export function isValidTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
export function isTimeOfDay(value: unknown): value is string {
  return typeof value === 'string' && HHMM.test(value);
}

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** A bare host name: "support.acme.com", "localhost", "127.0.0.1". No scheme, port, path or wildcard. */
export function isHostname(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 253) return false;
  const host = value.toLowerCase();
  if (host === 'localhost') return true;
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return false;
  const allNumeric = labels.every((l) => /^\d+$/.test(l));
  if (allNumeric) return labels.length === 4 && labels.every((l) => Number(l) <= 255);
  return !/^\d+$/.test(labels[labels.length - 1]!);
}

/**
 * What an agent pastes into the custom domains box ("https://Support.Acme.com/agent/tickets")
 * → "support.acme.com"; null when there is no host name in it.
 */
export function normalizeHostname(input: string): string | null {
  if (typeof input !== 'string') return null;
  const trimmed = input.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    const host = url.hostname.replace(/\.$/, '');
    return isHostname(host) ? host : null;
  } catch {
    return null;
  }
}

function isLeadMinutes(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= LIMITS.leadMinutesMax;
}

function isDay(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 6;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** Bytes the value takes in chrome.storage.sync under `key` (the quota counts key + JSON). */
export function syncBytes(value: unknown, key = 'settings'): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

// ---------------------------------------------------------------- validation

export interface SettingsValidation {
  ok: boolean;
  /** "path: message", one per problem, in field order. */
  errors: string[];
  /** The same messages by field path ('workday.end', 'customDomains.2'). */
  fieldErrors: Record<string, string[]>;
}

/** Checks a complete Settings object as the options page would save it. */
export function validateSettings(input: unknown): SettingsValidation {
  const fieldErrors: Record<string, string[]> = {};
  const errors: string[] = [];
  const fail = (path: string, message: string) => {
    (fieldErrors[path] ??= []).push(message);
    errors.push(`${path}: ${message}`);
  };
  if (!isRecord(input)) {
    fail('settings', 'must be an object');
    return { ok: false, errors, fieldErrors };
  }

  const text = (path: 'agentName' | 'signature', max: number) => {
    const v = input[path];
    if (typeof v !== 'string') fail(path, 'must be text');
    else if (v.length > max) fail(path, `must be at most ${max} characters`);
  };
  text('agentName', LIMITS.agentName);
  text('signature', LIMITS.signature);
  if (!isAgentVoice(input.agentVoice)) fail('agentVoice', 'must be "I", "we" or "name"');
  else if (input.agentVoice === 'name' && typeof input.agentName === 'string' && input.agentName.trim() === '')
    fail('agentName', 'give your name to speak as it in the summary');

  if (!isValidTimeZone(input.timeZone)) fail('timeZone', `"${String(input.timeZone)}" is not a known IANA time zone`);

  const wd = input.workday;
  if (!isRecord(wd)) fail('workday', 'must be an object with start, end and days');
  else {
    const startOk = isTimeOfDay(wd.start);
    const endOk = isTimeOfDay(wd.end);
    if (!startOk) fail('workday.start', 'must be a time like 09:00');
    if (!endOk) fail('workday.end', 'must be a time like 17:00');
    if (startOk && endOk && minutesOf(wd.end as string) <= minutesOf(wd.start as string))
      fail('workday.end', 'must be after the start');
    if (!Array.isArray(wd.days)) fail('workday.days', 'must be a list of days');
    else {
      if (wd.days.length === 0) fail('workday.days', 'pick at least one working day');
      if (!wd.days.every(isDay)) fail('workday.days', 'days are numbers 0 (Sunday) to 6 (Saturday)');
      else if (new Set(wd.days).size !== wd.days.length) fail('workday.days', 'a day is listed twice');
    }
  }

  const lead = input.reminderLeadMinutes;
  if (!Array.isArray(lead)) fail('reminderLeadMinutes', 'must be a list of minutes');
  else {
    if (!lead.every(isLeadMinutes))
      fail('reminderLeadMinutes', `each must be a whole number of minutes from 0 to ${LIMITS.leadMinutesMax} (one week)`);
    else if (new Set(lead).size !== lead.length) fail('reminderLeadMinutes', 'a reminder is listed twice');
    if (lead.length > LIMITS.leadMinutesCount) fail('reminderLeadMinutes', `at most ${LIMITS.leadMinutesCount} reminders`);
  }

  if (typeof input.dailyDigest !== 'boolean') fail('dailyDigest', 'must be true or false');
  if (input.notificationDetails !== undefined && typeof input.notificationDetails !== 'boolean') fail('notificationDetails', 'must be true or false');
  if (input.readDraft !== undefined && typeof input.readDraft !== 'boolean') fail('readDraft', 'must be true or false');
  if (input.remindMorningOf !== undefined && typeof input.remindMorningOf !== 'boolean') fail('remindMorningOf', 'must be true or false');
  if (input.undatedAlertWorkdays !== undefined && !isUndatedWorkdays(input.undatedAlertWorkdays)) fail('undatedAlertWorkdays', 'must be a whole number of working days from 0 to 10');

  const tpl = input.summaryTemplates;
  if (!isRecord(tpl)) fail('summaryTemplates', 'must be an object');
  else {
    const templateText = (path: string, v: unknown) => {
      if (typeof v !== 'string') fail(path, 'must be text');
      else if (v.length > LIMITS.template) fail(path, `must be at most ${LIMITS.template} characters`);
    };
    for (const k of ['lead', 'confirm', 'probe'] as const) templateText(`summaryTemplates.${k}`, tpl[k]);
    if (tpl.zones !== undefined && !isZones(tpl.zones)) fail('summaryTemplates.zones', 'must be "customer" or "both"');
    const h = tpl.headings;
    if (!isRecord(h)) fail('summaryTemplates.headings', 'must be an object');
    else for (const k of ['agent', 'customer', 'thirdParty'] as const) templateText(`summaryTemplates.headings.${k}`, h[k]);
  }

  const hosts = input.enabledHosts;
  if (!isRecord(hosts)) fail('enabledHosts', 'must map host ids to true or false');
  else for (const [id, on] of Object.entries(hosts)) if (typeof on !== 'boolean') fail(`enabledHosts.${id}`, 'must be true or false');

  const domains = input.customDomains;
  if (!Array.isArray(domains)) fail('customDomains', 'must be a list of host names');
  else {
    if (domains.length > LIMITS.customDomains) fail('customDomains', `at most ${LIMITS.customDomains} domains`);
    const seen = new Set<string>();
    domains.forEach((d, i) => {
      if (!isHostname(d)) fail(`customDomains.${i}`, `"${String(d)}" is not a host name like support.example.com`);
      else if (seen.has(d.toLowerCase())) fail(`customDomains.${i}`, `"${d}" is listed twice`);
      else seen.add(d.toLowerCase());
    });
  }

  if (errors.length === 0 && syncBytes(input) > LIMITS.syncItemBytes)
    fail('settings', `too large to sync (${syncBytes(input)} bytes; the limit is ${LIMITS.syncItemBytes}): shorten the signature or templates`);

  return { ok: errors.length === 0, errors, fieldErrors };
}

// ---------------------------------------------------------------- repair

function str(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

/**
 * Any stored value → a usable Settings: each field that is missing or wrong falls back to its
 * default on its own, list entries that are wrong are dropped, lists are de-duplicated and sorted,
 * host names lower-cased. Always a fresh object. Used on every read, so that a half-written or
 * hand-edited value never breaks a caller.
 */
export function normalizeSettings(input: unknown): Settings {
  const d = defaultSettings();
  if (!isRecord(input)) return d;

  const wdIn = isRecord(input.workday) ? input.workday : {};
  const start = isTimeOfDay(wdIn.start) ? wdIn.start : d.workday.start;
  const end = isTimeOfDay(wdIn.end) ? wdIn.end : d.workday.end;
  const hoursOk = minutesOf(end) > minutesOf(start);
  const days = Array.isArray(wdIn.days) ? [...new Set(wdIn.days.filter(isDay))].sort((a, b) => a - b) : [];

  const tplIn = isRecord(input.summaryTemplates) ? input.summaryTemplates : {};
  const hIn = isRecord(tplIn.headings) ? tplIn.headings : {};
  const headings: SummaryHeadings = {
    agent: str(hIn.agent, d.summaryTemplates.headings.agent),
    customer: str(hIn.customer, d.summaryTemplates.headings.customer),
    thirdParty: str(hIn.thirdParty, d.summaryTemplates.headings.thirdParty),
  };

  const enabledHosts = { ...d.enabledHosts };
  if (isRecord(input.enabledHosts))
    for (const [id, on] of Object.entries(input.enabledHosts)) if (typeof on === 'boolean') enabledHosts[id] = on;

  return {
    agentName: str(input.agentName, d.agentName),
    signature: str(input.signature, d.signature),
    agentVoice: isAgentVoice(input.agentVoice) ? input.agentVoice : d.agentVoice,
    timeZone: isValidTimeZone(input.timeZone) ? input.timeZone : d.timeZone,
    workday: {
      start: hoursOk ? start : d.workday.start,
      end: hoursOk ? end : d.workday.end,
      days: days.length > 0 ? days : d.workday.days,
    },
    reminderLeadMinutes: Array.isArray(input.reminderLeadMinutes)
      ? [...new Set(input.reminderLeadMinutes.filter(isLeadMinutes))].sort((a, b) => b - a).slice(0, LIMITS.leadMinutesCount)
      : d.reminderLeadMinutes,
    dailyDigest: typeof input.dailyDigest === 'boolean' ? input.dailyDigest : d.dailyDigest,
    notificationDetails: typeof input.notificationDetails === 'boolean' ? input.notificationDetails : d.notificationDetails,
    summaryTemplates: {
      lead: str(tplIn.lead, d.summaryTemplates.lead),
      confirm: str(tplIn.confirm, d.summaryTemplates.confirm),
      probe: str(tplIn.probe, d.summaryTemplates.probe),
      zones: isZones(tplIn.zones) ? tplIn.zones : 'customer',
      headings,
    },
    enabledHosts,
    customDomains: Array.isArray(input.customDomains)
      ? [...new Set(input.customDomains.filter(isHostname).map((h) => h.toLowerCase()))]
      : d.customDomains,
    readDraft: typeof input.readDraft === 'boolean' ? input.readDraft : d.readDraft,
    undatedAlertWorkdays: isUndatedWorkdays(input.undatedAlertWorkdays) ? input.undatedAlertWorkdays : d.undatedAlertWorkdays,
    remindMorningOf: typeof input.remindMorningOf === 'boolean' ? input.remindMorningOf : d.remindMorningOf,
  };
}

function isUndatedWorkdays(v: unknown): v is number {
  return Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 10;
}

/** Is the adapter with this id switched on? Ids the settings do not list are on. */
export function isHostEnabled(settings: Pick<Settings, 'enabledHosts'>, hostId: string): boolean {
  return settings.enabledHosts[hostId] !== false;
}

// ---------------------------------------------------------------- migrations

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
