// Zendesk Support, Agent Workspace (https://<subdomain>.zendesk.com/agent/tickets/<id>).
// Selectors are ordered by evidence: those other extensions and public test scripts use against the
// live site come first with their source and date; the rest are fallbacks from our 2025-06
// fixture and the older Lotus UI, never the only way to read a field.
// - ticket id from the URL (/agent/tickets/123); else the ticket id on an ancestor of the log
//   (`data-ticket-id`), else the selected header tab (`data-entity-id`);
// - every open ticket tab stays in the DOM: the active pane is `data-is-active="true"` (toggl),
//   else the visible one, else the one that names the URL's ticket id;
// - authors: Zendesk's own marker on each message, `omni-log-item-message[type=end-user|agent]`;
//   internal notes are the agent side; without a marker, the requester named in the header, else
//   whoever wrote the first comment, is the customer.
import type { Alternatives } from './query';
import { attr, queryFirst, safeQuery } from './query';
import { createSelectorAdapter } from './selector-adapter';
import { ZENDESK_HOST } from './catalogue';

const TICKET_URL = /\/agent\/tickets\/(\d+)/;

// Order inside each list: selectors seen in public code against the live site first, with source
// and date; the rest are unevidenced fallbacks (our 2025-06 fixture, the older Lotus UI).
export const selectors = {
  root: [
    '.ticket-panes-grid-layout[data-is-active="true"]', // toggl/track-extension zendesk.js, 2024-10: the active ticket pane
    '[data-test-id="ticket-workspace"]', // unevidenced fallback (one per open ticket tab)
    '.workspace', // unevidenced fallback: older Lotus UI, inactive ones display:none
  ],
  present: [
    '[data-test-id="omni-log-container"]', // public userscripts/test scripts, undated
    'article[data-test-id="omni-log-comment-item"]', // same
    '[data-test-id="omni-header-subject"]', // toggl 2024-10, Briskine 2023-07
    '.ck-editor__editable', // unevidenced fallback
    '.event', // unevidenced fallback (Lotus)
    'input[name="subject"]', // unevidenced fallback (Lotus)
  ],
  // `[data-ticket-id="<id>"] [data-test-id="omni-log-container"]` (public test scripts, undated): the
  // ticket id sits on an ancestor of the log.
  key: ['[data-ticket-id]'],
  keyAttributes: ['data-ticket-id'],
  /** Outside the pane: the selected header tab names the ticket (toggl zendesk.js, 2024-10). */
  selectedTab: [
    'header div[data-selected="true"][data-entity-id]', // toggl/track-extension zendesk.js, 2024-10
    '[role="tab"][aria-selected="true"][data-entity-id]', // unevidenced fallback
  ],
  subject: [
    'input[data-test-id="omni-header-subject"]', // toggl/track-extension zendesk.js, 2024-10; Briskine zendesk.js, 2023-07
    '[data-test-id="omni-header-subject"]', // Briskine zendesk.js, 2023-07
    '[data-test-id="ticket-pane-subject"]', // Briskine zendesk.js, 2023-07
    'input[name="subject"]', // unevidenced fallback (Lotus)
  ],
  // Requester fields: all unevidenced; without them the customer is the author of the first
  // end-user message (Zendesk's own author marker, below).
  customerName: [
    '[data-test-id="ticket-system-field-requester-select"] [data-test-id="requester-name"]',
    '[data-test-id="requester-name"]',
    '.ticket_fields .requester .name',
  ],
  customerEmail: ['[data-test-id="user-card-email"]', '[data-test-id="requester-email"]'], // unevidenced
  customerOrg: ['[data-test-id="user-card-organization"]'], // unevidenced
  customerTimeZone: ['[data-test-id="user-card-local-time"]'], // unevidenced: "Local time 09:41 (America/Chicago)"
  message: [
    'article[data-test-id="omni-log-comment-item"]', // public userscripts/test scripts, undated
    '.event-container .event', // unevidenced fallback (Lotus)
  ],
  messageBody: [
    '[data-test-id="omni-log-message-content"] .zd-comment', // public userscripts, undated
    '[data-test-id="omni-log-message-content"]', // same, without the inner class
    '.zd-comment', // unevidenced fallback (Lotus)
  ],
  authorName: [
    '[data-test-id="omni-log-item-sender"] a[href]', // public userscripts, undated: the sender's profile link
    '[data-test-id="omni-log-item-sender"]', // same element, without the link
    '.actor .name', // unevidenced fallback (Lotus)
  ],
  authorEmail: ['[data-test-id="omni-log-item-sender-email"]'], // unevidenced
  time: [
    'time[data-test-id="timestamp-relative"]', // public test scripts, undated
    'time[datetime]', // unevidenced fallback
    'time', // relative stamps ("2 hours ago") may come without datetime
  ],
  // Zendesk's own author marker (public userscripts/test scripts, undated): the message element
  // says whether an agent or the end user wrote it. Internal notes are the agent side too.
  agentMarker: [
    '[data-test-id="omni-log-item-message"][type="agent"]',
    'div[data-test-id="omni-log-internal-note-tag"]', // public userscripts, undated
    '[data-test-id="omni-log-internal-note-tag"]',
    '.is-private', // unevidenced fallback: Lotus internal note
  ],
  customerMarker: ['[data-test-id="omni-log-item-message"][type="end-user"]'],
  exclude: [
    'blockquote', // quoted email history Zendesk failed to trim
    '.zd-signature', // unevidenced
    '.signature', // unevidenced
    '[data-test-id="omni-log-item-attachments"]', // unevidenced
  ],
  replyEditor: [
    '[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]', // public test scripts, undated
    '[data-test-id="omnicomposer-rich-text-ckeditor"] [contenteditable="true"]', // same, editor inside the wrapper
    '#editor-view [contenteditable="true"]', // Briskine zendesk.js, 2023-07
    '.ck-editor__editable[contenteditable="true"]', // unevidenced fallback: CKEditor 5's own class
    '.zendesk-editor--rich-text-comment[contenteditable="true"]', // unevidenced fallback (Lotus rich text)
    'textarea[name="comment[value]"]', // unevidenced fallback (Lotus plain text)
  ],
  detect: [
    [
      '[data-test-id="omni-header-subject"]',
      '.ticket-panes-grid-layout',
      '[data-test-id="omni-log-container"]',
      '[data-test-id="ticket-workspace"]',
    ],
    ['[data-test-id="omnicomposer-rich-text-ckeditor"]', '#editor-view', '.ck-editor__editable', '.zendesk-editor--rich-text-comment'],
  ],
} as const satisfies Record<string, Alternatives | readonly Alternatives[]>;

export const zendesk = createSelectorAdapter({
  ...ZENDESK_HOST,
  selectors,
  urlKey: { pattern: TICKET_URL, describe: '/agent/tickets/<id>' },
  keyFromDocument: (doc) => attr(queryFirst(doc, selectors.selectedTab), ['data-entity-id']),
  isConversationUrl: (url) => !/\.zendesk\.com$/.test(url.hostname) || TICKET_URL.test(url.pathname),
  urlNamesConversation: (url) => TICKET_URL.test(url.pathname),
  pickRoot(candidates, url) {
    const id = url ? TICKET_URL.exec(url.pathname)?.[1] : undefined;
    if (!id) return undefined;
    return candidates.find((el) => el.getAttribute('data-ticket-id') === id || safeQuery(el, `[data-ticket-id="${id}"]`) !== null);
  },
});
