// Help Scout (https://secure.helpscout.net/conversation/<id>/<number>/). Written from public
// knowledge; verified only against our fixtures. Two UI variants:
// - "classic" (Redactor, up to ~2023): #subjectLine / .thread items whose class says who wrote
//   them (customer, message = agent reply, note = internal note); Redactor's
//   .redactor-editor / .redactor-in editor. Medium confidence.
// - "2025" (React rewrite): we assume data-cy attributes (Help Scout tests with Cypress) and a
//   contenteditable role=textbox editor; LOW confidence: the markup is not publicly documented.
//   The adapter degrades to the thread-type attribute, then to the customer card, then to
//   "first message = customer".
// Key: the conversation id (first number after /conversation/), not the per-mailbox number.
import type { Alternatives } from './query';
import { createSelectorAdapter } from './selector-adapter';
import { HELPSCOUT_HOST } from './catalogue';

const CONVERSATION_URL = /\/conversation\/(\d+)/;

// Evidence (public code against the live site): only the conversation header —
// toggl/track-extension helpscout.js, 2024-09: [data-cy="ConversationHeader.Actions"],
// [data-cy="Text"] (the conversation number), [data-cy="EditableTextarea"] (the subject).
// Everything else below is an unevidenced fallback; when it breaks, messages and the reply box
// are read by the page's structure (structure.ts) and the key comes from the URL.
const selectors = {
  root: ['[data-cy="ConversationView"]', '#mainCol', '#ticket'], // unevidenced
  present: [
    '[data-cy="ConversationHeader.Actions"]', // toggl helpscout.js, 2024-09
    '[data-cy="EditableTextarea"]', // toggl helpscout.js, 2024-09
    '[data-cy="ThreadItem"]', // unevidenced
    '.thread', // unevidenced (classic)
    '#subjectLine', // unevidenced (classic)
  ],
  subject: [
    '[data-cy="EditableTextarea"]', // toggl/track-extension helpscout.js, 2024-09
    '[data-cy="ConversationSubject"]', // unevidenced fallback
    '#subjectLine', // unevidenced fallback (classic)
    'h1.subject', // unevidenced fallback
  ],
  // Unevidenced from here on.
  customerName: ['[data-cy="CustomerCard"] [data-cy="CustomerName"]', '#customerProfile .name', '.c-customer-name'],
  customerEmail: ['[data-cy="CustomerCard"] [data-cy="CustomerEmail"]', '#customerProfile .email'],
  message: [
    '[data-cy="ThreadItem"]', // 2025
    '#threads .thread', // classic
  ],
  messageBody: ['[data-cy="ThreadBody"]', '.thread-content', '.messageBody'],
  authorName: ['[data-cy="ThreadAuthor"]', '.thread-person .name', '.name'],
  authorEmail: ['[data-cy="ThreadAuthorEmail"]', '.thread-person .email'],
  time: ['time[datetime]', '.thread-date'],
  agentMarker: [
    '[data-thread-type="message"]', // 2025: agent reply
    '[data-thread-type="note"]', // 2025: internal note
    '.thread.message', // classic: agent reply
    '.thread.note', // classic: internal note
  ],
  customerMarker: ['[data-thread-type="customer"]', '.thread.customer'],
  exclude: ['blockquote', '.quoted', '.signature', '[data-cy="ThreadQuote"]', '.gmail_quote'],
  replyEditor: [
    '[data-cy="ReplyEditor"] [contenteditable="true"]', // 2025, low confidence
    '.redactor-in[contenteditable="true"]', // Redactor 3
    '.redactor-editor[contenteditable="true"]', // Redactor 2 (classic)
    '.redactor_editor[contenteditable="true"]', // Redactor 1
  ],
  detect: [
    ['[data-cy="ConversationHeader.Actions"]', '[data-cy="ConversationView"]', '#subjectLine'],
    ['[data-cy="EditableTextarea"]', '[data-cy="ThreadItem"]', '.thread'],
  ],
} as const satisfies Record<string, Alternatives | readonly Alternatives[]>;

export const helpscout = createSelectorAdapter({
  ...HELPSCOUT_HOST,
  selectors,
  urlKey: { pattern: CONVERSATION_URL, describe: '/conversation/<id>/…' },
  isConversationUrl: (url) => url.hostname !== 'secure.helpscout.net' || CONVERSATION_URL.test(url.pathname),
  urlNamesConversation: (url) => CONVERSATION_URL.test(url.pathname),
});
