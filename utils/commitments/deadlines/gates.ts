// Cheap pre-filters ("gates") in front of chrono's parsers. chrono runs every parser's regex over
// the whole text on every parse, about 26 of them with ours; a sentence holds one or two date
// words, so most of those regexes scan the text and find nothing. A gate is one quick test that is
// true whenever the parser's pattern could match: a literal that every match must contain. When
// the gate is false the parser is left out of that parse. So the results are exactly chrono's: a
// gate only skips a scan that would have found nothing.
import type { Parser, ParsingContext } from 'chrono-node';

/** A parser with the gate it runs behind (null: always runs). */
export interface GatedParser {
  parser: Parser;
  gate: RegExp | null;
}

/**
 * The parsers that may match `text`, in their original order. Each distinct gate is tested once,
 * on this text only: nothing is remembered from one call to the next.
 */
export function openParsers(all: readonly GatedParser[], text: string): Parser[] {
  const out: Parser[] = [];
  let tested: RegExp[] | null = null;
  let results: boolean[] | null = null;
  for (const { parser, gate } of all) {
    if (gate) {
      let i = tested ? tested.indexOf(gate) : -1;
      if (i < 0) {
        (tested ??= []).push(gate);
        (results ??= []).push(gate.test(text));
        i = tested.length - 1;
      }
      if (!results![i]) continue;
    }
    out.push(parser);
  }
  return out;
}

// --- chrono-node's own parsers (casual English, 2.10) -------------------------------------------
// A gate is only sound for the exact pattern it was read from, so each is pinned to its pattern's
// length and FNV-1a hash: if a chrono upgrade changes a pattern, that parser simply runs ungated
// (correct, only slower) until someone re-reads the new pattern. deadlines.test.ts counts them.

export const DIGIT = /\d/;
// Every month-name alternative (january, sept., may, dec …) holds one of these.
const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

interface Pinned {
  parser: string;
  length: number;
  hash: number;
  gate: RegExp;
}

const CHRONO_GATES: Pinned[] = [
  // (\W|^)([0-9]{4})[-./\s](month|[0-9]{1,2})…: four digits first.
  { parser: 'ENYearMonthDayParser', length: 284, hash: 0xcbda09e8, gate: DIGIT },
  // (\W|^)([0-9]{4})\-([0-9]{1,2})\-…
  { parser: 'ISOFormatParser', length: 143, hash: 0xbb6f06bd, gate: DIGIT },
  // ([^\d]|^)([0-3]{0,1}[0-9]{1})[/.-]…
  { parser: 'SlashDateFormatParser', length: 95, hash: 0x54246e38, gate: DIGIT },
  // ENTimeUnitWithinFormatParser: with forwardDate its "within/in/for" is optional and its units
  // include single letters, so no literal is required: it runs ungated.
  // (\W|^)(?:on)?(ordinal)(?:to ordinal)?(?:-|/|of)(month name)…: the month name is required.
  { parser: 'ENMonthNameLittleEndianParser', length: 1469, hash: 0x7bc5adb3, gate: MONTH },
  // (\W|^)(month name)(?:-|/|,)(ordinal)…
  { parser: 'ENMonthNameMiddleEndianParser', length: 1435, hash: 0x5143a643, gate: MONTH },
  // (\W|^)…((?:wednesday|…|sun|mon|…|sat)|weekend|weekday)…
  { parser: 'ENWeekdayParser', length: 314, hash: 0xc3ac7316, gate: /sun|mon|tue|wed|thu|fri|sat|week/i },
  // (\W|^)([0-9]|0[1-9]|1[012])\/([0-9]{4})
  { parser: 'ENSlashMonthFormatParser', length: 39, hash: 0xd2acb1b1, gate: DIGIT },
  // (^|\s|T|\b)(?:at|from)??(\d{1,4})…
  { parser: 'ENTimeExpressionParser', length: 209, hash: 0x6f25cd98, gate: DIGIT },
  // (\W|^)(duration)\s{0,5}(?:ago|before|earlier)(?=\W|$)
  { parser: 'ENTimeUnitAgoFormatParser', length: 808, hash: 0x88a51144, gate: /ago|before|earlier/i },
  // (\W|^)(duration)\s{0,5}(?:later|after|from now|henceforth|forward|out)(?=\W|$)
  { parser: 'ENTimeUnitLaterFormatParser', length: 837, hash: 0xfe27ff19, gate: /later|after|from now|henceforth|forward|out/i },
  // (\W|^)([1-9][0-9]{0,3} BE|AD…|[1-9][0-9]{3})…(month name)
  { parser: 'ENYearMonthNameParser', length: 335, hash: 0x2bc37299, gate: DIGIT },
  // (\W|^)(now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\s*night)(?=\W|$)
  { parser: 'ENCasualDateParser', length: 85, hash: 0xd84a094f, gate: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i },
  // (\W|^)(?:this)?\s{0,3}(morning|afternoon|evening|night|midnight|midday|noon)(?=\W|$)
  { parser: 'ENCasualTimeParser', length: 84, hash: 0x14589975, gate: /morning|afternoon|evening|night|midday|noon/i },
  // (\W|^)(?:last\s+day|end)\s+of\s+(?:the\s+)?month(?=\W|$)
  { parser: 'ENEndOfCurrentMonthParser', length: 56, hash: 0x12a31abf, gate: /month/i },
  // (\W|^)((?:in)\s*)?(month name)…
  { parser: 'ENMonthNameParser', length: 433, hash: 0x1ff05841, gate: MONTH },
  // (\W|^)(this|last|past|next|after\s*this)\s*(unit)…
  { parser: 'ENRelativeDateFormatParser', length: 215, hash: 0xf34a999c, gate: /this|last|past|next|after/i },
  // (\W|^)(this|last|past|next|after|\+|-)\s*(duration)…
  { parser: 'ENTimeUnitCasualRelativeFormatParser', length: 814, hash: 0xbffb24d7, gate: /this|last|past|next|after|[+-]/i },
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
 * its class name (minified builds rename classes); patterns that depend on the parse options are
 * left ungated. `probes` are contexts with different options, built once by the caller.
 */
export function gateChronoParsers(parsers: Parser[], probes: ParsingContext[]): GatedParser[] {
  return parsers.map((parser) => {
    const sources = probes.map((c) => parser.pattern(c).source);
    const src = sources[0]!;
    if (sources.some((s) => s !== src)) return { parser, gate: null };
    const hash = fnv1a(src);
    const pin = CHRONO_GATES.find((g) => g.length === src.length && g.hash === hash);
    return { parser, gate: pin?.gate ?? null };
  });
}
