// Reads what the panel needs from the page through the host adapter. Pure: takes the document.
import type { PageMessage, PageProblem, PageStamp, PageState } from '../messaging/protocol';
import type { TimeStamp } from '../hosts/sent-time';
import { loadedKit } from '../page-kits';
import type { HostAdapter, HostMessage, LookupFailure } from '../hosts/types';
import type { ConversationInfo } from '../ledger/types';
import { isLookupFailure } from '../hosts/types';
import { cleanConversationFields, PAGE_LIMITS, pageField } from '../hosts/page-text';
import { bindConversation, sameConversation as sameConversationRef } from '../ledger/conversation-id';

/** Suggestions only need recent messages; a 2,000-message thread must not flood the panel. */
const MAX_MESSAGES = PAGE_LIMITS.messages;
const MAX_MESSAGE_CHARS = PAGE_LIMITS.messageText;

/**
 * The page's state for the panel, down the ladder: the host adapter's selectors, then the
 * structure reader (repeated message blocks, the largest editor in the conversation region), then
 * nothing — the conversation still stands (key from the URL or tab title, subject from the title)
 * so the agent keeps manual entry, and `problems` names in plain codes what could not be read.
 * `found` is the adapter's conversation when the caller read it already (the watcher does).
 */
export function readPageState(
  adapter: HostAdapter,
  doc: Document,
  url: URL,
  found: ConversationInfo | LookupFailure = adapter.conversation(doc, url),
): PageState {
  const head = conversationState(adapter, url, found);
  if (head.kind !== 'conversation') return head;
  const { conversation } = head;
  const problems: PageProblem[] = [];
  const read = readMessagesDownTheLadder(adapter, doc, url);
  let messages: PageMessage[] = [];
  if (isLookupFailure(read)) problems.push('messages');
  else
    messages = read.slice(-MAX_MESSAGES).map((m) => ({
      author: m.author,
      ...(m.authorName ? { authorName: pageField(m.authorName, PAGE_LIMITS.authorName) } : {}),
      ...(m.sentAt ? { sentAt: m.sentAt } : {}),
      ...(!m.sentAt && m.stamp ? { stamp: pageStamp(m.stamp, doc) } : {}),
      text: pageField(m.text, MAX_MESSAGE_CHARS),
    }));
  if (!findReplyEditor(adapter, doc, url)) problems.push('reply-editor');
  // The host's customer fields broke but the messages say who the customer is: use that.
  const customer = isLookupFailure(read) ? undefined : read.find((m) => m.author === 'customer');
  if (!conversation.customerName && !conversation.customerEmail && customer) {
    if (customer.authorName) conversation.customerName = pageField(customer.authorName, PAGE_LIMITS.authorName);
    if (customer.authorEmail) conversation.customerEmail = pageField(customer.authorEmail, PAGE_LIMITS.authorName);
  }
  return { kind: 'conversation', hostName: adapter.name, conversation, messages, problems };
}

/**
 * Which conversation the page shows, without reading its messages (`messagesPending`): what a thread
 * switch needs to show the new conversation and its list at once. The message bodies are the costly
 * part of a read (each piece asked whether CSS hides it; ~100 ms for 200 messages in a busy tab), so
 * the session sends this first and the full `readPageState` once the panel, having drawn it, asks.
 */
export function readConversationState(
  adapter: HostAdapter,
  doc: Document,
  url: URL,
  found: ConversationInfo | LookupFailure = adapter.conversation(doc, url),
): PageState {
  const head = conversationState(adapter, url, found);
  return head.kind === 'conversation' ? { ...head, messagesPending: true } : head;
}

function conversationState(adapter: HostAdapter, url: URL, found: ConversationInfo | LookupFailure): PageState {
  if (isLookupFailure(found)) {
    return { kind: 'no-conversation', hostName: adapter.name, reason: found.noConversation ? 'none' : 'unreadable' };
  }
  // The site is this page's own origin (never a value the page wrote); page words are bounded and
  // rid of bidi controls before the panel shows or summarises them.
  // Ownership asked of this page's adapter only: the registry would bring every host's selectors into
  // a host's own content script.
  const ownsUrl = (adapterId: string, u: URL) => adapterId === adapter.id && adapter.matches(u);
  const conversation = bindConversation(cleanConversationFields(found), url.href, ownsUrl);
  return { kind: 'conversation', hostName: adapter.name, conversation, messages: [], problems: [] };
}

/** A stamp the content script could not read, bounded, for the panel to read (sent-time-absolute.ts). */
function pageStamp(stamp: TimeStamp, doc: Document): PageStamp {
  const out: PageStamp = {};
  const field = (v: string | null | undefined) => (v?.trim() ? pageField(v.trim(), PAGE_LIMITS.stamp) : undefined);
  const machine = field(stamp.machine);
  const title = field(stamp.title);
  const text = field(stamp.text);
  const locale = field(doc.documentElement?.getAttribute('lang'));
  if (machine) out.machine = machine;
  if (title) out.title = title;
  if (text) out.text = text;
  if (locale) out.locale = locale;
  return out;
}

/**
 * The host's messages; when its selectors broke, the messages read by the page's structure. A
 * supported host's own script has no structure reader until it loaded the structure kit
 * (utils/page-kits): until then a broken host reads as 'messages' in `problems`, and the page session,
 * seeing that, loads the kit and reads the page again.
 */
function readMessagesDownTheLadder(adapter: HostAdapter, doc: Document, url: URL): HostMessage[] | LookupFailure {
  const found = adapter.messages(doc, url);
  const structure = loadedKit('structure');
  if (!isLookupFailure(found) || !structure || structure.isStructureReader(adapter)) return found;
  return structure.messagesByStructure(doc) ?? found;
}

/** The host's reply box; when its selectors broke, the largest editable in the conversation region (or the page). */
export function findReplyEditor(adapter: HostAdapter, doc: Document, url: URL): Element | null {
  const found = adapter.replyEditor(doc, url);
  if (!isLookupFailure(found)) return found;
  const structure = loadedKit('structure');
  if (!structure) return null;
  const region = adapter.conversationRoot?.(doc, url) ?? null;
  return (region && structure.largestEditor(region)) ?? structure.largestEditor(doc);
}

/** The page read without the structure kit, and a rung of the ladder was missed for it. */
export function wantsStructureKit(state: PageState): boolean {
  return !loadedKit('structure') && state.kind === 'conversation' && state.problems.length > 0;
}

/** Two states describe the same conversation (so an observer firing without navigation is ignored). */
export function sameConversation(a: PageState | null, b: PageState): boolean {
  if (!a || a.kind !== b.kind) return false;
  if (a.kind === 'no-conversation' || b.kind === 'no-conversation') return a.kind === b.kind;
  return sameConversationRef(a.conversation, b.conversation);
}

/**
 * Which rung each part of the page was read from, for the diagnostic: codes and lengths only
 * (never the words read).
 */
export function ladderReadings(adapter: HostAdapter, doc: Document, url: URL): string[] {
  const conversation = adapter.conversation(doc, url);
  const lines: string[] = [];
  if (isLookupFailure(conversation)) {
    lines.push(`conversation: not read (${conversation.noConversation ? 'none shown' : `missing ${conversation.what}`})`);
  } else {
    const keyRung = /(^|:)title:/.test(conversation.key) ? 'tab title' : 'host markup or URL';
    lines.push(`conversation: key from ${keyRung} (${conversation.key.length} chars), subject ${conversation.subject.length} chars`);
  }
  const own = adapter.messages(doc, url);
  const structure = loadedKit('structure');
  const byStructure =
    isLookupFailure(own) && structure && !structure.isStructureReader(adapter) ? structure.messagesByStructure(doc) : null;
  lines.push(
    !isLookupFailure(own)
      ? `messages: ${own.length} from the host's markup`
      : byStructure
        ? `messages: ${byStructure.length} from the page structure (host markup not found)`
        : 'messages: not read',
  );
  const editor = adapter.replyEditor(doc, url);
  lines.push(
    !isLookupFailure(editor)
      ? `reply box: from the host's markup (${editor.tagName.toLowerCase()})`
      : findReplyEditor(adapter, doc, url)
        ? 'reply box: largest editable on the page (host markup not found)'
        : 'reply box: not found (insert goes to the last focused editor, else the clipboard)',
  );
  return lines;
}
