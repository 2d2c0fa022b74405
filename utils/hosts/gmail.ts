// Gmail (mail.google.com). Written from public knowledge of Gmail's markup (InboxSDK, extension
// authors' write-ups); verified only against our own fixtures in tests/fixtures/hosts/gmail.
//
// Key: the thread id from the subject heading's data attributes, not the URL (Gmail's URL tokens
// such as #inbox/FMfcgz… are not thread ids). `data-legacy-thread-id` is the hex thread id (the
// one the Gmail API uses); `data-thread-perm-id` is "thread-f:<decimal>", the same number in
// decimal, so both variants give the same key.
//
// Authors: a message whose sender address (`email` attribute of the sender chip) equals the
// signed-in account's address is the agent's; any other sender is the customer. The account is
// read from the Google account button's aria-label ("Google Account: Dana Reyes (dana@…)") and, as
// a fallback, from the tab title ("Subject - dana@acme.com - Gmail").
import { attr, findEmail, queryFirst, type Alternatives } from './query';
import { createSelectorAdapter, type Identity } from './selector-adapter';
import { GMAIL_HOST } from './catalogue';

// Order inside each list: selectors seen in public code against the live site first, with source
// and date; the rest are unevidenced fallbacks kept for older/other variants. Never an English-only
// aria-label: Gmail localises them ("Message Body", "Cuerpo del mensaje", …).
export const selectors = {
  // The thread view and the inbox list both live in the main region; `present` tells them apart.
  root: ['div[role="main"]'],
  present: [
    'h2[data-thread-perm-id]', // live pages published in public code, 2016–2026
    'h2[data-legacy-thread-id]', // same
    'h2.hP', // same (class kept since 2016)
  ],
  key: ['h2[data-legacy-thread-id]', 'h2[data-thread-perm-id]', 'h2.hP', '[data-legacy-thread-id]'],
  keyAttributes: ['data-legacy-thread-id', 'data-thread-perm-id'],
  subject: [
    'h2.hP', // live pages published in public code, 2016–2026
    'h2[data-thread-perm-id]', // same
    'h2[data-legacy-thread-id]',
  ],
  message: [
    'div[data-message-id]', // mailvelope gmailIntegration.js, 2026-01
    'div.adn.ads', // unevidenced fallback (older expanded-message class)
  ],
  messageBody: [
    '.a3s.aiL, .a3s.aXjCH', // mailvelope gmailIntegration.js, 2026-01
    '.ii.gt', // mailvelope gmailIntegration.js, 2026-01: the wrapper around the body
    'div.a3s', // unevidenced fallback
  ],
  authorName: [
    '.cf.ix span[email]', // mailvelope gmailIntegration.js, 2026-01: the sender inside the message header
    'span.gD', // unevidenced fallback: <span class="gD" email="…" name="…">
    'span[email][name]', // unevidenced fallback
  ],
  authorEmail: ['.cf.ix span[email]', 'span.gD[email]', 'span[email][name]'],
  time: ['span.g3[title]', 'span.g3'], // unevidenced
  exclude: [
    '.gmail_quote', // quoted reply (`div.gmail_quote`, `blockquote.gmail_quote`), Gmail's own compose format
    '.gmail_signature', // signature block Gmail's compose writes (unmarked "-- " ones go by text)
    '[data-smartmail="gmail_signature"]',
    '.gmail_extra', // older clients wrap quote + signature in it
    'blockquote[type="cite"]', // quotes written by Apple Mail / Thunderbird senders
    '.ajU', // "Show trimmed content" (…) button — unevidenced, harmless if absent
    '.adL', // trimmed-content wrapper — unevidenced
  ],
  replyEditor: [
    'div.Am.Al[contenteditable="true"]', // mailvelope gmailIntegration.js, 2026-01 (`.Am.Al`)
    'div[g_editable="true"][contenteditable="true"]', // unevidenced fallback
    'div[role="textbox"][contenteditable="true"]', // 2026-10 variant; role only, never the localised label
  ],
  /** The signed-in account (not inside the conversation root): found by the address in its label, whatever the language. */
  account: ['header a[aria-label*="@"]', 'a[aria-label*="@"][href*="accounts.google.com"]', '[role="banner"] [aria-label*="@"]'],
  detect: [
    ['h2.hP', 'h2[data-thread-perm-id]', 'h2[data-legacy-thread-id]'],
    ['div.a3s', 'span.gD[email]', '[g_editable]', 'div[data-message-id]', '.ii.gt'],
  ],
} as const satisfies Record<string, Alternatives | readonly Alternatives[]>;

/** The signed-in Gmail account. */
export function gmailAccount(doc: Document): Identity {
  const button = queryFirst(doc, selectors.account);
  const label = attr(button, ['aria-label', 'title', 'data-email']);
  const email = findEmail(label) ?? findEmail(/ - ([^\s]+@[^\s]+) - /.exec(doc.title)?.[1]);
  // "Google Account: Dana Reyes (dana@…)", "Cuenta de Google: Dana Reyes (dana@…)": the words
  // before the first colon are the localised prefix; the name sits between it and the address.
  const name =
    label
      ?.replace(/^[^:(@]*:\s*/, '')
      .replace(/\(.*$/s, '')
      .trim() || undefined;
  const identity: Identity = {};
  if (email) identity.email = email;
  if (name && !name.includes('@')) identity.name = name;
  return identity;
}

/**
 * "thread-f:1789…" (decimal) → the hex thread id; hex ids pass through. "thread-a:r-<digits>"
 * (2026: threads started by the account itself) has no hex form: it is kept as it is, which is
 * stable for the thread, and preferred only when the heading carries no data-legacy-thread-id.
 */
export function normalizeGmailThreadId(raw: string): string {
  const trimmed = raw.trim();
  if (/^thread-a:r-?\d+$/.test(trimmed)) return trimmed;
  const m = /^thread-f:(\d+)$/.exec(trimmed);
  if (m?.[1]) {
    try {
      return BigInt(m[1]).toString(16);
    } catch {
      return raw;
    }
  }
  return raw.trim().replace(/^#/, '');
}

export const gmail = createSelectorAdapter({
  ...GMAIL_HOST,
  selectors,
  keyOrder: 'dom',
  // Old-style URLs carried the hex thread id (#inbox/18c2f3a4b5d6e7f8); used only as a fallback.
  urlKey: { pattern: /#(?:[^/]+\/)+([0-9a-f]{16})(?:$|[/?])/, describe: '#<label>/<16 hex digit thread id>' },
  normalizeKey: normalizeGmailThreadId,
  // "#inbox/FMfcgz…", "#label/Customers/FMfcgz…": the last segment is a thread token.
  urlNamesConversation: (url) => /^#[^?]*\/[A-Za-z0-9]{16,}(?:\?|$)/.test(url.hash),
  agent: gmailAccount,
  // Collapsed messages carry no body in the DOM: their header is not the message.
  messageBodyRequired: true,
});
