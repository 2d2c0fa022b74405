// Promises already kept: a later message of the same party that delivers what an earlier one
// promised ("attached are the volumes", "I've sent the signed SOW", "here is the tracking number").
// Pure. Precision over recall: a wrong "done" hides a broken promise, so a delivery counts only
// when one sentence of the later message has a delivery cue (an attachment, a completed sending
// verb), nothing that makes it future, partial or negated, and names the promised thing.
import type { Party } from '../commitments/types';

/** What was promised: who acts and what (the draft's `action`, without its deadline words). */
export interface PromisedThing {
  party: Party | null;
  action: string;
}

export interface LaterMessage {
  author: Party;
  text: string;
}

export interface Delivery {
  /** The sentence that delivers it. */
  sentence: string;
  /** The promised thing's words found in that sentence. */
  matched: string[];
}

/**
 * Promises whose keeping shows in a message: the action starts by handing something over. "Decide",
 * "call", "check … and get back to you" are kept by other means.
 */
const DELIVERABLE_VERB =
  /^(?:also\s+|then\s+|just\s+)?(?:send|share|provide|forward|e-?mail|mail|attach|upload|submit|return|ship|deliver|post|pass|get|have|drop|put|resend|re-send|circulate|give|sign)\b/i;
/** "Get back to you", "have a look", "get started": those verbs without a thing handed over. */
const NOT_A_HANDOVER =
  /^(?:\w+\s+)?(?:get|have|put|give)\s+(?:back|in touch|started|on|a (?:look|chat|call|think|word)|some thought|it a (?:try|go))\b/i;
/** Where the thing's name ends: the time, purpose or condition that follows it. */
const OBJECT_END = /\b(?:before|after|ahead of|prior to|in time for|so that|so|once|when|until|by|as soon as|if|unless|because|since)\b/i;

/** The delivery itself, done: attachment cues and completed sending verbs. */
const DELIVERY_CUES: RegExp[] = [
  /\b(?:attached|enclosed)\b/i,
  /\battaching\b/i,
  /\bplease find\b/i,
  /\bhere(?:'s| is| are)\b/i,
  /\bhere you go\b/i,
  /\bas promised\b/i,
  /\b(?:i|we)(?:'ve| have)?\s+(?:just\s+|now\s+|already\s+|finally\s+)?(?:sent|shared|forwarded|e-?mailed|mailed|uploaded|submitted|returned|shipped|posted|delivered|dropped|put|resent|circulated|signed and (?:sent|returned)|attached)\b/i,
  /\b(?:has|have|was|were)\s+(?:just\s+|now\s+|already\s+)?(?:been\s+)?(?:sent|shared|forwarded|e-?mailed|mailed|uploaded|submitted|returned|shipped|posted|delivered|signed)\b/i,
  /\b(?:is|are)\s+(?:now\s+)?(?:in your inbox|on (?:its|their) way|in the (?:shared )?(?:folder|drive|portal))\b/i,
  /\b(?:sent|shipped|went out|uploaded)\s+(?:it\s+|them\s+)?(?:over\s+|out\s+)?(?:this morning|today|yesterday|earlier|an hour ago|just now|last night)\b/i,
];

/**
 * Makes the sentence not a delivery: future or conditional words, negation, a question, a part
 * only, a failed or missing attachment.
 */
const NOT_DONE =
  /(?:\bun(?:signed|finished|completed|approved|checked)\b|\bincomplete\b|\bwithout\b|\b(?:not|never|no longer|yet to|still (?:need|have|working|waiting)|will|shall|going to|gonna|plan to|about to|tomorrow|later|next week|once|as soon as|when i|if|unless|forgot|forget|unable|failed|missing|instead of|rather than|hope to|try to|trying to|should|would|could|can|might|may|need to|needs to|wanted to|meant to|waiting (?:for|on)|hoping|partial|part of|first (?:half|part|batch|few|draft of)|some of|rest of|remaining|most of)\b|n't\b|'ll\b|\?)/i;

/** Words that do not name the thing: verbs, pronouns, determiners, filler. */
const STOPWORDS = new Set(
  (
    'a an the our your my their his her its this that these those you me us him them it we i they to for of on in at by with from and or ' +
    'send sending sent share shared provide provided forward forwarded email emailed mail mailed attach attached upload uploaded submit ' +
    'submitted return returned ship shipped deliver delivered post posted get got have has had drop dropped put give given pass along over ' +
    'back out up across resend circulate sign signed will would shall also just all both each some any more most new updated revised latest ' +
    'final finished complete completed full current please here there as promised today tomorrow week end soon asap before after next ' +
    'monday tuesday wednesday thursday friday saturday sunday morning afternoon evening eod cob copy ' +
    'about into regarding re via through per under than what which who whom whose asked ask need needed wanted mentioned discussed ' +
    'talked agreed requested said is are was were be been being do does did done let know thanks thank hi hello hope'
  ).split(/\s+/),
);

/** Names of a thing so general that alone they do not say which thing ("the file", "the info"). */
const GENERIC = new Set(
  'file files document documents doc docs info information details detail update updates link links note notes list version stuff thing things item items data report email message materials paperwork form forms number numbers'.split(
    ' ',
  ),
);

/** Lower-case words, plural and possessive endings folded ("volumes" = "volume", "SOW's" = "sow"). */
export function contentWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? []
  )
    .map((w) => w.replace(/'s$/, '').replace(/'$/, ''))
    .filter((w) => w.length > 1 && !STOPWORDS.has(w))
    .map(stem);
}

function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 4 && /(?:ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Sentences of a message; line breaks and semicolons end one too ("Attached. I'll send the rest Friday"). */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?;:])\s+|\n+|(?:\s[-–—]\s)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The promised thing's words: the action without its verb and filler ("updated Q3 shipment volumes" → q3, shipment, volume). */
export function promisedObject(action: string): string[] {
  const end = OBJECT_END.exec(action);
  return [...new Set(contentWords(end ? action.slice(0, end.index) : action))];
}

/** Where the thing's own noun phrase ends ("the summary | of today's call", "the volumes | to Dana"). */
const PHRASE_END = /\s(?:of|for|from|on|with|about|to|in|at|into|via|through)\s/i;

/**
 * The promised thing's head noun: the last word of its first noun phrase ("updated Q3 shipment
 * volumes" → volume; "summary of today's call" → summary). Null when there is none.
 */
function headNoun(action: string): string | null {
  const end = OBJECT_END.exec(action);
  const object = end ? action.slice(0, end.index) : action;
  // Skip the verb and who it goes to ("send you", "get Dana") before looking for the phrase's end.
  const afterVerb = object.replace(/^\s*(?:also\s+|then\s+|just\s+)?\S+\s+/, ' ');
  const cut = PHRASE_END.exec(afterVerb);
  const words = contentWords(cut ? afterVerb.slice(0, cut.index) : afterVerb);
  return words.at(-1) ?? null;
}

/** Said of the thing in another sentence: still to come, not done ("Here is the NDA; I'll sign it once …"). */
const STILL_TO_COME = /\b(?:i'll|we'll|i will|we will|going to|still|yet|not|once|after|later|tomorrow|next)\b|n't\b/i;
const REFERS_BACK = /\b(?:it|them|the rest|the remaining|the others?)\b/i;

function isDeliverable(promise: PromisedThing): boolean {
  const action = promise.action.trim();
  return DELIVERABLE_VERB.test(action) && !NOT_A_HANDOVER.test(action);
}

/**
 * The sentence of `later` that delivers what `promise` promised, or null. The later message must be
 * written by the side that promised. One distinctive word of the promised thing must appear in the
 * delivering sentence (or two general ones: "the file" alone is not enough).
 */
export function findDelivery(promise: PromisedThing, later: LaterMessage): Delivery | null {
  if (!promise.party || promise.party !== later.author) return null;
  if (!isDeliverable(promise)) return null;
  const wanted = promisedObject(promise.action);
  if (wanted.length === 0) return null;
  const sentences = sentencesOf(later.text);
  const names = (sentence: string): string[] => {
    const words = new Set(contentWords(sentence));
    return wanted.filter((w) => words.has(w));
  };
  const head = headNoun(promise.action);
  const distinctive = wanted.filter((w) => !GENERIC.has(w));
  /**
   * Names the same thing, not a neighbour: its head noun ("the photos" is not "the warehouse photos"
   * when the sentence says whose photos they are) and, when the thing has several words, a second
   * one or nothing else named beside it. A general head ("number", "list") needs two words.
   */
  const enough = (matched: string[], clause: string): boolean => {
    if (!matched.some((w) => !GENERIC.has(w))) return false;
    if (head && GENERIC.has(head)) return matched.length >= 2;
    if (head && !matched.includes(head)) return false;
    if (matched.length >= 2 || distinctive.length <= 1) return true;
    const others = contentWords(clause).filter((w) => !wanted.includes(w) && !GENERIC.has(w));
    return others.length === 0;
  };
  const vetoed = sentences.some(
    (s) =>
      STILL_TO_COME.test(s) &&
      (names(s).length > 0 || REFERS_BACK.test(s)) &&
      !DELIVERY_CUES.some((re) => re.test(s) && !NOT_DONE.test(withoutThing(s, wanted))),
  );
  if (vetoed) return null;
  for (const [i, sentence] of sentences.entries()) {
    if (!DELIVERY_CUES.some((re) => re.test(sentence))) continue;
    if (NOT_DONE.test(withoutThing(sentence, wanted))) continue;
    const matched = names(sentence);
    const clause = sentence.split(/,\s*/).find((part) => DELIVERY_CUES.some((re) => re.test(part))) ?? sentence;
    const handed = handedPhrase(clause);
    if (handed !== null) {
      // "Attached is the return label for the broken badge reader": what is handed over is the
      // label; the thing's words after "for"/"of" only describe it.
      const inPhrase = names(handed);
      const others = contentWords(handed).filter((w) => !wanted.includes(w));
      const wholeThing = others.length === 0 && inPhrase.length >= 2; // "the failed rows" for "CSV export of the failed rows"
      if (head && !inPhrase.includes(head) && !GENERIC.has(head) && !wholeThing) continue;
      if (others.length > 0 && inPhrase.length < Math.min(2, distinctive.length + 1)) continue;
      // "the diagram of the old Paris network" for "the network diagram": one word in the phrase
      // and others around it say it is another one.
      const aroundIt = contentWords(clause).filter((w) => !wanted.includes(w) && !GENERIC.has(w));
      if (inPhrase.length < 2 && distinctive.length >= 2 && aroundIt.length > 0) continue;
      if (others.some((w) => !GENERIC.has(w)) && GENERIC.has(head ?? '')) continue;
    }
    if (enough(matched, clause)) return { sentence, matched };
    // "The engineering ticket is IMP-2291; I've forwarded it to you": the thing named just before,
    // in a sentence that is itself plainly stated.
    const before = i > 0 ? sentences[i - 1]! : '';
    const named = before && !NOT_DONE.test(withoutThing(before, wanted)) ? names(before) : [];
    if (enough(named, before)) return { sentence: `${before} ${sentence}`, matched: named };
  }
  return null;
}

/** "attached is X", "here are X", "please find X", "enclosed is X": X up to where its noun phrase ends. */
const HANDED_OVER =
  /\b(?:attached|enclosed)\s+(?:is|are|you'll find|please find)\s+(.+)|\bhere(?:'s| is| are)\s+(.+)|\bplease find\s+(.+)/i;

function handedPhrase(clause: string): string | null {
  const m = HANDED_OVER.exec(clause);
  const rest = m?.[1] ?? m?.[2] ?? m?.[3];
  if (!rest) return null;
  const cut = /\s(?:of|for|from|on|with|about|to|in|at|into|via|through|as|that|which|you|we|i)\s|[,;:.!]/i.exec(` ${rest}`);
  return (cut ? ` ${rest}`.slice(0, cut.index) : rest).trim();
}

/** The sentence with the promised thing's own words blanked: "the failed rows" is no failure. */
function withoutThing(sentence: string, wanted: readonly string[]): string {
  const set = new Set(wanted);
  return sentence.replace(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu, (w) => (set.has(stem(w.toLowerCase().replace(/'s$/, ''))) ? '_' : w));
}

export type KeptTiming = 'on-time' | 'late' | 'unknown';

/** On time or late by the real dates: the delivering message's sent time against the deadline. */
export function keptTiming(dueAt: string | null | undefined, deliveredAt: string | undefined): KeptTiming {
  if (!dueAt || !deliveredAt) return 'unknown';
  const due = Date.parse(dueAt);
  const at = Date.parse(deliveredAt);
  if (Number.isNaN(due) || Number.isNaN(at)) return 'unknown';
  return at <= due ? 'on-time' : 'late';
}
