// Intercom inbox (https://app.intercom.com/a/inbox/<app>/inbox/…/conversation/<id>). Written
// from public knowledge; verified only against our fixture. Confidence:
// - conversation id in the URL: high; composer is ProseMirror (.ProseMirror): high;
// - author types admin / user / lead / bot come from Intercom's public API ("conversation parts");
//   we assume the inbox exposes them on each part (data-part-author-type): LOW; the older
//   .conversation__part with o__admin / o__user classes: medium.
// Chats usually have no subject: we fall back to "Conversation with <customer>".
// Authors: admin, bot (Fin) and notes are the agent's side; user and lead are the customer.
import { queryFirst, type Alternatives } from './query';
import { createSelectorAdapter } from './selector-adapter';
import { INTERCOM_HOST } from './catalogue';

const CONVERSATION_URL = /\/conversations?\/(\d+)/;

// Evidence (public code against the live site) covers the conversation card only —
// toggl/track-extension intercom.js, 2021-12: [data-conversation-id] > * [data-intercom-target=
// "conversation-card-header"], .conversation__card__title__text; another extension:
// span[data-conversation-title]. Parts, authors and the composer are unevidenced fallbacks; when
// they break, the page's structure is read instead (structure.ts).
const selectors = {
  root: [
    '[data-testid="conversation-view"]', // unevidenced
    '.inbox2__conversation', // unevidenced
    '.conversation__stream', // unevidenced
  ],
  present: [
    '[data-intercom-target="conversation-card-header"]', // toggl intercom.js, 2021-12
    '[data-part-id]', // unevidenced
    '.conversation__part', // unevidenced
    '.ProseMirror', // unevidenced
  ],
  /** The open conversation's card: its `[data-conversation-id]` ancestor names it (toggl intercom.js, 2021-12). */
  cardHeader: ['[data-conversation-id] > * [data-intercom-target="conversation-card-header"]'],
  subject: [
    '[data-intercom-target="conversation-card-header"] .conversation__card__title__text', // toggl intercom.js, 2021-12
    '.conversation__card__title__text', // toggl intercom.js, 2021-12
    'span[data-conversation-title]', // another public extension, undated
    '[data-testid="conversation-title"]', // unevidenced
    '.inbox2__conversation-title', // unevidenced
    '.conversation__title', // unevidenced
  ],
  // Unevidenced from here on (data-part-author-type, data-part-id appear in no public code).
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
  agentMarker: ['[data-part-author-type="admin"]', '[data-part-author-type="bot"]', '[data-part-type="note"]', '.o__admin', '.o__note'],
  customerMarker: ['[data-part-author-type="user"]', '[data-part-author-type="lead"]', '.o__user'],
  exclude: ['blockquote', '.gmail_quote', '.intercom-quoted'],
  replyEditor: [
    '[data-testid="composer"] .ProseMirror[contenteditable="true"]', // 2025-08
    '.ProseMirror[contenteditable="true"]',
  ],
  detect: [
    ['[data-part-id]', '.conversation__part', '[data-intercom-target="conversation-card-header"]'],
    ['.ProseMirror', '.conversation__card__title__text'],
  ],
} as const satisfies Record<string, Alternatives | readonly Alternatives[]>;

export const intercom = createSelectorAdapter({
  ...INTERCOM_HOST,
  selectors,
  customerInDocument: true,
  urlKey: { pattern: CONVERSATION_URL, describe: '…/conversation(s)/<id>' },
  isConversationUrl: (url) => url.hostname !== 'app.intercom.com' || CONVERSATION_URL.test(url.pathname),
  urlNamesConversation: (url) => CONVERSATION_URL.test(url.pathname),
  fallbackSubject: (customer) => (customer ? `Conversation with ${customer}` : undefined),
  // List cards may carry the same attribute: only the card whose header toggl's selector finds counts.
  keyFromDocument: (doc) =>
    queryFirst(doc, selectors.cardHeader)?.closest('[data-conversation-id]')?.getAttribute('data-conversation-id') ?? undefined,
});
