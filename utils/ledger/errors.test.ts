// Storage failures reach the caller as a LedgerError with a clear message, with nothing half-written.
// The serializer is the one @webext-core/messaging uses to carry errors between contexts.
import { deserializeError, serializeError } from '@aklinker1/zero-serialize-error';
import Dexie, { type DBCore, type DBCoreMutateRequest } from 'dexie';
import { describe, expect, it } from 'vitest';
import { LedgerDb } from './db';
import { isLedgerError, LedgerError, toLedgerError } from './errors';
import { DAY, freshDb, harness, newCommitment, said, T0, TestLedger } from './test-helpers';

/** A DBCore middleware that fails writes to one table, the way a full disk does. */
function failWrites(db: Dexie, table: string, make: () => Error): void {
  db.use({
    stack: 'dbcore',
    name: 'fail-writes',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        if (name !== table) return t;
        return { ...t, mutate: (_req: DBCoreMutateRequest) => Promise.reject(make()) };
      },
    }),
  });
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('LedgerError', () => {
  it('a full disk while saving: quota error, and neither the commitment nor its conversation is kept', async () => {
    const db = freshDb();
    failWrites(db, 'history', quota);
    const ledger = new TestLedger(db, () => T0);
    const err = (await ledger
      .addCommitment(newCommitment('send the invoice', { dueAt: T0 + DAY }))
      .catch((e: unknown) => e)) as LedgerError;
    expect(err).toBeInstanceOf(LedgerError);
    expect(err.code).toBe('quota');
    expect(said(err)).toMatch(/^Could not save the commitment: the browser's storage for Commitment Keeper is full\. Nothing was saved/);
    expect(err.detail).toMatch(/QuotaExceededError/);
    // The transaction rolled back the commitment and the conversation written before the history failed.
    db.close();
    const reopened = new LedgerDb(db.name);
    expect(await reopened.commitments.count()).toBe(0);
    expect(await reopened.conversations.count()).toBe(0);
    reopened.close();
  });

  it('a full disk while completing: quota error, the commitment stays open', async () => {
    const { db, ledger } = harness();
    const c = await ledger.addCommitment(newCommitment('a', { dueAt: T0 + DAY }));
    // Middleware takes effect at open: reopen the same database with it.
    db.close();
    failWrites(db, 'history', quota);
    await db.open();
    await expect(ledger.complete(c.id)).rejects.toMatchObject({ code: 'quota' });
    db.close();
    const again = new TestLedger(new LedgerDb(db.name), () => T0);
    expect(await again.getCommitment(c.id)).toMatchObject({ status: 'open', doneAt: null });
    expect(await again.badgeCounts(T0, 2 * DAY)).toEqual({ overdue: 0, dueSoon: 1 });
  });

  it('an I/O failure and a closed database have their own codes and messages', async () => {
    const db = freshDb();
    failWrites(db, 'commitments', () => new DOMException('Disk I/O error', 'UnknownError'));
    const ledger = new TestLedger(db, () => T0);
    const io = (await ledger.addCommitment(newCommitment('a')).catch((e: unknown) => e)) as LedgerError;
    expect(io.code).toBe('io');
    expect(said(io)).toMatch(/failed to read or write \(UnknownError\)\. Nothing was saved/);

    const { db: db2, ledger: ledger2 } = harness();
    await ledger2.addCommitment(newCommitment('a'));
    db2.close({ disableAutoOpen: true });
    const closed = (await ledger2.listOpen().catch((e: unknown) => e)) as LedgerError;
    expect(closed.code).toBe('closed');
    expect(said(closed)).toMatch(/^Could not read the commitments: the ledger database is closed/);
    expect(said(closed)).not.toMatch(/Nothing was saved/);
  });

  it('maps the Dexie and DOM error names', () => {
    const cases: Array<[unknown, string]> = [
      [new Dexie.AbortError('aborted', quota()), 'quota'],
      [new Dexie.AbortError('Transaction aborted'), 'aborted'],
      [new Dexie.DatabaseClosedError('closed'), 'closed'],
      [new Dexie.ConstraintError('dup'), 'constraint'],
      [new Dexie.VersionError('newer'), 'unsupported-version'],
      [new DOMException('x', 'UnknownError'), 'io'],
      [new Error('something else'), 'unknown'],
      ['a string', 'unknown'],
    ];
    for (const [e, code] of cases) expect(toLedgerError(e, 'saveCommitment', true).code, String(e)).toBe(code);
    expect(said(toLedgerError(new DOMException('x', 'UnknownError'), 'readCommitments', false))).not.toMatch(/Nothing was saved/);
    expect(said(toLedgerError(new DOMException('x', 'UnknownError'), 'saveCommitment', true))).toMatch(/Nothing was saved/);
    // What the ledger did not recognise is named in the agent's message, and kept for the log.
    const odd = toLedgerError(new Error('disk on fire'), 'eraseLedger');
    expect(said(odd)).toBe('Could not erase the ledger: disk on fire. Nothing was saved.');
    expect(odd.message).toMatch(/disk on fire/);
  });

  it('survives the trip over extension messaging', () => {
    const original = new LedgerError('invalid-import', 'This file is not valid', {
      problems: ['commitments[3].dueAt: expected number or null, got string'],
    });
    const back = deserializeError(JSON.parse(JSON.stringify(serializeError(original))));
    expect(back).not.toBeInstanceOf(LedgerError);
    expect(isLedgerError(back)).toBe(true);
    expect(back).toMatchObject({
      name: 'LedgerError',
      code: 'invalid-import',
      message: 'This file is not valid',
      problems: ['commitments[3].dueAt: expected number or null, got string'],
    });
    expect(isLedgerError(new Error('x'))).toBe(false);
  });
});
