// The content script's whole job on a host page: pick the host adapter, dock the panel, follow the
// conversation through in-app navigation, and answer the panel (page state, insert into the reply box).
import { adapterForDocument } from '../hosts/registry';
import { watchConversation } from '../hosts/watch';
import { isLookupFailure, type HostAdapter } from '../hosts/types';
import { insertIntoEditor, lastEditor, replaceInEditor, trackCaret } from '../editors';
import { broadcast, onMessage, sendMessage, type PageState } from '../messaging/protocol';
import { classifySender, extensionIdentity, SenderRefused, type SenderLike } from '../messaging/senders';
import { mountPanelFrame } from '../panel-frame';
import { selectionContext } from '../context-menu/selection';
import { findReplyEditor, ladderReadings, readPageState, sameConversation } from './state';
import { pageDiagnostic } from '../hosts/diagnostic';
import { readUpdatedWords, type UpdatedWords } from './updated';

/** Messages to the content script come from the extension's own pages and worker only. */
function fromExtension(sender: SenderLike, what: string): void {
  const kind = classifySender(sender, extensionIdentity());
  if (kind !== 'extension-page' && kind !== 'panel') throw new SenderRefused(what, kind);
}

export interface PageSessionOptions {
  win: Window;
  /** The content script's own signal (WXT's ctx.signal): aborted when its extension context is gone. */
  signal: AbortSignal;
  panelUrl: string;
}

interface RunOptions extends PageSessionOptions {
  /** Aborted when the host is switched off (the panel goes) or with `signal`. */
  stop: AbortSignal;
  updatedWords: UpdatedWords;
}

/**
 * Runs the panel on this page while the agent has the host switched on (options page, "Hosts"),
 * and takes it down or brings it back when that setting changes, without a reload.
 */
export async function startPageSession(opts: PageSessionOptions): Promise<void> {
  const adapter = adapterForDocument(opts.win.document, new URL(opts.win.location.href));
  // Read while the extension context is alive: once it is gone, browser.i18n throws.
  const updatedWords = readUpdatedWords();
  let running: AbortController | null = null;
  // Extension storage is closed to content scripts (utils/messaging/page-config.ts): ask the background.
  const apply = async () => {
    const { hostEnabled: enabled } = await sendMessage('page:config', { adapterId: adapter.id });
    if (enabled && !running && !opts.signal.aborted) {
      running = new AbortController();
      void runPageSession(adapter, { ...opts, updatedWords, stop: AbortSignal.any([opts.signal, running.signal]) });
    } else if (!enabled && running) {
      running.abort();
      running = null;
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

  let state: PageState = readPageState(adapter, doc, new URL(win.location.href));
  const { panelExpanded: expanded } = await sendMessage('page:config', { adapterId: adapter.id });
  if (signal.aborted) return;
  const frame = mountPanelFrame(doc, opts.panelUrl, {
    expanded,
    onToggle: (expanded) => void sendMessage('page:panel-expanded', expanded),
  });
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
  // The summary this page's reply got last: inserting again replaces it (found by its lines).
  let lastSummary: string | null = null;

  const stopListening = [
    onMessage('page:state', ({ sender }) => {
      fromExtension(sender, 'page:state');
      return state;
    }),
    // The context menu's "Add selection as commitment" asks who wrote the selected words.
    onMessage('page:selection-context', ({ data, sender }) => {
      fromExtension(sender, 'page:selection-context');
      return selectionContext(adapter, doc, new URL(win.location.href), win.getSelection(), data.text);
    }),
    onMessage('page:insert', async ({ data, sender }) => {
      fromExtension(sender, 'page:insert');
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
          ? await replaceInEditor(editor, lastSummary, content)
          : await insertIntoEditor(editor, content);
      if (result.ok) lastSummary = data.text;
      return result;
    }),
    // Computed on request only; nothing leaves the machine: the panel copies it to the clipboard.
    onMessage('page:diagnostic', ({ sender }) => {
      fromExtension(sender, 'page:diagnostic');
      const url = new URL(win.location.href);
      return { text: pageDiagnostic(adapter, doc, url, { readings: ladderReadings(adapter, doc, url) }) };
    }),
    onMessage('page:panel-exposure', ({ sender }) => {
      fromExtension(sender, 'page:panel-exposure');
      return frame.exposure();
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

  watchConversation(adapter, win, signal, () => {
    const next = readPageState(adapter, doc, new URL(win.location.href));
    const changed = !sameConversation(state, next);
    state = next;
    if (changed) lastSummary = null;
    if (changed) void broadcast('page:state-changed', next);
  });
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
