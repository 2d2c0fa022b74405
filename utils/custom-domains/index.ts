// Custom helpdesk domains: the agent names a site in the options page, grants its host
// permission there (optional_host_permissions), and the background registers one dynamic content
// script for every such site. The manifest itself names only the supported hosts.
//
// Background only (browser.scripting). The options page uses ./permissions.ts.
import { coalesced } from '../coalesce';
import { getSettings, isHostEnabled, watchSettings } from '../settings';
import { CONTENT_SCRIPT_FILE, CUSTOM_SCRIPT_ID, originFor, planCustomScript, sameMatches, type CustomScriptPlan } from './patterns';

export * from './patterns';

/** Match patterns of the manifest's static content scripts. */
function manifestMatches(): string[] {
  return (browser.runtime.getManifest().content_scripts ?? []).flatMap((s) => s.matches ?? []);
}

async function grantedHosts(domains: readonly string[]): Promise<Set<string>> {
  const granted = new Set<string>();
  // One call per domain: `contains` with several origins answers only "all of them or not".
  await Promise.all(
    domains.map(async (host) => {
      if (await browser.permissions.contains({ origins: [originFor(host)] })) granted.add(host);
    }),
  );
  return granted;
}

async function register(matches: string[]): Promise<void> {
  const script = { id: CUSTOM_SCRIPT_ID, matches, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle' as const };
  try {
    await browser.scripting.registerContentScripts([{ ...script, persistAcrossSessions: true }]);
  } catch (error) {
    // Browsers that cannot keep a registration across restarts reject persistAcrossSessions: true.
    // Registering for this session is enough, since every background start-up syncs again.
    if (!/persist/i.test(error instanceof Error ? error.message : String(error))) throw error;
    await browser.scripting.registerContentScripts([{ ...script, persistAcrossSessions: false }]);
  }
}

/**
 * Makes the registered dynamic content script match the settings and the granted permissions:
 * registers, updates or unregisters `ck-custom-domains`. Returns the plan it applied.
 */
export async function syncCustomDomainScripts(): Promise<CustomScriptPlan> {
  const settings = await getSettings();
  const plan = planCustomScript({
    domains: settings.customDomains,
    enabled: isHostEnabled(settings, 'custom'),
    manifestMatches: manifestMatches(),
    granted: await grantedHosts(settings.customDomains),
  });
  const [current] = await browser.scripting.getRegisteredContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
  if (plan.matches.length === 0) {
    if (current) await browser.scripting.unregisterContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
  } else if (!current) {
    await register(plan.matches);
  } else if (!sameMatches(current.matches, plan.matches)) {
    await browser.scripting.updateContentScripts([{ id: CUSTOM_SCRIPT_ID, matches: plan.matches, js: [CONTENT_SCRIPT_FILE] }]);
  }
  return plan;
}

export interface CustomDomainsRuntime {
  /** Sync now (coalesced: calls while one runs cause one more run after it). */
  sync(): Promise<void>;
  stop(): void;
}

/**
 * Background start-up: sync now, on every settings change, and whenever a host permission is
 * granted or withdrawn (the options page, or the browser's own site-access controls).
 */
export function startCustomDomains(): CustomDomainsRuntime {
  // One sync at a time: two overlapping runs could both find nothing registered and both register
  // the same id, and the second would fail with a duplicate id.
  const sync = coalesced(async () => {
    try {
      await syncCustomDomainScripts();
    } catch (error) {
      console.error('Commitment Keeper: could not update the custom domain content script', error);
    }
  });

  const onPermissionsChanged = () => void sync();
  const stopWatching = watchSettings((next, previous) => {
    if (next.customDomains.join() !== previous.customDomains.join() || isHostEnabled(next, 'custom') !== isHostEnabled(previous, 'custom'))
      void sync();
  });
  browser.permissions.onRemoved.addListener(onPermissionsChanged);
  browser.permissions.onAdded.addListener(onPermissionsChanged);
  void sync();

  return {
    sync,
    stop() {
      stopWatching();
      browser.permissions.onRemoved.removeListener(onPermissionsChanged);
      browser.permissions.onAdded.removeListener(onPermissionsChanged);
    },
  };
}
