// The badge's promises without a date, kept between reminder passes (the pass after every write
// must stay within its speed goal at 100,000 commitments, README: Evaluation and benchmarks).
// Measured before: each pass read every open undated commitment again (up to a thousand records)
// and worked out, for each, when it starts to count — a new date formatter per record. Now the set
// is read once, a write re-reads only the commitments it names, and each record's "counts from"
// is remembered until the settings it depends on change. A change naming none or many (an import,
// erase everything) reads the set again; more than `cap` undated ones are never kept (read each pass).
import type { CommitmentRecord, LedgerChange } from '../ledger/types';
import { needsWholeRead } from './pass-reads';

/** What the set needs of the ledger. */
export interface UndatedLedger {
  listUndatedOpen(limit: number, countCap: number): Promise<{ items: CommitmentRecord[]; capped: boolean }>;
  getCommitment(id: string): Promise<CommitmentRecord | null>;
}

const isUndatedOpen = (c: CommitmentRecord): boolean => c.status === 'open' && c.deletedAt === null && c.dueAt === null;

export class UndatedRecords {
  #records: Map<string, CommitmentRecord> | null = null;
  /** Id → the number of the last change naming it, not yet read again (a read answers for the changes before it). */
  #changed = new Map<string, number>();
  #seq = 0;
  /** The number of the last change that made the set unknown (an import, an erase). */
  #lostAt = 0;
  /** createdAt → when it starts to count, for the settings named by #fromKey. */
  #from = new Map<number, number | null>();
  #fromKey = '';

  /** A committed write: its commitments are read again at the next pass (all of them when it names none or many). */
  onChange(change: LedgerChange): void {
    if (change.kind === 'conversation') return; // a subject or customer: no commitment's date or state
    if (needsWholeRead(change)) {
      this.#records = null;
      this.#lostAt = ++this.#seq;
    } else {
      const seq = ++this.#seq;
      for (const id of change.commitmentIds) this.#changed.set(id, seq);
    }
  }

  /** Forget everything (the next pass reads the set again). */
  reset(): void {
    this.#records = null;
  }

  /** Open, live commitments without a deadline, oldest first, at most `cap` (as listUndatedOpen(cap, cap) gives them). */
  async records(ledger: UndatedLedger, cap: number): Promise<CommitmentRecord[]> {
    if (!this.#records) {
      const readFrom = this.#seq;
      const { items, capped } = await ledger.listUndatedOpen(cap, cap);
      // Past the cap the oldest `cap` are what counts, and a new one may not belong: read each pass.
      if (capped) return items;
      // An import or erase heard meanwhile: what was read may be half of it (answered, not kept).
      if (this.#lostAt > readFrom) return items;
      this.#records = new Map(items.map((c) => [c.id, c] as const));
      // Changes heard while reading may or may not be in what was read: read those again.
      for (const [id, seq] of this.#changed) if (seq <= readFrom) this.#changed.delete(id);
    }
    if (this.#changed.size > 0) {
      const asked = [...this.#changed];
      const ids = asked.map(([id]) => id);
      const fresh = await Promise.all(ids.map((id) => ledger.getCommitment(id)));
      // Changed again while being read: read again next time.
      for (const [id, seq] of asked) if (this.#changed.get(id) === seq) this.#changed.delete(id);
      const records = this.#records as Map<string, CommitmentRecord> | null;
      // An import or erase heard while reading them: read the whole set.
      if (!records) return (await ledger.listUndatedOpen(cap, cap)).items;
      ids.forEach((id, i) => {
        const c = fresh[i];
        if (c && isUndatedOpen(c)) records.set(id, c);
        else records.delete(id);
      });
      if (records.size > cap) {
        this.#records = null;
        return (await ledger.listUndatedOpen(cap, cap)).items;
      }
    }
    // The ledger's order: oldest first, ties by id (its index holds them by id).
    return [...this.#records.values()].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /**
   * `countsFrom(createdAt)`, remembered per createdAt while `settingsKey` stays the same (the
   * answer depends only on the record's creation time and those settings).
   */
  countsFrom(settingsKey: string, countsFrom: (createdAt: number) => number | null): (createdAt: number) => number | null {
    if (settingsKey !== this.#fromKey) {
      this.#from.clear();
      this.#fromKey = settingsKey;
    }
    return (createdAt) => {
      const known = this.#from.get(createdAt);
      if (known !== undefined) return known;
      const from = countsFrom(createdAt);
      if (this.#from.size > 10_000) this.#from.clear();
      this.#from.set(createdAt, from);
      return from;
    };
  }
}
