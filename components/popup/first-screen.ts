// The popup's first screen, drawn from the ledger's first answer before React is loaded (React and
// the app are 222 KB of script the page must fetch and compile first: 24–55 ms of its main thread on
// this project's machines, README "What happens when the popup opens"). Plain DOM, no framework: the
// section headings and the first screen of rows with the same markup, classes and texts as the React
// app's first commit (PopupApp.tsx, CommitmentRow.tsx; the texts from the same functions in
// sections.ts and row-text.ts), so React's commit replaces it with an identical picture
// (first-screen.test.tsx compares the two over many answers).
//
// It is a picture only: the root is `inert` (nothing in it can be clicked, focused or typed into; no
// click can land on a row that React is about to replace) until mount.tsx hands the page to React in
// the same task as React's first commit. Text from the ledger is only ever set as text
// (textContent, attribute values), never parsed as markup: a commitment reading "<img onerror=…>"
// shows those characters.
import type { CommitmentRecord, ConversationRecord } from '@/utils/ledger/types';
import { t } from '@/utils/i18n';
import { partyChipClass, partyLabel } from '../panel/party-label';
import type { OverviewRead } from './overview-read';
import { rowView, SNOOZE_LABEL, type SnoozeChoice } from './row-text';
import {
  FIRST_SCREEN_ROWS,
  laterDated,
  listedSections,
  LISTS_PAINT_TIMING,
  nothingDue,
  rowsPerSection,
  sectionHeading,
  sectionMore,
} from './sections';

/** On the root while it shows the first screen (popup.css shows the wait on the pointer). */
const FIRST_SCREEN_ATTRIBUTE = 'data-first-screen';

type Child = Node | string;

/** An element with these attributes (in the order React sets them) and children. */
function el(tag: string, attributes: Record<string, string | null>, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== null) node.setAttribute(name, value);
  // React makes no text node for an empty string (a commitment's or a customer's empty text).
  node.append(...children.filter((c) => c !== ''));
  return node;
}

function row(c: CommitmentRecord, conversation: ConversationRecord | null, now: number, timeZone: string): HTMLElement {
  const view = rowView(c, conversation, now, timeZone);
  const noConversation = conversation ? null : '';
  const meta: Child[] = [el('span', { class: 'row-customer' }, view.customer)];
  if (view.site) meta.push(' · ', el('span', { class: 'row-site' }, view.site));
  meta.push(' · ', el('span', { class: 'row-subject' }, view.subject));
  if (view.lastMessage !== null) meta.push(' · ', el('span', { class: 'row-last-message' }, view.lastMessage));
  const due: Child[] = [
    view.due === null ? t('popupNoDeadline') : el('time', { datetime: view.due.iso }, `${view.due.text} (${view.due.relative})`),
  ];
  if (view.snoozed !== null) due.push(el('span', { class: 'row-snoozed' }, view.snoozed));
  const snoozeOptions = (Object.keys(SNOOZE_LABEL) as SnoozeChoice[]).map((k) => el('option', { value: k }, t(SNOOZE_LABEL[k])));
  return el(
    'li',
    { 'data-testid': 'popup-commitment', class: `row row-${view.state}`, 'aria-busy': 'false' },
    el('span', { class: partyChipClass(c.party) }, partyLabel(c.party)),
    el(
      'div',
      { class: 'row-body' },
      el(
        'button',
        { type: 'button', class: 'open-link row-text', title: t('popupOpenConversation'), disabled: noConversation },
        view.words,
      ),
      el('p', { class: 'row-meta' }, ...meta),
      el('p', { class: `row-due due-${view.state}` }, ...due),
      el(
        'div',
        { class: 'row-actions' },
        el('button', { type: 'button' }, t('popupDone')),
        el('select', { 'aria-label': t('popupSnoozeLabel') }, el('option', { value: '' }, t('popupSnoozeMenu')), ...snoozeOptions),
        el('button', { type: 'button', disabled: noConversation, title: view.copyTitle }, t('popupCopySummary')),
      ),
    ),
  );
}

function lists(read: OverviewRead): Child[] {
  const { overview, undated, readAt: now } = read;
  const timeZone = read.settings.timeZone;
  const conversations = new Map([...overview.conversations, ...undated.conversations].map((c) => [c.id, c] as const));
  const sections = listedSections(overview, undated);
  const rows = rowsPerSection(sections, FIRST_SCREEN_ROWS);
  const drawn: Child[] = [];
  sections.forEach(({ title, className, section }, i) => {
    if (section.count === 0) return;
    const items = section.items.slice(0, rows[i]).map((c) => row(c, conversations.get(c.conversationId) ?? null, now, timeZone));
    const more = sectionMore(section);
    drawn.push(
      el(
        'section',
        { 'aria-label': title },
        el('h2', { class: className ?? null, ...LISTS_PAINT_TIMING }, sectionHeading(title, section)),
        el('ul', {}, ...items),
        ...(more === null ? [] : [el('p', { class: 'muted' }, more)]),
      ),
    );
  });
  if (nothingDue(overview, undated)) drawn.push(el('p', { class: 'muted' }, t('popupNothingDue')));
  const later = laterDated(overview, undated);
  if (later > 0) drawn.push(el('p', { class: 'muted later' }, t('popupLater', later)));
  return drawn;
}

/**
 * Draws the popup as React's first commit will: the answered read's lists, or "Loading…" without an
 * answer (none yet, or a failed read: React then shows the error). The root is inert until
 * releaseFirstScreen.
 */
export function drawFirstScreen(root: HTMLElement, read: OverviewRead | null): void {
  const header = el(
    'header',
    { class: 'popup-header' },
    el('h1', {}, t('popupTitle')),
    el('input', {
      type: 'search',
      class: 'search',
      placeholder: t('popupSearchPlaceholder'),
      'aria-label': t('popupSearchLabel'),
      value: '',
    }),
  );
  const body = read ? lists(read) : [el('p', { class: 'muted' }, t('popupLoading'))];
  root.setAttribute(FIRST_SCREEN_ATTRIBUTE, read ? 'lists' : 'loading');
  root.setAttribute('aria-busy', 'true');
  root.inert = true;
  root.replaceChildren(el('main', { class: 'popup' }, header, ...body));
}

/** The page is React's now (mount.tsx, in the task of its first commit): live again. */
export function releaseFirstScreen(root: HTMLElement): void {
  root.removeAttribute(FIRST_SCREEN_ATTRIBUTE);
  root.removeAttribute('aria-busy');
  root.inert = false;
}
