// Conditions ("only if", "once", "as soon as you", "after you", "provided", "unless", "when the part
// arrives") and reasons ("so that", "so we won't", "because") are separate from what must be done: the
// ledger shows them apart, and a date inside them ("if the carrier confirms by Tuesday", "so we won't
// miss the Wednesday deadline") is not the due. They are split off before party and deadline are read,
// leading or trailing, with or without a comma; the condition keeps all its words, the action none.
// A clause joined by a contrast ("…, but nobody is free today") is another statement: its date does not
// bound the promise.
import { tidy } from './text';

export interface Clauses {
  /** The sentence with conditions and reason removed. */
  main: string;
  conditions: string[];
  reason: string | null;
}

// Words that start a clause's subject. Used to tell "when the part arrives" (a condition) from
// "when convenient", and where a main clause starts after a leading condition without a comma.
const SUBJECT = String.raw`(?:you|we|i|they|he|she|it|legal|engineering|finance|billing|everything|everyone|nobody|someone|(?:the|your|our|their|my|his|her|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?[\w-]+)`;
// A date right after "after"/"when"/"before" makes a deadline phrase ("two days after this Monday",
// "after the 15th", "after lunch"), not a condition.
const DATE_WORD = String.raw`(?:this|next|last|coming|following|the\s+(?:\d|first|second|third|fourth|fifth|last|end|start|beginning|middle|weekend|holidays?|break|new\s+year|long\s+weekend|week|month)|\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may\b|jun|jul|aug|sep|oct|nov|dec|tomorrow|today|tonight|lunch|noon|midnight|eod|cob|close|end|christmas|xmas|easter|thanksgiving|new\s+year|the\s+holidays?)`;
const DURATION_BEFORE =
  /(?:\b(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|few|couple(?:\s+of)?|several)\s+(?:(?:business|working|calendar|full)\s+)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)|\b(?:the\s+day|the\s+week|right|soon|shortly|immediately|just|straight)|\bday|\bweek)\s*$/i;

// Markers that always open a condition. "as soon as" is vague on its own ("as soon as possible",
// "as soon as I can"): those stay for the vague-word rule.
const ALWAYS = String.raw`only\s+if|if|unless|once|as\s+soon\s+as(?!\s+(?:possible|practicable|practical|(?:i|we)\s+can\b|(?:i|we)\s+(?:are|am)\s+able\b))|provided(?:\s+that)?|providing(?:\s+that)?|as\s+long\s+as|so\s+long\s+as|assuming(?:\s+that)?|in\s+case|in\s+the\s+event(?:\s+that)?|on\s+condition\s+that|subject\s+to|depending\s+on|pending|whenever`;
// Markers that open a condition only before a subject: "when the part arrives", "after you upload",
// "after legal signs", "should you need".
const SUBJECTED = String.raw`when(?!\s+(?:i|we)\s+(?:can|get\s+a\s+chance|have\s+a\s+(?:moment|minute|chance|sec)))|after|should(?=\s+(?:you|we|i|they|it|the)\b)|the\s+moment|as\s+and\s+when`;
const CONDITION_START = new RegExp(String.raw`\b(?:${ALWAYS}|(?:${SUBJECTED})(?=\s+${SUBJECT}\b))\b`, 'gi');

// "so" + a subject: a pronoun, a possessive and its noun ("so your team can"), or any one word
// before a modal or a verb of state ("so legal can review it", "so Priya has it", "so accounting gets").
const SO_SUBJECT = String.raw`(?:we|you|i|he|she|they|it|that|the|there|nobody|no\s+one)\b|(?:your|our|my|his|her|their|its)\s+[\w-]+|[\w-]+\s+(?:can|could|will|won't|'ll|would|may|might|should|must|has|have|gets?|is|are|doesn't|don't|isn't|aren't|needs?)\b`;
const REASON_START = new RegExp(
  String.raw`\b(?:so\s+that|so\s+as\s+to|so\s+(?=${SO_SUBJECT})|because|since\s+(?=(?:we|you|i|they|it|the|there|our|your)\b)|as\s+(?=(?:we|you|i|they|it)\s+(?:need|want|have|must|are|were|can't|cannot|don't|do\s+not)\b)|in\s+order\s+(?:to|that)|to\s+(?=(?:make\s+sure|ensure|avoid|prevent)\b)|given\s+that|now\s+that|seeing\s+(?:as|that))`,
  'gi',
);

// The start of a main clause: a subject with a modal ("we'll", "our technician will", "I can"), "let
// me", "please", or "then". Ends a leading condition written without a comma ("if approved we'll refund").
const NOT_PRONOUN = String.raw`(?!(?:i|we|you|they|he|she|it)\b)`;
const MAIN_START = new RegExp(
  String.raw`(?:\b(?:i|we|you|they|he|she|it|someone|somebody|(?:our|my|your|the)\s+(?:${NOT_PRONOUN}[\w-]+\s+){0,2}?${NOT_PRONOUN}[\w-]+)(?:'ll|'d|\s+will|\s+shall|\s+would|\s+can|\s+could|\s+must|'m\s+going\s+to|'re\s+going\s+to|\s+(?:am|are|is)\s+going\s+to)\b|\blet\s+(?:me|us)\b|\blet's\b|\bplease\b|\bthen\b)`,
  'i',
);

// A contrast that starts a new statement with its own subject.
const CONTRAST = new RegExp(
  String.raw`(?:[,;]\s*|\s[-–—]\s*|\s)(?:but|however|although|though|whereas|while|yet|except\s+that)\s*,?\s+(?=(?:nobody|no\s+one|everyone|everybody|there|${SUBJECT})\b(?!\s+(?:will|'ll)\s+not\b))`,
  'i',
);

function isDatePhraseMarker(s: string, index: number, marker: string): boolean {
  if (!/^(?:after|when|before)$/i.test(marker)) return false;
  const after = s.slice(index + marker.length).trimStart();
  return new RegExp(`^${DATE_WORD}`, 'i').test(after) || DURATION_BEFORE.test(s.slice(0, index));
}

/** The next condition marker at or after `from`, skipping deadline phrases ("two days after this Monday"). */
function nextCondition(s: string, from: number): RegExpExecArray | null {
  CONDITION_START.lastIndex = from;
  for (let m = CONDITION_START.exec(s); m; m = CONDITION_START.exec(s)) {
    if (!isDatePhraseMarker(s, m.index, m[0])) return m;
  }
  return null;
}

function nextReason(s: string, from: number): RegExpExecArray | null {
  REASON_START.lastIndex = from;
  return REASON_START.exec(s);
}

/** Where the next main-clause start in `body` at or after `from` is, or undefined. */
function mainStartAfter(body: string, from: number): number | undefined {
  const m = MAIN_START.exec(body.slice(from));
  return m ? from + m.index : undefined;
}

/** Finds the end of a clause that starts at `from`: the next comma, semicolon or dash, or the end. */
function clauseEnd(s: string, from: number, markerLength: number, leading: boolean): number {
  const rest = s.slice(from);
  const stop = /[,;]|\s[-–—]\s|\.(?:\s|$)/.exec(rest);
  let end = stop ? from + stop.index : s.length;
  const r = nextReason(s, from + markerLength);
  if (r && r.index < end) end = r.index;
  // A following condition ends this one too: "if you reply, once legal signs".
  const c = nextCondition(s, from + markerLength);
  if (c && c.index < end) end = c.index;
  if (leading) {
    // Without a comma, the main clause starts at its subject and modal: "once approved we'll refund".
    const body = s.slice(from + markerLength, end);
    // A subject right after the marker ("if you'll send the logs I'll check them") is the condition's
    // own: the main clause starts at the next one. The body starts with the space after the marker.
    const ownStart = body.length - body.trimStart().length;
    const first = MAIN_START.exec(body);
    const main = first && first.index <= ownStart ? mainStartAfter(body, first.index + first[0].length) : first?.index;
    if (main !== undefined) end = from + markerLength + main;
  }
  return end;
}

/** Drops a clause joined by a contrast with its own subject: its dates do not bound the promise. */
export function cutContrast(s: string): string {
  const m = CONTRAST.exec(s);
  return m && m.index > 0 ? s.slice(0, m.index) : s;
}

export function splitClauses(text: string): Clauses {
  let s = text;
  const conditions: string[] = [];
  let reason: string | null = null;

  for (let guard = 0; guard < 6; guard++) {
    const c = nextCondition(s, 0);
    const r = nextReason(s, 0);
    // A reason first in the sentence ("Because the depot is closed, we'll…") ends at its comma;
    // anywhere else it runs to the end of the sentence ("…, so we won't miss the deadline.").
    if (r && (!c || r.index < c.index)) {
      if (r.index === 0 || /^\W*$/.test(s.slice(0, r.index))) {
        const end = clauseEnd(s, r.index, r[0].length, true);
        reason = tidy(s.slice(r.index, end)) || reason;
        s = s.slice(end);
        continue;
      }
      reason = tidy(s.slice(r.index).replace(/[.!?]+\s*$/, '')) || reason;
      s = s.slice(0, r.index);
      continue;
    }
    if (!c) break;
    const leading = /^\W*(?:and|then|but)?\W*$/i.test(s.slice(0, c.index));
    const end = clauseEnd(s, c.index, c[0].length, leading);
    const cond = tidy(s.slice(c.index, end).replace(/[.!?]+\s*$/, ''));
    if (cond.split(/\s+/).length < 2) break;
    conditions.push(cond);
    s = `${s.slice(0, c.index)} ${s.slice(end).replace(/^\s*,/, '')}`;
  }
  return { main: tidy(s.replace(/^\s*(?:then|and)\b/i, '')), conditions, reason };
}
