// Coaching on the reply the agent is writing. Pure: the panel supplies the draft's text (already
// stripped of quotes, signature and summary by the content script), the parse context, what the
// ledger holds and what the agent dismissed in this panel.
//
// Three hints, one per thing found:
// - 'promise': a dated promise ("I'll send the invoice by Thursday") — "Your reply promises: … Add?";
//   when it waits on something due later ("I'll send the quote Monday once you send the specs
//   Tuesday"), the hint says so quietly (`waitsLater`);
// - 'vague':   a promise with no date ("We'll get back to you shortly") — add it with a quick date;
// - 'call-back': a sentence asking the customer to come back ("Please call us back if it happens
//   again") — the rewording that takes the next step with a date (suggestFollowUp).
// A call-back sentence usually holds no promise, so findCommitments finds nothing in it: it is
// looked for sentence by sentence with parseCommitment's own 'call-back' warning.
import { dueBeforeWhatItWaitsOn, findCommitments, parseCommitment, suggestFollowUp, type WaitsLater } from '../commitments';
import { VAGUE } from '../commitments/draft';
import { splitSentences } from '../commitments/sentences';
import type { CommitmentDraft, ParseContext } from '../commitments/types';
import { normalizeForMatch, suggestionKey } from './index';

export type DraftHint =
  | { kind: 'promise'; key: string; draft: CommitmentDraft; waitsLater?: WaitsLater }
  | { kind: 'vague'; key: string; draft: CommitmentDraft }
  | { kind: 'call-back'; key: string; sentence: string; rewording: string; draft: CommitmentDraft };

/** The one-click dates offered for a vague promise, in the words the parser reads. */
export const QUICK_DATES = ['today EOD', 'tomorrow', 'Friday'] as const;

/** A reply is short; past this only the start is coached (the parse runs on every pause). */
const MAX_COACHED_CHARS = 5000;
const MAX_DRAFT_HINTS = 8;

export function coachDraft(
  text: string,
  ctx: ParseContext,
  opts: { existing: ReadonlyArray<Pick<CommitmentDraft, 'party' | 'action'>>; dismissed: ReadonlySet<string> },
): DraftHint[] {
  const words = text.slice(0, MAX_COACHED_CHARS).trim();
  if (!words) return [];
  const existing = new Set(opts.existing.map(suggestionKey));
  const seen = new Set<string>();
  const hints: DraftHint[] = [];
  const offer = (hint: DraftHint) => {
    if (seen.has(hint.key) || opts.dismissed.has(hint.key) || hints.length >= MAX_DRAFT_HINTS) return;
    seen.add(hint.key);
    hints.push(hint);
  };

  for (const draft of findCommitments({ text: words, author: 'agent' }, ctx)) {
    // A question to the customer in the agent's reply is theirs to answer, not a promise made here.
    if (draft.kind === 'request') continue;
    const key = suggestionKey(draft);
    if (existing.has(key)) continue;
    const vague = draft.vague || !draft.due || (draft.warnings ?? []).includes('vague');
    if (vague) {
      offer({ kind: 'vague', key, draft });
      continue;
    }
    const waitsLater = dueBeforeWhatItWaitsOn(draft, ctx);
    offer({ kind: 'promise', key, draft, ...(waitsLater ? { waitsLater } : {}) });
  }

  for (const sentence of splitSentences(words)) {
    const parsed = parseCommitment(sentence, ctx);
    if (!(parsed.warnings ?? []).includes('call-back')) continue;
    const rewording = suggestFollowUp(parsed, ctx);
    // Its rewording already added as the agent's promise: nothing left to offer.
    if (existing.has(suggestionKey(parseCommitment(rewording, ctx)))) continue;
    offer({ kind: 'call-back', key: `call-back:${normalizeForMatch(sentence)}`, sentence, rewording, draft: parsed });
  }
  return hints;
}

/**
 * A vague promise with a quick date: the vague words ("shortly", "soon", "ASAP") give way to the
 * date ("We'll get back to you by tomorrow"), read again so the deadline is the parser's own.
 */
export function withQuickDate(draft: Pick<CommitmentDraft, 'text'>, when: string, ctx: ParseContext): CommitmentDraft {
  const base = draft.text
    .replace(VAGUE, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:!]+$/, '')
    .trim();
  return parseCommitment(`${base} by ${when}`, ctx);
}

/**
 * The quick dates worth offering now, each with the commitment it adds: one whose deadline has
 * already passed ("today EOD" after the workday ended) is left out, since adding it would record a
 * promise broken at birth.
 */
export function quickDatesFor(draft: Pick<CommitmentDraft, 'text'>, ctx: ParseContext): Array<{ when: string; draft: CommitmentDraft }> {
  const now = ctx.now instanceof Date ? ctx.now.getTime() : Date.now();
  return QUICK_DATES.map((when) => ({ when, draft: withQuickDate(draft, when, ctx) })).filter(({ draft: dated }) => {
    const at = dated.due ? Date.parse(dated.due.at) : NaN;
    return Number.isFinite(at) && at > now;
  });
}

/** The commitment a call-back hint adds: the rewording, read as the agent's own dated promise. */
export function fromRewording(hint: Extract<DraftHint, { kind: 'call-back' }>, ctx: ParseContext): CommitmentDraft {
  return parseCommitment(hint.rewording, ctx);
}
