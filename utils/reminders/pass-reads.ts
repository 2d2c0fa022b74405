// The ledger as one reminder pass reads it: the commitments a write named are read again by three
// kept sets (the deadline window, the undated ones, the badge's tally), each on its own; here the
// same commitment is read once per pass. A change heard during the pass drops what was read of the
// commitments it names, so no set is ever answered with a copy older than a change it has heard.
import type { LedgerService } from '../ledger/service';
import type { CommitmentRecord, LedgerChange } from '../ledger/types';

/** A change naming more commitments than this makes a kept set read again as a whole. */
const FEW_CHANGED = 100;

/**
 * Whether a committed write leaves a kept set (the deadline window, the undated ones, the badge's
 * tally) unknown, so it must be read again as a whole: an import or an erase (any number of
 * records), or a change naming none or many. Otherwise each commitment it names is read again.
 */
export function needsWholeRead(change: LedgerChange): boolean {
  return (
    change.kind === 'import' || change.kind === 'erase' || change.commitmentIds.length === 0 || change.commitmentIds.length > FEW_CHANGED
  );
}

type PassLedger = Pick<
  LedgerService,
  'badgeCounts' | 'listSnoozedOpen' | 'listUpcoming' | 'openIdsDueBefore' | 'listUndatedOpen' | 'getCommitment'
>;

export class PassReads implements PassLedger {
  readonly #ledger: PassLedger;
  readonly #read = new Map<string, Promise<CommitmentRecord | null>>();

  constructor(ledger: PassLedger) {
    this.#ledger = ledger;
  }

  /** A committed write heard while the pass runs: what was read of its commitments is old. */
  forget(change: LedgerChange): void {
    if (change.kind === 'conversation') return;
    if (change.commitmentIds.length === 0) this.#read.clear();
    for (const id of change.commitmentIds) this.#read.delete(id);
  }

  getCommitment(id: string): Promise<CommitmentRecord | null> {
    let read = this.#read.get(id);
    if (!read) {
      read = this.#ledger.getCommitment(id);
      this.#read.set(id, read);
    }
    return read;
  }

  badgeCounts(...args: Parameters<PassLedger['badgeCounts']>) {
    return this.#ledger.badgeCounts(...args);
  }

  listSnoozedOpen(now: number) {
    return this.#ledger.listSnoozedOpen(now);
  }

  listUpcoming(now: number, days: number) {
    return this.#ledger.listUpcoming(now, days);
  }

  openIdsDueBefore(before: number, limit: number) {
    return this.#ledger.openIdsDueBefore(before, limit);
  }

  listUndatedOpen(...args: Parameters<PassLedger['listUndatedOpen']>) {
    return this.#ledger.listUndatedOpen(...args);
  }
}
