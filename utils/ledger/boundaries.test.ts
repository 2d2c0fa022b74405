// Behaviours at the ledger's boundaries, through LedgerService only (the public seam): done exactly
// at the deadline, due exactly now, a deadline moved earlier, the import's tie rule, the import's
// checks of partyName and history ids, the CSV guard for a leading tab or CR, reschedule and
// `vague`, listUpcoming's window.
import { describe, expect, it } from 'vitest';
import type { LedgerError } from './errors';
import { conv, DAY, due, harness, HOUR, newCommitment, T0 } from './test-helpers';
import type { LedgerExport } from './types';

describe('track record at the deadline', () => {
  it('done exactly at the deadline is kept on time; a millisecond later is late by 1 ms', async () => {
    const { ledger, clock } = harness();
    const onTime = await ledger.addCommitment(newCommitment('send the invoice', { dueAt: T0 + HOUR, party: 'customer' }));
    const late = await ledger.addCommitment(newCommitment('send the form', { dueAt: T0 + HOUR, party: 'customer' }));
    clock.now = T0 + HOUR;
    expect(await ledger.complete(onTime.id)).toMatchObject({ outcome: 'on-time', lateByMs: 0 });
    clock.now = T0 + HOUR + 1;
    expect(await ledger.complete(late.id)).toMatchObject({ outcome: 'late', lateByMs: 1 });
    expect(await ledger.trackRecordForCustomer(onTime.conversationId)).toMatchObject({
      keptOnTime: 1,
      late: 1,
      missed: 0,
      slipCount: 1,
      averageSlipMs: 1,
    });
    // The CSV says the same.
    const csv = await ledger.exportCsv();
    expect(csv).toContain(',on time,');
    expect(csv).toContain(',late,');
  });

  it('an open item due exactly now is pending, not missed; a millisecond later it is missed', async () => {
    const { ledger, clock } = harness();
    const c = await ledger.addCommitment(newCommitment('decide on the plan', { dueAt: T0 + HOUR, party: 'customer' }));
    clock.now = T0 + HOUR;
    expect(await ledger.trackRecordForCustomer(c.conversationId)).toMatchObject({ missed: 0, pending: 1, total: 1 });
    expect(await ledger.exportCsv()).toContain(',open,');
    clock.now = T0 + HOUR + 1;
    expect(await ledger.trackRecordForCustomer(c.conversationId)).toMatchObject({ missed: 1, pending: 0, total: 1 });
    expect(await ledger.exportCsv()).toContain(',overdue,');
  });

  it('a deadline moved earlier is not a slip; moved later it is, by the difference', async () => {
    const { ledger } = harness();
    const earlier = await ledger.addCommitment(newCommitment('call the carrier', { dueAt: T0 + 2 * DAY }));
    await ledger.reschedule(earlier.id, due(T0 + DAY));
    expect(await ledger.trackRecordForAgent()).toMatchObject({ rescheduledLater: 0, slipCount: 0, averageSlipMs: null });

    const later = await ledger.addCommitment(newCommitment('send the quote', { dueAt: T0 + DAY }));
    await ledger.reschedule(later.id, due(T0 + DAY + 3 * HOUR));
    expect(await ledger.trackRecordForAgent()).toMatchObject({ rescheduledLater: 1, slipCount: 1, averageSlipMs: 3 * HOUR });
  });
});

describe('reschedule and listUpcoming', () => {
  it('rescheduling a vague commitment to a date clears vague; to no date keeps it as it was', async () => {
    const { ledger } = harness();
    const vague = await ledger.addCommitment(newCommitment('get back to you'));
    expect(vague.vague).toBe(true);
    const dated = await ledger.reschedule(vague.id, due(T0 + DAY, 'Tuesday'));
    expect(dated).toMatchObject({ vague: false, dueAt: T0 + DAY });
    const undated = await ledger.reschedule(vague.id, null);
    expect(undated).toMatchObject({ vague: false, dueAt: null, due: null });
  });

  it('listUpcoming holds a deadline at exactly now and leaves out one at exactly now + days', async () => {
    const { ledger } = harness();
    const atNow = await ledger.addCommitment(newCommitment('at now', { dueAt: T0 }));
    const justBefore = await ledger.addCommitment(newCommitment('just before', { dueAt: T0 - 1 }));
    const lastMs = await ledger.addCommitment(newCommitment('last ms', { dueAt: T0 + DAY - 1 }));
    const atEnd = await ledger.addCommitment(newCommitment('at end', { dueAt: T0 + DAY }));
    const ids = (await ledger.listUpcoming(T0, 1)).map((c) => c.id);
    expect(ids).toEqual([atNow.id, lastMs.id]);
    expect(ids).not.toContain(justBefore.id);
    expect(ids).not.toContain(atEnd.id);
  });
});

async function exported(): Promise<{ file: LedgerExport; h: ReturnType<typeof harness> }> {
  const h = harness();
  const c = await h.ledger.addCommitment({
    ...newCommitment('send the invoice', { dueAt: T0 + DAY, conversation: conv('T-7') }),
    partyName: 'Priya',
  });
  await h.ledger.updateCommitment(c.id, { reason: 'so the order ships' });
  return { file: JSON.parse(await h.ledger.exportJson()) as LedgerExport, h };
}

describe('importJson', () => {
  it('on a tie of updatedAt the file’s copy wins', async () => {
    const { file, h } = await exported();
    const [record] = file.commitments;
    const local = await h.ledger.getCommitment(record!.id);
    expect(local!.updatedAt).toBe(record!.updatedAt);
    const tie = { ...file, commitments: [{ ...record!, action: 'send the corrected invoice' }] };
    const summary = await h.ledger.importJson(JSON.stringify(tie));
    expect(summary.commitments).toEqual({ added: 0, updated: 1, kept: 0 });
    expect((await h.ledger.getCommitment(record!.id))!.action).toBe('send the corrected invoice');
  });

  it('a copy older than the ledger’s is kept out', async () => {
    const { file, h } = await exported();
    const [record] = file.commitments;
    const older = { ...file, commitments: [{ ...record!, updatedAt: record!.updatedAt - 1, action: 'stale words' }] };
    const summary = await h.ledger.importJson(JSON.stringify(older));
    expect(summary.commitments).toEqual({ added: 0, updated: 0, kept: 1 });
    expect((await h.ledger.getCommitment(record!.id))!.action).toBe('send the invoice');
  });

  it.each<[string, (f: LedgerExport) => LedgerExport, RegExp]>([
    [
      'a partyName that is not text',
      (f) => ({ ...f, commitments: f.commitments.map((c) => ({ ...c, partyName: 42 as unknown as string })) }),
      /commitments\[0\]\.partyName: expected string or null, got number/,
    ],
    [
      'a history id that is not an integer',
      (f) => ({ ...f, history: f.history.map((e, i) => (i === 0 ? { ...e, id: 1.5 } : e)) }),
      /history\[0\]\.id: expected integer, got number/,
    ],
    [
      'a history id that is text',
      (f) => ({ ...f, history: f.history.map((e, i) => (i === 0 ? { ...e, id: 'seven' as unknown as number } : e)) }),
      /history\[0\]\.id: expected/,
    ],
  ])('refuses %s, naming the field, and changes nothing', async (_name, spoil, problem) => {
    const { file } = await exported();
    const dst = harness();
    const error = (await dst.ledger.importJson(JSON.stringify(spoil(file))).catch((e: unknown) => e)) as LedgerError;
    expect(error.code).toBe('invalid-import');
    expect(error.message).toMatch(problem);
    expect((JSON.parse(await dst.ledger.exportJson()) as LedgerExport).commitments).toEqual([]);
  });

  it('accepts a null partyName and a history entry without id', async () => {
    const { file } = await exported();
    const dst = harness();
    const ok = {
      ...file,
      commitments: file.commitments.map((c) => ({ ...c, partyName: null })),
      history: file.history.map(({ id: _id, ...e }) => e),
    };
    const summary = await dst.ledger.importJson(JSON.stringify(ok));
    expect(summary.commitments.added).toBe(1);
    expect(summary.history.added).toBe(file.history.length);
  });
});

describe('CSV export: a cell starting with a tab or CR is guarded', () => {
  it.each(['\tsend the invoice', '\rsend the invoice'])('%j gets the apostrophe', async (action) => {
    const { ledger } = harness();
    await ledger.addCommitment(newCommitment(action, { dueAt: T0 + DAY }));
    const csv = await ledger.exportCsv();
    // a tab alone is not quoted (the apostrophe comes first); a CR is, being a line break
    expect(csv).toContain(action.startsWith('\r') ? `"'${action}` : `,'${action},`);
    expect(csv).not.toMatch(new RegExp(`[,"]${action[0] === '\t' ? '\\t' : '\\r'}send`));
  });
});
