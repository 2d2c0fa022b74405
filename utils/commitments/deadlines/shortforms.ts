// Short forms chrono-node 2.10 does not know, rewritten to ones it does *of the same length*
// before parsing, so every index chrono reports still points into the text as written (the hit's
// words are then sliced from the original): "tues" → "tue.", "weds" → "wed.", "tom" → "tmr".
// "tom" is rewritten only in lower case and where a day is meant ("by tom", "tom morning",
// "see you tom", "tom 3pm", "tom at 11:30"): "Tom will call" stays a name.

const TUES_WEDS = /\b(?:tues|weds)\b/gi;
const TOM_AS_DAY =
  /(?<=\b(?:by|until|till|til|before|for|from|on|see\s+you|talk|speak|chat|call|ready|done|back|latest|and|or)\s+)tom\b(?!['’]s)|\btom(?=\s+(?:(?:morning|afternoon|evening|night|eod|cob|first\s+thing|latest)\b|(?:at\s+)?\d))/g;

/** `text` with the short forms above replaced, the length unchanged. */
export function normaliseShortForms(text: string): string {
  let out = text;
  if (/tues|weds/i.test(out)) out = out.replace(TUES_WEDS, (w) => `${w.slice(0, 3)}.`);
  if (out.includes('tom')) out = out.replace(TOM_AS_DAY, 'tmr');
  return out;
}
