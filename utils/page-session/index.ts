// The content script's whole job on a host page: pick the host adapter, dock the panel, follow the
// conversation through in-app navigation, and answer the panel (page state, insert into the reply box).
import { storage } from '#imports';
import { adapterForDocument } from '../hosts/registry';
import { watchConversation } from '../hosts/watch';
import { isLookupFailure, type HostAdapter } from '../hosts/types';
import { getSettings, isHostEnabled, watchSettings, type Settings } from '../settings';
import { insertIntoEditor, lastEditor, trackCaret } from '../editors';
import { broadcast, onMessage, type PageState } from '../messaging/protocol';
import { mountPanelFrame } from '../panel-frame';
import { selectionContext } from '../context-menu/selection';
import { readPageState, sameConversation } from './state';
import { readUpdatedWords, type UpdatedWords } from './updated';

const panelExpanded = storage.defineItem<boolean>('local:panelExpanded', { fallback: true });

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
  const apply = (settings: Settings) => {
    const enabled = isHostEnabled(settings, adapter.id);
    if (enabled && !running && !opts.signal.aborted) {
      running = new AbortController();
      void runPageSession(adapter, { ...opts, updatedWords, stop: AbortSignal.any([opts.signal, running.signal]) });
    } else if (!enabled && running) {
      running.abort();
      running = null;
    }
  };
  apply(await getSettings());
  const unwatch = watchSettings((next) => apply(next));
  opts.signal.addEventListener('abort', unwatch, { once: true });
}

async function runPageSession(adapter: HostAdapter, opts: RunOptions): Promise<void> {
  const { win, stop: signal } = opts;
  const doc = win.document;

  let state: PageState = readPageState(adapter, doc, new URL(win.location.href));
  const expanded = await panelExpanded.getValue();
  if (signal.aborted) return;
  const frame = mountPanelFrame(doc, opts.panelUrl, {
    expanded,
    onToggle: (expanded) => void panelExpanded.setValue(expanded),
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

  const stopListening = [
    onMessage('page:state', () => state),
    // The context menu's "Add selection as commitment" asks who wrote the selected words.
    onMessage('page:selection-context', ({ data }) => selectionContext(adapter, doc, new URL(win.location.href), win.getSelection(), data.text)),
    onMessage('page:insert', async ({ data }) => {
      const found = adapter.replyEditor(doc, new URL(win.location.href));
      // When the adapter's selectors broke, the editor the agent last typed in is the best guess;
      // failing that, insertIntoEditor on the body copies the summary and says so.
      const editor = isLookupFailure(found) ? (lastEditor(doc) ?? doc.body) : found;
      return insertIntoEditor(editor, data);
    }),
    onMessage('panel:command', async ({ data: command }) => {
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
    if (changed) void broadcast('page:state-changed', next);
  });
}
