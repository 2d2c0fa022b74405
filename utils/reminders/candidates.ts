// The reminder pass's commitments, kept between passes (the speed goal: the pass after every write
// ≤ 10 ms at 100,000 commitments, README: Evaluation and benchmarks). A pass needs the open
// commitments due in its window (a week back for snoozes, a week and a day ahead for lead times).
// Reading them again after every write read ~1,500 records at 100,000; now the window is read once
// (a day further ahead than needed, so it stays valid for a day), and a write re-reads only the
// commitments it names. A change that names none (an import, erase everything) or a window that
// moved past what was read makes the next pass read it all again.
import type { CommitmentRecord, LedgerChange } from '../ledger/types';
import { needsWholeRead } from './pass-reads';

/** What a pass needs of the ledger. */
export interface CandidateLedger {
  listUpcoming(now: number, days: number): Promise<CommitmentRecord[]>;
  getCommitment(id: string): Promise<CommitmentRecord | null>;
}

const DAY_MS = 86_400_000;

export class ReminderRecords {
  #records = new Map<string, CommitmentRecord>();
  /** The window read: [from, until); null = nothing read yet, or everything is stale. */
  #read: { from: number; until: number } | null = null;
  /** Id → the number of the last change naming it, not yet read again (a read answers for the changes before it). */
  #changed = new Map<string, number>();
  #seq = 0;
  /** The number of the last change that made the window unknown (an import, an erase). */
  #lostAt = 0;

  /** A committed write: its commitments are read again at the next pass (all of them when it names none). */
  onChange(change: LedgerChange): void {
    if (change.kind === 'conversation') return; // a subject or customer: no deadline changed
    if (needsWholeRead(change)) {
      this.#read = null;
      this.#lostAt = ++this.#seq;
    } else {
      const seq = ++this.#seq;
      for (const id of change.commitmentIds) this.#changed.set(id, seq);
    }
  }

  /** Forget everything (the next pass reads the window again). */
  reset(): void {
    this.#read = null;
  }

  /** Open commitments with a deadline in [from, until), as listUpcoming(from, days) would give them. */
  async window(ledger: CandidateLedger, from: number, until: number, readAhead = DAY_MS): Promise<CommitmentRecord[]> {
    if (!this.#read || from < this.#read.from || until > this.#read.until) {
      const readFrom = this.#seq;
      const all = await ledger.listUpcoming(from, (until + readAhead - from) / DAY_MS);
      this.#records = new Map(all.map((c) => [c.id, c] as const));
      // An import or erase heard meanwhile: what was read may be half of it (answered, not kept).
      this.#read = this.#lostAt > readFrom ? null : { from, until: until + readAhead };
      // Changes heard while reading may or may not be in what was read: read those again.
      for (const [id, seq] of this.#changed) if (seq <= readFrom) this.#changed.delete(id);
    }
    const read = this.#read ?? { from, until: until + readAhead };
    if (this.#changed.size > 0) {
      const asked = [...this.#changed];
      const ids = asked.map(([id]) => id);
      const fresh = await Promise.all(ids.map((id) => ledger.getCommitment(id)));
      // Changed again while being read: read again next time.
      for (const [id, seq] of asked) if (this.#changed.get(id) === seq) this.#changed.delete(id);
      ids.forEach((id, i) => {
        const c = fresh[i];
        const inWindow =
          c && c.status === 'open' && c.deletedAt === null && c.dueAt !== null && c.dueAt >= read.from && c.dueAt < read.until;
        if (inWindow) this.#records.set(id, c);
        else this.#records.delete(id);
      });
    }
    return [...this.#records.values()].filter((c) => c.dueAt !== null && c.dueAt >= from && c.dueAt < until);
  }
}
