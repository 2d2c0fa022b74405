// Background side of the context menu "Add selection as commitment": ask the tab's content script
// which conversation and which message's author the selection belongs to, read the words as that
// author meant them, store the commitment (source 'selection'), and confirm with a notification
// that opens the conversation. Without an answer from the page (no content script there yet), the
// words are read as the agent's own note and filed under the page itself.
import { adapterOwnsUrl } from '../hosts/owns-url';
import { cleanConversationFields } from '../hosts/page-text';
import { bindConversation } from '../ledger/conversation-id';
import type { LedgerService } from '../ledger/service';
import type { ConversationInfo } from '../ledger/types';
import { sendMessage, type SelectionContext } from '../messaging/protocol';
import { describeError } from '../errors';
import { formatDueShort } from '../format/due';
import { getSettings } from '../settings';
import type { Translate } from '../i18n-keys';
import { commitmentNotificationId, postNotification } from '../reminders/notify';
import { draftFromSelection } from './draft';

const MENU_ID = 'ck-add-selection';
const ASK_TIMEOUT_MS = 2000;

/**
 * Where the menu shows: the pages the content script runs on (the manifest's patterns, demo pages
 * included in the demo build) and custom helpdesk domains the agent granted at run time.
 */
export function menuPatterns(contentScriptMatches: readonly string[], grantedOrigins: readonly string[]): string[] {
  return [...new Set([...contentScriptMatches, ...grantedOrigins])].filter((p) => p !== '<all_urls>' && /^(https?|\*):\/\//.test(p));
}

async function createMenu(tr: Translate): Promise<void> {
  const manifest = browser.runtime.getManifest();
  const matches = (manifest.content_scripts ?? []).flatMap((cs) => cs.matches ?? []);
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const patterns = menuPatterns(matches, granted);
  // Menus outlive the service worker; recreate rather than add a duplicate id.
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: tr('menuAddSelection'),
    contexts: ['selection'],
    ...(patterns.length ? { documentUrlPatterns: patterns } : {}),
  });
}

async function askPage(tabId: number, text: string): Promise<SelectionContext | null> {
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), ASK_TIMEOUT_MS));
  const answer = sendMessage('page:selection-context', { text }, { tabId, frameId: 0 }).catch(() => null);
  return Promise.race([answer, timeout]);
}

/** The page itself, for a selection where no adapter names a conversation. */
export function pageConversation(pageUrl: string): ConversationInfo {
  const url = new URL(pageUrl);
  url.hash = '';
  return { host: 'page', key: url.href, url: url.href, subject: url.hostname };
}

export async function addSelection(
  ledger: Pick<LedgerService, 'addCommitment'>,
  info: { selectionText?: string; pageUrl?: string },
  tabId: number | undefined,
  now: number,
  tr: Translate,
): Promise<string | null> {
  const text = info.selectionText?.trim();
  if (!text) return null;
  const page = tabId === undefined ? null : await askPage(tabId, text);
  const settings = await getSettings();
  const claimed = page?.conversation ?? (info.pageUrl ? pageConversation(info.pageUrl) : null);
  if (!claimed || !info.pageUrl) return null;
  // The site and URL are the ones the browser reports for the clicked page, never the page's words.
  const conversation = bindConversation(cleanConversationFields(claimed), info.pageUrl, adapterOwnsUrl);
  const { draft, partyName, writtenBy } = draftFromSelection(page?.text || text, page?.author ?? null, page?.authorName ?? null, {
    now: new Date(now),
    timeZone: settings.timeZone,
    workday: settings.workday,
    ...(settings.agentName ? { agentName: settings.agentName } : {}),
    ...(conversation.customerName ? { customerName: conversation.customerName } : {}),
    ...(conversation.customerTimeZone ? { customerTimeZone: conversation.customerTimeZone } : {}),
  });
  const record = await ledger.addCommitment({ conversation, draft, source: 'selection', partyName, ...(writtenBy ? { writtenBy } : {}) });
  await postNotification(commitmentNotificationId(record.id), {
    title: tr('menuAdded'),
    message: record.text,
    contextMessage: [
      conversation.subject,
      record.dueAt !== null ? tr('menuDue', formatDueShort(record.dueAt, settings.timeZone)) : tr('menuNoDeadline'),
    ]
      .filter(Boolean)
      .join(' · '),
  });
  return record.id;
}

/**
 * `tr` gives the menu title and the notifications' words: pass utils/i18n's `t` (browser.i18n); the
 * default reads the English catalog, which also works under fakeBrowser (no i18n there).
 */
export function startContextMenu(getLedger: () => Pick<LedgerService, 'addCommitment'>, tr: Translate): void {
  const rebuild = () => void createMenu(tr).catch((error: unknown) => console.error('Commitment Keeper: context menu failed', error));
  browser.runtime.onInstalled.addListener(rebuild);
  browser.runtime.onStartup.addListener(rebuild);
  browser.permissions.onAdded.addListener(rebuild);
  browser.permissions.onRemoved.addListener(rebuild);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    void addSelection(getLedger(), info, tab?.id, Date.now(), tr).catch(async (error: unknown) => {
      console.error('Commitment Keeper: could not add the selection', error);
      await postNotification('ck:error', {
        title: tr('menuAddFailed'),
        message: describeError(error, tr),
        contextMessage: '',
      });
    });
  });
}
