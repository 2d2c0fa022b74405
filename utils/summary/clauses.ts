// Checks that keep a summary line from being garbled whatever the parsed fields hold: is the action a
// verb phrase we can put after "I'll", do two fields say the same thing, and the agent's own words
// with our date put in beside theirs when the action cannot be trusted.
import { clean } from './phrasing';

const CONDITION_WORD =
  /^(?:if|once|when|whenever|after|as soon as|as long as|so long as|provided|providing|assuming|unless|upon|until|till|before|in case|only if|depending on|pending|subject to|the moment|the minute)\b/i;

/** A subject where a verb should be: the clause kept its own subject. */
const SUBJECT_START =
  /^(?:i|i['’](?:ll|m|d|ve)|we|we['’](?:ll|re|d|ve)|you|you['’](?:ll|re|d|ve)|he|she|it|they|they['’](?:ll|re)|someone|somebody|everyone|nobody|there|this|that|these|those)\b/i;

/** Words that cannot start a verb phrase after "I'll". */
const NOT_A_VERB_START =
  /^(?:the|a|an|our|your|my|his|her|their|its|by|on|at|in|for|with|from|of|to|and|or|but|so|because|since|as|than|then|which|who|whom|whose|what|where|why|how|is|are|was|were|am|been|being|has|had|did|does|will|shall|would|should|could|can|may|might|must|\d)\b/i;

/** Words a clause cannot end on: it was cut mid-clause ("send the quote to", "once the"). */
const DANGLING_END =
  /\b(?:the|a|an|our|your|my|their|to|for|with|from|of|by|and|or|but|so|because|if|once|when|that|which|than|as|will|shall|would|should|could|can|must|is|are|was|were)$/i;

/** A modal with a subject in the middle of the words: a second clause was glued on ("… I'll double-check"). */
const INNER_CLAUSE = /\b(?:i|we|you|they|he|she)(?:['’]ll|\s+will|\s+shall|\s+(?:am|are|is)\s+going\s+to)\s+\w/i;

function norm(text: string): string {
  return clean(text)
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `needle`'s words appear in `haystack` as a run ("once your volumes arrive" in the action). */
export function containsPhrase(haystack: string, needle: string): boolean {
  const h = ` ${norm(haystack)} `;
  const n = norm(needle);
  return n.length > 0 && h.includes(` ${n} `);
}

/**
 * Whether `action` reads as a verb phrase that can follow "I'll"/"You'll": not empty, not opening
 * with a condition word or a subject, no second clause, not cut mid-clause, and not repeating its
 * own condition, reason or deadline words.
 */
export function isSureAction(action: string, others: { conditions?: string[]; reason?: string | null; dueText?: string | null }): boolean {
  const a = clean(action);
  if (!a || a.split(' ').length > 40) return false;
  if (CONDITION_WORD.test(a) || SUBJECT_START.test(a) || NOT_A_VERB_START.test(a)) return false;
  if (INNER_CLAUSE.test(a)) return false;
  if (DANGLING_END.test(a)) return false;
  if (/^[^\p{L}]/u.test(a)) return false;
  for (const c of others.conditions ?? []) {
    const words = clean(c).replace(CONDITION_WORD, '').trim();
    if (words && containsPhrase(a, words)) return false;
  }
  if (others.reason && norm(others.reason).split(' ').length >= 2 && containsPhrase(a, others.reason)) return false;
  if (others.dueText && norm(others.dueText).split(' ').length >= 2 && containsPhrase(a, others.dueText)) return false;
  return true;
}

/** Whether a condition is worth writing: not empty and not cut mid-clause. */
export function isWholeClause(text: string): boolean {
  const c = clean(text);
  return c.length > 0 && !DANGLING_END.test(c) && !INNER_CLAUSE.test(c);
}

const STOP = new Set(
  'your yours our ours their them they this that these those with from into have has will shall would should could send sent sending give get gets getting receive received arrive arrives arrived come comes back over about after once when before then than some more most just also please updated update new the and for are was were been being'.split(
    ' ',
  ),
);

function contentWords(text: string): Set<string> {
  return new Set(
    norm(text)
      .split(' ')
      .filter((w) => w.length >= 4 && !STOP.has(w))
      .map(singular),
  );
}

/**
 * One word for singular and plural, so that "once the files arrive" and "send the file" are about the
 * same thing: "copies" → "copy", "patches"/"boxes"/"addresses" → "patch"/"box"/"address", "files"/"cases" →
 * "file"/"case"; a word ending in "ss", "us" or "is" is no plural ("address", "status", "analysis").
 */
function singular(word: string): string {
  const w = word.replace(/'s$/, '');
  if (/ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|zz)es$/.test(w)) return w.slice(0, -2);
  return w.replace(/(?<![sui])s$/, '');
}

/** Two phrases are about the same thing ("once your volumes arrive" / "send your Q3 volumes"). */
export function sameSubjectMatter(a: string, b: string): boolean {
  const x = contentWords(a);
  for (const w of contentWords(b)) if (x.has(w)) return true;
  return false;
}

/** Index and length of `needle` in `haystack`, case-insensitive, on word boundaries; null when absent. */
export function findWords(haystack: string, needle: string): { index: number; length: number } | null {
  const n = clean(needle);
  if (!n) return null;
  const escaped = n
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+')
    .replace(/['’]/g, "['’]");
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').exec(haystack);
  return m ? { index: m.index, length: m[0].length } : null;
}

/** Puts `insert` right after the first occurrence of `needle`; null when `needle` is not there. */
export function insertAfter(text: string, needle: string, insert: string): string | null {
  const hit = findWords(text, needle);
  if (!hit) return null;
  const end = hit.index + hit.length;
  return text.slice(0, end) + insert + text.slice(end);
}

/** "Once your volumes arrive I'll …" → "Once your volumes arrive, I'll …": the comma a leading condition takes. */
export function commaAfterLeadingCondition(text: string, conditions: string[]): string {
  for (const c of conditions) {
    const hit = findWords(text, clean(c));
    if (hit && hit.index === 0) {
      const end = hit.length;
      const rest = text.slice(end);
      if (/^\s*[,;:—–-]/.test(rest) || /^\s*\(/.test(rest) || rest.trim() === '') return text;
      return `${text.slice(0, end)},${rest}`;
    }
  }
  return text;
}

/**
 * The third-person form of a verb phrase's first word, for "after FedEx delivers the samples".
 * Null when the first word does not look like a verb we can inflect.
 */
export function thirdPerson(predicate: string): string | null {
  const m = /^([a-z][a-z-]*)(.*)$/s.exec(predicate);
  if (!m) return null;
  const verb = m[1]!;
  const rest = m[2] ?? '';
  const irregular: Record<string, string> = { be: 'is', have: 'has', do: 'does', go: 'goes' };
  let out: string;
  if (irregular[verb]) out = irregular[verb]!;
  else if (/(?:s|sh|ch|x|z|o)$/.test(verb)) out = `${verb}es`;
  else if (/[^aeiou]y$/.test(verb)) out = `${verb.slice(0, -1)}ies`;
  else out = `${verb}s`;
  return out + rest;
}

const LEADING_CONDITION =
  /^((?:if|once|when|whenever|after|as soon as|as long as|provided(?: that)?|assuming|unless|upon|the moment)\b[^,;:]*?)\s*,?\s+((?:i|we|you|they|he|she)(?:['’]ll|\s+will|\s+shall|\s+(?:am|are|is)\s+going\s+to)\b)/i;

/**
 * The condition the words open with, up to the main clause's subject ("once your volumes arrive"
 * in "once your volumes arrive I'll double-check…"), and the words with the comma it takes.
 */
export function leadingCondition(text: string): { condition: string; text: string } | null {
  const m = LEADING_CONDITION.exec(text);
  if (!m) return null;
  const condition = m[1]!.trim();
  return { condition, text: `${condition}, ${m[2]}${text.slice(m[0].length)}` };
}

/** "so we can so we can" → "so we can": a run of words typed or parsed twice in a row, said once. */
export function collapseRepeats(text: string): string {
  let out = text;
  for (let i = 0; i < 3; i++) {
    const next = out.replace(
      /(?<![\p{L}\p{N}])((?:[\p{L}\p{N}'’-]+\s+){0,7}[\p{L}\p{N}'’-]+)(?:\s*,?\s+\1)+(?![\p{L}\p{N}])/giu,
      (whole, run: string) =>
        // A doubled single short word can be meant ("had had", "that that"); only runs of two or more words, or long words.
        run.includes(' ') || run.length > 3 ? run : whole,
    );
    if (next === out) break;
    out = next;
  }
  return out;
}

/** "send the file to" → "send the file": words a clause cannot end on, taken off its end. */
export function trimDangling(text: string): string {
  let out = clean(text);
  for (let i = 0; i < 5 && DANGLING_END.test(out); i++) out = out.replace(DANGLING_END, '').replace(/[\s,;:]+$/, '');
  return out;
}
