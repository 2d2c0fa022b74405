// The content script's whole job on a host page: pick the host adapter, dock the panel, follow the
// conversation through in-app navigation, and answer the panel (page state, insert into the reply box).
import { watchConversation, type PageChanges } from '../hosts/watch';
import { isLookupFailure, type HostAdapter } from '../hosts/types';
import { lastEditor, trackCaret } from '../editors/caret';
import { pageKit, type PageKitName } from '../page-kits';
import { broadcast, onMessage, sendMessage, type PageConfig, type PageState, type ReplyDraft } from '../messaging/protocol';
import { classifySender, extensionIdentity, SenderRefused, type SenderLike } from '../messaging/senders';
import { mountPanelFrame } from '../panel-frame';
import { rememberPageFocus } from './return-focus';
import { selectionContext } from '../context-menu/selection';
import { findReplyEditor, ladderReadings, readConversationState, readPageState, sameConversation, wantsStructureKit } from './state';
import { watchReplyDraft, type DraftWatch } from './draft-watch';
import { readUpdatedWords, type UpdatedWords } from './updated';
import { withRetry } from '../ledger/retry';

/** A message read waits for the panel's question (it has drawn the conversation) at most this long. */
const READ_LATEST_MS = 2000;

/** Messages to the content script come from the extension's own pages and worker only. */
function fromExtension(sender: SenderLike, what: string): void {
  const kind = classifySender(sender, extensionIdentity());
  if (kind !== 'extension-page' && kind !== 'panel') throw new SenderRefused(what, kind);
}

export interface PageSessionOptions {
  win: Window;
  /**
   * Which adapter serves this page. A supported host's own content script names its adapter, so it
   * carries no other host's selectors; the generic script (custom domains, demo pages) tries them all
   * (`adapterForDocument` in utils/hosts/registry.ts).
   */
  pickAdapter: (doc: Document, url: URL) => HostAdapter;
  /** The content script's own signal (WXT's ctx.signal): aborted when its extension context is gone. */
  signal: AbortSignal;
  panelUrl: string;
}

interface RunOptions extends PageSessionOptions {
  /** Aborted when the host is switched off (the panel goes) or with `signal`. */
  stop: AbortSignal;
  updatedWords: UpdatedWords;
  config: ConfigFeed;
}

/** The latest page:config, and who wants to hear a new one (a session's draft reading). */
interface ConfigFeed {
  current: PageConfig;
  listeners: Set<(config: PageConfig) => void>;
}

/**
 * Runs the panel on this page while the agent has the host switched on (options page, "Hosts"),
 * and takes it down or brings it back when that setting changes, without a reload.
 */
export async function startPageSession(opts: PageSessionOptions): Promise<void> {
  const adapter = opts.pickAdapter(opts.win.document, new URL(opts.win.location.href));
  // Read while the extension context is alive: once it is gone, browser.i18n throws.
  const updatedWords = readUpdatedWords();
  let running: AbortController | null = null;
  let feed: ConfigFeed | null = null;
  // Extension storage is closed to content scripts (utils/messaging/page-config.ts): ask the background.
  // Asked again on a lost reply: a page loaded while Chrome stops or starts the idle worker gets "the
  // message port closed" for its first question, and without an answer no panel is mounted.
  const askConfig = () => withRetry(() => sendMessage('page:config', { adapterId: adapter.id }));
  const apply = async () => {
    const config = await askConfig().catch((error: unknown) => {
      if (!opts.signal.aborted) console.error('Commitment Keeper: the extension did not answer this page; reload the tab', error);
      return null;
    });
    if (!config) return;
    if (config.hostEnabled && !running && !opts.signal.aborted) {
      running = new AbortController();
      feed = { current: config, listeners: new Set() };
      void runPageSession(adapter, { ...opts, updatedWords, config: feed, stop: AbortSignal.any([opts.signal, running.signal]) });
    } else if (!config.hostEnabled && running) {
      running.abort();
      running = null;
      feed = null;
    } else if (feed) {
      feed.current = config;
      feed.listeners.forEach((listen) => listen(config));
    }
  };
  await apply();
  const unwatch = onMessage('page:config-changed', ({ sender }) => {
    fromExtension(sender, 'page:config-changed');
    void apply();
  });
  opts.signal.addEventListener('abort', unwatch, { once: true });
}

async function runPageSession(adapter: HostAdapter, opts: RunOptions): Promise<void> {
  const { win, stop: signal } = opts;
  const doc = win.document;

  if (signal.aborted) return;
  const frame = mountPanelFrame(doc, opts.panelUrl, {
    expanded: opts.config.current.panelExpanded,
    onToggle: (expanded) => void sendMessage('page:panel-expanded', expanded),
  });
  // Which conversation this is now (cheap); the messages later (see readMessagesSoon below): reading
  // 200 bodies takes this page's thread for 100 ms and more. A 'page:state' asked before then gets the
  // conversation alone (`messagesPending`), and the panel hears the full state when it is read.
  let state: PageState = readConversationState(adapter, doc, new URL(win.location.href));
  /** Set while a message read waits for the panel's question (see whenPanelAsks). */
  let readOnAsk: (() => void) | null = null;
  // The host's selectors broke somewhere: load the structure reader (not in a host's own script) and
  // read the page again with it; the panel hears the fuller state.
  // Once per load: the watcher's first report comes while the kit may still be loading, and a
  // second reader of the same promise would read the page and tell the panel twice.
  let structureAsked = false;
  const readAgainWithStructure = () => {
    if (structureAsked || !wantsStructureKit(state)) return;
    structureAsked = true;
    pageKit('structure', loadKit).then(
      () => {
        if (signal.aborted) return;
        state = readPageState(adapter, doc, new URL(win.location.href));
        void broadcast('page:state-changed', state);
      },
      (error: unknown) => {
        // A failed load is forgotten by pageKit: the next conversation change asks again.
        structureAsked = false;
        console.error('Commitment Keeper: the page-structure reader did not load', error);
      },
    );
  };
  signal.addEventListener(
    'abort',
    () => {
      // The extension context is gone (an update): the frame is dead, say so where it was. A newer
      // content script, when the background injected one, removes this notice as it mounts its panel.
      if (opts.signal.aborted) frame.showUpdated(opts.updatedWords);
      else frame.remove();
    },
    { once: true },
  );

  trackCaret(doc, signal);
  const returnFocus = rememberPageFocus(doc, signal);
  // The summary this page's reply got last: inserting again replaces it (found by its lines).
  let lastSummary: string | null = null;

  const stopListening = [
    onMessage('page:state', ({ sender }) => {
      fromExtension(sender, 'page:state');
      // Answered first (the conversation alone at load or after a switch); the messages are read in
      // the next task.
      readOnAsk?.();
      return state;
    }),
    // The context menu's "Add selection as commitment" asks who wrote the selected words.
    onMessage('page:selection-context', ({ data, sender }) => {
      fromExtension(sender, 'page:selection-context');
      return selectionContext(adapter, doc, new URL(win.location.href), win.getSelection(), data.text);
    }),
    onMessage('page:insert', async ({ data, sender }) => {
      fromExtension(sender, 'page:insert');
      // First the kit: it brings the structure reader the editor ladder below may need.
      const kit = await pageKit('insert', loadKit);
      const url = new URL(win.location.href);
      const found = adapter.replyEditor(doc, url);
      // The ladder: when the adapter's selectors broke, the editor the agent last typed in (or is
      // in now), then the largest editable in the conversation; failing all, insertIntoEditor on
      // the body follows focus into shadow roots and iframes, else copies the summary and says so.
      const editor = isLookupFailure(found)
        ? (lastEditor(doc) ?? focusedEditor(doc) ?? findReplyEditor(adapter, doc, url) ?? doc.body)
        : found;
      const content = { text: data.text, html: data.html };
      const result =
        lastSummary !== null && data.mode !== 'add'
          ? await kit.replaceInEditor(editor, lastSummary, content)
          : await kit.insertIntoEditor(editor, content);
      if (result.ok) lastSummary = data.text;
      return result;
    }),
    // A coaching hint applied: the agent's words rewritten in the reply, checked by reading it back.
    onMessage('page:rewrite', async ({ data, sender }) => {
      fromExtension(sender, 'page:rewrite');
      // The editors' word replacement is in the insert kit, loaded on first use (not in every page).
      const { rewriteInReply } = await pageKit('insert', loadKit);
      return rewriteInReply(adapter, doc, new URL(win.location.href), data);
    }),
    // Computed on request only; nothing leaves the machine: the panel copies it to the clipboard.
    onMessage('page:diagnostic', async ({ sender }) => {
      fromExtension(sender, 'page:diagnostic');
      const { pageDiagnostic } = await pageKit('insert', loadKit);
      const url = new URL(win.location.href);
      return { text: pageDiagnostic(adapter, doc, url, { readings: ladderReadings(adapter, doc, url) }) };
    }),
    onMessage('page:panel-exposure', async ({ sender }) => {
      fromExtension(sender, 'page:panel-exposure');
      // The check itself comes with the insert kit: the panel asks only before acting on a click.
      const { panelExposure } = await pageKit('insert', loadKit);
      return frame.exposure(panelExposure);
    }),
    onMessage('panel:command', async ({ data: command, sender }) => {
      fromExtension(sender, 'panel:command');
      if (command === 'toggle-panel') return frame.toggle();
      frame.setExpanded(true);
      if (command === 'focus-entry') frame.focus();
      await broadcast('panel:command', command);
    }),
  ];
  signal.addEventListener('abort', () => stopListening.forEach((stop) => stop()), { once: true });

  const draftReading = readDraftWhileOn(adapter, win, signal, () => state, opts.config);
  stopListening.push(
    onMessage('page:draft', ({ sender }) => {
      fromExtension(sender, 'page:draft');
      return draftReading.current();
    }),
    onMessage('page:draft-hints', ({ data, sender }) => {
      fromExtension(sender, 'page:draft-hints');
      frame.setHintCount(data);
    }),
    onMessage('page:return-focus', ({ sender }) => {
      fromExtension(sender, 'page:return-focus');
      returnFocus();
    }),
  );

  /**
   * Puts `next` into `state`. Another conversation forgets the summary inserted into the last one's
   * reply and reads its reply box; the panel hears of another conversation, and with `tellAnyChange`
   * of anything else it shows that differs.
   */
  const adopt = (next: PageState, tellAnyChange: boolean): void => {
    const conversationChanged = !sameConversation(state, next);
    const tell = conversationChanged || (tellAnyChange && !samePageState(state, next));
    state = next;
    if (conversationChanged) {
      lastSummary = null;
      draftReading.refresh();
    }
    if (tell) void broadcast('page:state-changed', next);
  };
  // The watcher's count of page changes when the messages were last read in full (see onSettled).
  let readAtChange = -1;
  let changes: PageChanges | null = null;
  const readAgain = (tellAnyChange: boolean): void => {
    readAtChange = changes?.count() ?? -1;
    adopt(readPageState(adapter, doc, new URL(win.location.href)), tellAnyChange);
  };
  // The full read of the conversation shown (its messages): one pending at a time, and a newer
  // switch's read replaces an older one's (it reads whatever the page shows then anyway).
  let pendingRead: (() => void) | null = null;
  const readMessagesSoon = (wait: (run: () => void) => () => void): void => {
    pendingRead?.();
    const cancel = wait(() => {
      pendingRead = null;
      if (signal.aborted) return;
      readAgain(true);
      readAgainWithStructure();
    });
    pendingRead = cancel;
  };
  signal.addEventListener('abort', () => pendingRead?.(), { once: true });
  // The messages are read when the panel asks for the page's state, which it does once it has drawn
  // the conversation (at load: its script has run and its first screen is drawn; after a switch: the
  // new conversation is on its screen). Read anyway after READ_LATEST_MS (a panel that never asks).
  // Measured on a 200-message Gmail thread: a read started as the frame was mounted held this page's
  // thread just when the frame was to be laid out, and its first paint waited for it (300 ms); a read
  // started in the task after a switch (100-500 ms on a busy 2-core machine) delayed the message that
  // names the new conversation to the panel by as much (the switch's p95).
  const whenPanelAsks = (run: () => void): (() => void) => {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      win.clearTimeout(latest);
      readOnAsk = null;
      run();
    };
    const latest = win.setTimeout(once, READ_LATEST_MS);
    readOnAsk = () => win.setTimeout(once, 0);
    return () => {
      done = true;
      win.clearTimeout(latest);
      readOnAsk = null;
    };
  };
  readMessagesSoon(whenPanelAsks);
  changes = watchConversation(
    adapter,
    win,
    signal,
    (found) => {
      // Another conversation: the panel shows it (and its list) now, from what the watcher read; the
      // messages (for suggestions) follow once the panel has drawn it and asks. The watcher's first
      // look finds the conversation being read already.
      const next = readConversationState(adapter, doc, new URL(win.location.href), found);
      if (sameConversation(state, next)) return;
      adopt(next, false);
      readMessagesSoon(whenPanelAsks);
    },
    // The switch was seen in the first task after it: the host may have been rendering the thread
    // still (its messages, its customer card). Read once more when it stopped, unless the page did not
    // change since the messages were read (the read in the task after the switch came after the
    // burst), or a read is on its way; tell the panel only if the page now says something else.
    {
      onSettled: () => {
        if (!pendingRead && changes?.count() !== readAtChange) readAgain(true);
      },
    },
  );
}

/** Nothing the panel shows differs (the conversation, its messages, what could not be read). */
function samePageState(a: PageState, b: PageState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function conversationKeyOf(state: PageState): string | null {
  return state.kind === 'conversation' ? `${state.conversation.host}:${state.conversation.key}` : null;
}

/**
 * "Read my reply as I write it" (settings.readDraft): while on, the reply draft goes to the panel after
 * each pause in typing; switched off, the observer is taken down at once and the panel told the draft
 * is empty. Nothing of the draft is stored here.
 */
function readDraftWhileOn(
  adapter: HostAdapter,
  win: Window,
  signal: AbortSignal,
  pageState: () => PageState,
  config: ConfigFeed,
): { refresh(): void; current(): ReplyDraft | null } {
  let running: { stop: AbortController; watch: DraftWatch } | null = null;
  // The last text read, in memory only, for a panel that opens after typing began.
  let lastText = '';
  const send = (text: string) => {
    lastText = text;
    void broadcast('page:draft-changed', { conversationKey: conversationKeyOf(pageState()), text });
  };
  // Quotes, signature blocks and a summary in the default wording are left out here; the agent's own
  // templates and signature are settings, closed to content scripts, so the panel finishes the job.
  const apply = ({ readDraft }: PageConfig) => {
    if (readDraft && !running && !signal.aborted) {
      const stop = new AbortController();
      const watch = watchReplyDraft({
        adapter,
        win,
        signal: AbortSignal.any([signal, stop.signal]),
        readOptions: () => ({}),
        onDraft: send,
      });
      running = { stop, watch };
    } else if (!readDraft && running) {
      running.stop.abort();
      running = null;
      send('');
    }
  };
  apply(config.current);
  config.listeners.add(apply);
  signal.addEventListener('abort', () => config.listeners.delete(apply), { once: true });
  return {
    refresh: () => running?.watch.refresh(),
    current: () => (running ? { conversationKey: conversationKeyOf(pageState()), text: lastText } : null),
  };
}

/** The editable element that has the focus now (a textarea or the outermost contenteditable), if any. */
function focusedEditor(doc: Document): Element | null {
  const active = doc.activeElement;
  if (!active || active === doc.body) return null;
  if (active.tagName === 'TEXTAREA') return active;
  const editable = active.closest('[contenteditable]:not([contenteditable="false"])');
  let outer = editable;
  while (outer?.parentElement?.closest('[contenteditable]:not([contenteditable="false"])')) {
    outer = outer.parentElement.closest('[contenteditable]:not([contenteditable="false"])');
  }
  return outer;
}

/** The background runs the kit's file in this frame (utils/page-kits). */
function loadKit(name: PageKitName): Promise<void> {
  return sendMessage('page:load-kit', name);
}
