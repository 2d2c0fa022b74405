// The agent's settings. Each setting is written once, in SETTINGS_FIELDS: its default, its check (as
// the options page saves it) and its repair (on every read); the Settings type, DEFAULT_SETTINGS,
// validateSettings and normalizeSettings are derived from that table (the v1 → v2 migration: ./migrate.ts).
// Pure (no browser API) so the options page, the background and tests share it; the storage item
// is listed in utils/storage-items.ts.
//
// A new setting: one entry in SETTINGS_FIELDS (with its doc comment), then its control in
// components/options. Stored values without it read as its default.
import { DEFAULT_WORKDAY, type Workday } from '../commitments/types';
import { DEFAULT_SUMMARY_TEMPLATES, type SummaryTemplates } from '../summary/types';
import { isValidTimeZone } from '../commitments/deadlines/zones';
import { isRecord } from '../guards';
import type { I18nKey, Translate } from '../i18n-keys';

export type AgentVoice = 'I' | 'we' | 'name';
export const AGENT_VOICES: readonly AgentVoice[] = ['I', 'we', 'name'];

export const SETTINGS_VERSION = 2;

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

function browserTimeZone(): string {
  try {
    const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    return isValidTimeZone(zone) ? zone : 'UTC';
  } catch {
    return 'UTC';
  }
}

// ---------------------------------------------------------------- field checks

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
function isTimeOfDay(value: unknown): value is string {
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

export function isLeadMinutes(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= LIMITS.leadMinutesMax;
}

function isDay(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 6;
}

function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** Bytes the value takes in chrome.storage.sync under `key` (the quota counts key + JSON). */
export function syncBytes(value: unknown, key = 'settings'): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

// ---------------------------------------------------------------- the settings, one entry each

/** Reports one problem at `path`, as a catalog key (the words are the caller's Translate's). */
type Fail = (path: string, key: I18nKey, ...substitutions: Array<string | number>) => void;

/** One setting: written once, it yields its type (from `repair`), default, check and repair. */
interface Field<T> {
  /** A fresh default each call (never shared, so a caller may change it). */
  default: () => T;
  /** Reports what is wrong with `value` at `path` as the options page would save it; `all` is the whole input. */
  check: (value: unknown, fail: Fail, path: string, all: Record<string, unknown>) => void;
  /** Any stored value → a usable one: what is missing or wrong falls back to `fallback`, piece by piece. */
  repair: (value: unknown, fallback: T) => T;
}

function str(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function checkText(value: unknown, fail: Fail, path: string, max: number): void {
  if (typeof value !== 'string') fail(path, 'settingsMustBeText');
  else if (value.length > max) fail(path, 'settingsTextTooLong', max);
}

/** Free text up to `max` characters. */
function text(max: number, fallback = ''): Field<string> {
  return { default: () => fallback, check: (v, fail, path) => checkText(v, fail, path, max), repair: str };
}

/** On or off. `optional`: a stored value from before this setting existed may leave it out. */
function flag(fallback: boolean, { optional = false } = {}): Field<boolean> {
  return {
    default: () => fallback,
    check: (v, fail, path) => {
      if (!(optional && v === undefined) && typeof v !== 'boolean') fail(path, 'settingsMustBeBoolean');
    },
    repair: (v, d) => (typeof v === 'boolean' ? v : d),
  };
}

function oneOf<T extends string>(values: readonly T[], fallback: T, message: I18nKey): Field<T> {
  const is = (v: unknown): v is T => typeof v === 'string' && (values as readonly string[]).includes(v);
  return { default: () => fallback, check: (v, fail, path) => !is(v) && fail(path, message), repair: (v, d) => (is(v) ? v : d) };
}

const AGENT_VOICE_FIELD = oneOf(AGENT_VOICES, 'I', 'settingsVoiceUnknown');
const SUMMARY_ZONES = ['customer', 'both'] as const;
const isZones = (v: unknown): v is 'customer' | 'both' => typeof v === 'string' && (SUMMARY_ZONES as readonly string[]).includes(v);
const HEADING_KEYS = ['agent', 'customer', 'thirdParty'] as const;
const TEMPLATE_KEYS = ['lead', 'confirm', 'probe'] as const;

/** The settings in the order their problems are reported. Each doc comment is the setting's. */
export const SETTINGS_FIELDS = {
  /** Shown in summaries ("Sam will…" in the name voice, {agentName}). */
  agentName: text(LIMITS.agentName),
  /** Appended to the summary when not empty. */
  signature: text(LIMITS.signature),
  /** How the summary speaks for the agent's side: "I'll…", "We'll…" or "Sam will…". */
  agentVoice: {
    ...AGENT_VOICE_FIELD,
    check: (v, fail, path, all) => {
      AGENT_VOICE_FIELD.check(v, fail, path, all);
      if (v === 'name' && typeof all.agentName === 'string' && all.agentName.trim() === '') fail('agentName', 'settingsVoiceNeedsName');
    },
  } satisfies Field<AgentVoice>,
  /** The agent's IANA zone. Default: the browser's. */
  timeZone: {
    default: browserTimeZone,
    check: (v, fail, path) => !isValidTimeZone(v) && fail(path, 'settingsZoneUnknown', String(v)),
    repair: (v, d) => (isValidTimeZone(v) ? v : d),
  } satisfies Field<string>,
  /** Working hours and days: they define EOD, COB and business days. */
  workday: {
    default: () => ({ ...DEFAULT_WORKDAY, days: [...DEFAULT_WORKDAY.days] }),
    check: (wd, fail, path) => {
      if (!isRecord(wd)) return fail(path, 'settingsWorkdayNotObject');
      const startOk = isTimeOfDay(wd.start);
      const endOk = isTimeOfDay(wd.end);
      if (!startOk) fail(`${path}.start`, 'settingsWorkdayStart');
      if (!endOk) fail(`${path}.end`, 'settingsWorkdayEnd');
      if (startOk && endOk && minutesOf(wd.end as string) <= minutesOf(wd.start as string))
        fail(`${path}.end`, 'settingsWorkdayEndBeforeStart');
      if (!Array.isArray(wd.days)) return fail(`${path}.days`, 'settingsDaysNotList');
      if (wd.days.length === 0) fail(`${path}.days`, 'settingsDaysEmpty');
      if (!wd.days.every(isDay)) fail(`${path}.days`, 'settingsDaysOutOfRange');
      else if (new Set(wd.days).size !== wd.days.length) fail(`${path}.days`, 'settingsDayTwice');
    },
    repair: (v, d): Workday => {
      const wd = isRecord(v) ? v : {};
      const start = isTimeOfDay(wd.start) ? wd.start : d.start;
      const end = isTimeOfDay(wd.end) ? wd.end : d.end;
      const hoursOk = minutesOf(end) > minutesOf(start);
      const days = Array.isArray(wd.days) ? [...new Set(wd.days.filter(isDay))].sort((a, b) => a - b) : [];
      return { start: hoursOk ? start : d.start, end: hoursOk ? end : d.end, days: days.length > 0 ? days : d.days };
    },
  } satisfies Field<Workday>,
  /** Minutes before a deadline to remind; 0 = at the deadline. Sorted, earliest reminder first. */
  reminderLeadMinutes: {
    default: () => [60, 0],
    check: (lead, fail, path) => {
      if (!Array.isArray(lead)) return fail(path, 'settingsLeadsNotList');
      if (!lead.every(isLeadMinutes)) fail(path, 'settingsLeadOutOfRange', LIMITS.leadMinutesMax);
      else if (new Set(lead).size !== lead.length) fail(path, 'settingsLeadTwice');
      if (lead.length > LIMITS.leadMinutesCount) fail(path, 'settingsTooManyLeads', LIMITS.leadMinutesCount);
    },
    repair: (v, d): number[] =>
      Array.isArray(v) ? [...new Set(v.filter(isLeadMinutes))].sort((a, b) => b - a).slice(0, LIMITS.leadMinutesCount) : d,
  } satisfies Field<number[]>,
  dailyDigest: flag(false),
  /**
   * Reminders show the commitment's words, the customer and the subject. Off, a notification says
   * only "1 commitment due now" (screens shared, notifications mirrored to a phone or a lock screen).
   */
  notificationDetails: flag(true, { optional: true }),
  summaryTemplates: {
    default: (): SummaryTemplates => ({
      ...DEFAULT_SUMMARY_TEMPLATES,
      zones: 'customer',
      headings: { ...DEFAULT_SUMMARY_TEMPLATES.headings },
    }),
    check: (tpl, fail, path) => {
      if (!isRecord(tpl)) return fail(path, 'settingsMustBeObject');
      for (const k of TEMPLATE_KEYS) checkText(tpl[k], fail, `${path}.${k}`, LIMITS.template);
      if (tpl.zones !== undefined && !isZones(tpl.zones)) fail(`${path}.zones`, 'settingsZonesUnknown');
      const h = tpl.headings;
      if (!isRecord(h)) fail(`${path}.headings`, 'settingsMustBeObject');
      else for (const k of HEADING_KEYS) checkText(h[k], fail, `${path}.headings.${k}`, LIMITS.template);
    },
    repair: (v, d): SummaryTemplates => {
      const tpl = isRecord(v) ? v : {};
      const h = isRecord(tpl.headings) ? tpl.headings : {};
      return {
        lead: str(tpl.lead, d.lead),
        confirm: str(tpl.confirm, d.confirm),
        probe: str(tpl.probe, d.probe),
        zones: isZones(tpl.zones) ? tpl.zones : 'customer',
        headings: {
          agent: str(h.agent, d.headings.agent),
          customer: str(h.customer, d.headings.customer),
          thirdParty: str(h.thirdParty, d.headings.thirdParty),
        },
      };
    },
  } satisfies Field<SummaryTemplates>,
  /**
   * Host adapter id → on/off. Ids not listed are on, so the default lists none and a host added in
   * a later version is on (the options page lists the known ids from utils/hosts/registry.ts).
   */
  enabledHosts: {
    default: (): Record<string, boolean> => ({}),
    check: (hosts, fail, path) => {
      if (!isRecord(hosts)) return fail(path, 'settingsHostsNotMap');
      for (const [id, on] of Object.entries(hosts)) if (typeof on !== 'boolean') fail(`${path}.${id}`, 'settingsMustBeBoolean');
    },
    repair: (v, d) => {
      const hosts = { ...d };
      if (isRecord(v)) for (const [id, on] of Object.entries(v)) if (typeof on === 'boolean') hosts[id] = on;
      return hosts;
    },
  } satisfies Field<Record<string, boolean>>,
  /** Extra helpdesk host names to run on ("support.acme.com"). */
  customDomains: {
    default: (): string[] => [],
    check: (domains, fail, path) => {
      if (!Array.isArray(domains)) return fail(path, 'settingsDomainsNotList');
      if (domains.length > LIMITS.customDomains) fail(path, 'settingsTooManyDomains', LIMITS.customDomains);
      const seen = new Set<string>();
      domains.forEach((d, i) => {
        if (!isHostname(d)) fail(`${path}.${i}`, 'settingsDomainInvalid', String(d));
        else if (seen.has(d.toLowerCase())) fail(`${path}.${i}`, 'settingsDomainTwice', d);
        else seen.add(d.toLowerCase());
      });
    },
    repair: (v, d) => (Array.isArray(v) ? [...new Set(v.filter(isHostname).map((h) => h.toLowerCase()))] : d),
  } satisfies Field<string[]>,
  /**
   * "Read my reply as I write it": the content script reads the agent's reply draft and the panel
   * coaches its promises. Off: the reply box is not observed at all.
   */
  readDraft: flag(true, { optional: true }),
  /** A promise without a date counts on the badge (amber) once it is this many working days old (0 = never). */
  undatedAlertWorkdays: {
    default: () => 1,
    check: (v, fail, path) => {
      if (v !== undefined && !isUndatedWorkdays(v)) fail(path, 'settingsUndatedWorkdays');
    },
    repair: (v, d) => (isUndatedWorkdays(v) ? v : d),
  } satisfies Field<number>,
  /** Also remind at the start of the workday on a deadline's day ("the morning of"). */
  remindMorningOf: flag(false, { optional: true }),
};

function isUndatedWorkdays(v: unknown): v is number {
  return Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 10;
}

type Fields = typeof SETTINGS_FIELDS;
type SettingKey = keyof Fields;

/** The agent's settings: one field per entry of SETTINGS_FIELDS, typed by its repair. */
export type Settings = { [K in SettingKey]: ReturnType<Fields[K]['repair']> };

const SETTING_KEYS = Object.keys(SETTINGS_FIELDS) as SettingKey[];

/** Fresh defaults (a new object each call). */
export function defaultSettings(): Settings {
  return Object.fromEntries(SETTING_KEYS.map((k) => [k, SETTINGS_FIELDS[k].default()])) as Settings;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Frozen: copy before changing (`defaultSettings()` gives a fresh one). */
export const DEFAULT_SETTINGS: Readonly<Settings> = deepFreeze(defaultSettings());

export interface SettingsValidation {
  ok: boolean;
  /** "path: message", one per problem, in field order. */
  errors: string[];
  /** The same messages by field path ('workday.end', 'customDomains.2'). */
  fieldErrors: Record<string, string[]>;
}

/**
 * Checks a complete Settings object as the options page would save it; the messages are in the words
 * of `tr` (utils/settings/index.ts passes browser.i18n's by default; tests the English catalog's).
 */
export function validateSettings(input: unknown, tr: Translate): SettingsValidation {
  const fieldErrors: Record<string, string[]> = {};
  const errors: string[] = [];
  const fail: Fail = (path, key, ...substitutions) => {
    const message = tr(key, ...substitutions);
    (fieldErrors[path] ??= []).push(message);
    errors.push(`${path}: ${message}`);
  };
  if (!isRecord(input)) {
    fail('settings', 'settingsMustBeObject');
    return { ok: false, errors, fieldErrors };
  }
  for (const k of SETTING_KEYS) SETTINGS_FIELDS[k].check(input[k], fail, k, input);
  if (errors.length === 0 && syncBytes(input) > LIMITS.syncItemBytes)
    fail('settings', 'settingsTooLarge', syncBytes(input), LIMITS.syncItemBytes);
  return { ok: errors.length === 0, errors, fieldErrors };
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
  const repaired = (k: SettingKey): unknown => (SETTINGS_FIELDS[k].repair as (v: unknown, f: unknown) => unknown)(input[k], d[k]);
  return Object.fromEntries(SETTING_KEYS.map((k) => [k, repaired(k)])) as Settings;
}

/** Is the adapter with this id switched on? Ids the settings do not list are on. */
export function isHostEnabled(settings: Pick<Settings, 'enabledHosts'>, hostId: string): boolean {
  return settings.enabledHosts[hostId] !== false;
}
