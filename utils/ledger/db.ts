// The ledger's IndexedDB database (Dexie). Opened only in the background service worker
// (README: How it is built); every other context goes through LedgerService.
//
// Schema versions form a chain in SCHEMA below: each entry declares the stores of that version and,
// from version 2 on, the upgrade from the one before. To change the schema, append an entry (never
// edit a released one), add a fixture of the previous version to migrations.test.ts, and bump
// nothing else: LEDGER_DB_VERSION follows the chain.
import Dexie, { type DexieOptions, type Table, type Transaction } from 'dexie';
import type { CommitmentStatus, ConversationRecord, HistoryEntry, CommitmentRecord } from './types';
import { DEFAULT_REMINDER_LEAD_MINUTES } from './types';
import { adapterOwnsUrl } from '../hosts/owns-url';
import { planSiteMoves, type OldConversation } from './site-migration';
import { openWordsOf } from './word-index';
import { ConversationCache } from './conversation-cache';
import { KeptAnswers } from './kept-answers';

const LEDGER_DB_NAME = 'commitment-keeper-ledger';

/**
 * A commitment as stored. `openDueAt` is an index-only field kept by the service: the deadline
 * (epoch ms) while the commitment is open and not deleted, `NO_DEADLINE_KEY` when open without a
 * deadline, absent otherwise. IndexedDB leaves records whose key is absent out of an index, so the
 * badge counts and the due-date queries are key ranges over open commitments only, counted without
 * reading a record. The service strips it before handing records out.
 */
export interface StoredCommitment extends CommitmentRecord {
  openDueAt?: number;
  /** Index-only as well: the search words while open and live (word-index.ts). */
  openWords?: string[];
}

/** `openDueAt` of an open commitment without a deadline: sorts after every real deadline. */
export const NO_DEADLINE_KEY = Number.MAX_SAFE_INTEGER;

export function openDueKey(c: { status: CommitmentStatus; deletedAt: number | null; dueAt: number | null }): number | undefined {
  if (c.status !== 'open' || c.deletedAt !== null) return undefined;
  return c.dueAt ?? NO_DEADLINE_KEY;
}

// ---------------------------------------------------------------------------------------------
// Version 1 (0.0.x pre-release): conversations and commitments only — no history, no reminders,
// no dependencies, no soft delete, no cancel (status open | done), emails as typed.
// Kept here as the fixture shape for the migration test.

export interface V1Conversation {
  id: string;
  host: string;
  key: string;
  url: string;
  subject: string;
  customerName?: string;
  customerEmail?: string;
  createdAt: number;
  updatedAt: number;
}

export interface V1Commitment {
  id: string;
  conversationId: string;
  text: string;
  party: CommitmentRecord['party'];
  action: string;
  due: CommitmentRecord['due'];
  vague: boolean;
  conditions: string[];
  reason: string | null;
  status: 'open' | 'done';
  dueAt: number | null;
  createdAt: number;
  updatedAt: number;
  doneAt: number | null;
  source: 'typed' | 'selection' | 'suggested';
}

interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

const SCHEMA: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      conversations: 'id, [host+key], customerEmail',
      commitments: 'id, conversationId, status, dueAt',
    },
  },
  {
    version: 2,
    stores: {
      // customerEmail is stored lower-cased so that a customer is one key.
      conversations: 'id, [host+key], customerEmail, updatedAt',
      // [conversationId+createdAt]: one conversation's list, in order, as one key range.
      // openDueAt: open & live commitments by deadline (badges, overdue, due today, upcoming, search).
      // party: the agent's (or customers') track record.
      commitments: 'id, [conversationId+createdAt], openDueAt, party, updatedAt',
      history: '++id, commitmentId, conversationId, at',
    },
    upgrade: upgradeV1toV2,
  },
  {
    version: 3,
    stores: {
      // A conversation's id names its site (conversation-id.ts): `${host}|${site}|${key}`.
      // idMoves: old id → new id, kept so that stores outside IndexedDB (dismissed suggestions) and
      // files exported before the move can follow.
      idMoves: 'from',
    },
    upgrade: upgradeV2toV3,
  },
  {
    version: 4,
    stores: {
      // changeId: a retried change (same caller-made id) is found and not applied twice.
      history: '++id, commitmentId, conversationId, at, changeId',
    },
    upgrade: upgradeV3toV4,
  },
  {
    version: 5,
    stores: {
      // reminder.snoozedUntil: only snoozed commitments are in it (null is no key), so the badge finds
      // the few it must leave out until they wake without reading the rest.
      commitments: 'id, [conversationId+createdAt], openDueAt, party, updatedAt, reminder.snoozedUntil',
    },
  },
  {
    version: 6,
    stores: {
      // openWords: the search's word index (word-index.ts), multi-entry, open and live commitments only.
      commitments: 'id, [conversationId+createdAt], openDueAt, party, updatedAt, reminder.snoozedUntil, *openWords',
    },
    upgrade: upgradeV5toV6,
  },
  {
    version: 7,
    stores: {
      // [openDueAt+createdAt]: the open commitments without a date (openDueAt = NO_DEADLINE_KEY) oldest
      // first, so the popup's "No date yet" reads its first page and counts keys, never the whole set.
      commitments: 'id, [conversationId+createdAt], openDueAt, [openDueAt+createdAt], party, updatedAt, reminder.snoozedUntil, *openWords',
    },
  },
];

export const LEDGER_DB_VERSION = SCHEMA[SCHEMA.length - 1]!.version;

/** Declares the schema chain on `db` up to and including version `upTo` (tests open older versions). */
export function declareSchema(db: Dexie, upTo: number = LEDGER_DB_VERSION): void {
  for (const v of SCHEMA) {
    if (v.version > upTo) break;
    const ver = db.version(v.version).stores(v.stores);
    if (v.upgrade) ver.upgrade(v.upgrade);
  }
}

async function upgradeV1toV2(tx: Transaction): Promise<void> {
  await tx
    .table<V1Conversation & Partial<ConversationRecord>, string>('conversations')
    .toCollection()
    .modify((c) => {
      if (typeof c.customerEmail === 'string') {
        const email = c.customerEmail.trim().toLowerCase();
        if (email) c.customerEmail = email;
        else delete c.customerEmail;
      }
    });
  const history: HistoryEntry[] = [];
  await tx
    .table<StoredCommitment, string>('commitments')
    .toCollection()
    .modify((raw) => {
      const c = raw as unknown as V1Commitment & Partial<StoredCommitment>;
      c.partyName = c.partyName ?? null;
      c.cancelReason = c.cancelReason ?? null;
      c.dependsOn = c.dependsOn ?? [];
      c.reminder = c.reminder ?? { leadMinutes: [...DEFAULT_REMINDER_LEAD_MINUTES], snoozedUntil: null };
      c.deletedAt = c.deletedAt ?? null;
      const key = openDueKey({ status: c.status, deletedAt: null, dueAt: c.dueAt });
      if (key === undefined) delete c.openDueAt;
      else c.openDueAt = key;
      // Version 1 kept no history: rebuild what the record itself proves, so the track record
      // (computed from history) counts these commitments too.
      history.push({
        commitmentId: c.id,
        conversationId: c.conversationId,
        at: c.createdAt,
        kind: 'created',
        changes: { status: { from: null, to: 'open' }, dueAt: { from: null, to: c.dueAt } },
      });
      if (c.status === 'done' && c.doneAt !== null) {
        history.push({
          commitmentId: c.id,
          conversationId: c.conversationId,
          at: c.doneAt,
          kind: 'completed',
          changes: { status: { from: 'open', to: 'done' }, doneAt: { from: null, to: c.doneAt } },
        });
      }
    });
  history.sort((a, b) => a.at - b.at);
  await tx.table<HistoryEntry, number>('history').bulkAdd(history);
}

/** One row per conversation moved to its site-bound id by version 3. */
export interface IdMove {
  from: string;
  to: string;
}

async function upgradeV2toV3(tx: Transaction): Promise<void> {
  const conversations = tx.table<ConversationRecord, string>('conversations');
  const all = await conversations.toArray();
  const moves = planSiteMoves(all as unknown as OldConversation[], adapterOwnsUrl);
  if (moves.length === 0) return;
  const byFrom = new Map(moves.map((m) => [m.from, m] as const));
  const moved = all
    .filter((c) => byFrom.has(c.id))
    .map((c) => {
      const m = byFrom.get(c.id)!;
      return { ...c, id: m.to, host: m.host, site: m.site, key: m.key };
    });
  await conversations.bulkDelete(moves.map((m) => m.from));
  await conversations.bulkAdd(moved);
  const follow = (row: { conversationId: string }) => {
    const m = byFrom.get(row.conversationId);
    if (m) row.conversationId = m.to;
  };
  await tx.table<StoredCommitment, string>('commitments').toCollection().modify(follow);
  await tx.table<HistoryEntry, number>('history').toCollection().modify(follow);
  await tx.table<IdMove, string>('idMoves').bulkPut(moves.map((m) => ({ from: m.from, to: m.to })));
}

/** Version 4 adds the commitment's revision: every record written before starts at 1. */
async function upgradeV3toV4(tx: Transaction): Promise<void> {
  await tx
    .table<StoredCommitment, string>('commitments')
    .toCollection()
    .modify((c) => {
      if (typeof c.revision !== 'number') c.revision = 1;
    });
}

/** Version 6 indexes the words of every open, live commitment and its conversation for search. */
async function upgradeV5toV6(tx: Transaction): Promise<void> {
  const convs = new Map((await tx.table<ConversationRecord, string>('conversations').toArray()).map((c) => [c.id, c] as const));
  await tx
    .table<StoredCommitment, string>('commitments')
    .toCollection()
    .modify((c) => {
      const words = openWordsOf(c, convs.get(c.conversationId));
      if (words === undefined) delete c.openWords;
      else c.openWords = words;
    });
}

export class LedgerDb extends Dexie {
  idMoves!: Table<IdMove, string>;
  conversations!: Table<ConversationRecord, string>;
  commitments!: Table<StoredCommitment, string>;
  history!: Table<HistoryEntry, number>;
  /** One conversation's commitments between reads, dropped by every write that touches them (conversation-cache.ts). */
  readonly conversationLists = new ConversationCache();
  /** The popup's last answers between writes (kept-answers.ts). */
  readonly keptAnswers = new KeptAnswers();

  /**
   * @param name the IndexedDB name; tests pass a fresh one each.
   * @param options Dexie options. Durability defaults to 'strict' in Chromium: writes are rare and
   *   human-paced, and a noted promise must survive a crash of the OS, not only of the browser.
   */
  constructor(name: string = LEDGER_DB_NAME, options: DexieOptions = {}) {
    super(name, { chromeTransactionDurability: 'strict', ...options });
    declareSchema(this);
    this.use(this.conversationLists.middleware('commitments'));
    this.use(this.keptAnswers.middleware(['commitments', 'conversations']));
  }
}
