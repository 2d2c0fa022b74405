// Intercom inbox (https://app.intercom.com/a/inbox/<app>/inbox/…/conversation/<id>). Written
// from public knowledge; verified only against our fixture. Confidence:
// - conversation id in the URL: high; composer is ProseMirror (.ProseMirror): high;
// - author types admin / user / lead / bot come from Intercom's public API ("conversation parts");
//   we assume the inbox exposes them on each part (data-part-author-type): LOW; the older
//   .conversation__part with o__admin / o__user classes: medium.
// Chats usually have no subject: we fall back to "Conversation with <customer>".
// Authors: admin, bot (Fin) and notes are the agent's side; user and lead are the customer.
import type { Alternatives } from './query';
import { createSelectorAdapter } from './selector-adapter';

const CONVERSATION_URL = /\/conversations?\/(\d+)/;

export const selectors = {
  root: ['[data-testid="conversation-view"]', '.inbox2__conversation', '.conversation__stream'],
  present: ['[data-part-id]', '.conversation__part', '.ProseMirror'],
  subject: ['[data-testid="conversation-title"]', '.inbox2__conversation-title', '.conversation__title'],
  customerName: ['[data-testid="user-details-name"]', '.inbox2__user-name'],
  customerEmail: ['[data-testid="user-details-email"]', '.inbox2__user-email'],
  customerOrg: ['[data-testid="user-details-company"]'],
  message: [
    '[data-part-id]', // 2025-08, low confidence
    '.conversation__part', // older inbox
  ],
  messageBody: ['[data-testid="part-body"]', '.conversation__text', '.intercom-interblocks'],
  authorName: ['[data-testid="part-author-name"]', '.conversation__part__author'],
  time: ['time[datetime]', 'time'], // relative stamps ("2 hours ago") may come without datetime
  agentMarker: [
    '[data-part-author-type="admin"]',
    '[data-part-author-type="bot"]',
    '[data-part-type="note"]',
    '.o__admin',
    '.o__note',
  ],
  customerMarker: ['[data-part-author-type="user"]', '[data-part-author-type="lead"]', '.o__user'],
  exclude: ['blockquote', '.gmail_quote', '.intercom-quoted'],
  replyEditor: [
    '[data-testid="composer"] .ProseMirror[contenteditable="true"]', // 2025-08
    '.ProseMirror[contenteditable="true"]',
  ],
  detect: [['[data-part-id]', '.conversation__part'], ['.ProseMirror']],
} as const satisfies Record<string, Alternatives | readonly Alternatives[]>;

export const intercom = createSelectorAdapter({
  id: 'intercom',
  name: 'Intercom',
  matches: (url) => url.protocol === 'https:' && url.hostname === 'app.intercom.com',
  selectors,
  customerInDocument: true,
  urlKey: { pattern: CONVERSATION_URL, describe: '…/conversation(s)/<id>' },
  isConversationUrl: (url) => url.hostname !== 'app.intercom.com' || CONVERSATION_URL.test(url.pathname),
  urlNamesConversation: (url) => CONVERSATION_URL.test(url.pathname),
  fallbackSubject: (customer) => (customer ? `Conversation with ${customer}` : undefined),
});
