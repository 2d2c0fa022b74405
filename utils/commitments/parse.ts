// parseCommitment: a note the agent types in the panel. "I"/"we"/"our team" are the agent,
// "you"/"customer"/"client"/"cust:"/the customer's name are the customer, named others a third party.
// "Customer asked me to send the quote by Friday" is a request the customer made of the agent.
import { coach } from './coaching';
import { buildDraft } from './draft';
import { partyOfSubject, type Perspective } from './party';
import { findReportedQuestion, findReportedRequest } from './request';
import { clean, collapseSpaces, MAX_NOTE } from './text';
import type { CommitmentDraft, ParseContext } from './types';

function empty(text: string, action: string): CommitmentDraft {
  return { text, party: null, action, due: null, vague: true, conditions: [], reason: null, kind: 'promise', warnings: ['vague'] };
}

/** The question itself, after "whether"/"if": "the courier can come by Friday". */
const WHETHER_CLAUSE = /\b(?:whether|if)\s+(.+?)[?.!]*\s*$/i;

export function parseCommitment(text: string, ctx: ParseContext): CommitmentDraft {
  const raw = typeof text === 'string' ? text : '';
  const note = collapseSpaces(clean(raw, MAX_NOTE)).trim();
  const written = raw.length > MAX_NOTE ? raw.slice(0, MAX_NOTE) : raw;
  if (!note) return empty(written, '');
  try {
    const p: Perspective = {
      self: 'agent',
      other: 'customer',
      customerName: ctx?.customerName,
      agentName: ctx?.agentName,
      unknownNameIsOther: true,
    };
    const now = ctx?.now instanceof Date ? ctx.now : new Date();
    // "Customer asked whether we can refund it by Friday": a question about our own act is ours to
    // answer, a request of the agent, never the asker's promise.
    const question = findReportedQuestion(note);
    const ours = question && partyOfSubject(question.subject, p) === p.self ? question : null;
    // "Customer asked whether the courier can come by Friday": a question about somebody else's act is
    // the agent's to find out, never the asker's promise (it was "You'll come by Friday").
    const asksAbout = question && !ours ? WHETHER_CLAUSE.exec(note)?.[1] : undefined;
    const reported = ours || asksAbout ? null : findReportedRequest(note);
    const asked = reported ? partyOfSubject(reported.asked, p) : null;
    const draft = ours
      ? buildDraft(written, ours.action, ctx, p, false, { kind: 'request', party: p.self })
      : asksAbout
        ? buildDraft(written, `find out whether ${asksAbout}`, ctx, p, false, { kind: 'request', party: p.self })
        : reported && asked
          ? buildDraft(written, reported.action, ctx, p, false, { kind: 'request', party: asked })
          : buildDraft(written, note, ctx, p, true);
    return coach(draft, now, { agentWords: true, words: note });
  } catch {
    return empty(written, note);
  }
}
