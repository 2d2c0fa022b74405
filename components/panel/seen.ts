// Acting only when the panel is really seen: insert, copy, done and delete ask here first.
//
// Two views of one question. Inside the panel, IntersectionObserver v2 (`trackVisibility`) tells
// whether the browser painted the panel unobscured, with no opacity, transform or filter anywhere up
// its chain, across the frame boundary into the page. From outside, the content script checks the
// host element the page can still style (utils/panel-frame/exposure.ts) and names what it found.
// A page that makes the panel see-through and lays it over a decoy gets no action from a click.
import { askPage } from '@/utils/messaging/protocol';
import { t } from '@/utils/i18n';

export interface SeenVerdict {
  ok: boolean;
  /** Why nothing was done, in words for the agent. */
  reasons: string[];
}

/** Visible, by the observer, for at least this long before a click counts (a page cannot flash it in). */
export const MIN_VISIBLE_MS = 300;

interface Observed {
  visible: boolean;
  since: number;
}

let observed: Observed | null = null;
let supported = false;

/** Is IntersectionObserver v2 there (Chromium 74+)? Without it only the content script's check runs. */
function trackVisibilitySupported(win: Window = window): boolean {
  const entry = (win as Window & typeof globalThis).IntersectionObserverEntry;
  return typeof entry === 'function' && 'isVisible' in entry.prototype;
}

/** Starts watching `target` (the panel's main element); returns the stop. */
export function watchSeen(target: Element, win: Window = window, now: () => number = () => performance.now()): () => void {
  supported = trackVisibilitySupported(win);
  if (!supported) return () => undefined;
  const io = new (win as Window & typeof globalThis).IntersectionObserver(
    (entries) => {
      const last = entries[entries.length - 1] as (IntersectionObserverEntry & { isVisible?: boolean }) | undefined;
      if (!last) return;
      const visible = last.isVisible === true;
      if (observed?.visible !== visible) observed = { visible, since: now() };
    },
    // trackVisibility needs a delay of at least 100 ms; thresholds 0 and 1 report partial cover too.
    { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  );
  io.observe(target);
  return () => io.disconnect();
}

/** The observer's verdict alone (pure, for tests). */
export function observerVerdict(state: Observed | null, isSupported: boolean, at: number): string | null {
  if (!isSupported) return null;
  if (!state || !state.visible) return t('seenCoveredByPage');
  if (at - state.since < MIN_VISIBLE_MS) return t('seenJustShown');
  return null;
}

/**
 * May the panel act now? `via: 'keyboard'` (a browser keyboard command the page cannot send) skips
 * the observer, whose report lags the panel being shown by the command; the host check still runs.
 */
export async function checkSeen(
  tabId: number | null,
  via: 'click' | 'keyboard' = 'click',
  now: () => number = () => performance.now(),
): Promise<SeenVerdict> {
  const reasons: string[] = [];
  if (via === 'click') {
    const r = observerVerdict(observed, supported, now());
    if (r) reasons.push(r);
  }
  if (tabId !== null) {
    try {
      // Through the background, like the panel's other page requests (Firefox's panel has no tabs API).
      const exposure = await askPage('page:panel-exposure', undefined);
      if (!exposure.ok) reasons.push(...exposure.problems);
    } catch {
      reasons.push(t('seenPageNotAsked'));
    }
  }
  return { ok: reasons.length === 0, reasons };
}
