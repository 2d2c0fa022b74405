// Over 400 lines: the summary seam and its one composition pass (sides, dependencies, wording) read top to bottom.
// The written summary of both sides' commitments that the agent inserts into the reply.
// Pure: no browser API. A seam other code and tests call: formatSummary(items, opts) → { text, html }.
import { dependencyTiming, type DependencyTiming } from '../commitments/dependency-due';
import { resolveDue } from '../commitments/deadlines/resolve';
import { SPAN_PATTERN } from '../commitments/deadlines/words';
import { DEFAULT_WORKDAY, type Due, type Party, type Workday } from '../commitments/types';
import {
  commaAfterLeadingCondition,
  containsPhrase,
  findWords,
  insertAfter,
  isSureAction,
  collapseRepeats,
  trimDangling,
  isWholeClause,
  leadingCondition,
  sameSubjectMatter,
  thirdPerson,
} from './clauses';
import { DeadlinePhraser, dateTimeFormat, dueInstant, isValidLocale, isValidTimeZone, timeMatters } from './dates';
import { clean, conditionPhrase, reasonPhrase, samePerson, subjectFor, swapPerson, toPredicate, upperFirst, type Voice } from './phrasing';
import {
  DEFAULT_SUMMARY_TEMPLATES,
  type SummaryDependency,
  type SummaryItem,
  type SummaryOptions,
  type SummaryProblem,
  type SummaryProblemKind,
  type SummaryResult,
  type SummaryTemplates,
} from './types';

export type {
  SummaryDependency,
  SummaryHeadings,
  SummaryItem,
  SummaryOptions,
  SummaryProblem,
  SummaryProblemKind,
  SummaryResult,
  SummaryTemplates,
} from './types';
export { zoneAbbreviation } from './zones';
export { DEFAULT_SUMMARY_TEMPLATES } from './types';
export { isValidTimeZone, timeMatters } from './dates';
export type { AgentVoice } from './phrasing';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Fills {customerName}, {customerFirstName}, {agentName} and {agentFirstName}; anything else in
 * braces is left as typed. A name that is not known leaves no gap ("Hi {customerName}," → "Hi,").
 */
export function fillTemplate(template: string, values: { agentName?: string; customerName?: string }): string {
  if (typeof template !== 'string') return '';
  const agentName = clean(values.agentName);
  const customerName = clean(values.customerName);
  const known: Record<string, string> = {
    customername: customerName,
    customerfirstname: customerName.split(' ')[0] ?? '',
    agentname: agentName,
    agentfirstname: agentName.split(' ')[0] ?? '',
  };
  let emptied = false;
  const filled = template.replace(/\{\s*([A-Za-z]+)\s*\}/g, (whole, name: string) => {
    const value = known[name.toLowerCase()];
    if (value === undefined) return whole;
    if (value === '') emptied = true;
    return value;
  });
  const tidy = emptied ? filled.replace(/[ \t]+([,.!?;:])/g, '$1').replace(/[ \t]{2,}/g, ' ') : filled;
  return tidy.replace(/\s+/g, ' ').trim();
}

/** A run of text, optionally bold in the HTML (the deadline). */
interface Segment {
  text: string;
  strong?: boolean;
}

interface Section {
  heading: string;
  lines: Segment[][];
}

const SIDES: Array<{ party: Party; heading: keyof SummaryTemplates['headings'] }> = [
  { party: 'agent', heading: 'agent' },
  { party: 'customer', heading: 'customer' },
  { party: 'third-party', heading: 'thirdParty' },
];

const NO_DATE = 'date to be confirmed';

interface Prepared {
  item: SummaryItem;
  party: Party;
  index: number;
  timing: DependencyTiming;
  /** The effective deadline, null when there is none or it cannot be given. */
  at: Date | null;
  problem: SummaryProblemKind | null;
  deps: StructuredDependency[];
}

interface StructuredDependency extends SummaryDependency {
  at: Date | null;
}

/** What every line of one summary shares. */
interface LineContext {
  phraser: DeadlinePhraser;
  /** Dates as the agent's calendar names them, for a day the customer's side gave (see phraserFor). */
  daySaid: DeadlinePhraser;
  voice: Voice;
}

/**
 * A day-only deadline of the customer's own ("I'll send the volumes by Friday") is their Friday:
 * it is written as that day, not as the hour the agent's end of Friday falls at in their zone
 * ("1:00 AM BST on Saturday"). The agent's and others' deadlines are written in the customer's clock.
 */
function phraserFor(party: Party, showTime: boolean, ctx: LineContext): DeadlinePhraser {
  return party === 'customer' && !showTime ? ctx.daySaid : ctx.phraser;
}

export function formatSummary(items: SummaryItem[], opts: SummaryOptions): SummaryResult {
  const warnings: string[] = [];
  const problems: SummaryProblem[] = [];
  const o: Partial<SummaryOptions> = opts ?? {};
  const agentName = clean(o.agentName);
  const customerName = clean(o.customerName);
  const now = o.now instanceof Date && Number.isFinite(o.now.getTime()) ? o.now : new Date();

  let locale = o.locale ?? 'en-US';
  if (!isValidLocale(locale)) {
    warnings.push(`Unknown locale "${String(locale)}"; dates are written in en-US.`);
    locale = 'en-US';
  }
  let agentZone = o.timeZone;
  if (!isValidTimeZone(agentZone)) {
    warnings.push(`Unknown time zone "${String(agentZone)}"; dates are shown in UTC.`);
    agentZone = 'UTC';
  }
  let displayZone = agentZone;
  if (o.customerTimeZone != null && o.customerTimeZone !== '') {
    if (isValidTimeZone(o.customerTimeZone)) displayZone = o.customerTimeZone;
    else warnings.push(`Unknown customer time zone "${String(o.customerTimeZone)}"; dates are shown in ${agentZone}.`);
  }
  const voice: Voice = {
    agentVoice: o.agentVoice === 'we' || o.agentVoice === 'name' ? o.agentVoice : 'I',
    agentName,
    customerName,
  };
  const t = o.templates ?? {};
  const bothZones = t.zones === 'both';
  const phraser = new DeadlinePhraser(locale, displayZone, agentZone, now, bothZones);
  const workday = isWorkday(o.workday) ? o.workday : DEFAULT_WORKDAY;
  // The customer's own days, named as the agent's calendar has them; "tomorrow" only when both share a today.
  const calendarDay = (timeZone: string) => dateTimeFormat('en-CA', { timeZone }).format(now);
  const daySaid =
    displayZone === agentZone
      ? phraser
      : new DeadlinePhraser(locale, agentZone, agentZone, now, false, calendarDay(displayZone) === calendarDay(agentZone));
  const ctx: LineContext = { phraser, daySaid, voice };

  const names = { agentName, customerName };
  const templateText = (value: string | undefined, fallback: string) => fillTemplate(value ?? fallback, names);
  const lead = templateText(t.lead, DEFAULT_SUMMARY_TEMPLATES.lead);
  const confirm = templateText(t.confirm, DEFAULT_SUMMARY_TEMPLATES.confirm);
  const probe = templateText(t.probe, DEFAULT_SUMMARY_TEMPLATES.probe);
  const headings = {
    agent: templateText(t.headings?.agent, DEFAULT_SUMMARY_TEMPLATES.headings.agent),
    customer: templateText(t.headings?.customer, DEFAULT_SUMMARY_TEMPLATES.headings.customer),
    thirdParty: templateText(t.headings?.thirdParty, DEFAULT_SUMMARY_TEMPLATES.headings.thirdParty),
  };

  const prepared: Prepared[] = [];
  (Array.isArray(items) ? items : []).forEach((item, index) => {
    if (item == null || typeof item !== 'object') return;
    if (!clean(item.action) && !clean(item.text)) {
      warnings.push('Left out a commitment with no words.');
      return;
    }
    if (Array.isArray(item.warnings) && item.warnings.includes('call-back')) {
      // The practice the product teaches: never ask the customer to call back; commit to a next step.
      warnings.push(`Asks the customer to call back, left out: "${short(item.action || item.text || '')}"`);
      return;
    }
    const party: Party = SIDES.some((s) => s.party === item.party) ? item.party : 'third-party';
    let due = item.due ?? null;
    if (due != null && dueInstant(due) == null) {
      warnings.push(`Unreadable deadline for: "${short(item.action || item.text || '')}"`);
      due = null;
    }
    const deps: StructuredDependency[] = (Array.isArray(item.dependsOn) ? item.dependsOn : [])
      .filter((d): d is SummaryDependency => d != null && typeof d === 'object' && typeof d.action === 'string')
      .map((d) => ({ ...d, at: dueInstant(d.due ?? null) }));
    // Only links whose date is known either way (given, or given as null) move this deadline.
    const timed = deps.filter((d) => d.due !== undefined);
    const timing = dependencyTiming(
      due,
      timed.map((d) => (d.at ? (d.due ?? null) : null)),
      { timeZone: agentZone, workday },
    );
    const at = dueInstant(timing.due);
    let problem: SummaryProblemKind | null = null;
    if (timing.kind === 'before') problem = 'before-dependency';
    else if (at == null && timing.kind !== 'waiting') problem = 'no-date';
    else if (at != null && at.getTime() < now.getTime()) problem = 'past-due';
    prepared.push({ item, party, index, timing, at, problem, deps });
  });
  // Timeline order: earliest deadline first, no deadline last; ties keep the given order.
  prepared.sort((a, b) => {
    const x = a.problem ? null : a.at;
    const y = b.problem ? null : b.at;
    if (x && y) return x.getTime() - y.getTime() || a.index - b.index;
    if (x) return -1;
    if (y) return 1;
    return a.index - b.index;
  });

  const sections: Section[] = [];
  let agentHasDate = false;
  for (const side of SIDES) {
    const lines: Segment[][] = [];
    for (const p of prepared) {
      if (p.party !== side.party) continue;
      const words = short(p.item.action || p.item.text || '');
      const kept = p.item.keep === true;
      if (p.problem) {
        const problem: SummaryProblem = { kind: p.problem, party: p.party, action: words, kept };
        if (typeof p.item.id === 'string') problem.id = p.item.id;
        const show = showTimeOf(p.item, p.timing);
        if (p.at && p.problem !== 'no-date') problem.deadline = phraserFor(p.party, show, ctx).phrase(p.at, show);
        if (p.timing.basis) problem.basis = phraser.phrase(dueInstant(p.timing.basis)!, timeMatters(p.timing.basis));
        problems.push(problem);
        const who = p.party === 'agent' ? '' : ` (${clean(p.item.partyName) || (p.party === 'customer' ? 'customer' : 'third party')})`;
        if (!kept) {
          warnings.push(`${PROBLEM_WARNING[p.problem]}, left out: "${words}"${who}`);
          continue;
        }
        warnings.push(`${PROBLEM_WARNING[p.problem]}, kept: "${words}"${who}`);
      } else if (p.party === 'agent' && p.at) {
        agentHasDate = true;
      }
      lines.push(line(p, ctx));
    }
    if (side.party === 'agent' && !agentHasDate && prepared.length > 0 && o.updateBy !== null) {
      const update = updateLine(o.updateBy, now, agentZone, workday, ctx);
      if (update) lines.push(update);
    }
    if (lines.length > 0) sections.push({ heading: headings[side.heading], lines });
  }

  const closing = [confirm, probe].filter(Boolean).join(' ');
  const blocks: Array<{ kind: 'p'; segments: Segment[] } | { kind: 'section'; section: Section } | { kind: 'signature'; lines: string[] }> =
    [];
  if (lead) blocks.push({ kind: 'p', segments: [{ text: lead }] });
  if (sections.length === 0) {
    warnings.push('No open commitments to summarize.');
    blocks.push({ kind: 'p', segments: [{ text: 'There are no open next steps on either side right now.' }] });
    if (confirm) blocks.push({ kind: 'p', segments: [{ text: confirm }] });
  } else {
    for (const section of sections) blocks.push({ kind: 'section', section });
    if (closing) blocks.push({ kind: 'p', segments: [{ text: closing }] });
  }
  const signature = signatureLines(o.signature);
  if (signature.length > 0) blocks.push({ kind: 'signature', lines: signature });

  const text = blocks
    .map((b) => {
      if (b.kind === 'p') return plain(b.segments);
      if (b.kind === 'signature') return b.lines.join('\n');
      const bullets = b.section.lines.map((l) => `- ${plain(l)}`).join('\n');
      return b.section.heading ? `${b.section.heading}\n${bullets}` : bullets;
    })
    .join('\n\n');
  const html = blocks
    .map((b) => {
      if (b.kind === 'p') return `<p>${markup(b.segments)}</p>`;
      if (b.kind === 'signature') return `<p>${b.lines.map(escapeHtml).join('<br>')}</p>`;
      const list = `<ul>${b.section.lines.map((l) => `<li>${markup(l)}</li>`).join('')}</ul>`;
      return b.section.heading ? `<p><strong>${escapeHtml(b.section.heading)}</strong></p>${list}` : list;
    })
    .join('');
  return { text, html, warnings, problems };
}

const PROBLEM_WARNING: Record<SummaryProblemKind, string> = {
  'no-date': 'No date',
  'past-due': 'Deadline already passed',
  'before-dependency': 'Due before what it waits for',
};

function isWorkday(value: unknown): value is Workday {
  if (value == null || typeof value !== 'object') return false;
  const w = value as Partial<Workday>;
  return typeof w.start === 'string' && typeof w.end === 'string' && Array.isArray(w.days) && w.days.length > 0;
}

function showTimeOf(item: SummaryItem, timing: DependencyTiming): boolean {
  if (typeof item.showTime === 'boolean') return item.showTime;
  return timeMatters(timing.due ?? item.due);
}

/** The signature as lines: trailing spaces and blank lines at either end dropped, inner ones kept. */
function signatureLines(signature: unknown): string[] {
  if (typeof signature !== 'string') return [];
  const lines = signature
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''));
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  return lines;
}

/** "I'll update you by Thursday, March 12, even if there is no news yet." */
function updateLine(updateBy: Due | undefined, now: Date, timeZone: string, workday: Workday, ctx: LineContext): Segment[] | null {
  let at = dueInstant(updateBy ?? null);
  let showTime = updateBy ? timeMatters(updateBy) : false;
  if (!at) {
    let next: Due | null = null;
    try {
      next = resolveDue('next business day', { now, timeZone, workday });
    } catch {
      next = null;
    }
    at = dueInstant(next);
    showTime = false;
  }
  if (!at) return null;
  const subject = subjectFor('agent', null, ctx.voice);
  return [
    { text: `${subject.lead} update you ` },
    { text: ctx.phraser.phrase(at, showTime), strong: true },
    { text: ', even if there is no news yet.' },
  ];
}

/**
 * A span of time counted in units ("2 business days", "a week", "forty-eight hours"): what "within" can
 * go before. The deadline reader's own pattern: any count it can count from another step is a span here.
 */
const DURATION = new RegExp(`^${SPAN_PATTERN}$`, 'i');

/** "within 1 business day", "by next business day": relative deadline words as they read after the verb. */
function relativeWords(dueText: string): string {
  const words = clean(dueText);
  // Words that count "after" or "later" already lose that word: the link says after what ("by 2 days
  // later after you send…" read it twice). What is left keeps its own preposition ("within 2 business
  // days after" → "within 2 business days").
  const counted = /^(.+?)\s+(?:later|after)$/i.exec(words);
  const span = counted ? counted[1]! : words;
  if (counted && /^(?:by\s+)?the\s+day$/i.test(span)) return 'by the next day';
  if (/^(?:within|in|inside|under|by|before|no later than|until)\b/i.test(span)) return span;
  // Only a span of time takes "within" ("2 days later" → "within 2 days"); a moment takes "by" ("COB the
  // day after" → "by COB the day", never "within COB the day"), and "next business day after you return
  // the DPA" needs its article.
  if (DURATION.test(span)) return `within ${span}`;
  return /^(?:next|following)\b/i.test(span) ? `by the ${span}` : `by ${span}`;
}

/**
 * Words typed as a sentence of their own, placed inside the line: a capital on a leading article or
 * possessive is dropped ("after The carrier delivers…" → "after the carrier delivers…"); names keep theirs.
 */
function midSentence(text: string): string {
  return text.replace(/^(?:The|A|An|Our|Your|Their|My|His|Her|Its|This|That|These|Those)\b/, (word) => word.toLowerCase());
}

/** "after you send the portfolio", "after FedEx delivers the samples"; null when the words cannot be inflected. */
function afterPhrase(dep: SummaryDependency, voice: Voice): string | null {
  const party: Party = dep.party === 'agent' || dep.party === 'customer' ? dep.party : 'third-party';
  const words = dep.writtenBy === 'customer' ? swapPerson(clean(dep.action), voice.agentVoice) : clean(dep.action);
  const predicate = toPredicate(words, party, dep.partyName, voice);
  if (predicate.ownSubject) return isSureAction(predicate.text.replace(/^\S+\s+/, ''), {}) ? `after ${midSentence(predicate.text)}` : null;
  if (!isSureAction(predicate.text, {})) return null;
  const name = clean(dep.partyName);
  if (party === 'customer' && (!name || samePerson(name, voice.customerName))) return `after you ${predicate.text}`;
  if (party === 'agent' && (!name || samePerson(name, voice.agentName))) {
    if (voice.agentVoice === 'we') return `after we ${predicate.text}`;
    if (voice.agentVoice === 'I' || !voice.agentName) return `after I ${predicate.text}`;
  }
  const subject = party === 'agent' && !name ? voice.agentName : name || 'a third party';
  const inflected = thirdPerson(predicate.text);
  return inflected ? `after ${subject} ${inflected}` : null;
}

/**
 * The links of one line: each dependency in words, with its date ("once your volumes arrive
 * (expected by Wednesday, December 2)"). A condition about the same thing stands for the
 * dependency, so that it is said once.
 */
function linkSegments(p: Prepared, conditions: string[], ctx: LineContext): { segments: Segment[]; used: Set<string> } {
  const used = new Set<string>();
  const parts: Segment[][] = [];
  for (const dep of p.deps) {
    const condition = conditions.find((c) => !used.has(c) && sameSubjectMatter(c, dep.action));
    let words: string | null;
    if (condition) {
      used.add(condition);
      words = conditionPhrase(condition);
    } else {
      words = afterPhrase(dep, ctx.voice);
    }
    if (!words) words = `after this is done: "${clean(dep.action)}"`;
    const segs: Segment[] = [{ text: words }];
    if (dep.at)
      segs.push({ text: ` (expected by ${phraserFor(dep.party, timeMatters(dep.due), ctx).when(dep.at, timeMatters(dep.due))})` });
    parts.push(segs);
  }
  const segments: Segment[] = [];
  parts.forEach((segs, i) => {
    if (i > 0) segments.push({ text: ' and ' });
    segments.push(...segs);
  });
  return { segments, used };
}

/** A field's words with a run said twice in a row said once, or '' when what is left is cut mid-clause. */
function wholeOrNothing(text: string): string {
  const once = collapseRepeats(text);
  return isWholeClause(once) ? once : '';
}

function uniqueConditions(item: SummaryItem, words: (s: string) => string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of Array.isArray(item.conditions) ? item.conditions : []) {
    if (typeof c !== 'string') continue;
    const text = collapseRepeats(clean(words(c)));
    const key = text.toLowerCase();
    if (!text || seen.has(key) || !isWholeClause(text)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}

/** One line: who + action + deadline + links + conditions + reason, each once. */
function line(p: Prepared, ctx: LineContext): Segment[] {
  const { item, party, timing } = p;
  const fromCustomer = item.writtenBy === 'customer';
  const words = (s: string) => (fromCustomer ? swapPerson(s, ctx.voice.agentVoice) : s);
  const conditions = uniqueConditions(item, words);
  const reasonText = typeof item.reason === 'string' ? wholeOrNothing(clean(words(item.reason))) : '';
  const dueText = item.due?.text ?? null;
  const predicate = toPredicate(collapseRepeats(words(clean(item.action))), party, item.partyName, ctx.voice);
  const checked = predicate.ownSubject ? predicate.text.replace(/^\S+\s+/, '') : predicate.text;
  // "they will…" noted on the agent's or the customer's side names somebody else: not ours to rewrite.
  const otherSubject = party !== 'third-party' && /^(?:they|he|she)\b/i.test(clean(item.action));
  const sure = !otherSubject && isSureAction(checked, { conditions, reason: reasonText, dueText });
  const own = clean(words(typeof item.text === 'string' ? item.text : ''));
  if (!sure && own && /\p{L}/u.test(own) && own.length <= 600) return ownWordsLine(p, own, conditions, ctx);
  // No usable own words, but the action is a whole sentence opening with its condition ("once legal
  // signs I will send it"): written as that sentence, never after a second "I'll".
  const action = clean(words(clean(item.action)));
  if (!sure && leadingCondition(action)) return ownWordsLine(p, action, conditions, ctx);
  // No words of the agent's to fall back on: at least never end the action mid-clause (with its own
  // subject too: "FedEx will deliver the" read "FedEx will deliver the by Friday").
  if (!sure) predicate.text = trimDangling(predicate.text) || predicate.text;

  const subject = subjectFor(party, item.partyName, ctx.voice);
  const head = upperFirst(predicate.ownSubject ? predicate.text : `${subject.lead} ${predicate.text}`);
  const out: Segment[] = [{ text: head }];
  const showTime = showTimeOf(item, timing);
  const phr = phraserFor(p.party, showTime, ctx);
  const links = linkSegments(p, conditions, ctx);
  const hasLinks = links.segments.length > 0;

  if (p.problem === 'no-date') {
    // After a link's own parentheses, a dash rather than a second pair: "(expected by …) — date to be confirmed".
    if (hasLinks) out.push({ text: ' ' }, ...links.segments, { text: ` — ${NO_DATE}` });
    else out.push({ text: ` (${NO_DATE})` });
  } else if (p.problem === 'past-due' && p.at) {
    if (hasLinks) out.push({ text: ' ' }, ...links.segments);
    out.push({ text: ` (it was due ${phr.when(p.at, showTime)}; ${NO_DATE})` });
  } else if (p.problem === 'before-dependency') {
    out.push({ text: ' ' }, ...links.segments, { text: ` — ${NO_DATE}` });
  } else if (timing.kind === 'relative' && p.at && dueText) {
    out.push(
      { text: ` ${relativeWords(dueText)} ` },
      ...links.segments,
      { text: ' — so ' },
      { text: phr.phrase(p.at, showTime), strong: true },
    );
  } else if (timing.kind === 'waiting' && dueText) {
    out.push({ text: ` ${relativeWords(dueText)} ` }, ...links.segments);
  } else if (p.at) {
    out.push({ text: ' ' }, { text: phr.phrase(p.at, showTime), strong: true });
    if (hasLinks) out.push({ text: ', ' }, ...links.segments);
  } else if (hasLinks) {
    out.push({ text: ' ' }, ...links.segments);
  }

  const rest = conditions
    .filter((c) => !links.used.has(c) && !containsPhrase(head, c))
    .map(conditionPhrase)
    .filter(Boolean);
  if (rest.length > 0) out.push({ text: `, ${rest.join(' and ')}` });

  const reason = reasonText && !containsPhrase(head, reasonText) ? reasonPhrase(reasonText) : '';
  if (reason) out.push({ text: reason.startsWith('(') ? ` ${reason}` : `, ${reason}` });

  const texts = (Array.isArray(item.dependsOn) ? item.dependsOn : [])
    .filter((d): d is string => typeof d === 'string')
    .map((d) => clean(d))
    .filter(Boolean);
  if (texts.length > 0) out.push({ text: ` (waiting on ${texts.map((d) => `"${d}"`).join(' and ')})` });

  out.push({ text: '.' });
  return out;
}

/**
 * The agent's own words, when the parsed action cannot be trusted, with our dates put in beside
 * theirs: "Once your volumes arrive (expected by Wednesday, December 2), I'll double-check the
 * lane by next business day (so by Thursday, December 3)."
 */
function ownWordsLine(p: Prepared, own: string, givenConditions: string[], ctx: LineContext): Segment[] {
  let conditions = givenConditions;
  const { item, timing } = p;
  const showTime = showTimeOf(item, timing);
  const phr = phraserFor(p.party, showTime, ctx);
  // Marks inside the words: U+0001 opens a bold run, U+0002 closes it (stripped from the agent's words first).
  let text = commaAfterLeadingCondition(own.replace(/[\u0001\u0002]/g, ''), givenConditions);
  const leading = leadingCondition(text);
  if (leading) {
    text = leading.text;
    conditions = [leading.condition, ...conditions];
  }
  const bold = (s: string) => `\u0001${s}\u0002`;
  const dueText = item.due?.text ?? '';
  let appended = '';

  if (p.problem === 'no-date' || p.problem === 'before-dependency') {
    appended = ` (${NO_DATE})`;
  } else if (p.problem === 'past-due' && p.at) {
    appended = ` (it was due ${phr.when(p.at, showTime)}; ${NO_DATE})`;
  } else if (p.at) {
    const note =
      timing.kind === 'relative'
        ? ` (so ${bold(phr.phrase(p.at, showTime))})`
        : ` (${bold(phr.when(p.at, showTime, /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/i.test(dueText)))})`;
    const placed = dueText ? insertAfter(text, dueText, note) : null;
    if (placed) text = placed;
    else appended = timing.kind === 'relative' ? ` — so ${bold(phr.phrase(p.at, showTime))}` : ` — ${bold(phr.phrase(p.at, showTime))}`;
  }
  for (const dep of p.deps) {
    if (!dep.at) continue;
    const expected = ` (expected by ${phraserFor(dep.party, timeMatters(dep.due), ctx).when(dep.at, timeMatters(dep.due))})`;
    const condition = conditions.find((c) => sameSubjectMatter(c, dep.action) && findWords(text, c));
    const placed = condition ? insertAfter(text, condition, expected) : null;
    if (placed) text = placed;
    else {
      const after = afterPhrase(dep, ctx.voice);
      if (after) appended += `, ${after}${expected}`;
    }
  }
  // A question keeps its question mark ("Could you send the logs by Friday (December 4)?").
  const end = /\?\s*$/.test(typeof item.text === 'string' ? item.text : '') ? '?' : '.';
  const whole = `${upperFirst(text)}${appended}${end}`;
  const out: Segment[] = [];
  for (const [i, part] of whole.split(/[\u0001\u0002]/).entries())
    if (part) out.push(i % 2 === 1 ? { text: part, strong: true } : { text: part });
  return out;
}

function plain(segments: Segment[]): string {
  return segments.map((s) => s.text).join('');
}

function markup(segments: Segment[]): string {
  return segments.map((s) => (s.strong ? `<strong>${escapeHtml(s.text)}</strong>` : escapeHtml(s.text))).join('');
}

function short(text: string): string {
  const c = clean(text);
  return c.length > 80 ? `${c.slice(0, 79)}…` : c;
}
