// Each schema upgrade, run on fixture data written with the earlier version's schema.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { declareSchema, LEDGER_DB_VERSION, LedgerDb, type V1Commitment, type V1Conversation } from './db';
import { LedgerService } from './service';
import { DAY, HOUR, T0 } from './test-helpers';

const v1Conversations: V1Conversation[] = [
  { id: 'gmail:abc', host: 'gmail', key: 'abc', url: 'https://mail.google.com/mail/u/0/#inbox/abc', subject: 'Invoice', customerName: 'Dana', customerEmail: ' Dana@Example.com', createdAt: T0 - 10 * DAY, updatedAt: T0 - 10 * DAY },
  { id: 'zendesk:7', host: 'zendesk', key: '7', url: 'https://acme.zendesk.com/agent/tickets/7', subject: 'Refund', createdAt: T0 - 5 * DAY, updatedAt: T0 - 5 * DAY },
];

const v1Commitments: V1Commitment[] = [
  {
    id: 'c-open-late',
    conversationId: 'gmail:abc',
    text: 'I will send the invoice by Friday',
    party: 'agent',
    action: 'send the invoice',
    due: { at: new Date(T0 - DAY).toISOString(), text: 'by Friday', precision: 'day' },
    vague: false,
    conditions: [],
    reason: null,
    status: 'open',
    dueAt: T0 - DAY,
    createdAt: T0 - 10 * DAY,
    updatedAt: T0 - 10 * DAY,
    doneAt: null,
    source: 'typed',
  },
  {
    id: 'c-done-late',
    conversationId: 'gmail:abc',
    text: 'You will send the form tomorrow',
    party: 'customer',
    action: 'send the form',
    due: { at: new Date(T0 - 9 * DAY).toISOString(), text: 'tomorrow', precision: 'day' },
    vague: false,
    conditions: ['if you still want the refund'],
    reason: null,
    status: 'done',
    dueAt: T0 - 9 * DAY,
    createdAt: T0 - 10 * DAY,
    updatedAt: T0 - 8 * DAY,
    doneAt: T0 - 8 * DAY,
    source: 'suggested',
  },
  {
    id: 'c-vague',
    conversationId: 'zendesk:7',
    text: "We'll get back to you",
    party: 'agent',
    action: 'get back to the customer',
    due: null,
    vague: true,
    conditions: [],
    reason: null,
    status: 'open',
    dueAt: null,
    createdAt: T0 - 5 * DAY,
    updatedAt: T0 - 5 * DAY,
    doneAt: null,
    source: 'selection',
  },
];

async function writeV1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  declareSchema(v1, 1);
  await v1.open();
  expect(v1.verno).toBe(1);
  expect(v1.tables.map((t) => t.name).sort()).toEqual(['commitments', 'conversations']);
  await v1.table('conversations').bulkAdd(v1Conversations);
  await v1.table('commitments').bulkAdd(v1Commitments);
  v1.close();
}

describe('ledger schema migrations', () => {
  it('the chain ends at the current version', () => {
    expect(LEDGER_DB_VERSION).toBe(3);
  });

  it('v1 → current: adds the new fields, the open-deadline index, normalized emails and a rebuilt history', async () => {
    const name = `ledger-migrate-${crypto.randomUUID()}`;
    await writeV1(name);

    const db = new LedgerDb(name);
    await db.open();
    expect(db.verno).toBe(LEDGER_DB_VERSION);
    const ledger = new LedgerService(db, () => T0);

    const late = await ledger.getCommitment('c-open-late');
    expect(late).toEqual({
      ...v1Commitments[0],
      partyName: null,
      cancelReason: null,
      dependsOn: [],
      reminder: { leadMinutes: [60], snoozedUntil: null },
      deletedAt: null,
      revision: 1,
    });
    expect(await ledger.getConversation('gmail:abc')).toMatchObject({ customerEmail: 'dana@example.com' });
    expect(await ledger.getConversation('zendesk:7')).not.toHaveProperty('customerEmail');

    // The new indexes answer for the migrated rows.
    expect((await ledger.listOverdue(T0)).map((c) => c.id)).toEqual(['c-open-late']);
    expect(await ledger.badgeCounts(T0, DAY)).toEqual({ overdue: 1, dueSoon: 0 });
    expect((await ledger.listOpen()).map((c) => c.id)).toEqual(['c-open-late', 'c-vague']);
    expect((await ledger.listByConversation('gmail:abc')).map((c) => c.id).sort()).toEqual(['c-done-late', 'c-open-late']);
    expect((await ledger.listByCustomer({ email: 'dana@example.com' })).length).toBe(2);

    // History rebuilt from what v1 records prove, so the track record counts them.
    expect((await ledger.history('c-done-late')).map((h) => [h.kind, h.at])).toEqual([
      ['created', T0 - 10 * DAY],
      ['completed', T0 - 8 * DAY],
    ]);
    expect(await ledger.trackRecordForCustomer({ conversationId: 'gmail:abc' })).toMatchObject({ late: 1, total: 1, averageSlipMs: DAY });
    expect(await ledger.trackRecordForAgent()).toMatchObject({ missed: 1, pending: 1, total: 2 });

    // And the migrated ledger takes new writes.
    await ledger.reschedule('c-open-late', T0 + HOUR);
    expect(await ledger.badgeCounts(T0, DAY)).toEqual({ overdue: 0, dueSoon: 1 });
    db.close();
  });

  it('v2 → v3: every commitment gets revision 1; versioned and idempotent changes work on migrated rows', async () => {
    const name = `ledger-migrate-${crypto.randomUUID()}`;
    await writeV1(name);
    const v2 = new Dexie(name);
    declareSchema(v2, 2);
    await v2.open();
    expect(v2.verno).toBe(2);
    // A v2 record as the 0.1 service wrote it: no revision; its history has no changeId.
    const v2Row = await v2.table('commitments').get('c-vague');
    expect(v2Row).not.toHaveProperty('revision');
    v2.close();

    const db = new LedgerDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    const ledger = new LedgerService(db, () => T0);
    for (const id of ['c-open-late', 'c-done-late', 'c-vague']) expect((await ledger.getCommitment(id))!.revision).toBe(1);
    // The rebuilt v2 history is still there, and the new changeId index answers on it.
    expect((await ledger.history('c-done-late')).length).toBe(2);
    expect(await db.history.where('changeId').equals('x').count()).toBe(0);

    const edited = await ledger.updateCommitment('c-vague', { text: "We'll get back to you by Friday" }, { baseRevision: 1, changeId: 'e1' });
    expect(edited.revision).toBe(2);
    await expect(ledger.updateCommitment('c-vague', { text: 'older words' }, { baseRevision: 1, changeId: 'e2' })).rejects.toMatchObject({ code: 'stale' });
    // The retry of e1 (its reply lost) applies nothing more.
    expect((await ledger.updateCommitment('c-vague', { text: "We'll get back to you by Friday" }, { baseRevision: 1, changeId: 'e1' })).revision).toBe(2);
    expect((await ledger.history('c-vague')).filter((h) => h.changeId === 'e1')).toHaveLength(1);
    db.close();
  });

  it('v1 → v2 on an empty v1 database', async () => {
    const name = `ledger-migrate-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    declareSchema(v1, 1);
    await v1.open();
    v1.close();
    const db = new LedgerDb(name);
    const ledger = new LedgerService(db, () => T0);
    expect(await ledger.listOpen()).toEqual([]);
    expect(await ledger.history('x')).toEqual([]);
    db.close();
  });

  // Dexie 4 opens a database whose native version is higher than declared (an extension rolled
  // back) at that version, as long as the declared stores exist: the older code keeps working.
  it('a database from a newer version still opens', async () => {
    const name = `ledger-migrate-${crypto.randomUUID()}`;
    const future = new Dexie(name);
    future.version(LEDGER_DB_VERSION + 1).stores({ conversations: 'id', commitments: 'id', history: '++id', extra: 'id' });
    await future.open();
    future.close();
    const db = new LedgerDb(name);
    const ledger = new LedgerService(db, () => T0);
    expect(await ledger.listOpen()).toEqual([]);
    expect(db.tables.map((t) => t.name)).toContain('commitments');
    db.close();
  });
});
