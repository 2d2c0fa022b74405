// Boundaries and merges the settings rules decide: exactly the sync quota, and successive
// patches of the host switches (each value checked against what was set, never a default).
import { describe, expect, it } from 'vitest';
import { LIMITS, defaultSettings, getSettings, isHostEnabled, syncBytes, updateSettings, validateSettings, type Settings } from './index';

/** Settings whose sync size is exactly `bytes`: long templates, then a signature of 3-byte and 1-byte characters. */
function settingsOfSize(bytes: number): Settings {
  const d = defaultSettings();
  const long = '€'.repeat(LIMITS.template);
  const empty: Settings = { ...d, signature: '', summaryTemplates: { ...d.summaryTemplates, lead: long, confirm: long } };
  const room = bytes - syncBytes(empty);
  // room = 3 * wide + narrow, with wide + narrow within the signature's character limit
  const wide = Math.floor(room / 3);
  const narrow = room - 3 * wide;
  expect(wide + narrow).toBeLessThanOrEqual(LIMITS.signature);
  const settings = { ...empty, signature: '€'.repeat(wide) + 'a'.repeat(narrow) };
  expect(syncBytes(settings)).toBe(bytes);
  return settings;
}

describe('validateSettings: the chrome.storage.sync item quota', () => {
  it('exactly the quota is accepted', () => {
    expect(validateSettings(settingsOfSize(LIMITS.syncItemBytes))).toEqual({ ok: true, errors: [], fieldErrors: {} });
  });

  it('one byte over is refused with a message naming the size and the limit', () => {
    const result = validateSettings(settingsOfSize(LIMITS.syncItemBytes + 1));
    expect(result.ok).toBe(false);
    expect(result.fieldErrors.settings).toEqual([
      `too large to sync (${LIMITS.syncItemBytes + 1} bytes; the limit is ${LIMITS.syncItemBytes}): shorten the signature or templates`,
    ]);
  });
});

describe('updateSettings: enabledHosts patched twice', () => {
  it('the second patch keeps the first one’s switch and can turn a switch back', async () => {
    await updateSettings({ enabledHosts: { gmail: false } });
    const second = await updateSettings({ enabledHosts: { zendesk: false } });
    expect(second.enabledHosts.gmail).toBe(false);
    expect(second.enabledHosts.zendesk).toBe(false);
    // A host never switched is on (ids not listed are on).
    expect(isHostEnabled(second, 'outlook')).toBe(true);

    const third = await updateSettings({ enabledHosts: { gmail: true } });
    expect(third.enabledHosts.gmail).toBe(true);
    expect(third.enabledHosts.zendesk).toBe(false);
    expect((await getSettings()).enabledHosts).toEqual(third.enabledHosts);
  });
});
