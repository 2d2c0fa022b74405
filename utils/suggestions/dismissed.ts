// Dismissed suggestions, remembered per conversation in the extension's local storage (never the
// page's), so a dismissed "Customer wrote: …" does not come back after a reload.
import { storage } from 'wxt/utils/storage';

/** Oldest conversations are forgotten first beyond this many. */
export const MAX_REMEMBERED_CONVERSATIONS = 500;

type Dismissals = Record<string, { at: number; keys: string[] }>;

const dismissedItem = storage.defineItem<Dismissals>('local:dismissedSuggestions', { fallback: {} });

export async function dismissedFor(conversationId: string): Promise<Set<string>> {
  const all = await dismissedItem.getValue();
  return new Set(all[conversationId]?.keys ?? []);
}

export async function dismissSuggestion(conversationId: string, key: string, now = Date.now()): Promise<void> {
  const all = { ...(await dismissedItem.getValue()) };
  const keys = new Set(all[conversationId]?.keys ?? []);
  keys.add(key);
  all[conversationId] = { at: now, keys: [...keys] };
  const ids = Object.keys(all);
  if (ids.length > MAX_REMEMBERED_CONVERSATIONS) {
    ids
      .sort((a, b) => (all[a]?.at ?? 0) - (all[b]?.at ?? 0))
      .slice(0, ids.length - MAX_REMEMBERED_CONVERSATIONS)
      .forEach((id) => delete all[id]);
  }
  await dismissedItem.setValue(all);
}
