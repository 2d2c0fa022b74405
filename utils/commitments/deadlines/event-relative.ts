// A span counted from an event the words name: "within 2 days of receiving it", "the day before the
// install", "an hour before the technician arrives at 2pm", "2 days after the delivery on Friday".
// chrono and our parsers read the span alone and count it from now: forward ("within 2 days of
// receiving it" became two days from today, whenever it is received) or back ("the day before the
// install" became yesterday). Here such a span is counted from the event's own date when the same
// clause dates it ("the call on Monday", "arrives at 2pm"), and gives no deadline when nothing dates
// the event: a date nobody said is worse than none, which the panel asks about.
import type { Due } from '../types';
// Type only: no module cycle at run time (resolve.ts calls this step).
import type { DeadlineHit } from './resolve';
import { SPAN_PATTERN } from './words';

/** The same span's words read again with `base` as now; null when they do not read. */
export type Recount = (words: string, base: Date) => DeadlineHit | null;

// "2 days before", "the day after", "an hour prior to", "a week ahead of": the event follows the span.
const SPAN_THEN_EVENT = /\b(?:before|after|prior\s+to|ahead\s+of|following)$/i;
// "within 2 days", "in 3 weeks": the event follows a relation word after it ("of", "after", "from").
const WITHIN_SPAN = /^(?:within|in|inside(?:\s+of)?|under)\s/i;
const RELATION_AFTER = /^\s+(?:of|after|following|from|since)\s+(?=\S)/i;
// Where the event's words end: punctuation, or a word that starts another clause or another
// deadline ("within 2 days of receiving it by Friday": Friday is a deadline of its own).
const EVENT_END = /[,;.!?()]|\b(?:so|because|but|and\s+then|then|by|until|till|no\s+later\s+than|not\s+later\s+than)\b/i;
/** The event's words are a short phrase: past this many characters it is another clause. */
const MAX_EVENT = 60;
// The email itself as the event ("within 30 days of the date of this email"): counted from now.
const THIS_MESSAGE = /^(?:the\s+date\s+of\s+)?(?:this|my|our)\s+(?:e-?mail|message|letter|note|reply|notice)\b/i;
// A span nobody read as a deadline, before the words of a dated event: "30 days prior to the renewal
// on March 1" (chrono reads no "prior to", so March 1 alone was the deadline: a month late).
const RELATION_WORD = /\b(?:before|prior|ahead|after|following)\b/i;
const RELATION_ANYWHERE = /\b(?:before|prior|ahead|after|following|of|from|since)\b/i;
const UNREAD_SPAN_BEFORE = new RegExp(
  `\\b(?:within\\s+)?(${SPAN_PATTERN})\\s+(before|prior\\s+to|ahead\\s+of|after|following)\\s+([^,;.!?()]{1,${MAX_EVENT}})$`,
  'i',
);

function eventRegion(text: string, from: number): { start: number; end: number } {
  const rest = text.slice(from, from + MAX_EVENT);
  const end = EVENT_END.exec(rest);
  return { start: from, end: from + (end ? end.index : rest.length) };
}

/**
 * `hits` (in text order) with each span counted from the event the words name. A span whose event
 * the next deadline in its clause dates becomes one deadline from the span's first word to that
 * date's last ("within 3 days of the call on Monday" → the Thursday after); a span whose event is
 * not dated is left out. A span with no event after it stays as read ("the day after": tomorrow, or
 * counted from the step it waits on, dependency-due.ts).
 */
export function anchorEventSpans(text: string, hits: DeadlineHit[], recount: Recount): DeadlineHit[] {
  // Every form needs one of these words; most sentences have none, and this runs on every parse.
  if (hits.length === 0 || !RELATION_ANYWHERE.test(text)) return hits;
  const out: DeadlineHit[] = [];
  const used = new Set<number>();
  hits.forEach((h, i) => {
    if (used.has(i)) return;
    const words = text.slice(h.index, h.index + h.length);
    const end = h.index + h.length;
    let eventFrom: number;
    if (SPAN_THEN_EVENT.test(words)) {
      eventFrom = end;
    } else if (WITHIN_SPAN.test(words)) {
      const relation = RELATION_AFTER.exec(text.slice(end));
      if (!relation) {
        out.push(h);
        return;
      }
      eventFrom = end + relation[0].length;
    } else {
      out.push(h);
      return;
    }
    const region = eventRegion(text, eventFrom);
    const eventWords = text.slice(region.start, region.end);
    if (THIS_MESSAGE.test(eventWords)) {
      out.push(h);
      return;
    }
    if (!/\S/.test(eventWords)) {
      // Nothing names the event: the plain reading stays ("the day after": tomorrow, or counted from
      // the step it waits on; "15 minutes before": before now, which the panel flags as past due).
      out.push(h);
      return;
    }
    const j = hits.findIndex((o, k) => k > i && o.index >= region.start && o.index < region.end);
    const dated = j < 0 ? null : hits[j]!;
    if (!dated) return; // an event nobody dated: no deadline from this span
    used.add(j);
    const base = new Date(Date.parse(dated.due.at));
    const counted = Number.isNaN(base.getTime()) ? null : recount(words, base);
    if (!counted) return;
    out.push({ ...joined(text, h.index, dated, counted), cued: h.cued || dated.cued });
  });
  return out.map((h) => countFromUnreadSpan(text, h, recount) ?? h);
}

/** `dated` counted from an unread span before its event's words ("30 days prior to the renewal on March 1"). */
function countFromUnreadSpan(text: string, dated: DeadlineHit, recount: Recount): DeadlineHit | null {
  const before = text.slice(Math.max(0, dated.index - 2 * MAX_EVENT), dated.index);
  // Most deadlines have no relation word before them: one plain search spares the span pattern.
  if (!RELATION_WORD.test(before)) return null;
  const m = UNREAD_SPAN_BEFORE.exec(before);
  if (!m || EVENT_END.test(m[3]!)) return null;
  const base = new Date(Date.parse(dated.due.at));
  if (Number.isNaN(base.getTime())) return null;
  const direction = /^(?:after|following)$/i.test(m[2]!) ? 'after' : 'before';
  const counted = recount(`${m[1]!} ${direction}`, base);
  if (!counted) return null;
  return joined(text, dated.index - before.length + m.index, dated, counted);
}

/** One deadline from `index` (the span's first word) to the end of `dated`, due when `counted` says. */
function joined(text: string, index: number, dated: DeadlineHit, counted: DeadlineHit): DeadlineHit {
  const length = dated.index + dated.length - index;
  const due: Due = { ...counted.due, text: text.slice(index, index + length) };
  // The zone the event's time was said in ("at 2pm PT") is the deadline's too.
  if (dated.due.zone) due.zone = dated.due.zone;
  if (dated.due.zoneAmbiguous) due.zoneAmbiguous = true;
  return { ...dated, due, index, length, start: counted.start };
}
