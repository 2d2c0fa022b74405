// Versions and idempotency of changes to one commitment (pure helpers; the service applies them
// inside its write transaction).
//
// - Every commitment carries a `revision`, 1 when added and +1 on each committed change.
// - A caller may name the revision its copy was based on (`baseRevision`): a different stored
//   revision means another tab changed the record first, and the change is refused with a
//   LedgerError 'stale' that carries the stored record, so the UI can show both versions.
// - A caller may give each change an id (`changeId`), made once and kept across its retries: the
//   history entries of an applied change keep that id (indexed), so a retry after a lost reply —
//   the service worker stopped after the commit — finds it and is not applied twice.
import { isRecord } from '../guards';
import { ledgerError, type LedgerAction } from './errors';
import type { CommitmentRecord, WriteOptions } from './types';
import { check, type Problems } from './validate';

/** Records written before revisions existed (or imported from an older export) count as 1. */
export function revisionOf(c: { revision?: number }): number {
  return typeof c.revision === 'number' ? c.revision : 1;
}

export function checkWriteOptions(v: unknown, p: Problems): v is WriteOptions | undefined {
  if (v === undefined) return true;
  if (!isRecord(v)) {
    p.add('options', 'expected object {changeId, baseRevision}');
    return false;
  }
  const before = p.count;
  if (v.changeId !== undefined) check.string(v.changeId, 'options.changeId', p, { nonEmpty: true });
  if (v.baseRevision !== undefined) check.number(v.baseRevision, 'options.baseRevision', p, { integer: true });
  return p.count === before;
}

/** Throws 'stale' when the caller's copy is older (or newer) than the stored record. */
export function assertBase(action: LedgerAction, stored: CommitmentRecord, options: WriteOptions | undefined): void {
  if (options?.baseRevision === undefined) return;
  const now = revisionOf(stored);
  if (now === options.baseRevision) return;
  throw ledgerError('stale', { message: 'stale', action }, { current: stored });
}

/** A LedgerError 'stale' (also one that crossed messaging) with the stored record. */
export function staleCurrent(error: unknown): CommitmentRecord | null {
  if (!(error instanceof Error) || (error as { code?: unknown }).code !== 'stale') return null;
  const current = (error as { current?: unknown }).current;
  return isRecord(current) && typeof current.id === 'string' ? (current as unknown as CommitmentRecord) : null;
}
