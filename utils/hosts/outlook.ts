// Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com).
// Written from public knowledge; verified only against our fixture. Confidence:
// - reply editor: roosterjs contenteditable labelled "Message body" (newer builds append
//   ", press Alt+F10 to exit"): high;
// - read-mode message bodies: div[aria-label="Message body"] (not editable): medium;
// - conversation id: the selected row of the message list carries data-convid: medium; the URL's
//   /id/<ItemId> is the fallback (stable per item, so a reload of the same item keeps its key);
// - reading pane container #ReadingPaneContainerId: medium; sender/subject markup: low (obfuscated
//   class names), hence the aria/title based alternatives;
// - quoted history below #divRplyFwdMsg / #appendonsend and #Signature blocks come from Outlook's
//   own compose format: high.
// Authors: the signed-in account (Microsoft account control, #mectrl_currentAccount_secondary,
// else the "Account manager for …" button) is the agent; any other sender is the customer.
import { attr, cleanName, findEmail, queryFirst, valueOrText, type Alternatives } from './query';
import { createSelectorAdapter, type Identity } from './selector-adapter';

export const selectors = {
  root: [
    '#ReadingPaneContainerId', // 2025-09
    'div[aria-label="Reading Pane"]',
    'div[role="main"][aria-label*="Reading"]',
  ],
  present: ['div[aria-label="Message body"]', '[role="heading"][aria-level="2"]'],
  key: ['[data-convid]'],
  keyAttributes: ['data-convid'],
  /** Outside the reading pane: the selected conversation in the message list. */
  selectedRow: ['div[role="option"][aria-selected="true"][data-convid]', '[data-convid][aria-selected="true"]'],
  subject: [
    'div[role="heading"][aria-level="2"] span[title]', // 2025-09
    '[role="heading"][aria-level="2"]',
  ],
  message: [
    'div[role="region"][aria-label="Email message"]', // 2025-09, low confidence
    'div[data-testid="ConversationItem"]',
  ],
  messageBody: ['div[aria-label="Message body"]', 'div[role="document"]'],
  authorName: ['[data-testid="SenderPersona"] span[title]', 'span[title*="@"]'],
  authorEmail: ['[data-testid="SenderPersona"] span[title]', 'span[title*="@"]'],
  time: ['[data-testid="SentReceivedSavedTime"]', 'time[datetime]'],
  exclude: [
    '#divRplyFwdMsg', // "From: … Sent: …" header Outlook writes above the quoted message
    '#divRplyFwdMsg ~ *', // …and the quoted message after it
    '#appendonsend ~ *',
    'hr[tabindex="-1"] ~ *',
    '[id^="Signature"]', // Outlook signature block
    'blockquote',
    '.gmail_quote', // replies written in Gmail
  ],
  replyEditor: [
    'div[aria-label^="Message body"][contenteditable="true"]', // roosterjs, 2024-2025
    'div[role="textbox"][contenteditable="true"][aria-label*="message body" i]',
  ],
  account: ['#mectrl_currentAccount_secondary', '#O365_MainLink_Me', 'button[aria-label^="Account manager for"]'],
  accountName: ['#mectrl_currentAccount_primary'],
  detect: [
    ['#ReadingPaneContainerId', 'div[aria-label="Reading Pane"]'],
    ['div[aria-label^="Message body"]'],
  ],
} as const satisfies Record<string, Alternatives | readonly Alternatives[]>;

export function outlookAccount(doc: Document): Identity {
  const el = queryFirst(doc, selectors.account);
  const email = findEmail(el ? valueOrText(el) : undefined) ?? findEmail(attr(el, ['aria-label', 'title']));
  const nameEl = queryFirst(doc, selectors.accountName);
  const name =
    cleanName(nameEl?.textContent) ??
    cleanName(attr(queryFirst(doc, ['button[aria-label^="Account manager for"]']), ['aria-label'])?.replace(/^Account manager for /, ''));
  const identity: Identity = {};
  if (email) identity.email = email;
  if (name) identity.name = name;
  return identity;
}

export const outlook = createSelectorAdapter({
  id: 'outlook',
  name: 'Outlook',
  matches: (url) =>
    url.protocol === 'https:' && ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'].includes(url.hostname),
  selectors,
  keyOrder: 'dom',
  keyFromDocument: (doc) => attr(queryFirst(doc, selectors.selectedRow), ['data-convid']),
  urlKey: { pattern: /\/id\/([^/?#]+)/, describe: '/mail/<folder>/id/<ItemId>' },
  urlNamesConversation: (url) => /\/id\/[^/?#]+/.test(url.pathname),
  agent: outlookAccount,
});
