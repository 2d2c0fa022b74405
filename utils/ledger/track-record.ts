// A party's track record from its commitments and their history: pure (no database, no clock of
// its own), so the panel's line under the subject is testable on plain records.
import type { CommitmentRecord, HistoryEntry, TrackRecord } from './types';

type Judged = Pick<CommitmentRecord, 'id' | 'status' | 'dueAt' | 'doneAt' | 'createdAt'>;

/** The `last` most recent commitments that were not cancelled (all of them when `last` is undefined). */
export function recentCommitments<T extends Judged>(all: readonly T[], last: number | undefined): T[] {
  if (last === undefined || last < 0) return [...all];
  return all
    .filter((c) => c.status !== 'cancelled')
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, last);
}

/**
 * Kept on time, late, missed (past due and open at `now`), pending; slips are late completions and
 * deadlines moved later (from the history's 'rescheduled' entries of these commitments).
 */
export function trackRecord(list: readonly Judged[], history: readonly HistoryEntry[], now: number): TrackRecord {
  const tr: TrackRecord = {
    keptOnTime: 0,
    late: 0,
    missed: 0,
    pending: 0,
    averageSlipMs: null,
    total: 0,
    cancelled: 0,
    rescheduledLater: 0,
    slipCount: 0,
  };
  const slips: number[] = [];
  for (const c of list) {
    if (c.status === 'cancelled') tr.cancelled++;
    else if (c.status === 'done') {
      if (c.dueAt !== null && c.doneAt !== null && c.doneAt > c.dueAt) {
        tr.late++;
        slips.push(c.doneAt - c.dueAt);
      } else tr.keptOnTime++;
    } else if (c.dueAt !== null && c.dueAt < now) tr.missed++;
    else tr.pending++;
  }
  const ids = new Set(list.map((c) => c.id));
  const movedLater = new Set<string>();
  for (const e of history) {
    if (e.kind !== 'rescheduled' || !ids.has(e.commitmentId)) continue;
    const d = e.changes.dueAt;
    if (d && typeof d.from === 'number' && typeof d.to === 'number' && d.to > d.from) {
      slips.push(d.to - d.from);
      movedLater.add(e.commitmentId);
    }
  }
  tr.total = tr.keptOnTime + tr.late + tr.missed + tr.pending;
  tr.rescheduledLater = movedLater.size;
  tr.slipCount = slips.length;
  tr.averageSlipMs = slips.length ? Math.round(slips.reduce((a, b) => a + b, 0) / slips.length) : null;
  return tr;
}
