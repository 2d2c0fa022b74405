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

const TICKET_URL = /\/a\/tickets\/(\d+)/;

export const selectors = {
  root: [
    '[data-test-id="ticket-details-page"]', // 2025-04
    '.ticket-details-page',
    '#ticket-details', // helpdesk classic, low confidence
  ],
  present: ['.ticket-subject-heading', '[data-test-id="ticket-subject"]', '.fr-element'],
  subject: [
    '[data-test-id="ticket-subject"]', // 2025-04
    '.ticket-subject-heading',
    'h2.subject',
  ],
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
    ['.fr-element', '.redactor_editor', '.freshdesk_quote'],
  ],
} as const satisfies Record<string, Alternatives | readonly Alternatives[]>;

export const freshdesk = createSelectorAdapter({
  id: 'freshdesk',
  name: 'Freshdesk',
  matches: (url) => url.protocol === 'https:' && /(^|\.)freshdesk\.com$/.test(url.hostname),
  selectors,
  urlKey: { pattern: TICKET_URL, describe: '/a/tickets/<id>' },
  isConversationUrl: (url) => !/\.freshdesk\.com$/.test(url.hostname) || TICKET_URL.test(url.pathname),
  urlNamesConversation: (url) => TICKET_URL.test(url.pathname),
});
