// The content script's whole job on a host page: pick the host adapter, dock the panel, follow the
// conversation through in-app navigation, and answer the panel (page state, insert into the reply box).
import { storage } from '#imports';
import { adapterForDocument } from '../hosts/registry';
import { watchConversation } from '../hosts/watch';
import { isLookupFailure, type HostAdapter } from '../hosts/types';
import { getSettings, isHostEnabled, watchSettings, type Settings } from '../settings';
import { insertIntoEditor, lastEditor, replaceInEditor, trackCaret } from '../editors';
import { broadcast, onMessage, type PageState } from '../messaging/protocol';
import { mountPanelFrame } from '../panel-frame';
import { selectionContext } from '../context-menu/selection';
import { readPageState, sameConversation } from './state';

const panelExpanded = storage.defineItem<boolean>('local:panelExpanded', { fallback: true });

export interface PageSessionOptions {
  win: Window;
  signal: AbortSignal;
  panelUrl: string;
}

/**
 * Runs the panel on this page while the agent has the host switched on (options page, "Hosts"),
 * and takes it down or brings it back when that setting changes, without a reload.
 */
export async function startPageSession(opts: PageSessionOptions): Promise<void> {
  const adapter = adapterForDocument(opts.win.document, new URL(opts.win.location.href));
  let running: AbortController | null = null;
  const apply = (settings: Settings) => {
    const enabled = isHostEnabled(settings, adapter.id);
    if (enabled && !running && !opts.signal.aborted) {
      running = new AbortController();
      void runPageSession(adapter, { ...opts, signal: AbortSignal.any([opts.signal, running.signal]) });
    } else if (!enabled && running) {
      running.abort();
      running = null;
    }
  };
  apply(await getSettings());
  const unwatch = watchSettings((next) => apply(next));
  opts.signal.addEventListener('abort', unwatch, { once: true });
}

async function runPageSession(adapter: HostAdapter, opts: PageSessionOptions): Promise<void> {
  const { win, signal } = opts;
  const doc = win.document;

  let state: PageState = readPageState(adapter, doc, new URL(win.location.href));
  const expanded = await panelExpanded.getValue();
  if (signal.aborted) return;
  const frame = mountPanelFrame(doc, opts.panelUrl, {
    expanded,
    onToggle: (expanded) => void panelExpanded.setValue(expanded),
  });
  signal.addEventListener('abort', () => frame.remove(), { once: true });

  trackCaret(doc, signal);
  // The summary this page's reply got last: inserting again replaces it (found by its lines).
  let lastSummary: string | null = null;

  const stopListening = [
    onMessage('page:state', () => state),
    // The context menu's "Add selection as commitment" asks who wrote the selected words.
    onMessage('page:selection-context', ({ data }) => selectionContext(adapter, doc, new URL(win.location.href), win.getSelection(), data.text)),
    onMessage('page:insert', async ({ data }) => {
      const found = adapter.replyEditor(doc, new URL(win.location.href));
      // When the adapter's selectors broke, the editor the agent last typed in is the best guess,
      // then the focused one (insertIntoEditor follows focus into shadow roots and iframes from
      // the body); failing that, it copies the summary and says so.
      const editor = isLookupFailure(found) ? (lastEditor(doc) ?? doc.body) : found;
      const content = { text: data.text, html: data.html };
      const result =
        lastSummary !== null && data.mode !== 'add'
          ? await replaceInEditor(editor, lastSummary, content)
          : await insertIntoEditor(editor, content);
      if (result.ok) lastSummary = data.text;
      return result;
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
    if (changed) lastSummary = null;
    if (changed) void broadcast('page:state-changed', next);
  });
}
