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

export const selectors = {
  // The thread view and the inbox list both live in the main region; `present` tells them apart.
  root: ['div[role="main"]'],
  present: [
    'h2.hP', // 2024-05 classic thread view
    'h2[data-thread-perm-id]', // 2026-10 variant: obfuscated classes renamed, data attributes kept
    'h2[data-legacy-thread-id]',
  ],
  key: ['h2.hP', 'h2[data-legacy-thread-id]', 'h2[data-thread-perm-id]', '[data-legacy-thread-id]'],
  keyAttributes: ['data-legacy-thread-id', 'data-thread-perm-id'],
  subject: [
    'h2.hP', // 2024-05
    'h2[data-thread-perm-id]', // 2026-10
    'h2[data-legacy-thread-id]',
  ],
  message: [
    'div.adn.ads', // 2024-05: expanded message (collapsed ones have no body and are skipped)
    'div[data-message-id]', // 2026-10
  ],
  messageBody: [
    'div.a3s', // 2024-05 (`.a3s.aiL`)
    'div.ii.gt', // 2026-10: the wrapper around the body, whose class survived
  ],
  authorName: [
    'span.gD', // 2024-05: <span class="gD" email="…" name="…">
    'span[email][name]', // 2026-10
  ],
  authorEmail: ['span.gD[email]', 'span[email][name]'],
  time: ['span.g3[title]', 'span.g3'],
  exclude: [
    '.gmail_quote', // quoted reply (`div.gmail_quote`, `blockquote.gmail_quote`)
    '.gmail_signature', // signature block
    '[data-smartmail="gmail_signature"]',
    '.gmail_extra', // older clients wrap quote + signature in it
    'blockquote[type="cite"]', // quotes written by Apple Mail / Thunderbird senders
    '.ajU', // "Show trimmed content" (…) button — uncertain, harmless if absent
    '.adL', // trimmed-content wrapper — uncertain
  ],
  replyEditor: [
    'div.Am.Al.editable[contenteditable="true"]', // 2024-05
    'div[g_editable="true"][contenteditable="true"]', // 2024-05
    'div[role="textbox"][aria-label="Message Body"][contenteditable="true"]', // 2026-10
  ],
  /** The signed-in account (not inside the conversation root). */
  account: [
    'a[aria-label^="Google Account:"]', // 2024-05 and 2026-10: account button
    'header a[aria-label*="@"]',
  ],
  detect: [
    ['h2.hP', 'h2[data-thread-perm-id]', 'h2[data-legacy-thread-id]'],
    ['div.a3s', 'span.gD[email]', '[g_editable]', 'div[data-message-id]'],
  ],
} as const satisfies Record<string, Alternatives | readonly Alternatives[]>;

/** The signed-in Gmail account. */
export function gmailAccount(doc: Document): Identity {
  const button = queryFirst(doc, selectors.account);
  const label = attr(button, ['aria-label', 'title', 'data-email']);
  const email = findEmail(label) ?? findEmail(/ - ([^\s]+@[^\s]+) - /.exec(doc.title)?.[1]);
  const name = label?.replace(/^Google Account:\s*/i, '').replace(/\(.*$/s, '').trim() || undefined;
  const identity: Identity = {};
  if (email) identity.email = email;
  if (name && !name.includes('@')) identity.name = name;
  return identity;
}

/** "thread-f:1789…" (decimal) → the hex thread id; hex ids pass through. */
export function normalizeGmailThreadId(raw: string): string {
  const m = /^thread-f:(\d+)$/.exec(raw.trim());
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
  id: 'gmail',
  name: 'Gmail',
  matches: (url) => url.protocol === 'https:' && url.hostname === 'mail.google.com',
  selectors,
  keyOrder: 'dom',
  // Old-style URLs carried the hex thread id (#inbox/18c2f3a4b5d6e7f8); used only as a fallback.
  urlKey: { pattern: /#(?:[^/]+\/)+([0-9a-f]{16})(?:$|[/?])/, describe: '#<label>/<16 hex digit thread id>' },
  normalizeKey: normalizeGmailThreadId,
  // "#inbox/FMfcgz…", "#label/Customers/FMfcgz…": the last segment is a thread token.
  urlNamesConversation: (url) => /^#[^?]*\/[A-Za-z0-9]{16,}(?:\?|$)/.test(url.hash),
  agent: gmailAccount,
});
