// Every failure of the ledger reaches the caller as a LedgerError with a code, a log message, and
// `words`: what the agent is told, as data the page puts in the catalog's words (messages.ts). It
// crosses extension messaging intact: @webext-core/messaging serializes the name, message and own
// enumerable fields (code, problems, detail, words), so check it with `isLedgerError`, not
// `instanceof`, on the far side.

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

/** What the ledger was doing when it failed; the agent reads it in the catalog's words ("save the commitment"). */
export type LedgerAction =
  | 'saveConversation'
  | 'saveCommitment'
  | 'updateCommitment'
  | 'completeCommitment'
  | 'reopenCommitment'
  | 'cancelCommitment'
  | 'rescheduleCommitment'
  | 'snoozeReminder'
  | 'deleteCommitment'
  | 'restoreCommitment'
  | 'eraseLedger'
  | 'exportLedger'
  | 'exportCalendar'
  | 'importFile'
  | 'importBatch'
  | 'finishImport'
  | 'readLedger'
  | 'readCommitments'
  | 'readCommitment'
  | 'readConversation'
  | 'readConversations'
  | 'readConversationCommitments'
  | 'countCommitments'
  | 'searchCommitments'
  | 'computeTrackRecord'
  | 'writeLedger';

/**
 * Which sentence tells the agent what went wrong. The ledger names it and its parameters; the page
 * that shows it reads the words from the catalog (utils/ledger/messages.ts), so the ledger needs no
 * browser API and a language is one more catalog. A `…Read` sentence is the one for a read, which
 * does not say "Nothing was saved".
 */
export type LedgerMessage =
  | 'quota'
  | 'closed'
  | 'closedRead'
  | 'newerDatabase'
  | 'duplicate'
  | 'duplicateRead'
  | 'io'
  | 'ioRead'
  | 'aborted'
  | 'abortedRead'
  | 'unknown'
  | 'unknownRead'
  | 'invalidInput'
  | 'missingId'
  | 'notFound'
  | 'idTaken'
  | 'stale'
  | 'unknownTimeZone'
  | 'customerKey'
  | 'badCursor'
  | 'badBatch'
  | 'fileTooLarge'
  | 'notJson'
  | 'invalidImport'
  | 'invalidImportMore'
  | 'newerFile';

/** The agent's message as data (it crosses messaging as it is): the sentence, the action, the values. */
export interface LedgerWords {
  message: LedgerMessage;
  action?: LedgerAction;
  params?: string[];
}

export class LedgerError extends Error {
  override readonly name = 'LedgerError';
  readonly code: LedgerErrorCode;
  /** For invalid-input / invalid-import: the first problems, each led by its JSON path. */
  readonly problems: string[];
  /** The underlying error's name and message, for logs. */
  readonly detail: string | null;
  /** For 'stale': the record as stored now (plain data, so it crosses messaging). */
  readonly current?: unknown;
  /** What the agent is told, for the page to put in the catalog's words (`message` is for logs). */
  readonly words?: LedgerWords;

  constructor(
    code: LedgerErrorCode,
    message: string,
    options: { problems?: string[]; cause?: unknown; current?: unknown; words?: LedgerWords } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.problems = options.problems ?? [];
    this.detail = options.cause === undefined ? null : describe(options.cause);
    if (options.current !== undefined) this.current = options.current;
    if (options.words !== undefined) this.words = options.words;
  }
}

/**
 * A LedgerError whose agent-facing words are `words`; its `message` is a log line made of the same
 * data ("quota [saveCommitment]", "invalidInput [saveCommitment]: draft.text: expected words").
 */
export function ledgerError(
  code: LedgerErrorCode,
  words: LedgerWords,
  options: { problems?: string[]; cause?: unknown; current?: unknown } = {},
): LedgerError {
  const action = words.action ? ` [${words.action}]` : '';
  const params = words.params?.length ? `: ${words.params.join('; ')}` : '';
  return new LedgerError(code, `${words.message}${action}${params}`, { ...options, words });
}

/** True for a LedgerError, also one that came back over extension messaging as a plain Error. */
export function isLedgerError(e: unknown): e is LedgerError {
  return e instanceof Error && e.name === 'LedgerError' && typeof (e as { code?: unknown }).code === 'string';
}

function describe(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  if (e && typeof e === 'object' && 'name' in e)
    return `${String((e as { name: unknown }).name)}: ${String((e as { message?: unknown }).message ?? '')}`;
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
 * done; `write` false (a read) leaves "Nothing was saved" out of the agent's message.
 */
export function toLedgerError(e: unknown, action: LedgerAction, write = true): LedgerError {
  if (e instanceof LedgerError) return e;
  const ns = names(e);
  const has = (...xs: string[]) => xs.some((x) => ns.includes(x));
  const fail = (code: LedgerErrorCode, message: LedgerMessage, read: LedgerMessage, params?: string[]) =>
    ledgerError(code, { message: write ? message : read, action, ...(params ? { params } : {}) }, { cause: e });
  // A full disk refuses writes only; a read that meets it still says nothing was saved, as it was.
  if (has('QuotaExceededError')) return fail('quota', 'quota', 'quota');
  if (has('DatabaseClosedError', 'InvalidStateError')) return fail('closed', 'closed', 'closedRead');
  if (has('VersionError')) return fail('unsupported-version', 'newerDatabase', 'newerDatabase');
  if (has('ConstraintError')) return fail('constraint', 'duplicate', 'duplicateRead');
  if (has('UnknownError', 'DataError', 'NotReadableError', 'DataCloneError', 'OpenFailedError', 'InvalidAccessError')) {
    return fail('io', 'io', 'ioRead', [ns[ns.length - 1] ?? 'error']);
  }
  if (has('AbortError', 'TransactionInactiveError')) return fail('aborted', 'aborted', 'abortedRead');
  return fail('unknown', 'unknown', 'unknownRead', [e instanceof Error ? e.message : String(e)]);
}
