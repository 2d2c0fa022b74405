// Turning a stored action ("send the rate card") into a sentence for the customer ("I'll send the
// rate card"). Deliberately small: strip a subject the words already carry, add ours, and swap
// first and second person when the words were the customer's own.
import type { Party } from '../commitments/types';

export type AgentVoice = 'I' | 'we' | 'name';

export interface Voice {
  agentVoice: AgentVoice;
  agentName: string;
  customerName: string;
}

/** Collapses whitespace and trims trailing punctuation that would clash with ours. */
export function clean(text: unknown): string {
  if (typeof text !== 'string') return '';
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–—•*]+/, '')
    .replace(/[\s.,;:!?]+$/, '');
}

/** Lower-cases a capitalized ordinary first word ("Send" → "send"), leaving "FedEx", "I", "EU" alone. */
function lowerFirstWord(text: string): string {
  const m = /^([A-Z])([a-z]+)(?=$|[\s,'’])/.exec(text);
  if (!m) return text;
  return m[1]!.toLowerCase() + text.slice(1);
}

export function upperFirst(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function normName(s: string | null | undefined): string {
  return typeof s === 'string' ? s.trim().replace(/\s+/g, ' ').toLowerCase() : '';
}

/** "Dana", "Dana Reyes" and "dana reyes" are the same person here. */
export function samePerson(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = normName(a);
  const y = normName(b);
  if (!x || !y) return false;
  if (x === y) return true;
  return x.split(' ')[0] === y.split(' ')[0] && (x.startsWith(`${y} `) || y.startsWith(`${x} `));
}

const MODAL =
  "(?:['’]ll|\\s+(?:will|shall|would|must|should|can|could|may|might|needs? to|ha(?:ve|s) to|(?:am|is|are) going to|(?:am|is|are) to|to)|['’](?:m|re|s) going to)";

export interface Subject {
  /** "I'll", "You'll", "FedEx will". */
  lead: string;
  /** "me", "you", "FedEx": for "waiting on … to …". */
  object: string;
}

export function subjectFor(party: Party, partyName: string | null | undefined, voice: Voice): Subject {
  const name = clean(partyName);
  if (party === 'agent') {
    if (name && !samePerson(name, voice.agentName)) return { lead: `${name} will`, object: name };
    if (voice.agentVoice === 'name' && voice.agentName) return { lead: `${voice.agentName} will`, object: voice.agentName };
    if (voice.agentVoice === 'we') return { lead: "We'll", object: 'us' };
    return { lead: "I'll", object: 'me' };
  }
  if (party === 'customer') {
    if (name && !samePerson(name, voice.customerName)) return { lead: `${name} will`, object: name };
    return { lead: "You'll", object: 'you' };
  }
  if (name) return { lead: `${name} will`, object: name };
  return { lead: 'A third party will', object: 'a third party' };
}

const PRONOUN_SUBJECT = new RegExp(`^(?:i|we|you)${MODAL}?\\s+`, 'i');
const MODAL_ONLY = /^(?:will|shall|['’]ll)\s+/i;
const TO_ONLY = /^to\s+/i;
const patternCache = new Map<string, RegExp[]>();

/** The patterns for one set of names, kept so that 1,000 items do not compile 4,000 regexps. */
function subjectPatterns(escapedNames: string[]): RegExp[] {
  const key = escapedNames.join('\u0000');
  let patterns = patternCache.get(key);
  if (!patterns) {
    const nouns = ['they', 'he', 'she', 'the customer', 'customer', 'the client', 'client', 'the agent', 'agent', ...escapedNames];
    patterns = [PRONOUN_SUBJECT, new RegExp(`^(?:${nouns.join('|')})${MODAL}\\s+`, 'i'), MODAL_ONLY, TO_ONLY];
    if (patternCache.size > 100) patternCache.clear();
    patternCache.set(key, patterns);
  }
  return patterns;
}

export interface Predicate {
  /** The words after our subject ("send the rate card"), or the whole clause when `ownSubject`. */
  text: string;
  /** The action carries its own conjugated subject ("FedEx delivers the parcel"): add none. */
  ownSubject: boolean;
}

/**
 * Removes a subject the action already starts with ("I'll send…", "we will send…", "Dana to
 * send…", "will send…", "to send…") so that it is not doubled.
 */
export function toPredicate(action: string, party: Party, partyName: string | null | undefined, voice: Voice): Predicate {
  const text = clean(action);
  const names = [partyName, voice.agentName, voice.customerName]
    .map((n) => clean(n))
    .filter((n) => n.length > 0)
    .flatMap((n) => [n, n.split(' ')[0]!])
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  for (const re of subjectPatterns(names)) {
    const m = re.exec(text);
    if (m && m[0].length < text.length) return { text: lowerFirstWord(text.slice(m[0].length)), ownSubject: false };
  }
  const own = clean(partyName);
  if (party === 'third-party' && own && new RegExp(`^${escapeRegExp(own)}\\s+\\S`, 'i').test(text)) {
    return { text, ownSubject: true };
  }
  return { text: lowerFirstWord(text), ownSubject: false };
}

/**
 * Words the customer wrote ("I" = the customer, "you" = the agent's side) rewritten for a summary
 * the agent sends ("you" = the customer). One pass, so nothing is swapped back.
 */
export function swapPerson(text: string, agentVoice: AgentVoice): string {
  const we = agentVoice === 'we';
  const subjectYou = we ? 'we' : 'I';
  const map: Record<string, string> = {
    i: 'you',
    me: 'you',
    my: 'your',
    mine: 'yours',
    myself: 'yourself',
    we: 'you',
    us: 'you',
    our: 'your',
    ours: 'yours',
    ourselves: 'yourselves',
    "i'm": "you're",
    "i've": "you've",
    "i'll": "you'll",
    "i'd": "you'd",
    "we're": "you're",
    "we've": "you've",
    "we'll": "you'll",
    "we'd": "you'd",
    your: we ? 'our' : 'my',
    yours: we ? 'ours' : 'mine',
    yourself: we ? 'ourselves' : 'myself',
    yourselves: 'ourselves',
    "you're": we ? "we're" : "I'm",
    "you've": we ? "we've" : "I've",
    "you'll": we ? "we'll" : "I'll",
    "you'd": we ? "we'd" : "I'd",
  };
  const clauseStart =
    /(?:^|\b(?:if|once|when|whenever|after|before|until|and|or|so|because|since|as|that|unless|while|then))\s*$|[,;:(]\s*$/i;
  return text.replace(
    /\b(?:i['’](?:m|ve|ll|d)|we['’](?:re|ve|ll|d)|you['’](?:re|ve|ll|d)|myself|mine|my|me|i|we|us|ours|ourselves|our|yourselves|yourself|yours|your|you)\b/gi,
    (word, offset: number, whole: string) => {
      const key = word.toLowerCase().replace('’', "'");
      let out: string;
      if (key === 'you') out = clauseStart.test(whole.slice(Math.max(0, offset - 12), offset)) ? subjectYou : we ? 'us' : 'me';
      else out = map[key] ?? word;
      // Keep a capital the writer put at the very start; mid-sentence only "I…" is capitalized.
      return offset === 0 && /^[A-Z]/.test(word) ? upperFirst(out) : out;
    },
  );
}

const CONDITION_START =
  /^(?:if|once|when|whenever|after|as soon as|provided|providing|assuming|unless|as long as|so long as|upon|on|subject to|pending|until|before|depending on|in case|only if)\b/i;

/** "once you've sent the portfolio"; a bare "legal signs" becomes "once legal signs". */
export function conditionPhrase(condition: string): string {
  const c = lowerFirstWord(clean(condition));
  if (!c) return '';
  return CONDITION_START.test(c) ? c : `once ${c}`;
}

const REASON_START = /^(?:so|because|since|as|to|in order|for|given|due to|otherwise|that way|which)\b/i;
const CLAUSE_SUBJECT = /^(?:we|you|i|they|it|he|she|there|this|that)\b/i;

/** "so we won't miss Wednesday's deadline"; "we won't miss…" gets "so that". */
export function reasonPhrase(reason: string): string {
  const r = lowerFirstWord(clean(reason));
  if (!r) return '';
  if (REASON_START.test(r)) return r;
  if (CLAUSE_SUBJECT.test(r)) return `so that ${r}`;
  return `(${r})`;
}
