// Docks the panel (an extension page in an iframe) to the right edge of the host page.
//
// Why not WXT's createIframeUi: its wrapper div sits in the page's light DOM, where host CSS
// (Gmail's and Zendesk's global resets) reaches it and page scripts can find the iframe's URL.
// A closed shadow root keeps both out; use_dynamic_url in the manifest keeps the URL per-session.

import type { Exposure, panelExposure } from './exposure';
import { t } from '../i18n';
import type { Translate } from '../i18n-keys';

const PANEL_WIDTH_PX = 380;
export const PANEL_HOST_TAG = 'commitment-keeper-panel';
const HOST_TAG = PANEL_HOST_TAG;

export interface PanelFrame {
  readonly expanded: boolean;
  setExpanded(expanded: boolean): void;
  toggle(): void;
  /**
   * How many hints the panel has on the reply being written: shown quietly on the collapsed handle
   * ("◂ Commitments · 2"), never as anything over the page.
   */
  setHintCount(count: number): void;
  /** What the handle says to assistive technology (the shadow root is closed; for tests too). */
  readonly handleLabel: string;
  /** Focuses the iframe so keyboard commands reach the panel. */
  focus(): void;
  /**
   * The extension was updated under this page: the panel frame is dead. Puts a notice with a reload
   * button in its place (built by the content script, so it needs no extension API).
   */
  showUpdated(words: { message: string; reload: string }): void;
  /**
   * Is the frame shown as drawn (not hidden, moved, see-through or covered by the page)? `check` is
   * `panelExposure`, which comes with the insert kit: asked only before the panel acts on a click, so
   * it stays out of the script injected into every page.
   */
  exposure(check: typeof panelExposure): Exposure;
  remove(): void;
}

const STYLE = `
:host { all: initial; }
.dock { position: fixed; top: 0; right: 0; bottom: 0; z-index: 2147483646; display: flex;
  align-items: stretch; pointer-events: none; font: 13px system-ui, sans-serif; }
.handle { pointer-events: auto; align-self: center; width: 26px; height: 88px; margin-right: -1px;
  border: 1px solid #c5cbd3; border-right: none; border-radius: 8px 0 0 8px; background: #1f6feb;
  color: #fff; cursor: pointer; writing-mode: vertical-rl; font: 600 13px system-ui, sans-serif;
  letter-spacing: .04em; padding: 0; }
.handle:focus-visible { outline: 3px solid #ffbf47; }
iframe { position: relative; pointer-events: auto; width: ${PANEL_WIDTH_PX}px; height: 100%; border: none;
  border-left: 1px solid #c5cbd3; background: transparent; box-shadow: -4px 0 16px rgba(0,0,0,.12); }
.frame { position: relative; display: flex; }
.shell { position: absolute; inset: 0 0 0 1px; padding: 10px 12px; background: #fff; color: #1b1f24;
  font: 13px/1.4 system-ui, sans-serif; }
.shell h1 { font-size: 15px; margin: 0 0 2px; }
.shell p { margin: 0; font-weight: 600; color: #57606a; }
@media (prefers-color-scheme: dark) { .shell { background: #0d1117; color: #e6edf3; } .shell p { color: #9ea7b3; } }
.dock.collapsed .frame { display: none; }
.updated { pointer-events: auto; align-self: flex-start; width: ${PANEL_WIDTH_PX - 24}px; margin: 12px; padding: 12px;
  border: 1px solid #d4a72c; border-radius: 8px; background: #fff8c5; color: #3b2300;
  box-shadow: -4px 0 16px rgba(0,0,0,.12); font: 13px/1.4 system-ui, sans-serif; }
.updated p { margin: 0 0 8px; }
.updated button { font: 600 12px system-ui, sans-serif; padding: 4px 10px; cursor: pointer; }
`;

export function mountPanelFrame(
  doc: Document,
  panelUrl: string,
  opts: { expanded: boolean; onToggle?: (expanded: boolean) => void; /** The frame's words (default: browser.i18n). */ t?: Translate },
): PanelFrame {
  const tr = opts.t ?? t;
  // Never mount twice (a re-injected content script, an in-app navigation): reuse is the caller's
  // job, so a stale host from an earlier script instance is removed here.
  doc.querySelectorAll(HOST_TAG).forEach((el) => el.remove());

  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const dock = doc.createElement('div');
  dock.className = 'dock';
  const handle = doc.createElement('button');
  handle.className = 'handle';
  handle.type = 'button';
  const iframe = doc.createElement('iframe');
  iframe.src = panelUrl;
  iframe.title = tr('frameTitle');
  // Clipboard writes from the panel (copy summary) need the permission delegated to the frame.
  iframe.allow = 'clipboard-write';
  // The panel's first screen (its title, "Reading the page…"), drawn here under the frame while the
  // frame loads (an extension page in its own process: 140 ms and more before its first paint). The
  // frame is see-through until its page paints its own background over this. Only these fixed words:
  // nothing of the ledger is ever put into the host page's DOM.
  const shell = doc.createElement('div');
  shell.className = 'shell';
  shell.setAttribute('aria-hidden', 'true');
  const title = doc.createElement('h1');
  title.textContent = tr('panelTitle');
  const reading = doc.createElement('p');
  reading.textContent = tr('panelReadingPage');
  shell.append(title, reading);
  const frameBox = doc.createElement('div');
  frameBox.className = 'frame';
  frameBox.append(shell, iframe);
  dock.append(handle, frameBox);
  shadow.append(style, dock);
  doc.documentElement.append(host);

  let expanded = opts.expanded;
  let hints = 0;
  const render = () => {
    dock.classList.toggle('collapsed', !expanded);
    handle.textContent = expanded ? tr('frameHide') : hints > 0 ? tr('frameShowWithHints', hints) : tr('frameShow');
    handle.setAttribute('aria-expanded', String(expanded));
    const showLabel = hints === 0 ? tr('frameShowLabel') : hints === 1 ? tr('frameShowLabelOneHint') : tr('frameShowLabelHints', hints);
    handle.setAttribute('aria-label', expanded ? tr('frameHideLabel') : showLabel);
  };
  const frame: PanelFrame = {
    get expanded() {
      return expanded;
    },
    setExpanded(next) {
      if (next === expanded) return;
      expanded = next;
      render();
      opts.onToggle?.(expanded);
    },
    toggle() {
      frame.setExpanded(!expanded);
    },
    setHintCount(count) {
      const next = Number.isInteger(count) && count > 0 ? count : 0;
      if (next === hints) return;
      hints = next;
      render();
    },
    get handleLabel() {
      return handle.getAttribute('aria-label') ?? '';
    },
    focus() {
      frame.setExpanded(true);
      iframe.focus();
    },
    showUpdated(words) {
      const box = doc.createElement('div');
      box.className = 'updated';
      box.setAttribute('role', 'alert');
      box.dataset.testid = 'extension-updated';
      const text = doc.createElement('p');
      text.textContent = words.message;
      const reload = doc.createElement('button');
      reload.type = 'button';
      reload.textContent = words.reload;
      reload.addEventListener('click', () => doc.defaultView?.location.reload());
      box.append(text, reload);
      dock.replaceChildren(box);
      // Visible state on the host (the shadow root is closed): tests, and a newer script, see it.
      host.dataset.state = 'updated';
    },
    remove() {
      host.remove();
    },
    exposure(check) {
      if (!expanded) return { ok: false, problems: [tr('exposureCollapsed')] };
      const win = doc.defaultView;
      if (!win) return { ok: false, problems: [tr('exposureNoWindow')] };
      return check(host, iframe, win as Window & typeof globalThis, PANEL_WIDTH_PX);
    },
  };
  handle.addEventListener('click', () => frame.toggle());
  render();
  return frame;
}
