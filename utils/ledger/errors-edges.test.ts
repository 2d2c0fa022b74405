// Every storage failure the ledger recognises, one row each, in a write's and in a read's words, with
// the action named: the names Dexie and IndexedDB use, found on the error, in its `inner` or `cause`
// chain (at most five deep) or among the first three failures of a bulk write. The log line is made
// of the same words; `isLedgerError` knows one that crossed messaging as a plain Error.
import { describe, expect, it } from 'vitest';
import { isLedgerError, LedgerError, ledgerError, toLedgerError, type LedgerErrorCode, type LedgerMessage } from './errors';

const named = (name: string, message = 'x') => new DOMException(message, name);

describe('toLedgerError: each name, its code and its words', () => {
  const rows: Array<[string, LedgerErrorCode, LedgerMessage, LedgerMessage]> = [
    ['QuotaExceededError', 'quota', 'quota', 'quota'],
    ['DatabaseClosedError', 'closed', 'closed', 'closedRead'],
    ['InvalidStateError', 'closed', 'closed', 'closedRead'],
    ['VersionError', 'unsupported-version', 'newerDatabase', 'newerDatabase'],
    ['ConstraintError', 'constraint', 'duplicate', 'duplicateRead'],
    ['UnknownError', 'io', 'io', 'ioRead'],
    ['DataError', 'io', 'io', 'ioRead'],
    ['NotReadableError', 'io', 'io', 'ioRead'],
    ['DataCloneError', 'io', 'io', 'ioRead'],
    ['OpenFailedError', 'io', 'io', 'ioRead'],
    ['InvalidAccessError', 'io', 'io', 'ioRead'],
    ['AbortError', 'aborted', 'aborted', 'abortedRead'],
    ['TransactionInactiveError', 'aborted', 'aborted', 'abortedRead'],
    ['SomethingElseError', 'unknown', 'unknown', 'unknownRead'],
  ];

  it('names the code and the sentence, for a write and for a read, and the action', () => {
    for (const [name, code, write, read] of rows) {
      const w = toLedgerError(named(name), 'saveCommitment', true);
      expect([w.code, w.words], name).toEqual([code, expect.objectContaining({ message: write, action: 'saveCommitment' })]);
      const r = toLedgerError(named(name), 'searchCommitments', false);
      expect([r.code, r.words], name).toEqual([code, expect.objectContaining({ message: read, action: 'searchCommitments' })]);
      // A write unless told otherwise.
      expect(toLedgerError(named(name), 'readLedger').words?.message, name).toBe(write);
    }
  });

  it('an I/O failure names the innermost error; the unknown one its message; the others no value', () => {
    expect(toLedgerError(named('DataError'), 'saveCommitment').words?.params).toEqual(['DataError']);
    const wrapped = { name: 'OpenFailedError', inner: named('UnknownError') };
    expect(toLedgerError(wrapped, 'saveCommitment').words?.params).toEqual(['UnknownError']);
    // A name that is no string, in the chain or among a bulk write's failures, is not the one named.
    expect(toLedgerError({ name: 'UnknownError', inner: { name: 7 } }, 'saveCommitment').words?.params).toEqual(['UnknownError']);
    expect(toLedgerError({ name: 'BulkError', failures: [named('DataError'), { name: 1 }] }, 'importFile').words?.params).toEqual([
      'DataError',
    ]);
    expect(toLedgerError(new Error('disk on fire'), 'saveCommitment').words?.params).toEqual(['disk on fire']);
    expect(toLedgerError(42, 'saveCommitment').words?.params).toEqual(['42']);
    for (const name of ['QuotaExceededError', 'DatabaseClosedError', 'VersionError', 'ConstraintError', 'AbortError'])
      expect(toLedgerError(named(name), 'saveCommitment').words, name).not.toHaveProperty('params');
  });

  it('the first matching kind wins, in order: quota before closed, closed before an abort', () => {
    expect(toLedgerError({ name: 'AbortError', inner: named('QuotaExceededError') }, 'saveCommitment').code).toBe('quota');
    expect(toLedgerError({ name: 'AbortError', inner: named('InvalidStateError') }, 'saveCommitment').code).toBe('closed');
    expect(toLedgerError({ name: 'AbortError', inner: named('ConstraintError') }, 'saveCommitment').code).toBe('constraint');
    expect(toLedgerError({ name: 'AbortError', inner: named('UnknownError') }, 'saveCommitment').code).toBe('io');
    expect(toLedgerError({ name: 'ConstraintError', inner: named('VersionError') }, 'saveCommitment').code).toBe('unsupported-version');
  });

  it('follows inner and cause to the fifth error, not the sixth', () => {
    const chain = (depth: number, key: 'inner' | 'cause'): unknown => {
      let e: Record<string, unknown> = { name: 'QuotaExceededError' };
      for (let i = 1; i < depth; i++) e = { name: 'Wrapper', [key]: e };
      return e;
    };
    expect(toLedgerError(chain(5, 'inner'), 'saveCommitment').code).toBe('quota');
    expect(toLedgerError(chain(5, 'cause'), 'saveCommitment').code).toBe('quota');
    expect(toLedgerError(chain(6, 'inner'), 'saveCommitment').code).toBe('unknown');
    // An Error's own cause, as other libraries throw.
    expect(toLedgerError(new Error('wrapped', { cause: named('ConstraintError') }), 'saveCommitment').code).toBe('constraint');
    // `inner` first when both are there.
    expect(toLedgerError({ name: 'W', inner: named('ConstraintError'), cause: named('QuotaExceededError') }, 'saveCommitment').code).toBe(
      'constraint',
    );
  });

  it("reads a bulk write's first three failures, not a fourth", () => {
    const bulk = (failures: unknown[]) => ({ name: 'BulkError', failures });
    expect(toLedgerError(bulk([named('ConstraintError')]), 'importFile').code).toBe('constraint');
    expect(toLedgerError(bulk([null, { name: 1 }, named('QuotaExceededError')]), 'importFile').code).toBe('quota');
    expect(toLedgerError(bulk([named('X'), named('Y'), named('Z'), named('QuotaExceededError')]), 'importFile').code).toBe('unknown');
    expect(toLedgerError({ name: 'BulkError', failures: 'not a list' }, 'importFile').code).toBe('unknown');
  });

  it('a name that is not a string is no name; a LedgerError is passed through as it is', () => {
    expect(toLedgerError({ name: 7, inner: { name: 'QuotaExceededError' } }, 'saveCommitment').code).toBe('quota');
    expect(toLedgerError({ name: 'QuotaExceededError', message: 'full' }, 'saveCommitment').code).toBe('quota');
    const own = ledgerError('stale', { message: 'stale', action: 'completeCommitment' });
    expect(toLedgerError(own, 'saveCommitment')).toBe(own);
    expect(toLedgerError(null, 'saveCommitment').code).toBe('unknown');
    expect(toLedgerError(undefined, 'saveCommitment').words?.params).toEqual(['undefined']);
  });
});

describe('the log line and the detail', () => {
  it('is the sentence, the action in brackets and the values after a colon, each only when there', () => {
    expect(ledgerError('quota', { message: 'quota', action: 'saveCommitment' }).message).toBe('quota [saveCommitment]');
    expect(ledgerError('quota', { message: 'quota' }).message).toBe('quota');
    expect(ledgerError('io', { message: 'io', action: 'readLedger', params: ['A', 'B'] }).message).toBe('io [readLedger]: A; B');
    expect(ledgerError('io', { message: 'io', params: [] }).message).toBe('io');
    const e = ledgerError(
      'invalid-input',
      { message: 'invalidInput', action: 'saveCommitment', params: ['p'] },
      { problems: ['p'], current: { id: 'a' } },
    );
    expect(e).toMatchObject({ name: 'LedgerError', code: 'invalid-input', problems: ['p'], current: { id: 'a' }, detail: null });
    expect(e.words).toEqual({ message: 'invalidInput', action: 'saveCommitment', params: ['p'] });
  });

  it("keeps the cause's name and message for the log, whatever was thrown", () => {
    expect(toLedgerError(named('UnknownError', 'Disk I/O'), 'saveCommitment').detail).toBe('UnknownError: Disk I/O');
    expect(toLedgerError({ name: 'OpenFailedError', message: 'no' }, 'saveCommitment').detail).toBe('OpenFailedError: no');
    expect(toLedgerError({ name: 'OpenFailedError' }, 'saveCommitment').detail).toBe('OpenFailedError: ');
    expect(toLedgerError('a string', 'saveCommitment').detail).toBe('a string');
    expect(toLedgerError(null, 'saveCommitment').detail).toBe('null');
    const cause = named('UnknownError');
    expect(toLedgerError(cause, 'saveCommitment').cause).toBe(cause);
  });

  it('a LedgerError without options has no problems, no detail, no current, no words, no cause', () => {
    const e = new LedgerError('unknown', 'plain');
    expect(e.problems).toEqual([]);
    expect(e.detail).toBeNull();
    expect(e.current).toBeUndefined();
    expect(e.words).toBeUndefined();
    expect('cause' in e).toBe(false);
    expect(e.message).toBe('plain');
  });
});

describe('isLedgerError', () => {
  it('knows one by its name and a string code, also as a plain Error', () => {
    const plain = Object.assign(new Error('quota'), { name: 'LedgerError', code: 'quota' });
    expect(isLedgerError(plain)).toBe(true);
    expect(isLedgerError(Object.assign(new Error('x'), { name: 'LedgerError', code: 3 }))).toBe(false);
    expect(isLedgerError(Object.assign(new Error('x'), { name: 'OtherError', code: 'quota' }))).toBe(false);
    expect(isLedgerError({ name: 'LedgerError', code: 'quota', message: 'x' })).toBe(false);
  });
});
