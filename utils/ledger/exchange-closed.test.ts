// Export and import when the database is closed: each says which of them failed, a read in a read's
// words ("nothing was saved" left out), an import in a write's.
import { describe, expect, it } from 'vitest';
import type { LedgerError } from './errors';
import { harness, newCommitment, type TestLedger } from './test-helpers';

const FILE = JSON.stringify({ format: 'commitment-keeper', version: 2, exportedAt: 0, conversations: [], commitments: [], history: [] });

describe('export and import of a closed database', () => {
  it.each<[string, (l: TestLedger) => Promise<unknown>, string, string]>([
    ['exportJson', (l) => l.exportJson(), 'exportLedger', 'closedRead'],
    ['exportChunk', (l) => l.exportChunk(null), 'exportLedger', 'closedRead'],
    ['exportCsv', (l) => l.exportCsv(), 'exportLedger', 'closedRead'],
    ['exportIcs', (l) => l.exportIcs(), 'exportCalendar', 'closedRead'],
    ['missingIds', (l) => l.missingIds({ conversations: ['x'], commitments: [] }), 'readLedger', 'closedRead'],
    ['importJson', (l) => l.importJson(FILE), 'importFile', 'closed'],
    ['importBatch', (l) => l.importBatch({ section: 'history', records: [] }), 'importFile', 'closed'],
  ])('%s', async (_name, call, action, message) => {
    const { db, ledger } = harness();
    await ledger.addCommitment(newCommitment('send the form'));
    db.close({ disableAutoOpen: true });
    const err = (await call(ledger).catch((e: unknown) => e)) as LedgerError;
    expect(err).toMatchObject({ code: 'closed', words: { message, action } });
  });
});
