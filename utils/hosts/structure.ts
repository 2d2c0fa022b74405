// Over 400 lines: one bottom-up pass over the page reads messages, authors, customer, reply box and key together.
// Reading a conversation from the page's STRUCTURE, with no host-specific selector: the reader for
// any helpdesk (the default adapter) and the middle rung of the ladder when a host's own selectors
// break. What every support thread has in common:
// - the messages are repeated sibling blocks, each holding an author and a time;
// - the customer is the author who writes most often and is not the signed-in agent (whose name
//   or address the page chrome shows: the account button, the profile menu);
// - the reply box is the focused, else the largest, editable field in the conversation region;
// - the subject is a field or heading that says so, else the heading above the messages, else
//   the tab title.
// Pure DOM reading: takes a Document / Element, never globals.
import type { Party } from '../commitments/types';
import { stripUnmarkedQuotes } from './clean-text';
import { subjectFromTitle } from './ladder';
import { cleanName, extractText, findEmail, isVisible, safeQueryAll, valueOrText } from './query';

export interface MessageBlock {
  el: Element;
  author?: Element;
  authorName?: string;
  authorEmail?: string;
  at?: string;
  text: string;
  /** What the block's own classes / data attributes say about its writer, if anything. */
  hint?: Party;
}

export interface StructureReading {
  /** The conversation region: the nearest ancestor of the message list that holds an editable field, else the list's parent. */
  region: Element;
  /** The element whose children are the message blocks. */
  list: Element;
  blocks: MessageBlock[];
}

const CHROME = 'header[role="banner"], nav, footer, [role="banner"], [role="navigation"], [role="search"], [role="dialog"], dialog';
const TIME_HINT = /(?:^|[-_\s.])(?:time|date|timestamp|sent|received|ago|when)(?:$|[-_\s.A-Z])/i;
const AUTHOR_HINT =
  /author|sender|(?:^|[-_\s])from(?:$|[-_\s])|actor|persona|byline|(?:^|[-_\s])(?:user|person|contact|customer|agent)[-_]?name|(?:^|[-_\s])name(?:$|[-_\s])/i;
const QUOTE_HINT = /quot|signature|(?:^|[-_\s])sig(?:$|[-_\s])|trimmed|gmail_extra|history/i;
const DATE_TEXT = new RegExp(
  [
    '^\\d{1,2}:\\d{2}(?:\\s?[ap]\\.?m\\.?)?$',
    '\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b',
    '\\b\\d{4}-\\d{2}-\\d{2}',
    '\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2}\\b',
    '\\b\\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b',
    '\\b\\d+ (?:minute|hour|day|week|month)s? ago\\b',
    '^(?:yesterday|today|just now)\\b',
    '^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]* \\d',
  ].join('|'),
  'i',
);
/** "Tomasz Wójcik", "Dr. Amara Nwosu", "Fin": a short run of capitalised words. */
const PERSON_NAME = /^(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s)?\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}$/u;

function markerText(el: Element): string {
  const parts = [el.getAttribute('class') ?? ''];
  for (const a of Array.from(el.attributes)) {
    if (/^(?:data-(?:test-?id|testid|cy|qa|role|type)|itemprop|role|id)$/.test(a.name)) parts.push(a.value);
  }
  return parts.join(' ');
}

function inChrome(el: Element): boolean {
  return el.closest(CHROME) !== null && el.closest('main, [role="main"], article') === null;
}

function ownText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function isMachineTime(el: Element): boolean {
  return (
    el.tagName.toUpperCase() === 'TIME' ||
    el.hasAttribute('datetime') ||
    Array.from(el.attributes).some((a) => /^data-(?:time|timestamp|date)/.test(a.name))
  );
}

function isTimeElement(el: Element): boolean {
  if (isMachineTime(el)) return true;
  const text = ownText(el);
  if (text.length === 0 || text.length > 48 || el.children.length > 3) return false;
  return TIME_HINT.test(markerText(el)) || DATE_TEXT.test(text);
}

const EMAIL_ATTRS = ['email', 'data-email', 'data-hovercard-id', 'title', 'href', 'data-address'];

function emailIn(el: Element): string | undefined {
  for (const name of EMAIL_ATTRS) {
    const v = el.getAttribute(name);
    const found = v ? findEmail(v.replace(/^mailto:/i, '')) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** An element that names a message's writer, strongest signals first (an address, a marker, then a bare name). */
function authorStrength(el: Element): number {
  const text = ownText(el);
  if (text.length > 80 || el.children.length > 4) return 0;
  if (emailIn(el) && (text.length > 0 || el.hasAttribute('name'))) return 3;
  if (AUTHOR_HINT.test(markerText(el)) && text.length > 0 && !/subject|title/i.test(markerText(el))) return 2;
  if (el.children.length === 0 && PERSON_NAME.test(text) && !DATE_TEXT.test(text)) return 1;
  return 0;
}

/** Per-element facts computed in one bottom-up pass, so finding the message list stays linear in the page size. */
interface Facts {
  textLength: number;
  /** First element below (not the element itself) with the strongest author signal. */
  author?: Element;
  authorStrength: number;
  /** First machine-readable time below; first innermost date-like text below. */
  machineTime?: Element;
  textTime?: Element;
  /** The element itself, or something below it, reads as a time. */
  anyTime: boolean;
}

function isQuote(el: Element): boolean {
  return el.tagName.toUpperCase() === 'BLOCKQUOTE' || QUOTE_HINT.test(markerText(el));
}

function collectFacts(root: Element): Map<Element, Facts> {
  const facts = new Map<Element, Facts>();
  const visit = (el: Element): Facts => {
    let textLength = 0;
    let author: Element | undefined;
    let best = 0;
    let machineTime: Element | undefined;
    let textTime: Element | undefined;
    let anyTimeBelow = false;
    const quote = isQuote(el);
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 3) textLength += (node.textContent ?? '').replace(/\s+/g, ' ').trim().length;
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      const f = visit(child);
      textLength += f.textLength;
      anyTimeBelow ||= f.anyTime;
      // Nothing inside a quote, nor the quote itself (a short "On 1 Nov" quote), names this message's writer or time.
      if (quote || isQuote(child)) continue;
      const own = f.textLength > 80 ? 0 : authorStrength(child);
      // Document order: the child comes before its own descendants; the first strongest wins.
      if (own > best && own >= f.authorStrength) {
        author = child;
        best = own;
      } else if (f.authorStrength > best) {
        author = f.author;
        best = f.authorStrength;
      }
      machineTime ??= isMachineTime(child) ? child : f.machineTime;
      if (!textTime) {
        if (f.textTime) textTime = f.textTime;
        else if (f.anyTime && f.textLength <= 48 && isTimeElement(child)) textTime = child;
      }
    }
    const result: Facts = { textLength, authorStrength: best, anyTime: anyTimeBelow || (textLength <= 48 && isTimeElement(el)) };
    if (author) result.author = author;
    if (machineTime) result.machineTime = machineTime;
    if (textTime) result.textTime = textTime;
    facts.set(el, result);
    return result;
  };
  visit(root);
  return facts;
}

function findAuthor(block: Element, facts: Map<Element, Facts>): Element | undefined {
  return facts.get(block)?.author;
}

/** A machine-readable time first; else the innermost element whose short text reads as a date or time. */
function findTime(block: Element, facts: Map<Element, Facts>): Element | undefined {
  const f = facts.get(block);
  return f?.machineTime ?? f?.textTime;
}

/** A byline that also holds the date ("<b>Kemal</b><br><small>03/11</small>"): the part that is the name. */
function nameInside(byline: Element, time: Element): Element | undefined {
  return Array.from(byline.querySelectorAll('*')).find((el) => !el.contains(time) && !time.contains(el) && authorStrength(el) > 0);
}

function authorNameOf(el: Element): string | undefined {
  const named = el.getAttribute('name') ?? undefined;
  return cleanName(named ?? valueOrText(el)) ?? undefined;
}

const AGENT_HINT = /\b(agent|staff|admin|operator|internal|note|outbound|outgoing|mine|self)\b/i;
const CUSTOMER_HINT = /\b(customer|requester|requestor|end ?user|client|inbound|incoming|lead|visitor|contact)\b/i;

/** What the block (or a marker element just inside it) says about its writer. */
function writerHint(block: Element): Party | undefined {
  const candidates = [block, ...Array.from(block.querySelectorAll('*')).slice(0, 12)];
  for (const el of candidates) {
    const parts: string[] = [el === block ? (el.getAttribute('class') ?? '') : ''];
    for (const a of Array.from(el.attributes)) {
      if (/^(?:data-)?(?:[a-z-]*author[a-z-]*|type|direction|from|sender|kind|thread-type|part-type)$/i.test(a.name)) parts.push(a.value);
    }
    const hint = parts.join(' ').replace(/[_-]+/g, ' ');
    if (/\bend ?user\b/i.test(hint)) return 'customer';
    if (AGENT_HINT.test(hint)) return 'agent';
    if (CUSTOMER_HINT.test(hint)) return 'customer';
  }
  return undefined;
}

function groupKey(el: Element): string {
  const marker = ['data-test-id', 'data-testid', 'data-cy', 'role'].map((a) => el.getAttribute(a) ?? '').join('|');
  return `${el.tagName}|${marker}`;
}

interface Candidate {
  list: Element;
  members: Element[];
  score: number;
  textLength: number;
}

function hiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('inert')) return true;
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  return Boolean(style && (style.display === 'none' || style.visibility === 'hidden'));
}

function isChromeElement(el: Element): boolean {
  try {
    return el.matches(CHROME);
  } catch {
    return false;
  }
}

/** Scores every group of same-kind siblings by how many hold an author and a time. */
function candidateLists(scope: Element, facts: Map<Element, Facts>): Candidate[] {
  const out: Candidate[] = [];
  const walk = (parent: Element, inMain: boolean): void => {
    const main = inMain || /^(?:MAIN|ARTICLE)$/.test(parent.tagName.toUpperCase()) || parent.getAttribute('role') === 'main';
    if (hiddenByMarkup(parent) || (!main && isChromeElement(parent))) return;
    const children = Array.from(parent.children);
    if (children.length >= 2) {
      // Siblings of one kind (same tag and test id / role), and of one tag: a ticket's description
      // and its replies, or messages and internal notes, are often marked differently.
      const groups = new Map<string, Element[]>();
      for (const child of children) {
        if (hiddenByMarkup(child)) continue;
        for (const key of [groupKey(child), `tag:${child.tagName}`]) groups.set(key, [...(groups.get(key) ?? []), child]);
      }
      for (const [key, members] of groups) {
        if (members.length < 2) continue;
        // Same tag but differently marked: a wider net, so it needs more evidence (three blocks,
        // not two side panels that happen to show a name and a local time).
        const needed = key.startsWith('tag:') && !members.every((m) => groupKey(m) === groupKey(members[0]!)) ? 3 : 2;
        let score = 0;
        let withSignal = 0;
        let withAuthor = 0;
        let textLength = 0;
        for (const m of members) {
          const f = facts.get(m);
          if (!f || f.textLength < 12) continue; // a separator, an avatar row
          const points = (f.author ? 2 : 0) + ((f.machineTime ?? f.textTime) ? 1 : 0);
          if (points > 0) withSignal++;
          if (f.author) withAuthor++;
          score += points;
          textLength += f.textLength;
        }
        // Stylesheet-hidden lists (an inactive ticket tab) are checked only here, on the few candidates.
        if (withSignal >= needed && withAuthor >= 2 && isVisible(parent))
          out.push({ list: parent, members: members.filter(isVisible), score, textLength });
      }
    }
    for (const child of children) walk(child, main);
  };
  walk(scope, false);
  return out;
}

/** The editable fields (textarea, outermost contenteditable) in a subtree. */
function editablesIn(root: ParentNode): Element[] {
  return safeQueryAll(root, 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]').filter((el) => {
    if (el.tagName === 'TEXTAREA') return !el.hasAttribute('readonly') && !el.hasAttribute('disabled');
    const parent = el.parentElement?.closest('[contenteditable]');
    return !(parent && parent.getAttribute('contenteditable') !== 'false');
  });
}

function regionOf(list: Element): Element {
  let node: Element | null = list.parentElement;
  for (let i = 0; node && i < 8; i++, node = node.parentElement) {
    if (editablesIn(node).some((el) => isVisible(el) && !inChrome(el) && !list.contains(el))) return node;
    if (node.tagName === 'BODY') break;
  }
  return list.parentElement ?? list;
}

function bodyText(block: Element, author: Element | undefined, time: Element | undefined): string {
  const skip = (el: Element): boolean =>
    el === author ||
    el === time ||
    QUOTE_HINT.test(markerText(el)) ||
    /^(?:BLOCKQUOTE|HEADER|FOOTER|BUTTON|NAV|FORM)$/.test(el.tagName.toUpperCase()) ||
    el.getAttribute('role') === 'toolbar' ||
    el.getAttribute('contenteditable') === 'true';
  // The largest part that holds neither the author nor the time is the body, when it holds most of the words.
  let best: Element | undefined;
  let bestLength = 0;
  for (const el of Array.from(block.querySelectorAll('*'))) {
    if ((author && el.contains(author)) || (time && el.contains(time)) || skip(el)) continue;
    const length = ownText(el).length;
    if (length > bestLength) {
      best = el;
      bestLength = length;
    }
  }
  const total = ownText(block).length - (author ? ownText(author).length : 0) - (time ? ownText(time).length : 0);
  const root = best && bestLength >= total * 0.6 ? best : block;
  return stripUnmarkedQuotes(extractTextSkipping(root, skip));
}

/** extractText with an element predicate for what to leave out (on top of hidden markup). */
function extractTextSkipping(root: Element, skip: (el: Element) => boolean): string {
  const clone = root.cloneNode(true) as Element;
  // Mark the elements to drop on the original, then remove their twins from the clone (same order).
  const originals = Array.from(root.querySelectorAll('*'));
  const twins = Array.from(clone.querySelectorAll('*'));
  originals.forEach((el, i) => {
    if (skip(el)) twins[i]?.setAttribute('data-ck-structure-skip', '');
  });
  return extractText(clone, ['[data-ck-structure-skip]']);
}

/** The message list and its blocks, or null when the page shows no repeated author/time blocks. */
export function readStructure(scope: Element): StructureReading | null {
  const facts = collectFacts(scope);
  const candidates = candidateLists(scope, facts);
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => b.score - a.score || b.textLength - a.textLength);
  const best = candidates[0]!;
  const blocks: MessageBlock[] = [];
  for (const el of best.members) {
    let author = findAuthor(el, facts);
    const time = findTime(el, facts);
    if (!author && !time) continue;
    const text = bodyText(el, author, time);
    if (!text) continue;
    const block: MessageBlock = { el, text };
    if (author && time && author.contains(time)) author = nameInside(author, time) ?? author;
    if (author) {
      block.author = author;
      const name = authorNameOf(author);
      const email = emailIn(author);
      if (name) block.authorName = name;
      if (email) block.authorEmail = email;
    }
    const at = time ? (time.getAttribute('datetime') ?? time.getAttribute('title') ?? ownText(time)) : undefined;
    if (at) block.at = at;
    const hint = writerHint(el);
    if (hint) block.hint = hint;
    blocks.push(block);
  }
  if (blocks.length === 0) return null;
  return { region: regionOf(best.list), list: best.list, blocks };
}

/** Names and addresses the page chrome shows (account button, profile menu): the signed-in agent. */
export function chromeIdentities(doc: Document): string[] {
  const out: string[] = [];
  for (const el of safeQueryAll(
    doc,
    `${CHROME}, [id*="account" i], [aria-label*="account" i], [data-test-id*="profile"], [class*="profile"], [class*="account"]`,
  )) {
    for (const v of [el.getAttribute('aria-label'), el.getAttribute('title'), el.textContent]) {
      if (v) out.push(v.replace(/\s+/g, ' '));
    }
  }
  const tabTitleAccount = / - (.+?) - \w[\w ]*$/.exec(doc.title)?.[1];
  if (tabTitleAccount) out.push(tabTitleAccount);
  return out;
}

/**
 * Who a block's author is: the address, else the name. A name that another block shows with an
 * address is that address: hosts show the address on some messages and only the name on others (a
 * collapsed header, a chat bubble), and one writer counted as two gave the customer's name-only
 * messages to the agent.
 */
function identities(blocks: readonly MessageBlock[]): (b: MessageBlock) => string | undefined {
  const addressOfName = new Map<string, string>();
  for (const b of blocks) {
    const name = b.authorName?.toLowerCase();
    if (name && b.authorEmail && !addressOfName.has(name)) addressOfName.set(name, b.authorEmail);
  }
  return (b) => {
    const name = b.authorName?.toLowerCase();
    return b.authorEmail ?? (name ? (addressOfName.get(name) ?? name) : undefined);
  };
}

/**
 * Who wrote each block. Block hints decide when they tell blocks apart; else the signed-in agent
 * (named in the page chrome) is the agent; the customer is the most frequent other author (ties:
 * who wrote first); any other author is on the agent's side. A block without an author is the
 * customer's when it opens the thread, else the agent's.
 */
export function assignParties(blocks: MessageBlock[], chrome: readonly string[]): Party[] {
  const hints = new Set(blocks.map((b) => b.hint).filter(Boolean));
  const useHints = hints.size > 1;
  const chromeText = chrome.join(' \n ').toLowerCase();
  const isAgent = (b: MessageBlock): boolean =>
    Boolean(
      (b.authorEmail && chromeText.includes(b.authorEmail)) ||
      (b.authorName &&
        b.authorName.length > 2 &&
        new RegExp(`(^|[^\\p{L}])${escapeRegExp(b.authorName.toLowerCase())}($|[^\\p{L}])`, 'u').test(chromeText)) ||
      /^(?:me|you|ich|moi|yo)$/i.test(b.authorName ?? ''),
    );
  const identityOf = identities(blocks);
  const counts = new Map<string, { n: number; first: number }>();
  blocks.forEach((b, i) => {
    const id = identityOf(b);
    if (!id || isAgent(b) || (useHints && b.hint === 'agent')) return;
    const c = counts.get(id) ?? { n: 0, first: i };
    c.n++;
    counts.set(id, c);
  });
  const customer = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)[0]?.[0];
  return blocks.map((b, i) => {
    if (useHints && b.hint) return b.hint;
    const id = identityOf(b);
    if (!id) return i === 0 ? 'customer' : 'agent';
    if (isAgent(b)) return 'agent';
    return id === customer ? 'customer' : 'agent';
  });
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const SUBJECT_HINT = /subject|(?:^|[-_\s])title(?:$|[-_\s])|ticket-?name|headline/i;

/**
 * The subject: a field or heading marked as the subject (or the one the tab title repeats),
 * outside the messages; else the heading above the message list; else the tab title.
 */
export function findSubject(doc: Document, reading: StructureReading | null): string {
  const fromTitle = subjectFromTitle(doc.title);
  const insideMessages = (el: Element): boolean => Boolean(reading?.blocks.some((b) => b.el.contains(el)));
  const scope: ParentNode = reading ? (reading.region.parentElement ?? doc) : doc;
  const candidates = safeQueryAll(
    scope,
    'input, textarea, h1, h2, h3, [role="heading"], [data-test-id], [data-testid], [data-cy], [class*="subject"], [class*="title"]',
  ).filter((el) => isVisible(el) && !inChrome(el) && !insideMessages(el) && el.getAttribute('contenteditable') !== 'true');
  const textOf = (el: Element): string => {
    const attrTitle = el.getAttribute('role') === 'heading' ? el.getAttribute('title') : null;
    return (attrTitle ?? valueOrText(el)).trim();
  };
  const plausible = (t: string): boolean => t.length >= 3 && t.length <= 200;
  // 1. A candidate the tab title repeats.
  if (fromTitle) {
    const same =
      candidates.find((el) => textOf(el) === fromTitle) ??
      candidates.find((el) => {
        const t = textOf(el);
        return plausible(t) && ((t.length >= 8 && fromTitle.includes(t)) || (fromTitle.length >= 8 && t.startsWith(fromTitle)));
      });
    if (same) return textOf(same);
  }
  // 2. A field or heading marked as the subject.
  const marked = candidates.find(
    (el) =>
      SUBJECT_HINT.test(`${markerText(el)} ${el.getAttribute('name') ?? ''} ${el.getAttribute('aria-label') ?? ''}`) &&
      plausible(textOf(el)) &&
      !/^(?:BUTTON|A)$/.test(el.tagName),
  );
  if (marked) return textOf(marked);
  // 3. The heading nearest above the message list.
  if (reading) {
    for (let node: Element | null = reading.list; node; node = node.parentElement) {
      const heading = Array.from(node.querySelectorAll('h1, h2, h3, [role="heading"]')).find(
        (h) => isVisible(h) && !insideMessages(h) && !inChrome(h) && plausible(textOf(h)),
      );
      if (heading) return textOf(heading);
    }
  }
  const h1 = candidates.find((el) => el.tagName === 'H1' && plausible(textOf(el)));
  return h1 ? textOf(h1) : fromTitle;
}

const ID_ATTR_NAMES = [
  /^data-legacy-thread-id$/,
  /^data-(?:[a-z]+-)*(?:ticket|conversation|thread|case|conv)(?:-[a-z]+)*-?id$/,
  /^data-convid$/,
];

/** A conversation id the markup carries on the region, its ancestors or the subject heading. */
export function domConversationId(doc: Document, reading: StructureReading | null): string | undefined {
  const where: Element[] = [];
  if (reading) {
    for (let node: Element | null = reading.list; node; node = node.parentElement) where.push(node);
    where.push(...safeQueryAll(reading.region, 'h1, h2, h3, [role="heading"]'));
  } else where.push(...safeQueryAll(doc, 'h1, h2, [role="heading"]'));
  for (const re of ID_ATTR_NAMES) {
    for (const el of where) {
      const attr = Array.from(el.attributes).find((a) => re.test(a.name) && a.value.trim());
      if (attr) return attr.value.trim();
    }
  }
  return undefined;
}

/** The reply box: the focused editable field in the region, else the largest one (see default.ts). */
export function focusedEditable(region: Element): Element | null {
  const active = region.ownerDocument.activeElement;
  if (!active || !region.contains(active)) return null;
  return editablesIn(region).find((el) => el === active || el.contains(active)) ?? null;
}
