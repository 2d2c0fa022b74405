// When the extension is updated (or reloaded, or removed) under an open tab, the old content script
// keeps running but its extension context is gone: messaging, storage and browser.i18n all throw,
// and its panel frame is dead. It notices (WXT's ctx, checked on a timer and when the agent comes
// back to the tab) and puts a notice where the panel was. The words for it are read while the
// context is alive; English is the fallback. The panel keeps its draft in extension storage while
// the agent types, so it is there again after the reload.
import type { I18nKey } from '../i18n-keys';
import { t } from '../i18n';

/** A translation that cannot throw: the catalog may be gone (the extension was updated). */
function safeT(key: I18nKey, fallback: string): string {
  try {
    const text = t(key);
    return text && text !== key ? text : fallback;
  } catch {
    return fallback;
  }
}

export interface UpdatedWords {
  message: string;
  reload: string;
}

export function readUpdatedWords(): UpdatedWords {
  return {
    message: safeT('extensionUpdated', 'Commitment Keeper was updated — reload this tab to keep working'),
    reload: safeT('extensionUpdatedReload', 'Reload this tab'),
  };
}

export interface InvalidationSource {
  readonly isInvalid: boolean;
  onInvalidated(cb: () => void): () => void;
  setInterval(handler: () => void, timeout?: number): number;
}

/**
 * Calls `onGone` once when the context is invalidated. WXT notices only when asked (isInvalid reads
 * browser.runtime.id), so it is asked every few seconds and whenever the agent returns to the tab.
 */
export function watchInvalidation(ctx: InvalidationSource, win: Window, onGone: () => void, everyMs = 2000): void {
  let called = false;
  const once = () => {
    if (called) return;
    called = true;
    win.removeEventListener('focus', check, true);
    win.document.removeEventListener('visibilitychange', check);
    onGone();
  };
  const check = () => void ctx.isInvalid;
  ctx.onInvalidated(once);
  ctx.setInterval(check, everyMs);
  win.addEventListener('focus', check, true);
  win.document.addEventListener('visibilitychange', check);
}
