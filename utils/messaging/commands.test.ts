import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const sent = vi.hoisted(() => ({ calls: [] as unknown[][], fail: null as Error | null }));
vi.mock('./protocol', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./protocol')>()),
  sendMessage: async (...args: unknown[]) => {
    sent.calls.push(args);
    if (sent.fail) throw sent.fail;
  },
}));

import { isPanelCommand, startPanelCommands } from './commands';

type CommandListener = (name: string, tab?: { id?: number }) => Promise<void>;

describe('keyboard commands', () => {
  let listener: CommandListener | undefined;
  beforeEach(() => {
    sent.calls = [];
    sent.fail = null;
    // WXT's fakeBrowser has no commands API: a stand-in that keeps the listener.
    Object.assign(fakeBrowser, { commands: { onCommand: { addListener: (l: CommandListener) => (listener = l) } } });
    startPanelCommands();
  });

  it('knows its commands', () => {
    expect(['toggle-panel', 'focus-entry', 'insert-summary', '_execute_action'].map(isPanelCommand)).toEqual([true, true, true, false]);
  });

  it("sends a panel command to the content script of the command's tab (frame 0)", async () => {
    await listener!('insert-summary', { id: 7 });
    expect(sent.calls).toEqual([['panel:command', 'insert-summary', { tabId: 7, frameId: 0 }]]);
  });

  it('ignores other commands', async () => {
    await listener!('_execute_action', { id: 7 });
    expect(sent.calls).toEqual([]);
  });

  it('treats a tab without our content script as nothing to do', async () => {
    sent.fail = new Error('Could not establish connection. Receiving end does not exist.');
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(listener!('toggle-panel', { id: 3 })).resolves.toBeUndefined();
    expect(error).not.toHaveBeenCalled();
  });
});
