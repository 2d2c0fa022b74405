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
import { findReplyEditor, ladderReadings, readPageState, sameConversation } from './state';
import { pageDiagnostic } from '../hosts/diagnostic';

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

  const stopListening = [
    onMessage('page:state', () => state),
    // The context menu's "Add selection as commitment" asks who wrote the selected words.
    onMessage('page:selection-context', ({ data }) => selectionContext(adapter, doc, new URL(win.location.href), win.getSelection(), data.text)),
    onMessage('page:insert', async ({ data }) => {
      const url = new URL(win.location.href);
      const found = adapter.replyEditor(doc, url);
      // The ladder: when the adapter's selectors broke, the editor the agent last typed in (or is
      // in now), then the largest editable in the conversation; failing all, insertIntoEditor on
      // the body copies the summary and says so.
      const editor = isLookupFailure(found)
        ? (lastEditor(doc) ?? focusedEditor(doc) ?? findReplyEditor(adapter, doc, url) ?? doc.body)
        : found;
      return insertIntoEditor(editor, data);
    }),
    // Computed on request only; nothing leaves the machine: the panel copies it to the clipboard.
    onMessage('page:diagnostic', () => {
      const url = new URL(win.location.href);
      return { text: pageDiagnostic(adapter, doc, url, { readings: ladderReadings(adapter, doc, url) }) };
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
