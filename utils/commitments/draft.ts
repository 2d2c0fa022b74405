// Builds a CommitmentDraft from one clause: deadline out of the main clause, conditions and
// reason split off, subject mapped to a party, and what is left becomes the action.
import { splitClauses } from './clauses';
import { findDueHit } from './deadlines/resolve';
import { partyOfSubject, splitSubject, type Perspective } from './party';
import { tidy } from './text';
import type { CommitmentDraft, ParseContext } from './types';

// Words that promise without a time. They are dropped from the action and leave due null.
export const VAGUE = /\b(?:asap|a\.s\.a\.p\.?|as\s+soon\s+as\s+(?:possible|we\s+can|i\s+can|practicable)|shortly|soon|soonest|in\s+due\s+course|in\s+a\s+(?:bit|while|moment|few)|at\s+some\s+point|when(?:ever)?\s+(?:i|we)\s+(?:can|get\s+a\s+chance)|right\s+away|straight\s*away|promptly|at\s+(?:the|your)\s+earliest(?:\s+convenience)?|later)\b/gi;
const CUE = /\b(?:by|before|until|till|til|within|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|due(?:\s+on)?|on|at|in|for)\s*$/i;
const LEAD = /^(?:@\w+\s*)+/;

export function buildDraft(text: string, clause: string, ctx: ParseContext, p: Perspective, fallbackSelf: boolean): CommitmentDraft {
  const { main, conditions, reason } = splitClauses(clause.replace(LEAD, ''));
  const hit = findDueHit(main, ctx);
  let rest = main;
  if (hit) {
    let from = hit.index;
    const cue = CUE.exec(main.slice(0, from));
    if (cue) from = cue.index;
    rest = `${main.slice(0, from)} ${main.slice(hit.index + hit.length)}`;
    rest = rest.replace(/\bat\s+the\s+latest\b/i, '');
  }
  rest = tidy(rest.replace(VAGUE, ' '));

  let party: CommitmentDraft['party'] = null;
  let action = rest;
  const split = splitSubject(rest);
  if (split) {
    party = partyOfSubject(split.subject, p);
    if (party) action = split.rest;
    else if (/^(?:will|shall|'ll)$/i.test(split.modal) && /^(?:and\s+)?$/i.test(split.subject)) party = p.self;
  }
  if (!party) {
    const bare = /^(?:and\s+)?(?:will|shall|'ll)\s+(.*)$/i.exec(rest);
    if (bare) {
      party = p.self;
      action = bare[1] ?? '';
    } else if (fallbackSelf && rest) {
      // A note with no subject ("send refund by Friday") is the agent's own to-do.
      party = p.self;
    }
  }
  // An offer ("I'd be happy to walk you through it") promises the act itself; "be sure to",
  // "make sure to", "try to" stay as written.
  action = tidy(action.replace(/^(?:please|pls|plz)\s+/i, '').replace(/^be\s+(?:happy|glad)\s+to\s+/i, '').replace(/[.!]+$/, ''));
  return {
    text,
    party,
    action,
    due: hit?.due ?? null,
    vague: !hit,
    conditions,
    reason,
  };
}
