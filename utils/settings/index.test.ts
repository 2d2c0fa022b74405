import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  SettingsValidationError,
  defaultSettings,
  defineSettingsItem,
  getSettings,
  resetSettings,
  setSettings,
  settingsItem,
  updateSettings,
  watchSettings,
  type Settings,
} from './index';
import { SETTINGS_V1_FIXTURE } from './test-fixtures';

const V1 = SETTINGS_V1_FIXTURE;

async function stored(): Promise<{ value: unknown; meta: unknown }> {
  const all = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
  return { value: all.settings, meta: all['settings$'] };
}

describe('settings storage item', () => {
  it('reads the defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual(defaultSettings());
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });

  it('stores in sync storage under "settings" with the current version', async () => {
    const next: Settings = { ...defaultSettings(), agentName: 'Sam', timeZone: 'Asia/Tokyo' };
    await setSettings(next, defineSettingsItem());
    expect(await stored()).toEqual({ value: next, meta: { v: SETTINGS_VERSION } });
    expect(await getSettings()).toEqual(next);
  });

  it('migrates a v1 value (with version metadata) when the item is defined', async () => {
    await fakeBrowser.storage.sync.set({ settings: V1, settings$: { v: 1 } });
    const item = defineSettingsItem();
    expect(await getSettings(item)).toEqual({
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
    const after = await stored();
    expect(after.meta).toEqual({ v: 2 });
    expect(after.value).not.toHaveProperty('workdayStart');
    expect(after.value).not.toHaveProperty('leadMinutes');
  });

  it('migrates a v1 value without metadata (WXT reads that as v1)', async () => {
    await fakeBrowser.storage.sync.set({ settings: V1 });
    await settingsItem.migrate();
    expect((await getSettings()).workday).toEqual({ start: '08:30', end: '16:30', days: [1, 2, 3, 4] });
    expect((await stored()).meta).toEqual({ v: 2 });
  });

  it('leaves a v2 value alone', async () => {
    const v2: Settings = { ...defaultSettings(), agentName: 'Kim', timeZone: 'UTC' };
    await fakeBrowser.storage.sync.set({ settings: v2, settings$: { v: 2 } });
    expect(await getSettings(defineSettingsItem())).toEqual(v2);
  });

  it('repairs a damaged stored value on read', async () => {
    await fakeBrowser.storage.sync.set({ settings: { agentName: 'Kim', workday: 'nine to five' }, settings$: { v: 2 } });
    expect(await getSettings(defineSettingsItem())).toEqual({ ...defaultSettings(), agentName: 'Kim' });
  });

  it('refuses invalid settings and stores nothing', async () => {
    const bad = { ...defaultSettings(), workday: { start: '17:00', end: '09:00', days: [1] } };
    const error = await setSettings(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsValidationError);
    expect((error as SettingsValidationError).fieldErrors).toEqual({ 'workday.end': ['must be after the start'] });
    expect((await stored()).value).toBeUndefined();
  });

  it('normalizes what it stores', async () => {
    await setSettings({ ...defaultSettings(), reminderLeadMinutes: [0, 1440, 60], customDomains: ['Support.Acme.com'] });
    const s = await getSettings();
    expect(s.reminderLeadMinutes).toEqual([1440, 60, 0]);
    expect(s.customDomains).toEqual(['support.acme.com']);
  });

  it('updateSettings merges nested objects', async () => {
    await updateSettings({ agentName: 'Sam', workday: { end: '18:00' }, summaryTemplates: { headings: { agent: 'Our part:' } } });
    const s = await updateSettings({ enabledHosts: { gmail: false } });
    expect(s.agentName).toBe('Sam');
    expect(s.workday).toEqual({ start: '09:00', end: '18:00', days: [1, 2, 3, 4, 5] });
    expect(s.summaryTemplates.headings).toEqual({ ...DEFAULT_SETTINGS.summaryTemplates.headings, agent: 'Our part:' });
    expect(s.summaryTemplates.lead).toBe(DEFAULT_SETTINGS.summaryTemplates.lead);
    expect(s.enabledHosts).toEqual({ ...DEFAULT_SETTINGS.enabledHosts, gmail: false });
    expect(await getSettings()).toEqual(s);
  });

  it('updateSettings takes a function and rejects an invalid result', async () => {
    await updateSettings((s) => ({ ...s, dailyDigest: true }));
    expect((await getSettings()).dailyDigest).toBe(true);
    await expect(updateSettings({ timeZone: 'Mars/Olympus' })).rejects.toThrow(/timeZone/);
    expect((await getSettings()).dailyDigest).toBe(true);
  });

  it('resetSettings goes back to the defaults', async () => {
    await updateSettings({ agentName: 'Sam' });
    await resetSettings();
    expect(await getSettings()).toEqual(defaultSettings());
  });

  it('watchSettings reports changes with repaired values, until unwatched', async () => {
    const seen = vi.fn<(next: Settings, previous: Settings) => void>();
    const unwatch = watchSettings(seen);
    await updateSettings({ agentName: 'Sam' });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledTimes(1));
    const [next, previous] = seen.mock.calls[0]!;
    expect(next.agentName).toBe('Sam');
    expect(previous).toEqual(defaultSettings());
    unwatch();
    await updateSettings({ agentName: 'Kim' });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveBeenCalledTimes(1);
  });
});
