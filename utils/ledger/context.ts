// What every room of the ledger (writes, queries, exchange) works with: the database, the clock,
// and the change event. LedgerService builds one and hands it to each room's functions.
import type { LedgerDb } from './db';
import { toLedgerError, type LedgerAction } from './errors';
import { ImportSession } from './import-session';
import { readEnded, readStarted, SlicePacer, writeStarted } from './pacing';
import type { LedgerChange } from './types';

export interface LedgerContext {
  readonly db: LedgerDb;
  readonly now: () => number;
  /** Tells listeners about a committed write (never a no-op), outside the transaction. */
  readonly emit: (change: LedgerChange) => void;
  /** How many records an import writes per transaction (pacing.ts), learnt across its batches. */
  readonly importPacer: SlicePacer;
  /** The streamed import under way: what its batches touched, ended by the caller or after a pause. */
  readonly importSession: ImportSession;
}

export function ledgerContext(
  db: LedgerDb,
  now: () => number,
  onChange?: (change: LedgerChange) => void,
  importPacer: SlicePacer = new SlicePacer(),
  importIdleFinishMs?: number,
): LedgerContext {
  const emit = (change: LedgerChange): void => {
    if (!onChange) return;
    try {
      onChange(change);
    } catch (e) {
      // A listener's failure must not turn a committed write into a reported failure.
      console.error('[ledger] onChange listener failed', e);
    }
  };
  const importSession = new ImportSession(
    (conversationIds) => emit({ kind: 'import', conversationIds, commitmentIds: [] }),
    importIdleFinishMs,
  );
  return { db, now, emit, importPacer, importSession };
}

/** Runs one ledger operation; every failure leaves it as a LedgerError naming the action. */
export async function op<T>(action: LedgerAction, write: boolean, fn: () => Promise<T>): Promise<T> {
  // Reads are counted so that a long import lets them through first (pacing.ts).
  if (!write) readStarted();
  // Synchronously, before `fn` asks for its transaction: an import's next slice then sees it (pacing.ts).
  else if (action !== 'importFile') writeStarted();
  try {
    return await fn();
  } catch (e) {
    throw toLedgerError(e, action, write);
  } finally {
    if (!write) readEnded();
  }
}
