// HubSpot conversations inbox / help desk (https://app.hubspot.com/live-messages/<portal>/inbox/<thread>,
// https://app.hubspot.com/help-desk/<portal>/…/ticket/<id>). Public knowledge is THIN:
// - key: the thread / ticket number in the URL: medium;
// - reply editor: Draft.js (.public-DraftEditor-content) is what HubSpot's composer has used:
//   medium; ProseMirror as a newer alternative: a guess;
// - HubSpot tags its UI with data-test-id (high), but the values below are guesses (LOW), verified
//   only against our fixture; authors: the message's direction (incoming = customer, outgoing =
//   agent), comments are internal (agent); else the contact in the sidebar is the customer.
import type { Alternatives } from './query';
import { createSelectorAdapter } from './selector-adapter';
import { HUBSPOT_HOST } from './catalogue';

const THREAD_URL = /\/(?:inbox|thread|ticket)\/(\d+)/;

// Evidence: NONE for the inbox / help desk (toggl/track-extension hubspot.js, 2026-04, reads record
// pages only). Every selector below is unevidenced; the key comes from the URL and, when these
// break, messages and the reply box are read by the page's structure (structure.ts).
const selectors = {
  root: ['[data-test-id="thread-view"]', '[data-test-id="conversation-thread"]'],
  present: ['[data-test-id="thread-message"]', '.public-DraftEditor-content'],
  subject: ['[data-test-id="thread-subject"]', '[data-test-id="ticket-name"]'],
  customerName: ['[data-test-id="contact-name"]'],
  customerEmail: ['[data-test-id="contact-email"]'],
  customerOrg: ['[data-test-id="contact-company"]'],
  message: ['[data-test-id="thread-message"], [data-test-id="thread-comment"]'],
  messageBody: ['[data-test-id="message-body"]'],
  authorName: ['[data-test-id="message-sender"]'],
  authorEmail: ['[data-test-id="message-sender-email"]'],
  time: ['time[datetime]'],
  agentMarker: ['[data-direction="OUTGOING"]', '[data-test-id="thread-comment"]'],
  customerMarker: ['[data-direction="INCOMING"]'],
  exclude: ['blockquote', '.gmail_quote', '[data-test-id="quoted-reply"]', '.hs-signature'],
  replyEditor: [
    '[data-test-id="reply-editor"] .public-DraftEditor-content[contenteditable="true"]', // Draft.js
    '.public-DraftEditor-content[contenteditable="true"]',
    '[data-test-id="reply-editor"] .ProseMirror[contenteditable="true"]', // guess
  ],
  detect: [['[data-test-id="thread-view"]', '[data-test-id="conversation-thread"]'], ['[data-test-id="thread-message"]']],
} as const satisfies Record<string, Alternatives | readonly Alternatives[]>;

export const hubspot = createSelectorAdapter({
  ...HUBSPOT_HOST,
  selectors,
  customerInDocument: true,
  urlKey: { pattern: THREAD_URL, describe: '/…/inbox/<thread> or /…/ticket/<id>' },
  isConversationUrl: (url) => url.hostname !== 'app.hubspot.com' || THREAD_URL.test(url.pathname),
  urlNamesConversation: (url) => THREAD_URL.test(url.pathname),
});
