// What the options page shows for each bad field: the exact "path: message" (the page puts each
// message under its field, so a wrong path or an empty message is a bug the agent sees), and the
// limits at exactly the limit and one past it.
import { describe, expect, it } from 'vitest';
import { LIMITS, defaultSettings, isHostname, normalizeSettings, validateSettings, type Settings } from './index';

function valid(over: Record<string, unknown> = {}): Settings {
  return { ...defaultSettings(), timeZone: 'America/New_York', agentName: 'Sam Lee', ...over } as Settings;
}
const d = defaultSettings();
const tpl = (over: Record<string, unknown>) => ({ ...d.summaryTemplates, ...over });

describe('validateSettings: one message per bad field, under its path', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ['agentName not text', { agentName: 7 }, ['agentName: must be text']],
    ['signature not text', { signature: null }, ['signature: must be text']],
    ['agentVoice unknown', { agentVoice: 'they' }, ['agentVoice: must be "I", "we" or "name"']],
    ['name voice without a name', { agentVoice: 'name', agentName: '  ' }, ['agentName: give your name to speak as it in the summary']],
    ['unknown zone', { timeZone: 'Mars/Olympus' }, ['timeZone: "Mars/Olympus" is not a known IANA time zone']],
    ['workday not an object', { workday: 'nine to five' }, ['workday: must be an object with start, end and days']],
    ['workday start', { workday: { ...d.workday, start: '9am' } }, ['workday.start: must be a time like 09:00']],
    ['workday end', { workday: { ...d.workday, end: '24:00' } }, ['workday.end: must be a time like 17:00']],
    ['workday end at the start', { workday: { ...d.workday, start: '09:00', end: '09:00' } }, ['workday.end: must be after the start']],
    ['workday days not a list', { workday: { ...d.workday, days: 'weekdays' } }, ['workday.days: must be a list of days']],
    ['no workday', { workday: { ...d.workday, days: [] } }, ['workday.days: pick at least one working day']],
    ['a day out of range', { workday: { ...d.workday, days: [1, 7] } }, ['workday.days: days are numbers 0 (Sunday) to 6 (Saturday)']],
    ['a day twice', { workday: { ...d.workday, days: [1, 1] } }, ['workday.days: a day is listed twice']],
    ['leads not a list', { reminderLeadMinutes: 60 }, ['reminderLeadMinutes: must be a list of minutes']],
    [
      'a lead out of range',
      { reminderLeadMinutes: [LIMITS.leadMinutesMax + 1] },
      [`reminderLeadMinutes: each must be a whole number of minutes from 0 to ${LIMITS.leadMinutesMax} (one week)`],
    ],
    ['a lead twice', { reminderLeadMinutes: [60, 60] }, ['reminderLeadMinutes: a reminder is listed twice']],
    [
      'too many leads',
      { reminderLeadMinutes: Array.from({ length: LIMITS.leadMinutesCount + 1 }, (_, i) => i) },
      [`reminderLeadMinutes: at most ${LIMITS.leadMinutesCount} reminders`],
    ],
    ['digest not boolean', { dailyDigest: 'yes' }, ['dailyDigest: must be true or false']],
    ['details not boolean', { notificationDetails: 1 }, ['notificationDetails: must be true or false']],
    ['readDraft not boolean', { readDraft: 'on' }, ['readDraft: must be true or false']],
    ['templates not an object', { summaryTemplates: 'x' }, ['summaryTemplates: must be an object']],
    ['lead not text', { summaryTemplates: tpl({ lead: 1 }) }, ['summaryTemplates.lead: must be text']],
    [
      'probe too long',
      { summaryTemplates: tpl({ probe: 'x'.repeat(LIMITS.template + 1) }) },
      [`summaryTemplates.probe: must be at most ${LIMITS.template} characters`],
    ],
    ['zones unknown', { summaryTemplates: tpl({ zones: 'agent' }) }, ['summaryTemplates.zones: must be "customer" or "both"']],
    ['headings not an object', { summaryTemplates: tpl({ headings: null }) }, ['summaryTemplates.headings: must be an object']],
    [
      'a heading not text',
      { summaryTemplates: tpl({ headings: { ...d.summaryTemplates.headings, thirdParty: 3 } }) },
      ['summaryTemplates.headings.thirdParty: must be text'],
    ],
    ['hosts not a map', { enabledHosts: ['gmail'] }, ['enabledHosts: must map host ids to true or false']],
    ['domains not a list', { customDomains: 'acme.com' }, ['customDomains: must be a list of host names']],
    [
      'a bad domain',
      { customDomains: ['ok.example.com', 'not a host'] },
      ['customDomains.1: "not a host" is not a host name like support.example.com'],
    ],
    ['a domain twice', { customDomains: ['a.example.com', 'A.example.com'] }, ['customDomains.1: "A.example.com" is listed twice']],
    [
      'too many domains',
      { customDomains: Array.from({ length: LIMITS.customDomains + 1 }, (_, i) => `d${i}.example.com`) },
      [`customDomains: at most ${LIMITS.customDomains} domains`],
    ],
  ])('%s', (_name, over, errors) => {
    const result = validateSettings(valid(over));
    expect(result.errors).toEqual(errors);
    expect(result.ok).toBe(false);
    const [path, message] = [errors[0]!.slice(0, errors[0]!.indexOf(': ')), errors[0]!.slice(errors[0]!.indexOf(': ') + 2)];
    expect(result.fieldErrors).toEqual({ [path]: [message] });
  });

  it('not an object at all', () => {
    expect(validateSettings(null)).toEqual({
      ok: false,
      errors: ['settings: must be an object'],
      fieldErrors: { settings: ['must be an object'] },
    });
  });
});

describe('limits at exactly the limit', () => {
  it.each<[string, (n: number) => Record<string, unknown>, number]>([
    ['agentName', (n) => ({ agentName: 'a'.repeat(n) }), LIMITS.agentName],
    ['signature', (n) => ({ signature: 's'.repeat(n) }), LIMITS.signature],
    ['a template', (n) => ({ summaryTemplates: tpl({ lead: 'l'.repeat(n) }) }), LIMITS.template],
    ['lead times', (n) => ({ reminderLeadMinutes: Array.from({ length: n }, (_, i) => i) }), LIMITS.leadMinutesCount],
    ['custom domains', (n) => ({ customDomains: Array.from({ length: n }, (_, i) => `d${i}.example.com`) }), LIMITS.customDomains],
  ])('%s: exactly the limit passes, one more fails', (_name, make, limit) => {
    expect(validateSettings(valid(make(limit))).errors).toEqual([]);
    expect(validateSettings(valid(make(limit + 1))).ok).toBe(false);
  });

  it('a lead of exactly one week passes', () => {
    expect(validateSettings(valid({ reminderLeadMinutes: [LIMITS.leadMinutesMax, 0] })).errors).toEqual([]);
  });

  it('a workday one minute long passes; normalisation keeps it', () => {
    const s = valid({ workday: { start: '09:00', end: '09:01', days: [2] } });
    expect(validateSettings(s).errors).toEqual([]);
    expect(normalizeSettings(s).workday).toEqual({ start: '09:00', end: '09:01', days: [2] });
    expect(normalizeSettings({ ...s, workday: { start: '09:01', end: '09:00', days: [2] } }).workday).toEqual({ ...d.workday, days: [2] });
  });
});

describe('isHostname at its edges', () => {
  it.each<[string, boolean]>([
    ['255.255.255.255', true],
    ['10.0.0.256', false],
    ['10.0.0', false],
    ['1.2.3.4.5', false],
    ['support.123', false],
    ['123.support', true],
    [`${'a'.repeat(63)}.com`, true],
    [`${'a'.repeat(64)}.com`, false],
    [`${'a.'.repeat(125)}com`, true], // 253 characters
    [`${'a.'.repeat(125)}comx`, false], // 254
    ['LOCALHOST', true],
    ['', false],
  ])('%j → %s', (host, ok) => {
    expect(isHostname(host)).toBe(ok);
  });
});
