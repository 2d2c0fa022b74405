// Dismissed suggestions, remembered per conversation in the extension's local storage (never the
// page's), so a dismissed "Customer wrote: …" does not come back after a reload.
import { dismissedSuggestionsItem as dismissedItem, type Dismissals } from '../storage-items';

/** Oldest conversations are forgotten first beyond this many. */
export const MAX_REMEMBERED_CONVERSATIONS = 500;

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

/**
 * Re-keys dismissals to the conversation ids the ledger moved them to (schema 3 made ids name the
 * site). An id with no move stays as it is: nothing is dropped. Background only; idempotent.
 */
export async function followDismissedMoves(readMoves: () => Promise<Array<{ from: string; to: string }>>): Promise<number> {
  const all = await dismissedItem.getValue();
  const stale = Object.keys(all).filter((id) => !id.includes('|'));
  if (stale.length === 0) return 0;
  const moves = new Map((await readMoves()).map((m) => [m.from, m.to] as const));
  const next: Dismissals = { ...all };
  let moved = 0;
  for (const from of stale) {
    const to = moves.get(from);
    if (!to) continue;
    const a = next[from]!;
    const b = next[to];
    next[to] = { at: Math.max(a.at, b?.at ?? 0), keys: [...new Set([...(b?.keys ?? []), ...a.keys])] };
    delete next[from];
    moved++;
  }
  if (moved) await dismissedItem.setValue(next);
  return moved;
}
