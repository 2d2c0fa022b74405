// The badge's deadline counts, kept in the worker between reminder passes (the speed goal: the pass
// after every write ≤ 10 ms at 100,000 commitments, README: Evaluation and benchmarks). Counting
// again after every write read up to 2 × 1,001 index keys and the snoozed index each time; now the
// worker reads once (on start, and again as the fallback) and after a write re-reads only the
// commitments the write names, moving each into or out of what it keeps:
//
//   below   the ids of open commitments due before `from` (the moment of the read), at most cap + 1:
//           they stay overdue whatever the clock does, so only writes change them;
//   window  open commitments due in [from, until) with their deadline: time passing moves them from
//           due soon to overdue, so they are counted against the clock at every pass;
//   snoozed open commitments with a snooze (the badge leaves them out until they wake).
//
// Membership is recomputed from the commitment as it is now (never a +1/−1 on a count), so reading a
// change twice is harmless. The full recount is the answer whenever what is kept cannot be trusted:
// on start, after an import or erase (a change naming none or many), when the clock left the window,
// when one of `cap + 1` held overdue ids leaves (the exact count past the cap is unknown), and when a
// write lands while the kept state is being read (`badge-tally.test.ts` compares every answer with
// the full recount after random writes, snoozes and time passing).
import { NO_DEADLINE_KEY } from '../ledger/db';
import type { BadgeCounts as LedgerBadgeCounts, CommitmentRecord, LedgerChange } from '../ledger/types';
import { needsWholeRead } from './pass-reads';

/** What the tally needs of the ledger. */
export interface TallyLedger {
  badgeCounts(now: number, windowMs: number, countCap?: number): Promise<LedgerBadgeCounts>;
  listSnoozedOpen(now: number): Promise<CommitmentRecord[]>;
  listUpcoming(now: number, days: number): Promise<CommitmentRecord[]>;
  openIdsDueBefore(before: number, limit: number): Promise<string[]>;
  getCommitment(id: string): Promise<CommitmentRecord | null>;
}

/** The badge's deadline counts and the snoozed commitments, as the full recount gives them. */
export interface TallyAnswer {
  counts: { overdue: number; dueSoon: number };
  snoozed: CommitmentRecord[];
}

const DAY_MS = 86_400_000;
/** Counts at or past this are exact in the ledger (a native count): not kept. */
const EXACT_CAP = 2 ** 31;
/** Rounds of reading in one answer before the full recount answers instead (writes keep landing meanwhile). */
const MAX_READS = 3;

/** The full recount: what the badge read after every write before the tally (and its fallback). */
export async function recountBadge(ledger: TallyLedger, now: number, windowMs: number, cap: number): Promise<TallyAnswer> {
  const [counts, snoozed] = await Promise.all([ledger.badgeCounts(now, windowMs, cap), ledger.listSnoozedOpen(now)]);
  return { counts: { overdue: counts.overdue, dueSoon: counts.dueSoon }, snoozed };
}

const isOpenLive = (c: CommitmentRecord): boolean => c.status === 'open' && c.deletedAt === null;

interface Kept {
  from: number;
  until: number;
  cap: number;
  /** Ids due before `from`; more than `cap` of them means "more than cap" (only cap + 1 were read). */
  below: Set<string>;
  belowCapped: boolean;
  /** Id → deadline, for open commitments due in [from, until). */
  window: Map<string, number>;
  /** Id → the commitment, for open commitments with a snooze set. */
  snoozed: Map<string, CommitmentRecord>;
}

export class BadgeTally {
  #kept: Kept | null = null;
  /** Every change heard gets the next number; a read answers for the changes numbered before it. */
  #seq = 0;
  /** Id → the number of the last change naming it, not yet read again. */
  #changed = new Map<string, number>();
  /** The number of the last change that made everything unknown (an import, an erase). */
  #lostAt = 0;

  /** A committed write: its commitments are read again at the next pass (everything when it names none or many). */
  onChange(change: LedgerChange): void {
    if (change.kind === 'conversation') return; // a subject or customer: no deadline, state or snooze
    const seq = ++this.#seq;
    if (needsWholeRead(change)) {
      this.#kept = null;
      this.#lostAt = seq;
      this.#changed.clear();
    } else for (const id of change.commitmentIds) this.#changed.set(id, seq);
  }

  /** Forget everything (the next answer is a full read). */
  reset(): void {
    this.#kept = null;
  }

  /** Kept and valid for this moment and window (the clock can also go back: then read again). */
  #covers(now: number, windowMs: number, cap: number): boolean {
    const k = this.#kept;
    return k !== null && k.cap === cap && now >= k.from && Math.min(now + windowMs, NO_DEADLINE_KEY) <= k.until;
  }

  /** `badgeCounts(now, windowMs, cap)` and `listSnoozedOpen(now)`, from what is kept when it can. */
  async answer(ledger: TallyLedger, now: number, windowMs: number, cap: number, readAhead = DAY_MS): Promise<TallyAnswer> {
    if (!(cap >= 0 && cap < EXACT_CAP && Number.isFinite(windowMs) && windowMs >= 0)) return recountBadge(ledger, now, windowMs, cap);
    // The answer holds every change heard before it returns: one heard while reading is read too.
    for (let reads = 0; reads <= MAX_READS; reads++) {
      if (!this.#covers(now, windowMs, cap)) await this.#readAll(ledger, now, now + windowMs + readAhead, Math.floor(cap));
      if (this.#covers(now, windowMs, cap)) await this.#readChanged(ledger);
      if (this.#covers(now, windowMs, cap) && this.#changed.size === 0) return this.#count(now, windowMs, cap);
    }
    // Writes kept landing while reading: count it all again.
    return recountBadge(ledger, now, windowMs, cap);
  }

  async #readAll(ledger: TallyLedger, from: number, until: number, cap: number): Promise<void> {
    const startSeq = this.#seq;
    const days = (Math.min(until, NO_DEADLINE_KEY) - from) / DAY_MS;
    // The end as listUpcoming works it out (the same float arithmetic, so no record falls between).
    const upper = Math.min(from + days * DAY_MS, NO_DEADLINE_KEY);
    const [below, upcoming, snoozed] = await Promise.all([
      ledger.openIdsDueBefore(from, cap + 1),
      ledger.listUpcoming(from, days),
      ledger.listSnoozedOpen(from),
    ]);
    // An import or erase heard meanwhile: what was read may be half of it.
    if (this.#lostAt > startSeq) return;
    this.#kept = {
      from,
      until: upper,
      cap,
      below: new Set(below),
      belowCapped: below.length > cap,
      window: new Map(upcoming.filter((c) => c.dueAt !== null && c.dueAt < upper).map((c) => [c.id, c.dueAt!] as const)),
      snoozed: new Map(snoozed.map((c) => [c.id, c] as const)),
    };
    // Changes heard before the read are in it; those heard while reading may not be: read them again.
    for (const [id, seq] of this.#changed) if (seq <= startSeq) this.#changed.delete(id);
  }

  async #readChanged(ledger: TallyLedger): Promise<void> {
    if (this.#changed.size === 0) return;
    const asked = [...this.#changed];
    const fresh = await Promise.all(asked.map(([id]) => ledger.getCommitment(id)));
    const kept = this.#kept;
    if (!kept) return;
    asked.forEach(([id, seq], i) => {
      this.#place(kept, id, fresh[i] ?? null);
      // Changed again while being read: read again.
      if (this.#changed.get(id) === seq) this.#changed.delete(id);
    });
  }

  /** Moves one commitment, as it is now (null: gone for good), into or out of what is kept. */
  #place(kept: Kept, id: string, c: CommitmentRecord | null): void {
    if (kept.below.delete(id) && kept.belowCapped) {
      // One of the cap + 1 read left: whether more than cap remain is unknown.
      this.#kept = null;
      return;
    }
    kept.window.delete(id);
    kept.snoozed.delete(id);
    if (!c || !isOpenLive(c)) return;
    if (c.reminder.snoozedUntil !== null) kept.snoozed.set(id, c);
    if (c.dueAt === null) return;
    if (c.dueAt < kept.from) {
      kept.below.add(id);
      if (kept.below.size > kept.cap) kept.belowCapped = true;
    } else if (c.dueAt < kept.until) kept.window.set(id, c.dueAt);
  }

  #count(now: number, windowMs: number, cap: number): TallyAnswer {
    const k = this.#kept!;
    const soonEnd = Math.min(now + windowMs, NO_DEADLINE_KEY);
    let overdue = k.below.size;
    let dueSoon = 0;
    for (const dueAt of k.window.values()) {
      if (dueAt < now) overdue++;
      else if (dueAt < soonEnd) dueSoon++;
    }
    return {
      counts: {
        overdue: k.belowCapped ? Math.floor(cap) : Math.min(overdue, Math.floor(cap)),
        dueSoon: Math.min(dueSoon, Math.floor(cap)),
      },
      snoozed: [...k.snoozed.values()].filter((c) => c.reminder.snoozedUntil !== null && c.reminder.snoozedUntil > now),
    };
  }
}
