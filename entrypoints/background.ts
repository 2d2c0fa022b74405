import { startCustomDomains } from '@/utils/custom-domains';
import { startContextMenu } from '@/utils/context-menu';
import { t } from '@/utils/i18n';
import { LedgerDb } from '@/utils/ledger/db';
import { LedgerService } from '@/utils/ledger/service';
import { serveLedger } from '@/utils/messaging/ledger-client';
import { broadcast, onMessage } from '@/utils/messaging/protocol';
import { startPanelCommands } from '@/utils/messaging/commands';
import { relayToPage } from '@/utils/messaging/page-relay';
import { PanelFrameRegistry, pushToPanels, startPanelForwarding } from '@/utils/messaging/panel-frames';
import { serveOpenConversation } from '@/utils/reminders/open-conversation';
import { startReminders } from '@/utils/reminders/runtime';

// The background service worker owns the ledger (ARCHITECTURE.md §1): IndexedDB in the extension's
// own origin, never the host page's, never the panel iframe's (denied there as third-party storage).
export default defineBackground(() => {
  // Started first: its alarm and notification listeners must be added in the worker's first turn.
  const reminders = startReminders(() => ledger, { tr: t });
  // Firefox's panel frames hear nothing broadcast (utils/messaging/panel-frames.ts); Chrome's do.
  const panels = import.meta.env.FIREFOX ? new PanelFrameRegistry() : null;
  const ledger = new LedgerService(new LedgerDb(), Date.now, {
    onChange(change) {
      void broadcast('ledger:changed', change);
      if (panels) void pushToPanels(panels, panels.all(), { type: 'ledger:changed', data: change });
      reminders.onLedgerChange(change);
    },
  });
  serveLedger(ledger);
  serveOpenConversation(() => ledger);
  startContextMenu(() => ledger, t);

  startPanelCommands();
  startCustomDomains();

  onMessage('page:relay', ({ data, sender }) => relayToPage(data, sender, browser.runtime.getURL('/')));

  if (panels) startPanelForwarding(panels);

  onMessage('tab:self', ({ sender }) => {
    if (sender.tab?.id === undefined) throw new Error('This page is not in a browser tab.');
    if (panels && sender.frameId !== undefined) panels.add({ tabId: sender.tab.id, frameId: sender.frameId });
    return { tabId: sender.tab.id };
  });
});
