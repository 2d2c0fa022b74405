// After an install or an update, the tabs already open on supported pages still run the old content
// script, whose extension context is gone (its panel is dead). Chrome does not inject the new one
// into open tabs by itself; where the browser allows it (scripting.executeScript, host access to the
// tab), the background does, and the new script takes the panel over. Elsewhere the old script's
// own notice asks the agent to reload the tab (utils/page-session/updated.ts). Background only.
import type { ScriptPublicPath } from '#imports';
import { sendMessage } from '../messaging/protocol';

export interface ScriptToInject {
  matches: string[];
  js: string[];
}

/** The manifest's content scripts and the ones registered at run time (custom domains), with JS. */
export function scriptsToInject(
  manifestScripts: ReadonlyArray<{ matches?: string[]; js?: string[] }> | undefined,
  registered: ReadonlyArray<{ matches?: string[]; js?: string[] }>,
): ScriptToInject[] {
  return [...(manifestScripts ?? []), ...registered]
    .filter((s) => (s.matches?.length ?? 0) > 0 && (s.js?.length ?? 0) > 0)
    .map((s) => ({ matches: [...s.matches!], js: [...s.js!] }));
}

/** Injects each script into the open tabs it matches; returns how many tabs got it. Never throws. */
async function injectIntoOpenTabs(): Promise<number> {
  let injected = 0;
  try {
    const registered = await browser.scripting.getRegisteredContentScripts().catch(() => []);
    const scripts = scriptsToInject(browser.runtime.getManifest().content_scripts, registered);
    for (const script of scripts) {
      const tabs = await browser.tabs.query({ url: script.matches }).catch(() => []);
      for (const tab of tabs) {
        if (tab.id === undefined || tab.discarded) continue;
        // A tab opened as the extension was installed already runs this version's script: a second
        // one would replace its panel under the agent's hands. Old scripts (an update) cannot answer.
        if (await runsThisVersion(tab.id)) continue;
        try {
          // WXT types `files` as its known public paths; these come from the built manifest itself.
          await browser.scripting.executeScript({ target: { tabId: tab.id }, files: script.js as ScriptPublicPath[] });
          injected++;
        } catch {
          // No access to this tab (a page the browser protects, a site whose permission was taken
          // back): its old script tells the agent to reload.
        }
      }
    }
  } catch (error) {
    console.error('Commitment Keeper: could not reach the open tabs after the update', error);
  }
  return injected;
}

/** True when the tab's content script of this very extension context answers (its panel is live). */
async function runsThisVersion(tabId: number): Promise<boolean> {
  const state: unknown = await sendMessage('page:state', undefined, { tabId, frameId: 0 }).catch(() => undefined);
  return typeof state === 'object' && state !== null && 'kind' in state;
}

export function startReinjectOnUpdate(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install' || reason === 'update') void injectIntoOpenTabs();
  });
}
