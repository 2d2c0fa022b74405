// Follows in-app navigation on single-page hosts and reports the current conversation.
//
// A content script runs in an isolated world, so it cannot patch the page's history.pushState /
// replaceState. Instead: `popstate` and `hashchange` listeners, a MutationObserver on a narrow root
// (the adapter's conversation area, re-resolved when the host swaps it), and a low-frequency
// periodic check as a safety net. The first change of a burst is looked at in the next task (a thread
// switch reaches the panel at once), and again when the burst ends (debounced, with a maximum wait, so
// a page that never stops mutating is still checked). `onChange` fires only when the conversation key
// changes (or the page goes from a conversation to none / a broken lookup); a change seen early gets
// `onSettled` at the burst's end, as the host may still have been rendering the thread then, and so does a burst
// that added readable content to the same thread (`addedContent`). Aborting the signal removes
// every listener, observer and timer.
import type { ConversationInfo } from '../ledger/types';
import { queryFirst } from './query';
import { isLookupFailure, type HostAdapter, type LookupFailure } from './types';

/** Leading looks within one burst are at least this far apart: a look is one query per selector alternative. */
const LEADING_GAP_MS = 30;

export interface WatchOptions {
  /** Quiet time after the last mutation/navigation before checking. Default 150 ms. */
  debounceMs?: number;
  /** Longest delay under continuous mutations. Default 4 × debounceMs. */
  maxWaitMs?: number;
  /** Safety-net periodic check. Default 2000 ms; 0 turns it off. */
  pollMs?: number;
  /**
   * Look at the first change of a burst in the next task instead of after the quiet time (default
   * true): a thread switch reaches the panel without waiting out the debounce. The page may still
   * be rendering then, so `onSettled` is called at the burst's end with the conversation unchanged.
   */
  leading?: boolean;
  /** At the end of a burst after a change seen early (leading), or one that added content: read the page again if it matters. */
  onSettled?: (info: ConversationInfo | LookupFailure) => void;
}

/** Characters an added element must hold to be content the host rendered (a message), not chrome (an icon, a button). */
const CONTENT_CHARS = 20;

/**
 * Whether mutations added readable content outside any editor. A host may render a thread's messages
 * after the switch's burst has ended (a fetch slower than the quiet time), and a new message can arrive
 * in the open thread: both need the page read again. Churn does not (a hover's class, a time stamp's
 * text, an icon), nor typing in the reply box (the draft is read apart).
 */
function addedContent(records: readonly MutationRecord[]): boolean {
  for (const record of records) {
    if (record.type !== 'childList') continue;
    for (const node of Array.from(record.addedNodes)) {
      if (node.nodeType !== 1) continue;
      const element = node as Element;
      if (element.closest('[contenteditable]:not([contenteditable="false"]), textarea')) continue;
      if ((element.textContent ?? '').trim().length >= CONTENT_CHARS) return true;
    }
  }
  return false;
}

/** The identity compared between checks: the conversation, or the kind of failure. */
export function conversationIdentity(info: ConversationInfo | LookupFailure): string {
  if (isLookupFailure(info)) return `!${info.noConversation ? 'none' : `broken:${info.what}`}`;
  return `${info.host}:${info.key}`;
}

/** The element to observe: the adapter's conversation root's parent (so swaps of the root are seen), else <body>. */
function observeTarget(adapter: HostAdapter, doc: Document, url: URL): Node {
  const root = adapter.conversationRoot?.(doc, url) ?? null;
  return root?.parentElement ?? queryFirst(doc, ['[role="main"]', 'main'])?.parentElement ?? doc.body ?? doc.documentElement;
}

/** How many changes of the page the watcher has seen (its MutationObserver's batches and navigations). */
export interface PageChanges {
  count(): number;
}

export function watchConversation(
  adapter: HostAdapter,
  win: Window,
  signal: AbortSignal,
  onChange: (info: ConversationInfo | LookupFailure) => void,
  options: WatchOptions = {},
): PageChanges {
  /** Page changes seen so far (mutations and navigations): a read can tell whether the page moved on since. */
  let changes = 0;
  const counter: PageChanges = { count: () => changes };
  if (signal.aborted) return counter;
  const debounceMs = options.debounceMs ?? 150;
  const maxWaitMs = options.maxWaitMs ?? debounceMs * 4;
  const pollMs = options.pollMs ?? 2000;
  const doc = win.document;

  const leading = options.leading ?? true;
  let lastIdentity: string | undefined;
  let timer: ReturnType<typeof win.setTimeout> | undefined;
  let leadingTimer: ReturnType<typeof win.setTimeout> | undefined;
  /** A change was reported by a leading check: the burst's end reads the page once more. */
  let settlePending = false;
  /** The burst added readable content (a message rendered late, one that just arrived): its end reads the page once more. */
  let contentAdded = false;
  let firstScheduledAt = 0;
  /** When the last leading look ran (see schedule). */
  let lastLeadingAt = -Infinity;
  let observed: Node | null = null;
  let stopped = false;

  // The window's own constructor (the page's realm in tests, the isolated world's in the extension).
  const Observer = (win as Window & typeof globalThis).MutationObserver ?? MutationObserver;
  const observer = new Observer((records: MutationRecord[]) => {
    if (!contentAdded && addedContent(records)) contentAdded = true;
    schedule();
  });
  const observe = (target: Node): void => {
    if (target === observed) return;
    observer.disconnect();
    observed = target;
    observer.observe(target, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['style', 'hidden', 'class', 'aria-hidden', 'aria-selected', 'data-legacy-thread-id', 'data-thread-perm-id'],
    });
  };

  const check = (phase: 'leading' | 'trailing' | 'poll'): void => {
    if (stopped) return;
    let url: URL;
    try {
      url = new URL(win.location.href);
    } catch {
      return;
    }
    let info: ConversationInfo | LookupFailure;
    try {
      info = adapter.conversation(doc, url);
      observe(observeTarget(adapter, doc, url));
    } catch {
      return; // an adapter bug must not kill the watcher; the next check tries again
    }
    const identity = conversationIdentity(info);
    if (identity === lastIdentity) {
      if (phase === 'trailing' && (settlePending || contentAdded)) {
        settlePending = false;
        contentAdded = false;
        options.onSettled?.(info);
      }
      return;
    }
    lastIdentity = identity;
    if (phase === 'trailing') contentAdded = false;
    settlePending = phase === 'leading';
    onChange(info);
  };

  function schedule(): void {
    if (stopped) return;
    changes++;
    const now = Date.now();
    if (timer === undefined) firstScheduledAt = now;
    else win.clearTimeout(timer);
    // A leading look in the next task, and again for changes later in the same burst (at most one
    // look per LEADING_GAP_MS): a switch made while the page was still changing (the last thread
    // still rendering, a host that never stops touching its DOM) waited out the whole quiet time
    // otherwise. Measured on the 200-message Gmail bench: switches 300 ms apart had a p95 of 160 ms
    // (150 ms debounce + the render), median 35 ms.
    if (leading && leadingTimer === undefined) {
      leadingTimer = win.setTimeout(
        () => {
          leadingTimer = undefined;
          lastLeadingAt = Date.now();
          check('leading');
        },
        Math.max(0, lastLeadingAt + LEADING_GAP_MS - now),
      );
    }
    const wait = Math.max(0, Math.min(debounceMs, firstScheduledAt + maxWaitMs - now));
    timer = win.setTimeout(() => {
      timer = undefined;
      check('trailing');
    }, wait);
  }

  const onNavigate = (): void => schedule();
  win.addEventListener('popstate', onNavigate);
  win.addEventListener('hashchange', onNavigate);
  const interval = pollMs > 0 ? win.setInterval(() => check('poll'), pollMs) : undefined;

  const stop = (): void => {
    stopped = true;
    observer.disconnect();
    observed = null;
    win.removeEventListener('popstate', onNavigate);
    win.removeEventListener('hashchange', onNavigate);
    if (timer !== undefined) win.clearTimeout(timer);
    if (leadingTimer !== undefined) win.clearTimeout(leadingTimer);
    if (interval !== undefined) win.clearInterval(interval);
    timer = undefined;
    leadingTimer = undefined;
  };
  signal.addEventListener('abort', stop, { once: true });

  check('poll');
  return counter;
}
