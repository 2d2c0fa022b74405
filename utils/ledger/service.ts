// LedgerService: the one typed API to the ledger. It runs in the background service worker and is
// exposed to the panel, popup and options page with @webext-core/proxy-service:
//
//   registerService(LEDGER_SERVICE_KEY, new LedgerService(new LedgerDb(), Date.now, { onChange }));
//   const ledger = createProxyService(LEDGER_SERVICE_KEY);   // utils/messaging/ledger-client.ts
//
// The work is done in rooms, each a module of plain functions over a LedgerContext: writes.ts
// (writes and their history), queries.ts (lists, badge, popup overview, search, track record, whose
// counting is the pure track-record.ts), exchange.ts (export and import); input checks in
// validate.ts. This class only holds the context and names the public methods.
//
// Rules that keep it proxy-safe: every public member is an async method; arguments and results are
// plain JSON-safe data (numbers, strings, null, arrays, objects — no Date, no undefined meaning
// something, no Infinity), since extension messaging may JSON-serialize them. State is #private, so
// it is not part of the proxied type. Every failure is a LedgerError.
import type { Due } from '../commitments/types';
import { ledgerContext, type LedgerContext } from './context';
import type { LedgerDb } from './db';
import * as exchange from './exchange';
import * as queries from './queries';
import type { SlicePacer } from './pacing';
import type { ExportCursor, ImportBatch } from './stream';
import type {
  BadgeCounts,
  CommitmentPatch,
  CommitmentRecord,
  CommitmentWithConversation,
  CompleteOptions,
  CompleteResult,
  ConversationInfo,
  ConversationRecord,
  CustomerKey,
  ImportSummary,
  LedgerChange,
  NewCommitment,
  TrackRecord,
  TrackRecordOptions,
  WriteOptions,
} from './types';
import * as writes from './writes';

/**
 * Version of the JSON export format (independent of the database schema version). 2: conversation
 * ids name their site (`host|site|key`) and records carry `site`; version-1 files are moved on import.
 * Defined in ./stream (the options page reads it without the service).
 */
export { LEDGER_EXPORT_VERSION } from './stream';
export { BADGE_COUNT_CAP, type OverviewSection, type PopupOverview } from './queries';

export interface LedgerHooks {
  /** Called after every committed write (never for a no-op), outside the transaction. */
  onChange?: (change: LedgerChange) => void;
  /** How an import sizes its slices (pacing.ts); tests pass fixed bounds. */
  importPacer?: SlicePacer;
  /** Pause after an import's last batch before the worker ends it itself (import-session.ts). */
  importIdleFinishMs?: number;
  /**
   * After a write, once `afterMs` pass without another, the popup's reads (`rows` per section, counts
   * to `countCap`) are made again so that the next popup finds its answers kept (kept-answers.ts).
   * Off when absent.
   */
  warmPopup?: { afterMs: number; rows: number; countCap: number };
}

/** Runs `task` once `ms` have passed since the last `soon()`; its failure is logged, never thrown. */
class Debounced {
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly ms: number,
    private readonly task: () => Promise<void>,
  ) {}

  soon(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.task().catch((e: unknown) => console.warn('[ledger] popup warm-up failed', e));
    }, this.ms);
  }
}

export class LedgerService {
  readonly #ctx: LedgerContext;

  constructor(db: LedgerDb, clock: () => number = Date.now, hooks: LedgerHooks = {}) {
    const { onChange, warmPopup } = hooks;
    const warm = warmPopup
      ? new Debounced(warmPopup.afterMs, () => queries.warmPopupReads(this.#ctx, warmPopup.rows, warmPopup.countCap))
      : null;
    const changed = warm
      ? (change: LedgerChange) => {
          onChange?.(change);
          warm.soon();
        }
      : onChange;
    this.#ctx = ledgerContext(db, clock, changed, hooks.importPacer, hooks.importIdleFinishMs);
  }

  // ------------------------------------------------------------------ writes (writes.ts)

  async upsertConversation(info: ConversationInfo): Promise<ConversationRecord> {
    return writes.upsertConversation(this.#ctx, info);
  }

  /** The caller makes `input.id` once per note: a retry returns the stored record. */
  async addCommitment(input: NewCommitment): Promise<CommitmentRecord> {
    return writes.addCommitment(this.#ctx, input);
  }

  /** Field-level edit: only the keys present in `patch` are written. A `due` is recorded as a reschedule. */
  async updateCommitment(id: string, patch: CommitmentPatch, options?: WriteOptions): Promise<CommitmentRecord> {
    return writes.updateCommitment(this.#ctx, id, patch, options);
  }

  /** Done now, or at `options.at` (the message that delivered it); says on time or late. */
  async complete(id: string, options: CompleteOptions & WriteOptions = {}): Promise<CompleteResult> {
    return writes.complete(this.#ctx, id, options);
  }

  async reopen(id: string, options?: WriteOptions): Promise<CommitmentRecord> {
    return writes.reopen(this.#ctx, id, options);
  }

  async cancel(id: string, reason: string, options?: WriteOptions): Promise<CommitmentRecord> {
    return writes.cancel(this.#ctx, id, reason, options);
  }

  /** Moves the deadline (a Due, epoch ms, or null for none); the history keeps the earlier one. */
  async reschedule(id: string, due: Due | number | null, options?: WriteOptions): Promise<CommitmentRecord> {
    return writes.reschedule(this.#ctx, id, due, options);
  }

  /** No reminder before `until` (epoch ms); null ends the snooze. */
  async snooze(id: string, until: number | null, options?: WriteOptions): Promise<CommitmentRecord> {
    return writes.snooze(this.#ctx, id, until, options);
  }

  /** Soft delete: hidden from every query until undoRemove. */
  async remove(id: string, options?: WriteOptions): Promise<CommitmentRecord> {
    return writes.remove(this.#ctx, id, options);
  }

  async undoRemove(id: string, options?: WriteOptions): Promise<CommitmentRecord> {
    return writes.undoRemove(this.#ctx, id, options);
  }

  /** Deletes for good with its history (works when storage is full); answers the bytes freed. */
  async purge(id: string): Promise<{ freedBytes: number }> {
    return writes.purge(this.#ctx, id);
  }

  /** Every conversation, commitment and history entry, all or nothing; settings stay. */
  async eraseAll(): Promise<void> {
    return writes.eraseAll(this.#ctx);
  }

  // ------------------------------------------------------------------ queries (queries.ts)

  async getConversation(id: string): Promise<ConversationRecord | null> {
    return queries.getConversation(this.#ctx, id);
  }

  async getConversations(ids: string[]): Promise<Array<ConversationRecord | null>> {
    return queries.getConversations(this.#ctx, ids);
  }

  /** Also a deleted one (so that the UI can offer undo); null when there is none. */
  async getCommitment(id: string): Promise<CommitmentRecord | null> {
    return queries.getCommitment(this.#ctx, id);
  }

  async listByConversation(conversationId: string): Promise<CommitmentRecord[]> {
    return queries.listByConversation(this.#ctx, conversationId);
  }

  async listUpcoming(now: number, days: number): Promise<CommitmentRecord[]> {
    return queries.listUpcoming(this.#ctx, now, days);
  }

  async badgeCounts(now: number, windowMs: number, countCap = queries.BADGE_COUNT_CAP): Promise<BadgeCounts> {
    return queries.badgeCounts(this.#ctx, now, windowMs, countCap);
  }

  /** Ids of open commitments due before `before`, at most `limit` (the badge's kept overdue ones). */
  async openIdsDueBefore(before: number, limit: number): Promise<string[]> {
    return queries.openIdsDueBefore(this.#ctx, before, limit);
  }

  async popupOverview(now: number, timeZone: string, limit = 20, countCap = 99): Promise<queries.PopupOverview> {
    return queries.popupOverview(this.#ctx, now, timeZone, limit, countCap);
  }

  async listSnoozedOpen(now: number): Promise<CommitmentRecord[]> {
    return queries.listSnoozedOpen(this.#ctx, now);
  }

  async listUndatedOpen(limit = 20, countCap = 99): Promise<queries.OverviewSection & { conversations: ConversationRecord[] }> {
    return queries.listUndatedOpen(this.#ctx, limit, countCap);
  }

  async search(text: string, limit = 50): Promise<CommitmentWithConversation[]> {
    return queries.search(this.#ctx, text, limit);
  }

  async trackRecordForCustomer(customer: CustomerKey | string, options: TrackRecordOptions = {}): Promise<TrackRecord> {
    return queries.trackRecordForCustomer(this.#ctx, customer, options);
  }

  // ------------------------------------------------------------------ exchange (exchange.ts)

  async exportJson(): Promise<string> {
    return exchange.exportJson(this.#ctx);
  }

  async exportChunk(cursor: ExportCursor | null, maxChars?: number): Promise<{ text: string; next: ExportCursor | null }> {
    return exchange.exportChunk(this.#ctx, cursor, maxChars);
  }

  async exportCsv(): Promise<string> {
    return exchange.exportCsv(this.#ctx);
  }

  async exportIcs(): Promise<string> {
    return exchange.exportIcs(this.#ctx);
  }

  async importJson(text: string): Promise<ImportSummary> {
    return exchange.importJson(this.#ctx, text);
  }

  async importBatch(batch: ImportBatch): Promise<ImportSummary> {
    return exchange.importBatch(this.#ctx, batch);
  }

  async importFinished(conversationIds: string[]): Promise<void> {
    return exchange.importFinished(this.#ctx, conversationIds);
  }

  async missingIds(ids: { conversations: string[]; commitments: string[] }): Promise<{ conversations: string[]; commitments: string[] }> {
    return exchange.missingIds(this.#ctx, ids);
  }
}
