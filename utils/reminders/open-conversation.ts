// "Open" on a notification or a popup row: bring the agent to the conversation. Background only.
//
// Which tab shows it is asked of the content scripts ('page:state'): the extension has no `tabs`
// permission (it would warn "Read your browsing history"), so tab URLs are hidden from it, and a
// content script knows its conversation exactly even after in-app navigation.
import { sameConversation } from '../ledger/conversation-id';
import type { LedgerService } from '../ledger/service';
import type { ConversationRecord } from '../ledger/types';
import { onMessage, sendMessage, type PageState } from '../messaging/protocol';
import { extensionIdentity, requireExtensionPage, type ExtensionIdentity } from '../messaging/senders';

const ASK_TIMEOUT_MS = 1500;

export type OpenHow = 'focused' | 'opened';

function shows(state: PageState | undefined, conversation: Pick<ConversationRecord, 'host' | 'key'> & { site?: string }): boolean {
  return state?.kind === 'conversation' && sameConversation(state.conversation, conversation);
}

async function ask(tabId: number): Promise<PageState | undefined> {
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, ASK_TIMEOUT_MS));
  // Tabs without our content script reject at once ("Receiving end does not exist"): not a match.
  const answer = sendMessage('page:state', undefined, { tabId, frameId: 0 }).catch(() => undefined);
  return Promise.race([answer, timeout]);
}

/** Only web pages are opened: a URL read from a page must not become a javascript: or file: tab. */
function isOpenableUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

export async function openConversation(
  conversation: Pick<ConversationRecord, 'host' | 'key' | 'url'> & { site?: string },
): Promise<OpenHow> {
  const tabs = await browser.tabs.query({});
  const candidates = tabs.filter((t) => t.id !== undefined && t.id !== browser.tabs.TAB_ID_NONE);
  // A tab whose URL we may read and that equals the conversation's is a match without asking.
  let match = candidates.find((t) => t.url !== undefined && t.url === conversation.url);
  if (!match) {
    const states = await Promise.all(candidates.map((t) => ask(t.id!)));
    match = candidates.find((_, i) => shows(states[i], conversation));
  }
  if (match?.id !== undefined) {
    await browser.tabs.update(match.id, { active: true });
    if (match.windowId !== undefined) await browser.windows.update(match.windowId, { focused: true });
    return 'focused';
  }
  if (!isOpenableUrl(conversation.url)) throw new Error(`This conversation has no web address to open (${conversation.url || 'none'}).`);
  await browser.tabs.create({ url: conversation.url, active: true });
  return 'opened';
}

/** Answers the popup's 'conversation:open'. Returns the unsubscribe. */
export function serveOpenConversation(
  getLedger: () => Pick<LedgerService, 'getConversation'>,
  me: ExtensionIdentity = extensionIdentity(),
): () => void {
  return onMessage('conversation:open', async ({ data, sender }) => {
    requireExtensionPage(sender, me, "'conversation:open'");
    const conversation = await getLedger().getConversation(data.conversationId);
    if (!conversation) throw new Error('This conversation is no longer in the ledger.');
    return { how: await openConversation(conversation) };
  });
}
