// Zendesk Support, Agent Workspace (https://<subdomain>.zendesk.com/agent/tickets/<id>).
// Written from public knowledge (extension authors' notes, Zendesk's Garden components); verified
// only against our fixtures. Confidence:
// - ticket id from the URL (/agent/tickets/123): high;
// - every open ticket tab stays in the DOM and only the active one is shown: high; which
//   attribute marks the container is less certain, so we take the visible one and, if several
//   are visible, the one that names the URL's ticket id;
// - CKEditor 5 composer (.ck-editor__editable): high; subject in an <input> with
//   data-test-id="omni-header-subject": medium; the other data-test-id values: low (from memory),
//   hence the alternatives and the fallbacks below.
//
// Authors: Zendesk marks internal notes (agent side); otherwise the requester named in the ticket
// header is the customer and anyone else who writes (agents, light agents) is the agent's side.
// If the requester field is not found, whoever wrote the first comment is taken as the customer.
import type { Alternatives } from './query';
import { safeQuery } from './query';
import { createSelectorAdapter } from './selector-adapter';

const TICKET_URL = /\/agent\/tickets\/(\d+)/;

export const selectors = {
  root: [
    '[data-test-id="ticket-workspace"]', // Agent Workspace 2025-06 (one per open ticket tab)
    '.workspace', // older Lotus UI: div.ember-view.workspace, inactive ones display:none
  ],
  present: ['[data-test-id="omni-log-container"]', '.ck-editor__editable', '.event', 'input[name="subject"]'],
  key: ['[data-ticket-id]'],
  keyAttributes: ['data-ticket-id'],
  subject: [
    'input[data-test-id="omni-header-subject"]', // Agent Workspace 2025-06
    'input[name="subject"]', // Lotus
  ],
  customerName: [
    '[data-test-id="ticket-system-field-requester-select"] [data-test-id="requester-name"]', // 2025-06, low confidence
    '[data-test-id="requester-name"]',
    '.ticket_fields .requester .name', // Lotus, low confidence
  ],
  customerEmail: ['[data-test-id="user-card-email"]', '[data-test-id="requester-email"]'],
  customerOrg: ['[data-test-id="user-card-organization"]'],
  customerTimeZone: ['[data-test-id="user-card-local-time"]'], // "Local time 09:41 (America/Chicago)", low confidence
  message: [
    '[data-test-id="omni-log-container"] article[data-test-id="omni-log-comment-item"]', // 2025-06
    '.event-container .event', // Lotus
  ],
  messageBody: ['[data-test-id="omni-log-message-content"]', '.zd-comment'],
  authorName: ['[data-test-id="omni-log-item-sender"]', '.actor .name'],
  authorEmail: ['[data-test-id="omni-log-item-sender-email"]'],
  time: ['time[datetime]', 'time'], // relative stamps ("2 hours ago") may come without datetime
  agentMarker: [
    '[data-test-id="omni-log-internal-note-tag"]', // internal note (2025-06)
    '.is-private', // Lotus internal note
  ],
  exclude: [
    'blockquote', // quoted email history Zendesk failed to trim
    '.zd-signature', // low confidence
    '.signature',
    '[data-test-id="omni-log-item-attachments"]',
  ],
  replyEditor: [
    '.ck-editor__editable[contenteditable="true"]', // CKEditor 5 composer (2024+)
    '[data-test-id="omnicomposer-rich-text-ckeditor"] [contenteditable="true"]',
    '.zendesk-editor--rich-text-comment[contenteditable="true"]', // Lotus rich text
    'textarea[name="comment[value]"]', // Lotus plain text, low confidence
  ],
  detect: [
    ['input[data-test-id="omni-header-subject"]', '[data-test-id="ticket-workspace"]'],
    ['.ck-editor__editable', '.zendesk-editor--rich-text-comment'],
  ],
} as const satisfies Record<string, Alternatives | readonly Alternatives[]>;

export const zendesk = createSelectorAdapter({
  id: 'zendesk',
  name: 'Zendesk',
  matches: (url) => url.protocol === 'https:' && /(^|\.)zendesk\.com$/.test(url.hostname),
  selectors,
  urlKey: { pattern: TICKET_URL, describe: '/agent/tickets/<id>' },
  isConversationUrl: (url) => !/\.zendesk\.com$/.test(url.hostname) || TICKET_URL.test(url.pathname),
  urlNamesConversation: (url) => TICKET_URL.test(url.pathname),
  pickRoot(candidates, url) {
    const id = url ? TICKET_URL.exec(url.pathname)?.[1] : undefined;
    if (!id) return undefined;
    return candidates.find(
      (el) => el.getAttribute('data-ticket-id') === id || safeQuery(el, `[data-ticket-id="${id}"]`) !== null,
    );
  },
});
