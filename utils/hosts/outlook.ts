// Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com).
// Selectors are ordered by evidence: those other extensions and public Selenium/Playwright page
// objects use against the live site come first with source and date; the rest are fallbacks.
// - messages: `div[aria-label="Email message"]` inside the conversation container — WITHOUT
//   role=region, which no public code shows; bodies `div[aria-label="Message body"]`, a label the
//   reply editor shares, so the editor is told apart by contenteditable;
// - subject: the heading's own `title` (toggl), its text may be truncated;
// - conversation id: `data-convid` on the message-list row, else the URL's /id/<ItemId>;
// - sender: NO public evidence (SenderPersona is ours), so authors rest on unevidenced fallbacks;
// - the signed-in account `#mectrl_currentAccount_secondary` exists only after the account menu
//   (#mectrl_main_trigger) was opened: the tab title "Mail - <name> - Outlook" is the fallback.
// - quoted history below #divRplyFwdMsg / #appendonsend and #Signature blocks: Outlook's own
//   compose format (unevidenced here; the plain "From:/Sent:" header is also cut by text).
import { attr, cleanName, findEmail, queryFirst, valueOrText, type Alternatives } from './query';
import { createSelectorAdapter, type Identity } from './selector-adapter';
import { subjectFromTitle } from './ladder';
import { OUTLOOK_HOST } from './catalogue';

const selectors = {
  root: [
    '#ReadingPaneContainerId', // toggl/track-extension outlook.js, 2024-09
    '#ConversationReadingPaneContainer', // public Selenium/Playwright page objects, undated
    'div[aria-label="Reading Pane"]', // unevidenced fallback (English label)
    'div[role="main"][aria-label*="Reading"]', // unevidenced fallback
  ],
  present: [
    'div[aria-label="Email message"]', // page objects, undated
    'div[aria-label="Message body"]', // page objects, undated
    'div[role="heading"][title]', // toggl outlook.js, 2024-09
    '[role="heading"][aria-level="2"]', // unevidenced fallback
  ],
  key: ['[data-convid]'],
  keyAttributes: ['data-convid'],
  /** Outside the reading pane: the selected conversation in the message list. */
  selectedRow: [
    'div[role="option"][aria-selected="true"][data-convid]', // page objects (div[role=option][data-convid]), undated; aria-selected unevidenced
    '[data-convid][aria-selected="true"]', // unevidenced fallback
  ],
  subject: [
    'div[role="heading"][title]', // toggl/track-extension outlook.js, 2024-09: the title on the heading itself
    'div[role="heading"][aria-level="2"] span[title]', // unevidenced fallback (2025-09 fixture)
    '[role="heading"][aria-level="2"]', // unevidenced fallback
  ],
  subjectAttributes: ['title'],
  message: [
    'div[data-app-section="ConversationContainer"] div[aria-label="Email message"]', // page objects, undated (no role=region)
    'div[aria-label="Email message"]', // same label, container renamed
    'div[data-testid="ConversationItem"]', // unevidenced fallback
  ],
  messageBody: [
    'div[aria-label="Message body"]:not([contenteditable="true"])', // page objects, undated (read-only body)
    'div[role="document"]', // unevidenced fallback
  ],
  authorName: ['[data-testid="SenderPersona"] span[title]', 'span[title*="@"]'], // unevidenced
  authorEmail: ['[data-testid="SenderPersona"] span[title]', 'span[title*="@"]'], // unevidenced
  time: ['[data-testid="SentReceivedSavedTime"]', 'time[datetime]'], // unevidenced
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
    'div[aria-label^="Message body"][contenteditable="true"]', // page objects, undated: the label the read-only body shares
    'div[role="textbox"][contenteditable="true"]', // unevidenced fallback, language-neutral (labels are localised)
  ],
  account: [
    '#mectrl_currentAccount_secondary', // page objects, undated: only after #mectrl_main_trigger was opened
    '#O365_MainLink_Me', // unevidenced fallback
    'button[aria-label^="Account manager for"]', // unevidenced fallback (English label)
  ],
  accountName: ['#mectrl_currentAccount_primary'], // unevidenced
  detect: [
    ['#ReadingPaneContainerId', '#ConversationReadingPaneContainer', 'div[aria-label="Reading Pane"]'],
    ['div[aria-label^="Message body"]', 'div[aria-label="Email message"]'],
  ],
} as const satisfies Record<string, Alternatives | readonly Alternatives[]>;

/** "Mail - Hannah Weiss - Outlook": the tab title names the signed-in account, not the subject. */
const OUTLOOK_TITLE = /^[^-–]+ [-–] (.+?) [-–] Outlook$/;

function outlookAccount(doc: Document): Identity {
  const el = queryFirst(doc, selectors.account);
  const email = findEmail(el ? valueOrText(el) : undefined) ?? findEmail(attr(el, ['aria-label', 'title']));
  const nameEl = queryFirst(doc, selectors.accountName);
  const name =
    cleanName(nameEl?.textContent) ??
    cleanName(attr(queryFirst(doc, ['button[aria-label^="Account manager for"]']), ['aria-label'])?.replace(/^Account manager for /, '')) ??
    cleanName(OUTLOOK_TITLE.exec(doc.title)?.[1]);
  const identity: Identity = {};
  if (email) identity.email = email;
  if (name) identity.name = name;
  return identity;
}

export const outlook = createSelectorAdapter({
  ...OUTLOOK_HOST,
  selectors,
  keyOrder: 'dom',
  keyFromDocument: (doc) => attr(queryFirst(doc, selectors.selectedRow), ['data-convid']),
  urlKey: { pattern: /\/id\/([^/?#]+)/, describe: '/mail/<folder>/id/<ItemId>' },
  urlNamesConversation: (url) => /\/id\/[^/?#]+/.test(url.pathname),
  agent: outlookAccount,
  // Outlook's tab title never holds the subject ("Mail - <account> - Outlook").
  subjectFromTitle: (title) => (OUTLOOK_TITLE.test(title) ? '' : subjectFromTitle(title)),
});
