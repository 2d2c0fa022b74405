// LedgerService: the one typed API to the ledger. It runs in the background service worker and is
// exposed to the panel, popup and options page with @webext-core/proxy-service:
//
//   registerService(KEY, new LedgerService(new LedgerDb(), Date.now, { onChange }));
//   const ledger = createProxyService(KEY);   // see utils/messaging/ledger-client.ts
//
// Rules that keep it proxy-safe: every public member is an async method; arguments and results are
// plain JSON-safe data (numbers, strings, null, arrays, objects — no Date, no undefined meaning
// something, no Infinity), since extension messaging may JSON-serialize them. State and helpers are
// #private, so they are not part of the proxied type. Every failure is a LedgerError.
import Dexie, { type UpdateSpec } from 'dexie';
import type { Due } from '../commitments/types';
import { LedgerDb, NO_DEADLINE_KEY, openDueKey, type StoredCommitment } from './db';
import { LedgerError, toLedgerError } from './errors';
import { conversationIdOf, siteOf } from './conversation-id';
import { assertBase, checkWriteOptions, revisionOf } from './revisions';
import { hasVisibleText } from './text';
import { toCsv, toIcs } from './formats';
import {
  EXPORT_CHUNK_CHARS,
  EXPORT_END,
  EXPORT_PAGE,
  EXPORT_SECTIONS,
  exportHeader,
  LEDGER_EXPORT_FORMAT,
  LEDGER_EXPORT_VERSION,
  sectionOpening,
  type ExportCursor,
  type ImportBatch,
} from './stream';
import { DAY_MS, dayBounds, isValidTimeZone } from './time';
import {
  DEFAULT_REMINDER_LEAD_MINUTES,
  type BadgeCounts,
  type CommitmentPatch,
  type CommitmentRecord,
  type CommitmentWithConversation,
  type CompleteResult,
  type ConversationInfo,
  type ConversationRecord,
  type CustomerKey,
  type HistoryEntry,
  type HistoryKind,
  type ImportCounts,
  type ImportSummary,
  type LedgerChange,
  type LedgerExport,
  type NewCommitment,
  type TrackRecord,
  type TrackRecordOptions,
  type WriteOptions,
  type CompleteOptions,
} from './types';
import { check, checkCommitment, checkConversation, checkHistory, checkV1Conversation, isObj, Problems } from './validate';
import { checkCounts, IMPORT_LIMITS, strictExport } from './import-schema';
import type { AdapterOwnsUrl } from './conversation-id';
import { adapterOwnsUrl } from '../hosts/owns-url';

/**
 * Version of the JSON export format (independent of the database schema version). 2: conversation
 * ids name their site (`host|site|key`) and records carry `site`; version-1 files are moved on import.
 * Defined in ./stream (the options page reads it without the service).
 */
export { LEDGER_EXPORT_FORMAT, LEDGER_EXPORT_VERSION } from './stream';
/** Badge counts stop here: past 999 the badge shows "999+". */
export const BADGE_COUNT_CAP = 1000;

/** One section of the popup: how many, and the first few by deadline. */
export interface OverviewSection {
  /** How many, exact up to the overview's count cap; the cap when there are more. */
  count: number;
  /** There are more than `count`. */
  capped: boolean;
  items: CommitmentRecord[];
}

/** What the toolbar popup shows first (see popupOverview). */
export interface PopupOverview {
  /** Open, deadline before now. */
  overdue: OverviewSection;
  /** Open, deadline from now to the end of today in the zone. */
  today: OverviewSection;
  /** Open, deadline from the end of today to now + 7 days. */
  upcoming: OverviewSection;
  /** Open, due later or without a deadline: counted only (up to the cap). */
  later: { count: number; capped: boolean };
  /** The conversations of the listed items (each once). */
  conversations: ConversationRecord[];
}

export interface LedgerHooks {
  /** Called after every committed write (never for a no-op), outside the transaction. */
  onChange?: (change: LedgerChange) => void;
}

type Changes = Record<string, unknown>;
interface Step {
  kind: HistoryKind;
  /** Key path (e.g. 'status', 'reminder.snoozedUntil') → new value. */
  set: Changes;
}

const EDITABLE_KEYS = ['text', 'action', 'party', 'partyName', 'vague', 'conditions', 'reason', 'dependsOn'] as const;


function strip(c: StoredCommitment): CommitmentRecord {
  const { openDueAt: _ignored, ...rest } = c;
  return rest;
}

function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const k of path.split('.')) cur = isObj(cur) ? cur[k] : undefined;
  return cur;
}

function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let cur: Record<string, unknown> = obj;
  for (const k of keys.slice(0, -1)) {
    const next = cur[k];
    if (!isObj(next)) cur[k] = {};
    cur = cur[k] as Record<string, unknown>;
  }
  cur[keys[keys.length - 1]!] = value;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

function normalizeEmail(email: string | undefined): string | undefined {
  const e = email?.trim().toLowerCase();
  return e ? e : undefined;
}

function dueFrom(value: Due | number | null): Due | null {
  if (value === null) return null;
  if (typeof value === 'number') return { at: new Date(value).toISOString(), text: '', precision: 'minute' };
  return { at: value.at, text: value.text, precision: value.precision };
}

function invalid(action: string, p: Problems): LedgerError {
  return new LedgerError('invalid-input', `Could not ${action}: ${p.list.join('; ')}`, { problems: p.list });
}

function checkInfo(v: unknown, path: string, p: Problems): void {
  if (!isObj(v)) {
    p.add(path, 'expected object');
    return;
  }
  check.string(v.host, `${path}.host`, p, { nonEmpty: true });
  check.string(v.key, `${path}.key`, p, { nonEmpty: true });
  check.optString(v.site, `${path}.site`, p);
  check.string(v.url, `${path}.url`, p);
  check.string(v.subject, `${path}.subject`, p);
  for (const f of ['customerName', 'customerEmail', 'customerOrg', 'customerTimeZone'] as const) check.optString(v[f], `${path}.${f}`, p);
  if (typeof v.customerTimeZone === 'string' && !isValidTimeZone(v.customerTimeZone)) p.add(`${path}.customerTimeZone`, `unknown time zone ${JSON.stringify(v.customerTimeZone)}`);
  if (v.lastMessageAt !== undefined && (typeof v.lastMessageAt !== 'string' || Number.isNaN(Date.parse(v.lastMessageAt)))) p.add(`${path}.lastMessageAt`, 'expected an ISO date');
}

function checkPatch(patch: unknown, p: Problems): void {
  if (!isObj(patch)) {
    p.add('patch', 'expected object');
    return;
  }
  for (const k of Object.keys(patch)) {
    const v = patch[k];
    if (v === undefined) continue;
    const path = `patch.${k}`;
    switch (k) {
      case 'text':
        if (check.string(v, path, p) && !hasVisibleText(v as string)) p.add(path, 'expected words (only spaces or invisible characters)');
        break;
      case 'action':
        check.string(v, path, p);
        break;
      case 'party':
        check.oneOf(v, ['agent', 'customer', 'third-party'], path, p, { nullable: true });
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
        if (!isObj(v)) p.add(path, 'expected object {leadMinutes}');
        else if (v.leadMinutes !== undefined) check.numberArray(v.leadMinutes, `${path}.leadMinutes`, p);
        break;
      default:
        p.add(path, 'not an editable field (status, deadline and deletion have their own methods)');
    }
  }
}

export class LedgerService {
  readonly #db: LedgerDb;
  readonly #now: () => number;
  readonly #onChange: ((change: LedgerChange) => void) | undefined;

  constructor(db: LedgerDb, clock: () => number = Date.now, hooks: LedgerHooks = {}) {
    this.#db = db;
    this.#now = clock;
    this.#onChange = hooks.onChange;
  }

  // ------------------------------------------------------------------ plumbing

  async #op<T>(action: string, write: boolean, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw toLedgerError(e, action, write);
    }
  }

  #emit(change: LedgerChange): void {
    if (!this.#onChange) return;
    try {
      this.#onChange(change);
    } catch (e) {
      // A listener's failure must not turn a committed write into a reported failure.
      console.error('[ledger] onChange listener failed', e);
    }
  }

  /** Inside a rw transaction on conversations: create or update by field, return the record and whether it changed. */
  async #upsertConversationIn(info: ConversationInfo, now: number): Promise<{ record: ConversationRecord; changed: boolean }> {
    const site = info.site ?? siteOf(info.url);
    const id = conversationIdOf({ ...info, site });
    const existing = await this.#db.conversations.get(id);
    const fields = {
      url: info.url,
      subject: info.subject,
      customerName: info.customerName,
      customerEmail: normalizeEmail(info.customerEmail),
      customerOrg: info.customerOrg,
      customerTimeZone: info.customerTimeZone,
      lastMessageAt: info.lastMessageAt,
    };
    if (!existing) {
      const record: ConversationRecord = { id, host: info.host, site, key: info.key, url: fields.url, subject: fields.subject, createdAt: now, updatedAt: now };
      for (const k of ['customerName', 'customerEmail', 'customerOrg', 'customerTimeZone', 'lastMessageAt'] as const) {
        const v = fields[k];
        if (v !== undefined && v !== '') record[k] = v;
      }
      await this.#db.conversations.add(record);
      return { record, changed: true };
    }
    // Field by field; a field the caller does not know (undefined) never erases a known one.
    const update: Partial<ConversationRecord> = {};
    for (const k of Object.keys(fields) as Array<keyof typeof fields>) {
      const v = fields[k];
      if (v !== undefined && v !== existing[k]) update[k] = v;
    }
    if (Object.keys(update).length === 0) return { record: existing, changed: false };
    update.updatedAt = now;
    await this.#db.conversations.update(id, update);
    return { record: { ...existing, ...update }, changed: true };
  }

  /**
   * Applies steps to one commitment in one transaction, field by field (only changed key paths are
   * written, so concurrent edits of other fields survive), with one history entry per step.
   */
  async #change(
    id: string,
    action: string,
    plan: (cur: StoredCommitment, now: number) => Step[],
    options?: WriteOptions,
  ): Promise<{ record: CommitmentRecord; changed: boolean; kinds: HistoryKind[] }> {
    if (typeof id !== 'string' || !id) throw new LedgerError('invalid-input', `Could not ${action}: expected a commitment id`);
    const p = new Problems();
    if (!checkWriteOptions(options, p)) throw invalid(action, p);
    const changeId = options?.changeId;
    const result = await this.#op(action, true, () =>
      this.#db.transaction('rw', this.#db.commitments, this.#db.history, async () => {
        const cur = await this.#db.commitments.get(id);
        if (!cur) throw new LedgerError('not-found', `Could not ${action}: no commitment with id ${id}.`);
        // A retry of a change that was applied already (its reply was lost): not applied twice.
        if (changeId !== undefined && (await this.#db.history.where('changeId').equals(changeId).count()) > 0) {
          return { record: strip(cur), changed: false, kinds: [] as HistoryKind[] };
        }
        assertBase(action, strip(cur), options);
        const now = this.#now();
        const steps = plan(cur, now);
        const next = structuredClone(cur) as unknown as Record<string, unknown>;
        const update: Record<string, unknown> = {};
        const entries: HistoryEntry[] = [];
        for (const step of steps) {
          const changes: HistoryEntry['changes'] = {};
          for (const [path, to] of Object.entries(step.set)) {
            const from = getPath(next, path);
            if (deepEqual(from, to)) continue;
            changes[path] = { from: from === undefined ? null : from, to };
            update[path] = to;
            setPath(next, path, to);
          }
          if (Object.keys(changes).length > 0) {
            entries.push({ commitmentId: id, conversationId: cur.conversationId, at: now, kind: step.kind, changes, ...(changeId !== undefined ? { changeId } : {}) });
          }
        }
        if (entries.length === 0) return { record: strip(cur), changed: false, kinds: [] as HistoryKind[] };
        update.updatedAt = now;
        update.revision = revisionOf(cur) + 1;
        const n = next as unknown as StoredCommitment;
        const key = openDueKey(n);
        if (key !== cur.openDueAt) update.openDueAt = key; // undefined removes it (and the record from the index)
        await this.#db.commitments.update(id, update as UpdateSpec<StoredCommitment>);
        await this.#db.history.bulkAdd(entries);
        const after = await this.#db.commitments.get(id);
        return { record: strip(after!), changed: true, kinds: entries.map((e) => e.kind) };
      }),
    );
    if (result.changed) {
      this.#emit({ kind: result.kinds[result.kinds.length - 1]!, conversationIds: [result.record.conversationId], commitmentIds: [id] });
    }
    return result;
  }

  async #resolveCustomer(input: CustomerKey | string): Promise<{ email: string | null; conversationIds: string[] }> {
    let key: CustomerKey = input as CustomerKey;
    if (typeof input === 'string') {
      // A conversation id when there is such a conversation, else an email.
      key = (await this.#db.conversations.get(input)) ? { conversationId: input } : { email: input };
    }
    if (!isObj(key)) throw new LedgerError('invalid-input', 'Expected { email } or { conversationId } to name a customer.');
    let email: string | null = null;
    if ('email' in key && typeof key.email === 'string') email = normalizeEmail(key.email) ?? null;
    else if ('conversationId' in key && typeof key.conversationId === 'string') {
      const conv = await this.#db.conversations.get(key.conversationId);
      if (!conv?.customerEmail) return { email: null, conversationIds: [key.conversationId] };
      email = conv.customerEmail;
    } else throw new LedgerError('invalid-input', 'Expected { email } or { conversationId } to name a customer.');
    if (!email) return { email: null, conversationIds: [] };
    const ids = (await this.#db.conversations.where('customerEmail').equals(email).primaryKeys()) as string[];
    return { email, conversationIds: ids };
  }

  async #commitmentsOf(conversationIds: string[]): Promise<StoredCommitment[]> {
    const lists = await Promise.all(
      conversationIds.map((cid) =>
        this.#db.commitments.where('[conversationId+createdAt]').between([cid, Dexie.minKey], [cid, Dexie.maxKey], true, true).toArray(),
      ),
    );
    return lists.flat().filter((c) => c.deletedAt === null);
  }

  // ------------------------------------------------------------------ conversations

  async upsertConversation(info: ConversationInfo): Promise<ConversationRecord> {
    const p = new Problems();
    checkInfo(info, 'conversation', p);
    if (!p.ok) throw invalid('save the conversation', p);
    const r = await this.#op('save the conversation', true, () =>
      this.#db.transaction('rw', this.#db.conversations, () => this.#upsertConversationIn(info, this.#now())),
    );
    if (r.changed) this.#emit({ kind: 'conversation', conversationIds: [r.record.id], commitmentIds: [] });
    return r.record;
  }

  async getConversation(id: string): Promise<ConversationRecord | null> {
    return this.#op('read the conversation', false, async () => (await this.#db.conversations.get(id)) ?? null);
  }

  /** The conversations with these ids, in order; null where there is none. */
  async getConversations(ids: string[]): Promise<Array<ConversationRecord | null>> {
    return this.#op('read the conversations', false, async () => (await this.#db.conversations.bulkGet(ids)).map((c) => c ?? null));
  }

  // ------------------------------------------------------------------ commitments: writes

  async addCommitment(input: NewCommitment): Promise<CommitmentRecord> {
    const action = 'save the commitment';
    const p = new Problems();
    if (!isObj(input)) p.add('', 'expected object {conversation, draft, source}');
    else {
      checkInfo(input.conversation, 'conversation', p);
      const d = input.draft as unknown;
      if (!isObj(d)) p.add('draft', 'expected object');
      else {
        if (check.string(d.text, 'draft.text', p) && !hasVisibleText(d.text as string)) p.add('draft.text', 'expected words (only spaces or invisible characters)');
        check.oneOf(d.party, ['agent', 'customer', 'third-party'], 'draft.party', p, { nullable: true });
        check.string(d.action, 'draft.action', p);
        check.due(d.due, 'draft.due', p);
        check.boolean(d.vague, 'draft.vague', p);
        check.stringArray(d.conditions, 'draft.conditions', p);
        check.string(d.reason, 'draft.reason', p, { nullable: true });
      }
      check.oneOf(input.source, ['typed', 'selection', 'suggested', 'imported'], 'source', p);
      if (input.partyName !== undefined) check.string(input.partyName, 'partyName', p, { nullable: true });
      if (input.dependsOn !== undefined) check.stringArray(input.dependsOn, 'dependsOn', p);
      if (input.writtenBy !== undefined) check.oneOf(input.writtenBy, ['agent', 'customer', 'third-party'], 'writtenBy', p);
      if (input.id !== undefined) check.string(input.id, 'id', p, { nonEmpty: true });
      if (input.madeAt !== undefined) check.number(input.madeAt, 'madeAt', p);
      if (input.reminder !== undefined) {
        if (!isObj(input.reminder)) p.add('reminder', 'expected object {leadMinutes}');
        else if (input.reminder.leadMinutes !== undefined) check.numberArray(input.reminder.leadMinutes, 'reminder.leadMinutes', p);
      }
    }
    if (!p.ok) throw invalid(action, p);

    const r = await this.#op(action, true, () =>
      this.#db.transaction('rw', this.#db.conversations, this.#db.commitments, this.#db.history, async () => {
        const now = this.#now();
        const conv = await this.#upsertConversationIn(input.conversation, now);
        const id = input.id ?? crypto.randomUUID();
        const existing = await this.#db.commitments.get(id);
        if (existing) {
          if (existing.conversationId === conv.record.id && existing.text === input.draft.text) return { record: strip(existing), added: false };
          throw new LedgerError('constraint', `Could not ${action}: another commitment already has the id ${id}.`);
        }
        const due = dueFrom(input.draft.due);
        // Made earlier (taken from an old message): that is when it was made. Never in the future.
        const madeAt = input.madeAt !== undefined && input.madeAt < now ? input.madeAt : now;
        const record: CommitmentRecord = {
          id,
          conversationId: conv.record.id,
          text: input.draft.text,
          party: input.draft.party,
          action: input.draft.action,
          due,
          vague: input.draft.vague,
          conditions: [...input.draft.conditions],
          reason: input.draft.reason,
          partyName: input.partyName ?? null,
          status: 'open',
          dueAt: due ? Date.parse(due.at) : null,
          createdAt: madeAt,
          updatedAt: now,
          doneAt: null,
          cancelReason: null,
          dependsOn: [...(input.dependsOn ?? [])],
          reminder: { leadMinutes: [...(input.reminder?.leadMinutes ?? DEFAULT_REMINDER_LEAD_MINUTES)], snoozedUntil: null },
          source: input.source,
          deletedAt: null,
          ...(input.writtenBy ? { writtenBy: input.writtenBy } : {}),
          revision: 1,
        };
        const stored: StoredCommitment = { ...record };
        const key = openDueKey(record);
        if (key !== undefined) stored.openDueAt = key;
        await this.#db.commitments.add(stored);
        await this.#db.history.add({
          commitmentId: id,
          conversationId: record.conversationId,
          at: madeAt,
          kind: 'created',
          changes: {
            status: { from: null, to: 'open' },
            dueAt: { from: null, to: record.dueAt },
            party: { from: null, to: record.party },
            action: { from: null, to: record.action },
          },
        });
        return { record, added: true };
      }),
    );
    if (r.added) this.#emit({ kind: 'created', conversationIds: [r.record.conversationId], commitmentIds: [r.record.id] });
    return r.record;
  }

  /** Field-level edit: only the keys present in `patch` are written. A `due` is recorded as a reschedule. */
  async updateCommitment(id: string, patch: CommitmentPatch, options?: WriteOptions): Promise<CommitmentRecord> {
    const p = new Problems();
    checkPatch(patch, p);
    if (!p.ok) throw invalid('update the commitment', p);
    const r = await this.#change(id, 'update the commitment', () => {
      const edit: Changes = {};
      for (const k of EDITABLE_KEYS) if (patch[k] !== undefined) edit[k] = patch[k];
      if (patch.reminder?.leadMinutes !== undefined) edit['reminder.leadMinutes'] = [...patch.reminder.leadMinutes];
      const steps: Step[] = [{ kind: 'edited', set: edit }];
      if (patch.due !== undefined) {
        const due = dueFrom(patch.due);
        const set: Changes = { due, dueAt: due ? Date.parse(due.at) : null };
        if (due && patch.vague === undefined) set.vague = false;
        steps.push({ kind: 'rescheduled', set });
      }
      return steps;
    }, options);
    return r.record;
  }

  /**
   * Marks done now, or at `options.at` when it was done earlier (the message that delivered it);
   * the outcome says on time or late against the deadline.
   */
  async complete(id: string, options: CompleteOptions & WriteOptions = {}): Promise<CompleteResult> {
    const p = new Problems();
    if (options.at !== undefined) check.number(options.at, 'at', p);
    if (!p.ok) throw invalid('complete the commitment', p);
    const r = await this.#change(id, 'complete the commitment', (cur, now) => {
      if (cur.status === 'done') return [];
      // Not in the future, and not before it was made.
      const at = options.at !== undefined ? Math.max(Math.min(options.at, now), cur.createdAt) : now;
      return [{ kind: 'completed', set: { status: 'done', doneAt: at, cancelReason: null } }];
    }, { ...(options.changeId !== undefined ? { changeId: options.changeId } : {}), ...(options.baseRevision !== undefined ? { baseRevision: options.baseRevision } : {}) });
    const c = r.record;
    if (c.dueAt === null || c.doneAt === null) return { commitment: c, outcome: 'no-deadline', lateByMs: 0 };
    const late = c.doneAt > c.dueAt;
    return { commitment: c, outcome: late ? 'late' : 'on-time', lateByMs: late ? c.doneAt - c.dueAt : 0 };
  }

  async reopen(id: string, options?: WriteOptions): Promise<CommitmentRecord> {
    const r = await this.#change(
      id,
      'reopen the commitment',
      (cur) => (cur.status === 'open' ? [] : [{ kind: 'reopened', set: { status: 'open', doneAt: null, cancelReason: null } }]),
      options,
    );
    return r.record;
  }

  async cancel(id: string, reason: string, options?: WriteOptions): Promise<CommitmentRecord> {
    if (typeof reason !== 'string') throw new LedgerError('invalid-input', 'Could not cancel the commitment: reason: expected string.');
    const r = await this.#change(id, 'cancel the commitment', () => [
      { kind: 'cancelled', set: { status: 'cancelled', doneAt: null, cancelReason: reason.trim() } },
    ], options);
    return r.record;
  }

  /** Moves the deadline (a Due, epoch ms, or null for none); the history keeps the earlier one. */
  async reschedule(id: string, due: Due | number | null, options?: WriteOptions): Promise<CommitmentRecord> {
    const p = new Problems();
    if (typeof due === 'number') check.number(due, 'due', p);
    else check.due(due, 'due', p);
    if (!p.ok) throw invalid('reschedule the commitment', p);
    const r = await this.#change(id, 'reschedule the commitment', () => {
      const d = dueFrom(due);
      const set: Changes = { due: d, dueAt: d ? Date.parse(d.at) : null };
      if (d) set.vague = false;
      return [{ kind: 'rescheduled', set }];
    }, options);
    return r.record;
  }

  /** No reminder before `until` (epoch ms); null ends the snooze. */
  async snooze(id: string, until: number | null, options?: WriteOptions): Promise<CommitmentRecord> {
    const p = new Problems();
    check.number(until, 'until', p, { nullable: true });
    if (!p.ok) throw invalid('snooze the reminder', p);
    const r = await this.#change(id, 'snooze the reminder', () => [{ kind: 'snoozed', set: { 'reminder.snoozedUntil': until } }], options);
    return r.record;
  }

  /** Soft delete: hidden from every query until undoRemove. */
  async remove(id: string, options?: WriteOptions): Promise<CommitmentRecord> {
    const r = await this.#change(id, 'delete the commitment', (cur, now) => (cur.deletedAt !== null ? [] : [{ kind: 'deleted', set: { deletedAt: now } }]), options);
    return r.record;
  }

  async undoRemove(id: string, options?: WriteOptions): Promise<CommitmentRecord> {
    const r = await this.#change(id, 'restore the commitment', () => [{ kind: 'restored', set: { deletedAt: null } }], options);
    return r.record;
  }

  /**
   * Deletes a commitment for good, with its history: no undo. This is the delete that still works
   * when the browser's storage is full, where `remove` (a soft delete is a write that adds a history
   * entry) fails with 'quota'. Answers roughly how many bytes the records took (their JSON size).
   * An id that is not there frees nothing and is not an error (a retry after a lost reply).
   */
  async purge(id: string): Promise<{ freedBytes: number }> {
    if (typeof id !== 'string' || !id) throw new LedgerError('invalid-input', 'Could not delete the commitment: expected a commitment id');
    const r = await this.#op('delete the commitment', true, () =>
      this.#db.transaction('rw', this.#db.commitments, this.#db.history, async () => {
        const cur = await this.#db.commitments.get(id);
        if (!cur) return null;
        const history = this.#db.history.where('commitmentId').equals(id);
        const entries = await history.toArray();
        const freedBytes = new TextEncoder().encode(JSON.stringify(cur)).length + entries.reduce((n, e) => n + JSON.stringify(e).length, 0);
        await history.delete();
        await this.#db.commitments.delete(id);
        return { conversationId: cur.conversationId, freedBytes };
      }),
    );
    if (!r) return { freedBytes: 0 };
    this.#emit({ kind: 'deleted', conversationIds: [r.conversationId], commitmentIds: [id] });
    return { freedBytes: r.freedBytes };
  }

  // ------------------------------------------------------------------ commitments: reads

  /** Also a deleted one (so that the UI can offer undo); null when there is none. */
  async getCommitment(id: string): Promise<CommitmentRecord | null> {
    return this.#op('read the commitment', false, async () => {
      const c = await this.#db.commitments.get(id);
      return c ? strip(c) : null;
    });
  }

  /** One conversation's commitments (not deleted), oldest first. */
  async listByConversation(conversationId: string): Promise<CommitmentRecord[]> {
    return this.#op('read the conversation\'s commitments', false, async () => {
      const list = await this.#db.commitments
        .where('[conversationId+createdAt]')
        .between([conversationId, Dexie.minKey], [conversationId, Dexie.maxKey], true, true)
        .toArray();
      return list.filter((c) => c.deletedAt === null).map(strip);
    });
  }

  /** Open commitments with a deadline before t (overdue ones included), by deadline. */
  async listOpenDueBefore(t: number): Promise<CommitmentRecord[]> {
    return this.#op('read the commitments', false, async () =>
      (await this.#db.commitments.where('openDueAt').below(Math.min(t, NO_DEADLINE_KEY)).toArray()).map(strip),
    );
  }

  /** Open and past due, by deadline. */
  async listOverdue(now: number): Promise<CommitmentRecord[]> {
    return this.listOpenDueBefore(now);
  }

  /** Open with a deadline within the calendar day of `now` in `timeZone` (earlier today included). */
  async listDueToday(now: number, timeZone: string): Promise<CommitmentRecord[]> {
    if (!isValidTimeZone(timeZone)) throw new LedgerError('invalid-input', `Unknown time zone ${JSON.stringify(timeZone)}.`);
    const { start, end } = dayBounds(now, timeZone);
    return this.#op('read the commitments', false, async () =>
      (await this.#db.commitments.where('openDueAt').between(start, end, true, false).toArray()).map(strip),
    );
  }

  /** Open with a deadline in [now, now + days), by deadline. */
  async listUpcoming(now: number, days: number): Promise<CommitmentRecord[]> {
    return this.#op('read the commitments', false, async () =>
      (await this.#db.commitments.where('openDueAt').between(now, Math.min(now + days * DAY_MS, NO_DEADLINE_KEY), true, false).toArray()).map(strip),
    );
  }

  /** Every open commitment (with a deadline first, by deadline; then those without). */
  async listOpen(): Promise<CommitmentRecord[]> {
    return this.#op('read the commitments', false, async () => (await this.#db.commitments.orderBy('openDueAt').toArray()).map(strip));
  }

  /** The customer's commitments (all conversations with their email, else the one conversation), oldest first. */
  async listByCustomer(customer: CustomerKey | string): Promise<CommitmentRecord[]> {
    return this.#op('read the customer\'s commitments', false, async () => {
      const { conversationIds } = await this.#resolveCustomer(customer);
      const list = await this.#commitmentsOf(conversationIds);
      return list.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)).map(strip);
    });
  }

  /**
   * For the badge: counted over the open-deadline index, no record read. Each count stops at
   * `countCap` (the badge shows "999+" past 999): IndexedDB counts a range key by key, so an exact
   * count of tens of thousands of overdue items would cost the badge its speed.
   */
  async badgeCounts(now: number, windowMs: number, countCap = BADGE_COUNT_CAP): Promise<BadgeCounts> {
    return this.#op('count the commitments', false, () =>
      this.#db.transaction('r', this.#db.commitments, async () => {
        const [overdue, dueSoon] = await Promise.all([
          this.#countOpenDue(null, now, countCap),
          this.#countOpenDue(now, Math.min(now + windowMs, NO_DEADLINE_KEY), countCap),
        ]);
        return { overdue: overdue.count, dueSoon: dueSoon.count };
      }),
    );
  }

  /** Open, not deleted commitments due in [lower, upper) (null = unbounded), over the `openDueAt` index. */
  #openDueRange(lower: number | null, upper: number | null) {
    const ix = this.#db.commitments.where('openDueAt');
    if (lower === null) return upper === null ? ix.aboveOrEqual(-Infinity) : ix.below(upper);
    if (upper === null) return ix.aboveOrEqual(lower);
    return ix.between(lower, upper, true, false);
  }

  /**
   * Counts up to `cap` by reading at most `cap + 1` primary keys, which costs the same with 100 or
   * 100,000 commitments in range. A cap of 2^31 or more counts exactly (natively).
   */
  async #countOpenDue(lower: number | null, upper: number | null, cap: number): Promise<{ count: number; capped: boolean }> {
    const range = this.#openDueRange(lower, upper);
    const limit = Math.max(0, Math.floor(cap));
    if (limit >= 2 ** 31) return { count: await range.count(), capped: false };
    const keys = await range.limit(limit + 1).primaryKeys();
    return { count: Math.min(keys.length, limit), capped: keys.length > limit };
  }

  /**
   * The popup's first screen: counts and the first `limit` of each section, each a key range over
   * the `openDueAt` index; only the listed records are read. Counts stop at `countCap`: IndexedDB
   * counts a range key by key (34,000 overdue took 200 ms in Chromium), while reading at most
   * `countCap + 1` primary keys costs the same with 100 or 100,000 commitments in the ledger.
   * A cap of 2^31 or more (Number.MAX_SAFE_INTEGER) counts exactly.
   */
  async popupOverview(now: number, timeZone: string, limit = 20, countCap = 99): Promise<PopupOverview> {
    if (!isValidTimeZone(timeZone)) throw new LedgerError('invalid-input', `Unknown time zone ${JSON.stringify(timeZone)}.`);
    const { end: endOfToday } = dayBounds(now, timeZone);
    const weekAhead = Math.max(endOfToday, now + 7 * DAY_MS);
    const n = Math.max(0, Math.floor(limit));
    const cap = Math.max(0, Math.floor(countCap));
    return this.#op('read the commitments', false, () =>
      this.#db.transaction('r', this.#db.commitments, this.#db.conversations, async () => {
        const count = (lower: number | null, upper: number | null) => this.#countOpenDue(lower, upper, cap);
        const section = async (lower: number | null, upper: number | null): Promise<OverviewSection> => {
          const [counted, items] = await Promise.all([count(lower, upper), this.#openDueRange(lower, upper).limit(n).toArray()]);
          return { ...counted, items: items.map(strip) };
        };
        const [overdue, today, upcoming, later] = await Promise.all([
          section(null, now),
          section(now, endOfToday),
          section(endOfToday, weekAhead),
          count(weekAhead, null),
        ]);
        const ids = [...new Set([overdue, today, upcoming].flatMap((s) => s.items.map((c) => c.conversationId)))];
        const conversations = (await this.#db.conversations.bulkGet(ids)).filter((c): c is ConversationRecord => c !== undefined);
        return { overdue, today, upcoming, later, conversations };
      }),
    );
  }

  // ------------------------------------------------------------------ attention: snoozed and undated

  /** Open commitments snoozed past `now` (the `reminder.snoozedUntil` index holds only snoozed ones). */
  async listSnoozedOpen(now: number): Promise<CommitmentRecord[]> {
    return this.#op('read the commitments', false, async () =>
      (await this.#db.commitments.where('reminder.snoozedUntil').above(now).toArray()).filter((c) => openDueKey(c) !== undefined).map(strip),
    );
  }

  /**
   * Open commitments without a deadline, oldest first: the first `limit`, the count up to `countCap`,
   * and their conversations. The records are read (at most `countCap + 1`): promises without a date
   * are few, and their age decides whether the badge counts them.
   */
  async listUndatedOpen(limit = 20, countCap = 99): Promise<OverviewSection & { conversations: ConversationRecord[] }> {
    const cap = Math.max(0, Math.floor(countCap));
    return this.#op('read the commitments', false, () =>
      this.#db.transaction('r', this.#db.commitments, this.#db.conversations, async () => {
        const found = await this.#db.commitments.where('openDueAt').equals(NO_DEADLINE_KEY).limit(cap + 1).toArray();
        const items = found.sort((a, b) => a.createdAt - b.createdAt).slice(0, Math.max(0, Math.floor(limit))).map(strip);
        const ids = [...new Set(items.map((c) => c.conversationId))];
        const conversations = (await this.#db.conversations.bulkGet(ids)).filter((c): c is ConversationRecord => c !== undefined);
        return { count: Math.min(found.length, cap), capped: found.length > cap, items, conversations };
      }),
    );
  }

  /** Open commitments whose words, party, conversation subject or customer match every word of `text`. */
  async search(text: string, limit = 50): Promise<CommitmentWithConversation[]> {
    return this.#op('search the commitments', false, () =>
      this.#db.transaction('r', this.#db.commitments, this.#db.conversations, async () => {
        const words = String(text).toLowerCase().split(/\s+/).filter(Boolean);
        // Conversations are few next to commitments: read them once, then walk the open commitments
        // with a cursor that stops at the limit instead of loading every open record first.
        const convs = new Map((await this.#db.conversations.toArray()).map((c) => [c.id, c] as const));
        const matches = (c: StoredCommitment): boolean => {
          const conv = convs.get(c.conversationId);
          const hay = [c.text, c.action, c.partyName ?? '', c.party ?? '', conv?.subject ?? '', conv?.customerName ?? '', conv?.customerEmail ?? '', conv?.customerOrg ?? '']
            .join('\n')
            .toLowerCase();
          return words.every((w) => hay.includes(w));
        };
        const found = await this.#db.commitments.orderBy('openDueAt').filter(matches).limit(Math.max(0, Math.floor(limit))).toArray();
        return found.map((c) => ({ commitment: strip(c), conversation: convs.get(c.conversationId) ?? null }));
      }),
    );
  }

  /** The commitment's changes, oldest first. */
  async history(commitmentId: string): Promise<HistoryEntry[]> {
    return this.#op('read the history', false, () => this.#db.history.where('commitmentId').equals(commitmentId).toArray());
  }

  // ------------------------------------------------------------------ track record

  async trackRecordForCustomer(customer: CustomerKey | string, options: TrackRecordOptions = {}): Promise<TrackRecord> {
    return this.#op('compute the track record', false, () =>
      this.#db.transaction('r', this.#db.conversations, this.#db.commitments, this.#db.history, async () => {
        const { conversationIds } = await this.#resolveCustomer(customer);
        const party = options.party ?? 'customer';
        const list = (await this.#commitmentsOf(conversationIds)).filter((c) => party === 'any' || c.party === party);
        return this.#trackRecord(list, options.last);
      }),
    );
  }

  /** The agent's own commitments across every conversation. */
  async trackRecordForAgent(options: Omit<TrackRecordOptions, 'party'> = {}): Promise<TrackRecord> {
    return this.#op('compute the track record', false, () =>
      this.#db.transaction('r', this.#db.commitments, this.#db.history, async () => {
        const list = (await this.#db.commitments.where('party').equals('agent').toArray()).filter((c) => c.deletedAt === null);
        return this.#trackRecord(list, options.last);
      }),
    );
  }

  async #trackRecord(all: StoredCommitment[], last: number | undefined): Promise<TrackRecord> {
    const now = this.#now();
    let list = all;
    const tr: TrackRecord = { keptOnTime: 0, late: 0, missed: 0, pending: 0, averageSlipMs: null, total: 0, cancelled: 0, rescheduledLater: 0, slipCount: 0 };
    if (last !== undefined && last >= 0) {
      list = all.filter((c) => c.status !== 'cancelled').sort((a, b) => b.createdAt - a.createdAt).slice(0, last);
    }
    const slips: number[] = [];
    for (const c of list) {
      if (c.status === 'cancelled') tr.cancelled++;
      else if (c.status === 'done') {
        if (c.dueAt !== null && c.doneAt !== null && c.doneAt > c.dueAt) {
          tr.late++;
          slips.push(c.doneAt - c.dueAt);
        } else tr.keptOnTime++;
      } else if (c.dueAt !== null && c.dueAt < now) tr.missed++;
      else tr.pending++;
    }
    const ids = list.map((c) => c.id);
    const entries = ids.length ? await this.#db.history.where('commitmentId').anyOf(ids).toArray() : [];
    const movedLater = new Set<string>();
    for (const e of entries) {
      if (e.kind !== 'rescheduled') continue;
      const d = e.changes.dueAt;
      if (d && typeof d.from === 'number' && typeof d.to === 'number' && d.to > d.from) {
        slips.push(d.to - d.from);
        movedLater.add(e.commitmentId);
      }
    }
    tr.total = tr.keptOnTime + tr.late + tr.missed + tr.pending;
    tr.rescheduledLater = movedLater.size;
    tr.slipCount = slips.length;
    tr.averageSlipMs = slips.length ? Math.round(slips.reduce((a, b) => a + b, 0) / slips.length) : null;
    return tr;
  }

  // ------------------------------------------------------------------ export / import

  /** Everything, deleted records and history included: re-imports exactly. */
  async exportJson(): Promise<string> {
    return this.#op('export the ledger', false, () =>
      this.#db.transaction('r', this.#db.conversations, this.#db.commitments, this.#db.history, async () => {
        const data: LedgerExport = {
          format: LEDGER_EXPORT_FORMAT,
          version: LEDGER_EXPORT_VERSION,
          exportedAt: this.#now(),
          conversations: await this.#db.conversations.orderBy('id').toArray(),
          commitments: (await this.#db.commitments.orderBy('id').toArray()).map(strip),
          history: await this.#db.history.orderBy('id').toArray(),
        };
        return JSON.stringify(data, null, 2);
      }),
    );
  }

  /**
   * The JSON export in pieces of about `maxChars` (see utils/ledger/stream.ts): start with null, then
   * hand back each answer's `next` until it is null. The pieces joined are the file `exportJson`
   * writes (same fields, one record a line). Each page of records is read in its own short
   * transaction, so a long export never holds the ledger; a record changed meanwhile is written as it
   * was when its page was read.
   */
  async exportChunk(cursor: ExportCursor | null, maxChars: number = EXPORT_CHUNK_CHARS): Promise<{ text: string; next: ExportCursor | null }> {
    return this.#op('export the ledger', false, async () => {
      const limit = Math.max(1, Math.min(Math.floor(Number(maxChars) || EXPORT_CHUNK_CHARS), 32_000_000));
      let c: ExportCursor = cursor ?? { exportedAt: this.#now(), section: 'conversations', after: null, written: 0 };
      if (!EXPORT_SECTIONS.includes(c.section)) throw new LedgerError('invalid-input', 'Could not export the ledger: bad cursor.');
      let text = cursor ? '' : exportHeader(LEDGER_EXPORT_FORMAT, LEDGER_EXPORT_VERSION, c.exportedAt);
      while (text.length < limit) {
        const table = this.#db.table<Record<string, unknown>, string | number>(c.section);
        const from = c.after === null ? table.orderBy(':id') : table.where(':id').above(c.after);
        // Fewer records when little room is left (a record is a few hundred characters), so a
        // chunk passes its size by one page at most.
        const want = Math.max(1, Math.min(EXPORT_PAGE, Math.ceil((limit - text.length) / 300)));
        const page = await from.limit(want).toArray();
        let written = c.written;
        const parts: string[] = [];
        for (const r of page) {
          const record = c.section === 'commitments' ? strip(r as unknown as StoredCommitment) : r;
          parts.push((written++ === 0 ? '\n' : ',\n') + JSON.stringify(record));
        }
        text += parts.join('');
        const last = page[page.length - 1];
        c = { ...c, written, after: last ? (last.id as string | number) : c.after };
        if (page.length < want) {
          const i = EXPORT_SECTIONS.indexOf(c.section);
          const following = EXPORT_SECTIONS[i + 1];
          if (!following) return { text: text + EXPORT_END, next: null };
          text += sectionOpening(following);
          c = { ...c, section: following, after: null, written: 0 };
        }
      }
      return { text, next: c };
    });
  }

  /**
   * One batch of a streamed import (utils/ledger/stream.ts): its records checked, then merged as
   * importJson merges, in one short transaction. References must resolve in the ledger (the file's
   * conversations come before its commitments, and those before their history). The caller checks
   * the whole file first (ImportCheck), so a bad file is refused before any batch is written. The
   * caller ends with importFinished (one change event for the whole import).
   */
  async importBatch(batch: ImportBatch): Promise<ImportSummary> {
    const p = new Problems();
    if (!isObj(batch) || !EXPORT_SECTIONS.includes(batch.section as never) || !Array.isArray(batch.records)) {
      throw new LedgerError('invalid-import', 'Could not import the batch: expected {section, records}.');
    }
    const section = batch.section;
    const records = batch.records;
    const check = section === 'conversations' ? checkConversation : section === 'commitments' ? checkCommitment : checkHistory;
    records.forEach((r, i) => check(r, `${section}[${i}]`, p));
    if (!p.ok) throw importError(p);
    // The same strict rebuild as a whole-file import (unknown fields dropped, derived fields derived
    // again, ids, sites and URLs in the ledger's forms), batch by batch.
    const data = strictExport(
      {
        format: LEDGER_EXPORT_FORMAT,
        version: LEDGER_EXPORT_VERSION,
        exportedAt: 0,
        conversations: section === 'conversations' ? (records as ConversationRecord[]) : [],
        commitments: section === 'commitments' ? (records as CommitmentRecord[]) : [],
        history: section === 'history' ? (records as HistoryEntry[]) : [],
      },
      LEDGER_EXPORT_VERSION,
      adapterOwnsUrl,
      p,
    );
    if (!p.ok) throw importError(p);
    const summary = await this.#op('import the file', true, () =>
      this.#db.transaction('rw', this.#db.conversations, this.#db.commitments, this.#db.history, async () => {
        const refs = new Problems();
        const needConv = [...new Set(data.commitments.map((c) => c.conversationId))];
        const haveConv = await this.#db.conversations.bulkGet(needConv);
        needConv.forEach((id, i) => !haveConv[i] && refs.add(`commitments.conversationId`, `no conversation ${JSON.stringify(id)} in the file or the ledger`));
        const needCommit = [...new Set(data.history.map((h) => h.commitmentId))];
        const haveCommit = await this.#db.commitments.bulkGet(needCommit);
        needCommit.forEach((id, i) => !haveCommit[i] && refs.add(`history.commitmentId`, `no commitment ${JSON.stringify(id)} in the file or the ledger`));
        if (!refs.ok) throw importError(refs);
        const s = emptySummary();
        await this.#mergeIn(data, this.#now(), s);
        return s;
      }),
    );
    // No change event per batch: each one makes every listener (badge, reminder schedule, open panels)
    // read again, which kept the worker busy for the whole import. importFinished tells them once.
    return summary;
  }

  /** Ends a streamed import (also one cut short): one change event for the conversations it touched. */
  async importFinished(conversationIds: string[]): Promise<void> {
    const p = new Problems();
    check.stringArray(conversationIds, 'conversationIds', p);
    if (!p.ok) throw invalid('finish the import', p);
    this.#emit({ kind: 'import', conversationIds: [...new Set(conversationIds)], commitmentIds: [] });
  }

  /** Of these ids, the ones the ledger does not hold (a streamed import's references outside its file). */
  async missingIds(ids: { conversations: string[]; commitments: string[] }): Promise<{ conversations: string[]; commitments: string[] }> {
    return this.#op('read the ledger', false, async () => {
      const conv = await this.#db.conversations.bulkGet(ids.conversations);
      const comm = await this.#db.commitments.bulkGet(ids.commitments);
      return { conversations: ids.conversations.filter((_, i) => !conv[i]), commitments: ids.commitments.filter((_, i) => !comm[i]) };
    });
  }

  /** Live commitments (not deleted) with their conversation, for a spreadsheet. */
  async exportCsv(): Promise<string> {
    return this.#op('export the ledger', false, async () => {
      const { commitments, conversations } = await this.#liveWithConversations();
      return toCsv(commitments, conversations, this.#now());
    });
  }

  /** One VEVENT per open commitment with a deadline. */
  async exportIcs(): Promise<string> {
    return this.#op('export the calendar', false, async () =>
      this.#db.transaction('r', this.#db.conversations, this.#db.commitments, async () => {
        const open = (await this.#db.commitments.where('openDueAt').below(NO_DEADLINE_KEY).toArray()).map(strip);
        const convs = new Map<string, ConversationRecord>();
        (await this.#db.conversations.bulkGet([...new Set(open.map((c) => c.conversationId))])).forEach((c) => c && convs.set(c.id, c));
        return toIcs(open, convs, this.#now());
      }),
    );
  }

  async #liveWithConversations(): Promise<{ commitments: CommitmentRecord[]; conversations: Map<string, ConversationRecord> }> {
    return this.#db.transaction('r', this.#db.conversations, this.#db.commitments, async () => {
      const commitments = (await this.#db.commitments.toArray()).filter((c) => c.deletedAt === null).map(strip);
      commitments.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
      const conversations = new Map((await this.#db.conversations.toArray()).map((c) => [c.id, c] as const));
      return { commitments, conversations };
    });
  }

  /**
   * Erases every conversation, commitment and history entry in one transaction: all or nothing.
   * Settings are not part of the ledger and stay. The change event lists what was erased, so an open
   * panel showing one of those conversations reloads.
   */
  async eraseAll(): Promise<void> {
    const erased = await this.#op('erase the ledger', true, () =>
      this.#db.transaction('rw', this.#db.conversations, this.#db.commitments, this.#db.history, async () => {
        const conversationIds = await this.#db.conversations.toCollection().primaryKeys();
        const commitmentIds = await this.#db.commitments.toCollection().primaryKeys();
        const historyCount = await this.#db.history.count();
        await Promise.all([this.#db.conversations.clear(), this.#db.commitments.clear(), this.#db.history.clear()]);
        return { conversationIds, commitmentIds, historyCount };
      }),
    );
    // Nothing was there: no write, so no event (as for the other no-ops).
    if (erased.conversationIds.length + erased.commitmentIds.length + erased.historyCount === 0) return;
    this.#emit({ kind: 'erase', conversationIds: erased.conversationIds, commitmentIds: erased.commitmentIds });
  }

  /**
   * Merges records into the ledger, inside the caller's rw transaction on the three tables: the copy
   * with the later updatedAt wins (the file's on a tie); history entries already present are skipped.
   */
  async #mergeIn(data: Pick<LedgerExport, 'conversations' | 'commitments' | 'history'>, now: number, s: ImportSummary): Promise<void> {
    const existingConvs = await this.#db.conversations.bulkGet(data.conversations.map((c) => c.id));
    const convPuts: ConversationRecord[] = [];
    data.conversations.forEach((c, i) => {
      const cur = existingConvs[i];
      if (!cur) s.conversations.added++;
      else if (deepEqual(cur, c) || cur.updatedAt > c.updatedAt) return void s.conversations.kept++;
      else s.conversations.updated++;
      convPuts.push({ ...c, ...(c.customerEmail !== undefined ? { customerEmail: normalizeEmail(c.customerEmail) } : {}) });
    });
    await this.#db.conversations.bulkPut(convPuts);

    const existingCommits = await this.#db.commitments.bulkGet(data.commitments.map((c) => c.id));
    const commitPuts: StoredCommitment[] = [];
    const mergeEntries: HistoryEntry[] = [];
    data.commitments.forEach((c, i) => {
      const cur = existingCommits[i];
      if (cur) {
        const plain = strip(cur);
        if (deepEqual(plain, c) || cur.updatedAt > c.updatedAt) return void s.commitments.kept++;
        s.commitments.updated++;
        const changes: HistoryEntry['changes'] = {};
        const keys = new Set([...Object.keys(plain), ...Object.keys(c)]);
        for (const k of keys) {
          const from = (plain as unknown as Record<string, unknown>)[k];
          const to = (c as unknown as Record<string, unknown>)[k];
          if (k !== 'updatedAt' && k !== 'revision' && !deepEqual(from, to)) changes[k] = { from: from ?? null, to: to ?? null };
        }
        mergeEntries.push({ commitmentId: c.id, conversationId: c.conversationId, at: now, kind: 'imported', changes });
      } else s.commitments.added++;
      // An older export has no revision (1). A replaced record moves past the ledger's revision, so
      // an editor opened on the ledger's copy is told it changed.
      const revision = cur ? Math.max(revisionOf(c), revisionOf(cur) + 1) : revisionOf(c);
      const stored: StoredCommitment = { ...c, revision };
      const key = openDueKey(c);
      if (key !== undefined) stored.openDueAt = key;
      commitPuts.push(stored);
    });
    await this.#db.commitments.bulkPut(commitPuts);

    // History: skip entries the ledger already has (same content); keep the file's id when free.
    const touched = [...new Set(data.history.map((h) => h.commitmentId))];
    const existingHist = touched.length ? await this.#db.history.where('commitmentId').anyOf(touched).toArray() : [];
    const sig = (h: HistoryEntry) => JSON.stringify([h.commitmentId, h.conversationId, h.at, h.kind, h.changes]);
    const seen = new Set(existingHist.map(sig));
    const wantedIds = data.history.map((h) => h.id).filter((id): id is number => id !== undefined);
    const takenIds = new Set((await this.#db.history.bulkGet(wantedIds)).filter((h) => h).map((h) => h!.id));
    const histAdds: HistoryEntry[] = [];
    for (const h of data.history) {
      const k = sig(h);
      if (seen.has(k)) {
        s.history.kept++;
        continue;
      }
      seen.add(k);
      s.history.added++;
      if (h.id !== undefined && !takenIds.has(h.id)) histAdds.push(h);
      else {
        const { id: _dropped, ...rest } = h;
        histAdds.push(rest);
      }
    }
    // Entries keeping their id first, so that the ids then made by auto-increment cannot collide.
    await this.#db.history.bulkAdd(histAdds.filter((h) => h.id !== undefined));
    await this.#db.history.bulkAdd([...histAdds.filter((h) => h.id === undefined), ...mergeEntries]);
  }

  /**
   * Imports a JSON export: validated first, then written all-or-nothing in one transaction. Records
   * with an id already in the ledger are merged: the copy with the later updatedAt wins (the file's
   * on a tie); history entries already present are not duplicated. A bad file throws a LedgerError
   * ('invalid-import' or 'unsupported-version') listing the first problems, and changes nothing.
   */
  async importJson(text: string): Promise<ImportSummary> {
    const data = parseExport(text);
    const summary = await this.#op('import the file', true, () =>
      this.#db.transaction('rw', this.#db.conversations, this.#db.commitments, this.#db.history, async () => {
        const now = this.#now();
        // References that the file leaves to the ledger must be there.
        const p = new Problems();
        const fileConvs = new Set(data.conversations.map((c) => c.id));
        const fileCommitments = new Set(data.commitments.map((c) => c.id));
        const needConv = [...new Set(data.commitments.map((c) => c.conversationId).filter((id) => !fileConvs.has(id)))];
        const haveConv = await this.#db.conversations.bulkGet(needConv);
        const missingConv = new Set(needConv.filter((_, i) => !haveConv[i]));
        data.commitments.forEach((c, i) => {
          if (missingConv.has(c.conversationId)) p.add(`commitments[${i}].conversationId`, `no conversation ${JSON.stringify(c.conversationId)} in the file or the ledger`);
        });
        const needCommit = [...new Set(data.history.map((h) => h.commitmentId).filter((id) => !fileCommitments.has(id)))];
        const haveCommit = await this.#db.commitments.bulkGet(needCommit);
        const missingCommit = new Set(needCommit.filter((_, i) => !haveCommit[i]));
        data.history.forEach((h, i) => {
          if (missingCommit.has(h.commitmentId)) p.add(`history[${i}].commitmentId`, `no commitment ${JSON.stringify(h.commitmentId)} in the file or the ledger`);
        });
        if (!p.ok) throw importError(p);

        const s = emptySummary();
        await this.#mergeIn(data, now, s);
        return s;
      }),
    );
    this.#emit({ kind: 'import', conversationIds: data.conversations.map((c) => c.id), commitmentIds: data.commitments.map((c) => c.id) });
    return summary;
  }
}

function emptySummary(): ImportSummary {
  const counts = (): ImportCounts => ({ added: 0, updated: 0, kept: 0 });
  return { conversations: counts(), commitments: counts(), history: counts() };
}

function importError(p: Problems): LedgerError {
  const more = p.count > p.list.length ? ` (and ${p.count - p.list.length} more)` : '';
  return new LedgerError('invalid-import', `This file is not a valid Commitment Keeper export; nothing was imported. ${p.list.join('; ')}${more}`, {
    problems: p.list,
  });
}

/** Parses and validates an export file; throws a LedgerError naming the first problems. */
export function parseExport(text: string, ownsUrl: AdapterOwnsUrl = adapterOwnsUrl): LedgerExport {
  if (typeof text !== 'string' || text.length > IMPORT_LIMITS.fileChars) {
    throw new LedgerError('invalid-import', `This file is larger than ${IMPORT_LIMITS.fileChars / 1024 / 1024} MB, so nothing was imported.`, {
      problems: [`(root): more than ${IMPORT_LIMITS.fileChars} characters`],
    });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new LedgerError('invalid-import', `This file is not JSON, so nothing was imported (${e instanceof Error ? e.message : String(e)}).`, {
      problems: [`(root): not JSON: ${e instanceof Error ? e.message : String(e)}`],
    });
  }
  const p = new Problems();
  if (!isObj(raw)) {
    p.add('', 'expected an object {format, version, conversations, commitments, history}');
    throw importError(p);
  }
  if (raw.format !== LEDGER_EXPORT_FORMAT) {
    p.add('format', `expected "${LEDGER_EXPORT_FORMAT}", got ${JSON.stringify(raw.format) ?? 'nothing'}`);
    throw importError(p);
  }
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) {
    p.add('version', `expected a positive integer, got ${JSON.stringify(raw.version) ?? 'nothing'}`);
    throw importError(p);
  }
  if (raw.version > LEDGER_EXPORT_VERSION) {
    throw new LedgerError(
      'unsupported-version',
      `This file was exported by a newer version of Commitment Keeper (format version ${raw.version}; this one reads up to ${LEDGER_EXPORT_VERSION}). Update the extension to import it; nothing was imported.`,
      { problems: [`version: ${raw.version} is newer than ${LEDGER_EXPORT_VERSION}`] },
    );
  }
  check.number(raw.exportedAt, 'exportedAt', p);
  for (const k of ['conversations', 'commitments', 'history'] as const) {
    if (!Array.isArray(raw[k])) p.add(k, `expected array, got ${raw[k] === undefined ? 'nothing' : typeof raw[k]}`);
  }
  if (!p.ok) throw importError(p);
  checkCounts(raw as { conversations: unknown[]; commitments: unknown[]; history: unknown[] }, p);
  if (!p.ok) throw importError(p);
  const version = raw.version;
  // Version 1 had no site: its conversations are checked in their own shape, then moved.
  if (version < 2) (raw.conversations as unknown[]).forEach((c) => isObj(c) && c.site === undefined && typeof c.url === 'string' && (c.site = ''));
  const convs = raw.conversations as unknown[];
  const commits = raw.commitments as unknown[];
  const hist = raw.history as unknown[];
  const dup = (arr: unknown[], name: string) => {
    const first = new Map<unknown, number>();
    arr.forEach((x, i) => {
      if (!isObj(x) || x.id === undefined) return;
      const j = first.get(x.id);
      if (j !== undefined) p.add(`${name}[${i}].id`, `duplicate id ${JSON.stringify(x.id)} (also ${name}[${j}])`);
      else first.set(x.id, i);
    });
  };
  convs.forEach((c, i) => (version < 2 ? checkV1Conversation(c, `conversations[${i}]`, p) : checkConversation(c, `conversations[${i}]`, p)));
  dup(convs, 'conversations');
  commits.forEach((c, i) => checkCommitment(c, `commitments[${i}]`, p));
  dup(commits, 'commitments');
  hist.forEach((h, i) => checkHistory(h, `history[${i}]`, p));
  dup(hist, 'history');
  if (!p.ok) throw importError(p);
  const strict = strictExport(raw as unknown as LedgerExport, version, ownsUrl, p);
  if (!p.ok) throw importError(p);
  return { ...strict, version: LEDGER_EXPORT_VERSION };
}
