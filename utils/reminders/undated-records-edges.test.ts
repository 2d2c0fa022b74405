// The kept undated set at its edges: the ledger's order (oldest first, ties by id), exactly `cap`
// kept and one more read again, a change naming none or many, an import heard while it reads, and
// the bound on the remembered "counts from" answers.
import { describe, expect, it } from 'vitest';
import type { CommitmentRecord } from '../ledger/types';
import { commitmentRecord } from '../../tests/support/records';
import { UndatedRecords, type UndatedLedger } from './undated-records';

const T0 = Date.UTC(2026, 10, 30, 12);

/** Undated promises as the ledger lists them (oldest first, ties by id, `capped` past the cap), its set reads counted. */
function ledgerOf(records: CommitmentRecord[]) {
  const byId = new Map(records.map((r) => [r.id, r] as const));
  const reads = { sets: 0, singles: 0 };
  let during: (() => void) | null = null;
  const ledger: UndatedLedger = {
    async listUndatedOpen(limit, cap) {
      reads.sets++;
      const all = [...byId.values()]
        .filter((c) => c.status === 'open' && c.deletedAt === null && c.dueAt === null)
        .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
      const answer = { items: all.slice(0, limit), capped: all.length > cap };
      const write = during;
      during = null;
      write?.();
      return answer;
    },
    async getCommitment(id) {
      reads.singles++;
      const c = byId.get(id) ?? null;
      const write = during;
      during = null;
      write?.();
      return c;
    },
  };
  return { ledger, byId, reads, whileReading: (w: () => void) => (during = w) };
}

const ids = (records: CommitmentRecord[]) => records.map((c) => c.id);
const undated = (id: string, createdAt: number, over: Partial<CommitmentRecord> = {}) => commitmentRecord(id, { createdAt, ...over });

describe('UndatedRecords at its edges', () => {
  it('answers the ledger’s order from what it keeps: oldest first, the same moment by id', async () => {
    const { ledger, byId } = ledgerOf([undated('m', T0), undated('z', T0 - 1)]);
    const kept = new UndatedRecords();
    expect(ids(await kept.records(ledger, 1000))).toEqual(['z', 'm']);
    for (const id of ['b', 'a', 'c']) byId.set(id, undated(id, T0));
    kept.onChange({ kind: 'created', conversationIds: ['c'], commitmentIds: ['b', 'a', 'c'] });
    expect(ids(await kept.records(ledger, 1000))).toEqual(['z', 'a', 'b', 'c', 'm']);
  });

  it('keeps exactly `cap`; a write that takes it past the cap reads the set again', async () => {
    const { ledger, byId, reads } = ledgerOf([undated('a', T0)]);
    const kept = new UndatedRecords();
    await kept.records(ledger, 2);
    byId.set('b', undated('b', T0 + 1));
    kept.onChange({ kind: 'created', conversationIds: ['c'], commitmentIds: ['b'] });
    expect(ids(await kept.records(ledger, 2))).toEqual(['a', 'b']);
    expect(reads.sets).toBe(1);
    byId.set('c', undated('c', T0 - 1));
    kept.onChange({ kind: 'created', conversationIds: ['c'], commitmentIds: ['c'] });
    expect(ids(await kept.records(ledger, 2))).toEqual(['c', 'a']);
    expect(reads.sets).toBe(2);
  });

  it('a written promise leaves the set when it is dated, closed or deleted', async () => {
    const { ledger, byId } = ledgerOf(['dated', 'done', 'deleted', 'gone', 'stays'].map((id, i) => undated(id, T0 + i)));
    const kept = new UndatedRecords();
    expect(await kept.records(ledger, 1000)).toHaveLength(5);
    byId.set('dated', undated('dated', T0, { dueAt: T0 + 1 }));
    byId.set('done', undated('done', T0 + 1, { status: 'done' }));
    byId.set('deleted', undated('deleted', T0 + 2, { deletedAt: T0 }));
    byId.delete('gone');
    kept.onChange({ kind: 'edited', conversationIds: ['c'], commitmentIds: ['dated', 'done', 'deleted', 'gone'] });
    expect(ids(await kept.records(ledger, 1000))).toEqual(['stays']);
  });

  it('a change naming none reads the set again; a conversation’s change reads nothing', async () => {
    const { ledger, byId, reads } = ledgerOf([undated('a', T0)]);
    const kept = new UndatedRecords();
    await kept.records(ledger, 1000);
    byId.set('b', undated('b', T0 + 1));
    kept.onChange({ kind: 'conversation', conversationIds: ['c'], commitmentIds: [] });
    expect(ids(await kept.records(ledger, 1000))).toEqual(['a']);
    kept.onChange({ kind: 'import', conversationIds: [], commitmentIds: [] });
    expect(ids(await kept.records(ledger, 1000))).toEqual(['a', 'b']);
    expect(reads.sets).toBe(2);
  });

  it('an import heard while the set is read answers that read but keeps nothing', async () => {
    const { ledger, byId, reads, whileReading } = ledgerOf([undated('a', T0)]);
    const kept = new UndatedRecords();
    whileReading(() => {
      byId.set('x', undated('x', T0 + 1));
      kept.onChange({ kind: 'import', conversationIds: [], commitmentIds: [] });
    });
    expect(ids(await kept.records(ledger, 1000))).toEqual(['a']);
    expect(ids(await kept.records(ledger, 1000))).toEqual(['a', 'x']);
    expect(reads.sets).toBe(2);
  });

  it('an import heard while written promises are read makes it read the whole set', async () => {
    const { ledger, byId, reads, whileReading } = ledgerOf([undated('a', T0)]);
    const kept = new UndatedRecords();
    await kept.records(ledger, 1000);
    byId.set('b', undated('b', T0 + 1));
    kept.onChange({ kind: 'created', conversationIds: ['c'], commitmentIds: ['b'] });
    whileReading(() => {
      byId.set('x', undated('x', T0 + 2));
      kept.onChange({ kind: 'import', conversationIds: [], commitmentIds: [] });
    });
    expect(ids(await kept.records(ledger, 1000))).toEqual(['a', 'b', 'x']);
    expect(reads.sets).toBe(2);
  });
});

describe('UndatedRecords: what it reads again', () => {
  it('a change heard before the first read is in it: nothing is read again', async () => {
    const { ledger, reads } = ledgerOf([undated('a', T0)]);
    const kept = new UndatedRecords();
    kept.onChange({ kind: 'created', conversationIds: ['c'], commitmentIds: ['a'] });
    await kept.records(ledger, 1000);
    expect(ids(await kept.records(ledger, 1000))).toEqual(['a']);
    expect(reads).toEqual({ sets: 1, singles: 0 });
  });

  it('reset reads the set again', async () => {
    const { ledger, reads } = ledgerOf([undated('a', T0)]);
    const kept = new UndatedRecords();
    await kept.records(ledger, 1000);
    kept.reset();
    await kept.records(ledger, 1000);
    expect(reads.sets).toBe(2);
  });

  it('a promise changed again while it is read is read again at the next pass', async () => {
    const { ledger, byId, whileReading } = ledgerOf([undated('a', T0)]);
    const kept = new UndatedRecords();
    await kept.records(ledger, 1000);
    byId.set('a', undated('a', T0, { text: 'edited' }));
    kept.onChange({ kind: 'edited', conversationIds: ['c'], commitmentIds: ['a'] });
    whileReading(() => {
      byId.set('a', undated('a', T0, { status: 'done' }));
      kept.onChange({ kind: 'completed', conversationIds: ['c'], commitmentIds: ['a'] });
    });
    // This pass may have either copy; the next must not keep the open one.
    await kept.records(ledger, 1000);
    expect(await kept.records(ledger, 1000)).toEqual([]);
  });
});

describe('UndatedRecords.countsFrom', () => {
  it('remembers up to 10,001 answers, then starts again', () => {
    const kept = new UndatedRecords();
    const asked: number[] = [];
    const from = kept.countsFrom('k', (createdAt) => (asked.push(createdAt), createdAt + 1));
    for (let t = 0; t <= 10_000; t++) from(t);
    expect(asked).toHaveLength(10_001);
    expect(from(0)).toBe(1);
    expect(asked).toHaveLength(10_001);
    from(10_001);
    expect(from(0)).toBe(1);
    expect(asked).toHaveLength(10_003);
  });

  it('an answer of null (never counts) is remembered too', () => {
    const kept = new UndatedRecords();
    let calls = 0;
    const from = kept.countsFrom('k', () => (calls++, null));
    expect([from(T0), from(T0)]).toEqual([null, null]);
    expect(calls).toBe(1);
  });

  it('the same settings again keep what was remembered', () => {
    const kept = new UndatedRecords();
    let calls = 0;
    kept.countsFrom('k', (t) => (calls++, t))(T0);
    expect(kept.countsFrom('k', (t) => (calls++, t + 1))(T0)).toBe(T0);
    expect(calls).toBe(1);
  });
});
