import { startCustomDomains } from '@/utils/custom-domains';
import { startContextMenu } from '@/utils/context-menu';
import { adapterOwnsUrl } from '@/utils/hosts/owns-url';
import { t } from '@/utils/i18n';
import { LedgerDb } from '@/utils/ledger/db';
import { LedgerService } from '@/utils/ledger/service';
import { POPUP_COUNT_CAP, POPUP_ROWS_PER_SECTION } from '@/utils/ledger/popup-reads';
import { withFaultPoints } from '@/utils/ledger/faults';
import { serveLedger } from '@/utils/messaging/ledger-client';
import { restrictStorage, servePageConfig } from '@/utils/messaging/page-config';
import { servePageKits } from '@/utils/page-kits/serve';
import { serveLedgerPort } from '@/utils/messaging/ledger-port';
import { afterReplies } from '@/utils/messaging/after-replies';
import { broadcast, onMessage } from '@/utils/messaging/protocol';
import { classifySender, extensionIdentity, SenderRefused } from '@/utils/messaging/senders';
import { startPanelCommands } from '@/utils/messaging/commands';
import { startReinjectOnUpdate } from '@/utils/page-session/reinject';
import { relayToPage } from '@/utils/messaging/page-relay';
import { PanelFrameRegistry, pushToPanels, startPanelForwarding } from '@/utils/messaging/panel-frames';
import { serveOpenConversation } from '@/utils/reminders/open-conversation';
import { startReminders } from '@/utils/reminders/runtime';
import { followDismissedMoves } from '@/utils/suggestions/dismissed';

/** Quiet time after the last write before the popup's reads are made again (not on an add's path). */
const POPUP_WARM_AFTER_MS = 500;

// The background service worker owns the ledger (README: How it is built): IndexedDB in the extension's
// own origin, never the host page's, never the panel iframe's (denied there as third-party storage).
export default defineBackground(() => {
  // First of all: close extension storage to content scripts (utils/messaging/page-config.ts). The
  // access level does not outlive the worker, so this runs at every start.
  const storageLocked = restrictStorage();
  // Started first: its alarm and notification listeners must be added in the worker's first turn.
  const reminders = startReminders(() => ledger, { tr: t });
  // Firefox's panel frames hear nothing broadcast (utils/messaging/panel-frames.ts); Chrome's do.
  const panels = import.meta.env.FIREFOX ? new PanelFrameRegistry() : null;
  const db = new LedgerDb();
  const ledger = new LedgerService(db, Date.now, {
    // After the caller's answer is posted: the agent waits for the answer, not for these.
    onChange: afterReplies((change) => {
      void broadcast('ledger:changed', change);
      if (panels) void pushToPanels(panels, panels.all(), { type: 'ledger:changed', data: change });
      reminders.onLedgerChange(change);
    }),
    // The popup's lists are read again after writes settle, so that opening it finds them kept.
    warmPopup: { afterMs: POPUP_WARM_AFTER_MS, rows: POPUP_ROWS_PER_SECTION, countCap: POPUP_COUNT_CAP },
  });
  const me = extensionIdentity();
  // The demo build (end-to-end tests) can stop a write before it or between its commit and its reply.
  const served = import.meta.env.MODE === 'demo' ? withFaultPoints(ledger) : ledger;
  // The panel, popup and options call over a long-lived port; the proxy's messages are answered too.
  serveLedgerPort(served, me, adapterOwnsUrl);
  serveLedger(served, me, adapterOwnsUrl);
  serveOpenConversation(() => ledger, me);
  servePageConfig(me);
  servePageKits(me);
  startContextMenu(() => ledger, t);

  startPanelCommands();
  startCustomDomains();
  // Open tabs get the new content script after an install or update (their old one is dead).
  startReinjectOnUpdate();

  // Dismissed suggestions are kept by conversation id: follow the ids the ledger moved (schema 3).
  void storageLocked
    .then(() => followDismissedMoves(() => db.idMoves.toArray()))
    .catch((error: unknown) => console.error('Commitment Keeper: dismissed suggestions not moved', error));

  onMessage('page:relay', ({ data, sender }) => relayToPage(data, sender, browser.runtime.getURL('/')));

  if (panels) startPanelForwarding(panels);

  onMessage('tab:self', ({ sender }) => {
    const kind = classifySender(sender, me);
    if (kind !== 'panel') throw new SenderRefused("'tab:self'", kind);
    if (sender.tab?.id === undefined) throw new Error('This page is not in a browser tab.');
    if (panels && sender.frameId !== undefined) panels.add({ tabId: sender.tab.id, frameId: sender.frameId });
    return { tabId: sender.tab.id };
  });
});
