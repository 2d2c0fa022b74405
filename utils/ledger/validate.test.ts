// The validator's own answers, word for word: what a broken file or a bad call is told (the path,
// the expected shape, what was there), that a bad record is refused and a good one kept, and the
// ten-problem cap exactly at ten. The rooms' tests check that a refused input writes nothing.
import { describe, expect, it } from 'vitest';
import { commitmentRecord, conversationRecord } from '../../tests/support/records';
import {
  check,
  checkCommitment,
  checkConversation,
  checkHistory,
  checkInfo,
  checkNewCommitment,
  checkPatch,
  importError,
  invalid,
  Problems,
} from './validate';

/** Runs one check on a fresh Problems: what it answered and the problems it listed. */
function run(f: (p: Problems) => unknown): { ok: unknown; list: string[] } {
  const p = new Problems();
  const ok = f(p);
  return { ok, list: p.list };
}

const due = { at: '2026-03-02T17:00:00.000Z', text: 'by Monday 5pm', precision: 'minute' };
const dueAt = Date.parse(due.at);

describe('Problems', () => {
  it('leads each problem by its path, "(root)" when there is none', () => {
    const p = new Problems();
    expect(p.ok).toBe(true);
    p.add('', 'expected object');
    p.add('a.b', 'bad');
    expect(p.list).toEqual(['(root): expected object', 'a.b: bad']);
    expect(p.ok).toBe(false);
    expect(p.count).toBe(2);
  });

  it('keeps the first ten words and counts them all', () => {
    const p = new Problems();
    for (let i = 0; i < 10; i++) p.add(`x${i}`, 'bad');
    expect(p.list).toHaveLength(10);
    expect(p.count).toBe(10);
    p.add('x10', 'bad');
    expect(p.list).toHaveLength(10);
    expect(p.list[9]).toBe('x9: bad');
    expect(p.count).toBe(11);
  });
});

describe('check.string and what was there instead', () => {
  it.each([
    ['null', null],
    ['array', []],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
    ['number', 1],
    ['object', {}],
    ['undefined', undefined],
    ['boolean', true],
  ])('names %s', (kind, value) => {
    expect(run((p) => check.string(value, 'f', p))).toEqual({ ok: false, list: [`f: expected string, got ${kind}`] });
  });

  it('takes null only when nullable, and says so', () => {
    expect(run((p) => check.string(null, 'f', p, { nullable: true }))).toEqual({ ok: true, list: [] });
    expect(run((p) => check.string(3, 'f', p, { nullable: true }))).toEqual({
      ok: false,
      list: ['f: expected string or null, got number'],
    });
  });

  it('refuses a blank string only when asked for a non-empty one', () => {
    expect(run((p) => check.string(' \t', 'f', p, { nonEmpty: true }))).toEqual({ ok: false, list: ['f: expected a non-empty string'] });
    expect(run((p) => check.string(' \t', 'f', p))).toEqual({ ok: true, list: [] });
    expect(run((p) => check.string('a', 'f', p, { nonEmpty: true }))).toEqual({ ok: true, list: [] });
  });

  it('optString takes undefined, never null', () => {
    expect(run((p) => check.optString(undefined, 'f', p))).toEqual({ ok: true, list: [] });
    expect(run((p) => check.optString('x', 'f', p))).toEqual({ ok: true, list: [] });
    expect(run((p) => check.optString(null, 'f', p))).toEqual({ ok: false, list: ['f: expected string, got null'] });
  });
});

describe('check.number, boolean, oneOf', () => {
  it('takes finite numbers; integers when asked', () => {
    expect(run((p) => check.number(1.5, 'n', p))).toEqual({ ok: true, list: [] });
    expect(run((p) => check.number(NaN, 'n', p))).toEqual({ ok: false, list: ['n: expected number, got NaN'] });
    expect(run((p) => check.number(Infinity, 'n', p))).toEqual({ ok: false, list: ['n: expected number, got Infinity'] });
    expect(run((p) => check.number('1', 'n', p))).toEqual({ ok: false, list: ['n: expected number, got string'] });
    expect(run((p) => check.number(1.5, 'n', p, { integer: true }))).toEqual({ ok: false, list: ['n: expected integer, got number'] });
    expect(run((p) => check.number(2, 'n', p, { integer: true }))).toEqual({ ok: true, list: [] });
  });

  it('takes null only when nullable, and says so', () => {
    expect(run((p) => check.number(null, 'n', p, { nullable: true }))).toEqual({ ok: true, list: [] });
    expect(run((p) => check.number(null, 'n', p))).toEqual({ ok: false, list: ['n: expected number, got null'] });
    expect(run((p) => check.number('x', 'n', p, { nullable: true, integer: true }))).toEqual({
      ok: false,
      list: ['n: expected integer or null, got string'],
    });
  });

  it('boolean', () => {
    expect(run((p) => check.boolean(false, 'b', p))).toEqual({ ok: true, list: [] });
    expect(run((p) => check.boolean('true', 'b', p))).toEqual({ ok: false, list: ['b: expected boolean, got string'] });
  });

  it('oneOf lists the words it takes and quotes a wrong one', () => {
    expect(run((p) => check.oneOf('b', ['a', 'b'], 'o', p))).toEqual({ ok: true, list: [] });
    expect(run((p) => check.oneOf('c', ['a', 'b'], 'o', p))).toEqual({ ok: false, list: ['o: expected one of "a", "b", got "c"'] });
    expect(run((p) => check.oneOf(3, ['a'], 'o', p, { nullable: true }))).toEqual({
      ok: false,
      list: ['o: expected one of "a" or null, got number'],
    });
    expect(run((p) => check.oneOf(null, ['a'], 'o', p, { nullable: true }))).toEqual({ ok: true, list: [] });
    expect(run((p) => check.oneOf(null, ['a'], 'o', p))).toEqual({ ok: false, list: ['o: expected one of "a", got null'] });
  });
});

describe('arrays: every bad element, by index', () => {
  it('stringArray', () => {
    expect(run((p) => check.stringArray(['a', 'b'], 's', p))).toEqual({ ok: true, list: [] });
    expect(run((p) => check.stringArray('a', 's', p))).toEqual({ ok: false, list: ['s: expected array of strings, got string'] });
    expect(run((p) => check.stringArray(['a', 1, null], 's', p))).toEqual({
      ok: false,
      list: ['s[1]: expected string, got number', 's[2]: expected string, got null'],
    });
    // a bad element before a good one still fails the array
    expect(run((p) => check.stringArray([1, 'a'], 's', p)).ok).toBe(false);
  });

  it('numberArray', () => {
    expect(run((p) => check.numberArray([0, 60], 'n', p))).toEqual({ ok: true, list: [] });
    expect(run((p) => check.numberArray({}, 'n', p))).toEqual({ ok: false, list: ['n: expected array of numbers, got object'] });
    expect(run((p) => check.numberArray([1, 'x', NaN], 'n', p))).toEqual({
      ok: false,
      list: ['n[1]: expected number, got string', 'n[2]: expected number, got NaN'],
    });
    expect(run((p) => check.numberArray(['x', 1], 'n', p)).ok).toBe(false);
  });
});

describe('check.due', () => {
  it('takes null and a whole deadline', () => {
    expect(run((p) => check.due(null, 'd', p))).toEqual({ ok: true, list: [] });
    expect(run((p) => check.due(due, 'd', p))).toEqual({ ok: true, list: [] });
  });

  it('names each broken part', () => {
    expect(run((p) => check.due('friday', 'd', p))).toEqual({
      ok: false,
      list: ['d: expected object {at, text, precision} or null, got string'],
    });
    expect(run((p) => check.due({ ...due, at: 'soon' }, 'd', p))).toEqual({
      ok: false,
      list: ['d.at: expected an ISO 8601 instant, got "soon"'],
    });
    // a number for `at` is a type problem, not also a date problem
    expect(run((p) => check.due({ ...due, at: 5 }, 'd', p))).toEqual({ ok: false, list: ['d.at: expected string, got number'] });
    expect(run((p) => check.due({ ...due, text: null }, 'd', p))).toEqual({ ok: false, list: ['d.text: expected string, got null'] });
    expect(run((p) => check.due({ ...due, precision: 'year' }, 'd', p))).toEqual({
      ok: false,
      list: ['d.precision: expected one of "minute", "hour", "part-of-day", "day", "week", "month", got "year"'],
    });
  });

  it.each(['minute', 'hour', 'part-of-day', 'day', 'week', 'month'])('takes the precision "%s"', (precision) => {
    expect(run((p) => check.due({ ...due, precision }, 'd', p))).toEqual({ ok: true, list: [] });
  });
});

describe('checkConversation', () => {
  it('keeps a whole record, with or without the customer fields', () => {
    expect(run((p) => checkConversation(conversationRecord(), 'c', p))).toEqual({ ok: true, list: [] });
    const full = conversationRecord({ customerName: 'Ana', customerEmail: 'a@b.c', customerOrg: 'Acme', customerTimeZone: 'Europe/Paris' });
    expect(run((p) => checkConversation(full, 'c', p))).toEqual({ ok: true, list: [] });
  });

  it('names every field of the wrong type, and checks no id until the types are right', () => {
    const bad = {
      id: '',
      host: ' ',
      key: 1,
      site: null,
      url: 2,
      subject: undefined,
      customerName: 3,
      customerEmail: null,
      customerOrg: [],
      customerTimeZone: false,
      createdAt: 'x',
      updatedAt: null,
    };
    expect(run((p) => checkConversation(bad, 'c', p))).toEqual({
      ok: false,
      list: [
        'c.id: expected a non-empty string',
        'c.host: expected a non-empty string',
        'c.key: expected string, got number',
        'c.site: expected string, got null',
        'c.url: expected string, got number',
        'c.subject: expected string, got undefined',
        'c.customerName: expected string, got number',
        'c.customerEmail: expected string, got null',
        'c.customerOrg: expected string, got array',
        'c.customerTimeZone: expected string, got boolean',
      ],
    });
    expect(run((p) => checkConversation(conversationRecord({ key: ' ' }), 'c', p))).toEqual({
      ok: false,
      list: ['c.key: expected a non-empty string'],
    });
    expect(run((p) => checkConversation(conversationRecord({ updatedAt: NaN }), 'c', p))).toEqual({
      ok: false,
      list: ['c.updatedAt: expected number, got NaN'],
    });
    expect(run((p) => checkConversation(conversationRecord({ createdAt: null as never }), 'c', p)).list).toEqual([
      'c.createdAt: expected number, got null',
    ]);
    expect(run((p) => checkConversation([], 'c', p))).toEqual({ ok: false, list: ['c: expected object, got array'] });
  });

  it('refuses an id that is not made of its parts (version 2: host|site|key)', () => {
    expect(run((p) => checkConversation(conversationRecord({ id: 'demo-helpdesk:1' }), 'c', p))).toEqual({
      ok: false,
      list: ['c.id: expected "demo-helpdesk|https://x.test|1" (host|site|key), got "demo-helpdesk:1"'],
    });
  });

  it('a version-1 conversation has no site and the id host:key', () => {
    const { site: _site, ...v1 } = conversationRecord({ id: 'demo-helpdesk:1' });
    expect(run((p) => checkConversation(v1, 'c', p, 1))).toEqual({ ok: true, list: [] });
    expect(run((p) => checkConversation({ ...v1, id: 'demo-helpdesk|https://x.test|1' }, 'c', p, 1))).toEqual({
      ok: false,
      list: ['c.id: expected "demo-helpdesk:1" (host:key), got "demo-helpdesk|https://x.test|1"'],
    });
    // version 2 asks for the site
    expect(run((p) => checkConversation(v1, 'c', p, 2)).list).toEqual(['c.site: expected string, got undefined']);
    // the default is version 2
    expect(run((p) => checkConversation(v1, 'c', p)).list).toEqual(['c.site: expected string, got undefined']);
  });
});

describe('checkCommitment', () => {
  it('keeps a whole record: open undated, dated, done, cancelled, written by the customer, with a revision', () => {
    const ok = (over: Parameters<typeof commitmentRecord>[1]) => run((p) => checkCommitment(commitmentRecord('c1', over), 'k', p));
    expect(ok({})).toEqual({ ok: true, list: [] });
    expect(ok({ due: due as never, dueAt, party: null, partyName: 'Ana', reason: 'r' })).toEqual({ ok: true, list: [] });
    expect(ok({ status: 'done', doneAt: 5 })).toEqual({ ok: true, list: [] });
    expect(ok({ status: 'cancelled', cancelReason: 'no longer needed' })).toEqual({ ok: true, list: [] });
    expect(ok({ writtenBy: 'customer', revision: 3 })).toEqual({ ok: true, list: [] });
    expect(ok({ reminder: { leadMinutes: [], snoozedUntil: 9 }, deletedAt: 4 })).toEqual({ ok: true, list: [] });
  });

  it('names every field of the wrong type', () => {
    const bad = {
      id: ' ',
      conversationId: '',
      text: 1,
      party: 'boss',
      action: null,
      due: 'friday',
      vague: 'yes',
      conditions: 'if',
      reason: 1,
      partyName: 2,
      status: 'closed',
      dueAt: 'x',
      createdAt: null,
      updatedAt: undefined,
      doneAt: 'x',
      cancelReason: 3,
      dependsOn: [1],
      reminder: { leadMinutes: ['60'], snoozedUntil: 'later' },
      source: 'fax',
      deletedAt: true,
      writtenBy: 'nobody',
      revision: 1.5,
    };
    const p = new Problems();
    expect(checkCommitment(bad, 'k', p)).toBe(false);
    expect(p.count).toBe(23); // the reminder's two parts count one each
    expect(p.list).toEqual([
      'k.id: expected a non-empty string',
      'k.conversationId: expected a non-empty string',
      'k.text: expected string, got number',
      'k.party: expected one of "agent", "customer", "third-party" or null, got "boss"',
      'k.action: expected string, got null',
      'k.due: expected object {at, text, precision} or null, got string',
      'k.vague: expected boolean, got string',
      'k.conditions: expected array of strings, got string',
      'k.reason: expected string or null, got number',
      'k.partyName: expected string or null, got number',
    ]);
    const rest = [
      ['status', 'closed', 'k.status: expected one of "open", "done", "cancelled", got "closed"'],
      ['dueAt', 'x', 'k.dueAt: expected number or null, got string'],
      ['createdAt', null, 'k.createdAt: expected number, got null'],
      ['updatedAt', undefined, 'k.updatedAt: expected number, got undefined'],
      ['doneAt', 'x', 'k.doneAt: expected number or null, got string'],
      ['cancelReason', 3, 'k.cancelReason: expected string or null, got number'],
      ['dependsOn', [1], 'k.dependsOn[0]: expected string, got number'],
      ['source', 'fax', 'k.source: expected one of "typed", "selection", "suggested", "imported", got "fax"'],
      ['deletedAt', true, 'k.deletedAt: expected number or null, got boolean'],
      ['writtenBy', 'nobody', 'k.writtenBy: expected one of "agent", "customer", "third-party", got "nobody"'],
      ['revision', 1.5, 'k.revision: expected integer, got number'],
      ['revision', null, 'k.revision: expected integer, got null'],
      ['writtenBy', null, 'k.writtenBy: expected one of "agent", "customer", "third-party", got null'],
    ] as const;
    for (const [field, value, problem] of rest) {
      expect(
        run((q) => checkCommitment(commitmentRecord('c1', { [field]: value }), 'k', q)),
        field,
      ).toEqual({ ok: false, list: [problem] });
    }
  });

  it.each(['agent', 'customer', 'third-party'])('takes the party and author "%s"', (party) => {
    expect(run((p) => checkCommitment(commitmentRecord('c1', { party: party as never, writtenBy: party as never }), 'k', p)).list).toEqual(
      [],
    );
  });

  it.each(['typed', 'selection', 'suggested', 'imported'])('takes the source "%s"', (source) => {
    expect(run((p) => checkCommitment(commitmentRecord('c1', { source: source as never }), 'k', p)).list).toEqual([]);
  });

  it('the reminder: an object of lead minutes and a snooze end', () => {
    const r = (reminder: unknown) => run((p) => checkCommitment(commitmentRecord('c1', { reminder: reminder as never }), 'k', p));
    expect(r(null)).toEqual({ ok: false, list: ['k.reminder: expected object {leadMinutes, snoozedUntil}, got null'] });
    expect(r([])).toEqual({ ok: false, list: ['k.reminder: expected object {leadMinutes, snoozedUntil}, got array'] });
    expect(r({ leadMinutes: [60, '0'], snoozedUntil: null })).toEqual({
      ok: false,
      list: ['k.reminder.leadMinutes[1]: expected number, got string'],
    });
    expect(r({ leadMinutes: [], snoozedUntil: 'x' })).toEqual({
      ok: false,
      list: ['k.reminder.snoozedUntil: expected number or null, got string'],
    });
  });

  it('dueAt must be the instant of due.at, and null without a deadline', () => {
    const c = (over: Parameters<typeof commitmentRecord>[1]) => run((p) => checkCommitment(commitmentRecord('c1', over), 'k', p));
    expect(c({ due: due as never, dueAt: dueAt + 1 })).toEqual({
      ok: false,
      list: [`k.dueAt: expected ${dueAt} (the instant of due.at), got ${dueAt + 1}`],
    });
    expect(c({ due: due as never, dueAt: null })).toEqual({
      ok: false,
      list: [`k.dueAt: expected ${dueAt} (the instant of due.at), got null`],
    });
    expect(c({ due: null, dueAt: 0 })).toEqual({ ok: false, list: ['k.dueAt: expected null (the instant of due.at), got 0'] });
    // a broken deadline is told once, not again as a dueAt mismatch
    expect(c({ due: { ...due, at: 'soon' } as never, dueAt })).toEqual({
      ok: false,
      list: ['k.due.at: expected an ISO 8601 instant, got "soon"'],
    });
    expect(c({ due: due as never, dueAt: 'x' as never })).toEqual({ ok: false, list: ['k.dueAt: expected number or null, got string'] });
  });

  it('a done commitment needs the moment it was done, once its types are right', () => {
    const c = (over: Parameters<typeof commitmentRecord>[1]) => run((p) => checkCommitment(commitmentRecord('c1', over), 'k', p));
    expect(c({ status: 'done', doneAt: null })).toEqual({
      ok: false,
      list: ['k.doneAt: expected a number for a done commitment, got null'],
    });
    expect(c({ status: 'open', doneAt: null })).toEqual({ ok: true, list: [] });
    expect(c({ status: 'done', doneAt: null, text: 1 as never })).toEqual({ ok: false, list: ['k.text: expected string, got number'] });
  });

  it('refuses what is not an object', () => {
    expect(run((p) => checkCommitment('c1', 'k', p))).toEqual({ ok: false, list: ['k: expected object, got string'] });
  });
});

describe('checkHistory', () => {
  const entry = { commitmentId: 'c1', conversationId: 'x|y|1', at: 5, kind: 'edited', changes: { text: { from: 'a', to: 'b' } } };

  it('keeps a whole entry, with or without id and changeId', () => {
    expect(run((p) => checkHistory(entry, 'h', p))).toEqual({ ok: true, list: [] });
    expect(run((p) => checkHistory({ ...entry, id: 4, changeId: 'ch-1', changes: {} }, 'h', p))).toEqual({ ok: true, list: [] });
  });

  it.each(['created', 'edited', 'completed', 'reopened', 'cancelled', 'rescheduled', 'snoozed', 'deleted', 'restored', 'imported'])(
    'takes the kind "%s"',
    (kind) => {
      expect(run((p) => checkHistory({ ...entry, kind }, 'h', p))).toEqual({ ok: true, list: [] });
    },
  );

  it('names every broken field', () => {
    const h = (over: Record<string, unknown>) => run((p) => checkHistory({ ...entry, ...over }, 'h', p));
    expect(h({ id: 1.5 })).toEqual({ ok: false, list: ['h.id: expected integer, got number'] });
    expect(h({ id: '4' })).toEqual({ ok: false, list: ['h.id: expected integer, got string'] });
    expect(h({ commitmentId: '' })).toEqual({ ok: false, list: ['h.commitmentId: expected a non-empty string'] });
    expect(h({ conversationId: ' ' })).toEqual({ ok: false, list: ['h.conversationId: expected a non-empty string'] });
    expect(h({ at: '5' })).toEqual({ ok: false, list: ['h.at: expected number, got string'] });
    expect(h({ kind: 'merged' }).list[0]).toBe(
      'h.kind: expected one of "created", "edited", "completed", "reopened", "cancelled", "rescheduled", "snoozed", "deleted", "restored", "imported", got "merged"',
    );
    expect(h({ changeId: '' })).toEqual({ ok: false, list: ['h.changeId: expected a non-empty string'] });
    expect(h({ changeId: null })).toEqual({ ok: false, list: ['h.changeId: expected string, got null'] });
    expect(h({ changes: null })).toEqual({ ok: false, list: ['h.changes: expected object, got null'] });
    expect(h({ changes: { a: 1, b: { from: 1 }, c: { to: 1 }, d: { from: null, to: null } } })).toEqual({
      ok: false,
      list: [
        'h.changes.a: expected object {from, to}',
        'h.changes.b: expected object {from, to}',
        'h.changes.c: expected object {from, to}',
      ],
    });
    expect(run((p) => checkHistory(7, 'h', p))).toEqual({ ok: false, list: ['h: expected object, got number'] });
  });
});

describe('what callers send', () => {
  const info = { host: 'zendesk', key: '42', url: 'https://acme.zendesk.com/agent/tickets/42', subject: 'Rates' };
  const draft = {
    text: 'I will send it by Friday',
    party: 'agent',
    action: 'send it',
    due: null,
    vague: false,
    conditions: [],
    reason: null,
  };
  const input = { conversation: info, draft, source: 'typed' };

  it('checkInfo: the parts, the customer fields, a known zone, an ISO date', () => {
    const i = (over: Record<string, unknown>) => run((p) => checkInfo({ ...info, ...over }, 'conversation', p));
    expect(i({})).toEqual({ ok: undefined, list: [] });
    expect(
      i({ site: 'https://acme.zendesk.com', customerTimeZone: 'America/New_York', lastMessageAt: '2026-03-02T10:00:00Z' }).list,
    ).toEqual([]);
    expect(i({ host: '', key: ' ', site: 1, url: null, subject: 2 }).list).toEqual([
      'conversation.host: expected a non-empty string',
      'conversation.key: expected a non-empty string',
      'conversation.site: expected string, got number',
      'conversation.url: expected string, got null',
      'conversation.subject: expected string, got number',
    ]);
    expect(i({ customerEmail: 5 }).list).toEqual(['conversation.customerEmail: expected string, got number']);
    expect(i({ customerTimeZone: 'Mars/Olympus' }).list).toEqual(['conversation.customerTimeZone: unknown time zone "Mars/Olympus"']);
    expect(i({ customerTimeZone: 5 }).list).toEqual(['conversation.customerTimeZone: expected string, got number']);
    expect(i({ lastMessageAt: 'yesterday' }).list).toEqual(['conversation.lastMessageAt: expected an ISO date']);
    expect(i({ lastMessageAt: Date.parse('2026-03-02T10:00:00Z') }).list).toEqual(['conversation.lastMessageAt: expected an ISO date']);
    // Date.parse reads a number or a one-element array as a year: the type is checked first
    expect(i({ lastMessageAt: 2026 }).list).toEqual(['conversation.lastMessageAt: expected an ISO date']);
    expect(i({ lastMessageAt: ['2026'] }).list).toEqual(['conversation.lastMessageAt: expected an ISO date']);
    expect(run((p) => checkInfo('zendesk', 'conversation', p)).list).toEqual(['conversation: expected object']);
  });

  it('checkNewCommitment: a whole input, and every optional field', () => {
    const n = (over: Record<string, unknown>) => run((p) => checkNewCommitment({ ...input, ...over }, p));
    expect(n({})).toEqual({ ok: undefined, list: [] });
    expect(
      n({
        partyName: null,
        dependsOn: ['c0'],
        writtenBy: 'customer',
        id: 'c1',
        madeAt: 5,
        reminder: { leadMinutes: [60] },
        draft: { ...draft, due, party: null, reason: 'so it arrives' },
      }).list,
    ).toEqual([]);
    expect(n({ reminder: {} }).list).toEqual([]);
    expect(
      n({ partyName: 3, dependsOn: 'c0', writtenBy: 'boss', id: '', madeAt: 'now', reminder: null, source: 'fax', conversation: null })
        .list,
    ).toEqual([
      'conversation: expected object',
      'source: expected one of "typed", "selection", "suggested", "imported", got "fax"',
      'partyName: expected string or null, got number',
      'dependsOn: expected array of strings, got string',
      'writtenBy: expected one of "agent", "customer", "third-party", got "boss"',
      'id: expected a non-empty string',
      'madeAt: expected number, got string',
      'reminder: expected object {leadMinutes}',
    ]);
    expect(n({ reminder: { leadMinutes: 60 } }).list).toEqual(['reminder.leadMinutes: expected array of numbers, got number']);
  });

  it('checkNewCommitment: the draft', () => {
    const d = (over: Record<string, unknown>) => run((p) => checkNewCommitment({ ...input, draft: { ...draft, ...over } }, p)).list;
    expect(d({ text: ' \u200B\u00AD ' })).toEqual(['draft.text: expected words (only spaces or invisible characters)']);
    expect(d({ text: 5 })).toEqual(['draft.text: expected string, got number']);
    expect(d({ party: 'me', action: 1, due: 'soon', vague: 0, conditions: [2], reason: 3 })).toEqual([
      'draft.party: expected one of "agent", "customer", "third-party" or null, got "me"',
      'draft.action: expected string, got number',
      'draft.due: expected object {at, text, precision} or null, got string',
      'draft.vague: expected boolean, got number',
      'draft.conditions[0]: expected string, got number',
      'draft.reason: expected string or null, got number',
    ]);
    expect(run((p) => checkNewCommitment({ ...input, draft: [] }, p)).list).toEqual(['draft: expected object']);
    expect(run((p) => checkNewCommitment(null, p)).list).toEqual(['(root): expected object {conversation, draft, source}']);
  });

  it('checkPatch: each editable field, and nothing else', () => {
    const c = (patch: unknown) => run((p) => checkPatch(patch, p)).list;
    expect(
      c({
        text: 'new words',
        action: 'a',
        party: null,
        partyName: null,
        reason: 'r',
        vague: true,
        conditions: [],
        dependsOn: ['c0'],
        due,
        reminder: { leadMinutes: [0] },
      }),
    ).toEqual([]);
    expect(c({ text: undefined, status: undefined })).toEqual([]);
    expect(
      c({
        text: '\u200B',
        action: 1,
        party: 'me',
        partyName: 2,
        reason: 3,
        vague: 'no',
        conditions: 'x',
        dependsOn: [1],
        due: 'x',
        reminder: 1,
      }),
    ).toEqual([
      'patch.text: expected words (only spaces or invisible characters)',
      'patch.action: expected string, got number',
      'patch.party: expected one of "agent", "customer", "third-party" or null, got "me"',
      'patch.partyName: expected string or null, got number',
      'patch.reason: expected string or null, got number',
      'patch.vague: expected boolean, got string',
      'patch.conditions: expected array of strings, got string',
      'patch.dependsOn[0]: expected string, got number',
      'patch.due: expected object {at, text, precision} or null, got string',
      'patch.reminder: expected object {leadMinutes}',
    ]);
    expect(c({ status: 'done', dueAt: 5 })).toEqual([
      'patch.status: not an editable field (status, deadline and deletion have their own methods)',
      'patch.dueAt: not an editable field (status, deadline and deletion have their own methods)',
    ]);
    expect(c(null)).toEqual(['patch: expected object']);
    expect(c([])).toEqual(['patch: expected object']);
  });
});

describe('the errors', () => {
  it('invalid: the action, the problems joined, the list', () => {
    const p = new Problems();
    p.add('draft.text', 'expected words');
    p.add('source', 'bad');
    const e = invalid('saveCommitment', p);
    expect(e.code).toBe('invalid-input');
    expect(e.problems).toEqual(['draft.text: expected words', 'source: bad']);
    expect(e.words).toEqual({ message: 'invalidInput', action: 'saveCommitment', params: ['draft.text: expected words; source: bad'] });
  });

  it('importError: "more" only past the ten listed', () => {
    const p = new Problems();
    for (let i = 0; i < 10; i++) p.add(`x${i}`, 'bad');
    const ten = importError(p);
    expect(ten.code).toBe('invalid-import');
    expect(ten.words).toEqual({ message: 'invalidImport', params: [p.list.join('; ')] });
    expect(ten.problems).toEqual(p.list);
    p.add('x10', 'bad');
    p.add('x11', 'bad');
    expect(importError(p).words).toEqual({ message: 'invalidImportMore', params: [p.list.join('; '), '2'] });
  });
});
