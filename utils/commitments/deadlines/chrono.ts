// One chrono instance for the whole extension: chrono.casual plus our parsers and refiners.
// Built once (building costs more than parsing a sentence); per-call settings travel in the
// parse option (see options.ts). Our parsers go first so that, on a tie in length, chrono's
// overlap removal keeps our reading ("end of the week") over chrono's ("the week").
// Every parser sits behind a gate (gates.ts): a parse only runs the parsers whose words the text
// holds, which gives the same results as running them all.
import * as chrono from 'chrono-node';
import { gateChronoParsers, gateTable, openParsers, type GatedParser, type GateTable } from './gates';
import { deadlineParsers } from './parsers';
import { deadlineRefiners } from './refiners';

let instance: chrono.Chrono | null = null;
let allParsers: GatedParser[] = [];
let table: GateTable | null = null;

/** The instance, with every parser in place (ungated). */
export function deadlineChrono(): chrono.Chrono {
  if (!instance) {
    const c = chrono.casual.clone();
    // Patterns that change with the options (forwardDate) are told apart by probing both ways.
    const probes = [new chrono.ParsingContext('', new Date(0), { forwardDate: true }), new chrono.ParsingContext('', new Date(0), {})];
    allParsers = [...deadlineParsers(), ...gateChronoParsers(c.parsers, probes)];
    table = gateTable(allParsers);
    c.parsers = [...table.parsers];
    c.refiners.push(...deadlineRefiners());
    instance = c;
  }
  return instance;
}

/** `deadlineChrono().parse`, running only the parsers whose gate the text passes. */
export function parseDeadlineWords(text: string, ref: chrono.ParsingReference, option: chrono.ParsingOption): chrono.ParsedResult[] {
  const c = deadlineChrono();
  const every = c.parsers;
  // chrono.parse is synchronous and reads `parsers` once per call, so swapping the list for the
  // duration of this call cannot leak into another parse.
  c.parsers = openParsers(table!, text);
  try {
    return c.parse(text, ref, option);
  } finally {
    c.parsers = every;
  }
}

/** How many of chrono's own parsers run behind a gate (a test pins it, to notice a chrono upgrade). */
export function gatedChronoParserCount(): number {
  deadlineChrono();
  return allParsers.filter((g) => g.name !== undefined).length;
}

/**
 * chrono's own gated parsers that a parse of `text` runs, by name, in their order: each runs only
 * when the text holds one of its gate's words (gates.ts), which this makes observable.
 */
export function openChronoParsers(text: string): string[] {
  deadlineChrono();
  const open = new Set(openParsers(table!, text));
  return allParsers.flatMap((g) => (g.name !== undefined && open.has(g.parser) ? [g.name] : []));
}
