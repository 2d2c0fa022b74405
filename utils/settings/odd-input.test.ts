// What the settings rules do with input only a damaged store, a hand edit or an odd browser gives:
// values of the wrong type, times and host names at the edge of their pattern, fractional numbers,
// lists past their limit. Each value is checked against what was set, never a default that a
// repair would fill in anyway.
import { describe, expect, it, vi } from 'vitest';
import {
  LIMITS,
  SettingsValidationError,
  defaultSettings,
  isHostname,
  migrateSettingsV1ToV2,
  normalizeHostname,
  normalizeSettings,
  setSettings,
  syncBytes,
  validateSettings,
  type Settings,
} from './index';

function valid(over: Record<string, unknown> = {}): Settings {
  return { ...defaultSettings(), timeZone: 'America/New_York', agentName: 'Sam Lee', ...over } as Settings;
}
const d = defaultSettings();
const workday = (over: Record<string, unknown>) => ({ workday: { ...d.workday, ...over } });

describe('host names: the type and the labels', () => {
  it('a value that is not text is no host name (and does not throw)', () => {
    for (const value of [42, null, undefined, ['support.acme.com'], { host: 'support.acme.com' }]) {
      expect(isHostname(value)).toBe(false);
      expect(normalizeHostname(value as never)).toBeNull();
    }
  });

  it('digits may start or end a label; only an all-digit last label or four all-digit labels are special', () => {
    expect(isHostname('a1.b2')).toBe(true);
    expect(isHostname('1a.2b')).toBe(true);
    expect(isHostname('host.1a')).toBe(true);
    expect(isHostname('host.a1')).toBe(true);
    expect(isHostname('1.2.3.4')).toBe(true);
    expect(isHostname('host.12')).toBe(false);
  });

  it('a scheme counts only at the start of what was pasted', () => {
    expect(normalizeHostname('support.acme.com/login?next=https://other.example')).toBe('support.acme.com');
    expect(normalizeHostname('https://support.acme.com/login?next=http://other.example')).toBe('support.acme.com');
  });
});

describe('workday times: the whole value is HH:MM', () => {
  it.each(['09:000', '109:00', 'x09:00', '09:00x', '9:00'])('start %j is refused, and repaired to the default', (start) => {
    expect(validateSettings(valid(workday({ start }))).errors).toEqual(['workday.start: must be a time like 09:00']);
    expect(normalizeSettings(valid(workday({ start, end: '18:00' }))).workday.start).toBe(d.workday.start);
  });

  it('a time that is not text is refused even when it reads as one ("09:00" in a list, a number)', () => {
    expect(validateSettings(valid(workday({ start: ['09:00'] }))).errors).toEqual(['workday.start: must be a time like 09:00']);
    expect(validateSettings(valid(workday({ end: ['18:00'] }))).errors).toEqual(['workday.end: must be a time like 17:00']);
    // Only the bad one is named: the order of start and end is not judged without both.
    expect(validateSettings(valid(workday({ start: 900, end: '17:00' }))).errors).toEqual(['workday.start: must be a time like 09:00']);
    expect(normalizeSettings(valid(workday({ start: ['08:00'], end: '18:00' }))).workday).toEqual({
      ...d.workday,
      start: d.workday.start,
      end: '18:00',
    });
  });

  it('hours and minutes both count: 09:45 to 17:15 is a workday, 17:15 to 09:45 is not', () => {
    const s = valid(workday({ start: '09:45', end: '17:15' }));
    expect(validateSettings(s).errors).toEqual([]);
    expect(normalizeSettings(s).workday).toEqual({ ...d.workday, start: '09:45', end: '17:15' });
    expect(validateSettings(valid(workday({ start: '17:15', end: '09:45' }))).errors).toEqual(['workday.end: must be after the start']);
  });

  it('a stored workday that ends when it starts is repaired to the default hours', () => {
    expect(normalizeSettings(valid(workday({ start: '10:00', end: '10:00', days: [3] }))).workday).toEqual({
      start: '09:00',
      end: '17:00',
      days: [3],
    });
  });

  it('a day before Sunday (-1) is refused and dropped', () => {
    expect(validateSettings(valid(workday({ days: [-1, 1] }))).errors).toEqual([
      'workday.days: days are numbers 0 (Sunday) to 6 (Saturday)',
    ]);
    expect(normalizeSettings(valid(workday({ days: [-1, 1] }))).workday.days).toEqual([1]);
  });

  it('a fractional day is refused and dropped', () => {
    expect(validateSettings(valid(workday({ days: [1, 2.5] }))).errors).toEqual([
      'workday.days: days are numbers 0 (Sunday) to 6 (Saturday)',
    ]);
    expect(normalizeSettings(valid(workday({ days: [1, 2.5] }))).workday.days).toEqual([1]);
  });
});

describe('lists and numbers past their limits', () => {
  it('more lead times than allowed: the repair keeps ten, the earliest reminders (largest leads) first', () => {
    const leads = Array.from({ length: LIMITS.leadMinutesCount + 2 }, (_, i) => i * 10);
    const kept = normalizeSettings(valid({ reminderLeadMinutes: leads })).reminderLeadMinutes;
    expect(kept).toHaveLength(LIMITS.leadMinutesCount);
    expect(kept).toEqual(leads.slice(2).reverse());
  });

  it.each([0, 10])('undated alert after %i working days is accepted and kept', (n) => {
    expect(validateSettings(valid({ undatedAlertWorkdays: n })).errors).toEqual([]);
    expect(normalizeSettings(valid({ undatedAlertWorkdays: n })).undatedAlertWorkdays).toBe(n);
  });

  it.each([11, -1, 1.5, '2'])('undated alert after %j working days is refused and repaired to the default (1)', (n) => {
    expect(validateSettings(valid({ undatedAlertWorkdays: n })).errors).toEqual([
      'undatedAlertWorkdays: must be a whole number of working days from 0 to 10',
    ]);
    expect(normalizeSettings(valid({ undatedAlertWorkdays: n })).undatedAlertWorkdays).toBe(1);
  });
});

describe('choices and switches', () => {
  it('defaults: no name, no signature, the "I" voice', () => {
    expect(d.agentName).toBe('');
    expect(d.signature).toBe('');
    expect(d.agentVoice).toBe('I');
  });

  it('an unknown voice is refused and repaired to "I"; a known one is kept', () => {
    expect(validateSettings(valid({ agentVoice: 'robot' })).errors).toEqual(['agentVoice: must be "I", "we" or "name"']);
    expect(validateSettings(valid({ agentVoice: 3 })).errors).toEqual(['agentVoice: must be "I", "we" or "name"']);
    expect(normalizeSettings(valid({ agentVoice: 'robot' })).agentVoice).toBe('I');
    expect(normalizeSettings(valid({ agentVoice: 'we' })).agentVoice).toBe('we');
  });

  it('the name voice with a name that is not text: the name is refused, nothing throws', () => {
    expect(validateSettings(valid({ agentVoice: 'name', agentName: 7 })).errors).toEqual(['agentName: must be text']);
  });

  it('the "I" and "we" voices need no name', () => {
    for (const agentVoice of ['I', 'we']) expect(validateSettings(valid({ agentVoice, agentName: '' })).errors).toEqual([]);
  });

  it('an unknown summary zones choice is repaired to "customer"; "both" is kept', () => {
    const zones = (z: unknown) =>
      normalizeSettings(valid({ summaryTemplates: { ...d.summaryTemplates, zones: z } })).summaryTemplates.zones;
    expect(zones('everyone')).toBe('customer');
    expect(zones(2)).toBe('customer');
    expect(zones('both')).toBe('both');
  });

  it('a host switch that is not on or off is named under the host id', () => {
    expect(validateSettings(valid({ enabledHosts: { gmail: 'yes', zendesk: false } })).fieldErrors).toEqual({
      'enabledHosts.gmail': ['must be true or false'],
    });
  });
});

describe('the size check and the error a setter throws', () => {
  it('the size counts the storage key with the JSON, as chrome.storage.sync does', () => {
    // 'settings' (8 bytes) + '{"a":1}' (7 bytes)
    expect(syncBytes({ a: 1 })).toBe(15);
    expect(syncBytes({ a: 1 }, 'k')).toBe(8);
  });

  it('a value that cannot be measured (a BigInt) is refused with its field, not thrown on', () => {
    const result = validateSettings(valid({ agentName: 10n }));
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual(['agentName: must be text']);
  });

  it('setSettings throws a SettingsValidationError that names every problem', async () => {
    const error = await setSettings(valid({ agentName: 7, agentVoice: 'robot' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsValidationError);
    expect((error as Error).name).toBe('SettingsValidationError');
    expect((error as Error).message).toBe('Invalid settings: agentName: must be text; agentVoice: must be "I", "we" or "name"');
  });
});

describe("the browser's time zone as the default", () => {
  // `new Intl.DateTimeFormat()` is how the default is asked; with a zone in its options it is how a
  // zone is checked, which stays real.
  const RealDateTimeFormat = Intl.DateTimeFormat;
  function browserSays(resolved: () => { timeZone?: string }): void {
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (locales?: Intl.LocalesArgument, options?: Intl.DateTimeFormatOptions) {
      if (options?.timeZone !== undefined) return new RealDateTimeFormat(locales, options);
      return { resolvedOptions: resolved } as unknown as Intl.DateTimeFormat;
    });
  }

  it('is UTC when Intl throws', () => {
    browserSays(() => {
      throw new RangeError('no ICU data');
    });
    expect(defaultSettings().timeZone).toBe('UTC');
  });

  it.each([undefined, 'Mars/Olympus'])('is UTC when the browser names the zone %j', (timeZone) => {
    browserSays(() => ({ timeZone }));
    expect(defaultSettings().timeZone).toBe('UTC');
  });

  it('is the zone the browser names when it is an IANA zone', () => {
    browserSays(() => ({ timeZone: 'Asia/Kolkata' }));
    expect(defaultSettings().timeZone).toBe('Asia/Kolkata');
  });
});

describe('migrating a version-1 value', () => {
  it.each([null, undefined, 'settings', 7])('%j is not a settings object: the defaults', (old) => {
    expect(migrateSettingsV1ToV2(old)).toEqual(normalizeSettings(undefined));
  });

  it('a value already holding v2 templates keeps them even beside a leftover v1 summaryLead', () => {
    const templates = { ...d.summaryTemplates, lead: 'Recap:', confirm: 'Right?' };
    expect(migrateSettingsV1ToV2({ ...valid(), summaryTemplates: templates, summaryLead: 'Old lead:' }).summaryTemplates).toEqual(
      templates,
    );
  });
});
