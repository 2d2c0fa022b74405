// findCommitments: the promises and requests inside one message of the conversation. "I"/"we" is the
// message's author, "you" the other side. Relative words resolve from the message's sent time
// (`sentAt`), while what is already past is decided against ctx.now.
import { coach } from './coaching';
import { findPromise } from './detect';
import { splitClauses } from './clauses';
import { buildDraft } from './draft';
import { findRequest } from './request';
import { splitSentences } from './sentences';
import type { CommitmentDraft, ParseContext, Party } from './types';

/** Sentences beyond this are not scanned: a message with more is a pasted document. */
const MAX_SENTENCES = 200;

function otherSide(author: Party): Party {
  return author === 'customer' ? 'agent' : author === 'agent' ? 'customer' : 'agent';
}

/** The instant an ISO `sentAt` names, or null when it is missing or unreadable (never a guess). */
export function sentInstant(sentAt: unknown): Date | null {
  if (typeof sentAt !== 'string' || !sentAt.trim()) return null;
  // Only ISO-looking text: Date.parse reads "Mon" or "3" too, and a wrong anchor is worse than none.
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i.test(sentAt.trim())) return null;
  const t = Date.parse(sentAt.trim());
  return Number.isFinite(t) ? new Date(t) : null;
}

export function findCommitments(message: { text: string; author: Party; sentAt?: string }, ctx: ParseContext): CommitmentDraft[] {
  try {
    const author: Party = message?.author === 'customer' || message?.author === 'third-party' ? message.author : 'agent';
    const sent = sentInstant(message?.sentAt);
    const resolveCtx: ParseContext = sent ? { ...ctx, now: sent } : ctx;
    const now = ctx?.now instanceof Date ? ctx.now : new Date();
    const perspective = {
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
      const promise = findPromise(sentence);
      if (promise) {
        out.push(coach(buildDraft(sentence, promise.clause, resolveCtx, perspective, true), now, coachOpts));
        continue;
      }
      const request = findRequest(sentence);
      if (!request) continue;
      const built = buildDraft(sentence, request.action, resolveCtx, perspective, false, {
        kind: 'request',
        party: perspective.other,
      });
      // A condition written before the request ("If it's not too late, could you…") stays with it;
      // a greeting or other lead-in does not.
      const lead = request.before ? splitClauses(request.before).conditions : [];
      const draft = lead.length ? { ...built, conditions: [...lead, ...built.conditions] } : built;
      // The agent's own troubleshooting asks ("Could you try restarting it?") are not tracked unless a
      // time bounds them; the customer's asks are what the agent must answer, with or without one.
      if (draft.vague && (request.needsDeadline || author === 'agent')) continue;
      out.push(coach(draft, now, coachOpts));
    }
    return out;
  } catch {
    return [];
  }
}
