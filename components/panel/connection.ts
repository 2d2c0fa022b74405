// Wires one panel to its tab's content script and to the ledger's live updates.
import { askPage, onMessage, sendMessage, type PageState, type PanelCommand } from '@/utils/messaging/protocol';
import { createLedgerClient } from '@/utils/messaging/ledger-client';
import { conversationIdOf } from '@/utils/ledger/ids';
import { withRetry } from '@/utils/ledger/retry';
import type { ConversationInfo } from '@/utils/ledger/types';
import { describeError } from '@/utils/errors';
import { classifySender, extensionIdentity } from '@/utils/messaging/senders';
import { t } from '@/utils/i18n';
import { afterPaint } from './after-paint';
import { loadDraft, persistDrafts } from './drafts';
import { usePanelStore } from './store';
import { systemClock } from '@/utils/hosts/sent-time';
import { resolveStamps } from '@/utils/hosts/sent-time-absolute';

export const ledger = createLedgerClient();

/** Each reload gets a number: only the latest one may show its list, or its error. */
let reloadGeneration = 0;

function currentConversationId(page: PageState | null): string | null {
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
  const generation = ++reloadGeneration;
  const current = () => generation === reloadGeneration && currentConversationId(usePanelStore.getState().page) === conversationId;
  try {
    // A read that fails because the worker was stopping or restarting is tried again (with backoff);
    // the error is shown only when every try failed, and only by the latest reload.
    const [list, record] = await withRetry(() =>
      Promise.all([
        ledger.listByConversation(conversationId),
        ledger.trackRecordForCustomer(page.conversation.customerEmail ?? conversationId),
      ]),
    );
    // The agent may have moved on while we waited, or a newer reload may have answered.
    if (current()) {
      setCommitments(list);
      setTrackRecord(record);
    }
  } catch (error) {
    if (current()) notify('error', t('errorLoad', describeError(error)));
  }
}

/**
 * What a state from the page changes in the panel. A thread switch comes in two steps (the
 * conversation, then its messages: `messagesPending`); the two may arrive in either order, and the
 * conversation-only one never replaces the full state of the same conversation. The list and the
 * track record are read again only when the conversation (or its customer) changed; the conversation
 * is saved only with its messages read (its last message's time).
 */
export function pageUpdate(shown: PageState | null, received: PageState): { adopt: boolean; reloadList: boolean; save: boolean } {
  if (received.kind !== 'conversation') return { adopt: true, reloadList: true, save: false };
  const sameConversation =
    shown?.kind === 'conversation' &&
    conversationIdOf(shown.conversation) === conversationIdOf(received.conversation) &&
    shown.conversation.customerEmail === received.conversation.customerEmail;
  if (received.messagesPending && sameConversation && !shown.messagesPending) return { adopt: false, reloadList: false, save: false };
  return { adopt: true, reloadList: !sameConversation, save: !received.messagesPending };
}

async function adoptPage(received: PageState): Promise<void> {
  const update = pageUpdate(usePanelStore.getState().page, received);
  if (!update.adopt) return;
  // Stamps in words ("Mon, May 13, 2024, 9:14 AM") are read here: the content script leaves chrono-node out.
  const page: PageState =
    received.kind === 'conversation' && received.messages.some((m) => m.stamp)
      ? { ...received, messages: resolveStamps(received.messages, systemClock()) }
      : received;
  usePanelStore.getState().setPage(page);
  // The list does not wait for the conversation's save: both go out at once.
  const reloaded = update.reloadList ? reloadCommitments() : Promise.resolve();
  if (page.kind === 'conversation' && update.reloadList) void restoreStoredDraft(conversationIdOf(page.conversation));
  if (page.kind === 'conversation' && update.save) {
    try {
      await withRetry(() => ledger.upsertConversation(withLastMessage(page.conversation, page.messages)));
    } catch (error) {
      usePanelStore.getState().notify('error', t('errorSaving', describeError(error)));
    }
  }
  await reloaded;
}

/** The conversation with its latest message's sent time, which the popup shows to tell threads apart. */
export function withLastMessage(conversation: ConversationInfo, messages: ReadonlyArray<{ sentAt?: string }>): ConversationInfo {
  const times = messages.map((m) => (m.sentAt ? Date.parse(m.sentAt) : NaN)).filter(Number.isFinite);
  return times.length > 0 ? { ...conversation, lastMessageAt: new Date(Math.max(...times)).toISOString() } : conversation;
}

/** Latest wait for a paint before asking: a collapsed panel draws no frames. */
const ASK_LATEST_MS = 100;

async function askForMessagesAfterPaint(): Promise<void> {
  await afterPaint(window, ASK_LATEST_MS);
  // The answer is the conversation alone; its messages come as 'page:state-changed'. A lost question
  // costs nothing: the content script reads them anyway a little later.
  await askPage('page:state', undefined).catch(() => undefined);
}

/** Words typed before a reload (or an extension update) come back, unless new ones were typed since. */
async function restoreStoredDraft(conversationId: string): Promise<void> {
  const text = await loadDraft(conversationId).catch(() => null);
  const s = usePanelStore.getState();
  if (text && s.conversationId === conversationId && s.draft === '') s.setDraft(text);
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
      if (!fromOwnPage(sender, tabId)) return;
      void adoptPage(data);
      // A switch comes as the conversation alone; the content script reads its messages when asked.
      // Asked once the new conversation is drawn, so that read (100 ms and more on a long thread)
      // does not delay what the agent waits for.
      if (data.kind === 'conversation' && data.messagesPending) void askForMessagesAfterPaint();
    }),
    onMessage('page:draft-changed', ({ data, sender }) => {
      if (fromOwnPage(sender, tabId)) usePanelStore.getState().setReplyDraft(data);
    }),
    onMessage('ledger:changed', ({ data, sender }) => {
      // Only the background announces ledger changes; a content script's copy is ignored.
      if (classifySender(sender, extensionIdentity()) !== 'extension-page') return;
      const id = currentConversationId(usePanelStore.getState().page);
      // An erase names no conversation: it emptied them all.
      if (id && (data.kind === 'erase' || data.conversationIds.includes(id))) void reloadCommitments();
    }),
    onMessage('panel:command', ({ data, sender }) => {
      if (fromOwnPage(sender, tabId)) onCommand(data);
    }),
    persistDrafts(),
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
