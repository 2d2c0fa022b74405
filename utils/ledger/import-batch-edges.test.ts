// A streamed import's batches merged record by record, exactly: a conversation or commitment the file
// has newer (or as new: the file wins a tie) replaces the ledger's, one the ledger has newer or the
// same is kept; a replaced conversation's open commitments are found by its new subject; history
// already there is never written twice, a taken id never overwritten; a batch sent again (a lost
// reply retried) changes nothing; a reference to nothing writes nothing and names it.
import { describe, expect, it } from 'vitest';
import type { LedgerError } from './errors';
import { SlicePacer } from './pacing';
import { conv, DAY, freshDb, harness, newCommitment, T0, TestLedger } from './test-helpers';
import type { LedgerChange, LedgerExport } from './types';

/** Two conversations, three commitments (one done), their history; exported. */
async function source(): Promise<LedgerExport> {
  const h = harness();
  await h.ledger.addCommitment({
    ...newCommitment('send the invoice', { dueAt: T0 + DAY, conversation: conv('A-1', { subject: 'Pallet order' }) }),
    id: 'c-a',
  });
  h.clock.now += 1;
  await h.ledger.addCommitment({ ...newCommitment('call the carrier', { dueAt: null, conversation: conv('A-1') }), id: 'c-b' });
  h.clock.now += 1;
  await h.ledger.addCommitment({ ...newCommitment('share the form', { dueAt: T0 + 2 * DAY, conversation: conv('B-1') }), id: 'c-c' });
  await h.ledger.complete('c-c');
  return JSON.parse(await h.ledger.exportJson()) as LedgerExport;
}

/** A ledger that imported the file batch by batch, in chunks of two records (several per batch). */
async function imported(file: LedgerExport) {
  const changes: LedgerChange[] = [];
  const clock = { now: T0 + 10 * DAY };
  const ledger = new TestLedger(freshDb(), () => clock.now, { onChange: (c) => changes.push(c), importPacer: new SlicePacer(2, 2, 2) });
  for (const section of ['conversations', 'commitments', 'history'] as const) await ledger.importBatch({ section, records: file[section] });
  return { ledger, changes, clock };
}

describe('importBatch merges by id', () => {
  it('writes a whole file batch by batch as it was, and a batch sent again changes nothing', async () => {
    const file = await source();
    const { ledger } = await imported(file);
    expect(JSON.parse(await ledger.exportJson())).toMatchObject({
      conversations: file.conversations,
      commitments: file.commitments,
      history: file.history,
    });
    for (const section of ['conversations', 'commitments', 'history'] as const) {
      const again = await ledger.importBatch({ section, records: file[section] });
      expect(again[section]).toEqual({ added: 0, updated: 0, kept: file[section].length });
    }
    expect((await ledger.history('c-a')).length).toBe(file.history.filter((e) => e.commitmentId === 'c-a').length);
    // Imported open commitments are found by deadline and by word; the done one is not open.
    expect((await ledger.listOpenDueBefore(T0 + 30 * DAY)).map((c) => c.id)).toEqual(['c-a']);
    expect((await ledger.search('carrier')).map((r) => r.commitment.id)).toEqual(['c-b']);
    expect(await ledger.search('form')).toEqual([]);
  });

  it('conversations: newer or as new in the file replace (open commitments found by the new subject), older or the same are kept', async () => {
    const file = await source();
    const { ledger } = await imported(file);
    const [a, b] = file.conversations;
    const summary = await ledger.importBatch({
      section: 'conversations',
      records: [
        { ...a!, subject: 'Freight quote', customerEmail: 'Buyer@Example.COM', updatedAt: a!.updatedAt + 1 },
        { ...b!, subject: 'Older copy', updatedAt: b!.updatedAt - 1 },
        { ...b!, id: 'zendesk|https://acme.zendesk.com|C-1', key: 'C-1', url: 'https://acme.zendesk.com/agent/tickets/C-1' },
      ],
    });
    expect(summary.conversations).toEqual({ added: 1, updated: 1, kept: 1 });
    expect(await ledger.getConversation(a!.id)).toMatchObject({ subject: 'Freight quote', customerEmail: 'buyer@example.com' });
    // A conversation without an email is written without the field.
    expect(Object.keys((await ledger.getConversation('zendesk|https://acme.zendesk.com|C-1'))!)).not.toContain('customerEmail');
    expect((await ledger.getConversation(b!.id))?.subject).toBe(b!.subject);
    expect((await ledger.search('freight')).map((r) => r.commitment.id).sort()).toEqual(['c-a', 'c-b']);
    expect(await ledger.search('pallet')).toEqual([]);

    // The same time as the ledger's, other words: the file wins the tie.
    const tie = await ledger.importBatch({ section: 'conversations', records: [{ ...b!, subject: 'Same time' }] });
    expect(tie.conversations).toEqual({ added: 0, updated: 1, kept: 0 });
    expect((await ledger.getConversation(b!.id))?.subject).toBe('Same time');
  });

  it('commitments: the file wins a tie and a newer copy (noted as imported), an older copy is kept', async () => {
    const file = await source();
    const { ledger, clock } = await imported(file);
    const byId = new Map(file.commitments.map((c) => [c.id, c]));
    const a = byId.get('c-a')!;
    const b = byId.get('c-b')!;
    const c = byId.get('c-c')!;
    const historyBefore = (await ledger.history('c-b')).length;
    const summary = await ledger.importBatch({
      section: 'commitments',
      records: [
        { ...a, action: 'send the corrected invoice', updatedAt: a.updatedAt },
        { ...b, action: 'older words', updatedAt: b.updatedAt - 1 },
        { ...b, id: 'c-new', action: 'a new one' },
        { ...c, text: 'share the signed form', revision: 5, updatedAt: c.updatedAt + 1 },
      ],
    });
    expect(summary.commitments).toEqual({ added: 1, updated: 2, kept: 1 });
    // A newer time and revision are not noted as changes; the file's revision, ahead, is kept.
    expect(await ledger.getCommitment('c-c')).toMatchObject({ text: 'share the signed form', revision: 5 });
    expect((await ledger.history('c-c')).at(-1)!.changes).toEqual({ text: { from: c.text, to: 'share the signed form' } });
    expect(await ledger.getCommitment('c-a')).toMatchObject({ action: 'send the corrected invoice', revision: 2 });
    expect((await ledger.getCommitment('c-b'))?.action).toBe('call the carrier');
    expect((await ledger.history('c-b')).length).toBe(historyBefore);
    const note = (await ledger.history('c-a')).at(-1)!;
    expect(note).toMatchObject({ kind: 'imported', at: clock.now, conversationId: a.conversationId });
    expect(note.changes).toEqual({ action: { from: 'send the invoice', to: 'send the corrected invoice' } });
    expect((await ledger.history('c-new')).length).toBe(0);
    expect((await ledger.search('corrected')).map((r) => r.commitment.id)).toEqual(['c-a']);
  });

  it('history: an entry already there (under any id) or twice in the batch is written once; a taken id is never overwritten', async () => {
    const file = await source();
    const { ledger } = await imported(file);
    const first = file.history[0]!;
    const taken = file.history.at(-1)!;
    const before = (await ledger.history(first.commitmentId)).length;
    const fresh = { ...first, at: first.at + 5, kind: 'edited' as const, changes: { text: { from: 'x', to: 'y' } } };
    const summary = await ledger.importBatch({
      section: 'history',
      records: [
        { ...first, id: 999 }, // its content is there: kept
        { ...fresh, id: taken.id }, // another entry holds this id: written with a new one
        { ...fresh, id: taken.id }, // the same again in the batch: once
        { ...fresh, at: first.at + 6, id: 500 }, // a free id: kept
      ],
    });
    expect(summary.history).toEqual({ added: 2, updated: 0, kept: 2 });
    const after = await ledger.history(first.commitmentId);
    expect(after.length).toBe(before + 2);
    expect(after.find((e) => e.at === first.at + 6)?.id).toBe(500);
    const moved = after.find((e) => e.at === first.at + 5)!;
    expect(moved.id).not.toBe(taken.id);
    expect(moved.id).toBeGreaterThan(500);
    // The entry that held the id is as it was.
    expect((await ledger.history(taken.commitmentId)).find((e) => e.id === taken.id)).toEqual(taken);
  });

  it('history without an id is given one after the ids kept, even when it comes first and in a chunk of its own', async () => {
    const file = await source();
    const ledger = new TestLedger(freshDb(), () => T0, { importPacer: new SlicePacer(1, 1, 1) });
    for (const section of ['conversations', 'commitments', 'history'] as const)
      await ledger.importBatch({ section, records: file[section] });
    const first = file.history[0]!;
    const top = Math.max(...file.history.map((e) => e.id!));
    const { id: _none, ...idless } = { ...first, at: first.at + 7, kind: 'edited' as const, changes: { text: { from: 'a', to: 'b' } } };
    const next = { ...first, at: first.at + 8, kind: 'edited' as const, changes: { text: { from: 'b', to: 'c' } }, id: top + 1 };
    const summary = await ledger.importBatch({ section: 'history', records: [idless, next] });
    expect(summary.history).toEqual({ added: 2, updated: 0, kept: 0 });
    const after = await ledger.history(first.commitmentId);
    expect(after.find((e) => e.at === first.at + 8)?.id).toBe(top + 1);
    expect(after.find((e) => e.at === first.at + 7)?.id).toBe(top + 2);
  });

  it('refuses a batch whose references are nowhere, naming each, and writes none of it', async () => {
    const file = await source();
    const { ledger } = await imported(file);
    const c = file.commitments[0]!;
    const err = (await ledger
      .importBatch({
        section: 'commitments',
        records: [
          { ...c, id: 'c-x' },
          { ...c, id: 'c-y', conversationId: 'zendesk|https://acme.zendesk.com|Z-9' },
        ],
      })
      .catch((e: unknown) => e)) as LedgerError;
    expect(err).toMatchObject({ code: 'invalid-import' });
    expect(err.problems).toEqual([
      'commitments.conversationId: no conversation "zendesk|https://acme.zendesk.com|Z-9" in the file or the ledger',
    ]);
    expect(await ledger.getCommitment('c-x')).toBeNull();
    const h = file.history[0]!;
    const herr = (await ledger
      .importBatch({
        section: 'history',
        records: [
          { ...h, id: 700, at: h.at + 1 },
          { ...h, id: 701, commitmentId: 'gone' },
        ],
      })
      .catch((e: unknown) => e)) as LedgerError;
    expect(herr.problems).toEqual(['history.commitmentId: no commitment "gone" in the file or the ledger']);
    expect((await ledger.history(h.commitmentId)).some((e) => e.id === 700)).toBe(false);
  });

  it("refuses a batch with a bad record at its path, and the import's end names the batches' conversations once", async () => {
    const file = await source();
    const { ledger, changes } = await imported(file);
    const c = file.commitments[0]!;
    const err = (await ledger
      .importBatch({ section: 'commitments', records: [c, { ...c, id: 'c-z', status: 'maybe' }] })
      .catch((e: unknown) => e)) as LedgerError;
    expect(err).toMatchObject({ code: 'invalid-import' });
    expect(err.problems[0]).toMatch(/^commitments\[1\]\.status: /);
    expect(await ledger.getCommitment('c-z')).toBeNull();
    expect(changes).toEqual([]);
    await ledger.importFinished([]);
    expect(changes).toHaveLength(1);
    expect([...changes[0]!.conversationIds].sort()).toEqual(file.conversations.map((x) => x.id).sort());
  });
});
