// Front (https://app.frontapp.com/…). Public knowledge of Front's markup is THIN: its class names
// are generated, so this adapter leans on what is stable elsewhere:
// - key: Front's public conversation id (cnv_…) when the URL carries it (/open/cnv_…), else the
//   numeric conversation id at the end of inbox URLs (…/<number>);
// - reply editor family unknown: detected at run time among the editors Front could use
//   (Slate, ProseMirror, Lexical, Draft.js), then any contenteditable textbox in the composer;
// - messages and subject: role/aria and data-testid guesses (LOW confidence), verified only
//   against our own fixture; author: outbound messages (sent by a teammate) are the agent's,
//   inbound the customer's, comments (internal) the agent's.
import type { Alternatives } from './query';
import { createSelectorAdapter } from './selector-adapter';
import { FRONT_HOST } from './catalogue';

const CONVERSATION_URL = /\/(cnv_[a-z0-9]+)|\/(\d{4,})(?:\/?(?:[?#]|$))/i;

// Evidence: NONE in public code (data-testid="conversation-subject" and the rest are ours). The key
// comes from the URL; when these break, the page's structure is read instead (structure.ts).
const selectors = {
  root: ['[data-testid="conversation-view"]', 'section[aria-label="Conversation"]', 'main'],
  present: ['[data-testid="message"]', '[data-testid="conversation-subject"]'],
  key: ['[data-conversation-id]'],
  keyAttributes: ['data-conversation-id'],
  subject: ['[data-testid="conversation-subject"]', 'section[aria-label="Conversation"] h1', 'main h1'],
  message: ['[data-testid="message"], [data-testid="comment"]', 'article'], // messages and internal comments, in page order
  messageBody: ['[data-testid="message-body"]', '[data-testid="comment-body"]'],
  authorName: ['[data-testid="message-author"]', '[data-testid="comment-author"]'],
  authorEmail: ['[data-testid="message-author-email"]'],
  time: ['time[datetime]'],
  agentMarker: ['[data-direction="outbound"]', '[data-testid="comment"]'],
  customerMarker: ['[data-direction="inbound"]'],
  exclude: ['blockquote', '.gmail_quote', '.front-signature', '[data-testid="quoted-text"]'],
  replyEditor: [
    '[data-testid="composer"] [data-slate-editor="true"]',
    '[data-testid="composer"] .ProseMirror[contenteditable="true"]',
    '[data-testid="composer"] [data-lexical-editor="true"]',
    '[data-testid="composer"] .public-DraftEditor-content[contenteditable="true"]',
    '[data-testid="composer"] [contenteditable="true"][role="textbox"]',
  ],
  detect: [['[data-testid="conversation-view"]'], ['[data-testid="message"]'], ['[data-testid="composer"]']],
} as const satisfies Record<string, Alternatives | readonly Alternatives[]>;

export const front = createSelectorAdapter({
  ...FRONT_HOST,
  selectors,
  urlKey: { pattern: CONVERSATION_URL, describe: '/open/cnv_<id> or …/<conversation number>' },
  keyOrder: 'url',
  normalizeKey: (raw) => raw.toLowerCase(),
});
