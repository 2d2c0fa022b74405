// Commitments found in the conversation's own messages, offered to the agent as suggestions
// ("Customer wrote: … — Add?"). Pure: the panel supplies messages, what the ledger already holds,
// and what the agent dismissed.
import { findCommitments } from '../commitments';
import type { CommitmentDraft, ParseContext, Party } from '../commitments/types';

export interface SuggestionSource {
  author: Party;
  authorName?: string;
  text: string;
}

export interface Suggestion {
  /** Stable across reloads: what a dismissal remembers. */
  key: string;
  author: Party;
  authorName?: string;
  draft: CommitmentDraft;
}

/** Only the latest messages matter for what is still open; older promises were settled or noted. */
export const MAX_SCANNED_MESSAGES = 30;
export const MAX_SUGGESTIONS = 12;

/** Case, spacing and punctuation do not make a commitment different. */
export function normalizeForMatch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/** Who acts and what: the same promise quoted again, or reworded around, is one suggestion. */
export function suggestionKey(draft: Pick<CommitmentDraft, 'party' | 'action'>): string {
  return `${draft.party ?? 'unknown'}:${normalizeForMatch(draft.action)}`;
}

export function suggestCommitments(
  messages: readonly SuggestionSource[],
  ctx: ParseContext,
  opts: { existing: ReadonlyArray<Pick<CommitmentDraft, 'party' | 'action'>>; dismissed: ReadonlySet<string> },
): Suggestion[] {
  const existing = new Set(opts.existing.map(suggestionKey));
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  // Newest first: the latest promises are the ones the agent is about to confirm.
  for (const message of messages.slice(-MAX_SCANNED_MESSAGES).reverse()) {
    for (const draft of findCommitments({ text: message.text, author: message.author }, ctx)) {
      const key = suggestionKey(draft);
      if (seen.has(key) || opts.dismissed.has(key) || existing.has(key)) continue;
      seen.add(key);
      out.push({ key, author: message.author, ...(message.authorName ? { authorName: message.authorName } : {}), draft });
      if (out.length >= MAX_SUGGESTIONS) return out;
    }
  }
  return out;
}
