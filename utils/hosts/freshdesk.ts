// Freshdesk (https://<company>.freshdesk.com/a/tickets/<id>). Written from public knowledge;
// verified only against our fixture. Confidence:
// - ticket id from /a/tickets/<id>: high; Froala editor (.fr-element.fr-view): high (Freshdesk's
//   reply editor is Froala; older Freshdesk used Redactor); quoted text in .freshdesk_quote: high;
// - ticket page classes and data-test-id values: low (from memory), hence several alternatives and
//   the requester/first-message fallbacks.
// Authors: Freshdesk marks private notes and agent replies on the conversation item; otherwise
// the requester named in the ticket's requester card is the customer and anyone else an agent.
import type { Alternatives } from './query';
import { createSelectorAdapter } from './selector-adapter';
import { FRESHDESK_HOST } from './catalogue';

const TICKET_URL = /\/a\/tickets\/(\d+)/;

// Evidence (public code against the live site): toggl/track-extension freshdesk.js, 2021-12:
// .page-actions__left, .ticket-subject-heading, .breadcrumb__item.active, .ticket-tags; classic
// UI: #Pagearea h2.subject, #ticket-display-id. Messages, authors and the editor are unevidenced
// fallbacks (the page's structure is read when they break).
const selectors = {
  root: [
    '[data-test-id="ticket-details-page"]', // unevidenced (2025-04 fixture)
    '.ticket-details-page', // unevidenced
    '#Pagearea', // toggl freshdesk.js, 2021-12 (classic UI)
    '#ticket-details', // unevidenced
  ],
  present: [
    '.ticket-subject-heading', // toggl freshdesk.js, 2021-12
    '#ticket-display-id', // toggl freshdesk.js, 2021-12 (classic)
    '[data-test-id="ticket-subject"]', // unevidenced
    '.fr-element', // unevidenced
  ],
  /** The ticket number shown on the page ("#30817"), when the URL does not carry it. */
  key: ['#ticket-display-id', '.breadcrumb__item.active'], // toggl freshdesk.js, 2021-12
  keyAttributes: ['data-ticket-id', '#text'],
  subject: [
    '.ticket-subject-heading', // toggl/track-extension freshdesk.js, 2021-12
    '#Pagearea h2.subject', // toggl freshdesk.js, 2021-12 (classic UI)
    '[data-test-id="ticket-subject"]', // unevidenced fallback
    'h2.subject', // unevidenced fallback
  ],
  // Unevidenced from here on.
  customerName: ['[data-test-id="requester-name"]', '.requester-info .requester-name', '.contact-name'],
  customerEmail: ['[data-test-id="requester-email"]', '.requester-info .requester-email'],
  customerOrg: ['[data-test-id="requester-company"]', '.requester-info .company-name'],
  message: [
    '[data-test-id="ticket-description"], [data-test-id="conversation-item"]', // 2025-04: description first, then replies
    '.ticket-details__item',
  ],
  messageBody: ['[data-test-id="conversation-text"]', '.text__content', '.conversation-text'],
  authorName: ['[data-test-id="conversation-author"]', '.user-name', '.conversation-author'],
  authorEmail: ['[data-test-id="conversation-author-email"]'],
  time: ['time[datetime]', '[data-test-id="conversation-time"]', 'time'],
  agentMarker: [
    '[data-test-id="conversation-item"][data-source="agent"]', // low confidence
    '.is-private-note',
    '.agent-reply',
  ],
  customerMarker: ['[data-source="customer"]', '.customer-reply'],
  exclude: ['.freshdesk_quote', 'blockquote', '.freshdesk-signature', '.signature'],
  replyEditor: [
    '.fr-element.fr-view[contenteditable="true"]', // Froala (2019+)
    '.redactor_editor[contenteditable="true"]', // pre-2019 Redactor
    'textarea[name="helpdesk_note[body_html]"]', // low confidence
  ],
  detect: [
    ['[data-test-id="ticket-subject"]', '.ticket-subject-heading'],
    ['.fr-element', '.redactor_editor', '.freshdesk_quote', '.page-actions__left'],
  ],
} as const satisfies Record<string, Alternatives | readonly Alternatives[]>;

export const freshdesk = createSelectorAdapter({
  ...FRESHDESK_HOST,
  selectors,
  urlKey: { pattern: TICKET_URL, describe: '/a/tickets/<id>' },
  isConversationUrl: (url) => !/\.freshdesk\.com$/.test(url.hostname) || TICKET_URL.test(url.pathname),
  urlNamesConversation: (url) => TICKET_URL.test(url.pathname),
});
