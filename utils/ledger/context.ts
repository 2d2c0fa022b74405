// What every room of the ledger (writes, queries, exchange) works with: the database, the clock,
// and the change event. LedgerService builds one and hands it to each room's functions.
import type { LedgerDb } from './db';
import { toLedgerError } from './errors';
import type { LedgerChange } from './types';

export interface LedgerContext {
  readonly db: LedgerDb;
  readonly now: () => number;
  /** Tells listeners about a committed write (never a no-op), outside the transaction. */
  readonly emit: (change: LedgerChange) => void;
}

export function ledgerContext(db: LedgerDb, now: () => number, onChange?: (change: LedgerChange) => void): LedgerContext {
  const emit = (change: LedgerChange): void => {
    if (!onChange) return;
    try {
      onChange(change);
    } catch (e) {
      // A listener's failure must not turn a committed write into a reported failure.
      console.error('[ledger] onChange listener failed', e);
    }
  };
  return { db, now, emit };
}

/** Runs one ledger operation; every failure leaves it as a LedgerError naming the action. */
export async function op<T>(action: string, write: boolean, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw toLedgerError(e, action, write);
  }
}
