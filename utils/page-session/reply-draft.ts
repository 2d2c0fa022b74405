// The agent's own new words in the reply being written, for coaching. Pure: takes the editor element
// (or its text) and never changes it. Left out:
// - quoted history: marked blocks (blockquote, Gmail's .gmail_quote, Outlook's #divRplyFwdMsg and
//   what follows it, Thunderbird's .moz-cite-prefix) and, in text, "On … wrote:", "-----Original
//   Message-----", "From: …" header lines and everything below them, and "> " lines;
// - the signature: marked blocks (.gmail_signature, [data-smartmail], .moz-signature, anything
//   classed or id'd "signature") and the "-- " delimiter line (RFC 3676) with everything below it;
// - a summary the panel inserted: its known lines (lead, headings, closing questions, built from the
//   agent's templates with any placeholder filled) and the bullet lines under its headings.
import { DEFAULT_SUMMARY_TEMPLATES, type SummaryTemplates } from '../summary/types';
import { BLOCK_TAGS } from '../block-tags';

/** Nothing longer is read: coaching looks at a reply, not at a pasted thread. */
const MAX_DRAFT_CHARS = 10_000;

const QUOTED_BLOCKS = [
  'blockquote',
  '.gmail_quote',
  '.gmail_extra',
  '.moz-cite-prefix',
  '.yahoo_quoted',
  '[data-marker="__QUOTED_TEXT__"]',
];
const SIGNATURE_BLOCKS = [
  '.gmail_signature',
  '[data-smartmail="gmail_signature"]',
  '.moz-signature',
  '[class*="signature" i]',
  '[id*="signature" i]',
  '[data-signature]',
];
// Outlook on the web puts the quoted message after a divider with one of these ids: it and
// everything after it in the editor is history.
const HISTORY_STARTS = ['#divRplyFwdMsg', '#appendonsend', '[id^="divRplyFwdMsg"]'];

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

export interface DraftReadOptions {
  /** The agent's summary templates, so an inserted summary is recognised after they were edited. */
  summaryTemplates?: SummaryTemplates;
  /** The agent's signature (settings), which the summary may end with: its lines are left out. */
  signature?: string;
  /** Names filled into the templates' placeholders; unknown ones match any words. */
  names?: { agentName?: string; customerName?: string };
}

/** The agent's own new words in this editor (a contenteditable root, a textarea or an input). */
export function readReplyDraft(editor: Element, opts: DraftReadOptions = {}): string {
  // By tag, not instanceof: the editor may live in another frame's realm (TinyMCE's iframe).
  if (editor.tagName === 'TEXTAREA' || editor.tagName === 'INPUT') return ownDraftText((editor as HTMLTextAreaElement).value ?? '', opts);
  return ownDraftText(visibleText(editor), opts);
}

/** The text of an editor's DOM, lines as the agent sees them, with marked quotes and signatures left out. */
export function visibleText(root: Element): string {
  const skip = new Set<Element>();
  for (const el of root.querySelectorAll([...QUOTED_BLOCKS, ...SIGNATURE_BLOCKS].join(','))) skip.add(el);
  const historyStart = root.querySelector(HISTORY_STARTS.join(','));
  const out: string[] = [];
  let stopped = false;
  const newline = () => {
    if (out.length > 0 && out[out.length - 1] !== '\n') out.push('\n');
  };
  const walk = (node: Node) => {
    if (stopped) return;
    if (node.nodeType === 3) {
      out.push((node.nodeValue ?? '').replace(/[\s\u00a0]+/g, (ws) => (ws.includes('\n') ? ' ' : ws.replace(/\u00a0/g, ' '))));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el === historyStart) {
      stopped = true;
      return;
    }
    if (skip.has(el) || SKIPPED_TAGS.has(el.tagName)) return;
    if (el.tagName === 'BR') {
      out.push('\n');
      return;
    }
    const block = BLOCK_TAGS.has(el.tagName);
    if (block) newline();
    for (const child of el.childNodes) walk(child);
    if (block) newline();
  };
  for (const child of root.childNodes) walk(child);
  return out.join('');
}

// Reply headers: "On Mon, May 13, 2024 at 9:14 AM Priya <p@x.com> wrote:" (may wrap over two lines),
// "-----Original Message-----", "From: Priya …" (Outlook), "Le … a écrit :" is not handled (English first).
const HISTORY_LINE =
  /^(?:On\s.{1,250}\bwrote:?|-{2,}\s*(?:Original|Forwarded)\s+Message\s*-{2,}|Begin forwarded message:|From:\s+\S.*|_{10,})$/i;
const HISTORY_WRAPPED = /^On\s.{1,200}$/i;
const SIGNATURE_DELIMITER = /^--\s*$/;

/** The agent's own new words in a reply's text: no history, no signature, no inserted summary. */
export function ownDraftText(text: string, opts: DraftReadOptions = {}): string {
  const lines = text.slice(0, MAX_DRAFT_CHARS).replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (SIGNATURE_DELIMITER.test(line)) break;
    if (HISTORY_LINE.test(line)) break;
    // A header the editor wrapped: "On Mon, May 13, 2024 at 9:14 AM Priya Natarajan <…>" / "wrote:".
    if (HISTORY_WRAPPED.test(line) && /^\S*.{0,120}\bwrote:?$/i.test((lines[i + 1] ?? '').trim())) break;
    if (line.startsWith('>')) continue;
    kept.push(lines[i]!);
  }
  return withoutSummary(kept, opts)
    .join('\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Drops the lines of an inserted summary: its fixed lines and the bullets under its headings. */
function withoutSummary(lines: string[], opts: DraftReadOptions): string[] {
  const t = opts.summaryTemplates ?? DEFAULT_SUMMARY_TEMPLATES;
  const fixed = [t.lead, t.confirm, t.probe, `${t.confirm} ${t.probe}`, 'There are no open next steps on either side right now.'];
  const headings = [t.headings.agent, t.headings.customer, t.headings.thirdParty];
  const fixedRe = fixed.filter((s) => s.trim()).map((s) => templatePattern(s, opts.names));
  const headingRe = headings.filter((s) => s.trim()).map((s) => templatePattern(s, opts.names));
  const signatureLines = new Set(
    (opts.signature ?? '')
      .split(/\r?\n/)
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean),
  );
  const isFixed = (line: string) => fixedRe.some((re) => re.test(line)) || signatureLines.has(line.toLowerCase());
  const out: string[] = [];
  // Under a summary heading every line is one of its bullets ("- I'll send …" in text, one list item
  // per line in HTML editors) until a blank line or the closing questions.
  let underHeading = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (headingRe.some((re) => re.test(line))) {
      underHeading = true;
      continue;
    }
    if (line === '' || isFixed(line)) underHeading = false;
    if (underHeading || isFixed(line)) continue;
    out.push(raw);
  }
  return out;
}

/** A template as a whole-line pattern: placeholders filled with the known names, else any words. */
function templatePattern(template: string, names: DraftReadOptions['names'] = {}): RegExp {
  const first = (s: string | undefined) => s?.trim().split(/\s+/)[0];
  const values: Record<string, string | undefined> = {
    agentName: names.agentName,
    customerName: names.customerName,
    agentFirstName: first(names.agentName),
    customerFirstName: first(names.customerName),
  };
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const source = template
    .trim()
    .split(/(\{[A-Za-z]+\})/)
    .map((part) => {
      const m = /^\{([A-Za-z]+)\}$/.exec(part);
      if (!m) return escape(part).replace(/\s+/g, '\\s+');
      const value = values[m[1]!];
      return value ? escape(value) : '.{0,80}?';
    })
    .join('');
  return new RegExp(`^${source}$`, 'i');
}
