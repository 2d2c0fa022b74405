import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { markFired, readFired } from './reminders/fired-store';
import { dismissSuggestion, dismissedFor } from './suggestions/dismissed';
import { eraseExtensionStorage } from './erase-storage';
import { getSettings, updateSettings } from './settings';

describe('eraseExtensionStorage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('removes dismissed suggestions, fired reminders and every other local item; keeps the settings', async () => {
    await dismissSuggestion('gmail|https://mail.google.com|abc', 'k1');
    await markFired(['r1'], Date.now());
    await fakeBrowser.storage.local.set({ panelExpanded: false, someLaterItem: 1 });
    await updateSettings({ agentName: 'Sam' });
    await eraseExtensionStorage();
    expect(await dismissedFor('gmail|https://mail.google.com|abc')).toEqual(new Set());
    expect(await readFired()).toEqual(new Set());
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect((await getSettings()).agentName).toBe('Sam');
  });
});
