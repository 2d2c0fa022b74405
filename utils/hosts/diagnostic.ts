// "Copy a diagnostic of this page": what a maintainer needs to fix a host adapter from one agent's
// report, and nothing of the conversation. The outline keeps the page's shape — tag names, role /
// aria-* / data-test* / data-cy / type attributes, class and id tokens — and replaces every text
// by its length. Free-text attribute values (aria-label…) survive only when every word is common
// interface vocabulary; addresses and digit runs are masked everywhere. No network: the panel
// copies the result to the clipboard. Pure: takes the Document.
import { safeQueryAll } from './query';
import type { HostAdapter } from './types';

export interface OutlineOptions {
  /** Deeper elements are summarised as "…". Default 40. */
  maxDepth?: number;
  /** At most this many element lines. Default 2,000. */
  maxLines?: number;
}

/** Attributes whose value is shown (censored); others are listed by name only, if at all. */
const VALUE_ATTR =
  /^(?:role|aria-[a-z]+|data-test[a-z-]*|data-cy|data-testid|type|contenteditable|data-is-active|data-selected|data-direction|data-thread-type|data-part-author-type|data-garden-id|data-app-section|data-intercom-target|data-card-type)$/;
/** Attributes listed by name only: their presence matters, their value may be personal. */
const NAME_ONLY_ATTR = /^(?:data-[a-z0-9-]+|href|title|datetime|email|name|g_editable|placeholder|value|hidden|inert)$/;
/** aria-* attributes that hold words rather than tokens. */
const FREE_TEXT_ATTR = /^(?:aria-label|aria-description|aria-roledescription|aria-placeholder|aria-valuetext|aria-braillelabel)$/;

/**
 * Words an interface label may use without saying anything about a conversation. Anything else in
 * a free-text label (a name, a subject) is replaced by its length.
 */
export const INTERFACE_WORDS: ReadonlySet<string> = new Set(
  `a an and or the of to in on for with by at from as is this that more less all new not no
  message messages body email emails mail reply replies forward reading pane conversation conversations subject
  sent received date time account thread threads inbox search send compose editor rich text editing area main
  toolbar actions action options menu list item items navigation header footer sidebar panel tab tabs ticket
  tickets comment comments note notes internal public customer requester agent assignee status priority tags
  tag attachments attachment show hide trimmed content expand collapse back archive delete label labels close open
  user profile avatar details chat composer press alt exit f10 ctrl enter button buttons link links field fields
  name address view views log timeline events event card cards settings help close dialog window region section
  conversation-actions draft drafts discard format formatting insert bold italic underline bullet numbered
  quote quoted original previous next older newer page pages unread read star starred important snooze spam
  mark as`.split(/\s+/),
);

const EMAIL = /[^\s@<>"']+@[^\s@<>"']+/g;

/** Runs of 3+ digits (ticket ids, timestamps) become '#', addresses '‹address›'; "a3s", "h2" stay. */
function mask(value: string): string {
  return value.replace(EMAIL, '‹address›').replace(/\d{3,}/g, '#');
}

function censorFreeText(value: string): string {
  const words = value.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const ok = words.every((w) => INTERFACE_WORDS.has(w) || /^\d+$/.test(w));
  return ok ? mask(value.trim()) : `‹${value.length} chars›`;
}

function censorToken(value: string): string {
  const masked = mask(value.trim());
  // Tokens (ids, test ids, roles) look like identifiers; anything else is treated as free text.
  return /^[A-Za-z0-9_.:#/-]{0,80}$/.test(masked) ? masked : censorFreeText(value);
}

function attrPart(el: Element): string {
  const parts: string[] = [];
  const id = el.getAttribute('id');
  if (id) parts.push(`#${censorToken(id)}`);
  const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter((c) => c && c.length <= 40);
  for (const c of classes.slice(0, 8)) parts.push(`.${censorToken(c)}`);
  for (const a of Array.from(el.attributes)) {
    const name = a.name.toLowerCase();
    if (name === 'id' || name === 'class' || name === 'style') continue;
    if (FREE_TEXT_ATTR.test(name)) parts.push(`${name}="${censorFreeText(a.value)}"`);
    else if (VALUE_ATTR.test(name)) parts.push(`${name}="${censorToken(a.value)}"`);
    else if (NAME_ONLY_ATTR.test(name)) parts.push(`${name}`);
  }
  return parts.length ? ` ${parts.join(' ')}` : '';
}

/** Length of the element's own text (its text-node children), whitespace collapsed. */
function ownTextLength(el: Element): number {
  let n = 0;
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) n += (child.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  }
  return n;
}

const OPAQUE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'CANVAS', 'IMG', 'VIDEO']);

/** The censored outline of an element's subtree, one line per element, indented by depth. */
export function outlineElement(root: Element, options: OutlineOptions = {}): string {
  const maxDepth = options.maxDepth ?? 40;
  const maxLines = options.maxLines ?? 2000;
  const lines: string[] = [];
  const walk = (el: Element, depth: number): void => {
    if (lines.length >= maxLines) return;
    const tag = el.tagName.toLowerCase();
    const text = ownTextLength(el);
    const field = tag === 'input' || tag === 'textarea' ? ((el as HTMLInputElement).value?.length ?? 0) : 0;
    const sizes = [text ? `[text ${text}]` : '', field ? `[value ${field}]` : ''].filter(Boolean).join(' ');
    lines.push(`${'  '.repeat(depth)}${tag}${attrPart(el)}${sizes ? ` ${sizes}` : ''}`);
    if (OPAQUE.has(el.tagName.toUpperCase())) return;
    if (depth >= maxDepth) {
      if (el.children.length) lines.push(`${'  '.repeat(depth + 1)}… ${el.children.length} more`);
      return;
    }
    for (const child of Array.from(el.children)) walk(child, depth + 1);
  };
  walk(root, 0);
  if (lines.length >= maxLines) lines.push(`… cut at ${maxLines} lines`);
  return lines.join('\n');
}

/** For each selector list of an adapter: how many elements each alternative matches (page scope). */
function selectorMatches(selectors: Readonly<Record<string, unknown>>, scope: ParentNode): string[] {
  const out: string[] = [];
  for (const [field, value] of Object.entries(selectors)) {
    if (!Array.isArray(value)) continue;
    const groups: string[][] = value.every((v) => typeof v === 'string')
      ? [value as string[]]
      : ((value as unknown[]).filter(Array.isArray) as string[][]);
    for (const group of groups) {
      const counts = group.map((sel) => `${sel} ×${safeQueryAll(scope, sel).length}`);
      out.push(`${field}: ${counts.join(' | ')}`);
    }
  }
  return out;
}

/** URL shape without the ids in it: host, path with digit runs and long tokens masked. */
export function urlShape(url: URL): string {
  const path = url.pathname
    .split('/')
    .map((seg) => (/^[A-Za-z0-9_-]{16,}$/.test(seg) ? '‹token›' : mask(seg)))
    .join('/');
  const hash = url.hash
    ? `#${url.hash
        .slice(1)
        .split('/')
        .map((seg) => (/^[A-Za-z0-9_-]{16,}$/.test(seg) ? '‹token›' : mask(seg)))
        .join('/')}`
    : '';
  return `${url.protocol}//${url.hostname}${path}${hash ? hash.replace(/\?.*$/, '') : ''}`;
}

export interface DiagnosticReport {
  /** What the reading found, in codes (which rung of the ladder each part came from). */
  readings: string[];
}

/**
 * The whole diagnostic: the adapter, the URL's shape, what was read from where, every selector's
 * match count, and the censored outline of the conversation region (the adapter's root, else
 * the main region, else the body).
 */
export function pageDiagnostic(adapter: HostAdapter, doc: Document, url: URL, report: DiagnosticReport = { readings: [] }): string {
  const region = adapter.conversationRoot?.(doc, url) ?? doc.querySelector('[role="main"], main') ?? doc.body ?? doc.documentElement;
  const lines = [
    'Commitment Keeper page diagnostic (no conversation text: texts are replaced by their length)',
    `adapter: ${adapter.id}`,
    `page: ${urlShape(url)}`,
    ...report.readings,
    '',
    'selectors (matches on the page):',
    ...(adapter.selectors ? selectorMatches(adapter.selectors, doc) : ['(none: read by the page structure)']),
    '',
    `outline of the conversation region (${region === doc.body ? 'the whole page' : region.tagName.toLowerCase()}):`,
    outlineElement(region),
  ];
  return lines.join('\n');
}
