// Who must act. The same words mean different sides depending on who speaks: in a note typed by
// the agent "I"/"we" is the agent; in a message, "I"/"we" is that message's author and "you" the
// other side. Callers pass a Perspective to say which.
import type { Party } from './types';

export interface Perspective {
  /** The side "I", "we", "our team" belong to. */
  self: Party;
  /** The side "you" belongs to. */
  other: Party;
  customerName?: string;
  agentName?: string;
  /** In a note, an unknown name ("Maria to send…") is most likely the customer's side. */
  unknownNameIsOther: boolean;
}

const SELF =
  /^(?:i|i'm|i'll|i've|i'd|me|myself|we|we're|we'll|we've|us|our\s+(?:[\w-]+\s+){0,2}team|my\s+(?:[\w-]+\s+){0,2}team|(?:a\s+member|someone|somebody|one)\s+(?:of|from)\s+(?:our|my)\s+(?:[\w-]+\s+){0,2}team|our\s+(?:support|engineers?|specialists?|agents?|staff|people|folks)|let\s+(?:me|us)|let's)$/i;
const OTHER =
  /^(?:you|you'll|you're|you've|your\s+(?:team|side|company|office|it\s+department|it\s+team)|yourself|customer|the\s+customer|client|the\s+client|cust|user|the\s+user|caller|requester|buyer)$/i;
// Named others people mention in support conversations: carriers, other departments, vendors.
const THIRD =
  /^(?:the\s+)?(?:courier|carrier|driver|delivery\s+(?:company|partner|driver)|post(?:al\s+service)?|post\s+office|fedex|ups|dhl|usps|royal\s+mail|amazon\s+logistics|engineering|engineers|dev(?:elopment)?\s+team|developers?|product\s+team|legal|legal\s+team|lawyers?|counsel|finance|accounting|billing|the\s+bank|bank|payroll|it|security|compliance|shipping|warehouse|logistics|manufacturer|vendor|supplier|seller|merchant|landlord|insurer|insurance|technician|tech|they|them|he|she|that\s+team|the\s+other\s+team|(?:someone|somebody)\s+(?:from|at|in)\s+(?:that|the|their)\s+[\w\s-]{1,30}|team\s+@?\w+|manager|supervisor|partner)$/i;

// People who speak for the writer's company by their role ("a representative", "one of our
// specialists", "an agent", "a member of the team"): the writer's side. Departments and outside roles
// ("billing", "someone from billing", "the technician", "the courier") stay third parties, as in notes.
const COMPANY_ROLE =
  /^(?:(?:a|an|one\s+of\s+(?:our|the|my))\s+(?:[\w-]+\s+){0,2}?(?:representative|rep|agent|specialist|advis[oe]r|colleague|teammate|consultant|account\s+manager|case\s+manager|expert|team\s+member|member\s+of\s+(?:our|the|my)\s+(?:[\w-]+\s+){0,2}team)s?|(?:a|one)\s+member\s+of\s+(?:our|the|my)\s+(?:[\w-]+\s+){0,2}team)$/i;
// Departments and outside roles, also when someone from them acts.
const THIRD_GROUP =
  /^(?:(?:someone|somebody|a\s+member|one\s+of\s+(?:the|their)\s+\w+)\s+(?:from|in|at|of)\s+(?:the\s+)?)?(?:the\s+)?(?:billing|legal|engineering|finance|accounting|accounts|shipping|logistics|dispatch|returns|warehouse|it\s+(?:team|department|desk)|security|compliance|payroll|sales|procurement)(?:\s+(?:team|department|dept|desk))?$/i;

function nameMatches(subject: string, name: string | undefined): boolean {
  if (!name) return false;
  const s = subject.toLowerCase().replace(/'s$/, '');
  const n = name.toLowerCase().trim();
  if (!n) return false;
  const first = n.split(/\s+/)[0] ?? n;
  return s === n || s === first || s.startsWith(`${first} `);
}

/** The party a subject phrase ("I", "our team", "FedEx", "Maria") stands for, or null. */
export function partyOfSubject(subject: string, p: Perspective): Party | null {
  const s = subject
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[,:]+$/, '');
  if (!s) return null;
  if (SELF.test(s)) return p.self;
  // "Someone will be in touch": somebody on the writer's side (a named outside group comes with "from").
  if (/^(?:someone|somebody)$/i.test(s)) return p.self;
  if (OTHER.test(s)) return p.other;
  // "Your billing team", "someone from your IT department": a team on the receiver's side.
  if (/^(?:(?:someone|somebody|a\s+member|one)\s+(?:of|from|in|at)\s+)?your\s+(?:[\w-]+\s+){0,2}?(?:team|department|dept|desk)$/i.test(s))
    return p.other;
  // "Dana's team", "Sam's manager", "my manager's assistant": the side of whoever owns them. Left
  // unread, the whole subject went into the agent's action ("I'll dana's team will test the patch").
  const owner = /^(.+?)['’]s\s+(?:[\w-]+\s+){0,2}[\w-]+$/.exec(s)?.[1];
  if (owner) {
    const side = partyOfSubject(owner, p);
    if (side) return side;
  }
  if (nameMatches(s, p.customerName)) return 'customer';
  if (nameMatches(s, p.agentName)) return 'agent';
  if (/^(?:cust|customer|client)\b/i.test(s)) return p.other;
  if (COMPANY_ROLE.test(s)) return p.self;
  if (THIRD.test(s) || THIRD_GROUP.test(s)) return 'third-party';
  // "The team", "the support team": the writer's own (a department's team was caught just above).
  if (/^the\s+(?:[\w-]+\s+)?team$/i.test(s)) return p.self;
  // "Your account manager", "your technician": someone the company assigned to the receiver.
  if (
    /^your\s+(?:[\w-]+\s+)?(?:account\s+manager|case\s+manager|representative|rep|specialist|technician|engineer|advis[oe]r|consultant|installer|agent)$/i.test(
      s,
    )
  )
    return 'agent';
  // "Dana from our billing team", "someone from my office": the writer's side.
  if (/\b(?:from|in|at|of)\s+(?:our|my)\b/i.test(s)) return p.self;
  // A capitalised name nobody told us about.
  if (/^[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}$/.test(s)) {
    return p.unknownNameIsOther && !p.customerName ? p.other : 'third-party';
  }
  if (/^(?:the|our|my|their|his|her)\s/i.test(s)) return /^(?:our|my)\s/i.test(s) ? p.self : 'third-party';
  return null;
}

/**
 * Words that stand before "to" with no subject in front ("Happy to send a replacement", "Need to ship
 * it", "Going to call you"): how the writer stands to their own act, never who does it. Read as a
 * subject, "Happy" was a name nobody knew and the summary said "A third party will send…". The
 * draft then takes them off the action (draft.ts): these promise the act itself…
 */
export const OWN_ACT_BEFORE_TO =
  '(?:happy|glad|pleased|delighted|able|ready|going|planning|plan|about|set|scheduled|due|need|needs|have|has|got|want|wants|promise|promised|agreed|agree|decided|remember|supposed|expected|meant|willing|keen|eager)';
/** … and these an attempt at it ("Hoping to ship it Friday": "try to ship it"). */
export const ATTEMPT_BEFORE_TO = '(?:hoping|hope|trying|try|aiming|aim|intending|intend|attempting|attempt)';
const NOT_A_SUBJECT = new RegExp(`^(?:${OWN_ACT_BEFORE_TO}|${ATTEMPT_BEFORE_TO})$`, 'i');

/**
 * Splits a clause into subject and the rest: "Maria to send the contract" → ["Maria", "send…"],
 * "We'll ship it" → ["We", "ship it"], "cust: sends logs" → ["cust", "sends logs"].
 */
export function splitSubject(clause: string): { subject: string; rest: string; modal: string } | null {
  const label = /^\s*(cust(?:omer)?|client|agent|me|us|you)\s*[:\-–]\s*(.*)$/i.exec(clause);
  if (label) return { subject: label[1]!, rest: label[2] ?? '', modal: '' };
  const letMe = /^\s*(let\s+(?:me|us)|let's)\s+(.*)$/i.exec(clause);
  if (letMe) return { subject: letMe[1]!, rest: letMe[2] ?? '', modal: 'let' };
  const contracted = /^\s*(i|we|you|they|he|she|it)'(ll|d|re\s+going\s+to|m\s+going\s+to|re\s+gonna|m\s+gonna)\s+(.*)$/i.exec(clause);
  if (contracted) {
    return { subject: contracted[1]!, rest: contracted[3] ?? '', modal: /^d$/i.test(contracted[2]!) ? 'would' : 'will' };
  }
  const m =
    /^\s*((?:[\w@.'-]+\s+){0,5}?[\w@.'-]+?)\s+(will|shall|would|must|should|can|could|to|needs?\s+to|has\s+to|have\s+to|(?:is|are|am)\s+going\s+to|going\s+to|gonna|plans?\s+to|promised?\s+to|agreed?\s+to|is\s+to|are\s+to)\s+(.*)$/i.exec(
      clause,
    );
  if (m && !NOT_A_SUBJECT.test(m[1]!)) return { subject: m[1]!, rest: m[3] ?? '', modal: m[2]!.toLowerCase() };
  const pron = /^\s*(i|we|you|they|he|she|our\s+team|my\s+team)\s+(.*)$/i.exec(clause);
  if (pron) return { subject: pron[1]!, rest: pron[2] ?? '', modal: '' };
  return null;
}
