// Two deadlines offered as a choice: "tonight or first thing tomorrow", "today or tomorrow", "by
// Friday or early next week". A deadline is the latest moment the words allow, so the choice is
// kept by its later side, and its words are the whole choice (the note's action then holds neither:
// it read "send it or first thing tomorrow", due tonight). "Monday or Tuesday" is one parser's match
// already (WeekdayAlternativesParser); this joins any two the parsers found apart.
// Type only: no module cycle at run time (resolve.ts calls this step).
import type { DeadlineHit } from './resolve';

/** Only "or" (with a comma, or a cue repeated) between the two: "Friday, or Monday", "by 5 or by 6". */
const OR_BETWEEN = /^\s*,?\s*or\s+(?:(?:by|on|at|before|until|latest)\s+)?(?:the\s+)?$/i;

function instantOf(h: DeadlineHit): number {
  return Date.parse(h.due.at);
}

/** `hits` (in text order) with each "A or B" joined into one deadline, due at the later of the two. */
export function joinAlternatives(text: string, hits: DeadlineHit[]): DeadlineHit[] {
  if (hits.length < 2 || !/\bor\b/i.test(text)) return hits;
  const out: DeadlineHit[] = [];
  for (const h of hits) {
    const prev = out.at(-1);
    const between = prev ? text.slice(prev.index + prev.length, h.index) : '';
    if (!prev || !OR_BETWEEN.test(between) || Number.isNaN(instantOf(prev)) || Number.isNaN(instantOf(h))) {
      out.push(h);
      continue;
    }
    const later = instantOf(h) >= instantOf(prev) ? h : prev;
    const length = h.index + h.length - prev.index;
    out[out.length - 1] = {
      ...later,
      index: prev.index,
      length,
      due: { ...later.due, text: text.slice(prev.index, prev.index + length) },
      cued: prev.cued || h.cued,
    };
  }
  return out;
}
