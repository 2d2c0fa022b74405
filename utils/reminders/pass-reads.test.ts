// Within one reminder pass each commitment a write named is read once, whichever kept set asks; a
// change heard during the pass drops what was read of its commitments. And which changes leave a
// kept set unknown (read again as a whole): an import, an erase, none or more than 100 named.
import { describe, expect, it } from 'vitest';
import type { CommitmentRecord, LedgerChange } from '../ledger/types';
import { commitmentRecord } from '../../tests/support/records';
import { needsWholeRead, PassReads } from './pass-reads';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`);
const change = (kind: LedgerChange['kind'], commitmentIds: string[]): LedgerChange => ({ kind, conversationIds: ['conv'], commitmentIds });

describe('needsWholeRead', () => {
  it('a change naming 1 to 100 commitments is read commitment by commitment', () => {
    expect(needsWholeRead(change('edited', ids(1)))).toBe(false);
    expect(needsWholeRead(change('completed', ids(100)))).toBe(false);
  });

  it('none, or more than 100, makes a kept set read again as a whole', () => {
    expect(needsWholeRead(change('edited', []))).toBe(true);
    expect(needsWholeRead(change('edited', ids(101)))).toBe(true);
  });

  it('an import or an erase always does, whatever it names', () => {
    expect(needsWholeRead(change('import', ids(1)))).toBe(true);
    expect(needsWholeRead(change('erase', ids(1)))).toBe(true);
  });
});

/** A ledger whose getCommitment answers a fresh copy each time and counts the reads. */
function countingLedger() {
  const reads: string[] = [];
  const calls: string[] = [];
  let version = 0;
  const ledger = {
    getCommitment: async (id: string): Promise<CommitmentRecord | null> => {
      reads.push(id);
      return id === 'gone' ? null : commitmentRecord(id, { revision: ++version });
    },
    badgeCounts: async (now: number, windowMs: number, cap?: number) => (
      calls.push(`badgeCounts ${now} ${windowMs} ${cap}`),
      { overdue: 1, dueSoon: 2 }
    ),
    listSnoozedOpen: async (now: number) => (calls.push(`listSnoozedOpen ${now}`), []),
    listUpcoming: async (now: number, days: number) => (calls.push(`listUpcoming ${now} ${days}`), []),
    openIdsDueBefore: async (before: number, limit: number) => (calls.push(`openIdsDueBefore ${before} ${limit}`), ['x']),
    listUndatedOpen: async (limit: number, cap: number) => (calls.push(`listUndatedOpen ${limit} ${cap}`), { items: [], capped: false }),
  } as unknown as ConstructorParameters<typeof PassReads>[0];
  return { ledger, reads, calls };
}

describe('PassReads', () => {
  it('reads a commitment once for every asker in the pass, and each commitment on its own', async () => {
    const { ledger, reads } = countingLedger();
    const pass = new PassReads(ledger);
    const [a1, a2, b] = await Promise.all([pass.getCommitment('a'), pass.getCommitment('a'), pass.getCommitment('b')]);
    expect(a1).toBe(a2);
    expect(b?.id).toBe('b');
    expect(await pass.getCommitment('gone')).toBeNull();
    expect(await pass.getCommitment('gone')).toBeNull();
    expect(reads).toEqual(['a', 'b', 'gone']);
  });

  it('a change heard during the pass drops what was read of the commitments it names, and only those', async () => {
    const { ledger, reads } = countingLedger();
    const pass = new PassReads(ledger);
    const first = await pass.getCommitment('a');
    await pass.getCommitment('b');
    pass.forget(change('rescheduled', ['a']));
    const again = await pass.getCommitment('a');
    await pass.getCommitment('b');
    expect(again).not.toBe(first);
    expect(reads).toEqual(['a', 'b', 'a']);
  });

  it('a change naming none drops everything read; a conversation’s change drops nothing', async () => {
    const { ledger, reads } = countingLedger();
    const pass = new PassReads(ledger);
    await pass.getCommitment('a');
    pass.forget(change('conversation', []));
    await pass.getCommitment('a');
    expect(reads).toEqual(['a']);
    pass.forget(change('import', []));
    await pass.getCommitment('a');
    expect(reads).toEqual(['a', 'a']);
  });

  it('passes the other reads to the ledger as asked', async () => {
    const { ledger, calls } = countingLedger();
    const pass = new PassReads(ledger);
    expect(await pass.badgeCounts(5, 6, 7)).toEqual({ overdue: 1, dueSoon: 2 });
    expect(await pass.listSnoozedOpen(8)).toEqual([]);
    expect(await pass.listUpcoming(9, 1.5)).toEqual([]);
    expect(await pass.openIdsDueBefore(10, 11)).toEqual(['x']);
    expect(await pass.listUndatedOpen(12, 13)).toEqual({ items: [], capped: false });
    expect(calls).toEqual([
      'badgeCounts 5 6 7',
      'listSnoozedOpen 8',
      'listUpcoming 9 1.5',
      'openIdsDueBefore 10 11',
      'listUndatedOpen 12 13',
    ]);
  });
});
