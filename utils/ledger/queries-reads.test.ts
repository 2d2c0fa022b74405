// The ledger's reads beyond their happy path: what each says when the database is closed (its action,
// and the words of a read, never "nothing was saved"), a commitment whose conversation record is gone,
// an empty query, a word that matches exactly as many as the search probes and more, ties in the
// sparse search, the warm-up's questions, a kept overview on an empty ledger, the exact-count cap,
// the page size of the dense search, a refused zone or customer key in the agent's words.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commitmentRecord } from '../../tests/support/records';
import { ledgerContext } from './context';
import type { StoredCommitment } from './db';
import type { LedgerError } from './errors';
import { firstByDeadline, warmPopupReads } from './queries';
import { conv, DAY, freshDb, harness, HOUR, newCommitment, T0, type TestLedger } from './test-helpers';
import { openWordsOf } from './word-index';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a read of a closed database says which read failed, in the words of a read', () => {
  it.each<[string, (l: TestLedger) => Promise<unknown>, string]>([
    ['listSnoozedOpen', (l) => l.listSnoozedOpen(T0), 'readCommitments'],
    ['listUndatedOpen', (l) => l.listUndatedOpen(), 'readCommitments'],
    ['getConversation', (l) => l.getConversation('x'), 'readConversation'],
    ['getConversations', (l) => l.getConversations(['x']), 'readConversations'],
    ['getCommitment', (l) => l.getCommitment('x'), 'readCommitment'],
    ['listByConversation', (l) => l.listByConversation('x'), 'readConversationCommitments'],
    ['listUpcoming', (l) => l.listUpcoming(T0, 1), 'readCommitments'],
    ['openIdsDueBefore', (l) => l.openIdsDueBefore(T0, 5), 'countCommitments'],
    ['badgeCounts', (l) => l.badgeCounts(T0, HOUR), 'countCommitments'],
    ['popupOverview', (l) => l.popupOverview(T0, 'UTC'), 'readCommitments'],
    ['search', (l) => l.search('form'), 'searchCommitments'],
    ['trackRecordForCustomer', (l) => l.trackRecordForCustomer('dana@example.com'), 'computeTrackRecord'],
  ])('%s', async (_name, read, action) => {
    const { db, ledger } = harness();
    await ledger.addCommitment(newCommitment('send the form'));
    db.close({ disableAutoOpen: true });
    const err = (await read(ledger).catch((e: unknown) => e)) as LedgerError;
    expect(err).toMatchObject({ code: 'closed', words: { message: 'closedRead', action } });
  });
});

describe('getConversations', () => {
  it('the conversations in the order asked, null for an id with none', async () => {
    const { ledger } = harness();
    const a = await ledger.upsertConversation(conv('T-1'));
    const b = await ledger.upsertConversation(conv('T-2'));
    expect(await ledger.getConversations([b.id, 'nope', a.id])).toEqual([b, null, a]);
    expect(await ledger.getConversations([])).toEqual([]);
  });
});

describe('a commitment whose conversation record is gone (a partial import, an older ledger)', () => {
  it('is still listed, without a conversation, by the undated list, the overview and search', async () => {
    const { db, ledger } = harness();
    const undated = await ledger.addCommitment(newCommitment('call back', { conversation: conv('T-1') }));
    const dated = await ledger.addCommitment(newCommitment('send the form', { dueAt: T0 + HOUR, conversation: conv('T-2') }));
    const kept = await ledger.addCommitment(newCommitment('send the invoice', { dueAt: T0 + 2 * HOUR, conversation: conv('T-3') }));
    await db.conversations.bulkDelete([undated.conversationId, dated.conversationId]);
    const u = await ledger.listUndatedOpen();
    expect([u.items.map((c) => c.id), u.conversations]).toEqual([[undated.id], []]);
    const o = await ledger.popupOverview(T0, 'UTC');
    expect(o.today.items.map((c) => c.id)).toEqual([dated.id, kept.id]);
    expect(o.conversations.map((c) => c.id)).toEqual([kept.conversationId]);
    const found = await ledger.search('send');
    expect(found.map((h) => [h.commitment.id, h.conversation?.id ?? null])).toEqual([
      [dated.id, null],
      [kept.id, kept.conversationId],
    ]);
  });
});

/** Commitments written straight to the store with their index keys, as the ledger keeps them. */
function stored(id: string, dueAt: number | null, action: string, over: Partial<StoredCommitment> = {}): StoredCommitment {
  const c = commitmentRecord(id, { action, text: action, dueAt, vague: dueAt === null, revision: 1, ...over });
  const words = openWordsOf(c, undefined);
  return { ...c, openDueAt: c.status === 'open' ? (dueAt ?? Number.MAX_SAFE_INTEGER) : undefined, ...(words ? { openWords: words } : {}) };
}

describe('search: which records it reads', () => {
  it('an empty query lists open commitments by deadline, never by id, never a closed one', async () => {
    const db = freshDb();
    await db.commitments.bulkPut([
      stored('a-done', T0, 'send the form', { status: 'done', doneAt: T0 }),
      stored('b-late', T0 + 2 * DAY, 'send the form'),
      stored('c-soon', T0 + DAY, 'send the form'),
      stored('d-none', null, 'send the form'),
    ]);
    const { ledger } = harness(db);
    expect((await ledger.search('   ')).map((h) => h.commitment.id)).toEqual(['c-soon', 'b-late', 'd-none']);
    expect((await ledger.search('', 2)).map((h) => h.commitment.id)).toEqual(['c-soon', 'b-late']);
  });

  it('with several words, the rarest word picks the candidates and every word must match', async () => {
    const { ledger } = harness();
    const both = await ledger.addCommitment(newCommitment('send the pallet invoice', { dueAt: T0 + 2 * DAY }));
    await ledger.addCommitment(newCommitment('check the pallet', { dueAt: T0 + DAY }));
    for (const i of [1, 2, 3]) await ledger.addCommitment(newCommitment(`send invoice ${i}`, { dueAt: T0 + i * HOUR }));
    expect((await ledger.search('pallet invoice')).map((h) => h.commitment.id)).toEqual([both.id]);
    expect((await ledger.search('invoice pallet')).map((h) => h.commitment.id)).toEqual([both.id]);
  });

  it('ties of deadline among few matches come by id, whichever word matched first', async () => {
    const db = freshDb();
    // The prefix "pa" meets "pallet" (c3), "parcel" (c1) and "passport" (c2): index order c3, c1, c2.
    await db.commitments.bulkPut([
      stored('c3', T0 + DAY, 'ship the pallet'),
      stored('c1', T0 + DAY, 'ship the parcel'),
      stored('c2', T0 + DAY, 'ship the passport'),
      stored('c0', T0 + 2 * DAY, 'ship the pass'),
    ]);
    const { ledger } = harness(db);
    expect((await ledger.search('pa')).map((h) => h.commitment.id)).toEqual(['c1', 'c2', 'c3', 'c0']);
  });

  it('a long run of deadline ties, found in a shuffled id order, still comes by id', async () => {
    const db = freshDb();
    // "pa00" belongs to r-000, "pa37" to r-001, "pa74" to r-002, …: the word index hands them over shuffled.
    const ids = Array.from({ length: 100 }, (_, i) => `r-${String(i).padStart(3, '0')}`);
    await db.commitments.bulkPut(ids.map((id, i) => stored(id, T0 + DAY, `ship the pa${String((i * 37) % 100).padStart(2, '0')}`)));
    const { ledger } = harness(db);
    expect((await ledger.search('pa', 100)).map((h) => h.commitment.id)).toEqual(ids);
  });

  it('reads only the candidates of the rarest word', async () => {
    const { db, ledger } = harness();
    const rare = await ledger.addCommitment(newCommitment('send the pallet invoice', { dueAt: T0 + DAY }));
    for (const i of [1, 2, 3]) await ledger.addCommitment(newCommitment(`send invoice ${i}`, { dueAt: T0 + i * HOUR }));
    const reads = vi.spyOn(db.commitments, 'bulkGet');
    expect((await ledger.search('invoice pallet')).map((h) => h.commitment.id)).toEqual([rare.id]);
    expect(reads.mock.calls[0]![0]).toEqual([rare.id]);
  });

  it('a word with exactly as many matches as the probe takes loses none of them', async () => {
    const db = freshDb();
    const n = 1000;
    await db.commitments.bulkPut(
      Array.from({ length: n }, (_, i) => stored(`c-${String(i).padStart(4, '0')}`, T0 + i, 'send the customs form')),
    );
    const { ledger } = harness(db);
    const found = await ledger.search('customs', n);
    expect(found).toHaveLength(n);
    expect(found.at(-1)!.commitment.id).toBe('c-0999');
  }, 60_000);

  it('a word with more matches than the probe takes walks the deadline index: the earliest is found even when its id sorts last', async () => {
    const db = freshDb();
    // 1,005 matches of "customs" (over the 1,000 a probe takes); the earliest deadline has the last id.
    await db.commitments.bulkPut(
      Array.from({ length: 1005 }, (_, i) => stored(`c-${String(i).padStart(4, '0')}`, T0 + (1005 - i) * 60_000, 'send the customs form')),
    );
    const { ledger } = harness(db);
    expect((await ledger.search('customs', 2)).map((h) => h.commitment.id)).toEqual(['c-1004', 'c-1003']);
  }, 60_000);
});

describe('firstByDeadline: the page it reads', () => {
  it('twice the limit, at least 64 records a page', async () => {
    const db = freshDb();
    await db.commitments.bulkPut(Array.from({ length: 200 }, (_, i) => stored(`c-${String(i).padStart(3, '0')}`, T0 + i, 'send it')));
    const ctx = ledgerContext(db, () => T0);
    const limits = vi.spyOn(db.Collection.prototype, 'limit');
    expect(await firstByDeadline(ctx, () => true, 40)).toHaveLength(40);
    expect(limits.mock.calls.map(([n]) => n)).toEqual([80]);
    limits.mockClear();
    expect(await firstByDeadline(ctx, () => true, 10)).toHaveLength(10);
    expect(limits.mock.calls.map(([n]) => n)).toEqual([64]);
  });
});

describe('warmPopupReads', () => {
  it('reads the undated list only until a popup asked for the overview; then that zone too', async () => {
    const { db, ledger, clock } = harness();
    await ledger.addCommitment(newCommitment('send the form', { dueAt: T0 + HOUR }));
    const ctx = ledgerContext(db, () => clock.now);
    const overview = vi.spyOn(db.keptAnswers, 'overview');
    const undated = vi.spyOn(db.keptAnswers, 'undated');
    await expect(warmPopupReads(ctx, 20, 99)).resolves.toBeUndefined();
    expect(overview).not.toHaveBeenCalled();
    expect(undated.mock.calls.map(([q]) => q)).toEqual([[20, 99]]);
    await ledger.popupOverview(T0, 'Asia/Tokyo', 20, 99);
    overview.mockClear();
    await warmPopupReads(ctx, 20, 99);
    expect(overview.mock.calls.map(([q]) => q)).toEqual([['Asia/Tokyo', 20, 99]]);
  });
});

describe('kept answers on an empty ledger', () => {
  it('an overview and badge counts asked again with no write and no deadline read nothing again', async () => {
    const { db, ledger } = harness();
    await ledger.popupOverview(T0, 'UTC');
    await ledger.badgeCounts(T0, HOUR);
    const reads = vi.spyOn(db.commitments, 'where');
    expect((await ledger.popupOverview(T0 + 1, 'UTC')).later).toEqual({ count: 0, capped: false });
    expect(await ledger.badgeCounts(T0 + 1, HOUR)).toEqual({ overdue: 0, dueSoon: 0 });
    expect(reads).not.toHaveBeenCalled();
  });
});

describe('counts', () => {
  it('a cap of exactly 2^31 counts natively, a cap below reads at most cap + 1 keys', async () => {
    const { db, ledger } = harness();
    await ledger.addCommitment(newCommitment('send the form', { dueAt: T0 - 1 }));
    const count = vi.spyOn(db.Collection.prototype, 'count');
    expect((await ledger.popupOverview(T0, 'UTC', 5, 2 ** 31)).overdue).toMatchObject({ count: 1, capped: false });
    expect(count).toHaveBeenCalled();
    count.mockClear();
    expect((await ledger.popupOverview(T0, 'UTC', 5, 2 ** 31 - 1)).overdue).toMatchObject({ count: 1, capped: false });
    expect(count).not.toHaveBeenCalled();
  });
});

describe('refusals in the agent’s words', () => {
  it('an unknown zone names the zone', async () => {
    const { ledger } = harness();
    const err = (await ledger.popupOverview(T0, 'Mars/Olympus').catch((e: unknown) => e)) as LedgerError;
    expect(err).toMatchObject({ code: 'invalid-input', words: { message: 'unknownTimeZone', params: ['"Mars/Olympus"'] } });
  });

  it('a customer key of another shape says so', async () => {
    const { ledger } = harness();
    for (const key of [null, { email: 5 }, {}]) {
      const err = (await ledger.trackRecordForCustomer(key as never).catch((e: unknown) => e)) as LedgerError;
      expect(err).toMatchObject({ code: 'invalid-input', words: { message: 'customerKey' } });
    }
  });
});
