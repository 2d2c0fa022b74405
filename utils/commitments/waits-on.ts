// "A promise due before what it waits on": the agent promises something once the other side has done
// their part, but dates their own promise earlier than that part ("I'll send the quote Monday once
// you send the specs Tuesday"). The promise cannot be kept as written. Pure: the condition's own
// deadline is read by the same parser as every commitment.
import { parseCommitment } from './parse';
import type { CommitmentDraft, Due, ParseContext } from './types';

/** Conditions that wait for something to happen first. */
const WAITS = /^(?:once|after|when|whenever|as\s+soon\s+as|upon|following|pending|if|provided(?:\s+that)?|assuming)\s+/i;
/**
 * "if it isn't fixed by Friday", "if you can't send it by Tuesday", "if nobody replies": a check, not
 * something the promise waits for. Every "-n't" contraction counts, not a list of some of them.
 */
const NEGATIVE = /\b(?:not|no|never|nobody|nothing|cannot|\w*n't)\b/i;

export interface WaitsLater {
  /** The condition as written ("once you send the specs Tuesday"). */
  condition: string;
  /** When what it waits on is due (later than the promise). */
  due: Due;
}

/**
 * The first condition of `draft` that waits on something due after the promise itself, or null. A
 * promise without a date, or conditions without one, give null: nothing to compare.
 */
export function dueBeforeWhatItWaitsOn(draft: Pick<CommitmentDraft, 'due' | 'conditions' | 'kind'>, ctx: ParseContext): WaitsLater | null {
  if (draft.kind !== 'promise' || !draft.due) return null;
  const promiseAt = Date.parse(draft.due.at);
  if (!Number.isFinite(promiseAt)) return null;
  for (const condition of draft.conditions ?? []) {
    const words = condition.trim();
    if (!WAITS.test(words) || NEGATIVE.test(words)) continue;
    // Read as a commitment of its own ("you send the specs Tuesday"): its deadline, the parser's.
    const due = parseCommitment(words.replace(WAITS, ''), ctx).due;
    const at = due ? Date.parse(due.at) : NaN;
    if (due && Number.isFinite(at) && at > promiseAt) return { condition: words, due };
  }
  return null;
}
