// The one typed message protocol between the extension's contexts (README: How it is built):
//
//   panel / popup / options ──ledger service (proxy)──▶ background (owns the Dexie ledger)
//   background ──'ledger:changed' broadcast──▶ every extension page (panel iframes, popup, options)
//   panel ──'page:relay'──▶ background ──'page:*' (tabs.sendMessage, frame 0)──▶ content script of the
//     panel's own tab (Firefox gives an extension iframe inside a web page no `tabs` API, so the
//     panel cannot address its tab itself; the background takes the tab from the sender)
//   content script ──'page:state-changed' broadcast──▶ the panel of the same tab (filtered by sender.tab)
//   content script ──'page:draft-changed' broadcast──▶ the same panel: the reply being written
//   background ──'panel:command' (tabs.sendMessage)──▶ content script ──▶ its panel
//   background ──'page:selection-context' (tabs.sendMessage, frame 0)──▶ content script (context menu)
//   popup ──'conversation:open'──▶ background (focus the tab showing it, else open its URL)
//   content script ──'page:config' / 'page:panel-expanded'──▶ background (storage is closed to it)
//   background ──'page:config-changed' (tabs.sendMessage, frame 0)──▶ content scripts
//
// Every receiver checks the sender (utils/messaging/senders.ts): the background answers the ledger,
// 'tab:self' and 'conversation:open' for extension pages only, and content scripts only the two
// 'page:config*' messages, each checked.
//
// Never window.postMessage: a web page could forge it. Runtime messages cannot be sent by page scripts
// (the manifest declares no externally_connectable).
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Party } from '../commitments/types';
import type { ConversationInfo, LedgerChange } from '../ledger/types';
import type { PageKitName } from '../page-kits';

/** One message of the conversation as the host adapter read it from the page. */
export interface PageMessage {
  author: Party;
  authorName?: string;
  text: string;
  /** When it was sent (ISO with offset), when the host's stamp could be read. */
  sentAt?: string;
  /**
   * The host's stamp as shown, when the content script could not read it (a date in words: the
   * reader of those, chrono-node, is the panel's). The panel turns it into `sentAt` on arrival.
   */
  stamp?: PageStamp;
}

/** A message's time stamp as the page shows it, bounded, with the page's language. */
export interface PageStamp {
  machine?: string;
  title?: string;
  text?: string;
  /** `<html lang>`: day-first numbers and localised month words. */
  locale?: string;
}

/**
 * What could not be read on a conversation page, as codes the panel words in plain language (i18n):
 * never selectors, ids or URL patterns.
 */
export type PageProblem = 'messages' | 'reply-editor';

/** What the content script knows about its page, for the panel. */
export type PageState =
  | {
      kind: 'conversation';
      hostName: string;
      conversation: ConversationInfo;
      messages: PageMessage[];
      /** What could not be read even down the ladder (the panel says so in plain words). */
      problems: PageProblem[];
      /**
       * The conversation only: its messages are being read (a thread switch is shown at once, before the
       * costly read of 200 bodies), and the full state follows as 'page:state-changed'. `messages` and
       * `problems` are empty meanwhile; a panel never lets this replace a full state of the same conversation.
       */
      messagesPending?: true;
    }
  | {
      kind: 'no-conversation';
      hostName: string;
      /** 'none': the page shows no conversation (an inbox list); 'unreadable': it seems to, but nothing identifies it. */
      reason: 'none' | 'unreadable';
    };

export interface InsertContent {
  html: string;
  text: string;
  /**
   * 'update' (the default): replace the summary inserted earlier on this page if there is one,
   * else insert. 'add': insert another one (the agent said so after an update found nothing).
   */
  mode?: 'update' | 'add';
}

export interface InsertOutcome {
  ok: boolean;
  method: string;
  fallback?: 'clipboard';
  error?: string;
  /** What one Ctrl+Z does to the insert (see utils/editors InsertResult). */
  undo?: 'one-step' | 'several-steps' | 'not-undoable';
  /** An update: the earlier summary was replaced, or not found / found twice (nothing changed). */
  previous?: 'replaced' | 'not-found' | 'several';
}

export type PanelCommand = 'toggle-panel' | 'focus-entry' | 'insert-summary';

/** The selection on a conversation page, for the context menu "Add selection as commitment". */
export interface SelectionContext {
  conversation: ConversationInfo;
  /** The selected words as the page shows them. */
  text: string;
  /** Who wrote the message holding the selection; null when the adapter cannot tell. */
  author: Party | null;
  authorName?: string;
}

/**
 * The reply the agent is writing, as the content script read it: only the agent's own new words
 * (no quoted history, signature or inserted summary). Never stored; empty when the reply box is
 * empty or gone, or draft reading was switched off.
 */
export interface ReplyDraft {
  /** The conversation the reply belongs to (ConversationInfo.host + key); null off a conversation. */
  conversationKey: string | null;
  text: string;
}

/** Words the agent wrote in the reply, and what the coach proposes instead (one sentence). */
export interface RewriteRequest {
  words: string;
  replacement: string;
}

/** What a rewrite in the reply did; `ok` only when the editor was read back holding the new words. */
export interface RewriteOutcome {
  ok: boolean;
  method: string;
  /** For the agent, when ok is false. */
  error?: string;
  /** Nothing was changed: the words are no longer in the reply as they were, or are there twice. */
  words?: 'not-found' | 'several';
}

/** The longest words a rewrite takes: one sentence of a reply, with room to spare. */
export const MAX_REWRITE_CHARS = 2000;

/** Sent after every write to the ledger, so every open surface refreshes. */
export type LedgerChanged = LedgerChange;

export interface ProtocolMap {
  /** Panel → background: which tab am I in? (The panel is an iframe and cannot call tabs.getCurrent.) */
  'tab:self'(): { tabId: number };
  /** Panel → background → the content script of the panel's own tab (see askPage). */
  'page:relay'(request: PageRequest): ReturnType<ProtocolMap[PageRequestType]>;
  /** Panel → content script: the page's conversation. */
  'page:state'(): PageState;
  /** Panel → content script: the reply draft as last read (a panel opened after typing began); null when reading is off. */
  'page:draft'(): ReplyDraft | null;
  /** Panel → content script: how many hints it has on the reply draft (a count on the collapsed handle). */
  'page:draft-hints'(count: number): void;
  /** Panel → content script: the agent pressed Esc in the panel; focus goes back where it was on the page. */
  'page:return-focus'(): void;
  /** Panel → content script: put this into the reply editor after the saved caret's line, or in place of the earlier summary. */
  'page:insert'(content: InsertContent): InsertOutcome;
  /**
   * Panel → content script: rewrite the agent's words in the reply box (a coaching hint applied),
   * in the editor's own model, checked by reading the editor back; the focus stays in the reply.
   */
  'page:rewrite'(request: RewriteRequest): RewriteOutcome;
  /**
   * Panel → content script: a censored outline of the page (tags, test ids, text lengths, which
   * selectors matched) for a bug report; no words of the conversation. Copied by the panel.
   */
  'page:diagnostic'(): { text: string };
  /** Content script → its panel: the conversation changed (in-app navigation). */
  'page:state-changed'(state: PageState): void;
  /** Content script → its panel: the reply being written changed (debounced after typing stops). */
  'page:draft-changed'(draft: ReplyDraft): void;
  /** Background → extension pages: the ledger changed. */
  'ledger:changed'(change: LedgerChanged): void;
  /** Background → content script, and content script → its panel: a keyboard command. */
  'panel:command'(command: PanelCommand): void;
  /**
   * Background → content script: the conversation and message author around the selection; null off
   * a conversation. `text` is the menu's selection text, for when this frame holds no selection.
   */
  'page:selection-context'(selection: { text: string }): SelectionContext | null;
  /** Popup → background: show this conversation (focus the tab showing it, else open its URL). */
  'conversation:open'(target: { conversationId: string }): { how: 'focused' | 'opened' };
  /**
   * Content script → background: may the panel run for this adapter, and is it expanded? (Extension
   * storage is closed to content scripts: see utils/messaging/page-config.ts.)
   */
  'page:config'(request: { adapterId: string }): PageConfig;
  /**
   * Content script → background: run this kit's file in my frame (utils/page-kits: code needed only
   * on insert stays out of the script injected into every page).
   */
  'page:load-kit'(kit: PageKitName): void;
  /** Content script → background: the agent showed or hid the panel. */
  'page:panel-expanded'(expanded: boolean): void;
  /**
   * Panel → content script, before acting on a click: is the panel's frame shown as drawn? (See
   * utils/panel-frame/exposure.ts.)
   */
  'page:panel-exposure'(): { ok: boolean; problems: string[] };
  /** Background → content scripts: the settings changed; ask 'page:config' again. */
  'page:config-changed'(): void;
}

export interface PageConfig {
  hostEnabled: boolean;
  panelExpanded: boolean;
  /** "Read my reply as I write it": off, the content script does not observe the reply box. */
  readDraft: boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/** The requests the panel may make of its own page, relayed by the background. */
export const PAGE_REQUEST_TYPES = [
  'page:state',
  'page:insert',
  'page:diagnostic',
  'page:panel-exposure',
  'page:draft',
  'page:draft-hints',
  'page:return-focus',
  'page:rewrite',
] as const;
export type PageRequestType = (typeof PAGE_REQUEST_TYPES)[number];
export type PageRequest = { [K in PageRequestType]: { type: K; data: Parameters<ProtocolMap[K]>[0] } }[PageRequestType];

/** Panel → the content script of its own tab, through the background (works in Chrome and Firefox). */
export async function askPage<K extends PageRequestType>(
  type: K,
  data: Parameters<ProtocolMap[K]>[0],
): Promise<ReturnType<ProtocolMap[K]>> {
  return (await sendMessage('page:relay', { type, data } as PageRequest)) as ReturnType<ProtocolMap[K]>;
}

/**
 * Sends a broadcast nobody may be listening to (no panel or popup open): Chrome then rejects with
 * "Receiving end does not exist", which is not an error for a broadcast.
 */
export async function broadcast<K extends 'ledger:changed' | 'page:state-changed' | 'page:draft-changed' | 'panel:command'>(
  type: K,
  data: Parameters<ProtocolMap[K]>[0],
): Promise<void> {
  try {
    await sendMessage(type, data as never);
  } catch (error) {
    if (!isNoReceiver(error)) throw error;
  }
}

export function isNoReceiver(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Receiving end does not exist|Could not establish connection|No response/i.test(message);
}
