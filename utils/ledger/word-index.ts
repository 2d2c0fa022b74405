// The search's word index: each open, live commitment keeps `openWords`, the normalised words of its
// own text and of its conversation (subject, customer), in a multi-entry index. A search looks each
// query word up as a prefix in that index ("custo" finds "Customer"), so a query that matches nothing
// costs a few index probes instead of reading every open commitment (3.5 s at 100,000 before).
//
// Like `openDueAt`, the key exists only while the commitment is open and not deleted (IndexedDB leaves
// records without it out of the index), so the index holds the open backlog only, and the service
// strips it before handing records out. Pure, apart from `refreshConversationWords`.
import type { Table } from 'dexie';
import type { StoredCommitment } from './db';
import type { CommitmentRecord, ConversationRecord } from './types';

/** Bounds: a 20,000-character note indexes at most this many distinct words, each cut to this length. */
const MAX_WORDS = 200;
const MAX_WORD_CHARS = 40;

/**
 * Lower case, accents off (NFKD, combining marks dropped), split on anything that is not a letter or
 * a digit: "Zoë's re-send, customer@example.com" → zoe, s, re, send, customer, example, com.
 */
export function normalisedWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => w.slice(0, MAX_WORD_CHARS));
}

/** The distinct words of a commitment and its conversation, as stored in `openWords`. */
export function searchWordsOf(
  c: Pick<CommitmentRecord, 'text' | 'action' | 'partyName' | 'party'>,
  conv: Pick<ConversationRecord, 'subject' | 'customerName' | 'customerEmail' | 'customerOrg'> | null | undefined,
): string[] {
  const texts = [
    c.text,
    c.action,
    c.partyName ?? '',
    c.party ?? '',
    conv?.subject ?? '',
    conv?.customerName ?? '',
    conv?.customerEmail ?? '',
    conv?.customerOrg ?? '',
  ];
  return [...new Set(texts.flatMap(normalisedWords))].slice(0, MAX_WORDS);
}

/** `openWords` for a stored commitment: its words while open and live, else undefined (out of the index). */
export function openWordsOf(
  c: Pick<StoredCommitment, 'status' | 'deletedAt' | 'text' | 'action' | 'partyName' | 'party'>,
  conv: Parameters<typeof searchWordsOf>[1],
): string[] | undefined {
  if (c.status !== 'open' || c.deletedAt !== null) return undefined;
  return searchWordsOf(c, conv);
}

export function sameWords(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/** The query's words, each to be matched as a word prefix. */
export function queryWords(text: string): string[] {
  return [...new Set(normalisedWords(String(text)))];
}

/** After a conversation's subject or customer changed: its open commitments' words again. */
export async function refreshConversationWords(commitments: Table<StoredCommitment, string>, conv: ConversationRecord): Promise<void> {
  await commitments
    .where('[conversationId+createdAt]')
    .between([conv.id, -Infinity], [conv.id, Infinity], true, true)
    .modify((c) => {
      const words = openWordsOf(c, conv);
      if (sameWords(words, c.openWords)) return;
      if (words === undefined) delete c.openWords;
      else c.openWords = words;
    });
}
