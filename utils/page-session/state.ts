// Reads what the panel needs from the page through the host adapter. Pure: takes the document.
import type { PageMessage, PageState } from '../messaging/protocol';
import type { HostAdapter } from '../hosts/types';
import { isLookupFailure } from '../hosts/types';
import { adapterOwnsUrl } from '../hosts/owns-url';
import { cleanConversationFields, PAGE_LIMITS, pageField } from '../hosts/page-text';
import { bindConversation } from '../ledger/conversation-id';

/** Suggestions only need recent messages; a 2,000-message thread must not flood the panel. */
const MAX_MESSAGES = PAGE_LIMITS.messages;
const MAX_MESSAGE_CHARS = PAGE_LIMITS.messageText;

export function readPageState(adapter: HostAdapter, doc: Document, url: URL): PageState {
  const found0 = adapter.conversation(doc, url);
  if (isLookupFailure(found0)) {
    const conversation = found0;
    return conversation.noConversation
      ? { kind: 'no-conversation', hostName: adapter.name, reason: 'Open a conversation to note its commitments.' }
      : { kind: 'no-conversation', hostName: adapter.name, reason: conversation.message };
  }
  // The site is this page's own origin (never a value the page wrote); page words are bounded and
  // rid of bidi controls before the panel shows or summarises them.
  const conversation = bindConversation(cleanConversationFields(found0), url.href, adapterOwnsUrl);
  const problems: string[] = [];
  const found = adapter.messages(doc, url);
  let messages: PageMessage[] = [];
  if (isLookupFailure(found)) problems.push(found.message);
  else
    messages = found.slice(-MAX_MESSAGES).map((m) => ({
      author: m.author,
      ...(m.authorName ? { authorName: pageField(m.authorName, PAGE_LIMITS.authorName) } : {}),
      text: pageField(m.text, MAX_MESSAGE_CHARS),
    }));
  const editor = adapter.replyEditor(doc, url);
  if (isLookupFailure(editor)) problems.push(editor.message);
  return { kind: 'conversation', hostName: adapter.name, conversation, messages, problems };
}

/** Two states describe the same conversation (so an observer firing without navigation is ignored). */
export function sameConversation(a: PageState | null, b: PageState): boolean {
  if (!a || a.kind !== b.kind) return false;
  if (a.kind === 'no-conversation' || b.kind === 'no-conversation') return a.kind === b.kind;
  return a.conversation.host === b.conversation.host && a.conversation.site === b.conversation.site && a.conversation.key === b.conversation.key;
}
