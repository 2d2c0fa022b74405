// parseCommitment: a note the agent types in the panel. "I"/"we"/"our team" are the agent,
// "you"/"customer"/"client"/"cust:"/the customer's name are the customer, named others a third party.
// "Customer asked me to send the quote by Friday" is a request the customer made of the agent.
import { coach } from './coaching';
import { findPromise } from './detect';
import { buildDraft } from './draft';
import { partyOfSubject, splitSubject, type Perspective } from './party';
import { findReportedQuestion, findReportedRequest } from './request';
import { splitSentences } from './sentences';
import { clean, collapseSpaces, MAX_NOTE } from './text';
import type { CommitmentDraft, ParseContext } from './types';

function empty(text: string, action: string): CommitmentDraft {
  return { text, party: null, action, due: null, vague: true, conditions: [], reason: null, kind: 'promise', warnings: ['vague'] };
}

/**
 * An acknowledgement the note opens with ("Okay if you pay we'll ship", "Sure, I'll send it Friday",
 * "Got it - once legal signs…", "OK so…", "Thanks!"): a reply to the customer, not part of the act.
 * Left in, it became the action ("Okay") and the rest a condition. Taken off only before a stop, a
 * spaced dash, or the words a clause starts with, so "Fine-tune the config" or "Sure Logistics will…"
 * keep it; a greeting with a name ("Hi Dana, …") only before its comma.
 */
const ACKNOWLEDGEMENT =
  /^(?:(?:hi|hello|hey|dear|thanks|thank\s+you)(?:\s+[\p{L}'-]+){0,3}\s*[,!:]\s*|(?:ok(?:ay)?|k|sure(?:\s+thing)?|great|perfect|thanks?(?:\s+you)?|thx|ty|got\s+it|gotcha|alright|all\s+right|yes|yep|yeah|no\s+problem|np|noted|understood|sounds\s+good|absolutely|of\s+course|certainly|fine|cool|awesome|excellent|hi|hello|hey)(?:\s*[,.!:;]+\s*|\s*[—–]\s*|\s+-+\s+|\s+(?=(?:so|then|and|if|once|when|as\s+soon\s+as|after|unless|i|we|i'll|we'll|i'm|we're|you|you'll)\b)))(?:(?:so|then|and)\b[\s,]*)?(?=\S)/iu;

/**
 * Where one statement of a note ends and the next begins, inside a sentence: "…today; you should…",
 * "…Friday - you'll get…". Not before a joining word ("…by Friday; then call you…": one subject's
 * acts, joined-acts.ts).
 */
const STATEMENT_BREAK = /;\s+(?!(?:and|then|plus|or)\b)|\s[–—-]\s(?=\p{L})(?!(?:and|then|plus|or)\b)/iu;
/** A statement has words: "12/14 — I will send the draft" is one statement with its date in front. */
const WORDS = /\p{L}{2,}/u;

function statementsOf(note: string): string[] {
  const out: string[] = [];
  let lead = '';
  for (const piece of splitSentences(note).flatMap((sentence) => sentence.split(STATEMENT_BREAK))) {
    if (!WORDS.test(piece)) {
      lead = `${lead}${piece} `;
      continue;
    }
    out.push(lead + piece);
    lead = '';
  }
  if (lead && out.length) out[out.length - 1] += ` ${lead.trim()}`;
  return out;
}

/**
 * The statement of a note that holds its promise: a note of several ("The part is on backorder; I'll
 * ship it Friday", "I'll ship it Friday. Tracking follows by email") keeps the others in its text,
 * not in the action, where the summary read "I'll ship it . Tracking follows by email by Friday".
 * The whole note when it is one statement or none holds a promise.
 */
function promiseStatement(note: string, p: Perspective): string {
  const statements = statementsOf(note);
  if (statements.length < 2) return note;
  // A promise the detector knows, else a statement whose subject is someone's and says "will"
  // ("I'll get the refund processed today; you should see it…").
  const promised = statements.find((statement) => findPromise(statement) !== null);
  if (promised) return promised;
  return (
    statements.find((statement) => {
      const split = splitSubject(statement);
      return split !== null && /^(?:will|shall)$/.test(split.modal) && partyOfSubject(split.subject, p) !== null;
    }) ?? note
  );
}

/** The question itself, after "whether"/"if": "the courier can come by Friday". */
const WHETHER_CLAUSE = /\b(?:whether|if)\s+(.+?)[?.!]*\s*$/i;

export function parseCommitment(text: string, ctx: ParseContext): CommitmentDraft {
  const raw = typeof text === 'string' ? text : '';
  const note = collapseSpaces(clean(raw, MAX_NOTE)).trim().replace(ACKNOWLEDGEMENT, '');
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
          : buildDraft(written, promiseStatement(note, p), ctx, p, true);
    return coach(draft, now, { agentWords: true, words: note });
  } catch {
    return empty(written, note);
  }
}
