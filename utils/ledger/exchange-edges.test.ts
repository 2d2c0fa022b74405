// Export and import at their edges: the chunked export's size bounds and a cursor it never gave,
// a batch that is no batch, the end of an import with bad ids, the ids a streamed import leaves to
// the ledger, the CSV's order and the calendar's open deadlines only, a replaced record's revision
// and its `imported` note.
import { describe, expect, it } from 'vitest';
import type { LedgerError } from './errors';
import type { ExportCursor } from './stream';
import { conv, DAY, harness, newCommitment, said, T0 } from './test-helpers';
import type { LedgerExport } from './types';

async function chunks(ledger: ReturnType<typeof harness>['ledger'], maxChars: number): Promise<string[]> {
  const pieces: string[] = [];
  let cursor: ExportCursor | null = null;
  do {
    const { text, next }: { text: string; next: ExportCursor | null } = await ledger.exportChunk(cursor, maxChars);
    pieces.push(text);
    cursor = next;
  } while (cursor && pieces.length < 1_000);
  return pieces;
}

/** A ledger of three commitments in two conversations, one of them done. */
async function small() {
  const h = harness();
  const a = await h.ledger.addCommitment({
    ...newCommitment('send the invoice', { dueAt: T0 + DAY, conversation: conv('A-1') }),
    id: 'c-a',
  });
  h.clock.now += 1;
  const b = await h.ledger.addCommitment({ ...newCommitment('call the carrier', { dueAt: null, conversation: conv('A-1') }), id: 'c-b' });
  h.clock.now += 1;
  const c = await h.ledger.addCommitment({
    ...newCommitment('share the form', { dueAt: T0 + 2 * DAY, conversation: conv('B-1') }),
    id: 'c-c',
  });
  await h.ledger.complete(c.id);
  return { ...h, a, b, c };
}

describe('exportChunk sizes', () => {
  it('a size of 0 or not a number means the default (4 MB): one chunk holds a small ledger', async () => {
    const { ledger } = await small();
    for (const size of [0, Number.NaN]) {
      const pieces = await chunks(ledger, size);
      expect(pieces).toHaveLength(1);
      expect(JSON.parse(pieces[0]!)).toMatchObject({ format: 'commitment-keeper', version: 2 });
    }
  });

  it('a size below one is one character: the header alone, then one record a chunk', async () => {
    const { ledger } = await small();
    const pieces = await chunks(ledger, -5);
    expect(pieces[0]).toBe(`{"format":"commitment-keeper","version":2,"exportedAt":${T0 + 2},\n"conversations":[`);
    // 2 conversations, 3 commitments and their history, one record a chunk; the file is whole.
    const file = JSON.parse(pieces.join('')) as LedgerExport;
    expect(file.conversations).toHaveLength(2);
    expect(file.commitments.map((c) => c.id)).toEqual(['c-a', 'c-b', 'c-c']);
    // The same file as exportJson writes (commitments without their index fields), one record a line.
    expect(file).toEqual(JSON.parse(await ledger.exportJson()));
    expect(pieces.join('')).toContain('"commitments":[\n{"id":"c-a"');
    const records = file.conversations.length + file.commitments.length + file.history.length;
    expect(pieces.length).toBeGreaterThanOrEqual(records);
  });

  it('a fractional size is taken whole, down (300.9 is 300: one record read a page, not two)', async () => {
    const { ledger } = await small();
    expect(await chunks(ledger, 300.9)).toEqual(await chunks(ledger, 300));
    expect(await chunks(ledger, 300.9)).not.toEqual(await chunks(ledger, 301));
  });

  it('refuses a cursor it never gave (no such section), saying so', async () => {
    const { ledger } = await small();
    const bad = { exportedAt: T0, section: 'settings', after: null, written: 0 } as unknown as ExportCursor;
    const err = (await ledger.exportChunk(bad).catch((e: unknown) => e)) as LedgerError;
    expect(err).toMatchObject({ name: 'LedgerError', code: 'invalid-input' });
    expect(said(err)).toBe("Could not export the ledger: the export's position is not one it gave.");
  });

  it('a cursor handed back goes on after its last key, with a comma, in its section', async () => {
    const { ledger } = await small();
    const next = await ledger.exportChunk({ exportedAt: T0, section: 'commitments', after: 'c-a', written: 1 }, 10);
    expect(next.text.startsWith(',\n{"id":"c-b"')).toBe(true);
  });
});

describe('importBatch refuses what is no batch', () => {
  it.each([
    ['not an object', 'commitments'],
    ['another section', { section: 'settings', records: [] }],
    ['records that are no list', { section: 'commitments', records: { 0: {} } }],
    ['no records', { section: 'history' }],
  ])('%s', async (_what, batch) => {
    const { ledger } = harness();
    const err = (await ledger.importBatch(batch as never).catch((e: unknown) => e)) as LedgerError;
    expect(err).toMatchObject({ name: 'LedgerError', code: 'invalid-import' });
    expect(said(err)).toBe('Could not import a part of the file: it is not a section of an export with its records.');
  });
});

describe('importFinished', () => {
  it('refuses ids that are not a list of strings, and tells nobody', async () => {
    const h = harness();
    const err = (await h.ledger.importFinished([1] as unknown as string[]).catch((e: unknown) => e)) as LedgerError;
    expect(err).toMatchObject({ name: 'LedgerError', code: 'invalid-input' });
    expect(said(err)).toMatch(/^Could not finish the import/);
    expect(h.changes).toEqual([]);
  });

  it('tells the listeners once, with the ids given', async () => {
    const h = harness();
    await h.ledger.importFinished(['x|y|1']);
    expect(h.changes).toEqual([{ kind: 'import', conversationIds: ['x|y|1'], commitmentIds: [] }]);
  });
});

describe('missingIds', () => {
  it('answers the ids the ledger does not hold, in the order asked', async () => {
    const { ledger } = await small();
    const file = JSON.parse(await ledger.exportJson()) as LedgerExport;
    const held = file.conversations[0]!.id;
    expect(await ledger.missingIds({ conversations: ['nope-2', held, 'nope-1'], commitments: ['c-b', 'gone', 'c-a'] })).toEqual({
      conversations: ['nope-2', 'nope-1'],
      commitments: ['gone'],
    });
  });
});

describe('exportCsv and exportIcs', () => {
  it('the CSV lists live commitments by creation, ties by id; the deleted one is left out', async () => {
    const h = harness();
    for (const id of ['c-3', 'c-1', 'c-2']) await h.ledger.addCommitment({ ...newCommitment(`promise ${id}`, { dueAt: T0 + DAY }), id });
    h.clock.now += 1;
    await h.ledger.addCommitment({ ...newCommitment('promise c-0', { dueAt: T0 + DAY }), id: 'c-0' });
    await h.ledger.addCommitment({ ...newCommitment('promise gone', { dueAt: T0 + DAY }), id: 'c-gone' });
    await h.ledger.remove('c-gone');
    const csv = await h.ledger.exportCsv();
    const order = ['c-1', 'c-2', 'c-3', 'c-0'].map((id) => csv.indexOf(`promise ${id}`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    expect(csv).not.toContain('promise gone');
  });

  it('the calendar holds the open commitments with a deadline only', async () => {
    const { ledger } = await small();
    const ics = await ledger.exportIcs();
    expect(ics).toContain('send the invoice');
    expect(ics).not.toContain('call the carrier'); // no deadline
    expect(ics).not.toContain('share the form'); // done
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });
});

describe('a commitment replaced by an import', () => {
  it("moves past the ledger's revision and notes what changed, with null for a field one side lacks", async () => {
    const src = await small();
    const dst = harness();
    await dst.ledger.importJson(await src.ledger.exportJson());
    // The ledger's copy moves on three revisions; the file's newer copy is at revision 2.
    dst.clock.now = T0 + 10;
    await dst.ledger.updateCommitment('c-a', { reason: 'so the order ships' });
    await dst.ledger.updateCommitment('c-a', { reason: 'so it ships' });
    const file = JSON.parse(await src.ledger.exportJson()) as LedgerExport;
    const newer = file.commitments.map((c) =>
      c.id === 'c-a' ? { ...c, action: 'send the corrected invoice', writtenBy: 'agent' as const, updatedAt: T0 + 100 } : c,
    );
    const ledgerRevision = (await dst.ledger.getCommitment('c-a'))!.revision;
    expect(ledgerRevision).toBe(3);
    await dst.ledger.importJson(JSON.stringify({ ...file, commitments: newer }));
    const after = (await dst.ledger.getCommitment('c-a'))!;
    expect(after).toMatchObject({ action: 'send the corrected invoice', reason: null, writtenBy: 'agent', revision: 4 });
    const note = (await dst.ledger.history('c-a')).at(-1)!;
    expect(note).toMatchObject({ kind: 'imported', at: dst.clock.now });
    expect(note.changes).toEqual({
      action: { from: 'send the invoice', to: 'send the corrected invoice' },
      reason: { from: 'so it ships', to: null },
      // A field the ledger's copy did not have: from null, not undefined (which JSON would drop).
      writtenBy: { from: null, to: 'agent' },
    });
  });

  it("keeps the file's revision when it is ahead of the ledger's", async () => {
    const src = await small();
    const dst = harness();
    await dst.ledger.importJson(await src.ledger.exportJson());
    const file = JSON.parse(await src.ledger.exportJson()) as LedgerExport;
    const newer = file.commitments.map((c) => (c.id === 'c-a' ? { ...c, action: 'v9', revision: 9, updatedAt: T0 + 100 } : c));
    await dst.ledger.importJson(JSON.stringify({ ...file, commitments: newer }));
    expect((await dst.ledger.getCommitment('c-a'))!.revision).toBe(9);
  });
});

describe('importJson: references left to the ledger, and its event', () => {
  it('takes conversations and commitments the ledger holds though the file does not', async () => {
    const h = await small();
    const file = JSON.parse(await h.ledger.exportJson()) as LedgerExport;
    const partial = { ...file, conversations: [], commitments: file.commitments.filter((c) => c.id !== 'c-b') };
    const summary = await h.ledger.importJson(JSON.stringify(partial));
    expect(summary.commitments).toEqual({ added: 0, updated: 0, kept: 2 });
    expect(summary.history.kept).toBe(file.history.length);
  });

  it('refuses a history entry whose commitment is in neither, naming it', async () => {
    const { ledger } = await small();
    const file = JSON.parse(await ledger.exportJson()) as LedgerExport;
    const bad = { ...file, history: file.history.map((e, i) => (i === 1 ? { ...e, commitmentId: 'nowhere' } : e)) };
    const err = (await harness()
      .ledger.importJson(JSON.stringify(bad))
      .catch((e: unknown) => e)) as LedgerError;
    expect(err.problems).toEqual(['history[1].commitmentId: no commitment "nowhere" in the file or the ledger']);
  });

  it("tells the listeners the file's conversations and commitments", async () => {
    const src = await small();
    const file = JSON.parse(await src.ledger.exportJson()) as LedgerExport;
    const dst = harness();
    await dst.ledger.importJson(JSON.stringify(file));
    expect(dst.changes).toEqual([
      { kind: 'import', conversationIds: file.conversations.map((c) => c.id), commitmentIds: ['c-a', 'c-b', 'c-c'] },
    ]);
  });
});

describe("importJson's words for a file it cannot read", () => {
  const header = { format: 'commitment-keeper', version: 2, exportedAt: 0, conversations: [], commitments: [], history: [] };
  const refused = async (file: unknown) =>
    (await harness()
      .ledger.importJson(typeof file === 'string' ? file : JSON.stringify(file))
      .catch((e: unknown) => e)) as LedgerError;

  it.each<[string, Record<string, unknown>, string]>([
    ['no format', { ...header, format: undefined }, 'format: expected "commitment-keeper", got nothing'],
    ['version 0', { ...header, version: 0 }, 'version: expected a positive integer, got 0'],
    ['a version in words', { ...header, version: '2' }, 'version: expected a positive integer, got "2"'],
    ['a fractional version', { ...header, version: 1.5 }, 'version: expected a positive integer, got 1.5'],
    ['no version', { ...header, version: undefined }, 'version: expected a positive integer, got nothing'],
    ['an exportedAt in words', { ...header, exportedAt: 'today' }, 'exportedAt: expected number, got string'],
    ['a section that is no list', { ...header, commitments: { a: 1 } }, 'commitments: expected array, got object'],
  ])('%s', async (_what, file, problem) => {
    const err = await refused(file);
    expect(err).toMatchObject({ name: 'LedgerError', code: 'invalid-import' });
    expect(err.problems).toEqual([problem]);
  });

  it('says why it is not JSON, and which version a newer file is', async () => {
    const notJson = await refused('{"format":');
    expect(said(notJson)).toMatch(/^This file is not JSON, so nothing was imported \(.+\)\.$/);
    const newer = await refused({ ...header, version: 7 });
    expect(said(newer)).toMatch(/\(format version 7; this one reads up to 2\)/);
  });
});
