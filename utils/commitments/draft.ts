// Builds a CommitmentDraft from one clause: deadline out of the main clause, conditions and
// reason split off, subject mapped to a party, and what is left becomes the action.
import { cutContrast, splitClauses } from './clauses';
import { collectDeadlines, pickDeadline, type DeadlineHit } from './deadlines/resolve';
import { lastOfJoinedActs } from './joined-acts';
import { ATTEMPT_BEFORE_TO, OWN_ACT_BEFORE_TO, partyOfSubject, splitSubject, type Perspective } from './party';
import { tidy } from './text';
import type { CommitmentDraft, ParseContext, Party } from './types';

// Words that promise without a time. They are dropped from the action and leave due null.
export const VAGUE =
  /\b(?:asap|a\.s\.a\.p\.?|as\s+soon\s+as\s+(?:possible|we\s+can|i\s+can|practicable)|shortly|soon|soonest|in\s+due\s+course|in\s+a\s+(?:bit|while|moment|few)|at\s+some\s+point|when(?:ever)?\s+(?:i|we)\s+(?:can|get\s+a\s+chance)|right\s+away|straight\s*away|promptly|at\s+(?:the|your)\s+earliest(?:\s+convenience)?|later)\b/gi;
const CUE = /\b(?:by|before|until|till|til|within|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|due(?:\s+on)?|on|at|in|for)\s*$/i;
const LEAD = /^(?:@\w+\s*)+/;
// "For" + a duration says how long something lasts ("a room for 3 nights", "we'll extend the trial
// for 14 days", "hold it for 2 weeks"), not when the act is due: such a span is never the deadline.
const LENGTH =
  /^for\s+(?:(?:the\s+)?(?:next|another|a\s+further|an\s+extra|an\s+additional)\s+)?(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|thirty|a\s+few|a\s+couple\s+of)\s*(?:more\s+)?(?:minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?)$/i;

// The "for (the)" a hit may start after: chrono reads "for the next 2 weeks" as "next 2 weeks".
const FOR_BEFORE = /\bfor\s+(?:the\s+)?$/i;
// Words that only say roughly when, just before the deadline's words or its cue ("sometime on
// Friday", "over the weekend", "late tomorrow afternoon", "by around 3pm"), and a part of the day just
// after them ("first thing tomorrow morning"): time talk the deadline already holds, never the act.
// Left in, the summary read "I'll review it over the by Saturday" or "call you late by 5:00 PM".
const ROUGHLY_BEFORE =
  /\b(?:sometime|some\s+time|around|roughly|approximately|at\s+about|early|late|over\s+the|during(?:\s+the)?|throughout(?:\s+the)?|through\s+the|hopefully|ideally|probably|likely|possibly|maybe|definitely)\s*$/i;
// Words that date the act from a moment rather than by it ("effective Jan 1", "after 3pm on
// Saturday", "starting Monday", "dated December 20"): the deadline holds the moment, so the word
// would dangle in the action ("upgrade your plan effective").
const FROM_BEFORE =
  /(?:,\s*)?\b(?:effective(?:\s+(?:from|on|as\s+of))?|as\s+of|starting(?:\s+(?:on|from))?|beginning(?:\s+on)?|from|after|dated)\s*$/i;
/** How far back a cue or a rough word before the deadline is looked for (the longest is "effective as of "). */
const WORDS_BEFORE = 32;
// An offer or a plan before the act ("I'd be happy to…", "Need to…"), and a hope or an attempt
// ("Hoping to…"): the words splitSubject refuses as a subject (party.ts), so both lists are one.
const OWN_ACT_LEAD = new RegExp(`^(?:be\\s+)?${OWN_ACT_BEFORE_TO}\\s+to\\s+`, 'i');
const ATTEMPT_LEAD = new RegExp(`^${ATTEMPT_BEFORE_TO}\\s+to\\s+`, 'i');
const PART_OF_DAY_AFTER = /^(?:-ish\b|\s*(?:in\s+the\s+)?(?:morning|afternoon|evening)\b)/i;
// What the deadline or a vague word leaves behind when it was written in brackets or beside a slash
// ("send it (by Friday)", "send it asap/today"): empty brackets and a lone slash, which mean nothing.
const LEFT_EMPTY = /\(\s*\)|\[\s*\]|(?<!\S)\/(?!\S)/g;

/** The words of a hit, with a "for (the)" just before it that the hit left out. */
function hitWords(main: string, h: DeadlineHit): string {
  const before = FOR_BEFORE.exec(main.slice(0, h.index));
  return main.slice(before ? before.index : h.index, h.index + h.length).trim();
}

/**
 * The deadline of the main clause, leaving out lengths ("for 3 days", "for the next 2 weeks"); of
 * two joined acts, the last one's (joined-acts.ts).
 */
function dueHitOf(main: string, ctx: ParseContext): DeadlineHit | null {
  try {
    const hits = collectDeadlines(main, ctx, false).filter((h) => !LENGTH.test(hitWords(main, h)));
    return lastOfJoinedActs(main, hits, pickDeadline(hits), ctx);
  } catch {
    return null;
  }
}

/** Subjects that name nobody: pronouns and the sides' own words ("the customer", "our team"). */
const UNNAMED = /^(?:i|we|you|they|he|she|it|them|someone|somebody|cust(?:omer)?|client|the\s+(?:customer|client|team))$/i;

/**
 * The subject's own words when they name someone other than the writer's and the reader's sides
 * ("Maria", "the courier", "Dana's manager", "Dana from our billing team"), for the summary's "Maria
 * will…". The sides themselves ("I", "our team", "you", the customer's or agent's own name) get none.
 */
function nameOfSubject(subject: string, party: Party, p: Perspective): string | null {
  const words = subject.trim().replace(/\s+/g, ' ');
  if (!words || words.length > 60 || UNNAMED.test(words)) return null;
  if (partyOfSubject(words, { ...p, customerName: undefined, agentName: undefined, unknownNameIsOther: false }) === p.self) return null;
  if (/^(?:you|your)\b/i.test(words)) return null;
  // The side's own person by their name, whole or first ("Dana Reyes", "Dana"): the side itself.
  const own = (party === 'customer' ? p.customerName : party === 'agent' ? p.agentName : undefined)?.trim().toLowerCase();
  const said = words.toLowerCase();
  if (own && (own === said || own.split(/\s+/)[0] === said)) return null;
  // "The courier" starts the note; inside the summary's line it is "the courier".
  return words.replace(/^(The|A|An)\s(?=\p{Ll})/u, (m) => m.toLowerCase());
}

export interface DraftOptions {
  /** 'request': the clause is what the other side was asked to do; `party` must then be given. */
  kind?: CommitmentDraft['kind'];
  /** Who must act, when the caller already knows (a request: the side asked). */
  party?: Party | null;
}

/**
 * One clause → draft, with `warnings` still empty: deadlines resolve from `ctx.now` (a message's sent
 * time), while what is past is decided by the caller against the real now (see coaching.ts).
 */
export function buildDraft(
  text: string,
  clause: string,
  ctx: ParseContext,
  p: Perspective,
  fallbackSelf: boolean,
  opts: DraftOptions = {},
): CommitmentDraft {
  const clauses = splitClauses(clause.replace(LEAD, ''));
  const { conditions, reason } = clauses;
  const main = cutContrast(clauses.main);
  const hit = dueHitOf(main, ctx);
  let rest = main;
  if (hit) {
    let from = hit.index;
    // "by around 3pm", "sometime before Friday": a cue and a rough word, in either order.
    for (let step = 0; step < 3; step++) {
      // The words just before only: these end-anchored patterns would otherwise be tried from
      // every position of a long clause, on every parse.
      const head = main.slice(Math.max(0, from - WORDS_BEFORE), from);
      const before = CUE.exec(head) ?? ROUGHLY_BEFORE.exec(head) ?? FROM_BEFORE.exec(head);
      if (!before) break;
      from -= head.length - before.index;
    }
    let to = hit.index + hit.length;
    const part = PART_OF_DAY_AFTER.exec(main.slice(to));
    if (part) to += part[0].length;
    rest = `${main.slice(0, from)} ${main.slice(to)}`;
    rest = rest.replace(/\bat\s+the\s+latest\b/i, '');
  }
  rest = tidy(rest.replace(VAGUE, ' ').replace(LEFT_EMPTY, ' '));

  let party: CommitmentDraft['party'] = opts.party ?? null;
  let action = rest;
  let partyName: string | null = null;
  const split = opts.party !== undefined ? null : splitSubject(rest);
  if (split) {
    party = partyOfSubject(split.subject, p);
    if (party) {
      action = split.rest;
      partyName = nameOfSubject(split.subject, party, p);
    }
  }
  if (!party && opts.party === undefined) {
    const bare = /^(?:and\s+)?(?:will|shall|'ll)\s+(.*)$/i.exec(rest);
    if (bare) {
      party = p.self;
      action = bare[1] ?? '';
    } else if (fallbackSelf && rest) {
      // A note with no subject ("send refund by Friday") is the agent's own to-do.
      party = p.self;
    }
  }
  // An offer ("I'd be happy to walk you through it", "Happy to send a replacement") or a plan ("Going
  // to ship it", "Need to call the carrier") promises the act itself; a hope or an attempt ("Hoping
  // to ship it Friday") is an attempt ("try to"); "be sure to", "make sure to", "try to" stay as
  // written. The summary puts "I'll" before the action: "I'll happy to send" was the line.
  action = tidy(
    action
      .replace(/^(?:please|pls|plz)\s+/i, '')
      .replace(OWN_ACT_LEAD, '')
      .replace(ATTEMPT_LEAD, 'try to ')
      .replace(/[.!?]+$/, ''),
  );
  return {
    text,
    party,
    action,
    due: hit?.due ?? null,
    vague: !hit,
    conditions,
    reason,
    kind: opts.kind ?? 'promise',
    warnings: [],
    ...(partyName ? { partyName } : {}),
  };
}
