// After an install or update the background injects the content script into the open tabs, except
// where this version's script already runs (its panel would be replaced under the agent's hands).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const tabsAnswering = vi.hoisted(() => new Set<number>());
vi.mock('../messaging/protocol', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../messaging/protocol')>()),
  sendMessage: async (type: string, _data: unknown, target: { tabId: number }) => {
    if (type === 'page:state' && tabsAnswering.has(target.tabId)) return { kind: 'conversation' };
    throw new Error('Could not establish connection. Receiving end does not exist.');
  },
}));

import { startReinjectOnUpdate } from './reinject';

describe('injecting into the open tabs after an install or update', () => {
  let injected: number[];
  let injectionsDone: Promise<void>;
  beforeEach(() => {
    fakeBrowser.reset();
    tabsAnswering.clear();
    injected = [];
    let done!: () => void;
    injectionsDone = new Promise((resolve) => (done = resolve));
    const tabs = [{ id: 1 }, { id: 2 }, { id: 3, discarded: true }];
    // WXT's fakeBrowser has no scripting API and does not filter tabs by URL: stand-ins.
    Object.assign(fakeBrowser, {
      scripting: {
        getRegisteredContentScripts: async () => [],
        executeScript: async ({ target }: { target: { tabId: number } }) => {
          injected.push(target.tabId);
          if (injected.length === tabs.length - 1 - tabsAnswering.size) done();
        },
      },
    });
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'ck',
      version: '1',
      content_scripts: [{ matches: ['https://mail.google.com/*'], js: ['content-scripts/content.js'] }],
    });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue(tabs as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>);
    startReinjectOnUpdate();
  });

  it('injects into every open matching tab after an update (old scripts cannot answer), never a discarded one', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.9', temporary: false });
    await injectionsDone;
    expect(injected).toEqual([1, 2]);
  });

  it('leaves a tab alone whose script of this version already answers', async () => {
    tabsAnswering.add(1);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await injectionsDone;
    expect(injected).toEqual([2]);
  });
});
