// The fallback for any other helpdesk (custom domains the agent turns the extension on for).
// Pure heuristics, no host-specific selectors:
// - key: the URL's host + path (+ a "#/route" hash and id-like query parameters), so each ticket
//   page is its own conversation and it survives reloads;
// - subject: the visible <h1> (inside <main> first), else the tab title;
// - customer: the first mailto: link outside header/nav/footer;
// - messages: <article>/role=article/common class names; the author from class-name and data hints
//   ("agent", "staff", "internal", "outbound" vs "customer", "requester", "inbound"), else whoever
//   wrote the first message is the customer; quoted text cut at "On … wrote:" / "> " / "-- ";
// - reply box: the largest visible, editable textarea or contenteditable that is not a search box.
import type { ConversationInfo } from '../ledger/types';
import type { Party } from '../commitments/types';
import {
  type Alternatives,
  cleanName,
  extractText,
  findEmail,
  isVisible,
  lookupFailure,
  queryAllFirst,
  queryFirst,
  safeQueryAll,
  stripUnmarkedQuotes,
} from './query';
import { type SentTimeClock, readSentTime, stampOf, systemClock } from './sent-time';
import type { HostAdapter, HostMessage } from './types';
import { createVisibilityReader } from './visible-text';
import { fallbackKey, urlIdKey, urlKey } from './ladder';
import {
  assignParties,
  chromeIdentities,
  domConversationId,
  findSubject,
  focusedEditable,
  readStructure,
  type StructureReading,
} from './structure';
import { CUSTOM_HOST } from './catalogue';

const selectors = {
  subject: ['main h1', '[role="main"] h1', 'h1'],
  customerEmail: ['main a[href^="mailto:"]', '[role="main"] a[href^="mailto:"]', 'a[href^="mailto:"]'],
  message: ['article', '[role="article"]', '[itemtype$="Comment"]', '.message', '.comment', '.reply', '.conversation-item', '.thread-item'],
  authorName: ['[class*="author"]', '[class*="sender"]', '[class*="from"]', '.name', 'header strong'],
  time: ['time[datetime]', 'time'],
  exclude: [
    'blockquote',
    '.quote',
    '[class*="quoted"]',
    '.signature',
    '[class*="signature"]',
    '.gmail_quote',
    '.gmail_signature',
    'header',
    'footer',
    'time',
  ],
  replyCandidates: ['textarea', '[contenteditable="true"]', '[contenteditable=""]', '[contenteditable="plaintext-only"]'],
} as const satisfies Record<string, Alternatives>;

const AGENT_HINT = /\b(agent|staff|admin|operator|support|internal|note|outbound|outgoing|sent|mine|self|me)\b/i;
const CUSTOMER_HINT = /\b(customer|requester|requestor|end-?user|client|inbound|incoming|received|contact|visitor|user)\b/i;
const SEARCH_HINT = /search|filter|find|query/i;
const REPLY_HINT = /reply|message|comment|response|answer|compose|body/i;

export { urlKey };

function hintOf(el: Element): string {
  const parts = [el.getAttribute('class') ?? ''];
  for (const a of Array.from(el.attributes)) {
    if (/^(data-)?(author|role|type|direction|from|sender|kind)/i.test(a.name)) parts.push(a.value);
  }
  return parts.join(' ').replace(/[_-]+/g, ' ');
}

function authorHint(el: Element): Party | undefined {
  const hint = hintOf(el);
  if (/\bend ?user\b/i.test(hint)) return 'customer';
  if (AGENT_HINT.test(hint)) return 'agent';
  if (CUSTOMER_HINT.test(hint)) return 'customer';
  return undefined;
}

function outermost(els: Element[]): Element[] {
  return els.filter((el) => !els.some((other) => other !== el && other.contains(el)));
}

function inChrome(el: Element): boolean {
  return (
    el.closest('header, nav, footer, [role="banner"], [role="navigation"], [role="search"]') !== null &&
    el.closest('main, [role="main"], article') === null
  );
}

function sizeOf(el: Element): number {
  const rect = el.getBoundingClientRect?.();
  if (rect && rect.width > 0 && rect.height > 0) return rect.width * rect.height;
  // No layout (tests, hidden tab): estimate from attributes.
  if (el.tagName === 'TEXTAREA') {
    const rows = Number(el.getAttribute('rows')) || 2;
    const cols = Number(el.getAttribute('cols')) || 20;
    return (rows * cols * 8 * 16) / 20;
  }
  const style = (el as HTMLElement).style;
  const h = parseFloat(style?.minHeight || style?.height || '') || 40;
  const w = parseFloat(style?.width || '') || 300;
  return (h * w) / 20;
}

function editable(el: Element): boolean {
  if (el.tagName === 'TEXTAREA') {
    return !el.hasAttribute('readonly') && !el.hasAttribute('disabled');
  }
  // Only the outermost contenteditable counts (editors nest them).
  const parent = el.parentElement?.closest('[contenteditable]');
  return !(parent && parent.getAttribute('contenteditable') !== 'false');
}

/** The page's most likely reply box: the largest visible editable field that is not a search box. */
export function largestEditor(root: ParentNode): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const selector of selectors.replyCandidates) {
    for (const el of safeQueryAll(root, selector)) {
      if (!isVisible(el) || !editable(el) || inChrome(el)) continue;
      const label = [
        el.getAttribute('aria-label'),
        el.getAttribute('placeholder'),
        el.getAttribute('name'),
        el.getAttribute('id'),
        el.getAttribute('data-placeholder'),
      ].join(' ');
      if (SEARCH_HINT.test(label) && !REPLY_HINT.test(label)) continue;
      const score = sizeOf(el) * (REPLY_HINT.test(label) ? 4 : 1);
      if (score > bestScore) {
        best = el;
        bestScore = score;
      }
    }
  }
  return best;
}

const ctx = { host: 'custom', hostName: 'this page' };

function customerFrom(doc: Document): { name?: string; email?: string } {
  const link = queryFirst(doc, selectors.customerEmail, (el) => !inChrome(el) && isVisible(el));
  if (!link) return {};
  const out: { name?: string; email?: string } = {};
  const email = findEmail(
    decodeURIComponent(link.getAttribute('href') ?? '')
      .replace(/^mailto:/i, '')
      .replace(/\?.*$/, ''),
  );
  const name = cleanName(link.getAttribute('title') ?? link.textContent);
  if (email) out.email = email;
  if (name) out.name = name;
  return out;
}

/** The conversation region and its messages by structure (structure.ts), read once per call. */
function structureOf(doc: Document): StructureReading | null {
  return doc.body ? readStructure(doc.body) : null;
}

function partiesOf(doc: Document, reading: StructureReading): Party[] {
  return assignParties(reading.blocks, chromeIdentities(doc));
}

/** The messages by the older selector heuristics (article, .message, …), when no structure is found. */
function messagesBySelectors(doc: Document, clock: SentTimeClock): HostMessage[] | null {
  const els = outermost(queryAllFirst(doc, selectors.message, (el) => isVisible(el) && !inChrome(el)));
  if (els.length === 0) return null;
  let firstAuthor: string | undefined;
  const visibility = createVisibilityReader(); // one look at each shared ancestor's style for the read
  return els
    .map((el): HostMessage | null => {
      const nameEl = queryFirst(el, selectors.authorName);
      const authorName = cleanName(nameEl?.textContent);
      const timeEl = queryFirst(el, selectors.time);
      const text = stripUnmarkedQuotes(extractText(el, selectors.exclude, visibility));
      if (!text) return null;
      const hinted = authorHint(el);
      if (hinted !== 'agent') firstAuthor ??= authorName;
      const author: Party = hinted ?? (authorName && authorName === firstAuthor ? 'customer' : 'agent');
      const m: HostMessage = { author, text };
      if (authorName) m.authorName = authorName;
      const at = timeEl?.getAttribute('datetime') ?? timeEl?.textContent?.trim();
      if (at) m.at = at;
      const stamp = timeEl ? stampOf(timeEl) : undefined;
      const sentAt = stamp ? readSentTime(stamp, clock) : undefined;
      if (sentAt) m.sentAt = sentAt;
      else if (stamp && !clock.readAbsolute) m.stamp = stamp;
      return m;
    })
    .filter((m): m is HostMessage => m !== null);
}

/**
 * The messages read by structure alone (repeated blocks with an author and a time), or null: the
 * ladder's rung under a host adapter whose selectors broke. The class-name guesses of
 * messagesBySelectors are not used there: on a host page they would read its chrome as messages.
 */
export function messagesByStructure(doc: Document, clock: SentTimeClock = systemClock(doc)): HostMessage[] | null {
  const reading = structureOf(doc);
  if (!reading) return null;
  const parties = partiesOf(doc, reading);
  return reading.blocks.map((b, i) => {
    const m: HostMessage = { author: parties[i] ?? 'agent', text: b.text };
    if (b.authorName) m.authorName = b.authorName;
    if (b.authorEmail) m.authorEmail = b.authorEmail;
    if (b.at) m.at = b.at;
    // The structure reader keeps the stamp as one string (datetime, else title, else text).
    const sentAt = b.at ? readSentTime({ text: b.at }, clock) : undefined;
    if (sentAt) m.sentAt = sentAt;
    else if (b.at && !clock.readAbsolute) m.stamp = { text: b.at };
    return m;
  });
}

export const defaultAdapter: HostAdapter = {
  ...CUSTOM_HOST,
  matches: () => true,
  detect: (doc) => largestEditor(doc) !== null,
  conversationRoot: (doc) => structureOf(doc)?.region ?? null,
  conversation(doc, url) {
    const reading = structureOf(doc);
    // No subject anywhere (a chat): the conversation still stands; the panel says "(no subject)".
    const subject = findSubject(doc, reading);
    // Key: an id the markup ties to this conversation, else the URL when it names one record, else the tab title.
    const domId = domConversationId(doc, reading);
    const key = domId ? `${url.hostname}#${domId}` : (urlIdKey(url) ?? fallbackKey(url, doc));
    if (!key) return lookupFailure(ctx, 'conversation key', ['markup id', 'URL id', '<title>']);
    const info: ConversationInfo = { host: 'custom', key, url: url.href, subject };
    let customer: { name?: string; email?: string } = {};
    if (reading) {
      const parties = partiesOf(doc, reading);
      const block = reading.blocks.find((_, i) => parties[i] === 'customer');
      if (block?.authorName) customer.name = block.authorName;
      if (block?.authorEmail) customer.email = block.authorEmail;
    }
    // The requester link ("mailto:") gives the address when it names the same person (or when the messages named nobody).
    const linked = customerFrom(doc);
    if (!customer.name && !customer.email) customer = linked;
    else if (
      !customer.email &&
      linked.email &&
      linked.name &&
      customer.name?.localeCompare(linked.name, undefined, { sensitivity: 'base' }) === 0
    ) {
      customer.email = linked.email;
    }
    if (customer.name) info.customerName = customer.name;
    if (customer.email) info.customerEmail = customer.email;
    return info;
  },
  messages(doc, _url, clock = systemClock(doc)) {
    return (
      messagesByStructure(doc, clock) ??
      messagesBySelectors(doc, clock) ??
      lookupFailure(ctx, 'messages', ['repeated author/time blocks', ...selectors.message])
    );
  },
  replyEditor(doc) {
    const region = structureOf(doc)?.region;
    return (
      (region && (focusedEditable(region) ?? largestEditor(region))) ??
      largestEditor(doc) ??
      lookupFailure(ctx, 'reply editor', ['focused or largest editable in the conversation region'])
    );
  },
};
