// The entry box's words, kept in extension storage per conversation while the agent types, so that
// they survive what the panel itself does not: an extension update (the old panel's context is gone
// and the tab must be reloaded), a tab reload, a browser restart. Restored when the panel opens on
// that conversation again; removed once saved.
import { panelDraftsItem } from '@/utils/storage-items';
import { usePanelStore } from './store';

/** Older drafts than this are dropped, and no more than MAX_DRAFTS are kept. */
const MAX_AGE_MS = 14 * 24 * 3_600_000;
const MAX_DRAFTS = 50;
const SAVE_DELAY_MS = 250;

export async function loadDraft(conversationId: string): Promise<string | null> {
  const all = await panelDraftsItem.getValue();
  const found = all[conversationId];
  return found && Date.now() - found.at < MAX_AGE_MS ? found.text : null;
}

async function saveDraft(conversationId: string, text: string, now = Date.now()): Promise<void> {
  const all = { ...(await panelDraftsItem.getValue()) };
  if (text) all[conversationId] = { text, at: now };
  else delete all[conversationId];
  const kept = Object.entries(all)
    .filter(([, d]) => now - d.at < MAX_AGE_MS)
    .sort((a, b) => b[1].at - a[1].at)
    .slice(0, MAX_DRAFTS);
  await panelDraftsItem.setValue(Object.fromEntries(kept));
}

/**
 * Follows the store: each change of the current conversation's entry box is written shortly after
 * (one write per pause in typing). Returns the function that stops.
 */
export function persistDrafts(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: { conversationId: string; text: string } | null = null;
  const flush = () => {
    if (!pending) return;
    const { conversationId, text } = pending;
    pending = null;
    // Storage is gone when the extension was updated under this panel: nothing more to keep.
    void saveDraft(conversationId, text).catch(() => undefined);
  };
  const unsubscribe = usePanelStore.subscribe((s, prev) => {
    if (s.conversationId === null || (s.draft === prev.draft && s.conversationId === prev.conversationId)) return;
    if (s.conversationId !== prev.conversationId) {
      flush();
      return;
    }
    pending = { conversationId: s.conversationId, text: s.draft };
    clearTimeout(timer);
    timer = setTimeout(flush, SAVE_DELAY_MS);
  });
  const onHide = () => flush();
  addEventListener('pagehide', onHide);
  return () => {
    flush();
    clearTimeout(timer);
    unsubscribe();
    removeEventListener('pagehide', onHide);
  };
}
