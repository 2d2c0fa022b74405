import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  LIMITS,
  defaultSettings,
  isHostEnabled,
  isHostname,
  normalizeHostname,
  normalizeSettings,
  validateSettings as validateIn,
  SETTINGS_FIELDS,
  type Settings,
} from './schema';
import { SETTINGS_V1_FIXTURE } from './test-fixtures';
import { migrateSettingsV1ToV2 } from './migrate';
import { en } from '../../tests/support/catalog';

/** The pure check, in the English catalog's words. */
const validateSettings = (input: unknown) => validateIn(input, en);

function valid(over: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), timeZone: 'America/New_York', agentName: 'Sam Lee', ...over };
}

describe('DEFAULT_SETTINGS', () => {
  it('has the documented defaults and passes validation', () => {
    expect(DEFAULT_SETTINGS.workday).toEqual({ start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] });
    expect(DEFAULT_SETTINGS.reminderLeadMinutes).toEqual([60, 0]);
    expect(DEFAULT_SETTINGS.dailyDigest).toBe(false);
    expect(DEFAULT_SETTINGS.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    // Every host is on: ids not listed are on, so the default lists none.
    expect(DEFAULT_SETTINGS.enabledHosts).toEqual({});
    expect(isHostEnabled(DEFAULT_SETTINGS, 'gmail')).toBe(true);
    expect(DEFAULT_SETTINGS.customDomains).toEqual([]);
    // Reading the reply draft is on until the agent switches it off.
    expect(DEFAULT_SETTINGS.readDraft).toBe(true);
    expect(DEFAULT_SETTINGS.summaryTemplates.lead).toBe("To make sure we're on the same page:");
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, errors: [], fieldErrors: {} });
  });

  it('is frozen, and defaultSettings() gives a fresh copy', () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS.workday.days)).toBe(true);
    const copy = defaultSettings();
    copy.workday.days.push(6);
    expect(DEFAULT_SETTINGS.workday.days).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('validateSettings', () => {
  it.each<[string, Partial<Settings> | Record<string, unknown>, string[]]>([
    ['valid', {}, []],
    ['bad start time', { workday: { start: '9:00', end: '17:00', days: [1] } }, ['workday.start']],
    ['bad end time', { workday: { start: '09:00', end: '24:00', days: [1] } }, ['workday.end']],
    ['end before start', { workday: { start: '17:00', end: '09:00', days: [1] } }, ['workday.end']],
    ['end equal to start', { workday: { start: '09:00', end: '09:00', days: [1] } }, ['workday.end']],
    ['day out of range', { workday: { start: '09:00', end: '17:00', days: [1, 7] } }, ['workday.days']],
    ['fractional day', { workday: { start: '09:00', end: '17:00', days: [1.5] } }, ['workday.days']],
    ['no days', { workday: { start: '09:00', end: '17:00', days: [] } }, ['workday.days']],
    ['day twice', { workday: { start: '09:00', end: '17:00', days: [1, 1] } }, ['workday.days']],
    ['weekend worker', { workday: { start: '10:00', end: '18:30', days: [0, 6] } }, []],
    ['bad zone', { timeZone: 'Mars/Olympus' }, ['timeZone']],
    ['empty zone', { timeZone: '' }, ['timeZone']],
    ['other valid zone', { timeZone: 'Asia/Kolkata' }, []],
    ['negative lead', { reminderLeadMinutes: [-5] }, ['reminderLeadMinutes']],
    ['fractional lead', { reminderLeadMinutes: [1.5] }, ['reminderLeadMinutes']],
    ['lead over a week', { reminderLeadMinutes: [10081] }, ['reminderLeadMinutes']],
    ['lead of exactly a week and at deadline', { reminderLeadMinutes: [10080, 0] }, []],
    ['no reminders', { reminderLeadMinutes: [] }, []],
    ['lead twice', { reminderLeadMinutes: [60, 60] }, ['reminderLeadMinutes']],
    ['lead as string', { reminderLeadMinutes: ['60'] }, ['reminderLeadMinutes']],
    ['too many leads', { reminderLeadMinutes: Array.from({ length: 11 }, (_, i) => i) }, ['reminderLeadMinutes']],
    ['digest not boolean', { dailyDigest: 'yes' }, ['dailyDigest']],
    ['good domains', { customDomains: ['support.acme.com', 'help.example.co.uk', 'localhost', '127.0.0.1'] }, []],
    ['domain with scheme', { customDomains: ['https://support.acme.com'] }, ['customDomains.0']],
    ['domain with path', { customDomains: ['acme.com/help'] }, ['customDomains.0']],
    ['domain with port', { customDomains: ['acme.com:8080'] }, ['customDomains.0']],
    ['wildcard', { customDomains: ['*.acme.com'] }, ['customDomains.0']],
    ['single label', { customDomains: ['intranet'] }, ['customDomains.0']],
    ['label with leading dash', { customDomains: ['-acme.com'] }, ['customDomains.0']],
    ['numeric tld', { customDomains: ['acme.123'] }, ['customDomains.0']],
    ['bad ip', { customDomains: ['300.1.1.1'] }, ['customDomains.0']],
    ['domain twice', { customDomains: ['acme.com', 'ACME.com'] }, ['customDomains.1']],
    ['readDraft not a boolean', { readDraft: 'yes' }, ['readDraft']],
    ['undatedAlertWorkdays not a whole number of days', { undatedAlertWorkdays: 1.5 }, ['undatedAlertWorkdays']],
    ['host flag not boolean', { enabledHosts: { gmail: 'on' } }, ['enabledHosts.gmail']],
    ['name too long', { agentName: 'x'.repeat(LIMITS.agentName + 1) }, ['agentName']],
    ['template not text', { summaryTemplates: { ...DEFAULT_SETTINGS.summaryTemplates, lead: 5 } }, ['summaryTemplates.lead']],
    [
      'heading missing',
      { summaryTemplates: { lead: '', confirm: '', probe: '', headings: { agent: 'a', customer: 'b' } } },
      ['summaryTemplates.headings.thirdParty'],
    ],
    ['unknown voice', { agentVoice: 'they' }, ['agentVoice']],
    ['name voice without a name', { agentVoice: 'name', agentName: ' ' }, ['agentName']],
    ['name voice with a name', { agentVoice: 'name', agentName: 'Sam' }, []],
    ['unknown zones choice', { summaryTemplates: { ...DEFAULT_SETTINGS.summaryTemplates, zones: 'mine' } }, ['summaryTemplates.zones']],
    [
      'empty templates are allowed',
      { summaryTemplates: { lead: '', confirm: '', probe: '', headings: { agent: '', customer: '', thirdParty: '' } } },
      [],
    ],
    [
      'too big for sync',
      {
        signature: 'é'.repeat(1999),
        summaryTemplates: {
          lead: 'x'.repeat(500),
          confirm: 'x'.repeat(500),
          probe: 'x'.repeat(500),
          headings: { agent: 'x'.repeat(500), customer: 'x'.repeat(500), thirdParty: 'x'.repeat(500) },
        },
        customDomains: Array.from({ length: 50 }, (_, i) => `helpdesk-${i}.some-long-company-name.example.com`),
      },
      ['settings'],
    ],
  ])('%s', (_name, over, fields) => {
    const result = validateSettings({ ...valid(), ...over });
    expect(Object.keys(result.fieldErrors)).toEqual(fields);
    expect(result.ok).toBe(fields.length === 0);
    expect(result.errors).toHaveLength(Object.values(result.fieldErrors).flat().length);
  });

  it('reports missing fields and non-objects', () => {
    expect(validateSettings(null)).toMatchObject({ ok: false, errors: ['settings: must be an object'] });
    const { fieldErrors } = validateSettings({});
    expect(Object.keys(fieldErrors)).toEqual([
      'agentName',
      'signature',
      'agentVoice',
      'timeZone',
      'workday',
      'reminderLeadMinutes',
      'dailyDigest',
      'summaryTemplates',
      'enabledHosts',
      'customDomains',
    ]);
  });

  it('says which field and why', () => {
    const { errors } = validateSettings(valid({ workday: { start: '17:00', end: '09:00', days: [1] } }));
    expect(errors).toEqual(['workday.end: must be after the start']);
  });
});

describe('host names', () => {
  it.each([
    ['support.acme.com', 'support.acme.com'],
    ['  Support.ACME.com ', 'support.acme.com'],
    ['https://support.acme.com/agent/tickets/42', 'support.acme.com'],
    ['http://support.acme.com:8443', 'support.acme.com'],
    ['support.acme.com.', 'support.acme.com'],
    ['bücher.example', 'xn--bcher-kva.example'],
    ['', null],
    ['not a host', null],
    ['*.acme.com', null],
    ['intranet', null],
  ])('normalizeHostname(%j) → %j', (input, expected) => {
    expect(normalizeHostname(input)).toBe(expected);
    if (expected) expect(isHostname(expected)).toBe(true);
  });
});

describe('normalizeSettings', () => {
  it('keeps readDraft switched off, and repairs a value that is not a boolean to on', () => {
    expect(normalizeSettings({ readDraft: false }).readDraft).toBe(false);
    expect(normalizeSettings({ readDraft: 'off' }).readDraft).toBe(true);
  });
  it('gives defaults for junk', () => {
    for (const junk of [null, undefined, 42, 'x', []]) expect(normalizeSettings(junk)).toEqual(defaultSettings());
  });

  it('repairs field by field and keeps the good ones', () => {
    const s = normalizeSettings({
      agentName: 'Sam',
      timeZone: 'Nowhere/Land',
      workday: { start: '18:00', end: '08:00', days: [5, 1, 1, 9] },
      reminderLeadMinutes: [0, 60, 60, -1, 1440],
      dailyDigest: 'yes',
      summaryTemplates: { lead: 'Hi {customerName}', headings: { agent: 7 } },
      enabledHosts: { gmail: false, zendesk: 'no', newhost: true },
      customDomains: ['Support.Acme.com', 'support.acme.com', 'bad domain'],
      extra: 'ignored',
    });
    expect(s).toEqual({
      ...defaultSettings(),
      agentName: 'Sam',
      workday: { start: '09:00', end: '17:00', days: [1, 5] },
      reminderLeadMinutes: [1440, 60, 0],
      summaryTemplates: { ...DEFAULT_SETTINGS.summaryTemplates, lead: 'Hi {customerName}' },
      enabledHosts: { ...DEFAULT_SETTINGS.enabledHosts, gmail: false, newhost: true },
      customDomains: ['support.acme.com'],
    });
  });

  it('leaves valid settings unchanged, every field set away from its default', () => {
    // Every field differs from the default, so a field dropped and re-filled by normalisation fails.
    const s: Settings = {
      agentName: 'Sam Lee',
      signature: '— Sam\nAcme support',
      agentVoice: 'we',
      timeZone: 'Asia/Tokyo',
      workday: { start: '08:30', end: '16:45', days: [0, 2, 4] },
      reminderLeadMinutes: [1440, 30, 0],
      dailyDigest: true,
      notificationDetails: false,
      summaryTemplates: {
        lead: 'Quick recap, {customerName}:',
        confirm: 'Correct?',
        probe: 'Anything in the way?',
        headings: { agent: 'Our part:', customer: 'Your part:', thirdParty: 'Others:' },
        zones: 'both',
      },
      enabledHosts: { ...DEFAULT_SETTINGS.enabledHosts, gmail: false, outlook: false },
      customDomains: ['a.example.com', 'help.example.org'],
      readDraft: false,
      undatedAlertWorkdays: 3,
      remindMorningOf: true,
    };
    for (const key of Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>) expect(s[key], key).not.toEqual(DEFAULT_SETTINGS[key]);
    expect(validateSettings(s).errors).toEqual([]);
    expect(normalizeSettings(s)).toEqual(s);
  });
});

describe('isHostEnabled', () => {
  it('is on unless switched off', () => {
    const s = valid({ enabledHosts: { gmail: false, zendesk: true } });
    expect(isHostEnabled(s, 'gmail')).toBe(false);
    expect(isHostEnabled(s, 'zendesk')).toBe(true);
    expect(isHostEnabled(s, 'brand-new-host')).toBe(true);
  });
});

describe('migrateSettingsV1ToV2', () => {
  const v1 = SETTINGS_V1_FIXTURE;

  it('maps every v1 field', () => {
    expect(migrateSettingsV1ToV2(v1)).toEqual({
      agentName: 'Sam Lee',
      signature: '— Sam',
      agentVoice: 'I',
      timeZone: 'Europe/Berlin',
      workday: { start: '08:30', end: '16:30', days: [1, 2, 3, 4] },
      reminderLeadMinutes: [120, 0],
      dailyDigest: true,
      notificationDetails: true,
      summaryTemplates: { ...DEFAULT_SETTINGS.summaryTemplates, lead: 'Quick recap:' },
      enabledHosts: { gmail: true, zendesk: false },
      customDomains: ['support.acme.com'],
      readDraft: true,
      undatedAlertWorkdays: 1,
      remindMorningOf: false,
    });
  });

  it.each<[string, Record<string, unknown>, Partial<Settings>]>([
    ['lead 0 means only at the deadline', { leadMinutes: 0 }, { reminderLeadMinutes: [0] }],
    ['bad lead falls back', { leadMinutes: -3 }, { reminderLeadMinutes: [60, 0] }],
    ['missing workday fields fall back', { workdayStart: '10:00' }, { workday: { start: '10:00', end: '17:00', days: [1, 2, 3, 4, 5] } }],
    ['inverted workday falls back', { workdayStart: '18:00', workdayEnd: '09:00' }, { workday: DEFAULT_SETTINGS.workday }],
    ['empty object', {}, {}],
  ])('%s', (_name, partial, expected) => {
    expect(migrateSettingsV1ToV2(partial)).toEqual({ ...defaultSettings(), ...expected });
  });

  it('passes an already-v2 value through unchanged', () => {
    const v2 = valid({ workday: { start: '07:00', end: '15:00', days: [1, 2] }, reminderLeadMinutes: [30] });
    expect(migrateSettingsV1ToV2(v2)).toEqual(v2);
  });

  it('gives defaults for a value that is not an object', () => {
    expect(migrateSettingsV1ToV2('garbage')).toEqual(defaultSettings());
  });
});

describe('each setting written once (SETTINGS_FIELDS)', () => {
  it('every field gives the default, passes its own check, and repairs a missing or wrong value to it', () => {
    const defaults = defaultSettings();
    expect(Object.keys(defaults)).toEqual(Object.keys(SETTINGS_FIELDS));
    expect(validateSettings(defaults)).toMatchObject({ ok: true, errors: [] });
    for (const key of Object.keys(SETTINGS_FIELDS) as Array<keyof typeof SETTINGS_FIELDS>) {
      const { [key]: _left, ...without } = defaults;
      expect(normalizeSettings(without)[key], `${key} missing`).toEqual(defaults[key]);
      expect(normalizeSettings({ ...defaults, [key]: Symbol.for('wrong') })[key], `${key} wrong`).toEqual(defaults[key]);
      expect(validateSettings({ ...defaults, [key]: Symbol.for('wrong') }).ok, `${key} wrong`).toBe(false);
    }
  });
});
