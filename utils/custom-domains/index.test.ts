// fakeBrowser (WXT's in-memory browser API) implements storage but not scripting, permissions or
// runtime.getManifest: those are spied here with a small in-memory model of Chrome's behaviour
// (duplicate ids rejected, update/unregister of a missing id rejected).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, setSettings, updateSettings } from '../settings';
import {
  CONTENT_SCRIPT_FILE,
  CUSTOM_SCRIPT_ID,
  isBuiltInHost,
  patternCoversHost,
  planCustomScript,
  startCustomDomains,
  syncCustomDomainScripts,
} from './index';
import { hasDomainAccess, releaseDomainAccess, requestDomainAccess } from './permissions';

// fakeBrowser is typed with webextension-polyfill's names; these are the shapes it uses.
type Registered = Parameters<typeof fakeBrowser.scripting.registerContentScripts>[0][number];
type Filter = Parameters<typeof fakeBrowser.scripting.getRegisteredContentScripts>[0];

const MANIFEST_MATCHES = ['https://mail.google.com/*', 'https://*.zendesk.com/*', 'http://127.0.0.1/*'];

describe('patternCoversHost', () => {
  it.each([
    ['https://*.zendesk.com/*', 'acme.zendesk.com', true],
    ['https://*.zendesk.com/*', 'zendesk.com', true],
    ['https://*.zendesk.com/*', 'zendesk.com.evil.io', false],
    ['https://*.zendesk.com/*', 'notzendesk.com', false],
    ['https://mail.google.com/*', 'MAIL.google.com', true],
    ['https://mail.google.com/mail/*', 'mail.google.com', false],
    ['http://127.0.0.1/*', '127.0.0.1', false],
    ['*://support.acme.com/*', 'support.acme.com', true],
    ['<all_urls>', 'anything.example', true],
    ['not a pattern', 'support.acme.com', false],
  ])('%s covers %s: %s', (pattern, host, expected) => {
    expect(patternCoversHost(pattern, host)).toBe(expected);
  });

  it('isBuiltInHost looks at every manifest pattern', () => {
    expect(isBuiltInHost('acme.zendesk.com', MANIFEST_MATCHES)).toBe(true);
    expect(isBuiltInHost('support.acme.com', MANIFEST_MATCHES)).toBe(false);
  });
});

describe('planCustomScript', () => {
  it('keeps switched-on, not built-in, granted domains, sorted, and says why the others are left out', () => {
    const plan = planCustomScript({
      domains: ['zeta.example.com', 'acme.zendesk.com', 'help.acme.com', 'nope.example.org'],
      enabled: true,
      manifestMatches: MANIFEST_MATCHES,
      granted: new Set(['zeta.example.com', 'help.acme.com', 'acme.zendesk.com']),
    });
    expect(plan).toEqual({
      matches: ['https://help.acme.com/*', 'https://zeta.example.com/*'],
      skipped: [
        { host: 'acme.zendesk.com', reason: 'built-in' },
        { host: 'nope.example.org', reason: 'not-granted' },
      ],
    });
  });

  it('registers nothing when custom domains are switched off', () => {
    const plan = planCustomScript({ domains: ['help.acme.com'], enabled: false, manifestMatches: [], granted: new Set(['help.acme.com']) });
    expect(plan).toEqual({ matches: [], skipped: [{ host: 'help.acme.com', reason: 'switched-off' }] });
  });
});

/** Chrome's scripting and permissions as far as this module uses them. */
function fakeChrome(initialGrants: string[] = []) {
  const scripts = new Map<string, Registered>();
  const grants = new Set(initialGrants);
  const calls: string[] = [];
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'test',
    version: '1',
    content_scripts: [{ matches: MANIFEST_MATCHES, js: [CONTENT_SCRIPT_FILE] }],
  });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (p) => (p.origins ?? []).every((o) => grants.has(o)));
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async (filter?: Filter) =>
    [...scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)).map((s) => structuredClone(s)),
  );
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (list: Registered[]) => {
    for (const s of list) if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
    for (const s of list) scripts.set(s.id, structuredClone(s));
    calls.push('register');
  });
  vi.spyOn(fakeBrowser.scripting, 'updateContentScripts').mockImplementation(async (list) => {
    for (const s of list) {
      const cur = scripts.get(s.id);
      if (!cur) throw new Error(`No script with ID '${s.id}'`);
      scripts.set(s.id, { ...cur, ...s });
    }
    calls.push('update');
  });
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter?: Filter) => {
    for (const id of filter?.ids ?? [...scripts.keys()]) {
      if (!scripts.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
    }
    calls.push('unregister');
  });
  return { scripts, grants, calls };
}

async function withDomains(domains: string[], patch: Partial<ReturnType<typeof defaultSettings>> = {}) {
  await setSettings({ ...defaultSettings(), ...patch, customDomains: domains });
}

describe('syncCustomDomainScripts', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  it('registers one persistent script for the granted custom domains only', async () => {
    const chrome = fakeChrome(['https://help.acme.com/*', 'https://acme.zendesk.com/*']);
    await withDomains(['help.acme.com', 'other.example.com', 'acme.zendesk.com']);
    const plan = await syncCustomDomainScripts();
    expect(plan.matches).toEqual(['https://help.acme.com/*']);
    expect([...chrome.scripts.values()]).toEqual([
      {
        id: CUSTOM_SCRIPT_ID,
        matches: ['https://help.acme.com/*'],
        js: ['content-scripts/content.js'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  });

  it('updates the matches when a domain is granted, leaves them when nothing changed, unregisters when none is left', async () => {
    const chrome = fakeChrome(['https://help.acme.com/*']);
    await withDomains(['help.acme.com', 'desk.beta.io']);
    await syncCustomDomainScripts();
    chrome.grants.add('https://desk.beta.io/*');
    await syncCustomDomainScripts();
    expect(chrome.scripts.get(CUSTOM_SCRIPT_ID)?.matches).toEqual(['https://desk.beta.io/*', 'https://help.acme.com/*']);
    await syncCustomDomainScripts();
    expect(chrome.calls).toEqual(['register', 'update']);
    await withDomains([]);
    await syncCustomDomainScripts();
    expect(chrome.scripts.size).toBe(0);
    // Nothing registered and nothing wanted: no call at all (unregistering a missing id would throw).
    await syncCustomDomainScripts();
    expect(chrome.calls).toEqual(['register', 'update', 'unregister']);
  });

  it('unregisters when custom domains are switched off', async () => {
    const chrome = fakeChrome(['https://help.acme.com/*']);
    await withDomains(['help.acme.com']);
    await syncCustomDomainScripts();
    await withDomains(['help.acme.com'], { enabledHosts: { ...defaultSettings().enabledHosts, custom: false } });
    await syncCustomDomainScripts();
    expect(chrome.scripts.size).toBe(0);
  });

  it('falls back to a session-only registration where persistence is refused', async () => {
    const chrome = fakeChrome(['https://help.acme.com/*']);
    const register = vi.mocked(fakeBrowser.scripting.registerContentScripts);
    const inner = register.getMockImplementation()!;
    register.mockImplementation(async (list: Registered[]) => {
      if (list.some((s) => s.persistAcrossSessions)) throw new Error('persistAcrossSessions: true is not supported');
      return inner(list);
    });
    await withDomains(['help.acme.com']);
    await syncCustomDomainScripts();
    expect(chrome.scripts.get(CUSTOM_SCRIPT_ID)?.persistAcrossSessions).toBe(false);
  });
});

describe('startCustomDomains', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  function permissionEvents() {
    const listeners = { added: new Set<() => void>(), removed: new Set<() => void>() };
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation((l) => void listeners.added.add(l as () => void));
    vi.spyOn(fakeBrowser.permissions.onAdded, 'removeListener').mockImplementation((l) => void listeners.added.delete(l as () => void));
    vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation((l) => void listeners.removed.add(l as () => void));
    vi.spyOn(fakeBrowser.permissions.onRemoved, 'removeListener').mockImplementation((l) => void listeners.removed.delete(l as () => void));
    return listeners;
  }

  it('syncs at start-up, on a settings change and when a permission is withdrawn', async () => {
    const chrome = fakeChrome(['https://help.acme.com/*', 'https://desk.beta.io/*']);
    const events = permissionEvents();
    await withDomains(['help.acme.com']);
    const runtime = startCustomDomains();
    await runtime.sync();
    expect(chrome.scripts.get(CUSTOM_SCRIPT_ID)?.matches).toEqual(['https://help.acme.com/*']);

    await updateSettings((s) => ({ ...s, customDomains: [...s.customDomains, 'desk.beta.io'] }));
    await vi.waitFor(() => expect(chrome.scripts.get(CUSTOM_SCRIPT_ID)?.matches).toHaveLength(2));

    chrome.grants.delete('https://help.acme.com/*');
    events.removed.forEach((l) => l());
    await vi.waitFor(() => expect(chrome.scripts.get(CUSTOM_SCRIPT_ID)?.matches).toEqual(['https://desk.beta.io/*']));

    runtime.stop();
    expect(events.added.size + events.removed.size).toBe(0);
  });

  it('runs one sync at a time, so overlapping triggers never register the id twice', async () => {
    const chrome = fakeChrome(['https://help.acme.com/*']);
    const events = permissionEvents();
    await withDomains(['help.acme.com']);
    const runtime = startCustomDomains();
    events.added.forEach((l) => l());
    events.removed.forEach((l) => l());
    await Promise.all([runtime.sync(), runtime.sync()]);
    expect(chrome.calls).toEqual(['register']);
    expect(console.error).not.toHaveBeenCalled();
    runtime.stop();
  });

  it('logs a failed sync and keeps going', async () => {
    const chrome = fakeChrome(['https://help.acme.com/*']);
    permissionEvents();
    await withDomains(['help.acme.com']);
    vi.mocked(fakeBrowser.scripting.getRegisteredContentScripts).mockRejectedValueOnce(new Error('boom'));
    const runtime = startCustomDomains();
    await runtime.sync();
    expect(console.error).toHaveBeenCalled();
    await runtime.sync();
    expect(chrome.scripts.has(CUSTOM_SCRIPT_ID)).toBe(true);
    runtime.stop();
  });
});

describe('options page permission helpers', () => {
  it('asks for the https origin and reports granted, refused or the error', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValueOnce(true).mockResolvedValueOnce(false);
    expect(await requestDomainAccess('help.acme.com')).toEqual({ granted: true });
    expect(request).toHaveBeenCalledWith({ origins: ['https://help.acme.com/*'] });
    expect(await requestDomainAccess('help.acme.com')).toEqual({ granted: false, reason: 'refused' });
    request.mockRejectedValueOnce(new Error('This function must be called during a user gesture'));
    expect(await requestDomainAccess('help.acme.com')).toEqual({
      granted: false,
      reason: 'error',
      message: 'This function must be called during a user gesture',
    });
  });

  it('checks and releases without throwing', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockRejectedValueOnce(new Error('bad origin'));
    expect(await hasDomainAccess('help.acme.com')).toBe(false);
    vi.spyOn(fakeBrowser.permissions, 'remove').mockRejectedValueOnce(new Error('required permission'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(releaseDomainAccess('help.acme.com')).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalled();
  });
});
