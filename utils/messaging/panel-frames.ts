// Firefox only: pushing to the panel. In Firefox an extension page shown in an iframe inside a web page
// gets the content-script subset of the API (measured in Firefox ESR 153: no `tabs`, no
// `runtime.openOptionsPage`), and a `runtime.sendMessage` broadcast — from the background or from the
// content script — never reaches it; a `tabs.sendMessage` addressed to its frame does. So the
// background remembers where each panel is (learned when the panel asks 'tab:self') and forwards what a
// panel must hear: ledger changes, its page's state changes, the reply draft and keyboard commands. In Chrome the
// broadcasts reach the panel directly and none of this runs.
import { isNoReceiver, onMessage, sendMessage, type LedgerChanged, type PageState, type PanelCommand, type ReplyDraft } from './protocol';

export interface PanelFrame {
  tabId: number;
  frameId: number;
}

/** Where the open panels are: frame ids per tab. */
export class PanelFrameRegistry {
  private readonly byTab = new Map<number, Set<number>>();

  add({ tabId, frameId }: PanelFrame): void {
    const frames = this.byTab.get(tabId) ?? new Set<number>();
    frames.add(frameId);
    this.byTab.set(tabId, frames);
  }

  remove({ tabId, frameId }: PanelFrame): void {
    const frames = this.byTab.get(tabId);
    frames?.delete(frameId);
    if (frames?.size === 0) this.byTab.delete(tabId);
  }

  removeTab(tabId: number): void {
    this.byTab.delete(tabId);
  }

  inTab(tabId: number): PanelFrame[] {
    return [...(this.byTab.get(tabId) ?? [])].map((frameId) => ({ tabId, frameId }));
  }

  all(): PanelFrame[] {
    return [...this.byTab.keys()].flatMap((tabId) => this.inTab(tabId));
  }
}

type Pushed =
  | { type: 'ledger:changed'; data: LedgerChanged }
  | { type: 'page:state-changed'; data: PageState }
  | { type: 'page:draft-changed'; data: ReplyDraft }
  | { type: 'panel:command'; data: PanelCommand };

/** Sends to each frame; a frame that is gone (tab closed, navigated) is forgotten. */
export async function pushToPanels(registry: PanelFrameRegistry, frames: PanelFrame[], message: Pushed): Promise<void> {
  await Promise.all(
    frames.map(async (frame) => {
      try {
        await sendMessage(message.type, message.data as never, frame);
      } catch (error) {
        if (isNoReceiver(error)) registry.remove(frame);
        else throw error;
      }
    }),
  );
}

/**
 * Forwards the content script's broadcasts to the panels of its own tab. Returns the registry, to which
 * the background adds each panel and whose panels hear every ledger change.
 */
export function startPanelForwarding(registry: PanelFrameRegistry): void {
  onMessage('page:state-changed', ({ data, sender }) => {
    if (sender.tab?.id !== undefined && sender.frameId === 0)
      void pushToPanels(registry, registry.inTab(sender.tab.id), { type: 'page:state-changed', data });
  });
  onMessage('page:draft-changed', ({ data, sender }) => {
    if (sender.tab?.id !== undefined && sender.frameId === 0)
      void pushToPanels(registry, registry.inTab(sender.tab.id), { type: 'page:draft-changed', data });
  });
  onMessage('panel:command', ({ data, sender }) => {
    if (sender.tab?.id !== undefined && sender.frameId === 0)
      void pushToPanels(registry, registry.inTab(sender.tab.id), { type: 'panel:command', data });
  });
  browser.tabs.onRemoved.addListener((tabId) => registry.removeTab(tabId));
}
