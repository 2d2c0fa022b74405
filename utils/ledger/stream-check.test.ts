// The streamed import's first pass (ImportCheck) and its sender (Batcher) on records made by hand:
// which ids count as seen, which references are left to the ledger (and under which path), what the
// second pass ignores, and how records are grouped into batches. A wrong answer here imports a file
// with a missing conversation, or refuses a good one.
import { describe, expect, it } from 'vitest';
import { commitmentRecord, conversationRecord } from '../../tests/support/records';
import { Batcher, ImportCheck, type ImportBatch } from './stream';
import type { HistoryEntry } from './types';

const history = (commitmentId: string, over: Partial<HistoryEntry> = {}): HistoryEntry => ({
  id: 1,
  commitmentId,
  conversationId: 'demo-helpdesk|https://x.test|1',
  at: 0,
  kind: 'created',
  changes: {},
  ...over,
});

describe('ImportCheck.record', () => {
  it('counts every record of each section, good or bad', () => {
    const check = new ImportCheck();
    check.record('conversations', conversationRecord(), 0);
    check.record('commitments', commitmentRecord('c1'), 0);
    check.record('commitments', 'not a record', 1);
    check.record('history', history('c1'), 0);
    expect(check.counts).toEqual({ conversations: 1, commitments: 2, history: 1 });
    expect(check.problems.list).toEqual(['commitments[1]: expected object, got string']);
  });

  it('leaves to the ledger a conversation the file does not hold, under the path of the first record that needs it', () => {
    const check = new ImportCheck();
    check.record('commitments', commitmentRecord('c1', { conversationId: 'elsewhere' }), 0);
    check.record('commitments', commitmentRecord('c2', { conversationId: 'elsewhere' }), 1);
    expect([...check.unresolved().conversations]).toEqual([['elsewhere', 'commitments[0].conversationId']]);
    expect(check.unresolved().commitments.size).toBe(0);
  });

  it('leaves to the ledger a commitment the file does not hold, under the path of the first entry that needs it', () => {
    const check = new ImportCheck();
    check.record('commitments', commitmentRecord('c1'), 0);
    check.record('history', history('c1', { id: 1 }), 0);
    check.record('history', history('gone', { id: 2 }), 1);
    check.record('history', history('gone', { id: 3 }), 2);
    expect([...check.unresolved().commitments]).toEqual([['gone', 'history[1].commitmentId']]);
  });

  it('a reference met before its record (sections out of order) is resolved by the record later in the file', () => {
    const check = new ImportCheck();
    check.record('history', history('c1'), 0);
    check.record('commitments', commitmentRecord('c1'), 0);
    check.record('conversations', conversationRecord(), 0);
    expect(check.unresolved().conversations.size).toBe(0);
    expect(check.unresolved().commitments.size).toBe(0);
  });

  it('a record refused by its check is not seen: its id resolves nothing and its own references are not asked for', () => {
    const check = new ImportCheck();
    check.record('conversations', conversationRecord({ subject: 5 as unknown as string }), 0);
    // A good commitment of the refused conversation still needs it; a refused one asks for nothing.
    check.record('commitments', commitmentRecord('c1', { conversationId: 'demo-helpdesk|https://x.test|1' }), 0);
    check.record('commitments', commitmentRecord('c2', { conversationId: 'elsewhere', status: 'maybe' as never }), 1);
    // A good entry of the refused commitment still needs it; a refused one asks for nothing, nor is its id seen.
    check.record('history', history('c2', { id: 1 }), 0);
    check.record('history', history('gone', { id: 1, kind: 'exploded' as never }), 1);
    check.record('history', history('c1', { id: 1 }), 2);
    expect(check.problems.count).toBe(3);
    expect([...check.unresolved().conversations]).toEqual([['demo-helpdesk|https://x.test|1', 'commitments[0].conversationId']]);
    expect([...check.unresolved().commitments]).toEqual([['c2', 'history[0].commitmentId']]);
    expect(check.suspects).toBe(1);
  });

  it('a history entry without an id is no duplicate of another without one', () => {
    const check = new ImportCheck();
    const { id: _a, ...first } = history('c1', { at: 1 });
    const { id: _b, ...second } = history('c1', { at: 2 });
    check.record('history', first, 0);
    check.record('history', second, 1);
    expect(check.suspects).toBe(0);
  });

  it('the same id in two sections is no duplicate', () => {
    const check = new ImportCheck();
    check.record('conversations', conversationRecord({ id: 'same' }), 0);
    check.record('commitments', commitmentRecord('same', { conversationId: 'same' }), 0);
    expect(check.suspects).toBe(0);
  });
});

describe('ImportCheck.confirm', () => {
  it('looks only at records with an id of a suspected fingerprint, and names each later copy', () => {
    const check = new ImportCheck();
    check.record('commitments', commitmentRecord('c1'), 0);
    check.record('commitments', commitmentRecord('c2'), 1);
    check.record('commitments', commitmentRecord('c1'), 2);
    check.record('commitments', commitmentRecord('c1'), 3);
    expect(check.suspects).toBe(1);
    for (const [i, r] of [commitmentRecord('c1'), commitmentRecord('c2'), commitmentRecord('c1'), commitmentRecord('c1')].entries())
      check.confirm('commitments', r, i);
    // Not records, or without a usable id: passed over.
    check.confirm('commitments', null, 4);
    check.confirm('commitments', 'c1', 5);
    check.confirm('commitments', { id: ['c1'] }, 6);
    check.confirm('commitments', { id: true }, 7);
    expect(check.problems.list).toEqual(['commitments[2].id: duplicate id "c1"', 'commitments[3].id: duplicate id "c1"']);
  });

  it('keeps sections apart: the same id in another section is no duplicate', () => {
    const check = new ImportCheck();
    check.record('history', history('c1', { id: 7 }), 0);
    check.record('history', history('c1', { id: 7, at: 5 }), 1);
    expect(check.suspects).toBe(1);
    check.confirm('history', history('c1', { id: 7 }), 0);
    check.confirm('commitments', { id: 7 }, 0);
    expect(check.problems.ok).toBe(true);
    check.confirm('history', history('c1', { id: 7, at: 5 }), 1);
    expect(check.problems.list).toEqual(['history[1].id: duplicate id 7']);
  });
});

describe('Batcher grouping', () => {
  function recording(size: number) {
    const sent: ImportBatch[] = [];
    const batcher = new Batcher(async (batch) => void sent.push({ section: batch.section, records: [...batch.records] }), size);
    return { sent, batcher };
  }

  it('sends a batch when it reaches its size exactly, and a new section starts a new batch', async () => {
    const { sent, batcher } = recording(2);
    await batcher.add('conversations', 'a');
    expect(sent).toEqual([]);
    await batcher.add('conversations', 'b');
    expect(sent).toEqual([{ section: 'conversations', records: ['a', 'b'] }]);
    await batcher.add('conversations', 'c');
    await batcher.add('commitments', 1);
    await batcher.add('history', 'h');
    await batcher.drain();
    expect(sent).toEqual([
      { section: 'conversations', records: ['a', 'b'] },
      { section: 'conversations', records: ['c'] },
      { section: 'commitments', records: [1] },
      { section: 'history', records: ['h'] },
    ]);
  });

  it('drain with nothing added sends nothing; a second drain sends nothing again', async () => {
    const { sent, batcher } = recording(2);
    await batcher.drain();
    expect(sent).toEqual([]);
    await batcher.add('history', 1);
    await batcher.drain();
    await batcher.drain();
    expect(sent).toEqual([{ section: 'history', records: [1] }]);
  });

  it('sends batches of the default size, 2,000 records', async () => {
    const sent: number[] = [];
    const batcher = new Batcher(async (batch) => void sent.push(batch.records.length));
    for (let i = 0; i < 2_001; i++) await batcher.add('history', i);
    expect(sent).toEqual([2_000]);
    await batcher.drain();
    expect(sent).toEqual([2_000, 1]);
  });
});
