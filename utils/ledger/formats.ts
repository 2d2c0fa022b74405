// CSV and iCalendar renderings of the ledger (pure functions; the service feeds them records).
import type { CommitmentRecord, ConversationRecord } from './types';

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180, opens in a spreadsheet)

/**
 * Would a spreadsheet run the cell as a formula? `= + - @`, their full-width forms `＝ ＋ － ＠`
 * (some spreadsheets fold them to ASCII), and the same after leading spaces, tabs, CR or LF, which
 * some programs trim before they look; a cell starting with a tab or CR is guarded too.
 */
export function startsLikeFormula(s: string): boolean {
  return /^[\t\r\n]/.test(s) || /^[\s\u00a0\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(s);
}

/**
 * One CSV cell. Cells a spreadsheet would run as a formula (startsLikeFormula) get a leading apostrophe; cells with a quote, comma or line break are
 * quoted, with quotes doubled.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && startsLikeFormula(s)) s = `'${s}`;
  if (/[",\r\n]/.test(s) || /^\s|\s$/.test(s)) s = `"${s.replace(/"/g, '""')}"`;
  return s;
}

function csvRow(cells: Array<string | number | boolean | null | undefined>): string {
  return cells.map(csvCell).join(',');
}

const CSV_COLUMNS = [
  'id',
  'status',
  'party',
  'party_name',
  'action',
  'text',
  'due',
  'due_words',
  'outcome',
  'created',
  'done',
  'cancel_reason',
  'conditions',
  'reason',
  'depends_on',
  'source',
  'conversation_id',
  'subject',
  'customer_name',
  'customer_email',
  'customer_org',
  'url',
] as const;

function iso(t: number | null): string {
  return t === null ? '' : new Date(t).toISOString();
}

function outcomeOf(c: CommitmentRecord, now: number): string {
  if (c.status === 'cancelled') return 'cancelled';
  if (c.status === 'done') {
    if (c.dueAt === null || c.doneAt === null) return 'done';
    return c.doneAt <= c.dueAt ? 'on time' : 'late';
  }
  if (c.dueAt !== null && c.dueAt < now) return 'overdue';
  return 'open';
}

/** UTF-8 BOM, so that spreadsheet programs read the file as UTF-8; CRLF line ends. */
export function toCsv(commitments: CommitmentRecord[], conversations: Map<string, ConversationRecord>, now: number): string {
  const lines = [csvRow([...CSV_COLUMNS])];
  for (const c of commitments) {
    const conv = conversations.get(c.conversationId);
    lines.push(
      csvRow([
        c.id,
        c.status,
        c.party,
        c.partyName,
        c.action,
        c.text,
        iso(c.dueAt),
        c.due?.text ?? '',
        outcomeOf(c, now),
        iso(c.createdAt),
        iso(c.doneAt),
        c.cancelReason,
        c.conditions.join('; '),
        c.reason,
        c.dependsOn.join(' '),
        c.source,
        c.conversationId,
        conv?.subject,
        conv?.customerName,
        conv?.customerEmail,
        conv?.customerOrg,
        conv?.url,
      ]),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// iCalendar (RFC 5545)

/**
 * TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped;
 * every other control character (§3.1 allows none but HTAB in a value) dropped, so that no value can
 * end its content line and start a property or an event of its own.
 */
export function icsEscape(s: string): string {
  return s
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F\u2028\u2029]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/**
 * A URI value (§3.3.13) is not escaped like TEXT: it must be a URI already. Only http(s) URLs pass,
 * re-serialised by the URL parser (which percent-encodes spaces, quotes and controls); else nothing.
 */
export function icsUri(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    const href = u.href;
    return /^[\x21-\x7e]+$/.test(href) ? href : null;
  } catch {
    return null;
  }
}

/** Folds a content line at 75 octets (§3.1), never inside a UTF-8 sequence; CRLF + space. */
function icsFold(line: string): string {
  const enc = new TextEncoder();
  const parts: string[] = [];
  let cur = '';
  let curBytes = 0;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (curBytes + n > limit) {
      parts.push(cur);
      cur = '';
      curBytes = 0;
    }
    cur += ch;
    curBytes += n;
  }
  parts.push(cur);
  return parts.join('\r\n ');
}

/** UTC DATE-TIME form: 20250131T170000Z. */
function icsDate(t: number): string {
  return new Date(t)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Length of the calendar event that ends at the deadline. */
const ICS_EVENT_MS = 15 * 60 * 1000;

export function toIcs(commitments: CommitmentRecord[], conversations: Map<string, ConversationRecord>, now: number): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Commitment Keeper//Ledger//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Commitments',
  ];
  for (const c of commitments) {
    if (c.status !== 'open' || c.dueAt === null || c.deletedAt !== null) continue;
    const conv = conversations.get(c.conversationId);
    const who =
      c.party === 'agent'
        ? 'You'
        : (c.partyName ?? (c.party === 'customer' ? (conv?.customerName ?? 'Customer') : c.party === 'third-party' ? 'Third party' : null));
    const summary = `${who ? `${who}: ` : ''}${c.action || c.text}`;
    const description = [
      c.text,
      c.due ? `Due: ${c.due.text}` : '',
      c.conditions.length ? `If: ${c.conditions.join('; ')}` : '',
      conv ? `Conversation: ${conv.subject}${conv.customerName ? ` (${conv.customerName})` : ''}` : '',
      conv?.url ?? '',
    ]
      .filter(Boolean)
      .join('\n');
    lines.push(
      'BEGIN:VEVENT',
      // The id comes from the ledger (and so from any imported file): escaped like every value.
      `UID:${icsEscape(c.id)}@commitment-keeper`,
      `DTSTAMP:${icsDate(now)}`,
      `DTSTART:${icsDate(c.dueAt - ICS_EVENT_MS)}`,
      `DTEND:${icsDate(c.dueAt)}`,
      `LAST-MODIFIED:${icsDate(c.updatedAt)}`,
      `SUMMARY:${icsEscape(summary)}`,
      `DESCRIPTION:${icsEscape(description)}`,
    );
    const uri = icsUri(conv?.url);
    if (uri) lines.push(`URL:${uri}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(icsFold).join('\r\n')}\r\n`;
}
