// The strict schema's rules one by one, each at its bound (the limit kept, one more refused), and
// what a kept record becomes: rebuilt field by field, derived fields derived again, words cleaned.
// Through the whole import (a refused file writes nothing): import-schema.test.ts.
import { describe, expect, it } from 'vitest';
import { commitmentRecord, conversationRecord } from '../../tests/support/records';
import { PAGE_LIMITS } from '../hosts/page-text';
import { conversationIdOf } from './conversation-id';
import { checkCounts, IMPORT_LIMITS, strictExport, strictRecord } from './import-schema';
import type { CommitmentRecord, ConversationRecord, HistoryEntry, LedgerExport } from './types';
import { Problems } from './validate';

const MAX_LEAD = 366 * 24 * 60;

function strict<S extends 'conversations' | 'commitments' | 'history'>(section: S, record: unknown) {
  const p = new Problems();
  const out = strictRecord(section, record as never, 'r', p);
  return { out, list: p.list };
}

/** A conversation whose id is made of its parts. */
function conversation(over: Partial<ConversationRecord> = {}): ConversationRecord {
  const c = conversationRecord(over);
  return { ...c, id: conversationIdOf(c) };
}

const problemsOfConversation = (over: Partial<ConversationRecord>) => strict('conversations', conversation(over)).list;
const problemsOfCommitment = (over: Partial<CommitmentRecord>) => strict('commitments', commitmentRecord('c1', over)).list;

describe('counts', () => {
  it.each(['conversations', 'commitments', 'history'] as const)('%s: the limit is taken, one more is refused', (k) => {
    const sections = (n: number) => ({ conversations: [], commitments: [], history: [], [k]: { length: n } as unknown[] });
    const p = new Problems();
    checkCounts(sections(IMPORT_LIMITS[k]), p);
    expect(p.list).toEqual([]);
    checkCounts(sections(IMPORT_LIMITS[k] + 1), p);
    expect(p.list).toEqual([`${k}: at most ${IMPORT_LIMITS[k]} records, got ${IMPORT_LIMITS[k] + 1}`]);
  });
});

describe('a conversation', () => {
  it.each(['zendesk', 'a', 'gmail-2', `a${'b'.repeat(40)}`])('takes the adapter id %j', (host) => {
    expect(problemsOfConversation({ host })).toEqual([]);
  });

  it.each(['Zendesk', '1zendesk', '-x', 'zendesk!', 'zen desk', `a${'b'.repeat(41)}`, 'gmail.com'])('refuses the adapter id %j', (host) => {
    expect(problemsOfConversation({ host })).toEqual([`r.host: expected an adapter id like "zendesk", got ${JSON.stringify(host)}`]);
  });

  it('quotes at most 60 characters of a refused adapter id', () => {
    expect(problemsOfConversation({ host: `X${'y'.repeat(99)}` })).toEqual([
      `r.host: expected an adapter id like "zendesk", got "X${'y'.repeat(59)}"`,
    ]);
  });

  it('the key: its limit taken, one more refused', () => {
    expect(problemsOfConversation({ key: 'k'.repeat(PAGE_LIMITS.key) })).toEqual([]);
    expect(problemsOfConversation({ key: 'k'.repeat(PAGE_LIMITS.key + 1) })).toEqual([`r.key: at most ${PAGE_LIMITS.key} characters`]);
  });

  it('the URL: "" or http(s), at most its limit', () => {
    const long = (n: number) => `https://x.test/${'p'.repeat(n - 'https://x.test/'.length)}`;
    for (const url of ['', 'http://x.test/1', 'https://x.test/1', long(PAGE_LIMITS.url)])
      expect(problemsOfConversation({ url }), url).toEqual([]);
    for (const url of ['ftp://x.test/1', 'javascript:alert(1)', 'x.test/1', long(PAGE_LIMITS.url + 1)])
      expect(problemsOfConversation({ url }), url).toEqual(['r.url: expected an http(s) URL or ""']);
  });

  it('the site: "" or an http(s) origin', () => {
    for (const site of ['', 'https://acme.zendesk.com', 'http://x.test', 'https://x.test:8443'])
      expect(problemsOfConversation({ site }), site).toEqual([]);
    for (const site of ['https://x.test/', 'https://x.test/a', 'ftp://x.test', 'x.test', 'HTTPS://X.TEST', 'a https://x.test'])
      expect(problemsOfConversation({ site }), site).toEqual(['r.site: expected an origin like "https://acme.zendesk.com" or ""']);
  });

  it('refuses an id not made of its parts', () => {
    const c = { ...conversation(), id: 'demo-helpdesk|https://y.test|1' };
    expect(strict('conversations', c).list).toEqual(['r.id: expected "demo-helpdesk|https://x.test|1" (host|site|key)']);
  });

  it('is rebuilt: known fields only, words without bidi controls and within their limits, the last message date normalised', () => {
    const c = {
      ...conversation({
        subject: `\u202EInvoice\u202C ${'s'.repeat(PAGE_LIMITS.subject)}`,
        customerName: '\u2067Ana\u2069',
        customerEmail: 'e'.repeat(PAGE_LIMITS.customerEmail + 5),
        customerOrg: '',
        customerTimeZone: 'Europe/Paris',
        lastMessageAt: '2026-03-02T10:00:00+01:00',
      }),
      openWords: ['x'],
      extra: true,
    };
    const { out, list } = strict('conversations', c);
    expect(list).toEqual([]);
    expect(out).toEqual({
      id: 'demo-helpdesk|https://x.test|1',
      host: 'demo-helpdesk',
      site: 'https://x.test',
      key: '1',
      url: 'https://x.test/1',
      subject: `Invoice ${'s'.repeat(PAGE_LIMITS.subject - 'Invoice '.length)}`,
      customerName: 'Ana',
      customerEmail: 'e'.repeat(PAGE_LIMITS.customerEmail),
      customerTimeZone: 'Europe/Paris',
      lastMessageAt: '2026-03-02T09:00:00.000Z',
      createdAt: 0,
      updatedAt: 0,
    });
    expect(Object.keys(out)).not.toContain('customerOrg');
  });

  it('drops a last message date that is not a date, and each customer field past its limit is cut to it', () => {
    expect(strict('conversations', conversation({ lastMessageAt: 'yesterday' })).out).not.toHaveProperty('lastMessageAt');
    expect(strict('conversations', conversation({ lastMessageAt: 5 as never })).out).not.toHaveProperty('lastMessageAt');
    for (const f of ['customerName', 'customerOrg', 'customerTimeZone'] as const) {
      const out = strict('conversations', conversation({ [f]: 'w'.repeat(PAGE_LIMITS[f] + 1) })).out as ConversationRecord;
      expect(out[f], f).toBe('w'.repeat(PAGE_LIMITS[f]));
    }
  });
});

describe('a commitment', () => {
  it.each(['a', 'c1', 'A.b_c:d@e-f', '0', `a${'b'.repeat(127)}`, '123e4567-e89b-12d3-a456-426614174000'])('takes the id %j', (id) => {
    expect(strict('commitments', commitmentRecord(id)).list).toEqual([]);
  });

  it.each(['-a', '.a', 'a b', 'a|b', 'a\nb', 'a/b', '', `a${'b'.repeat(128)}`, 'é'])('refuses the id %j', (id) => {
    expect(strict('commitments', commitmentRecord(id)).list).toEqual([
      'r.id: expected an id of letters, digits and . _ : @ - (at most 128)',
    ]);
  });

  it('conditions, links and lead times: the limit taken, one more refused', () => {
    const n = (count: number, f: (i: number) => string) => Array.from({ length: count }, (_x, i) => f(i));
    expect(problemsOfCommitment({ conditions: n(IMPORT_LIMITS.conditions, () => 'if') })).toEqual([]);
    expect(problemsOfCommitment({ conditions: n(IMPORT_LIMITS.conditions + 1, () => 'if') })).toEqual([
      `r.conditions: at most ${IMPORT_LIMITS.conditions}`,
    ]);
    expect(problemsOfCommitment({ dependsOn: n(IMPORT_LIMITS.dependsOn, (i) => `d${i}`) })).toEqual([]);
    expect(problemsOfCommitment({ dependsOn: n(IMPORT_LIMITS.dependsOn + 1, (i) => `d${i}`) })).toEqual([
      `r.dependsOn: at most ${IMPORT_LIMITS.dependsOn}`,
    ]);
    const lead = (leadMinutes: number[]) => problemsOfCommitment({ reminder: { leadMinutes, snoozedUntil: null } });
    expect(lead(Array<number>(IMPORT_LIMITS.leadMinutes).fill(5))).toEqual([]);
    expect(lead(Array<number>(IMPORT_LIMITS.leadMinutes + 1).fill(5))).toEqual([
      `r.reminder.leadMinutes: at most ${IMPORT_LIMITS.leadMinutes}`,
    ]);
  });

  it('each link must be a commitment id', () => {
    expect(problemsOfCommitment({ dependsOn: ['ok', 'not ok', 'fine', 'x|y'] })).toEqual([
      'r.dependsOn[1]: expected a commitment id',
      'r.dependsOn[3]: expected a commitment id',
    ]);
  });

  it('lead times: whole minutes from 0 to a year and a day', () => {
    const lead = (leadMinutes: number[]) => problemsOfCommitment({ reminder: { leadMinutes, snoozedUntil: null } });
    expect(lead([0, 1, MAX_LEAD])).toEqual([]);
    expect(lead([-1, 1.5, MAX_LEAD + 1, 60])).toEqual([
      `r.reminder.leadMinutes[0]: expected whole minutes from 0 to ${MAX_LEAD}`,
      `r.reminder.leadMinutes[1]: expected whole minutes from 0 to ${MAX_LEAD}`,
      `r.reminder.leadMinutes[2]: expected whole minutes from 0 to ${MAX_LEAD}`,
    ]);
  });

  it('is rebuilt: derived fields derived again, words cleaned and bounded, what its status does not hold dropped', () => {
    const at = '2026-03-02T17:00:00.000Z';
    const c = {
      ...commitmentRecord('c1', {
        text: `\u202Epay\u202C ${'x'.repeat(IMPORT_LIMITS.words)}`,
        action: '\u2066send\u2069',
        due: { at, text: '\u202Eby 5pm', precision: 'minute' },
        dueAt: 1, // the file's dueAt is never taken
        conditions: ['\u202Bif paid'],
        reason: '\u202Dfor the audit',
        partyName: '\u202AAna',
        status: 'open',
        doneAt: 5,
        cancelReason: 'stale',
        dependsOn: ['d1'],
        reminder: { leadMinutes: [60, 0], snoozedUntil: 7 },
        deletedAt: 9,
      }),
      openDueAt: 1,
      openWords: ['pay'],
    };
    const { out, list } = strict('commitments', c);
    expect(list).toEqual([]);
    expect(out).toEqual({
      id: 'c1',
      conversationId: 'demo-helpdesk|https://x.test|1',
      text: `pay ${'x'.repeat(IMPORT_LIMITS.words - 4)}`,
      party: 'agent',
      action: 'send',
      due: { at, text: 'by 5pm', precision: 'minute' },
      vague: true,
      conditions: ['if paid'],
      reason: 'for the audit',
      partyName: 'Ana',
      status: 'open',
      dueAt: Date.parse(at),
      createdAt: 0,
      updatedAt: 0,
      doneAt: null,
      cancelReason: null,
      dependsOn: ['d1'],
      reminder: { leadMinutes: [60, 0], snoozedUntil: 7 },
      source: 'typed',
      deletedAt: 9,
    });
    // copies, not the file's arrays
    expect(out.dependsOn).not.toBe(c.dependsOn);
    expect(out.reminder.leadMinutes).not.toBe(c.reminder.leadMinutes);
  });

  it('keeps doneAt of a done one, the reason of a cancelled one, nulls, the author and a revision from 1', () => {
    const done = strict('commitments', commitmentRecord('c1', { status: 'done', doneAt: 5, cancelReason: 'x' })).out as CommitmentRecord;
    expect([done.doneAt, done.cancelReason, done.dueAt, done.due]).toEqual([5, null, null, null]);
    const cancelled = strict('commitments', commitmentRecord('c1', { status: 'cancelled', doneAt: 5, cancelReason: '\u202Eno' }))
      .out as CommitmentRecord;
    expect([cancelled.doneAt, cancelled.cancelReason]).toEqual([null, 'no']);
    const nulls = strict('commitments', commitmentRecord('c1', { status: 'cancelled', cancelReason: null })).out as CommitmentRecord;
    expect([nulls.cancelReason, nulls.reason, nulls.partyName]).toEqual([null, null, null]);
    const rev = (revision: number | undefined) => strict('commitments', commitmentRecord('c1', { revision })).out as CommitmentRecord;
    expect(rev(1).revision).toBe(1);
    expect(rev(4).revision).toBe(4);
    expect(rev(0)).not.toHaveProperty('revision');
    expect(rev(undefined)).not.toHaveProperty('revision');
    // not even as an undefined field; and never a fraction (checkCommitment refuses one first, this is the last guard)
    expect(Object.keys(rev(undefined))).not.toContain('revision');
    expect(rev(1.5)).not.toHaveProperty('revision');
    expect(strict('commitments', commitmentRecord('c1', { writtenBy: 'customer' })).out).toMatchObject({ writtenBy: 'customer' });
    expect(strict('commitments', commitmentRecord('c1')).out).not.toHaveProperty('writtenBy');
  });
});

describe('a history entry', () => {
  const entry = (over: Partial<HistoryEntry> = {}): HistoryEntry => ({
    commitmentId: 'c1',
    conversationId: 'demo-helpdesk|https://x.test|1',
    at: 5,
    kind: 'edited',
    changes: { text: { from: 'a', to: 'b' } },
    ...over,
  });

  it('is rebuilt: known fields, each change as from/to only, its id and a changeId of the id form', () => {
    const h = { ...entry({ id: 3, changeId: 'ch-1' }), extra: 1, changes: { text: { from: 'a', to: 'b', by: 'x' } } };
    expect(strict('history', h)).toEqual({
      out: {
        id: 3,
        commitmentId: 'c1',
        conversationId: 'demo-helpdesk|https://x.test|1',
        at: 5,
        kind: 'edited',
        changes: { text: { from: 'a', to: 'b' } },
        changeId: 'ch-1',
      },
      list: [],
    });
    expect(strict('history', entry()).out).toEqual(entry());
    // an entry without an id gets none (the ledger gives it one), not an undefined id
    expect(Object.keys(strict('history', entry()).out)).not.toContain('id');
    expect(strict('history', entry({ changeId: 'not an id' })).out).not.toHaveProperty('changeId');
    expect(strict('history', entry({ changeId: 7 as never })).out).not.toHaveProperty('changeId');
  });

  it('refuses a commitment id of another form', () => {
    expect(strict('history', entry({ commitmentId: 'c 1' })).list).toEqual(['r.commitmentId: expected a commitment id']);
  });

  it('changes: the limit of fields and of characters taken, one more refused', () => {
    const fields = (n: number) => Object.fromEntries(Array.from({ length: n }, (_x, i) => [`f${i}`, { from: null, to: null }]));
    expect(strict('history', entry({ changes: fields(IMPORT_LIMITS.changeKeys) })).list).toEqual([]);
    expect(strict('history', entry({ changes: fields(IMPORT_LIMITS.changeKeys + 1) })).list).toEqual([
      `r.changes: at most ${IMPORT_LIMITS.changeKeys} fields`,
    ]);
    // {"t":{"from":"","to":"…"}} is 25 characters besides the words
    const sized = (n: number) => ({ t: { from: '', to: 'w'.repeat(n - 25) } });
    expect(JSON.stringify(sized(IMPORT_LIMITS.historyEntryChars))).toHaveLength(IMPORT_LIMITS.historyEntryChars);
    expect(strict('history', entry({ changes: sized(IMPORT_LIMITS.historyEntryChars) })).list).toEqual([]);
    expect(strict('history', entry({ changes: sized(IMPORT_LIMITS.historyEntryChars + 1) })).list).toEqual([
      `r.changes: at most ${IMPORT_LIMITS.historyEntryChars} characters`,
    ]);
  });
});

describe('a whole file', () => {
  const file = (over: Partial<LedgerExport>): LedgerExport => ({
    format: 'commitment-keeper',
    version: 2,
    exportedAt: 1_772_445_600_000,
    conversations: [],
    commitments: [],
    history: [],
    ...over,
  });
  const ownsUrl = () => true;

  it('version 2: each record rebuilt under its own path', () => {
    const p = new Problems();
    const out = strictExport(
      file({ conversations: [conversation()], commitments: [commitmentRecord('c1'), commitmentRecord('bad id')], history: [] }),
      2,
      ownsUrl,
      p,
    );
    expect(p.list).toEqual(['commitments[1].id: expected an id of letters, digits and . _ : @ - (at most 128)']);
    expect(out.version).toBe(2);
    expect(out.format).toBe('commitment-keeper');
    expect(out.exportedAt).toBe(1_772_445_600_000);
    expect(out.conversations.map((c) => c.id)).toEqual(['demo-helpdesk|https://x.test|1']);
    expect(out.commitments.map((c) => c.id)).toEqual(['c1', 'bad id']);
  });

  it('version 1: conversations move to site-bound ids, and their records with them', () => {
    const old = {
      ...conversationRecord({ id: 'zendesk:42', host: 'zendesk', key: '42', url: 'https://acme.zendesk.com/agent/tickets/42' }),
    };
    const entry: HistoryEntry = { commitmentId: 'c1', conversationId: 'zendesk:42', at: 1, kind: 'created', changes: {} };
    const p = new Problems();
    const out = strictExport(
      file({ version: 1, conversations: [old], commitments: [commitmentRecord('c1', { conversationId: 'zendesk:42' })], history: [entry] }),
      1,
      ownsUrl,
      p,
    );
    expect(p.list).toEqual([]);
    const id = 'zendesk|https://acme.zendesk.com|42';
    expect(out.version).toBe(1);
    expect(out.conversations.map((c) => [c.id, c.host, c.site, c.key])).toEqual([[id, 'zendesk', 'https://acme.zendesk.com', '42']]);
    expect(out.commitments[0]!.conversationId).toBe(id);
    expect(out.history[0]!.conversationId).toBe(id);
    // version 2 keeps ids as they are (and so refuses this one)
    const p2 = new Problems();
    strictExport(file({ conversations: [old] }), 2, ownsUrl, p2);
    expect(p2.list).toEqual(['conversations[0].id: expected "zendesk|https://x.test|42" (host|site|key)']);
  });

  it('version 1: a record of a conversation the file does not hold keeps its id', () => {
    const p = new Problems();
    const out = strictExport(file({ version: 1, commitments: [commitmentRecord('c1', { conversationId: 'zendesk:9' })] }), 1, ownsUrl, p);
    expect(out.commitments[0]!.conversationId).toBe('zendesk:9');
  });
});
