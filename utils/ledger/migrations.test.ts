// Each schema upgrade, run on fixture data written with the earlier version's schema.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  declareSchema,
  LEDGER_DB_VERSION,
  LedgerDb,
  NO_DEADLINE_KEY,
  type StoredCommitment,
  type V1Commitment,
  type V1Conversation,
} from './db';
import type { ConversationRecord } from './types';
import { checkConversation, Problems } from './validate';
import { DAY, HOUR, T0, TestLedger } from './test-helpers';
import { commitmentRecord } from '../../tests/support/records';

const v1Conversations: V1Conversation[] = [
  {
    id: 'gmail:abc',
    host: 'gmail',
    key: 'abc',
    url: 'https://mail.google.com/mail/u/0/#inbox/abc',
    subject: 'Invoice',
    customerName: 'Dana',
    customerEmail: ' Dana@Example.com',
    createdAt: T0 - 10 * DAY,
    updatedAt: T0 - 10 * DAY,
  },
  {
    id: 'zendesk:7',
    host: 'zendesk',
    key: '7',
    url: 'https://acme.zendesk.com/agent/tickets/7',
    subject: 'Refund',
    createdAt: T0 - 5 * DAY,
    updatedAt: T0 - 5 * DAY,
  },
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

const GMAIL_ABC = 'gmail|https://mail.google.com|abc';
const ZENDESK_7 = 'zendesk|https://acme.zendesk.com|7';

describe('ledger schema migrations', () => {
  it('the chain ends at the current version', () => {
    expect(LEDGER_DB_VERSION).toBe(7);
  });

  it('v1 → current: adds the new fields, the open-deadline index, normalized emails and a rebuilt history', async () => {
    const name = `ledger-migrate-${crypto.randomUUID()}`;
    await writeV1(name);

    const db = new LedgerDb(name);
    await db.open();
    expect(db.verno).toBe(LEDGER_DB_VERSION);
    const ledger = new TestLedger(db, () => T0);

    const late = await ledger.getCommitment('c-open-late');
    expect(late).toEqual({
      ...v1Commitments[0],
      conversationId: GMAIL_ABC,
      partyName: null,
      cancelReason: null,
      dependsOn: [],
      reminder: { leadMinutes: [60], snoozedUntil: null },
      deletedAt: null,
      revision: 1,
    });
    expect(await ledger.getConversation(GMAIL_ABC)).toMatchObject({ customerEmail: 'dana@example.com' });
    expect(await ledger.getConversation(ZENDESK_7)).not.toHaveProperty('customerEmail');

    // The new indexes answer for the migrated rows.
    expect((await ledger.listOverdue(T0)).map((c) => c.id)).toEqual(['c-open-late']);
    expect(await ledger.badgeCounts(T0, DAY)).toEqual({ overdue: 1, dueSoon: 0 });
    expect((await ledger.listOpen()).map((c) => c.id)).toEqual(['c-open-late', 'c-vague']);
    expect((await ledger.listByConversation(GMAIL_ABC)).map((c) => c.id).sort()).toEqual(['c-done-late', 'c-open-late']);
    expect((await ledger.listByCustomer({ email: 'dana@example.com' })).length).toBe(2);

    // History rebuilt from what v1 records prove, so the track record counts them.
    expect((await ledger.history('c-done-late')).map((h) => [h.kind, h.at])).toEqual([
      ['created', T0 - 10 * DAY],
      ['completed', T0 - 8 * DAY],
    ]);
    expect(await ledger.trackRecordForCustomer({ conversationId: GMAIL_ABC })).toMatchObject({ late: 1, total: 1, averageSlipMs: DAY });
    expect(await ledger.trackRecordForAgent()).toMatchObject({ missed: 1, pending: 1, total: 2 });

    // And the migrated ledger takes new writes.
    await ledger.reschedule('c-open-late', T0 + HOUR);
    expect(await ledger.badgeCounts(T0, DAY)).toEqual({ overdue: 0, dueSoon: 1 });
    db.close();
  });

  it('v3 → v4: every commitment gets revision 1; versioned and idempotent changes work on migrated rows', async () => {
    const name = `ledger-migrate-${crypto.randomUUID()}`;
    await writeV1(name);
    const v2 = new Dexie(name);
    declareSchema(v2, 3);
    await v2.open();
    expect(v2.verno).toBe(3);
    // A v3 record as the service wrote it before revisions: no revision; its history has no changeId.
    const v2Row = await v2.table('commitments').get('c-vague');
    expect(v2Row).not.toHaveProperty('revision');
    v2.close();

    const db = new LedgerDb(name);
    await db.open();
    expect(db.verno).toBe(LEDGER_DB_VERSION);
    const ledger = new TestLedger(db, () => T0);
    for (const id of ['c-open-late', 'c-done-late', 'c-vague']) expect((await ledger.getCommitment(id))!.revision).toBe(1);
    // The rebuilt v2 history is still there, and the new changeId index answers on it.
    expect((await ledger.history('c-done-late')).length).toBe(2);
    expect(await db.history.where('changeId').equals('x').count()).toBe(0);

    const edited = await ledger.updateCommitment(
      'c-vague',
      { text: "We'll get back to you by Friday" },
      { baseRevision: 1, changeId: 'e1' },
    );
    expect(edited.revision).toBe(2);
    await expect(ledger.updateCommitment('c-vague', { text: 'older words' }, { baseRevision: 1, changeId: 'e2' })).rejects.toMatchObject({
      code: 'stale',
    });
    // The retry of e1 (its reply lost) applies nothing more.
    expect(
      (await ledger.updateCommitment('c-vague', { text: "We'll get back to you by Friday" }, { baseRevision: 1, changeId: 'e1' })).revision,
    ).toBe(2);
    expect((await ledger.history('c-vague')).filter((h) => h.changeId === 'e1')).toHaveLength(1);
    db.close();
  });

  it('v4 → v5: the snoozed index answers on migrated rows', async () => {
    const name = `ledger-migrate-${crypto.randomUUID()}`;
    await writeV1(name);
    const v4 = new Dexie(name);
    declareSchema(v4, 4);
    await v4.open();
    v4.close();
    const ledger = new TestLedger(new LedgerDb(name), () => T0);
    expect(await ledger.listSnoozedOpen(T0)).toEqual([]);
    await ledger.snooze('c-vague', T0 + 3_600_000);
    expect((await ledger.listSnoozedOpen(T0)).map((c) => c.id)).toEqual(['c-vague']);
    expect(await ledger.listSnoozedOpen(T0 + 3_600_000)).toEqual([]);
  });

  it("v4 → v6: open, live commitments get their search words (with their conversation's); done ones none", async () => {
    const name = `ledger-migrate-${crypto.randomUUID()}`;
    await writeV1(name);
    const v4 = new Dexie(name);
    declareSchema(v4, 4);
    await v4.open();
    expect(v4.verno).toBe(4);
    // Before: no word index, so nothing carries the key.
    expect(
      await v4
        .table('commitments')
        .filter((c: StoredCommitment) => c.openWords !== undefined)
        .count(),
    ).toBe(0);
    const convOfLate = (await v4.table('commitments').get('c-open-late')).conversationId as string;
    v4.close();

    const db = new LedgerDb(name);
    await db.open();
    expect(db.verno).toBe(LEDGER_DB_VERSION);
    const late = await db.commitments.get('c-open-late');
    // Its own words and its conversation's subject and customer (Invoice, Dana, dana@example.com).
    expect(late!.openWords).toEqual(expect.arrayContaining(['send', 'invoice', 'friday', 'dana', 'example', 'com']));
    expect((await db.conversations.get(convOfLate))!.subject).toBe('Invoice');
    expect((await db.commitments.get('c-done-late'))!.openWords).toBeUndefined();
    // The index answers prefixes, and search finds through it; the key never reaches callers.
    expect(await db.commitments.where('openWords').startsWith('invo').primaryKeys()).toContain('c-open-late');
    const ledger = new TestLedger(db, () => T0);
    const hits = await ledger.search('INVOI dan');
    expect(hits.map((h) => h.commitment.id)).toContain('c-open-late');
    expect(hits[0]!.commitment).not.toHaveProperty('openWords');
    expect(await ledger.search('form')).toEqual([]); // c-done-late is done
    db.close();
  });

  it('v6 → v7: the undated ones are listed oldest first over the new index, on migrated rows', async () => {
    const name = `ledger-migrate-${crypto.randomUUID()}`;
    await writeV1(name);
    const v6 = new Dexie(name);
    declareSchema(v6, 6);
    await v6.open();
    expect(v6.verno).toBe(6);
    v6.close();
    const db = new LedgerDb(name);
    const ledger = new TestLedger(db, () => T0);
    const section = await ledger.listUndatedOpen(20, 99);
    expect(section.items.map((c) => c.id)).toEqual(['c-vague']);
    expect(section).toMatchObject({ count: 1, capped: false });
    db.close();
  });

  it('v1 → v2 on an empty v1 database', async () => {
    const name = `ledger-migrate-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    declareSchema(v1, 1);
    await v1.open();
    v1.close();
    const db = new LedgerDb(name);
    const ledger = new TestLedger(db, () => T0);
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
    const ledger = new TestLedger(db, () => T0);
    expect(await ledger.listOpen()).toEqual([]);
    expect(db.tables.map((t) => t.name)).toContain('commitments');
    db.close();
  });
});

// ---------------------------------------------------------------------------------------------
// v2 → v3: conversation ids name their site. Fixture: what a v2 ledger held, attacks included.

type V2Conversation = Omit<ConversationRecord, 'site'>;
const v2Conversations: V2Conversation[] = [
  {
    id: 'gmail:abc',
    host: 'gmail',
    key: 'abc',
    url: 'https://mail.google.com/mail/u/0/#inbox/abc',
    subject: 'Invoice',
    createdAt: T0,
    updatedAt: T0,
  },
  {
    id: 'zendesk:7',
    host: 'zendesk',
    key: '7',
    url: 'https://acme.zendesk.com/agent/tickets/7',
    subject: 'Refund',
    customerEmail: 'a@acme.test',
    createdAt: T0,
    updatedAt: T0,
  },
  {
    id: 'zendesk:8',
    host: 'zendesk',
    key: '8',
    url: 'https://globex.zendesk.com/agent/tickets/8',
    subject: 'Pallets',
    createdAt: T0,
    updatedAt: T0,
  },
  // A page on a custom domain that claimed a Gmail thread (its URL is the page's)…
  { id: 'gmail:xyz', host: 'gmail', key: 'xyz', url: 'https://evil.example/inbox#xyz', subject: 'Claimed', createdAt: T0, updatedAt: T0 },
  // …and the same site's own conversation with the same key: both land in its custom namespace, apart.
  {
    id: 'custom:xyz',
    host: 'custom',
    key: 'xyz',
    url: 'https://evil.example/tickets/xyz',
    subject: 'Own',
    createdAt: T0,
    updatedAt: T0 + 1,
  },
  // No usable URL: the adapter and key stay, the site is empty.
  { id: 'freshdesk:9', host: 'freshdesk', key: '9', url: '', subject: 'No URL', createdAt: T0, updatedAt: T0 },
];

/** A stored v2 commitment: the shared record (tests/support/records.ts) made at T0, with its index key. */
function v2Commitment(id: string, conversationId: string, extra: Partial<StoredCommitment> = {}): StoredCommitment {
  const record = commitmentRecord(id, {
    conversationId,
    createdAt: T0,
    updatedAt: T0,
    reminder: { leadMinutes: [60], snoozedUntil: null },
  });
  return { ...record, openDueAt: NO_DEADLINE_KEY, ...extra };
}

describe('v2 → v3: conversation ids bound to their site', () => {
  it('moves every conversation, commitment and history entry; nothing lost, nothing merged', async () => {
    const name = `ledger-migrate-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    declareSchema(v2, 2);
    await v2.open();
    await v2.table('conversations').bulkAdd(v2Conversations);
    const commitments = v2Conversations.map((c, i) => v2Commitment(`c${i}`, c.id));
    commitments.push(v2Commitment('orphan', 'hubspot:gone'));
    await v2.table('commitments').bulkAdd(commitments);
    await v2
      .table('history')
      .bulkAdd(commitments.map((c) => ({ commitmentId: c.id, conversationId: c.conversationId, at: T0, kind: 'created', changes: {} })));
    v2.close();

    const db = new LedgerDb(name);
    await db.open();
    expect(db.verno).toBe(LEDGER_DB_VERSION);
    const ids = (await db.conversations.toCollection().primaryKeys()).sort();
    expect(ids).toEqual(
      [
        'custom|https://evil.example|gmail:xyz',
        'custom|https://evil.example|xyz',
        'freshdesk||9',
        'gmail|https://mail.google.com|abc',
        'zendesk|https://acme.zendesk.com|7',
        'zendesk|https://globex.zendesk.com|8',
      ].sort(),
    );
    // The claimed Gmail thread is no longer a Gmail record; the site's own conversation kept its key.
    expect(await db.conversations.get('custom|https://evil.example|xyz')).toMatchObject({
      subject: 'Own',
      host: 'custom',
      key: 'xyz',
      site: 'https://evil.example',
    });
    expect(await db.conversations.get('custom|https://evil.example|gmail:xyz')).toMatchObject({
      subject: 'Claimed',
      host: 'custom',
      key: 'gmail:xyz',
    });
    expect(await db.conversations.get('zendesk|https://acme.zendesk.com|7')).toMatchObject({
      customerEmail: 'a@acme.test',
      url: 'https://acme.zendesk.com/agent/tickets/7',
    });

    // Every commitment and history entry follows its conversation, one to one.
    const ledger = new TestLedger(db, () => T0);
    const after = await db.commitments.toArray();
    expect(after).toHaveLength(commitments.length);
    for (const [i, c] of v2Conversations.entries()) {
      const moved = await db.idMoves.get(c.id);
      expect(moved, c.id).toBeDefined();
      expect((await ledger.listByConversation(moved!.to)).map((x) => x.id)).toEqual([`c${i}`]);
      expect((await db.history.where('commitmentId').equals(`c${i}`).toArray()).map((h) => h.conversationId)).toEqual([moved!.to]);
    }
    // A commitment whose conversation was never stored keeps its reference (nothing to move it to).
    expect((await ledger.getCommitment('orphan'))?.conversationId).toBe('hubspot:gone');
    // The validator accepts every moved record, as an export would carry it.
    const exported = JSON.parse(await ledger.exportJson()) as { conversations: unknown[] };
    const p = new Problems();
    exported.conversations.forEach((c, i) => checkConversation(c, `conversations[${i}]`, p));
    expect(p.list).toEqual([]);
    db.close();
  });
});
