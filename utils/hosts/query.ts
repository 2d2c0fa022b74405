// Lookups with alternative selectors (one per UI variant) that report which ones broke, and text
// extraction that leaves out quoted replies and signatures (InboxSDK's querySelectorOrFail idea).
import type { LookupFailure, LookupTarget } from './types';
import { createVisibilityReader, type VisibilityReader } from './visible-text';
import { BLOCK_TAGS } from '../block-tags';

/** A list of alternative selectors for one thing, tried in order (newest UI variant first or last, as documented per host). */
export type Alternatives = readonly string[];

export interface FailureContext {
  host: string;
  hostName: string;
}

const WHAT_WORDS: Record<LookupTarget, string> = {
  conversation: 'the conversation',
  'conversation key': 'which conversation this is',
  subject: 'the subject',
  messages: 'the messages',
  'reply editor': 'the reply box',
};

/**
 * A lookup that found nothing. Its `message` is plain words for logs and tests ("Couldn't read the
 * reply box on Zendesk."); the selectors tried stay in `tried`, for the page diagnostic, never in
 * words an agent reads. The panel words its own sentences from `what` (i18n).
 */
export function lookupFailure(
  ctx: FailureContext,
  what: LookupTarget,
  tried: readonly string[],
  opts: { noConversation?: boolean } = {},
): LookupFailure {
  const failure: LookupFailure = {
    kind: 'lookup-failure',
    host: ctx.host,
    hostName: ctx.hostName,
    what,
    tried: [...tried],
    message: opts.noConversation ? `No conversation is open on ${ctx.hostName}.` : `Couldn't read ${WHAT_WORDS[what]} on ${ctx.hostName}.`,
  };
  if (opts.noConversation) failure.noConversation = true;
  return failure;
}

/** querySelector that treats an invalid selector (a typo, an engine without `:has`) as no match. */
export function safeQuery(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

export function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** Does the element itself match the selector (invalid selector = no)? */
export function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/**
 * First element matched by the first alternative that matches anything. Without `accept`, each
 * alternative is one querySelector (it stops at the first match): a 200-message thread asks this of
 * every message for its author, address, time and body, and listing all matches cost several times more.
 */
export function queryFirst(root: ParentNode, alternatives: Alternatives, accept?: (el: Element) => boolean): Element | null {
  for (const selector of alternatives) {
    if (!accept) {
      const found = safeQuery(root, selector);
      if (found) return found;
      continue;
    }
    for (const el of safeQueryAll(root, selector)) if (accept(el)) return el;
  }
  return null;
}

/**
 * Does the element match any of the alternatives? One `matches` with the list joined (asked of every
 * element of every message body for the excluded parts); when one alternative is invalid (an engine
 * without `:has`), the list is asked one by one, where an invalid one matches nothing.
 */
export function anyMatcher(alternatives: Alternatives): (el: Element) => boolean {
  if (alternatives.length === 0) return () => false;
  const joined = alternatives.join(', ');
  let joinedWorks = true;
  return (el) => {
    if (joinedWorks) {
      try {
        return el.matches(joined);
      } catch {
        joinedWorks = false;
      }
    }
    return alternatives.some((s) => safeMatches(el, s));
  };
}

/** All elements of the first alternative that matches anything (variants are not mixed). */
export function queryAllFirst(root: ParentNode, alternatives: Alternatives, accept: (el: Element) => boolean = () => true): Element[] {
  for (const selector of alternatives) {
    const found = safeQueryAll(root, selector).filter(accept);
    if (found.length > 0) return found;
  }
  return [];
}

/** querySelectorOrFail over alternatives: the element, or a failure listing every selector tried. */
export function queryOrFail(
  root: ParentNode,
  alternatives: Alternatives,
  ctx: FailureContext,
  what: LookupTarget,
  accept?: (el: Element) => boolean,
): Element | LookupFailure {
  return queryFirst(root, alternatives, accept) ?? lookupFailure(ctx, what, alternatives);
}

/**
 * Hidden: `hidden`, `aria-hidden="true"`, `inert`, or display:none / visibility:hidden on the
 * element or an ancestor — inline styles, and stylesheet rules through `checkVisibility()` when the
 * element is in a rendered document (Zendesk hides inactive ticket tabs by CSS class). Layout size
 * is not consulted, so this also works in happy-dom and in documents without a view.
 */
export function isHidden(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('inert')) {
      return true;
    }
    const style = (node as HTMLElement).style as CSSStyleDeclaration | undefined;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  }
  const view = el.ownerDocument.defaultView;
  if (!view || !el.isConnected) return false; // DOMParser documents in browsers: no styles
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  try {
    if (typeof check === 'function') return !check.call(el, { visibilityProperty: true });
    const computed = view.getComputedStyle(el);
    return computed.display === 'none' || computed.visibility === 'hidden';
  } catch {
    return false;
  }
}

export const isVisible = (el: Element): boolean => !isHidden(el);

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON']);

/**
 * The visible words of an element, one line per block, with the parts matched by `exclude`
 * (quoted replies, signatures, "show trimmed content" buttons…) left out. The page is not modified.
 * A read of several elements passes one `visibility` reader, so shared ancestors are looked at once.
 */
export function extractText(el: Element, exclude: Alternatives = [], visibility: VisibilityReader = createVisibilityReader()): string {
  const { hidesSubtree, hidesOwnText } = visibility;
  const isExcluded = anyMatcher(exclude);
  const excluded = (node: Element): boolean => isExcluded(node) || isHiddenByMarkup(node) || hidesSubtree(node);
  let out = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      // Words hidden by CSS (font-size:0, white on white, visibility) are not read: visible-text.ts.
      const parent = node.parentElement;
      if (parent && hidesOwnText(parent)) return;
      out += (node as Text).data.replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (SKIP_TAGS.has(element.tagName.toUpperCase())) return;
    if (element !== el && excluded(element)) return;
    const tag = element.tagName.toUpperCase();
    if (tag === 'BR') {
      out += '\n';
      return;
    }
    if (tag === 'TEXTAREA' || tag === 'INPUT') {
      out += (element as HTMLInputElement).value ?? '';
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) out += '\n';
    for (const child of Array.from(element.childNodes)) walk(child);
    if (block) out += '\n';
  };
  walk(el);
  return out
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  return Boolean(style && style.display === 'none');
}

/** Text of an element, or the value of a form field (Zendesk keeps the subject in an <input>). */
export function valueOrText(el: Element, exclude: Alternatives = []): string {
  const tag = el.tagName.toUpperCase();
  if (tag === 'INPUT' || tag === 'TEXTAREA') {
    return ((el as HTMLInputElement).value || el.getAttribute('value') || '').trim();
  }
  return extractText(el, exclude)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** Unmarked quotes, signatures and list footers: see clean-text.ts (shared by every adapter). */
export { stripUnmarkedQuotes } from './clean-text';

const EMAIL_RE = /[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/i;

export function findEmail(text: string | null | undefined): string | undefined {
  return text ? EMAIL_RE.exec(text)?.[0]?.toLowerCase() : undefined;
}

/** "Priya Natarajan <priya@…>" → "Priya Natarajan"; trims quotes and "(…)". */
export function cleanName(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const name = text
    .replace(/<[^>]*>/g, '')
    .replace(/\([^)]*@[^)]*\)/g, '')
    .replace(EMAIL_RE, '')
    .replace(/\s+/g, ' ')
    .trim()
    // Quotes around a display name ("Priya N." <…>) go; an apostrophe inside one (O'Connor) stays.
    .replace(/^["'“”‘’]+|["'“”‘’]+$/g, '')
    .trim();
  return name || undefined;
}

/** First attribute with a value, from a list, on an element. */
export function attr(el: Element | null | undefined, names: readonly string[]): string | undefined {
  if (!el) return undefined;
  for (const name of names) {
    const value = el.getAttribute(name);
    if (value) return value;
  }
  return undefined;
}
