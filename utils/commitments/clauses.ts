// Conditions ("only if", "once", "as soon as you", "after you", "provided") and reasons
// ("so that", "so we won't", "because") are separate from what must be done: the ledger shows
// them apart, and a date inside a reason ("so we won't miss the Wednesday deadline") is not the due.
import { tidy } from './text';

export interface Clauses {
  /** The sentence with conditions and reason removed. */
  main: string;
  conditions: string[];
  reason: string | null;
}

const SUBJECT = `(?:you|we|i|they|he|she|it|legal|engineering|finance|the\\s+\\w+|your\\s+\\w+|[A-Z][\\w-]+)`;
const CONDITION_START = new RegExp(
  `\\b(?:only\\s+if|if|unless|once|as\\s+soon\\s+as|provided(?:\\s+that)?|providing(?:\\s+that)?|as\\s+long\\s+as|assuming(?:\\s+that)?|in\\s+case|when(?=\\s+${SUBJECT}\\b)|after(?=\\s+${SUBJECT}\\s+\\w+)|pending)\\b`,
  'i',
);
const REASON_START = /\b(?:so\s+that|so\s+(?=(?:we|you|i|they|it|that|the)\b)|because|as\s+(?=(?:we|you|i|they|it)\s+(?:need|want|have|must|are|were|can't|cannot)\b)|in\s+order\s+to|since\s+(?=(?:we|you|i|they|it)\b))/i;

/** Finds the end of a clause that starts at `from`: the next comma, semicolon or dash, or the end. */
function clauseEnd(s: string, from: number, markerLength: number, stopAtReason: boolean): number {
  const rest = s.slice(from);
  const stop = /[,;]|\s[-–—]\s|\.(?:\s|$)/.exec(rest);
  let end = stop ? from + stop.index : s.length;
  if (stopAtReason) {
    const r = REASON_START.exec(rest);
    if (r && from + r.index < end && r.index > 0) end = from + r.index;
  }
  // A following condition ends this one too: "if you reply, once legal signs".
  const c = CONDITION_START.exec(rest.slice(markerLength));
  if (c && from + markerLength + c.index < end) end = from + markerLength + c.index;
  return end;
}

export function splitClauses(text: string): Clauses {
  let s = text;
  const conditions: string[] = [];
  let reason: string | null = null;

  // The reason runs to the end of the sentence: "…, so we won't miss the Wednesday deadline."
  const r = REASON_START.exec(s);
  if (r && r.index > 0) {
    reason = tidy(s.slice(r.index).replace(/[.!]+\s*$/, '')) || null;
    s = s.slice(0, r.index);
  }
  for (let guard = 0; guard < 5; guard++) {
    const c = CONDITION_START.exec(s);
    if (!c) break;
    const end = clauseEnd(s, c.index, c[0].length, true);
    const cond = tidy(s.slice(c.index, end));
    if (cond.split(/\s+/).length < 2) break;
    conditions.push(cond);
    s = `${s.slice(0, c.index)} ${s.slice(end).replace(/^\s*,/, '')}`;
  }
  return { main: tidy(s.replace(/^\s*(?:then|and)\b/i, '')), conditions, reason };
}
