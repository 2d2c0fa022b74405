// The words a coaching hint proposes to write in the reply instead of the agent's own, and the
// commitment that goes with them. Pure: the content script finds the words in the editor and
// rewrites them (utils/editors replaceWordsInEditor); the panel adds the commitment.
//
// - A promise without a date gets the date in place of its vague words: "We'll get back to you
//   shortly." → "We'll get back to you by tomorrow."; with no vague word ("I'll look into it."), the
//   date goes before the closing punctuation: "I'll look into it by tomorrow."
// - A call-back request ("Please call us back if it happens again.") gives way to the next step the
//   agent takes, with its date: "I'll call you on Tue, Dec 1 to check it's fixed."
// The commitment is the parser's reading of the new words, so what the reply says and what the
// ledger holds cannot drift apart.
import { parseCommitment } from '../commitments';
import { VAGUE } from '../commitments/draft';
import type { CommitmentDraft, ParseContext } from '../commitments/types';
import type { DraftHint } from './draft-coach';

export interface ReplyRewrite {
  /** The agent's words as the reply holds them (one sentence). */
  words: string;
  /** What goes there instead. */
  replacement: string;
  /** The commitment the new words make. */
  draft: CommitmentDraft;
}

/**
 * How a quick date reads in a sentence to the customer: "today EOD" is the panel's shorthand, the
 * reply spells it out. The parser reads both the same way (tested).
 */
const IN_REPLY: Record<string, string> = { 'today EOD': 'by the end of today' };

const CLOSING = /[\s.!?,;:…)"'\u2019\u201d]*$/;

/**
 * The vague words that stand for the missing date ("shortly", "as soon as possible"), if any; not
 * "soon" inside the conjunction "as soon as the carrier confirms", which is a condition, and not
 * "later" that a date follows ("later today").
 */
function vagueWords(sentence: string): { index: number; 0: string } | null {
  const all = new RegExp(VAGUE.source, 'gi');
  for (let m = all.exec(sentence); m; m = all.exec(sentence)) {
    const before = sentence.slice(0, m.index);
    const after = sentence.slice(m.index + m[0].length);
    if (/^soon$/i.test(m[0]) && /\bas\s+$/i.test(before) && /^\s+as\b/i.test(after)) continue;
    if (/^later$/i.test(m[0]) && /^\s+(?:today|tonight|this|on|in|next)\b/i.test(after)) continue;
    return m;
  }
  return null;
}

/** The sentence with the date in place of its vague words, else before its closing punctuation. */
export function withDateInWords(sentence: string, when: string): string {
  const phrase = IN_REPLY[when] ?? `by ${when}`;
  const match = vagueWords(sentence);
  if (match) {
    // "as soon as possible" → "by tomorrow"; a cue left before it ("get back to you in a bit") goes too.
    return `${sentence.slice(0, match.index)}${phrase}${sentence.slice(match.index + match[0].length)}`.replace(/\s{2,}/g, ' ');
  }
  const closing = CLOSING.exec(sentence)?.[0] ?? '';
  const body = sentence.slice(0, sentence.length - closing.length);
  return `${body} ${phrase}${closing.trimStart()}`;
}

/** A vague promise in the reply, dated in place. Null when the new words do not read as a future deadline. */
export function datedRewrite(hint: Extract<DraftHint, { kind: 'vague' }>, when: string, ctx: ParseContext): ReplyRewrite | null {
  const words = hint.draft.text.trim();
  const replacement = withDateInWords(words, when);
  const draft = parseCommitment(replacement, ctx);
  const at = draft.due ? Date.parse(draft.due.at) : NaN;
  const now = ctx.now instanceof Date ? ctx.now.getTime() : Date.now();
  if (!Number.isFinite(at) || at <= now || replacement === words) return null;
  return { words, replacement, draft };
}

/** A call-back request in the reply, reworded as the agent's own next step with a date. */
export function callBackRewrite(hint: Extract<DraftHint, { kind: 'call-back' }>, ctx: ParseContext): ReplyRewrite {
  const words = hint.sentence.trim();
  // The sentence's own closing mark when it is a statement's; a question or nothing ends with ".".
  const end = /[.!]$/.test(words) ? words.slice(-1) : '.';
  const replacement = `${hint.rewording}${end}`;
  return { words, replacement, draft: parseCommitment(replacement, ctx) };
}
