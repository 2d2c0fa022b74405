// Selected words → the commitment to store. Pure.
import { findCommitments, parseCommitment } from '../commitments';
import type { CommitmentDraft, ParseContext, Party } from '../commitments/types';

/** Longer selections are not one promise; the start is kept (the ledger takes the rest as written). */
const MAX_SELECTION_CHARS = 2000;

export interface SelectionDraft {
  draft: CommitmentDraft;
  /** Who must act, by name, when that is the message's author and the page names them. */
  partyName: string | null;
  /** Set when the words are not the agent's own, so the summary swaps I/you. */
  writtenBy?: Party;
}

function swapSides(party: Party | null): Party | null {
  if (party === 'agent') return 'customer';
  if (party === 'customer') return 'agent';
  return party;
}

/**
 * Reads a selection as its author meant it: "I" is the author of the message holding it (findCommitments).
 * When the author is unknown the words are read as the agent's own note (parseCommitment). When
 * nothing in the words reads as a promise, the whole selection is kept as one note, with the sides
 * swapped for a customer's words ("I" there is the customer).
 */
export function draftFromSelection(text: string, author: Party | null, authorName: string | null, ctx: ParseContext): SelectionDraft {
  const words = text.trim().slice(0, MAX_SELECTION_CHARS);
  if (author === null) return { draft: parseCommitment(words, ctx), partyName: null };
  const [found] = findCommitments({ text: words, author }, ctx);
  let draft = found;
  if (!draft) {
    const note = parseCommitment(words, ctx);
    draft = author === 'customer' ? { ...note, party: swapSides(note.party) } : note;
  }
  return {
    draft,
    partyName: authorName && draft.party === author ? authorName : null,
    ...(author !== 'agent' ? { writtenBy: author } : {}),
  };
}
