// Cheap pre-filters ("gates") in front of chrono's parsers. chrono runs every parser's regex over
// the whole text on every parse, about 26 of them with ours; a sentence holds one or two date
// words, so most of those regexes scan the text and find nothing. A gate says what every match of
// the parser's pattern must contain: one of a few literal words (case-insensitive), or, rarely, a
// regex. When the text has none, the parser is left out of that parse. So the results are exactly
// chrono's: a gate only skips a scan that would have found nothing.
// All literal gates are checked by one scan of the lower-cased text per parse.
import type { Parser, ParsingContext } from 'chrono-node';

/** Lower-case literals, one of which every match holds; or a regex every match satisfies. */
export type Gate = readonly string[] | RegExp;

/** A parser with the gate it runs behind (null: always runs). */
export interface GatedParser {
  parser: Parser;
  gate: Gate | null;
  /** chrono's name for one of its own parsers, given by the pin that recognised its pattern. */
  name?: string;
}

/** Parsers with their gates numbered, ready for openParsers. */
export interface GateTable {
  parsers: Parser[];
  /** Gate number of each parser; -1 for an ungated parser. */
  gateOf: number[];
  /** One alternation of every literal, longest first; global, so reset before use. */
  scan: RegExp | null;
  /**
   * Literal → bits of every literal gate satisfied by a text holding that literal, in two words:
   * gates 0–30 in the first, 31–61 in the second (plain numbers keep the per-parse check cheap).
   */
  bitsOf: Map<string, [number, number]>;
  regexGates: { re: RegExp; gate: number }[];
}

/** At most this many distinct gates: two words of 31 bits. */
const MAX_GATES = 62;

function bit(i: number): [number, number] {
  return i < 31 ? [1 << i, 0] : [0, 1 << (i - 31)];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

/** Gates equal in content share a number (two parsers gated by ['month'] open together). */
function gateKey(g: Gate): string {
  return g instanceof RegExp ? `re:${g.source}/${g.flags}` : `lit:${[...g].sort().join('\u0000')}`;
}

export function gateTable(all: readonly GatedParser[]): GateTable {
  const gates: Gate[] = [];
  const keys: string[] = [];
  const gateOf = all.map(({ gate }) => {
    if (!gate) return -1;
    const key = gateKey(gate);
    let i = keys.indexOf(key);
    if (i < 0) {
      i = keys.push(key) - 1;
      gates.push(gate);
    }
    if (i >= MAX_GATES) throw new Error(`gates.ts: more than ${MAX_GATES} distinct gates`);
    return i;
  });
  const literals = new Set<string>();
  const regexGates: GateTable['regexGates'] = [];
  gates.forEach((g, i) => {
    if (g instanceof RegExp) regexGates.push({ re: g, gate: i });
    else for (const l of g) literals.add(l);
  });
  // A scan finds, at each position, the first alternative that matches there; with the longest
  // first, every shorter literal matching at the same position is a prefix of the one found. So a
  // found literal also stands for every gate literal it contains.
  const bitsOf = new Map<string, [number, number]>();
  for (const l of literals) {
    const bits: [number, number] = [0, 0];
    gates.forEach((g, i) => {
      if (g instanceof RegExp || !g.some((x) => l.includes(x))) return;
      const [lo, hi] = bit(i);
      bits[0] |= lo;
      bits[1] |= hi;
    });
    bitsOf.set(l, bits);
  }
  const sorted = [...literals].sort((a, b) => b.length - a.length);
  const scan = sorted.length ? new RegExp(sorted.map(escape).join('|'), 'g') : null;
  return { parsers: all.map((g) => g.parser), gateOf, scan, bitsOf, regexGates };
}

/**
 * The parsers that may match `text`, in their original order. The gates are tested on this text
 * only: nothing is remembered from one call to the next.
 */
export function openParsers(table: GateTable, text: string): Parser[] {
  let lo = 0;
  let hi = 0;
  const scan = table.scan;
  if (scan) {
    const lower = text.toLowerCase();
    scan.lastIndex = 0;
    // Step one character at a time, so literals overlapping a found one are found too.
    for (let m = scan.exec(lower); m; m = scan.exec(lower)) {
      const bits = table.bitsOf.get(m[0])!;
      lo |= bits[0];
      hi |= bits[1];
      scan.lastIndex = m.index + 1;
    }
  }
  for (const { re, gate } of table.regexGates) {
    if (!re.test(text)) continue;
    const [l, h] = bit(gate);
    lo |= l;
    hi |= h;
  }
  const out: Parser[] = [];
  for (let i = 0; i < table.parsers.length; i++) {
    const g = table.gateOf[i]!;
    if (g < 0 || (g < 31 ? lo & (1 << g) : hi & (1 << (g - 31)))) out.push(table.parsers[i]!);
  }
  return out;
}

// --- chrono-node's own parsers (casual English, 2.10) -------------------------------------------
// A gate is only sound for the exact pattern it was read from, so each is pinned to its pattern's
// length and FNV-1a hash: if a chrono upgrade changes a pattern, that parser simply runs ungated
// (correct, only slower) until someone re-reads the new pattern. deadlines.test.ts counts them;
// openChronoParsers (chrono.ts) names the ones a text opens, with the pin's name.

const DIGIT: Gate = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
// Digit shapes some patterns cannot match without: four digits in a row; a digit, a separator, a digit.
const FOUR_DIGITS: Gate = /\d{4}/;
const DIGIT_SEP_DIGIT: Gate = /\d[/.-]\d/;
const DURATION: Gate =
  /(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|half\s*an?|few|several|the|couple|of|an?\b)\s*[qsmhdwy]/i;
// Every month-name alternative (january, sept., may, dec …) holds one of these.
const MONTH: Gate = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

interface Pinned {
  /** chrono's class name, reported by openChronoParsers (a minified build renames the class itself). */
  parser: string;
  /** Length and FNV-1a hash of each form its pattern takes with the options. */
  patterns: readonly (readonly [length: number, hash: number])[];
  gate: Gate;
}

const CHRONO_GATES: Pinned[] = [
  // (\W|^)([0-9]{4})[-./\s](month|[0-9]{1,2})…: four digits first.
  { parser: 'ENYearMonthDayParser', patterns: [[284, 0xcbda09e8]], gate: FOUR_DIGITS },
  // (\W|^)([0-9]{4})\-([0-9]{1,2})\-…
  { parser: 'ISOFormatParser', patterns: [[143, 0xbb6f06bd]], gate: FOUR_DIGITS },
  // ([^\d]|^)([0-3]{0,1}[0-9]{1})[/.-]([0-3]{0,1}[0-9]{1})…: digit, separator, digit.
  { parser: 'SlashDateFormatParser', patterns: [[95, 0x54246e38]], gate: DIGIT_SEP_DIGIT },
  // ENTimeUnitWithinFormatParser, whose "within/in/for" is optional with forwardDate (two patterns):
  // (\W|^)(within|in|for)?(about…)?(NUMBER)\s{0,3}(UNIT)…, NUMBER being digits,
  // one…twelve, half( an), a/an\b( few), few, several, the, (a) couple( of); every UNIT (quarters,
  // seconds … mo, yr, s, m, h, d, w, y) starts with one of [qsmhdwy]. So a match holds the end of
  // a NUMBER, spaces, and one of those letters.
  {
    parser: 'ENTimeUnitWithinFormatParser',
    patterns: [
      [864, 0x8e863c0a],
      [859, 0x69a78c5f],
    ],
    gate: DURATION,
  },
  // (\W|^)(?:on)?(ordinal)(?:to ordinal)?(?:-|/|of)(month name)…: the month name is required.
  { parser: 'ENMonthNameLittleEndianParser', patterns: [[1469, 0x7bc5adb3]], gate: MONTH },
  // (\W|^)(month name)(?:-|/|,)(ordinal)…
  { parser: 'ENMonthNameMiddleEndianParser', patterns: [[1435, 0x5143a643]], gate: MONTH },
  // (\W|^)…((?:wednesday|…|sun|mon|…|sat)|weekend|weekday)…
  { parser: 'ENWeekdayParser', patterns: [[314, 0xc3ac7316]], gate: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'week'] },
  // (\W|^)([0-9]|0[1-9]|1[012])\/([0-9]{4})
  { parser: 'ENSlashMonthFormatParser', patterns: [[39, 0xd2acb1b1]], gate: DIGIT_SEP_DIGIT },
  // (^|\s|T|\b)(?:at|from)??(\d{1,4})…
  { parser: 'ENTimeExpressionParser', patterns: [[209, 0x6f25cd98]], gate: DIGIT },
  // (\W|^)(duration)\s{0,5}(?:ago|before|earlier)(?=\W|$)
  { parser: 'ENTimeUnitAgoFormatParser', patterns: [[808, 0x88a51144]], gate: ['ago', 'before', 'earlier'] },
  // (\W|^)(duration)\s{0,5}(?:later|after|from now|henceforth|forward|out)(?=\W|$)
  { parser: 'ENTimeUnitLaterFormatParser', patterns: [[837, 0xfe27ff19]], gate: /later|after|from\s*now|henceforth|forward|out/i },
  // (\W|^)([1-9][0-9]{0,3} BE|AD…|[1-9][0-9]{3})…(month name)
  { parser: 'ENYearMonthNameParser', patterns: [[335, 0x2bc37299]], gate: DIGIT },
  // (\W|^)(now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\s*night)(?=\W|$)
  {
    parser: 'ENCasualDateParser',
    patterns: [[85, 0xd84a094f]],
    gate: ['now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'yesterday', 'night'],
  },
  // (\W|^)(?:this)?\s{0,3}(morning|afternoon|evening|night|midnight|midday|noon)(?=\W|$)
  { parser: 'ENCasualTimeParser', patterns: [[84, 0x14589975]], gate: ['morning', 'afternoon', 'evening', 'night', 'midday', 'noon'] },
  // (\W|^)(?:last\s+day|end)\s+of\s+(?:the\s+)?month(?=\W|$)
  { parser: 'ENEndOfCurrentMonthParser', patterns: [[56, 0x12a31abf]], gate: ['month'] },
  // (\W|^)((?:in)\s*)?(month name)…
  { parser: 'ENMonthNameParser', patterns: [[433, 0x1ff05841]], gate: MONTH },
  // (\W|^)(this|last|past|next|after\s*this)\s*(unit)…
  { parser: 'ENRelativeDateFormatParser', patterns: [[215, 0xf34a999c]], gate: ['this', 'last', 'past', 'next', 'after'] },
  // (\W|^)(this|last|past|next|after|\+|-)\s*(duration)…
  {
    parser: 'ENTimeUnitCasualRelativeFormatParser',
    patterns: [[814, 0xbffb24d7]],
    gate: ['this', 'last', 'past', 'next', 'after', '+', '-'],
  },
];

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * chrono's parsers with the gates that fit them. A parser is recognised by its pattern, never by
 * its class name (minified builds rename classes). `probes` are contexts with different options,
 * built once by the caller, so that a pattern depending on the options is pinned in every form.
 */
export function gateChronoParsers(parsers: Parser[], probes: ParsingContext[]): GatedParser[] {
  return parsers.map((parser) => {
    // Every pattern the parser may use (its pattern can depend on the options) must be pinned,
    // all by the same pin.
    const pins = probes.map((c) => {
      const src = parser.pattern(c).source;
      const hash = fnv1a(src);
      return CHRONO_GATES.find((g) => g.patterns.some(([length, h]) => length === src.length && h === hash)) ?? null;
    });
    const pin = pins[0];
    return pin && pins.every((p) => p === pin) ? { parser, gate: pin.gate, name: pin.parser } : { parser, gate: null };
  });
}

/** Whether `text` (with `lower` its lower-case copy) can hold a match of a parser behind `gate`. */
export function gateHolds(gate: Gate | null, text: string, lower: string): boolean {
  if (gate === null) return true;
  return gate instanceof RegExp ? gate.test(text) : gate.some((literal) => lower.includes(literal));
}
