// After the reply goes out: the hints on it that the agent neither added nor dismissed are offered
// once more ("From the reply you sent"), since the promises in it are now made to the customer.
// What was added is in the ledger already and stays there. Pure: the panel says what the draft and
// the thread were before and after.
import { parseCommitment } from '../commitments';
import type { CommitmentDraft, ParseContext } from '../commitments/types';
import type { PageMessage } from '../messaging/protocol';
import type { DraftHint } from './draft-coach';
import { normalizeForMatch, suggestionKey } from './index';

export interface ReplyMoment {
  /** The agent's own words in the reply box ('' when it is empty or gone). */
  draft: string;
  messages: readonly PageMessage[];
}

/** How much of the reply's start must be in a new message of the agent for it to be that reply. */
const MATCH_CHARS = 40;

/**
 * Whether the reply was sent between two moments: it had words and now the box is empty (or gone:
 * hosts close it on send), or the thread gained a message of the agent's that begins like it (a host
 * that keeps the box open after sending).
 */
export function replySent(before: ReplyMoment, after: ReplyMoment): boolean {
  const words = normalizeForMatch(before.draft);
  if (!words) return false;
  if (!normalizeForMatch(after.draft)) return true;
  if (after.messages.length <= before.messages.length) return false;
  const start = words.slice(0, MATCH_CHARS);
  return after.messages.slice(before.messages.length).some((m) => m.author === 'agent' && normalizeForMatch(m.text).includes(start));
}

/**
 * The hints offered once more after a send: those still open (not added: the ledger does not hold
 * their promise, and not dismissed), each once, dated hints first as they were shown.
 */
export function offeredAgain(lastShown: readonly DraftHint[], open: (hint: DraftHint) => boolean): DraftHint[] {
  const seen = new Set<string>();
  return lastShown.filter((hint) => {
    if (seen.has(hint.key) || !open(hint)) return false;
    seen.add(hint.key);
    return true;
  });
}

/**
 * Whether a hint is still open against the ledger: its promise (a call-back's: its rewording, as
 * the agent's promise) is not there. Added from the list after the send, it goes.
 */
export function stillOpen(hint: DraftHint, existing: ReadonlyArray<Pick<CommitmentDraft, 'party' | 'action'>>, ctx: ParseContext): boolean {
  const keys = new Set(existing.map(suggestionKey));
  const adds = hint.kind === 'call-back' ? parseCommitment(hint.rewording, ctx) : hint.draft;
  return !keys.has(suggestionKey(adds));
}
