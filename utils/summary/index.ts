// The written summary of both sides' commitments that the agent inserts into the reply.
// Pure: no browser API. A stable seam (other tests call it): formatSummary(items, opts) → { text, html }.
import type { Party } from '../commitments/types';
import { DeadlinePhraser, dueInstant, isValidLocale, isValidTimeZone, timeMatters } from './dates';
import {
  clean,
  conditionPhrase,
  reasonPhrase,
  subjectFor,
  swapPerson,
  toPredicate,
  upperFirst,
  type Voice,
} from './phrasing';
import {
  DEFAULT_SUMMARY_TEMPLATES,
  type SummaryDependency,
  type SummaryItem,
  type SummaryOptions,
  type SummaryResult,
  type SummaryTemplates,
} from './types';

export type { SummaryDependency, SummaryHeadings, SummaryItem, SummaryOptions, SummaryResult, SummaryTemplates } from './types';
export { DEFAULT_SUMMARY_TEMPLATES } from './types';
export { isValidTimeZone, timeMatters } from './dates';
export type { AgentVoice } from './phrasing';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
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

const NO_DATE = '(date to be confirmed)';

export function formatSummary(items: SummaryItem[], opts: SummaryOptions): SummaryResult {
  const warnings: string[] = [];
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
  const phraser = new DeadlinePhraser(locale, displayZone, agentZone, now);
  const voice: Voice = {
    agentVoice: o.agentVoice === 'we' || o.agentVoice === 'name' ? o.agentVoice : 'I',
    agentName,
    customerName,
  };

  const t = o.templates ?? {};
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

  // Timeline order: earliest deadline first, no deadline last; ties keep the given order.
  const prepared: Array<{ item: SummaryItem; at: Date | null; index: number }> = [];
  (Array.isArray(items) ? items : []).forEach((item, index) => {
    if (item == null || typeof item !== 'object') return;
    if (!clean(item.action)) {
      warnings.push('Left out a commitment with no words.');
      return;
    }
    const at = dueInstant(item.due);
    if (item.due != null && at == null) warnings.push(`Unreadable deadline for: "${short(item.action)}"`);
    prepared.push({ item, at, index });
  });
  prepared.sort((a, b) => {
    if (a.at && b.at) return a.at.getTime() - b.at.getTime() || a.index - b.index;
    if (a.at) return -1;
    if (b.at) return 1;
    return a.index - b.index;
  });

  const sections: Section[] = [];
  for (const side of SIDES) {
    const lines: Segment[][] = [];
    for (const { item, at } of prepared) {
      const party: Party = SIDES.some((s) => s.party === item.party) ? item.party : 'third-party';
      if (party !== side.party) continue;
      lines.push(sentence(item, party, at, phraser, voice));
      if (at == null) {
        const who = party === 'agent' ? '' : ` (${clean(item.partyName) || (party === 'customer' ? 'customer' : 'third party')})`;
        warnings.push(`No date for: "${short(item.action)}"${who}`);
      } else if (at.getTime() < now.getTime()) {
        warnings.push(`Deadline already passed for: "${short(item.action)}" (${phraser.phrase(at, true)})`);
      }
    }
    if (lines.length > 0) sections.push({ heading: headings[side.heading], lines });
  }

  const closing = [confirm, probe].filter(Boolean).join(' ');
  const blocks: Array<{ kind: 'p'; segments: Segment[] } | { kind: 'section'; section: Section }> = [];
  if (lead) blocks.push({ kind: 'p', segments: [{ text: lead }] });
  if (sections.length === 0) {
    warnings.push('No open commitments to summarize.');
    blocks.push({ kind: 'p', segments: [{ text: 'There are no open next steps on either side right now.' }] });
    if (confirm) blocks.push({ kind: 'p', segments: [{ text: confirm }] });
  } else {
    for (const section of sections) blocks.push({ kind: 'section', section });
    if (closing) blocks.push({ kind: 'p', segments: [{ text: closing }] });
  }

  const text = blocks
    .map((b) => {
      if (b.kind === 'p') return plain(b.segments);
      const bullets = b.section.lines.map((l) => `- ${plain(l)}`).join('\n');
      return b.section.heading ? `${b.section.heading}\n${bullets}` : bullets;
    })
    .join('\n\n');
  const html = blocks
    .map((b) => {
      if (b.kind === 'p') return `<p>${markup(b.segments)}</p>`;
      const list = `<ul>${b.section.lines.map((l) => `<li>${markup(l)}</li>`).join('')}</ul>`;
      return b.section.heading ? `<p><strong>${escapeHtml(b.section.heading)}</strong></p>${list}` : list;
    })
    .join('');
  return { text, html, warnings };
}

function sentence(item: SummaryItem, party: Party, at: Date | null, phraser: DeadlinePhraser, voice: Voice): Segment[] {
  const fromCustomer = item.writtenBy === 'customer';
  const words = (s: string) => (fromCustomer ? swapPerson(s, voice.agentVoice) : s);
  const subject = subjectFor(party, item.partyName, voice);
  const predicate = toPredicate(words(clean(item.action)), party, item.partyName, voice);
  const head = predicate.ownSubject ? upperFirst(predicate.text) : `${subject.lead} ${predicate.text}`;
  const out: Segment[] = [{ text: head }];

  if (at) {
    const showTime = typeof item.showTime === 'boolean' ? item.showTime : timeMatters(item.due);
    out.push({ text: ' ' }, { text: phraser.phrase(at, showTime), strong: true });
  } else {
    out.push({ text: ` ${NO_DATE}` });
  }

  const conditions = (Array.isArray(item.conditions) ? item.conditions : [])
    .map((c) => conditionPhrase(words(String(c))))
    .filter(Boolean);
  if (conditions.length > 0) out.push({ text: `, ${conditions.join(' and ')}` });

  const reason = typeof item.reason === 'string' ? reasonPhrase(words(item.reason)) : '';
  if (reason) out.push({ text: reason.startsWith('(') ? ` ${reason}` : `, ${reason}` });

  const waits = (Array.isArray(item.dependsOn) ? item.dependsOn : [])
    .map((d) => dependencyPhrase(d, voice))
    .filter(Boolean);
  if (waits.length > 0) out.push({ text: ` (waiting on ${waits.join(' and ')})` });

  out.push({ text: '.' });
  return out;
}

function dependencyPhrase(dep: SummaryDependency | string, voice: Voice): string {
  if (typeof dep === 'string') {
    const text = clean(dep);
    return text ? `"${text}"` : '';
  }
  if (dep == null || typeof dep !== 'object') return '';
  const party: Party = dep.party === 'agent' || dep.party === 'customer' ? dep.party : 'third-party';
  const predicate = toPredicate(clean(dep.action), party, dep.partyName, voice);
  if (!predicate.text) return '';
  if (predicate.ownSubject) return `"${predicate.text}"`;
  return `${subjectFor(party, dep.partyName, voice).object} to ${predicate.text}`;
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
