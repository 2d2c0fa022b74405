// Shared by the ledger's tests (not shipped: only *.test.ts and the bench import it).
import type { CommitmentDraft, Due, Party } from '../commitments/types';
import { en } from '../../tests/support/catalog';
import { LedgerDb, NO_DEADLINE_KEY } from './db';
import { ledgerContext, op } from './context';
import { commitmentsOf, resolveCustomer } from './queries';
import { strip } from './records';
import { ledgerErrorText } from './messages';
import { LedgerService, type LedgerHooks } from './service';
import { dayBounds } from './time';
import { recentCommitments, trackRecord } from './track-record';
import type { CommitmentRecord, ConversationInfo, CustomerKey, HistoryEntry, LedgerChange, NewCommitment, TrackRecord } from './types';

export const T0 = Date.UTC(2025, 2, 3, 12, 0, 0); // Monday 3 March 2025, 12:00 UTC
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** What the agent reads for a ledger failure, in the English catalog's words (as a page shows it). */
export function said(error: unknown): string {
  return ledgerErrorText(error as { message: string; words?: unknown }, en);
}

export function freshDb(): LedgerDb {
  return new LedgerDb(`ledger-test-${crypto.randomUUID()}`);
}

/**
 * The service plus reads only the tests make (the product never calls them, so the service does not
 * carry them): open lists by deadline, by customer, a commitment's history, the agent's record.
 */
export class TestLedger extends LedgerService {
  readonly #db: LedgerDb;
  readonly #now: () => number;

  constructor(db: LedgerDb, clock: () => number = Date.now, hooks: LedgerHooks = {}) {
    super(db, clock, hooks);
    this.#db = db;
    this.#now = clock;
  }

  /** Open with a deadline before t (overdue ones included), by deadline. */
  listOpenDueBefore(t: number): Promise<CommitmentRecord[]> {
    return op('readCommitments', false, async () =>
      (await this.#db.commitments.where('openDueAt').below(Math.min(t, NO_DEADLINE_KEY)).toArray()).map(strip),
    );
  }

  listOverdue(now: number): Promise<CommitmentRecord[]> {
    return this.listOpenDueBefore(now);
  }

  /** Open with a deadline within the calendar day of `now` in `timeZone` (earlier today included). */
  listDueToday(now: number, timeZone: string): Promise<CommitmentRecord[]> {
    const { start, end } = dayBounds(now, timeZone);
    return op('readCommitments', false, async () =>
      (await this.#db.commitments.where('openDueAt').between(start, end, true, false).toArray()).map(strip),
    );
  }

  /** Every open commitment (with a deadline first, by deadline; then those without). */
  listOpen(): Promise<CommitmentRecord[]> {
    return op('readCommitments', false, async () => (await this.#db.commitments.orderBy('openDueAt').toArray()).map(strip));
  }

  /** The customer's commitments (all conversations with their email, else the one conversation), oldest first. */
  async listByCustomer(customer: CustomerKey | string): Promise<CommitmentRecord[]> {
    const ctx = ledgerContext(this.#db, this.#now);
    const { conversationIds } = await resolveCustomer(ctx, customer);
    const list = await commitmentsOf(ctx, conversationIds);
    return list.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)).map(strip);
  }

  /** The commitment's changes, oldest first. */
  history(commitmentId: string): Promise<HistoryEntry[]> {
    return op('readLedger', false, () => this.#db.history.where('commitmentId').equals(commitmentId).toArray());
  }

  /** The agent's own commitments across every conversation. */
  async trackRecordForAgent(options: { last?: number } = {}): Promise<TrackRecord> {
    const all = (await this.#db.commitments.where('party').equals('agent').toArray()).filter((c) => c.deletedAt === null);
    const list = recentCommitments(all, options.last);
    const history = list.length
      ? await this.#db.history
          .where('commitmentId')
          .anyOf(list.map((c) => c.id))
          .toArray()
      : [];
    return trackRecord(list, history, this.#now());
  }
}

export interface Harness {
  db: LedgerDb;
  ledger: TestLedger;
  clock: { now: number };
  changes: LedgerChange[];
}

export function harness(db: LedgerDb = freshDb()): Harness {
  const clock = { now: T0 };
  const changes: LedgerChange[] = [];
  const ledger = new TestLedger(db, () => clock.now, { onChange: (c) => changes.push(c) });
  return { db, ledger, clock, changes };
}

export function conv(key = 'T-1', extra: Partial<ConversationInfo> = {}): ConversationInfo {
  return { host: 'zendesk', key, url: `https://acme.zendesk.com/agent/tickets/${key}`, subject: `Ticket ${key}`, ...extra };
}

export function due(at: number, text = 'by then'): Due {
  return { at: new Date(at).toISOString(), text, precision: 'minute' };
}

export function draft(action: string, opts: { party?: Party | null; dueAt?: number | null } = {}): CommitmentDraft {
  const d = opts.dueAt === undefined || opts.dueAt === null ? null : due(opts.dueAt);
  return {
    text: `${action}${d ? ` ${d.text}` : ''}`,
    party: opts.party === undefined ? 'agent' : opts.party,
    action,
    due: d,
    vague: d === null,
    conditions: [],
    reason: null,
    kind: 'promise',
    warnings: d === null ? ['vague'] : [],
  };
}

export function newCommitment(
  action: string,
  opts: { party?: Party | null; dueAt?: number | null; conversation?: ConversationInfo } = {},
): NewCommitment {
  return { conversation: opts.conversation ?? conv(), draft: draft(action, opts), source: 'typed' };
}

/** A write on one existing commitment, as the property tests over the ledger draw them (`i` picks it). */
export type CommitmentWrite =
  | { k: 'done' | 'reopen' | 'cancel' | 'remove' | 'undo' | 'purge' | 'edit'; i: number }
  | { k: 'reschedule'; i: number; due: number | null }
  | { k: 'snooze'; i: number; until: number | null };

/** Applies `op` to commitment `id`, offsets counted from `now`. A refusal throws, as the ledger does. */
export async function applyCommitmentWrite(ledger: TestLedger, id: string, op: CommitmentWrite, now: number): Promise<void> {
  const at = (offset: number | null) => (offset === null ? null : now + offset);
  if (op.k === 'done') await ledger.complete(id);
  else if (op.k === 'reopen') await ledger.reopen(id);
  else if (op.k === 'cancel') await ledger.cancel(id, 'no longer needed');
  else if (op.k === 'remove') await ledger.remove(id);
  else if (op.k === 'undo') await ledger.undoRemove(id);
  else if (op.k === 'purge') await ledger.purge(id);
  else if (op.k === 'reschedule') await ledger.reschedule(id, at(op.due));
  else if (op.k === 'snooze') await ledger.snooze(id, at(op.until));
  else await ledger.updateCommitment(id, { text: `edited at ${now}` });
}
