// Reads what the panel needs from the page through the host adapter. Pure: takes the document.
import type { PageMessage, PageState } from '../messaging/protocol';
import type { HostAdapter } from '../hosts/types';
import { isLookupFailure } from '../hosts/types';

/** Suggestions only need recent messages; a 2,000-message thread must not flood the panel. */
const MAX_MESSAGES = 200;
const MAX_MESSAGE_CHARS = 20_000;

export function readPageState(adapter: HostAdapter, doc: Document, url: URL): PageState {
  const conversation = adapter.conversation(doc, url);
  if (isLookupFailure(conversation)) {
    return conversation.noConversation
      ? { kind: 'no-conversation', hostName: adapter.name, reason: 'Open a conversation to note its commitments.' }
      : { kind: 'no-conversation', hostName: adapter.name, reason: conversation.message };
  }
  const problems: string[] = [];
  const found = adapter.messages(doc, url);
  let messages: PageMessage[] = [];
  if (isLookupFailure(found)) problems.push(found.message);
  else
    messages = found.slice(-MAX_MESSAGES).map((m) => ({
      author: m.author,
      ...(m.authorName ? { authorName: m.authorName } : {}),
      ...(m.sentAt ? { sentAt: m.sentAt } : {}),
      text: m.text.slice(0, MAX_MESSAGE_CHARS),
    }));
  const editor = adapter.replyEditor(doc, url);
  if (isLookupFailure(editor)) problems.push(editor.message);
  return { kind: 'conversation', hostName: adapter.name, conversation, messages, problems };
}

/** Two states describe the same conversation (so an observer firing without navigation is ignored). */
export function sameConversation(a: PageState | null, b: PageState): boolean {
  if (!a || a.kind !== b.kind) return false;
  if (a.kind === 'no-conversation' || b.kind === 'no-conversation') return a.kind === b.kind;
  return a.conversation.host === b.conversation.host && a.conversation.key === b.conversation.key;
}
