// Coaching: the warnings the panel shows before an entry is added, and the rewording it proposes.
// The practice taught: never ask the customer to call back; take the next step yourself and give a
// tentative plan with a date. Pure: dates are formatted with Intl in the agent's zone.
import { addWorkdays, isWorkday, toSchedule } from './deadlines/workday';
import { isValidTimeZone, wallAt } from './deadlines/zones';
import type { CommitmentDraft, Due, DraftWarning, ParseContext } from './types';

// The customer is asked to get in touch again: an imperative or an invitation ("feel free to", "you
// can", "don't hesitate to") with a verb of contacting, aimed at us or marked as a return ("back",
// "again"), or "let us know if/when it happens again". The agent's own "I'll call you back" is a
// promise and never matches: the verbs must not follow a first-person subject. The contracted forms
// ("you're welcome to", "you'll need to") have no space before the apostrophe.
const INVITE = String.raw`(?:please\s+|kindly\s+|just\s+|simply\s+|do\s+|then\s+)*(?:(?:feel\s+free|(?:do\s+not|don't|dont)\s+hesitate|be\s+sure|make\s+sure|remember)\s+to\s+|you(?:\s+(?:can|could|may|might|should|are\s+welcome\s+to)|'re\s+welcome\s+to)\s+(?:always\s+|also\s+|just\s+|simply\s+)*|you(?:\s+will|'ll)?\s+(?:need|have|want)\s+to\s+)?`;
const CONTACT = String.raw`(?:call|ring|phone|dial|email|e-mail|mail|write|message|text|msg|dm|ping|contact|reach\s+out|reach|get\s+(?:in\s+touch|back|hold\s+of)|come\s+back|return|reply|respond|drop\s+(?:us|me)\s+(?:a\s+)?(?:line|note|message|email|call)|give\s+(?:us|me)\s+(?:a\s+)?(?:call|ring|buzz|shout|bell|heads[-\s]up)|shoot\s+(?:us|me)\s+(?:an?\s+)?(?:email|message|note))`;
// Acts that are a return by themselves, whoever they are aimed at.
const RETURN_ACT = String.raw`(?:re-?open\s+(?:the|this|your|a)\s+(?:ticket|case|request|chat|conversation)|open\s+(?:a\s+)?new\s+(?:ticket|case|request|chat)|start\s+(?:a\s+)?new\s+(?:chat|conversation|ticket)|submit\s+(?:a\s+)?new\s+(?:ticket|request)|(?:reply|respond|write\s+back)\s+to\s+(?:this|our|the|that)\s+(?:e-?mail|message|thread|ticket|chat|conversation))`;
const AIMED = String.raw`(?:\s+(?:us|me|back|again|our\s+(?:\w+\s+)?(?:team|support|desk|line|office|hotline)|(?:the\s+)?(?:support|help\s*desk|hotline|customer\s+service)|(?:to|with)\s+(?:us|me|our\s+(?:[\w-]+\s+){0,2}?(?:team|support|desk|line|office|hotline|department|specialists?|agents?)))\b|\s*(?:if|when|once|should|whenever|in\s+case)\b|\s*[.!]?\s*$)`;
const CALL_BACK = new RegExp(
  String.raw`(?:^|[.!?;:,—–(]\s*|\b(?:and|or|but|so|otherwise)\s+)(?<!\b(?:i|we|i'll|we'll|will|shall)\s+)${INVITE}(?:${CONTACT}${AIMED}|${RETURN_ACT})`,
  'i',
);
// "let us know if it happens again / if it persists / when it's back": asking to be told of a relapse.
const LET_US_KNOW_AGAIN =
  /\blet\s+(?:us|me)\s+know\s+(?:if|when|whether|should|in\s+case)\b[^.?!]*\b(?:again|persists?|continues?|comes?\s+back|recurs?|returns?|reappears?|still|keeps?|happens|not\s+(?:fixed|resolved|working)|doesn't\s+work|does\s+not\s+work|isn't|is\s+not)\b/i;
// A first-person promise to contact the customer is what we want, not a warning.
const OWN_CONTACT =
  /\b(?:i|we)(?:'ll|\s+will|\s+shall|'m\s+going\s+to|'re\s+going\s+to)\s+(?:\w+\s+)?(?:call|ring|phone|email|e-mail|write|message|text|contact|reach\s+out|get\s+back|follow\s+up|check\s+(?:in|back))\b/i;

/** Whether the agent's words ask the customer to call, write or reach out again. */
export function asksToCallBack(text: string): boolean {
  if (!text || OWN_CONTACT.test(text)) return false;
  return CALL_BACK.test(text) || LET_US_KNOW_AGAIN.test(text);
}

/** How far from now a written date is still a date somebody means. Beyond: 'absurd-date'. */
const ABSURD_YEARS = 20;
// A date whose year has five or more digits ("31 December 20250", "12/31/10000", "the year 12000"):
// the parsers read only part of it, or nothing, so it must be caught from the words themselves.
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const LONG_YEAR = new RegExp(
  String.raw`(?:\b\d{1,2}[/.-]\d{1,2}[/.-]|\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH},?\s+|\byear\s+|\b${MONTH}\s+)\d{5,}\b`,
  'i',
);

/** Whether these words or this deadline name a date nobody means (year 9999, a five-digit year, 1850). */
function isAbsurdDate(words: string, due: Due | null, now: Date): boolean {
  if (LONG_YEAR.test(words)) return true;
  if (!due) return false;
  const year = Number(/^([+-]?\d+)/.exec(due.at)?.[1]);
  const nowYear = now.getUTCFullYear();
  return Number.isFinite(year) && Number.isFinite(nowYear) && Math.abs(year - nowYear) > ABSURD_YEARS;
}

/**
 * The warnings for a finished draft: 'absurd-date' (due removed), 'vague', 'past-due' (due before
 * `now`) and, for the agent's own words, 'call-back'.
 */
export function coach(draft: CommitmentDraft, now: Date, opts: { agentWords: boolean; words: string }): CommitmentDraft {
  const warnings: DraftWarning[] = [];
  let { due, vague, action } = draft;
  if (isAbsurdDate(opts.words, due, now)) {
    warnings.push('absurd-date');
    due = null;
    vague = true;
    // The parsers may have read only part of a long year ("20250" → "2025"): drop the digits left over.
    action = action.replace(/\s+\d+$/, '');
  }
  if (vague) warnings.push('vague');
  const dueAt = due ? Date.parse(due.at) : NaN;
  if (due && Number.isFinite(dueAt) && Number.isFinite(now.getTime()) && dueAt < now.getTime()) warnings.push('past-due');
  if (opts.agentWords && asksToCallBack(opts.words)) warnings.push('call-back');
  return { ...draft, action, due, vague, warnings };
}

/**
 * The rewording the panel proposes for a 'call-back' note: the agent takes the next step with a date.
 * The date is the draft's own deadline when it has one in the future, else the next workday.
 * "I'll call you on Thu, Nov 26 to check it's fixed" (email instead of call when the words say write).
 */
export function suggestFollowUp(draft: Pick<CommitmentDraft, 'text' | 'due'>, ctx: ParseContext): string {
  const zone = isValidTimeZone(ctx?.timeZone) ? ctx.timeZone : 'UTC';
  const now = ctx?.now instanceof Date && Number.isFinite(ctx.now.getTime()) ? ctx.now : new Date();
  let when: Date;
  const dueAt = draft.due ? Date.parse(draft.due.at) : NaN;
  if (Number.isFinite(dueAt) && dueAt > now.getTime()) when = new Date(dueAt);
  else {
    const s = toSchedule(ctx?.workday);
    const today = wallAt(now, zone);
    let day = addWorkdays({ y: today.y, m: today.m, d: today.d }, 1, s);
    if (!isWorkday(day, s)) day = addWorkdays(day, 1, s);
    // Noon UTC on that civil date names the same civil date in every zone used for formatting.
    when = new Date(Date.UTC(day.y, day.m - 1, day.d, 12));
    return `I'll ${channel(draft.text)} you on ${formatDay(when, 'UTC')} to check it's fixed`;
  }
  return `I'll ${channel(draft.text)} you on ${formatDay(when, zone)} to check it's fixed`;
}

function channel(words: string): string {
  return /\b(?:e-?mail|write|message|text|reply|respond|ticket|chat|dm)\b/i.test(words ?? '') ? 'email' : 'call';
}

function formatDay(instant: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: zone }).format(instant);
}
