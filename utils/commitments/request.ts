// Is this sentence a request: one side asking the other to act ("Could you send the logs by Friday?",
// "Would you mind resending it?", "Please sign the form by Monday", "I need the PO from you by the
// 15th")? The side asked is the other side of whoever wrote it. Rules look at the request frame and
// the first verb after it, never at whole example sentences:
// - courtesy formulas ("please note", "feel free", "don't hesitate", "please find attached") ask nothing;
// - verbs of perceiving or believing ("can you believe", "can you see") are rhetorical or about a state;
// - asking to be told something ("could you tell me why…", "let me know if…") is an information
//   question; it becomes a request only when it is bounded by a time ("let me know by Friday").

export interface RequestMatch {
  /** Words before the request frame (a leading condition, a greeting), kept for clause splitting. */
  before: string;
  /** What the other side is asked to do, from its verb on ("send the logs by Friday?"). */
  action: string;
  /** Whether only a deadline makes these words a request (information asks, bare imperatives). */
  needsDeadline: boolean;
  /**
   * The writer says what they want ("I'd like a refund", "Can I get a replacement?"): an ask when the
   * customer writes it, the writer's own plan when the agent does ("I'd like to book you in Friday").
   */
  want?: boolean;
}

const POLITE = String.raw`(?:(?:please|pls|plz|kindly|possibly|perhaps|maybe|also|just|still|quickly|both|all|then|now)\s+)*`;
const START = String.raw`(?:^|[,;:(—–]\s*|\b(?:and|but|so|also|then)\s+)`;

interface Frame {
  re: RegExp;
  needsDeadline?: boolean;
}

// Each frame's last group is the asked action (from its verb on). In an alternation the longer form
// comes first ("you guys" before "you"): the first alternative that lets the rest match wins.
const FRAMES: Frame[] = [
  // Could you / can you / would you / will you (please) V…
  {
    re: new RegExp(
      String.raw`${START}(?:could|can|would|will)\s+(?:you\s+guys|you\s+all|you|u|y'all)\s+${POLITE}(?!mind\b|like\b|want\b|prefer\b|rather\b|be\s+(?:able|willing|so\s+kind)\b)(.+)$`,
      'i',
    ),
  },
  // Would/could you be able / willing / so kind as to V…
  {
    re: new RegExp(
      String.raw`${START}(?:could|can|would|will)\s+(?:you|u)\s+${POLITE}be\s+(?:able|willing|so\s+kind\s+as)\s+to\s+(.+)$`,
      'i',
    ),
  },
  // Would you mind V-ing…
  { re: new RegExp(String.raw`${START}(?:would|do)\s+you\s+mind\s+${POLITE}(.+)$`, 'i') },
  // Is it / would it be possible (for you) to V…
  { re: new RegExp(String.raw`${START}(?:is|would)\s+it\s+(?:be\s+)?possible\s+(?:for\s+(?:you|your\s+team)\s+)?to\s+(.+)$`, 'i') },
  // Can/could/may I ask you to V / get you to V
  { re: new RegExp(String.raw`${START}(?:can|could|may|might)\s+(?:i|we)\s+(?:ask|get)\s+(?:you|your\s+team)\s+to\s+${POLITE}(.+)$`, 'i') },
  // I need / we'd need / I'd like / I would appreciate it if you (could) V…
  {
    re: new RegExp(
      String.raw`${START}(?:i|we)(?:'d|\s+would|\s+really|\s+will)?\s+(?:need|like|want|ask|require|expect)\s+(?:that\s+)?(?:you|your\s+team)\s+(?:to\s+)?${POLITE}(.+)$`,
      'i',
    ),
  },
  {
    re: new RegExp(
      String.raw`${START}(?:i|we)(?:'d|\s+would)?\s+(?:really\s+)?appreciate\s+(?:it\s+)?if\s+you\s+(?:could|would|can|can't)?\s*${POLITE}(.+)$`,
      'i',
    ),
  },
  // It would be great/helpful if you could V…
  {
    re: new RegExp(
      String.raw`${START}(?:it\s+would|it'd|that\s+would|that'd)\s+be\s+(?:\w+\s+)?(?:great|helpful|good|nice|ideal|wonderful|perfect|appreciated|useful)\s+if\s+you\s+(?:could|would|can)\s+${POLITE}(.+)$`,
      'i',
    ),
  },
  // I need the signed form from you by Friday → "provide the signed form"
  {
    re: new RegExp(
      String.raw`${START}(?:i|we)(?:'d|\s+would|\s+will|\s+still)?\s+(?:need|require)\s+((?!you\b)(?:[\w'/-]+\s+){0,8}?)from\s+you\b(.*)$`,
      'i',
    ),
  },
  // Please V… / Kindly V…
  { re: /(?:^|[,;:(—–]\s*|\band\s+)(?:please|pls|plz|kindly)\s+(?:do\s+)?(?:also\s+|just\s+)?(.+)$/i },
  // You need to / you'll have to / you must V… (an instruction: a request only with a deadline)
  {
    re: new RegExp(String.raw`${START}(?:you|you'll|you\s+will)\s+(?:need|have|must|should)\s+(?:to\s+)?${POLITE}(.+)$`, 'i'),
    needsDeadline: true,
  },
];

// A bare imperative at the start of a sentence ("Send me the logs by Friday."): a request only with a
// deadline, and only with a verb of doing something for the other side.
const IMPERATIVE =
  /^(?:send|submit|sign|return|email|e-mail|reply|respond|upload|share|forward|provide|pay|complete|fill\s+(?:in|out)|confirm|review|approve|book|schedule|call|ring|get|fix|update|check|install|restart|reset|attach|bring|drop\s+off|ship|post|mail|transfer|renew|cancel|register|log\s+in|sign\s+up|choose|pick|decide)\b/i;

// Courtesy formulas: the words of a request, nothing to do.
const COURTESY =
  /^(?:note|be\s+(?:advised|aware|assured)|rest\s+assured|find|see\s+(?:below|above|attached|the\s+attached)|feel\s+free|do\s+not\s+hesitate|don't\s+hesitate|don't\s+worry|do\s+not\s+worry|accept|bear\s+with|excuse|forgive|allow|enjoy|have\s+a|keep\s+in\s+mind|remember|stay|disregard|ignore|understand|know|be\s+patient|be\s+careful|refer|take\s+(?:care|note)|rate|consider|let\s+(?:me|us)\s+know\s+if\s+(?:you|there)\s+(?:have|need|are|is)\s+(?:any|anything))\b/i;
// Verbs of perceiving, believing, remembering: "Can you believe it?", "Can you see the attachment?".
const STATE =
  /^(?:believe|imagine|see|hear|understand|remember|recall|think|guess|feel|tell\s+(?:if|whether)|be\b|read\s+(?:it|this|that|me)\b|access|open|log\s*in\b|still\b|not\b|never\b|actually\b|really\b)/i;
// Asking to be told: an information question unless a time bounds it.
const INFORMATION =
  /^(?:tell|explain|clarify|describe|advise|say|let\s+(?:me|us)\s+know|get\s+back\s+to\s+(?:me|us)|confirm\s+(?:if|whether|that|what|which|who|how|when|why)|help(?:\s+(?:me|us))?(?:\s+(?:out|with\s+(?:this|that|it)))?\s*[?.!]*$|give\s+(?:me|us)\s+(?:an?\s+)?(?:idea|sense|clue|hint))/i;

// The writer's wants: "I'd like a refund for the kettle", "I would like to cancel my plan", "I want a
// replacement", "Can I get / have / order a new card?". The other side must provide or do it. With
// "to", only acts the other side performs for the writer count ("I'd like to cancel / book / order /
// return…"); "I'd like to pick it up on the 8th", "I'd like to know why" or "… to find out why" are
// the writer's own.
const WANT_ACTS = String.raw`(?:cancel|book|reserve|order|purchase|buy|return|exchange|swap|change|upgrade|downgrade|reschedule|renew|schedule|make\s+(?:a|an)\s+(?:reservation|appointment|booking|order|transfer|payment|complaint|claim)|request|transfer|send|close|open|find(?!\s+out\b)|report|dispute|claim|get|receive)`;
const WANT = new RegExp(
  String.raw`(?:^|[,;:(—–]\s*|\b(?:and|but|so|hi|hello|hey)\s+)(?:(?:i|we)(?:'d|\s+would)\s+(?:really\s+|also\s+|just\s+)?like|(?:i|we)\s+(?:really\s+|also\s+|just\s+)?want|(?:can|could|may)\s+(?:i|we)\s+(?:please\s+|also\s+|just\s+)?(?:get|have|order))\s+(?!you\b|your\b|it\b|that\b|this\b|them\b)((?:a|an|the|my|our|some|one|two|three|\d+|to\s+${WANT_ACTS}\b)[^]*)$`,
  'i',
);

/** The request in one sentence, or null. */
export function findRequest(sentence: string): RequestMatch | null {
  const s = sentence.trim();
  if (!s || s.length > 1500) return null;
  const want = WANT.exec(s);
  // A want right after a question ("Is it broken? so I want a refund", "…?!") is not an ask.
  if (want && !/\?[?!]*\s*$/.test(s.slice(0, want.index))) {
    const thing = (want[1] ?? '').trim();
    // "I'd like to cancel my plan" asks for the act; "I'd like a refund" asks for the thing. The act is
    // one of WANT_ACTS already, so the courtesy and state lists are not asked ("open", "find" are in them:
    // "I'd like to open an account" was refused as "Can you open the attachment?" is).
    const action = /^to\s+/i.test(thing) ? thing.replace(/^to\s+/i, '') : `provide ${thing}`;
    if (thing) return { before: s.slice(0, want.index), action, needsDeadline: false, want: true };
  }
  for (const frame of FRAMES) {
    const m = frame.re.exec(s);
    if (!m) continue;
    let action: string;
    if (m.length === 3 && m[2] !== undefined && /from\s+you/i.test(m[0])) {
      // "I need X from you by Friday": the thing needed, supplied by the other side.
      const thing = (m[1] ?? '').trim();
      if (!thing) continue;
      action = `provide ${thing}${m[2] ?? ''}`;
    } else {
      action = (m[m.length - 1] ?? '').trim();
    }
    const verb = action.replace(/^(?:please|kindly)\s+/i, '');
    if (!verb || COURTESY.test(verb) || STATE.test(verb)) continue;
    const needsDeadline = frame.needsDeadline === true || INFORMATION.test(verb);
    return { before: s.slice(0, m.index), action, needsDeadline };
  }
  if (IMPERATIVE.test(s)) return { before: '', action: s, needsDeadline: true };
  return null;
}

export interface ReportedRequest {
  /** Who asked ("Customer", "Maria", "legal"). */
  asker: string;
  /** Who was asked ("me", "us", "Sam"). */
  asked: string;
  /** What they were asked to do, from its verb on. */
  action: string;
}

// "Customer asked me to send the quote by Friday", "Maria wants us to call her back tomorrow",
// "Legal has requested that we resend the draft": a request somebody made, told afterwards.
// "She'd like us to…" has no space before "'d". The one asked: a pronoun, "the/our/my …", or a name;
// the name is any word (notes are often typed in lower case: "cust asked sam to call") except a
// question word ("asked whether we ship" is a question, not somebody asked).
const REPORTED =
  /^\s*((?:[\w@.'-]+\s+){0,3}?[\w@.'-]+?)(?:\s+(?:has\s+|have\s+|had\s+|just\s+|also\s+)*(?:asked|asks|requested|requests|wants|wanted|needs|needed|would\s+like|told|tells|expects|expected)|'d\s+like)\s+(?:that\s+)?(me|us|you|him|her|them|(?:the|our|my)\s+\w+|(?!(?:if|whether|when|why|how|what|where|which|who)\b)[A-Z][\w'-]+)\s+(?:to\s+|should\s+|would\s+|will\s+)?(.+)$/i;

/** A reported request in a note, or null. */
export function findReportedRequest(clause: string): ReportedRequest | null {
  const m = REPORTED.exec(clause);
  if (!m) return null;
  const action = (m[3] ?? '').trim();
  if (!action || STATE.test(action) || COURTESY.test(action)) return null;
  return { asker: m[1]!, asked: m[2]!, action };
}

export interface ReportedQuestion {
  /** Who asked ("Customer", "Maria"). */
  asker: string;
  /** The subject of the question ("we", "our team", "the courier"). */
  subject: string;
  /** What the question is about, from its verb on ("refund it by Friday"). */
  action: string;
}

// "Customer asked whether we can refund it by Friday", "Maria wants to know if we'll ship it Monday":
// a question somebody asked, told afterwards. Its subject is not the asker: whether the act is owed
// is for the subject's side to answer (parse.ts), never the asker's own promise.
const REPORTED_QUESTION =
  /^\s*((?:[\w@.'-]+\s+){0,3}?[\w@.'-]+?)(?:\s+(?:has\s+|have\s+|had\s+|just\s+|also\s+)*(?:asked|asks|enquired|enquires|inquired|inquires|wondered|wonders|(?:is|was)\s+wondering|wants\s+to\s+know|wanted\s+to\s+know|would\s+like\s+to\s+know)|'d\s+like\s+to\s+know)\s+(?:(?:me|us)\s+)?(?:whether|if)\s+((?:[\w'-]+\s+){0,2}?[\w-]+?)(?:\s+(?:can|could|will|would|shall|may|might)|'ll|'d)\s+(.+)$/i;

/** A reported question in a note ("Customer asked whether we can refund it"), or null. */
export function findReportedQuestion(clause: string): ReportedQuestion | null {
  const m = REPORTED_QUESTION.exec(clause);
  if (!m) return null;
  const action = (m[3] ?? '').replace(/[?.!]+\s*$/, '').trim();
  if (!action) return null;
  return { asker: m[1]!, subject: m[2]!, action };
}
