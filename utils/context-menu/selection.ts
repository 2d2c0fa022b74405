// Content-script side of "Add selection as commitment": which conversation the page shows, and who
// wrote the message holding the selected words. Pure: takes the adapter, the document, the URL and
// the selection; runs in the content script (utils/page-session answers 'page:selection-context').
//
// No change to the HostAdapter interface is needed: adapters already give each message's text and
// author, so the message is found by its words, and only when several messages hold the same words
// by which of them the selection's own place in the page (its ancestors' text) belongs to.
import type { HostAdapter, HostMessage } from '../hosts/types';
import { isLookupFailure } from '../hosts/types';
import type { SelectionContext } from '../messaging/protocol';

export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** How much of a message's start identifies it inside an ancestor's text. */
const PREFIX_CHARS = 60;

/**
 * The message holding `selected`. `ancestorTexts` are the text of the selection's ancestors, innermost
 * first; they break ties. Null when no single message holds all the selected words (a selection
 * across two messages, or words the adapter does not read as a message).
 */
export function messageForSelection<M extends Pick<HostMessage, 'text'>>(
  selected: string,
  messages: readonly M[],
  ancestorTexts: readonly string[] = [],
): M | null {
  const words = normalizeText(selected);
  if (!words) return null;
  const holders = messages.filter((m) => normalizeText(m.text).includes(words));
  if (holders.length <= 1) return holders[0] ?? null;
  for (const raw of ancestorTexts) {
    const around = normalizeText(raw);
    const inside = holders.filter((m) => around.includes(normalizeText(m.text).slice(0, PREFIX_CHARS)));
    if (inside.length === 1) return inside[0]!;
    if (inside.length > 1) return null;
  }
  return null;
}

function ancestorTexts(node: Node | null, limit = 12): string[] {
  const out: string[] = [];
  let el: Element | null = node ? (node.nodeType === 1 ? (node as Element) : node.parentElement) : null;
  while (el && out.length < limit) {
    out.push(el.textContent ?? '');
    el = el.parentElement;
  }
  return out;
}

/**
 * What the background needs to store the selection: the conversation, and the author of the
 * message holding it. `fallbackText` is the menu's own selection text, used when this frame has no
 * selection of its own (the words were selected in a sub-frame).
 */
export function selectionContext(
  adapter: HostAdapter,
  doc: Document,
  url: URL,
  selection: Selection | null,
  fallbackText = '',
): SelectionContext | null {
  const conversation = adapter.conversation(doc, url);
  if (isLookupFailure(conversation)) return null;
  const own = selection?.toString() ?? '';
  const text = own.trim() ? own : fallbackText;
  const messages = adapter.messages(doc, url);
  const message = isLookupFailure(messages)
    ? null
    : messageForSelection(text, messages, own.trim() ? ancestorTexts(selection?.anchorNode ?? null) : []);
  return {
    conversation,
    text: text.trim(),
    author: message?.author ?? null,
    ...(message?.authorName ? { authorName: message.authorName } : {}),
  };
}
