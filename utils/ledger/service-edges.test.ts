// LedgerService hands every public call to its room and answers what the room answers; with
// `warmPopup`, the popup's reads are made again once writes settle (the listener still told first),
// and a failed warm-up is logged, never thrown.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LedgerService } from './service';
import { conv, DAY, freshDb, HOUR, newCommitment, T0 } from './test-helpers';
import type { LedgerChange } from './types';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('LedgerService: every call answers its room', () => {
  it('writes: each returns the record it wrote', async () => {
    const ledger = new LedgerService(freshDb(), () => T0);
    const c = await ledger.upsertConversation(conv('T-9'));
    expect(c.id).toContain('T-9');
    const a = await ledger.addCommitment({ ...newCommitment('send the invoice', { dueAt: T0 + DAY }), id: 'a' });
    expect(a).toMatchObject({ id: 'a', status: 'open', revision: 1 });
    expect((await ledger.updateCommitment('a', { text: 'send the new invoice' })).text).toBe('send the new invoice');
    expect((await ledger.complete('a')).commitment.status).toBe('done');
    expect((await ledger.reopen('a')).status).toBe('open');
    expect((await ledger.cancel('a', 'not needed')).status).toBe('cancelled');
    expect((await ledger.reopen('a')).status).toBe('open');
    expect((await ledger.reschedule('a', T0 + 2 * DAY)).dueAt).toBe(T0 + 2 * DAY);
    expect((await ledger.snooze('a', T0 + HOUR)).reminder.snoozedUntil).toBe(T0 + HOUR);
    expect((await ledger.remove('a')).deletedAt).toBe(T0);
    expect((await ledger.undoRemove('a')).deletedAt).toBeNull();
    expect((await ledger.purge('a')).freedBytes).toBeGreaterThan(0);
    expect(await ledger.getCommitment('a')).toBeNull();
    await ledger.addCommitment({ ...newCommitment('call back'), id: 'b' });
    await expect(ledger.eraseAll()).resolves.toBeUndefined();
    expect(await ledger.getCommitment('b')).toBeNull();
  });

  it('reads: each answers what is stored', async () => {
    const ledger = new LedgerService(freshDb(), () => T0);
    const a = await ledger.addCommitment({ ...newCommitment('send the invoice', { dueAt: T0 + HOUR }), id: 'a' });
    await ledger.addCommitment({ ...newCommitment('call back', { dueAt: null }), id: 'b' });
    await ledger.addCommitment({ ...newCommitment('ship the part', { dueAt: T0 - HOUR }), id: 'c' });
    await ledger.snooze('c', T0 + DAY);
    expect((await ledger.getConversation(a.conversationId))?.id).toBe(a.conversationId);
    expect((await ledger.getConversations([a.conversationId, 'zendesk|none|x'])).map((r) => r?.id ?? null)).toEqual([
      a.conversationId,
      null,
    ]);
    expect((await ledger.getCommitment('a'))?.id).toBe('a');
    expect((await ledger.listByConversation(a.conversationId)).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect((await ledger.listUpcoming(T0, 1)).map((r) => r.id)).toEqual(['a']);
    expect(await ledger.badgeCounts(T0, 2 * HOUR)).toMatchObject({ overdue: 1, dueSoon: 1 });
    expect(await ledger.openIdsDueBefore(T0, 10)).toEqual(['c']);
    const overview = await ledger.popupOverview(T0, 'UTC');
    expect(overview.today.items.map((r) => r.id)).toEqual(['a']);
    expect(overview.overdue.items.map((r) => r.id)).toEqual(['c']);
    expect((await ledger.listSnoozedOpen(T0)).map((r) => r.id)).toEqual(['c']);
    const undated = await ledger.listUndatedOpen();
    expect(undated.items.map((r) => r.id)).toEqual(['b']);
    expect(undated.count).toBe(1);
    expect((await ledger.search('invoice')).map((r) => r.commitment.id)).toEqual(['a']);
    expect(await ledger.trackRecordForCustomer({ conversationId: a.conversationId }, { party: 'agent' })).toMatchObject({
      pending: 2,
      missed: 1,
      total: 3,
    });
  });

  it('exchange: exports, imports and the streamed import calls answer', async () => {
    const ledger = new LedgerService(freshDb(), () => T0);
    await ledger.addCommitment({ ...newCommitment('send the invoice', { dueAt: T0 + HOUR }), id: 'a' });
    const json = await ledger.exportJson();
    expect(JSON.parse(json).commitments.map((r: { id: string }) => r.id)).toEqual(['a']);
    const chunk = await ledger.exportChunk(null, 1_000_000);
    expect(chunk.next).toBeNull();
    expect(JSON.parse(chunk.text)).toEqual(JSON.parse(json));
    expect(await ledger.exportCsv()).toContain('send the invoice');
    expect(await ledger.exportIcs()).toContain('BEGIN:VCALENDAR');

    const changes: LedgerChange[] = [];
    const other = new LedgerService(freshDb(), () => T0, { onChange: (c) => changes.push(c) });
    expect((await other.importJson(json)).commitments.added).toBe(1);
    const parsed = JSON.parse(json) as { conversations: unknown[] };
    const third = new LedgerService(freshDb(), () => T0, { onChange: (c) => changes.push(c) });
    expect((await third.importBatch({ section: 'conversations', records: parsed.conversations })).conversations.added).toBe(1);
    changes.length = 0;
    await expect(third.importFinished([])).resolves.toBeUndefined();
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'import', commitmentIds: [] });
    expect(await third.missingIds({ conversations: [], commitments: ['a', 'z'] })).toEqual({ conversations: [], commitments: ['a', 'z'] });
    expect(await other.missingIds({ conversations: [], commitments: ['a', 'z'] })).toEqual({ conversations: [], commitments: ['z'] });
  });
});

describe('LedgerService: the popup warm-up after writes', () => {
  const warm = { afterMs: 500, rows: 20, countCap: 99 };

  it('warms once the writes have settled for afterMs, once for several writes, and still tells the listener first', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const db = freshDb();
    const seen: string[] = [];
    const ledger = new LedgerService(db, () => T0, { onChange: (c) => seen.push(c.kind), warmPopup: warm });
    const asked = vi.spyOn(db.keptAnswers, 'lastZoneAsked');
    await ledger.addCommitment(newCommitment('send the invoice', { dueAt: T0 + HOUR }));
    expect(seen).toEqual(['created']);
    await vi.advanceTimersByTimeAsync(300);
    await ledger.addCommitment(newCommitment('call back', { dueAt: null }));
    expect(seen).toEqual(['created', 'created']);
    // 300 ms after the second write: the first write's timer (due at 500) was put off.
    await vi.advanceTimersByTimeAsync(499);
    expect(asked).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(asked).toHaveBeenCalledTimes(1);
    expect(asked).toHaveBeenCalledWith(20, 99);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(asked).toHaveBeenCalledTimes(1);
  });

  it('warms without a listener, and no listener error is reported', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const db = freshDb();
    const ledger = new LedgerService(db, () => T0, { warmPopup: warm });
    const asked = vi.spyOn(db.keptAnswers, 'lastZoneAsked');
    await ledger.addCommitment(newCommitment('send the invoice', { dueAt: T0 + HOUR }));
    await vi.advanceTimersByTimeAsync(500);
    expect(asked).toHaveBeenCalledTimes(1);
    expect(errors).not.toHaveBeenCalled();
  });

  it('without warmPopup nothing is warmed and the listener alone is told, without an error', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const db = freshDb();
    const seen: string[] = [];
    const ledger = new LedgerService(db, () => T0, { onChange: (c) => seen.push(c.kind) });
    const asked = vi.spyOn(db.keptAnswers, 'lastZoneAsked');
    await ledger.addCommitment(newCommitment('send the invoice', { dueAt: T0 + HOUR }));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(seen).toEqual(['created']);
    expect(asked).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
  });

  it('a warm-up that fails is logged as such, and the ledger works on', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const db = freshDb();
    const ledger = new LedgerService(db, () => T0, { warmPopup: warm });
    const failure = new Error('disk gone');
    vi.spyOn(db.keptAnswers, 'lastZoneAsked').mockImplementation(() => {
      throw failure;
    });
    await ledger.addCommitment({ ...newCommitment('send the invoice', { dueAt: T0 + HOUR }), id: 'a' });
    await vi.advanceTimersByTimeAsync(500);
    expect(warned).toHaveBeenCalledTimes(1);
    expect(warned).toHaveBeenCalledWith('[ledger] popup warm-up failed', failure);
    expect((await ledger.complete('a')).commitment.status).toBe('done');
  });
});
