// findCommitments: the promises and requests inside one message of the conversation. "I"/"we" is the
// message's author, "you" the other side. Relative words resolve from the message's sent time
// (`sentAt`), while what is already past is decided against ctx.now.
import { coach } from './coaching';
import { customerUndertakes } from './customer-acts';
import { findPromise, ROLE } from './detect';
import { splitClauses } from './clauses';
import { partyOfSubject, splitSubject, type Perspective } from './party';
import { buildDraft } from './draft';
import { findRequest } from './request';
import { splitSentences } from './sentences';
import { isParty, type CommitmentDraft, type ParseContext, type Party } from './types';

/** Sentences beyond this are not scanned: a message with more is a pasted document. */
const MAX_SENTENCES = 200;

function otherSide(author: Party): Party {
  return author === 'customer' ? 'agent' : author === 'agent' ? 'customer' : 'agent';
}

/** The instant an ISO `sentAt` names, or null when it is missing or unreadable (never a guess). */
function sentInstant(sentAt: unknown): Date | null {
  if (typeof sentAt !== 'string' || !sentAt.trim()) return null;
  // Only ISO-looking text: Date.parse reads "Mon" or "3" too, and a wrong anchor is worse than none.
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i.test(sentAt.trim())) return null;
  // A day the calendar lacks ("2026-02-30") is refused: Date.parse would roll it on to 2 March.
  const [y, m, d] = sentAt.trim().slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  if (day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return null;
  const t = Date.parse(sentAt.trim());
  return Number.isFinite(t) ? new Date(t) : null;
}

// Every deadline the parsers read holds a digit or one of these words (a cheap pre-check only).
const TIME_HINT =
  /\d|\b(?:today|tonight|tomorrow|tmrw?|tmr|tom|yesterday|(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?s?|week|weekend|fortnight|month|quarter|year|eod|cob|eob|eow|eom|noon|midnight|morning|afternoon|evening|night|end|close|next|this|coming|within|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|christmas|xmas|holidays?|asap|soon|later|hours?|hrs?|minutes?|mins?|secs?|seconds?|days?|midday|half\s+past|first\s+thing)\b/i;

/** Who acts in a passive promise: a named doer ("by the courier") or else the writer's side. */
// Who comes to the receiver from outside the writer's company: "Your cab will arrive in 7 minutes",
// "the courier should be with you by noon". A technician or a parcel is sent by the writer's side.
const COMER = String.raw`(?:your|the|a|an)\s+(?:[\w-]+\s+)?(?:cab|taxi|ride|driver|courier|carrier|chauffeur|shuttle|uber|lyft|postman|postwoman|mail\s+carrier|delivery\s+(?:driver|company|partner))s?\b`;
const OUTSIDE_COMER = new RegExp(`^${COMER}`, 'i');
// "Your cab is on its way, and it should arrive in 4 minutes": the pronoun stands for the comer.
const OUTSIDE_COMER_BEFORE = new RegExp(`\\b${COMER}`, 'i');

function passiveDoer(clause: string, p: Perspective, before = ''): Party {
  if (OUTSIDE_COMER.test(clause)) return 'third-party';
  if (/^(?:it|they)\b/i.test(clause) && OUTSIDE_COMER_BEFORE.test(before)) return 'third-party';
  const by = /\bby\s+((?:the|our|your|a|an)\s+[\w-]+(?:\s+(?:team|department))?|[A-Z][\w-]+)/.exec(clause);
  // "by the end of the week", "by Friday", "by EOD" bound the time, they name no doer.
  if (!by || DATE_LIKE.test(by[1]!)) return p.self;
  return partyOfSubject(by[1]!, p) ?? p.self;
}

// "I have let my manager know, they will give you a call": a pronoun whose person was named just
// before as one of the writer's own ("my manager", "our specialist") acts for the writer's side.
const OWN_ROLE_BEFORE = new RegExp(String.raw`\b(?:my|our)\s+(?:[\w-]+\s+){0,2}?${ROLE}s?\b`, 'i');
function pronounForOwnRole(sentence: string, promise: { clause: string; index: number }): boolean {
  return /^(?:they|he|she)\b/i.test(promise.clause) && OWN_ROLE_BEFORE.test(sentence.slice(0, promise.index));
}

// The words of a time after "by" ("by the end", "by Friday", "by EOD"), whole words only: a name that
// starts like one ("by Maria", "by Sunil", "by Janet") names the doer.
const DATE_LIKE =
  /\b(?:(?:end|start|beginning|close|middle|time|latest|earliest|day|week|weekend|month|quarter|year|morning|afternoon|evening|night)s?|noon|midnight|lunch(?:time)?|eod|cob|eow|today|tomorrow|tonight|next|this|christmas|xmas|easter|thanksgiving|(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:days?)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\d/i;

/**
 * Conditions and a reason written before the promise or request ("As soon as the carrier confirms,
 * I'll…", "If it's not too late, could you…") stay with it; a greeting or other lead-in does not.
 */
function withLead(draft: CommitmentDraft, lead: string): CommitmentDraft {
  if (!lead.trim()) return draft;
  const { conditions, reason } = splitClauses(lead);
  if (!conditions.length && !reason) return draft;
  return { ...draft, conditions: [...conditions, ...draft.conditions], reason: draft.reason ?? reason };
}

/** The clause's subject is the writer's own side ("I", "we", "my husband"). */
function ownSide(clause: string, p: Perspective): boolean {
  const subject = splitSubject(clause)?.subject;
  return subject !== undefined && partyOfSubject(subject, p) === p.self;
}

export function findCommitments(message: { text: string; author: Party; sentAt?: string }, ctx: ParseContext): CommitmentDraft[] {
  try {
    const author: Party = isParty(message?.author) ? message.author : 'agent';
    const sent = sentInstant(message?.sentAt);
    const resolveCtx: ParseContext = sent ? { ...ctx, now: sent } : ctx;
    const now = ctx?.now instanceof Date ? ctx.now : new Date();
    const perspective: Perspective = {
      self: author,
      other: otherSide(author),
      customerName: ctx?.customerName,
      agentName: ctx?.agentName,
      unknownNameIsOther: false,
    };
    const out: CommitmentDraft[] = [];
    const sentences = splitSentences(message?.text ?? '');
    for (const sentence of sentences.slice(0, MAX_SENTENCES)) {
      const coachOpts = { agentWords: author === 'agent', words: sentence };
      const found = findPromise(sentence);
      // A customer's own plan or choice ("I'll take a look at the Italian place") is no undertaking.
      const promise =
        found && author === 'customer' && found.form === 'active' && !customerUndertakes(found.clause) && ownSide(found.clause, perspective)
          ? null
          : found;
      if (promise) {
        // A passive or receiver-addressed promise ("Your refund will be processed…", "You'll get…") is
        // the writer's side acting, unless a third party is named as the doer ("…by the courier").
        const built =
          promise.form === 'active'
            ? buildDraft(
                sentence,
                promise.clause,
                resolveCtx,
                perspective,
                true,
                pronounForOwnRole(sentence, promise) ? { party: perspective.self } : {},
              )
            : buildDraft(sentence, promise.clause, resolveCtx, perspective, true, {
                party: passiveDoer(promise.clause, perspective, sentence.slice(0, promise.index)),
              });
        out.push(coach(withLead(built, sentence.slice(0, promise.index)), now, coachOpts));
        continue;
      }
      const request = findRequest(sentence);
      if (!request || (request.want && author !== 'customer')) continue;
      const mustBeDated = request.needsDeadline || author === 'agent';
      // Words without any time word cannot carry a deadline: skip the deadline parse for them.
      if (mustBeDated && !TIME_HINT.test(request.action)) continue;
      const built = buildDraft(sentence, request.action, resolveCtx, perspective, false, {
        kind: 'request',
        party: perspective.other,
      });
      const draft = withLead(built, request.before);
      // The agent's own troubleshooting asks ("Could you try restarting it?") are not tracked unless a
      // time bounds them; the customer's asks are what the agent must answer, with or without one.
      if (draft.vague && mustBeDated) continue;
      out.push(coach(draft, now, coachOpts));
    }
    return out;
  } catch {
    return [];
  }
}
