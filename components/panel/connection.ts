// Wires one panel to its tab's content script and to the ledger's live updates.
import { askPage, onMessage, sendMessage, type PageState, type PanelCommand } from '@/utils/messaging/protocol';
import { createLedgerClient } from '@/utils/messaging/ledger-client';
import { conversationIdOf } from '@/utils/ledger/ids';
import { describeError } from '@/utils/errors';
import { classifySender, extensionIdentity } from '@/utils/messaging/senders';
import { t } from '@/utils/i18n';
import { usePanelStore } from './store';

export const ledger = createLedgerClient();

export function currentConversationId(page: PageState | null): string | null {
  return page?.kind === 'conversation' ? conversationIdOf(page.conversation) : null;
}

/** Reloads the list of the current conversation from the ledger. */
export async function reloadCommitments(): Promise<void> {
  const { page, setCommitments, setTrackRecord, notify } = usePanelStore.getState();
  const conversationId = currentConversationId(page);
  if (!conversationId || page?.kind !== 'conversation') {
    setCommitments([]);
    setTrackRecord(null);
    return;
  }
  try {
    const [list, record] = await Promise.all([
      ledger.listByConversation(conversationId),
      ledger.trackRecordForCustomer(page.conversation.customerEmail ?? conversationId),
    ]);
    // The agent may have moved on while we waited.
    if (currentConversationId(usePanelStore.getState().page) === conversationId) {
      setCommitments(list);
      setTrackRecord(record);
    }
  } catch (error) {
    notify('error', t('errorLoad', describeError(error)));
  }
}

async function adoptPage(page: PageState): Promise<void> {
  usePanelStore.getState().setPage(page);
  if (page.kind === 'conversation') {
    try {
      await ledger.upsertConversation(page.conversation);
    } catch (error) {
      usePanelStore.getState().notify('error', t('errorSaving', describeError(error)));
    }
  }
  await reloadCommitments();
}

/**
 * Starts listening; returns the function that stops. `onCommand` handles keyboard commands forwarded
 * by the content script.
 */
/**
 * From this panel's own page: its tab's content script (Chrome's broadcast), or the background, which
 * forwards the content script's words in Firefox (utils/messaging/panel-frames.ts). A message with no
 * tab comes from an extension page, never from a web page's content script.
 */
export function fromOwnPage(sender: { tab?: { id?: number } }, tabId: number | null): boolean {
  return sender.tab === undefined ? tabId !== null : sender.tab.id === tabId;
}

export function connectPanel(onCommand: (command: PanelCommand) => void): () => void {
  let tabId: number | null = null;
  const stops = [
    onMessage('page:state-changed', ({ data, sender }) => {
      if (fromOwnPage(sender, tabId)) void adoptPage(data);
    }),
    onMessage('page:draft-changed', ({ data, sender }) => {
      if (fromOwnPage(sender, tabId)) usePanelStore.getState().setReplyDraft(data);
    }),
    onMessage('ledger:changed', ({ data, sender }) => {
      // Only the background announces ledger changes; a content script's copy is ignored.
      if (classifySender(sender, extensionIdentity()) !== 'extension-page') return;
      const id = currentConversationId(usePanelStore.getState().page);
      if (id && data.conversationIds.includes(id)) void reloadCommitments();
    }),
    onMessage('panel:command', ({ data, sender }) => {
      if (fromOwnPage(sender, tabId)) onCommand(data);
    }),
  ];
  void (async () => {
    try {
      tabId = (await sendMessage('tab:self')).tabId;
      usePanelStore.getState().setTabId(tabId);
      await adoptPage(await askPage('page:state', undefined));
      // A reply the agent began before this panel opened (its pushes went unheard).
      usePanelStore.getState().setReplyDraft(await askPage('page:draft', undefined));
    } catch (error) {
      usePanelStore.getState().notify('error', t('errorReadPage', describeError(error)));
    }
  })();
  return () => stops.forEach((stop) => stop());
}
