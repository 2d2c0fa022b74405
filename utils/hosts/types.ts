// One interface for every host (Gmail, Zendesk, …) and the default fallback (in the manner of
// Mailvelope's provider adapters). Adapters are pure: they take a Document and a URL, never globals.
import type { Party } from '../commitments/types';
import type { I18nKey } from '../i18n-keys';
import type { ConversationInfo } from '../ledger/types';
import type { SentTimeClock, TimeStamp } from './sent-time';

export type { ConversationInfo };

/** What an adapter looks for; the panel words its message from this. */
export type LookupTarget = 'conversation' | 'conversation key' | 'subject' | 'messages' | 'reply editor';

/**
 * A lookup that found nothing. It names the host, the thing looked for and every selector (or URL
 * pattern) tried: the selectors go into the page diagnostic, never into the panel's words.
 */
export interface LookupFailure {
  kind: 'lookup-failure';
  /** Adapter id ('gmail', 'zendesk', …). */
  host: string;
  /** Human name of the host ('Gmail', 'Zendesk'). */
  hostName: string;
  what: LookupTarget;
  /** Every selector / pattern tried, in order. */
  tried: string[];
  /**
   * True when the page simply shows no conversation (Gmail's inbox list, a Zendesk dashboard):
   * not a broken selector, nothing to report.
   */
  noConversation?: boolean;
  /** Plain sentence for logs and tests; the panel words its own from `what`. */
  message: string;
}

export interface HostMessage {
  /** 'agent' for the signed-in agent's side (agents, internal notes); 'customer' for the end user. */
  author: Party;
  authorName?: string;
  authorEmail?: string;
  /** The message's own words: quoted replies and signatures removed where the host marks them. */
  text: string;
  /** When it was sent, as the host shows it (ISO when the host gives a machine-readable time). */
  at?: string;
  /**
   * When it was sent, as an ISO instant with offset, read from the host's stamp by `readSentTime`
   * (sent-time.ts). Absent when the host shows none or it could not be read for sure.
   */
  sentAt?: string;
  /**
   * The host's stamp as shown, when `sentAt` could not be read with the clock given: a clock without
   * an absolute reader (the content script's) leaves stamps in words to the panel.
   */
  stamp?: TimeStamp;
}

export interface HostAdapter {
  /** Stable id, stored as ConversationInfo.host ('gmail', 'zendesk', 'custom', …). */
  id: string;
  /** Name used in messages ("Couldn't find the reply box on Zendesk"); the options page shows it too. */
  name: string;
  /** The options page's label when it is not `name` (a catalog key: "Outlook on the web"). */
  optionsLabel?: I18nKey;
  /**
   * Where the host serves its app, as manifest match patterns: the content script's `matches` and
   * the host permissions are derived from these (registry.ts). Empty: chosen by markup only.
   */
  matchPatterns: readonly string[];
  /** Does this adapter serve pages at this URL? (One of `matchPatterns` includes it.) */
  matches(url: URL): boolean;
  /** Markup check, for pages whose URL says nothing (demo pages on 127.0.0.1, custom domains). */
  detect(doc: Document): boolean;
  /** The conversation shown now (the active one where the host keeps several open). */
  conversation(doc: Document, url: URL): ConversationInfo | LookupFailure;
  /**
   * The conversation's messages, oldest first, with their author. `clock` reads relative stamps
   * ("2 hours ago"); the browser's clock and zone when left out.
   */
  messages(doc: Document, url?: URL, clock?: SentTimeClock): HostMessage[] | LookupFailure;
  /** The reply editor of the active conversation. */
  replyEditor(doc: Document, url?: URL): Element | LookupFailure;
  /**
   * The element that holds the active conversation (narrow root for observers and lookups).
   * Null when the page shows none. Adapters without a sensible root leave it out.
   */
  conversationRoot?(doc: Document, url?: URL): Element | null;
  /** The adapter's selector lists by field, for the page diagnostic (which ones match). */
  selectors?: Readonly<Record<string, unknown>>;
}

export function isLookupFailure(value: unknown): value is LookupFailure {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'lookup-failure';
}
