// One clause can hold two acts of one party, each with its own deadline: "ship the part by Tuesday
// and install it by Thursday", "send the quote by Friday, then call you Monday". The promise is kept
// when its last act is done, so the last act's deadline is the commitment's, and the earlier ones
// stay in the action's words, where the summary repeats them as written. Taking the first one
// instead left the other in the action and the summary read "install it by Thursday by Tuesday".
// The last in the words, not the latest instant: the summary puts the deadline after the action, so
// only the last one's words can move there ("email the invoice by Friday and the receipt today" is
// tracked to today, and the summary still says both).
import { resolveDue, type DeadlineHit } from './deadlines/resolve';
import { splitSubject } from './party';
import type { ParseContext } from './types';

/**
 * What joins a second act to the first: "and", "and then", "then", "plus", ";", and "or" (either act
 * keeps the promise, so the summary says both and the last deadline is the latest accepted), after
 * an optional comma.
 */
const JOIN = /^\s*(?:,\s*)?(?:and(?:\s+then)?|then|plus|or|;(?:\s*(?:and\s+)?then)?)\s+(.*)$/is;
/**
 * A comma alone joins acts in a list ("ship by Monday, install it by Wednesday and …") when an act
 * of two words or more follows, not words about the same deadline ("by Friday, hopefully Thursday",
 * "by Friday, or Monday at the latest", "by Friday, at 5pm").
 */
const COMMA_JOIN =
  /^\s*,\s*(?!(?:or|hopefully|ideally|preferably|maybe|perhaps|probably|possibly|latest|at|the|but|if|unless|so|because|as|when|once|since|which|who|that)\b)(\p{L}+\s+\p{L}.*)$/isu;
/**
 * Words that make no act: a repeat ("… and again in the evening", "… and also Monday": the same act
 * again) and the cue and little words a deadline starts with ("in the", "by this", "no later than").
 */
const NO_ACT_WORDS =
  /\b(?:again|also|too|once\s+more|as\s+well|no\s+later\s+than|later|in|on|at|by|the|a|an|this|that|next|of|for|before|until|till|within)\b/gi;
/** A word of the second act itself (its verb or object): "by Monday and Tuesday" names no second act. */
const ACT_WORD = /\p{L}{2,}/u;

function subjectWord(words: string): string | null {
  const split = splitSubject(words);
  return split ? split.subject.trim().toLowerCase() : null;
}

/**
 * Whether the words between two deadlines start a second act of the same subject: a joining word,
 * then words of an act, and no other subject ("… and you'll get it Thursday" is someone else's).
 */
function startsJoinedAct(between: string, mainSubject: string | null): boolean {
  const joined = JOIN.exec(between) ?? COMMA_JOIN.exec(between);
  if (!joined) return false;
  const act = joined[1] ?? '';
  if (!ACT_WORD.test(act.replace(NO_ACT_WORDS, ' '))) return false;
  // Read from the act as written: with its little words gone, "the team will…" was "team will…".
  const subject = subjectWord(act);
  return subject === null || subject === mainSubject;
}

function instant(h: DeadlineHit): number {
  return Date.parse(h.due.at);
}

/** A weekday named alone ("Thursday", "on Thu at 3pm"): the one deadline word that counts from a moment. */
const WEEKDAY_ALONE =
  /^(?:on\s+)?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?(?!\s*,?\s*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i;

/**
 * A later act's deadline: said on a Wednesday, "ship it by Tuesday and install it by Thursday" means
 * the Thursday after that Tuesday, not tomorrow: a weekday named alone that would come first is read
 * again from the act before it. Any other words mean what they say ("… and the receipt today").
 */
function after(previous: DeadlineHit, next: DeadlineHit, clause: string, ctx: ParseContext): DeadlineHit {
  const words = clause.slice(next.index, next.index + next.length);
  if (!(instant(next) < instant(previous)) || !WEEKDAY_ALONE.test(words)) return next;
  const due = resolveDue(words, { ...ctx, now: new Date(instant(previous)) });
  return due && Date.parse(due.at) >= instant(previous) ? { ...next, due } : next;
}

/**
 * The deadline of the acts `chosen` starts: `chosen` itself, or the deadline of the last act joined
 * after it ("… by Tuesday and install it by Thursday" → Thursday). `hits` are in text order.
 */
export function lastOfJoinedActs(
  clause: string,
  hits: readonly DeadlineHit[],
  chosen: DeadlineHit | null,
  ctx: ParseContext,
): DeadlineHit | null {
  if (!chosen) return null;
  // Most clauses hold one deadline: nothing after it, no subject to read.
  if (!hits.some((h) => h.index >= chosen.index + chosen.length)) return chosen;
  const mainSubject = subjectWord(clause);
  let last = chosen;
  for (const hit of hits) {
    const end = last.index + last.length;
    if (hit.index < end) continue;
    // A hit may end in the comma after its words ("Monday,"): the comma belongs to what follows.
    const comma = clause.slice(last.index, end).endsWith(',') ? ',' : '';
    if (!startsJoinedAct(comma + clause.slice(end, hit.index), mainSubject)) break;
    last = after(last, hit, clause, ctx);
  }
  return last;
}
