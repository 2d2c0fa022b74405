// Keyboard commands (manifest `commands`) → the panel of the active tab. Background only.
import { isNoReceiver, sendMessage, type PanelCommand } from './protocol';

const PANEL_COMMANDS: readonly PanelCommand[] = ['toggle-panel', 'focus-entry', 'insert-summary'];

export function isPanelCommand(name: string): name is PanelCommand {
  return (PANEL_COMMANDS as readonly string[]).includes(name);
}

export function startPanelCommands(): void {
  browser.commands.onCommand.addListener(async (name, tab) => {
    if (!isPanelCommand(name)) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    try {
      // Frame 0: the content script, which owns the panel's frame and forwards to the panel.
      await sendMessage('panel:command', name, { tabId, frameId: 0 });
    } catch (error) {
      // No content script on this tab (not a supported page): nothing to toggle.
      if (!isNoReceiver(error)) console.error('Commitment Keeper: command failed', error);
    }
  });
}
