// The strict shape of an imported file, applied after validate.ts has checked the types. Pure.
//
// An import file is data from outside: it may have been edited, or crafted. So the ledger keeps only
// what it knows — each record is rebuilt field by field (unknown fields dropped), the fields the
// ledger derives are derived again (`dueAt` from `due.at`; the `openDueAt` index key is never read
// from a file: a crafted `openDueAt` on a done record once made the badge count it), sizes and counts
// are bounded, ids and URLs must have the ledger's own forms, and words lose bidi controls.
import type { Due } from '../commitments/types';
import { neutraliseBidi, PAGE_LIMITS } from '../hosts/page-text';
import { conversationIdOf, siteOf, type AdapterOwnsUrl } from './conversation-id';
import { planSiteMoves } from './site-migration';
import type { CommitmentRecord, ConversationRecord, HistoryEntry, LedgerExport } from './types';
import type { Problems } from './validate';

export const IMPORT_LIMITS = {
  /** Characters of the whole file (JSON text). */
  fileChars: 64 * 1024 * 1024,
  conversations: 100_000,
  commitments: 200_000,
  history: 1_000_000,
  /** Words of a commitment (text, action, reason, each condition, names). */
  words: 5_000,
  conditions: 20,
  dependsOn: 50,
  leadMinutes: 10,
  /** Keys of one history entry's `changes`; characters of one entry as JSON. */
  changeKeys: 40,
  historyEntryChars: 20_000,
} as const;

/** Commitment ids: UUIDs and the like. Never a line break, a space or a `|`. */
const COMMITMENT_ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/;
const ADAPTER_ID = /^[a-z][a-z0-9-]{0,40}$/;
const MAX_LEAD_MINUTES = 366 * 24 * 60;

function words(s: string): string {
  return neutraliseBidi(s).slice(0, IMPORT_LIMITS.words);
}
function wordsOrNull(s: string | null): string | null {
  return s === null ? null : words(s);
}

/** '' or an http(s) URL of at most PAGE_LIMITS.url characters. */
function isImportableUrl(url: string): boolean {
  if (url === '') return true;
  if (url.length > PAGE_LIMITS.url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** '' or the origin of an http(s) URL (`https://acme.zendesk.com`). */
function isSite(site: string): boolean {
  return site === '' || (/^https?:\/\//.test(site) && siteOf(site) === site);
}

export function checkCounts(raw: { conversations: unknown[]; commitments: unknown[]; history: unknown[] }, p: Problems): void {
  for (const k of ['conversations', 'commitments', 'history'] as const) {
    if (raw[k].length > IMPORT_LIMITS[k]) p.add(k, `at most ${IMPORT_LIMITS[k]} records, got ${raw[k].length}`);
  }
}

function cleanDue(d: Due | null): Due | null {
  return d === null ? null : { at: d.at, text: words(d.text), precision: d.precision };
}

function conversation(c: ConversationRecord, path: string, p: Problems): ConversationRecord {
  if (!ADAPTER_ID.test(c.host)) p.add(`${path}.host`, `expected an adapter id like "zendesk", got ${JSON.stringify(c.host.slice(0, 60))}`);
  if (c.key.length > PAGE_LIMITS.key) p.add(`${path}.key`, `at most ${PAGE_LIMITS.key} characters`);
  if (!isImportableUrl(c.url)) p.add(`${path}.url`, 'expected an http(s) URL or ""');
  if (!isSite(c.site)) p.add(`${path}.site`, 'expected an origin like "https://acme.zendesk.com" or ""');
  const out: ConversationRecord = {
    id: c.id,
    host: c.host,
    site: c.site,
    key: c.key,
    url: c.url,
    subject: neutraliseBidi(c.subject).slice(0, PAGE_LIMITS.subject),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
  for (const f of ['customerName', 'customerEmail', 'customerOrg', 'customerTimeZone'] as const) {
    const v = c[f];
    if (typeof v === 'string' && v !== '') out[f] = neutraliseBidi(v).slice(0, PAGE_LIMITS[f]);
  }
  const last = typeof c.lastMessageAt === 'string' ? Date.parse(c.lastMessageAt) : NaN;
  if (Number.isFinite(last)) out.lastMessageAt = new Date(last).toISOString();
  return out;
}

function commitment(c: CommitmentRecord, path: string, p: Problems): CommitmentRecord {
  if (!COMMITMENT_ID.test(c.id)) p.add(`${path}.id`, 'expected an id of letters, digits and . _ : @ - (at most 128)');
  if (c.conditions.length > IMPORT_LIMITS.conditions) p.add(`${path}.conditions`, `at most ${IMPORT_LIMITS.conditions}`);
  if (c.dependsOn.length > IMPORT_LIMITS.dependsOn) p.add(`${path}.dependsOn`, `at most ${IMPORT_LIMITS.dependsOn}`);
  c.dependsOn.forEach((d, i) => COMMITMENT_ID.test(d) || p.add(`${path}.dependsOn[${i}]`, 'expected a commitment id'));
  const lead = c.reminder.leadMinutes;
  if (lead.length > IMPORT_LIMITS.leadMinutes) p.add(`${path}.reminder.leadMinutes`, `at most ${IMPORT_LIMITS.leadMinutes}`);
  lead.forEach(
    (m, i) =>
      (Number.isInteger(m) && m >= 0 && m <= MAX_LEAD_MINUTES) ||
      p.add(`${path}.reminder.leadMinutes[${i}]`, `expected whole minutes from 0 to ${MAX_LEAD_MINUTES}`),
  );
  const due = cleanDue(c.due);
  const out: CommitmentRecord = {
    id: c.id,
    conversationId: c.conversationId,
    text: words(c.text),
    party: c.party,
    action: words(c.action),
    due,
    vague: c.vague,
    conditions: c.conditions.map(words),
    reason: wordsOrNull(c.reason),
    partyName: wordsOrNull(c.partyName),
    status: c.status,
    // Derived, never taken from the file.
    dueAt: due === null ? null : Date.parse(due.at),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    doneAt: c.status === 'done' ? c.doneAt : null,
    cancelReason: c.status === 'cancelled' ? wordsOrNull(c.cancelReason) : null,
    dependsOn: [...c.dependsOn],
    reminder: { leadMinutes: [...lead], snoozedUntil: c.reminder.snoozedUntil },
    source: c.source,
    deletedAt: c.deletedAt,
  };
  if (c.writtenBy !== undefined) out.writtenBy = c.writtenBy;
  // Checked a positive integer by checkCommitment; an older export has none (counts as 1).
  if (typeof c.revision === 'number' && Number.isInteger(c.revision) && c.revision >= 1) out.revision = c.revision;
  return out;
}

function history(h: HistoryEntry, path: string, p: Problems): HistoryEntry {
  if (!COMMITMENT_ID.test(h.commitmentId)) p.add(`${path}.commitmentId`, 'expected a commitment id');
  const keys = Object.keys(h.changes);
  if (keys.length > IMPORT_LIMITS.changeKeys) p.add(`${path}.changes`, `at most ${IMPORT_LIMITS.changeKeys} fields`);
  const changes: HistoryEntry['changes'] = {};
  for (const k of keys) changes[k] = { from: h.changes[k]!.from, to: h.changes[k]!.to };
  if (JSON.stringify(changes).length > IMPORT_LIMITS.historyEntryChars)
    p.add(`${path}.changes`, `at most ${IMPORT_LIMITS.historyEntryChars} characters`);
  const out: HistoryEntry = { commitmentId: h.commitmentId, conversationId: h.conversationId, at: h.at, kind: h.kind, changes };
  if (h.id !== undefined) out.id = h.id;
  // The caller's id of the change (idempotent retries): kept in the ledger's id form only.
  if (typeof h.changeId === 'string' && COMMITMENT_ID.test(h.changeId)) out.changeId = h.changeId;
  return out;
}

/**
 * Rebuilds a validated export in the ledger's own shape (see the top of this file). A version-1 file
 * (ids of before the site) has its conversations moved to site-bound ids first, with the plan the
 * database migration uses. Problems are added to `p`; the caller refuses the file when there are any.
 */
export function strictExport(raw: LedgerExport, version: number, ownsUrl: AdapterOwnsUrl, p: Problems): LedgerExport {
  let conversations = raw.conversations;
  let commitments = raw.commitments;
  let entries = raw.history;
  if (version < 2) {
    const moves = new Map(planSiteMoves(conversations, ownsUrl).map((m) => [m.from, m] as const));
    const to = (id: string) => moves.get(id)?.to ?? id;
    conversations = conversations.map((c) => {
      const m = moves.get(c.id);
      return m ? { ...c, id: m.to, host: m.host, site: m.site, key: m.key } : c;
    });
    commitments = commitments.map((c) => ({ ...c, conversationId: to(c.conversationId) }));
    entries = entries.map((h) => ({ ...h, conversationId: to(h.conversationId) }));
  }
  return {
    format: raw.format,
    version,
    exportedAt: raw.exportedAt,
    conversations: conversations.map((c, i) => strictRecord('conversations', c, `conversations[${i}]`, p)),
    commitments: commitments.map((c, i) => strictRecord('commitments', c, `commitments[${i}]`, p)),
    history: entries.map((h, i) => strictRecord('history', h, `history[${i}]`, p)),
  };
}

type SectionRecord = { conversations: ConversationRecord; commitments: CommitmentRecord; history: HistoryEntry };

/**
 * One record of a current-version file, rebuilt strictly (what strictExport does to each); a streamed
 * import's batch calls it record by record, so that it can give way between them.
 */
export function strictRecord<S extends keyof SectionRecord>(
  section: S,
  record: SectionRecord[S],
  path: string,
  p: Problems,
): SectionRecord[S] {
  if (section === 'commitments') return commitment(record as CommitmentRecord, path, p) as SectionRecord[S];
  if (section === 'history') return history(record as HistoryEntry, path, p) as SectionRecord[S];
  const c = conversation(record as ConversationRecord, path, p);
  // A conversation's id is made from its parts, so a file cannot file records under another site.
  const expected = conversationIdOf(c);
  if (c.id !== expected) p.add(`${path}.id`, `expected ${JSON.stringify(expected)} (host|site|key)`);
  return c as SectionRecord[S];
}
