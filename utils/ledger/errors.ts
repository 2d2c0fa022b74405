// Every failure of the ledger reaches the caller as a LedgerError with a code and a message an
// agent can read. It crosses extension messaging intact: @webext-core/messaging serializes the
// name, message and own enumerable fields (code, problems, detail), so check it with
// `isLedgerError`, not `instanceof`, on the far side.

export type LedgerErrorCode =
  /** The browser's storage for the extension is full. */
  | 'quota'
  /** The disk or the browser's database failed (UnknownError, DataError, …). */
  | 'io'
  /** The database was closed (browser shutting down, another version opened). */
  | 'closed'
  /** A write was rolled back; nothing of it was kept. */
  | 'aborted'
  /** A record with the same id already exists, or another constraint failed. */
  | 'constraint'
  /** The change was based on an older revision than the stored one (another tab changed it first). */
  | 'stale'
  /** No such commitment or conversation. */
  | 'not-found'
  /** The request itself was wrong (bad field value). */
  | 'invalid-input'
  /** An import file that is not a valid ledger export. */
  | 'invalid-import'
  /** A file or database from a newer version of the extension. */
  | 'unsupported-version'
  | 'unknown';

export class LedgerError extends Error {
  override readonly name = 'LedgerError';
  readonly code: LedgerErrorCode;
  /** For invalid-input / invalid-import: the first problems, each led by its JSON path. */
  readonly problems: string[];
  /** The underlying error's name and message, for logs. */
  readonly detail: string | null;
  /** For 'stale': the record as stored now (plain data, so it crosses messaging). */
  readonly current?: unknown;

  constructor(code: LedgerErrorCode, message: string, options: { problems?: string[]; cause?: unknown; current?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.problems = options.problems ?? [];
    this.detail = options.cause === undefined ? null : describe(options.cause);
    if (options.current !== undefined) this.current = options.current;
  }
}

/** True for a LedgerError, also one that came back over extension messaging as a plain Error. */
export function isLedgerError(e: unknown): e is LedgerError {
  return e instanceof Error && e.name === 'LedgerError' && typeof (e as { code?: unknown }).code === 'string';
}

function describe(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  if (e && typeof e === 'object' && 'name' in e) return `${String((e as { name: unknown }).name)}: ${String((e as { message?: unknown }).message ?? '')}`;
  return String(e);
}

function names(e: unknown): string[] {
  const out: string[] = [];
  let cur: unknown = e;
  for (let i = 0; i < 5 && cur && typeof cur === 'object'; i++) {
    const name = (cur as { name?: unknown }).name;
    if (typeof name === 'string') out.push(name);
    // Dexie's BulkError carries the per-operation errors in `failures`.
    const failures = (cur as { failures?: unknown }).failures;
    if (Array.isArray(failures)) {
      for (const f of failures.slice(0, 3)) {
        const n = (f as { name?: unknown } | null)?.name;
        if (typeof n === 'string') out.push(n);
      }
    }
    // Dexie keeps the IndexedDB error in `inner`; others use `cause`.
    cur = (cur as { inner?: unknown }).inner ?? (cur as { cause?: unknown }).cause;
  }
  return out;
}

/**
 * Turns whatever a Dexie/IndexedDB operation threw into a LedgerError. `action` names what was being
 * done, in the agent's words ("save the commitment").
 */
export function toLedgerError(e: unknown, action: string, write = true): LedgerError {
  if (e instanceof LedgerError) return e;
  const saved = write ? ' Nothing was saved.' : '';
  const ns = names(e);
  const has = (...xs: string[]) => xs.some((x) => ns.includes(x));
  if (has('QuotaExceededError')) {
    return new LedgerError(
      'quota',
      `Could not ${action}: the browser's storage for Commitment Keeper is full. Nothing was saved. Free disk space or export and remove old commitments, then try again.`,
      { cause: e },
    );
  }
  if (has('DatabaseClosedError', 'InvalidStateError')) {
    return new LedgerError('closed', `Could not ${action}: the ledger database is closed (the browser may be shutting down or updating the extension).${saved} Try again.`, { cause: e });
  }
  if (has('VersionError')) {
    return new LedgerError('unsupported-version', `Could not ${action}: the ledger was written by a newer version of Commitment Keeper. Update the extension.`, { cause: e });
  }
  if (has('ConstraintError')) {
    return new LedgerError('constraint', `Could not ${action}: a record with the same id already exists.${saved}`, { cause: e });
  }
  if (has('UnknownError', 'DataError', 'NotReadableError', 'DataCloneError', 'OpenFailedError', 'InvalidAccessError')) {
    return new LedgerError('io', `Could not ${action}: the browser's database failed to read or write (${ns[ns.length - 1] ?? 'error'}).${saved} Try again, and restart the browser if it keeps happening.`, { cause: e });
  }
  if (has('AbortError', 'TransactionInactiveError')) {
    return new LedgerError('aborted', `Could not ${action}: the operation was interrupted and rolled back.${saved} Try again.`, { cause: e });
  }
  return new LedgerError('unknown', `Could not ${action}: ${e instanceof Error ? e.message : String(e)}.${saved}`, { cause: e });
}
