// Small number words, so "within two business days" and "in a couple of hours" read like digits.
const WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  thirteen: 13,
  fourteen: 14,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  'a couple of': 2,
  'a couple': 2,
  couple: 2,
  'a quarter of an': 0.25,
  'a quarter of a': 0.25,
  'three quarters of an': 0.75,
  'a few': 3,
  few: 3,
  half: 0.5,
  'half an': 0.5,
  'half a': 0.5,
  'a half': 0.5,
};

// Tens, alone or with a unit ("twenty", "forty-eight", "thirty six"), tried before the small words: a
// compound read from its last part ("forty-eight hours" as "eight hours") would give a wrong deadline.
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const COMPOUND = `(?:${TENS.join('|')})(?:[\\s-]+(?:${UNITS.join('|')}))?`;

const TENS_BEFORE = new RegExp(`\\b(?:${TENS.join('|')})[\\s-]+$`, 'i');

/** A unit word ("eight") said right after a tens word ("forty-"): the last part of a compound. */
export function endsCompound(textBefore: string, word: string): boolean {
  return UNITS.includes(word.toLowerCase()) && TENS_BEFORE.test(textBefore);
}

/** Counts in words past twelve, which chrono-node's own relative parsers do not know ("in thirty days"). */
export const LARGE_NUMBER_WORDS = `${COMPOUND}|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen`;

export const NUMBER_PATTERN = `(\\d{1,4}(?:\\.\\d+)?|an?\\s+quarter\\s+of\\s+an?|three\\s+quarters\\s+of\\s+an?|a\\s+couple(?:\\s+of)?|a\\s+few|half\\s+an?|a\\s+half|${LARGE_NUMBER_WORDS}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;

/**
 * A span of time, a count and a unit: "2 business days", "forty-eight hours", "a couple of weeks",
 * "half an hour", "3 months". One pattern for every place that must tell a span from a moment (a
 * deadline counted from another step; "within" before it in a summary line), so a count one of them
 * knows is known to all. NUMBER_PATTERN without its capture for the count.
 */
export const SPAN_PATTERN = `${NUMBER_PATTERN.replace(/^\(/, '(?:')}\\s*(?:-\\s*)?(?:full\\s+)?(?:(?:business|working|calendar|work)\\s+)?(?:days?|hours?|hrs?|minutes?|mins?|weeks?|months?)`;

export function toNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d/.test(w)) {
    const n = Number(w);
    return Number.isFinite(n) ? n : null;
  }
  const compound = /^([a-z]+)(?:[ -]+([a-z]+))?$/.exec(w);
  const tens = compound ? TENS.indexOf(compound[1]!) : -1;
  if (compound && tens >= 0) {
    // TENS starts at twenty: index 0 is 20.
    if (compound[2] === undefined) return (tens + 2) * 10;
    const unit = UNITS.indexOf(compound[2]);
    return unit < 0 ? null : (tens + 2) * 10 + unit + 1;
  }
  return WORDS[w] ?? null;
}
