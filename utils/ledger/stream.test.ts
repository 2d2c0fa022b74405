// Export and import in pieces: the chunked export is the same file as exportJson, and the streamed
// import (check whole, then batches) rebuilds the same ledger, refuses a bad file without writing,
// and reads files cut at any point.
import { describe, expect, it } from 'vitest';
import { exportJsonBlob, importJsonFile } from '../../components/options/transfer';
import type { LedgerClient } from '../messaging/ledger-client';
import type { LedgerError } from './errors';
import type { LedgerService } from './service';
import { Batcher, ExportReader, ImportCheck } from './stream';
import { conversationIdOf } from './conversation-id';
import { conv, DAY, harness, newCommitment, said, T0 } from './test-helpers';

async function populate(ledger: LedgerService, n: number) {
  for (let i = 0; i < n; i++) {
    const c = await ledger.addCommitment({
      ...newCommitment(`send document ${i}`, { dueAt: T0 + (i % 5) * DAY, conversation: conv(`T-${i % 7}`) }),
      id: `c-${String(i).padStart(4, '0')}`,
    });
    if (i % 3 === 0) await ledger.complete(c.id);
    if (i % 4 === 0) await ledger.reschedule(c.id, T0 + 9 * DAY);
  }
}

/** The service as the options page sees it (the proxy returns the same promises). */
const client = (ledger: LedgerService) => ledger as unknown as LedgerClient;

async function dump(ledger: LedgerService): Promise<unknown> {
  const { exportedAt: _t, ...rest } = JSON.parse(await ledger.exportJson()) as Record<string, unknown>;
  return rest;
}

/**
 * One source ledger of 40 commitments for the tests that only read it (export, re-import elsewhere):
 * made once. These tests are CPU-bound (the process is never idle waiting, measured with
 * `performance.eventLoopUtilization`), so on a machine loaded 10× its cores they take 10× their time;
 * writing the same 40 commitments one by one twice was half of it.
 */
let sourceLedger: Promise<ReturnType<typeof harness>> | null = null;
function source(): Promise<ReturnType<typeof harness>> {
  sourceLedger ??= (async () => {
    const h = harness();
    await populate(h.ledger, 40);
    return h;
  })();
  return sourceLedger;
}

describe('chunked export', () => {
  it('writes the same ledger as exportJson, in pieces no larger than asked (plus one record)', async () => {
    const { ledger } = await source();
    const pieces: string[] = [];
    let cursor = null;
    do {
      const { text, next } = await ledger.exportChunk(cursor, 2_000);
      pieces.push(text);
      cursor = next;
    } while (cursor);
    expect(pieces.length).toBeGreaterThan(10);
    const { exportedAt: _a, ...chunked } = JSON.parse(pieces.join('')) as Record<string, unknown>;
    expect(chunked).toEqual(await dump(ledger));
  });

  it('builds a Blob chunk by chunk that re-imports to the same ledger, record for record', async () => {
    const a = await source();
    const blob = await exportJsonBlob(client(a.ledger));
    const b = harness();
    const summary = await importJsonFile(client(b.ledger), blob);
    // One change event for the whole import, naming every conversation.
    expect(b.changes).toHaveLength(1);
    expect(b.changes[0]).toMatchObject({ kind: 'import' });
    expect(b.changes[0]!.conversationIds.sort()).toEqual([
      conversationIdOf(conv('T-0')),
      conversationIdOf(conv('T-1')),
      conversationIdOf(conv('T-2')),
      conversationIdOf(conv('T-3')),
      conversationIdOf(conv('T-4')),
      conversationIdOf(conv('T-5')),
      conversationIdOf(conv('T-6')),
    ]);
    expect(summary.commitments).toEqual({ added: 40, updated: 0, kept: 0 });
    expect(await dump(b.ledger)).toEqual(await dump(a.ledger));
    // Again: everything is already there.
    const again = await importJsonFile(client(b.ledger), blob);
    expect(again.commitments).toEqual({ added: 0, updated: 0, kept: 40 });
    expect(again.history.added).toBe(0);
    expect(await dump(b.ledger)).toEqual(await dump(a.ledger));
  });

  it('imports a file written by the old exportJson (pretty-printed, one string)', async () => {
    const a = harness();
    await populate(a.ledger, 12);
    const b = harness();
    await importJsonFile(client(b.ledger), new Blob([await a.ledger.exportJson()]));
    expect(await dump(b.ledger)).toEqual(await dump(a.ledger));
  });
});

describe('streamed import refuses a bad file before writing anything', () => {
  it.each([
    [
      'a bad record late in the file',
      (f: Record<string, unknown[]>) => void ((f.commitments![f.commitments!.length - 1] as Record<string, unknown>).status = 'maybe'),
      /commitments\[\d+\]\.status/,
    ],
    ['a duplicate id', (f: Record<string, unknown[]>) => void f.commitments!.push(f.commitments![0]), /duplicate id/],
    [
      'a reference to nothing',
      (f: Record<string, unknown[]>) => void ((f.history![0] as Record<string, unknown>).commitmentId = 'nowhere'),
      /no commitment "nowhere"/,
    ],
    ['a newer format', (f: Record<string, unknown>) => void (f.version = 99), /newer version/],
  ])('%s', async (_name, spoil, message) => {
    const a = harness();
    await populate(a.ledger, 10);
    const file = JSON.parse(await a.ledger.exportJson()) as Record<string, unknown[]>;
    spoil(file as never);
    const b = harness();
    await b.ledger.addCommitment({ ...newCommitment('already here'), id: 'keep-me' });
    const before = await dump(b.ledger);
    const error = await importJsonFile(client(b.ledger), new Blob([JSON.stringify(file)])).then(
      () => null,
      (e: unknown) => e,
    );
    // What the agent reads: the options page's message and its list of problems.
    expect(`${said(error)} ${(error as LedgerError).problems.join('; ')}`).toMatch(message);
    expect(await dump(b.ledger)).toEqual(before);
  });

  it('says a truncated file is not JSON', async () => {
    const a = harness();
    await populate(a.ledger, 5);
    const text = await a.ledger.exportJson();
    const b = harness();
    await expect(importJsonFile(client(b.ledger), new Blob([text.slice(0, text.length / 2)]))).rejects.toMatchObject({
      code: 'invalid-import',
    });
    expect(await b.ledger.listOpen()).toEqual([]);
  });
});

describe('ImportCheck', () => {
  it('names each true duplicate (ids and history ids) after its second pass, and needs none for a file without', async () => {
    const a = harness();
    await populate(a.ledger, 12);
    const file = JSON.parse(await a.ledger.exportJson()) as Record<string, Array<Record<string, unknown>>>;
    const clean = new ImportCheck();
    const feed = (check: ImportCheck, pass: 'record' | 'confirm') => {
      for (const section of ['conversations', 'commitments', 'history'] as const)
        file[section]!.forEach((r, i) => (pass === 'record' ? check.record(section, r, i) : check.confirm(section, r, i)));
    };
    feed(clean, 'record');
    expect(clean.suspects).toBe(0);
    expect(clean.problems.ok).toBe(true);
    expect(clean.unresolved().commitments.size + clean.unresolved().conversations.size).toBe(0);

    file.commitments!.push({ ...file.commitments![3]! });
    file.history!.push({ ...file.history![0]! });
    const spoilt = new ImportCheck();
    feed(spoilt, 'record');
    // Seen twice by fingerprint: not yet a problem, the ids themselves decide.
    expect(spoilt.suspects).toBe(2);
    expect(spoilt.problems.ok).toBe(true);
    feed(spoilt, 'confirm');
    expect(spoilt.problems.list).toEqual([
      `commitments[${file.commitments!.length - 1}].id: duplicate id ${JSON.stringify(file.commitments![3]!.id)}`,
      `history[${file.history!.length - 1}].id: duplicate id ${String(file.history![0]!.id)}`,
    ]);
  });

  it('leaves to the ledger only the references the file does not hold', async () => {
    const a = harness();
    await populate(a.ledger, 12);
    const file = JSON.parse(await a.ledger.exportJson()) as Record<string, Array<Record<string, unknown>>>;
    const [left, ...kept] = file.conversations!;
    const check = new ImportCheck();
    kept.forEach((r, i) => check.record('conversations', r, i));
    file.commitments!.forEach((r, i) => check.record('commitments', r, i));
    file.history!.forEach((r, i) => check.record('history', r, i));
    expect(check.problems.list).toEqual([]);
    const first = file.commitments!.findIndex((c) => c.conversationId === left!.id);
    expect([...check.unresolved().conversations]).toEqual([[left!.id, `commitments[${first}].conversationId`]]);
    expect(check.unresolved().commitments.size).toBe(0);
  });
});

describe('ExportReader', () => {
  it('keeps no record once handed out (each section array is empty when it closes), indexes kept', () => {
    const seen: Array<[string, number]> = [];
    const reader = new ExportReader((section, _record, index) => void seen.push([section, index]));
    reader.write('{"format":"commitment-keeper","version":2,"exportedAt":1,"conversations":[{"id":"a"},{"id":"b"}],');
    reader.write('"commitments":[' + Array.from({ length: 50 }, (_, i) => JSON.stringify({ id: `c${i}` })).join(',') + '],"history":[]}');
    reader.end();
    expect(reader.held).toBe(0);
    expect(seen.filter(([s]) => s === 'commitments').map(([, i]) => i)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect([...reader.seenSections].sort()).toEqual(['commitments', 'conversations', 'history']);
  });

  it('hands out every record whatever the cut of the pieces', () => {
    const text = JSON.stringify({
      format: 'commitment-keeper',
      version: 1,
      exportedAt: 5,
      conversations: [{ id: 'a:1' }],
      commitments: [{ id: 'x', n: [1, 2] }, { id: 'y' }],
      history: [],
    });
    for (const size of [1, 3, 7, 1000]) {
      const got: string[] = [];
      const reader = new ExportReader((section, record, i) => got.push(`${section}[${i}]=${JSON.stringify(record)}`));
      for (let i = 0; i < text.length; i += size) reader.write(text.slice(i, i + size));
      reader.end();
      expect(got).toEqual(['conversations[0]={"id":"a:1"}', 'commitments[0]={"id":"x","n":[1,2]}', 'commitments[1]={"id":"y"}']);
      expect(reader.header).toEqual({ format: 'commitment-keeper', version: 1, exportedAt: 5 });
      expect([...reader.seenSections].sort()).toEqual(['commitments', 'conversations', 'history']);
    }
  });
});

describe('Batcher', () => {
  it('reads the next batch while one is written, sends one at a time and in order, and drain waits for all', async () => {
    const sent: number[][] = [];
    const answers: Array<() => void> = [];
    const batcher = new Batcher(
      (batch) =>
        new Promise<void>((resolve) => {
          sent.push(batch.records as number[]);
          answers.push(resolve);
        }),
      3,
    );
    for (const n of [1, 2, 3]) await batcher.add('commitments', n);
    expect(sent).toEqual([[1, 2, 3]]);
    // Batch 1 unanswered: the next records are taken all the same (the page goes on parsing)…
    for (const n of [4, 5]) await batcher.add('commitments', n);
    // …and batch 2 waits for batch 1's answer before it is sent.
    const adding = batcher.add('commitments', 6);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(sent).toHaveLength(1);
    answers[0]!();
    await adding;
    expect(sent).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    let drained = false;
    const draining = batcher.drain().then(() => (drained = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(drained).toBe(false);
    answers[1]!();
    await draining;
  });

  it('a failed batch stops the import at the next batch or at drain', async () => {
    const batcher = new Batcher(() => Promise.reject(new Error('storage full')), 2);
    await batcher.add('history', 1);
    await batcher.add('history', 2);
    await batcher.add('history', 3);
    await expect(batcher.drain()).rejects.toThrow('storage full');
  });
});
