// A small hand-written validator for the ledger's records: what an import file holds and what the
// UI sends. Each problem is led by its JSON path (`commitments[3].dueAt: expected number or null`).
// Hand-written rather than a schema library: the shapes are few and fixed, the messages must name
// paths in the file's own terms, and the background bundle stays small.
import { PARTIES, type Due } from '../commitments/types';
import { isRecord } from '../guards';
import { conversationIdOf } from './conversation-id';
import { ledgerError, type LedgerAction, type LedgerError, type LedgerWords } from './errors';
import { hasVisibleText } from './text';
import { isValidTimeZone } from './time';
import type { CommitmentRecord, ConversationRecord, HistoryEntry, HistoryKind } from './types';

const MAX_PROBLEMS = 10;

export class Problems {
  readonly list: string[] = [];
  /** Total found, also past MAX_PROBLEMS. */
  count = 0;
  add(path: string, message: string): void {
    this.count++;
    if (this.list.length < MAX_PROBLEMS) this.list.push(`${path || '(root)'}: ${message}`);
  }
  get ok(): boolean {
    return this.count === 0;
  }
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return typeof v;
}

const CUSTOMER_FIELDS = ['customerName', 'customerEmail', 'customerOrg', 'customerTimeZone'] as const;
const STATUSES = ['open', 'done', 'cancelled'] as const;
const SOURCES = ['typed', 'selection', 'suggested', 'imported'] as const;
const PRECISIONS = ['minute', 'hour', 'part-of-day', 'day', 'week', 'month'] as const;
const HISTORY_KINDS: readonly HistoryKind[] = [
  'created',
  'edited',
  'completed',
  'reopened',
  'cancelled',
  'rescheduled',
  'snoozed',
  'deleted',
  'restored',
  'imported',
];

export const check = {
  string(v: unknown, path: string, p: Problems, opts: { nullable?: boolean; nonEmpty?: boolean } = {}): boolean {
    if (v === null && opts.nullable) return true;
    if (typeof v !== 'string') {
      p.add(path, `expected string${opts.nullable ? ' or null' : ''}, got ${kindOf(v)}`);
      return false;
    }
    if (opts.nonEmpty && v.trim() === '') {
      p.add(path, 'expected a non-empty string');
      return false;
    }
    return true;
  },
  optString(v: unknown, path: string, p: Problems): boolean {
    return v === undefined || check.string(v, path, p);
  },
  number(v: unknown, path: string, p: Problems, opts: { nullable?: boolean; integer?: boolean } = {}): boolean {
    if (v === null && opts.nullable) return true;
    if (typeof v !== 'number' || !Number.isFinite(v) || (opts.integer && !Number.isInteger(v))) {
      p.add(path, `expected ${opts.integer ? 'integer' : 'number'}${opts.nullable ? ' or null' : ''}, got ${kindOf(v)}`);
      return false;
    }
    return true;
  },
  boolean(v: unknown, path: string, p: Problems): boolean {
    if (typeof v !== 'boolean') {
      p.add(path, `expected boolean, got ${kindOf(v)}`);
      return false;
    }
    return true;
  },
  oneOf<T extends string>(v: unknown, values: readonly T[], path: string, p: Problems, opts: { nullable?: boolean } = {}): boolean {
    if (v === null && opts.nullable) return true;
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
      p.add(
        path,
        `expected one of ${values.map((x) => JSON.stringify(x)).join(', ')}${opts.nullable ? ' or null' : ''}, got ${typeof v === 'string' ? JSON.stringify(v) : kindOf(v)}`,
      );
      return false;
    }
    return true;
  },
  stringArray(v: unknown, path: string, p: Problems): boolean {
    if (!Array.isArray(v)) {
      p.add(path, `expected array of strings, got ${kindOf(v)}`);
      return false;
    }
    let ok = true;
    v.forEach((x, i) => (ok = check.string(x, `${path}[${i}]`, p) && ok));
    return ok;
  },
  numberArray(v: unknown, path: string, p: Problems): boolean {
    if (!Array.isArray(v)) {
      p.add(path, `expected array of numbers, got ${kindOf(v)}`);
      return false;
    }
    let ok = true;
    v.forEach((x, i) => (ok = check.number(x, `${path}[${i}]`, p) && ok));
    return ok;
  },
  due(v: unknown, path: string, p: Problems): v is Due | null {
    if (v === null) return true;
    if (!isRecord(v)) {
      p.add(path, `expected object {at, text, precision} or null, got ${kindOf(v)}`);
      return false;
    }
    let ok = check.string(v.at, `${path}.at`, p);
    if (ok && Number.isNaN(Date.parse(v.at as string))) {
      p.add(`${path}.at`, `expected an ISO 8601 instant, got ${JSON.stringify(v.at)}`);
      ok = false;
    }
    ok = check.string(v.text, `${path}.text`, p) && ok;
    ok = check.oneOf(v.precision, PRECISIONS, `${path}.precision`, p) && ok;
    return ok;
  },
};

/**
 * A stored conversation: id `host|site|key` (export version 2 on), or a version-1 export's
 * conversation, which had no site and the id `host:key`.
 */
export function checkConversation(v: unknown, path: string, p: Problems, version = 2): v is ConversationRecord {
  if (!isRecord(v)) {
    p.add(path, `expected object, got ${kindOf(v)}`);
    return false;
  }
  const before = p.count;
  check.string(v.id, `${path}.id`, p, { nonEmpty: true });
  check.string(v.host, `${path}.host`, p, { nonEmpty: true });
  check.string(v.key, `${path}.key`, p, { nonEmpty: true });
  if (version >= 2) check.string(v.site, `${path}.site`, p);
  check.string(v.url, `${path}.url`, p);
  check.string(v.subject, `${path}.subject`, p);
  for (const f of CUSTOMER_FIELDS) check.optString(v[f], `${path}.${f}`, p);
  check.number(v.createdAt, `${path}.createdAt`, p);
  check.number(v.updatedAt, `${path}.updatedAt`, p);
  if (p.count !== before) return false;
  const [expected, form] =
    version >= 2
      ? [conversationIdOf({ host: v.host as string, site: v.site as string, key: v.key as string }), 'host|site|key']
      : [`${String(v.host)}:${String(v.key)}`, 'host:key'];
  if (v.id !== expected) p.add(`${path}.id`, `expected ${JSON.stringify(expected)} (${form}), got ${JSON.stringify(v.id)}`);
  return p.count === before;
}

export function checkCommitment(v: unknown, path: string, p: Problems): v is CommitmentRecord {
  if (!isRecord(v)) {
    p.add(path, `expected object, got ${kindOf(v)}`);
    return false;
  }
  const before = p.count;
  check.string(v.id, `${path}.id`, p, { nonEmpty: true });
  check.string(v.conversationId, `${path}.conversationId`, p, { nonEmpty: true });
  check.string(v.text, `${path}.text`, p);
  check.oneOf(v.party, PARTIES, `${path}.party`, p, { nullable: true });
  check.string(v.action, `${path}.action`, p);
  const dueOk = check.due(v.due, `${path}.due`, p);
  check.boolean(v.vague, `${path}.vague`, p);
  check.stringArray(v.conditions, `${path}.conditions`, p);
  check.string(v.reason, `${path}.reason`, p, { nullable: true });
  check.string(v.partyName, `${path}.partyName`, p, { nullable: true });
  check.oneOf(v.status, STATUSES, `${path}.status`, p);
  const dueAtOk = check.number(v.dueAt, `${path}.dueAt`, p, { nullable: true });
  check.number(v.createdAt, `${path}.createdAt`, p);
  check.number(v.updatedAt, `${path}.updatedAt`, p);
  check.number(v.doneAt, `${path}.doneAt`, p, { nullable: true });
  check.string(v.cancelReason, `${path}.cancelReason`, p, { nullable: true });
  check.stringArray(v.dependsOn, `${path}.dependsOn`, p);
  if (!isRecord(v.reminder)) p.add(`${path}.reminder`, `expected object {leadMinutes, snoozedUntil}, got ${kindOf(v.reminder)}`);
  else {
    check.numberArray(v.reminder.leadMinutes, `${path}.reminder.leadMinutes`, p);
    check.number(v.reminder.snoozedUntil, `${path}.reminder.snoozedUntil`, p, { nullable: true });
  }
  check.oneOf(v.source, SOURCES, `${path}.source`, p);
  check.number(v.deletedAt, `${path}.deletedAt`, p, { nullable: true });
  if (v.writtenBy !== undefined) check.oneOf(v.writtenBy, PARTIES, `${path}.writtenBy`, p);
  if (v.revision !== undefined) check.number(v.revision, `${path}.revision`, p, { integer: true });
  if (dueOk && dueAtOk) {
    const due = v.due as Due | null;
    const expected = due === null ? null : Date.parse(due.at);
    if (expected !== v.dueAt) p.add(`${path}.dueAt`, `expected ${String(expected)} (the instant of due.at), got ${String(v.dueAt)}`);
  }
  if (p.count === before && v.status === 'done' && v.doneAt === null)
    p.add(`${path}.doneAt`, 'expected a number for a done commitment, got null');
  return p.count === before;
}

export function checkHistory(v: unknown, path: string, p: Problems): v is HistoryEntry {
  if (!isRecord(v)) {
    p.add(path, `expected object, got ${kindOf(v)}`);
    return false;
  }
  const before = p.count;
  if (v.id !== undefined) check.number(v.id, `${path}.id`, p, { integer: true });
  check.string(v.commitmentId, `${path}.commitmentId`, p, { nonEmpty: true });
  check.string(v.conversationId, `${path}.conversationId`, p, { nonEmpty: true });
  check.number(v.at, `${path}.at`, p);
  check.oneOf(v.kind, HISTORY_KINDS, `${path}.kind`, p);
  if (v.changeId !== undefined) check.string(v.changeId, `${path}.changeId`, p, { nonEmpty: true });
  if (!isRecord(v.changes)) p.add(`${path}.changes`, `expected object, got ${kindOf(v.changes)}`);
  else {
    for (const [k, c] of Object.entries(v.changes)) {
      if (!isRecord(c) || !('from' in c) || !('to' in c)) p.add(`${path}.changes.${k}`, 'expected object {from, to}');
    }
  }
  return p.count === before;
}

/** What a caller says about a conversation (ConversationInfo): the ledger derives id and dates. */
export function checkInfo(v: unknown, path: string, p: Problems): void {
  if (!isRecord(v)) {
    p.add(path, 'expected object');
    return;
  }
  check.string(v.host, `${path}.host`, p, { nonEmpty: true });
  check.string(v.key, `${path}.key`, p, { nonEmpty: true });
  check.optString(v.site, `${path}.site`, p);
  check.string(v.url, `${path}.url`, p);
  check.string(v.subject, `${path}.subject`, p);
  for (const f of CUSTOMER_FIELDS) check.optString(v[f], `${path}.${f}`, p);
  if (typeof v.customerTimeZone === 'string' && !isValidTimeZone(v.customerTimeZone)) {
    p.add(`${path}.customerTimeZone`, `unknown time zone ${JSON.stringify(v.customerTimeZone)}`);
  }
  if (v.lastMessageAt !== undefined && (typeof v.lastMessageAt !== 'string' || Number.isNaN(Date.parse(v.lastMessageAt)))) {
    p.add(`${path}.lastMessageAt`, 'expected an ISO date');
  }
}

function checkWords(v: unknown, path: string, p: Problems): void {
  if (check.string(v, path, p) && !hasVisibleText(v as string)) p.add(path, 'expected words (only spaces or invisible characters)');
}

function checkReminder(v: unknown, path: string, p: Problems): void {
  if (!isRecord(v)) p.add(path, 'expected object {leadMinutes}');
  else if (v.leadMinutes !== undefined) check.numberArray(v.leadMinutes, `${path}.leadMinutes`, p);
}

/** A new commitment from the panel, the popup or the context menu (NewCommitment). */
export function checkNewCommitment(input: unknown, p: Problems): void {
  if (!isRecord(input)) {
    p.add('', 'expected object {conversation, draft, source}');
    return;
  }
  checkInfo(input.conversation, 'conversation', p);
  const d = input.draft;
  if (!isRecord(d)) p.add('draft', 'expected object');
  else {
    checkWords(d.text, 'draft.text', p);
    check.oneOf(d.party, PARTIES, 'draft.party', p, { nullable: true });
    check.string(d.action, 'draft.action', p);
    check.due(d.due, 'draft.due', p);
    check.boolean(d.vague, 'draft.vague', p);
    check.stringArray(d.conditions, 'draft.conditions', p);
    check.string(d.reason, 'draft.reason', p, { nullable: true });
    if (d.partyName !== undefined) check.string(d.partyName, 'draft.partyName', p, { nullable: true });
  }
  check.oneOf(input.source, SOURCES, 'source', p);
  if (input.partyName !== undefined) check.string(input.partyName, 'partyName', p, { nullable: true });
  if (input.dependsOn !== undefined) check.stringArray(input.dependsOn, 'dependsOn', p);
  if (input.writtenBy !== undefined) check.oneOf(input.writtenBy, PARTIES, 'writtenBy', p);
  if (input.id !== undefined) check.string(input.id, 'id', p, { nonEmpty: true });
  if (input.madeAt !== undefined) check.number(input.madeAt, 'madeAt', p);
  if (input.reminder !== undefined) checkReminder(input.reminder, 'reminder', p);
}

/** A field-level edit (CommitmentPatch): status, deadline moves by reschedule, deletion have their own methods. */
export function checkPatch(patch: unknown, p: Problems): void {
  if (!isRecord(patch)) {
    p.add('patch', 'expected object');
    return;
  }
  for (const k of Object.keys(patch)) {
    const v = patch[k];
    if (v === undefined) continue;
    const path = `patch.${k}`;
    switch (k) {
      case 'text':
        checkWords(v, path, p);
        break;
      case 'action':
        check.string(v, path, p);
        break;
      case 'party':
        check.oneOf(v, PARTIES, path, p, { nullable: true });
        break;
      case 'partyName':
      case 'reason':
        check.string(v, path, p, { nullable: true });
        break;
      case 'vague':
        check.boolean(v, path, p);
        break;
      case 'conditions':
      case 'dependsOn':
        check.stringArray(v, path, p);
        break;
      case 'due':
        check.due(v, path, p);
        break;
      case 'reminder':
        checkReminder(v, path, p);
        break;
      default:
        p.add(path, 'not an editable field (status, deadline and deletion have their own methods)');
    }
  }
}

/** The error for a call whose input failed its checks. */
export function invalid(action: LedgerAction, p: Problems): LedgerError {
  return ledgerError('invalid-input', { message: 'invalidInput', action, params: [p.list.join('; ')] }, { problems: p.list });
}

/** The error for an import file (or batch) that failed its checks: nothing was imported. */
export function importError(p: Problems): LedgerError {
  const list = p.list.join('; ');
  const more = p.count - p.list.length;
  const words: LedgerWords =
    more > 0 ? { message: 'invalidImportMore', params: [list, String(more)] } : { message: 'invalidImport', params: [list] };
  return ledgerError('invalid-import', words, { problems: p.list });
}
