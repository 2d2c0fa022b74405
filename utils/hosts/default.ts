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
  valueOrText,
} from './query';
import type { HostAdapter, HostMessage } from './types';
import { urlKey } from './ladder';

export const selectors = {
  subject: ['main h1', '[role="main"] h1', 'h1'],
  customerEmail: ['main a[href^="mailto:"]', '[role="main"] a[href^="mailto:"]', 'a[href^="mailto:"]'],
  message: [
    'article',
    '[role="article"]',
    '[itemtype$="Comment"]',
    '.message',
    '.comment',
    '.reply',
    '.conversation-item',
    '.thread-item',
  ],
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
  return el.closest('header, nav, footer, [role="banner"], [role="navigation"], [role="search"]') !== null &&
    el.closest('main, [role="main"], article') === null;
}

function sizeOf(el: Element): number {
  const rect = el.getBoundingClientRect?.();
  if (rect && rect.width > 0 && rect.height > 0) return rect.width * rect.height;
  // No layout (tests, hidden tab): estimate from attributes.
  if (el.tagName === 'TEXTAREA') {
    const rows = Number(el.getAttribute('rows')) || 2;
    const cols = Number(el.getAttribute('cols')) || 20;
    return rows * cols * 8 * 16 / 20;
  }
  const style = (el as HTMLElement).style;
  const h = parseFloat(style?.minHeight || style?.height || '') || 40;
  const w = parseFloat(style?.width || '') || 300;
  return h * w / 20;
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
  const email = findEmail(decodeURIComponent(link.getAttribute('href') ?? '').replace(/^mailto:/i, '').replace(/\?.*$/, ''));
  const name = cleanName(link.getAttribute('title') ?? link.textContent);
  if (email) out.email = email;
  if (name) out.name = name;
  return out;
}

export const defaultAdapter: HostAdapter = {
  id: 'custom',
  name: 'this page',
  matches: () => true,
  detect: (doc) => largestEditor(doc) !== null,
  conversation(doc, url) {
    const heading = queryFirst(doc, selectors.subject, (el) => isVisible(el) && !inChrome(el));
    const subject = (heading ? valueOrText(heading) : '') || doc.title.trim();
    if (!subject) return lookupFailure(ctx, 'subject', [...selectors.subject, '<title>']);
    const info: ConversationInfo = { host: 'custom', key: urlKey(url), url: url.href, subject };
    const customer = customerFrom(doc);
    if (customer.name) info.customerName = customer.name;
    if (customer.email) info.customerEmail = customer.email;
    return info;
  },
  messages(doc) {
    const els = outermost(queryAllFirst(doc, selectors.message, (el) => isVisible(el) && !inChrome(el)));
    if (els.length === 0) return lookupFailure(ctx, 'messages', selectors.message);
    let firstAuthor: string | undefined;
    return els
      .map((el): HostMessage | null => {
        const nameEl = queryFirst(el, selectors.authorName);
        const authorName = cleanName(nameEl?.textContent);
        const timeEl = queryFirst(el, selectors.time);
        const text = stripUnmarkedQuotes(extractText(el, selectors.exclude));
        if (!text) return null;
        const hinted = authorHint(el);
        if (hinted !== 'agent') firstAuthor ??= authorName;
        const author: Party = hinted ?? (authorName && authorName === firstAuthor ? 'customer' : 'agent');
        const m: HostMessage = { author, text };
        if (authorName) m.authorName = authorName;
        const at = timeEl?.getAttribute('datetime') ?? timeEl?.textContent?.trim();
        if (at) m.at = at;
        return m;
      })
      .filter((m): m is HostMessage => m !== null);
  },
  replyEditor(doc) {
    return (
      largestEditor(doc) ??
      lookupFailure(ctx, 'reply editor', ['largest visible ' + selectors.replyCandidates.join(', ')])
    );
  },
};
