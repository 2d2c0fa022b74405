import { startCustomDomains } from '@/utils/custom-domains';
import { startContextMenu } from '@/utils/context-menu';
import { t } from '@/utils/i18n';
import { LedgerDb } from '@/utils/ledger/db';
import { LedgerService } from '@/utils/ledger/service';
import { withFaultPoints } from '@/utils/ledger/faults';
import { serveLedger } from '@/utils/messaging/ledger-client';
import { broadcast, onMessage } from '@/utils/messaging/protocol';
import { startPanelCommands } from '@/utils/messaging/commands';
import { startReinjectOnUpdate } from '@/utils/page-session/reinject';
import { serveOpenConversation } from '@/utils/reminders/open-conversation';
import { startReminders } from '@/utils/reminders/runtime';

// The background service worker owns the ledger (ARCHITECTURE.md §1): IndexedDB in the extension's
// own origin, never the host page's, never the panel iframe's (denied there as third-party storage).
export default defineBackground(() => {
  // Started first: its alarm and notification listeners must be added in the worker's first turn.
  const reminders = startReminders(() => ledger, { tr: t });
  const ledger = new LedgerService(new LedgerDb(), Date.now, {
    onChange(change) {
      void broadcast('ledger:changed', change);
      reminders.onLedgerChange(change);
    },
  });
  // The demo build (end-to-end tests) can stop a write before it or between its commit and its reply.
  serveLedger(import.meta.env.MODE === 'demo' ? withFaultPoints(ledger) : ledger);
  serveOpenConversation(() => ledger);
  startContextMenu(() => ledger, t);

  startPanelCommands();
  startCustomDomains();
  // Open tabs get the new content script after an install or update (their old one is dead).
  startReinjectOnUpdate();

  onMessage('tab:self', ({ sender }) => {
    if (sender.tab?.id === undefined) throw new Error('This page is not in a browser tab.');
    return { tabId: sender.tab.id };
  });
});
