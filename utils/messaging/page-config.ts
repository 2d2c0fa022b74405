// What a content script may learn from extension storage, now that storage is closed to it.
//
// The background sets `storage.local` and `storage.sync` to TRUSTED_CONTEXTS (extension pages and the
// worker only) as soon as it starts: code running in a content script's world can then neither read
// the settings (the agent's name, signature, summary wording) nor write them (a summary template
// that tells every customer to pay a new IBAN). Measured in Chromium 156: `setAccessLevel` works on
// local, sync and session; a content script's get/set then rejects with "Access to storage is not
// allowed from this context." Firefox has no setAccessLevel: there the call fails and is logged.
//
// The content script needs three facts (host on, panel expanded, reply reading on), asked of the background with typed, checked messages.
import { panelExpandedItem } from '../storage-items';
import { getSettings, isHostEnabled, watchSettings } from '../settings';
import { isNoReceiver, onMessage, sendMessage, type PageConfig } from './protocol';
import { classifySender, extensionIdentity, SenderRefused, type ExtensionIdentity, type SenderLike } from './senders';

const ADAPTER_ID = /^[a-z][a-z0-9-]{0,40}$/;

/** Closes local and sync storage to content scripts; returns what each area answered. */
export async function restrictStorage(): Promise<Record<'local' | 'sync' | 'session', string>> {
  const out = { local: '', sync: '', session: '' };
  for (const area of ['local', 'sync', 'session'] as const) {
    const target = (browser.storage as unknown as Record<string, { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> }>)[area];
    try {
      if (!target?.setAccessLevel) throw new Error('setAccessLevel is not supported');
      await target.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
      out[area] = 'restricted';
    } catch (error) {
      out[area] = `not restricted: ${error instanceof Error ? error.message : String(error)}`;
      console.warn(`Commitment Keeper: storage.${area} stays open to content scripts`, error);
    }
  }
  return out;
}

/** The checks of the two content-script messages (pure). */
export function checkContentScriptSender(sender: SenderLike, me: ExtensionIdentity, what: string): void {
  const kind = classifySender(sender, me);
  // The page session runs in the top frame only; a frame inside the page has no panel to configure.
  if (kind !== 'content-script' || sender.tab?.id === undefined || sender.frameId !== 0) throw new SenderRefused(what, kind);
}

function checkAdapterRequest(data: unknown): string {
  const id = (data as { adapterId?: unknown } | null)?.adapterId;
  if (typeof id !== 'string' || !ADAPTER_ID.test(id)) throw new Error('page:config: expected { adapterId }');
  return id;
}

/** Background only. */
export function servePageConfig(me: ExtensionIdentity = extensionIdentity()): () => void {
  const stops = [
    onMessage('page:config', async ({ data, sender }): Promise<PageConfig> => {
      checkContentScriptSender(sender, me, 'page:config');
      const adapterId = checkAdapterRequest(data);
      const [settings, panelExpanded] = await Promise.all([getSettings(), panelExpandedItem.getValue()]);
      return { hostEnabled: isHostEnabled(settings, adapterId), panelExpanded, readDraft: settings.readDraft };
    }),
    onMessage('page:panel-expanded', async ({ data, sender }) => {
      checkContentScriptSender(sender, me, 'page:panel-expanded');
      if (typeof data !== 'boolean') throw new Error('page:panel-expanded: expected a boolean');
      await panelExpandedItem.setValue(data);
    }),
    // Content scripts cannot watch storage any more: tell each tab's top frame to ask again.
    watchSettings(() => void tellTabs()),
  ];
  return () => stops.forEach((stop) => stop());
}

async function tellTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : sendMessage('page:config-changed', undefined, { tabId: tab.id, frameId: 0 }).catch((error: unknown) => {
            if (!isNoReceiver(error)) console.error('Commitment Keeper: could not tell a tab about new settings', error);
          }),
    ),
  );
}
