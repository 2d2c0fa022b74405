// Builds a HostAdapter from a host's `selectors` object plus a few host-specific hooks, so that
// each host file holds its selectors in one place and only the logic that really differs.
import type { I18nKey } from '../i18n-keys';
import { matchesPatterns } from './match';
import type { Party } from '../commitments/types';
import type { ConversationInfo } from '../ledger/types';
import {
  type Alternatives,
  type FailureContext,
  attr,
  cleanName,
  extractText,
  findEmail,
  lookupFailure,
  queryAllFirst,
  queryFirst,
  safeMatches,
  safeQuery,
  valueOrText,
  isVisible,
} from './query';
import { type SentTimeClock, type TimeStamp, readSentTime, stampOf, systemClock } from './sent-time';
import { stripUnmarkedQuotes } from './clean-text';
import { createVisibilityReader, type VisibilityReader } from './visible-text';
import { fallbackKey, subjectFromTitle } from './ladder';
import { type HostAdapter, type HostMessage, type LookupFailure, isLookupFailure } from './types';

export interface HostSelectors {
  /**
   * Containers of the open conversation. Where the host keeps several in the DOM (Zendesk), only
   * a visible one counts. Left out: the whole document is the root.
   */
  root?: Alternatives;
  /** Inside the root: proof that a conversation is shown (else "no conversation open"). */
  present?: Alternatives;
  /** Elements carrying the conversation id in one of `keyAttributes` ('#text': the number the element shows). */
  key?: Alternatives;
  keyAttributes?: readonly string[];
  subject: Alternatives;
  /**
   * Attributes read for the subject before the element's text (Outlook puts the full subject in
   * the heading's own `title`; its text may be truncated or decorated).
   */
  subjectAttributes?: readonly string[];
  /** Header fields naming the requester / customer (optional; else the first customer message). */
  customerName?: Alternatives;
  customerEmail?: Alternatives;
  customerOrg?: Alternatives;
  /** IANA zone in `data-time-zone` / `data-ck-customer-tz` or the text. */
  customerTimeZone?: Alternatives;
  /** One element per message, oldest first. */
  message: Alternatives;
  /** Inside a message. */
  messageBody: Alternatives;
  authorName: Alternatives;
  /** Elements whose `email`/`data-email`/`title`/`href` or text holds the author's address. */
  authorEmail?: Alternatives;
  time?: Alternatives;
  /** The message is (or contains) one of these: written by the agent's side. */
  agentMarker?: Alternatives;
  /** The message is (or contains) one of these: written by the customer. */
  customerMarker?: Alternatives;
  /** Left out of message text: quoted replies, signatures, "show trimmed content". */
  exclude: Alternatives;
  /** Inside the root. The first visible match is the reply box. */
  replyEditor: Alternatives;
  /** Markup that identifies the host (for demo pages and custom domains). All groups must match. */
  detect: readonly Alternatives[];
}

export interface Identity {
  email?: string;
  name?: string;
}

export interface AdapterSpec {
  id: string;
  name: string;
  /** The options page's label when it is not `name`. */
  optionsLabel?: I18nKey;
  /** Where the host serves its app (manifest match patterns); empty: chosen by markup only. */
  matchPatterns: readonly string[];
  selectors: HostSelectors;
  /** Conversation id from the URL; `pattern` names the pattern in failure reports. */
  urlKey?: { pattern: RegExp; describe: string; group?: number };
  /** Which source wins when both exist. Default: 'url'. */
  keyOrder?: 'url' | 'dom';
  normalizeKey?(raw: string): string;
  /** False when this URL cannot show a conversation (a dashboard, a list). */
  isConversationUrl?(url: URL): boolean;
  /**
   * True when the URL names a conversation even though the markup shows none: then missing
   * markup is reported as broken selectors, not as "no conversation open".
   */
  urlNamesConversation?(url: URL): boolean;
  /**
   * The customer card sits outside the conversation root (a sidebar) and the page shows one
   * conversation at a time: look the customer fields up in the whole document.
   */
  customerInDocument?: boolean;
  /** Conversation id found outside the root (Outlook: the selected row of the message list). */
  keyFromDocument?(doc: Document): string | undefined;
  /** The ladder's subject from the tab title, for hosts whose titles are not "subject - app" (Outlook). */
  subjectFromTitle?(title: string): string;
  /** Subject for hosts whose conversations may have none (chats): e.g. "Chat with Marta". */
  fallbackSubject?(customerName: string | undefined): string | undefined;
  /**
   * A message whose body selectors find nothing is skipped (Gmail: collapsed messages carry no
   * body, only a header and a snippet). Default: the whole message element is read.
   */
  messageBodyRequired?: boolean;
  /** The signed-in agent (Gmail, Outlook), for author classification. */
  agent?(doc: Document): Identity;
  /** Among several visible roots, the active one (e.g. matching the URL's ticket id). */
  pickRoot?(candidates: Element[], url: URL | undefined): Element | undefined;
}

const EMAIL_ATTRS = ['email', 'data-email', 'data-hovercard-id', 'title', 'href'];
const TIME_ATTRS = ['datetime', 'data-time', 'data-timestamp', 'title', 'aria-label'];

/** An address from the usual attributes, else from the element's text. */
function emailOf(el: Element | null): string | undefined {
  if (!el) return undefined;
  for (const name of EMAIL_ATTRS) {
    const found = findEmail(el.getAttribute(name));
    if (found) return found;
  }
  return findEmail(valueOrText(el));
}

function matchesOrContains(el: Element, alternatives: Alternatives | undefined): boolean {
  if (!alternatives) return false;
  return alternatives.some((s) => safeMatches(el, s) || safeQuery(el, s) !== null);
}

/**
 * Same author by address when both show one, else by name (without case); two messages without
 * either are not "the same author". A host may show the address on one message and only the name on
 * the next (a collapsed header, a chat bubble): comparing one's address with the other's name gave
 * the customer's later messages to the agent.
 */
function sameAuthor(a: { authorEmail?: string; authorName?: string }, b: { authorEmail?: string; authorName?: string }): boolean {
  if (a.authorEmail && b.authorEmail) return a.authorEmail === b.authorEmail;
  return sameName(a.authorName, b.authorName);
}

function sameName(a: string | undefined, b: string | undefined): boolean {
  return Boolean(a && b && a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0);
}

interface HeaderCustomer {
  name?: string;
  email?: string;
  org?: string;
  timeZone?: string;
}

export function createSelectorAdapter(spec: AdapterSpec): HostAdapter {
  const s = spec.selectors;
  const ctx: FailureContext = { host: spec.id, hostName: spec.name };

  function findRoot(doc: Document, url?: URL): Element | null {
    if (!s.root) return doc.body ?? doc.documentElement;
    const candidates = queryAllFirst(doc, s.root, isVisible);
    if (candidates.length === 0) return null;
    return spec.pickRoot?.(candidates, url) ?? candidates[0] ?? null;
  }

  /** Root, or why there is none (no conversation open vs. broken markup). */
  function rootOrFail(doc: Document, url?: URL): Element | LookupFailure {
    if (url && spec.isConversationUrl && !spec.isConversationUrl(url)) {
      return lookupFailure(ctx, 'conversation', [], { noConversation: true });
    }
    const root = findRoot(doc, url);
    const presentAnywhere = s.present ? queryFirst(doc, s.present, isVisible) !== null : false;
    const urlSaysConversation = Boolean(url && spec.urlNamesConversation?.(url));
    if (!root) {
      return lookupFailure(ctx, 'conversation', s.root ?? [], {
        noConversation: !presentAnywhere && !urlSaysConversation,
      });
    }
    if (s.present && !queryFirst(root, s.present)) {
      return lookupFailure(ctx, 'conversation', s.present, { noConversation: !urlSaysConversation });
    }
    return root;
  }

  function keyFromUrl(url: URL | undefined): string | undefined {
    if (!url || !spec.urlKey) return undefined;
    const m = spec.urlKey.pattern.exec(url.pathname + url.search + url.hash);
    const raw = spec.urlKey.group ? m?.[spec.urlKey.group] : m?.slice(1).find(Boolean);
    return raw ? decodeURIComponent(raw) : undefined;
  }

  function keyFromDom(root: Element): string | undefined {
    if (!s.key) return undefined;
    const attrs = s.keyAttributes ?? ['data-conversation-id'];
    for (const selector of s.key) {
      const el = safeMatches(root, selector) ? root : safeQuery(root, selector);
      const value = attr(
        el,
        attrs.filter((a) => a !== '#text'),
      );
      if (value) return value;
      // '#text': the number the element shows ("#30817", "Ticket 30817").
      const shown = attrs.includes('#text') && el ? /\d{2,}/.exec(el.textContent ?? '')?.[0] : undefined;
      if (shown) return shown;
    }
    return undefined;
  }

  function customerFromHeader(scope: Element): HeaderCustomer {
    const root: ParentNode = spec.customerInDocument ? scope.ownerDocument : scope;
    const tzEl = s.customerTimeZone ? queryFirst(root, s.customerTimeZone) : null;
    const nameEl = s.customerName ? queryFirst(root, s.customerName) : null;
    const emailEl = s.customerEmail ? queryFirst(root, s.customerEmail) : null;
    const orgEl = s.customerOrg ? queryFirst(root, s.customerOrg) : null;

    const out: HeaderCustomer = {};
    const tzText = tzEl ? (attr(tzEl, ['data-time-zone', 'data-ck-customer-tz']) ?? valueOrText(tzEl)) : undefined;
    const timeZone = tzText ? /\b(?:[A-Z][A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+|UTC)\b/.exec(tzText)?.[0] : undefined;
    if (timeZone) out.timeZone = timeZone;
    const name = nameEl ? cleanName(nameEl.getAttribute('name') ?? valueOrText(nameEl)) : undefined;
    const email = emailOf(emailEl) ?? findEmail(attr(nameEl, EMAIL_ATTRS));
    const org = orgEl ? valueOrText(orgEl) || undefined : undefined;
    if (name) out.name = name;
    if (email) out.email = email;
    if (org) out.org = org;
    return out;
  }

  interface RawMessage {
    el: Element;
    authorName?: string;
    authorEmail?: string;
    text: string;
    at?: string;
    sentAt?: string;
    stamp?: TimeStamp;
    marked?: Party;
  }

  /**
   * `words: false` reads only who wrote each message (no bodies, no times): what `conversation()` needs to name
   * the customer, on every check of the conversation watcher. A body's words cost the most (each text
   * node is asked whether CSS hides it), so a 200-message thread is read whole only when its messages
   * are wanted.
   */
  function readMessages(root: Element, clock?: SentTimeClock, { words = true }: { words?: boolean } = {}): RawMessage[] {
    // One look at each element's style for the whole read: messages share their ancestors.
    const visibility = words ? createVisibilityReader() : null;
    return messageElements(root).map((el) => readMessage(el, visibility, clock));
  }

  /** The messages' elements, oldest first (those with a body, where the host requires one). */
  function messageElements(root: Element): Element[] {
    const found = queryAllFirst(root, s.message);
    return spec.messageBodyRequired ? found.filter((el) => queryFirst(el, s.messageBody) !== null) : found;
  }

  /** One message: its author, and with a `visibility` reader its words and time. */
  function readMessage(el: Element, visibility: VisibilityReader | null, clock?: SentTimeClock): RawMessage {
    const words = visibility !== null;
    const nameEl = queryFirst(el, s.authorName);
    const emailEl = s.authorEmail ? queryFirst(el, s.authorEmail) : null;
    const timeEl = s.time && words ? queryFirst(el, s.time) : null;
    // Marked quotes/signatures go by selector; unmarked ones ("-- ", list footers, "On … wrote:") by text.
    const text = visibility ? stripUnmarkedQuotes(extractText(queryFirst(el, s.messageBody) ?? el, s.exclude, visibility)) : '';
    const raw: RawMessage = { el, text };
    const authorName = cleanName(nameEl?.getAttribute('name') ?? (nameEl ? valueOrText(nameEl) : undefined));
    const authorEmail = emailOf(emailEl) ?? findEmail(attr(nameEl, EMAIL_ATTRS));
    const at = attr(timeEl, TIME_ATTRS) ?? (timeEl ? valueOrText(timeEl) || undefined : undefined);
    if (authorName) raw.authorName = authorName;
    if (authorEmail) raw.authorEmail = authorEmail;
    if (at) raw.at = at;
    if (clock && timeEl) {
      const stamp = stampOf(timeEl);
      const sentAt = readSentTime(stamp, clock);
      if (sentAt) raw.sentAt = sentAt;
      else if (!clock.readAbsolute) raw.stamp = stamp;
    }
    if (matchesOrContains(el, s.agentMarker)) raw.marked = 'agent';
    else if (matchesOrContains(el, s.customerMarker)) raw.marked = 'customer';
    return raw;
  }

  /**
   * Author of each message, in this order: the host's own marks (agent/internal vs end user);
   * the signed-in account (Gmail, Outlook: the agent's address); the requester named in the
   * header; last, whoever wrote the first message is taken to be the customer.
   */
  function classify(raws: RawMessage[], doc: Document, root: Element): HostMessage[] {
    const me = spec.agent?.(doc) ?? {};
    const header = customerFromHeader(root);
    const first = raws.find((r) => opensForCustomer(r, me));
    return raws.map((r) => {
      const author = authorOf(r, me, header, first);
      const m: HostMessage = { author, text: r.text };
      if (r.authorName) m.authorName = r.authorName;
      if (r.authorEmail) m.authorEmail = r.authorEmail;
      if (r.at) m.at = r.at;
      if (r.sentAt) m.sentAt = r.sentAt;
      else if (r.stamp) m.stamp = r.stamp;
      return m;
    });
  }

  /** Not the agent's by the host's mark or the signed-in address: the first such message is taken to be the customer's. */
  function opensForCustomer(r: RawMessage, me: Identity): boolean {
    return r.marked !== 'agent' && !(me.email && r.authorEmail === me.email);
  }

  /** Who wrote `r` (see classify); `first` is the first message that opensForCustomer. */
  function authorOf(r: RawMessage, me: Identity, header: HeaderCustomer, first: RawMessage | undefined): Party {
    if (r.marked) return r.marked;
    if (me.email && r.authorEmail) return r.authorEmail === me.email ? 'agent' : 'customer';
    if (header.email && r.authorEmail) return r.authorEmail === header.email ? 'customer' : 'agent';
    if (header.name && r.authorName) return sameName(header.name, r.authorName) ? 'customer' : 'agent';
    if (me.name && r.authorName && sameName(me.name, r.authorName)) return 'agent';
    if (first && (r === first || sameAuthor(r, first))) return 'customer';
    return 'agent';
  }

  /**
   * The first message classify() would give the customer, read one message at a time (authors only)
   * and no further: `conversation()` names the customer this way on every check of the watcher and
   * on every thread switch, and reading 200 messages' authors for it cost 20–60 ms in a busy tab. A
   * message before the first one that opensForCustomer is the agent's by an earlier rule, so `first`
   * is known by the time it matters.
   */
  function firstCustomer(root: Element, doc: Document, header: HeaderCustomer): RawMessage | undefined {
    const me = spec.agent?.(doc) ?? {};
    let first: RawMessage | undefined;
    for (const el of messageElements(root)) {
      const r = readMessage(el, null);
      if (!first && opensForCustomer(r, me)) first = r;
      if (authorOf(r, me, header, first) === 'customer') return r;
    }
    return undefined;
  }

  const adapter: HostAdapter = {
    id: spec.id,
    name: spec.name,
    ...(spec.optionsLabel ? { optionsLabel: spec.optionsLabel } : {}),
    matchPatterns: spec.matchPatterns,
    matches: matchesPatterns(spec.matchPatterns),
    selectors: spec.selectors as unknown as Readonly<Record<string, unknown>>,
    detect: (doc) => s.detect.every((group) => queryFirst(doc, group) !== null),
    conversationRoot: (doc, url) => {
      const root = rootOrFail(doc, url);
      return isLookupFailure(root) ? null : root;
    },
    conversation(doc, url): ConversationInfo | LookupFailure {
      const root = rootOrFail(doc, url);
      // The ladder (ladder.ts): a page that shows no conversation stays "none"; a page whose
      // markup broke still gets a conversation, keyed by the URL or the tab title, titled by the tab.
      if (isLookupFailure(root) && root.noConversation) return root;
      const scope = isLookupFailure(root) ? null : root;
      const fromUrl = keyFromUrl(url);
      const fromDom = keyFromDom(scope ?? doc.body ?? doc.documentElement) ?? spec.keyFromDocument?.(doc);
      const raw = (spec.keyOrder === 'dom' ? (fromDom ?? fromUrl) : (fromUrl ?? fromDom)) ?? fallbackKey(url, doc);
      if (!raw) {
        const tried = [
          ...(spec.keyOrder === 'dom' ? [] : spec.urlKey ? [`URL ${spec.urlKey.describe}`] : []),
          ...(s.key ?? []).map((sel) => `${sel} [${(s.keyAttributes ?? ['data-conversation-id']).join('|')}]`),
          ...(spec.keyOrder === 'dom' && spec.urlKey ? [`URL ${spec.urlKey.describe}`] : []),
          'URL id',
          '<title>',
        ];
        return lookupFailure(ctx, 'conversation key', tried);
      }
      let customer: HeaderCustomer = scope ? customerFromHeader(scope) : {};
      if (scope && !customer.name && !customer.email) {
        const found = firstCustomer(scope, doc, customer);
        customer = { ...customer, name: found?.authorName, email: found?.authorEmail };
      }
      // Without a root (its markup changed), the subject selectors still get the whole page.
      const subjectScope: ParentNode = scope ?? doc;
      const subjectEl = queryFirst(subjectScope, s.subject, isVisible) ?? (scope ? queryFirst(scope, s.subject) : null);
      const subjectAttr = s.subjectAttributes ? attr(subjectEl, s.subjectAttributes)?.trim() : undefined;
      const subject =
        subjectAttr ||
        (subjectEl ? valueOrText(subjectEl) : '') ||
        spec.fallbackSubject?.(customer.name) ||
        (spec.subjectFromTitle ?? subjectFromTitle)(doc.title);
      // Nothing names it (a chat without subject, a bare tab title): the conversation still
      // stands — the panel shows "(no subject)" and the agent's notes work.
      const info: ConversationInfo = {
        host: spec.id,
        key: spec.normalizeKey && (fromDom || fromUrl) ? spec.normalizeKey(raw) : raw,
        url: url.href,
        subject,
      };
      if (customer.name) info.customerName = customer.name;
      if (customer.email) info.customerEmail = customer.email;
      if (customer.org) info.customerOrg = customer.org;
      if (customer.timeZone) info.customerTimeZone = customer.timeZone;
      return info;
    },
    messages(doc, url, clock) {
      const root = rootOrFail(doc, url);
      if (isLookupFailure(root)) return root;
      const raws = readMessages(root, clock ?? systemClock(doc));
      if (raws.length === 0) return lookupFailure(ctx, 'messages', s.message);
      return classify(raws, doc, root);
    },
    replyEditor(doc, url) {
      const root = rootOrFail(doc, url);
      if (isLookupFailure(root)) return root;
      return queryFirst(root, s.replyEditor, isVisible) ?? lookupFailure(ctx, 'reply editor', s.replyEditor);
    },
  };
  return adapter;
}
