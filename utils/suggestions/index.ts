// Commitments found in the conversation's own messages, offered to the agent as suggestions
// ("Customer wrote on Mon, May 13, 2024: … — Add?"). Pure: the panel supplies messages, what the
// ledger already holds, and what the agent dismissed.
//
// Each message is read from its own sent time (relative words such as "Wednesday" count from
// when it was written). Three kinds of suggestion:
// - a promise ("I'll send you our volumes by Wednesday"), to add as it is;
// - a promise a later message of the same party already kept ("volumes are attached"), offered as
//   done on that message's date (kept.ts);
// - a request to the agent's side ("Could you check … by Thursday?"), offered as the agent's own
//   promise with that deadline ("I'll check … by Thursday").
import { findCommitments } from '../commitments';
import type { CommitmentDraft, ParseContext, Party } from '../commitments/types';
import { swapPerson } from '../summary/phrasing';
import { findDelivery, keptTiming, type KeptTiming } from './kept';

export interface SuggestionSource {
  author: Party;
  authorName?: string;
  text: string;
  /** When the message was sent (ISO), when the host showed it. */
  sentAt?: string;
}

/** A later message that delivered what the suggestion promised. */
interface KeptBy {
  /** The delivering message's sent time (ISO); absent when the host showed none. */
  at?: string;
  /** Who sent it ("Priya Natarajan"). */
  byName?: string;
  /** Against the promise's deadline, by the real dates. */
  timing: KeptTiming;
  /** The words that delivered it. */
  sentence: string;
}

export interface Suggestion {
  /** Stable across reloads: what a dismissal remembers. */
  key: string;
  /** Who wrote the message. */
  author: Party;
  authorName?: string;
  /** When the message was sent (ISO), when known. */
  sentAt?: string;
  /**
   * 'promise': the draft as written. 'request': the other side asked; `draft` is then the agent's
   * promise to do it (agent's voice, the request's deadline) and `asked` the request as written.
   */
  kind: 'promise' | 'request';
  draft: CommitmentDraft;
  asked?: CommitmentDraft;
  /** Already delivered by a later message of the same party. */
  kept?: KeptBy;
}

/** Only the latest messages matter for what is still open; older promises were settled or noted. */
const MAX_SCANNED_MESSAGES = 30;
const MAX_SUGGESTIONS = 12;

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

/** Deadline words that already say how they bound the act ("by Friday", "within 2 days", "tomorrow"). */
const BOUNDED = /^(?:by|before|until|till|within|in|on|at|no later than|today|tonight|tomorrow|this|next|end|eod|cob|asap|first thing)\b/i;

/**
 * A request to the agent's side, rewritten as the agent's own promise: "Could you send me the rate
 * card by Friday?" → "I'll send you the rate card by Friday" (same deadline, same action).
 */
export function requestAsPromise(asked: CommitmentDraft): CommitmentDraft {
  const action = swapPerson(asked.action, 'I').trim();
  const when = asked.due?.text.trim();
  const deadline = when ? (BOUNDED.test(when) ? ` ${when}` : ` by ${when}`) : '';
  const text = `I'll ${action}${deadline}`;
  return { ...asked, text, action, party: 'agent', kind: 'promise' };
}

export function suggestCommitments(
  messages: readonly SuggestionSource[],
  ctx: ParseContext,
  opts: { existing: ReadonlyArray<Pick<CommitmentDraft, 'party' | 'action'>>; dismissed: ReadonlySet<string> },
): Suggestion[] {
  const existing = new Set(opts.existing.map(suggestionKey));
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  const scanned = messages.slice(-MAX_SCANNED_MESSAGES);
  // Newest first: the latest promises are the ones the agent is about to confirm.
  for (let i = scanned.length - 1; i >= 0; i--) {
    const message = scanned[i]!;
    const source = { text: message.text, author: message.author, ...(message.sentAt ? { sentAt: message.sentAt } : {}) };
    for (const found of findCommitments(source, ctx)) {
      const isRequest = found.kind === 'request';
      // Only requests to the agent's side are the agent's to answer.
      if (isRequest && found.party !== 'agent') continue;
      const draft = isRequest ? requestAsPromise(found) : found;
      const key = suggestionKey(draft);
      if (seen.has(key) || opts.dismissed.has(key) || existing.has(key)) continue;
      seen.add(key);
      const suggestion: Suggestion = { key, author: message.author, kind: isRequest ? 'request' : 'promise', draft };
      if (message.authorName) suggestion.authorName = message.authorName;
      if (message.sentAt) suggestion.sentAt = message.sentAt;
      if (isRequest) suggestion.asked = found;
      else {
        const kept = keptLater(draft, scanned, i);
        if (kept) suggestion.kept = kept;
      }
      out.push(suggestion);
      if (out.length >= MAX_SUGGESTIONS) return out;
    }
  }
  return out;
}

/** The first later message of the promising party that delivers it. */
function keptLater(draft: CommitmentDraft, messages: readonly SuggestionSource[], index: number): KeptBy | null {
  const promisedAt = messages[index]?.sentAt;
  for (let j = index + 1; j < messages.length; j++) {
    const later = messages[j]!;
    // A host that shows times out of order: do not trust the order then.
    if (promisedAt && later.sentAt && Date.parse(later.sentAt) < Date.parse(promisedAt)) continue;
    const delivery = findDelivery({ party: draft.party, action: draft.action }, later);
    if (!delivery) continue;
    const kept: KeptBy = { timing: keptTiming(draft.due?.at, later.sentAt), sentence: delivery.sentence };
    if (later.sentAt) kept.at = later.sentAt;
    if (later.authorName) kept.byName = later.authorName;
    return kept;
  }
  return null;
}

/** An open commitment of the ledger, as far as delivery detection needs it. */
export interface OpenCommitment {
  id: string;
  party: Party | null;
  action: string;
  status: string;
  createdAt: number;
  dueAt: number | null;
  deletedAt?: number | null;
}

export interface LedgerDelivery extends KeptBy {
  commitmentId: string;
}

/**
 * Open commitments of the ledger that a message sent after they were made delivers: "Mark done —
 * Priya sent it on Wed, May 15". Messages without a sent time cannot be placed after the
 * commitment, so they are not used.
 */
export function deliveriesForLedger(messages: readonly SuggestionSource[], commitments: readonly OpenCommitment[]): LedgerDelivery[] {
  const out: LedgerDelivery[] = [];
  const scanned = messages.slice(-MAX_SCANNED_MESSAGES);
  for (const c of commitments) {
    if (c.status !== 'open' || c.deletedAt) continue;
    for (const later of scanned) {
      if (!later.sentAt || Date.parse(later.sentAt) <= c.createdAt) continue;
      const delivery = findDelivery({ party: c.party, action: c.action }, later);
      if (!delivery) continue;
      const due = c.dueAt !== null ? new Date(c.dueAt).toISOString() : null;
      const found: LedgerDelivery = {
        commitmentId: c.id,
        at: later.sentAt,
        timing: keptTiming(due, later.sentAt),
        sentence: delivery.sentence,
      };
      if (later.authorName) found.byName = later.authorName;
      out.push(found);
      break;
    }
  }
  return out;
}

/**
 * A kept promise the ledger already holds in other words: its delivery is offered once, as "Mark
 * done" on the ledger's commitment, not again as a new suggestion.
 */
export function withoutDelivered(suggestions: readonly Suggestion[], deliveries: readonly LedgerDelivery[]): Suggestion[] {
  const delivered = new Set(deliveries.map((d) => `${d.at ?? ''}\u0000${d.sentence}`));
  return suggestions.filter((s) => !s.kept || !delivered.has(`${s.kept.at ?? ''}\u0000${s.kept.sentence}`));
}
