// Shared by the ledger's tests (not shipped: only *.test.ts and the bench import it).
import type { CommitmentDraft, Due, Party } from '../commitments/types';
import { LedgerDb } from './db';
import { LedgerService } from './service';
import type { ConversationInfo, LedgerChange, NewCommitment } from './types';

export const T0 = Date.UTC(2025, 2, 3, 12, 0, 0); // Monday 3 March 2025, 12:00 UTC
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export function freshDb(): LedgerDb {
  return new LedgerDb(`ledger-test-${crypto.randomUUID()}`);
}

export interface Harness {
  db: LedgerDb;
  ledger: LedgerService;
  clock: { now: number };
  changes: LedgerChange[];
}

export function harness(db: LedgerDb = freshDb()): Harness {
  const clock = { now: T0 };
  const changes: LedgerChange[] = [];
  const ledger = new LedgerService(db, () => clock.now, { onChange: (c) => changes.push(c) });
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

export function newCommitment(action: string, opts: { party?: Party | null; dueAt?: number | null; conversation?: ConversationInfo } = {}): NewCommitment {
  return { conversation: opts.conversation ?? conv(), draft: draft(action, opts), source: 'typed' };
}
