// Is this sentence a promise? We keep first-person future commitments ("I'll send…", "we will
// follow up", "let me check", "a member of our team will be in touch", "they will contact me")
// and leave out requests, questions, hypotheticals, hedged hopes, past facts, states ("I will be
// out of the office"), needs ("we will need…") and predictions nobody controls ("I will miss it").
// Rules look at the subject, the modal, and the first verb after it; no word lists per sentence.

export interface PromiseMatch {
  /** The promise clause, from its subject on ("we'll get back to you…"). */
  clause: string;
  /** Offset of the clause in the sentence. */
  index: number;
}

const SUBJECT = String.raw`(?:i|we|our\s+(?:[\w-]+\s+){0,2}team|my\s+(?:[\w-]+\s+){0,2}team|(?:a\s+member|someone|somebody|one)\s+(?:of|from)\s+(?:our|my|the|that)\s+(?:[\w-]+\s+){0,2}team|they|team\s+@?\w+)`;
const MODAL = String.raw`(?:'ll|'d\s+be\s+(?:happy|glad)\s+to|\s+would\s+be\s+(?:happy|glad)\s+to|\s+will|\s+shall|'m\s+going\s+to|'re\s+going\s+to|\s+am\s+going\s+to|\s+are\s+going\s+to|\s+promise\s+to|\s+commit\s+to|\s+plan\s+to|\s+intend\s+to)`;
const PROMISE = new RegExp(String.raw`(?:^|[\s,;:(—–-])(${SUBJECT}${MODAL})\s+((?:[\w']+\s+){0,3})`, 'gi');
// "We have received your DM and will follow up there": a promise sharing an earlier subject.
const COORDINATED = /\b(?:and|&|then)\s+(will|shall)\s+((?:[\w']+\s+){0,3})/gi;
const LET_ME = /(?:^|[\s,;:(—–-])(let\s+(?:me|us)|let's|allow\s+me\s+(?:just\s+)?(?:a\s+)?(?:minute|moment|second)?\s*to)\s+((?:[\w']+\s+){0,3})/gi;
const I_CAN = /(?:^|[\s,;:(—–-])((?:i|we)\s+can)\s+((?:[\w']+\s+){0,3})/gi;

const HEDGE = /\b(?:hopefully|i\s+hope|we\s+hope|hoping|fingers\s+crossed|crossed|k?not\s+sure|i\s+(?:don't|do\s+not)\s+know|i\s+have\s+(?:a|this)\s+feeling|i\s+(?:think|guess|bet|suppose|imagine|expect)\s+(?:that\s+)?(?:we|i)\b|looks\s+like\s+i|probably|might|if\s+i\s+were|i\s+wish)\b/i;
const ADVERBS = /^(?:also|still|definitely|certainly|surely|gladly|happily|personally|then|now|just|again|both|all|at\s+least|absolutely|happily|really|immediately|promptly|quickly|directly|ourselves|myself|be\s+sure\s+to|make\s+sure\s+to)\s+/i;
// Verbs that state, need, feel or predict rather than promise an act.
// "look" alone predicts ("we'll look silly"); "look into / at / over" is an act.
const NON_ACT = /^(?:not|never|no|need|needs|have\s+to|has\s+to|miss|look(?!\s+(?:into|in\s+to|at|over|through|for|after)\b)|looks|seem|feel|love|like|enjoy|hate|regret|lose|die|wait|probably|likely|ever|want|wonder|remember|forget|know|understand|appreciate|receive|rely|depend|run\s+out|end\s+up|refrain)\b/i;
const BE_ACT = /^be\s+(?:in\s+(?:touch|contact)|sending|reaching|following|happy\s+to|glad\s+to|sure\s+to|able\s+to\s+help|there\s+(?:to|for)\s+(?:help|assist|you)|assisting|working|looking|checking|investigating|reviewing|updating|contacting|getting|calling|emailing|writing|sharing|processing|escalating|monitoring|taking|back\b|right\s+(?:back|with)|with\s+you|ready\s+to|submitting|preparing|setting\s+up|arranging|scheduling|organi[sz]ing|responding|replying|shipping|delivering|turning)/i;
const GET_ACT = /^get\s+(?:back|in\s+touch|this|that|it|you|them|these|those|your|everything|someone|somebody|started|on\s+it|right\s+on|a\s+(?:copy|quote|replacement|fix|response|reply|tech|technician)|an\s+(?:update|answer)|the\s+(?:team|right|details|information|info|ball|paperwork|documents?|contract|invoice|report|file|order)|with|to\s+(?:work|it|you|the\s+bottom)|(?:[\w']+\s+){1,3}(?:to|over\s+to|back\s+to)\s+(?:you|him|her|them|us)\b)/i;
const HAVE_ACT = /^have\s+(?:(?:my|our|an?|the|someone|somebody|one)\s+\w+\s+(?:call|send|contact|email|reach|look|check|get|follow|review|fix|help)|(?:it|this|that|them|these|everything|the\s+\w+)\s+(?:\w+\s+){0,3}?(?:ready|done|to\s+you|over|back|sent|fixed|completed|finished|sorted|resolved|by|for\s+you)|a\s+look|someone)/i;
const SEE_ACT = /^see\s+(?:you|to\s+it|what\s+(?:we|i)\s+can\s+do|that)/i;
const KNOW = /^(?:know|see\s+if)\b/i;

function acceptsVerb(after: string): boolean {
  let v = after.trimStart();
  for (let i = 0; i < 3 && ADVERBS.test(v); i++) v = v.replace(ADVERBS, '');
  if (!v || NON_ACT.test(v)) return false;
  if (/^be\b/i.test(v)) return BE_ACT.test(v);
  if (/^get\b/i.test(v)) return GET_ACT.test(v);
  if (/^have\b/i.test(v)) return HAVE_ACT.test(v);
  if (/^see\b/i.test(v)) return SEE_ACT.test(v);
  return /^[a-z]/i.test(v);
}

function isQuestion(s: string): boolean {
  const t = s.trim();
  if (/\?\s*["')\]]*\s*$/.test(t)) return true;
  // "Should you need anything, we will…": an inverted condition ending in a comma, not a question.
  if (/^should\s+(?:you|we|i|they)\b[^,?]*,/i.test(t)) return false;
  return /^(?:will|would|could|can|shall|should|do|does|did|are|is|may)\s+(?:you|i|we)\b/i.test(t);
}

/** The promise in one sentence, or null. */
export function findPromise(sentence: string): PromiseMatch | null {
  const s = sentence;
  if (!s || s.length > 1500 || isQuestion(s) || HEDGE.test(s)) return null;
  const firstPersonBefore = (i: number) => /\b(?:i|we|i'm|we're|we've|i've)\b/i.test(s.slice(0, i));
  for (const [re, kind] of [[PROMISE, 'promise'], [LET_ME, 'let'], [COORDINATED, 'and'], [I_CAN, 'can']] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const after = s.slice(m.index + m[0].length - (m[2]?.length ?? 0));
      if (kind === 'let' && KNOW.test(after)) continue;
      if (kind === 'and' && !firstPersonBefore(m.index)) continue;
      // "if I can provide…", "let me know whether we can…": conditions and requests, not offers.
      if (kind === 'can' && (/\b(?:if|whether|how|what|when|where|know|so)\s+(?:\w+\s+){0,2}$/i.test(s.slice(Math.max(0, m.index - 30), m.index + 1)) || /^(?:not|never|'t)/i.test(after))) continue;
      if (kind === 'can' && !/^(?:get|send|provide|arrange|set\s+up|call|email|forward|share|help|organi[sz]e|book|schedule|refund|replace|fix|check)\b/i.test(after.trimStart())) continue;
      // "Can't", "cannot" never reach here; "won't"/"will not" fail the verb check.
      if (!acceptsVerb(after)) continue;
      const clause = kind === 'and' ? s.slice(start).replace(/^(?:and|&|then)\s+/i, '') : s.slice(start);
      return { clause, index: start };
    }
  }
  return null;
}
