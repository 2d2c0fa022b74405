// When a commitment waits for another one ("within 1 business day once your volumes arrive", linked
// to the customer's "volumes by Wednesday"), its real deadline follows the other side's date. Pure:
// derived every time from the link, never stored, so that moving the customer's date moves this one
// with no write (and nothing to get out of step).
import { resolveDue } from './deadlines/resolve';
import { SPAN_PATTERN } from './deadlines/words';
import type { Due, ParseContext } from './types';

/**
 * Deadline words that count from a starting moment rather than naming a day: "within 1 business
 * day", "in 2 hours", "next business day", "24 hours", "the day after", "3 days later". Said
 * together with a condition, they count from when the condition is met.
 */
// Both counted forms share one count and one unit (words.ts's SPAN_PATTERN): "within forty-eight hours"
// and "forty-eight hours later", "a couple of days later" and "within a couple of days" (the count was
// once a shorter list after "later", so "six days later" was read as six days from today, not from the
// step it waits on).
const RELATIVE_DEADLINE = new RegExp(
  `\\b(?:(?:within|in|inside(?: of)?|under)\\s+${SPAN_PATTERN}|next\\s+(?:business|working)\\s+day|the\\s+(?:next|following)\\s+(?:business\\s+|working\\s+)?day|(?:the\\s+)?(?:same|that)\\s+day|${SPAN_PATTERN}\\s+(?:later|after)|the\\s+day\\s+after)\\b`,
  'i',
);

/** Whether the deadline words count from a moment ("within 2 business days") rather than name a day ("by Friday"). */
export function isRelativeDeadline(text: string | null | undefined): boolean {
  if (typeof text !== 'string') return false;
  // A named day or date in the words makes it absolute: "within 2 days, by Friday at the latest".
  if (/\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:today|tonight|tomorrow|\d{1,2}\/\d{1,2})\b/i.test(text))
    return false;
  return RELATIVE_DEADLINE.test(text);
}

type DependencyTimingKind =
  /** Waits for nothing dated: its own deadline stands. */
  | 'independent'
  /** Counted from what it waits for: "within 1 business day" of Wednesday → Thursday. */
  | 'relative'
  /** Its own date, at or after what it waits for. */
  | 'after'
  /** Its own date is before what it waits for: impossible as written. */
  | 'before'
  /** Counted from something that has no date yet: no date can be given. */
  | 'waiting';

export interface DependencyTiming {
  kind: DependencyTimingKind;
  /** The deadline to show and remind on (null for 'waiting' or no deadline at all). */
  due: Due | null;
  /** The latest deadline among what it waits for, when it is dated. */
  basis: Due | null;
}

function instant(due: Due | null | undefined): number | null {
  if (due == null || typeof due.at !== 'string') return null;
  const ms = Date.parse(due.at);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * The deadline a commitment really has, given the deadlines of the open commitments it waits for
 * (`waitsFor`; null for one without a date). `ctx` is the agent's zone and workday, as the words
 * were first read with.
 */
export function dependencyTiming(due: Due | null, waitsFor: ReadonlyArray<Due | null>, ctx: Omit<ParseContext, 'now'>): DependencyTiming {
  if (waitsFor.length === 0) return { kind: 'independent', due, basis: null };
  const relative = due != null && isRelativeDeadline(due.text);
  if (waitsFor.some((d) => instant(d) == null)) {
    // Counted from a moment nobody has dated: say so rather than count from today.
    return relative ? { kind: 'waiting', due: null, basis: null } : { kind: 'independent', due, basis: null };
  }
  let basis: Due | null = null;
  for (const d of waitsFor) if (basis == null || instant(d)! > instant(basis)!) basis = d;
  if (basis == null) return { kind: 'independent', due, basis: null };
  const from = instant(basis)!;
  if (due == null) return { kind: 'independent', due: null, basis };
  if (relative) {
    let counted: Due | null = null;
    try {
      counted = resolveDue(due.text, { ...ctx, now: new Date(from) });
    } catch {
      counted = null;
    }
    if (counted && instant(counted)! >= from) return { kind: 'relative', due: { ...counted, text: due.text }, basis };
  }
  const own = instant(due);
  if (own == null) return { kind: 'independent', due, basis };
  return own < from ? { kind: 'before', due, basis } : { kind: 'after', due, basis };
}

/** What `effectiveDeadlines` needs of a commitment (a ledger record fits). */
export interface LinkedCommitment {
  id: string;
  due: Due | null;
  dependsOn?: readonly string[] | null;
  status?: string;
  deletedAt?: number | null;
}

/**
 * Every commitment's timing from its links, by id. Links follow chains (A waits for B which waits
 * for C) with each link's derived date; a cycle or a done/deleted link counts as no link.
 */
export function effectiveDeadlines(records: readonly LinkedCommitment[], ctx: Omit<ParseContext, 'now'>): Map<string, DependencyTiming> {
  const byId = new Map(records.map((r) => [r.id, r]));
  const out = new Map<string, DependencyTiming>();
  const visiting = new Set<string>();
  const open = (r: LinkedCommitment | undefined): r is LinkedCommitment =>
    r != null && (r.status === undefined || r.status === 'open') && (r.deletedAt ?? null) === null;
  const timing = (r: LinkedCommitment): DependencyTiming => {
    const known = out.get(r.id);
    if (known) return known;
    if (visiting.has(r.id)) return { kind: 'independent', due: r.due, basis: null };
    visiting.add(r.id);
    const links = (Array.isArray(r.dependsOn) ? r.dependsOn : [])
      .filter((id) => id !== r.id)
      .map((id) => byId.get(id))
      .filter(open)
      .filter((d) => !visiting.has(d.id));
    const result = dependencyTiming(
      r.due,
      links.map((d) => timing(d).due),
      ctx,
    );
    visiting.delete(r.id);
    out.set(r.id, result);
    return result;
  };
  for (const r of records) timing(r);
  return out;
}
