// One chrono instance for the whole extension: chrono.casual plus our parsers and refiners.
// Built once (building costs more than parsing a sentence); per-call settings travel in the
// parse option (see options.ts). Our parsers go first so that, on a tie in length, chrono's
// overlap removal keeps our reading ("end of the week") over chrono's ("the week").
import * as chrono from 'chrono-node';
import { deadlineParsers } from './parsers';
import { deadlineRefiners } from './refiners';

let instance: chrono.Chrono | null = null;

export function deadlineChrono(): chrono.Chrono {
  if (!instance) {
    const c = chrono.casual.clone();
    c.parsers.unshift(...deadlineParsers());
    c.refiners.push(...deadlineRefiners());
    instance = c;
  }
  return instance;
}
