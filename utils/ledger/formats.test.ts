// The CSV and iCalendar files, byte for byte: every column and its header, the outcome at exactly
// the deadline and exactly now, quoting, the calendar event's lines, who a summary names, folding
// at 75 octets. A hostile record's escaping is in import-schema.test.ts.
import { describe, expect, it } from 'vitest';
import { commitmentRecord, conversationRecord } from '../../tests/support/records';
import { csvCell, icsEscape, icsUri, startsLikeFormula, toCsv, toIcs } from './formats';
import type { CommitmentRecord, ConversationRecord } from './types';

const HOUR = 3_600_000;
const T = Date.UTC(2026, 2, 2, 17, 0, 0); // Monday 2 March 2026, 17:00 UTC
const conversation = conversationRecord({
  id: 'cv',
  subject: 'Rates, 2026',
  customerName: 'Ana "A" Silva',
  customerEmail: 'ana@acme.test',
  customerOrg: 'Acme',
  url: 'https://x.test/1',
});
const conversations = new Map<string, ConversationRecord>([['cv', conversation]]);

function dated(id: string, over: Partial<CommitmentRecord> = {}): CommitmentRecord {
  return commitmentRecord(id, {
    conversationId: 'cv',
    due: { at: new Date(T).toISOString(), text: 'by Monday 5pm', precision: 'minute' },
    dueAt: T,
    vague: false,
    createdAt: T - 2 * HOUR,
    updatedAt: T - HOUR,
    ...over,
  });
}

const HEADER =
  'id,status,party,party_name,action,text,due,due_words,outcome,created,done,cancel_reason,conditions,reason,depends_on,source,conversation_id,subject,customer_name,customer_email,customer_org,url';

function csvLines(records: CommitmentRecord[], now: number, convs = conversations): string[] {
  const csv = toCsv(records, convs, now);
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv.slice(1, -2).split('\r\n');
}

describe('CSV', () => {
  it('writes the header and every column of a record, in order', () => {
    const c = dated('c1', {
      party: 'customer',
      partyName: 'Ana',
      action: 'send the form',
      text: 'I will send the form',
      status: 'done',
      doneAt: T - 1,
      conditions: ['if approved', 'if paid'],
      reason: 'for the audit',
      dependsOn: ['c0', 'c9'],
      source: 'selection',
    });
    expect(csvLines([c], T)).toEqual([
      HEADER,
      'c1,done,customer,Ana,send the form,I will send the form,2026-03-02T17:00:00.000Z,by Monday 5pm,on time,2026-03-02T15:00:00.000Z,2026-03-02T16:59:59.999Z,,if approved; if paid,for the audit,c0 c9,selection,cv,"Rates, 2026","Ana ""A"" Silva",ana@acme.test,Acme,https://x.test/1',
    ]);
  });

  it('an undated record in a conversation the ledger no longer has: empty cells, never "null"', () => {
    const c = commitmentRecord('c2', { conversationId: 'gone', party: null, status: 'cancelled', cancelReason: 'not needed' });
    expect(csvLines([c], T)).toEqual([HEADER, 'c2,cancelled,,,c2,c2,,,cancelled,1970-01-01T00:00:00.000Z,,not needed,,,,typed,gone,,,,,']);
  });

  it('the outcome: done exactly at the deadline is on time, a millisecond after is late; due exactly now is open', () => {
    const outcome = (c: CommitmentRecord, now = T) => csvLines([c], now)[1]!.split(',')[8];
    expect(outcome(dated('a', { status: 'done', doneAt: T }))).toBe('on time');
    expect(outcome(dated('a', { status: 'done', doneAt: T + 1 }))).toBe('late');
    expect(outcome(dated('a', { status: 'done', doneAt: null }))).toBe('done');
    expect(outcome(commitmentRecord('a', { status: 'done', doneAt: T }))).toBe('done');
    expect(outcome(dated('a'), T)).toBe('open');
    expect(outcome(dated('a'), T + 1)).toBe('overdue');
    expect(outcome(dated('a'), T - 1)).toBe('open');
    expect(outcome(commitmentRecord('a'), T)).toBe('open');
    expect(outcome(dated('a', { status: 'cancelled' }), T + 1)).toBe('cancelled');
  });

  it('no records: the header alone', () => {
    expect(toCsv([], conversations, T)).toBe(`\uFEFF${HEADER}\r\n`);
  });
});

describe('csvCell', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    ['', ''],
    ['plain', 'plain'],
    [12, '12'],
    [-1, '-1'], // a number is a number, not a formula
    [false, 'false'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    [' lead', '" lead"'],
    ['trail ', '"trail "'],
    ['=1+1', "'=1+1"],
    ['-2', "'-2"],
    ['\t=1', "'\t=1"], // the apostrophe leads: no quotes needed
    ['=a,b', '"\'=a,b"'],
    ['in"side', '"in""side"'],
  ])('%j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each(['\t', '\r', '\n', '\tsend it'])('guards a cell starting with a control: %j', (s) => {
    expect(startsLikeFormula(s)).toBe(true);
  });

  it.each(['send it', 'x=1', 'a-b', 'mail@x.test', ' send', '\u00a0send', 'x\t='])('leaves %j unguarded', (s) => {
    expect(startsLikeFormula(s)).toBe(false);
  });

  it.each(['\u00a0=1', '\u3000+1', ' \n -1', '＠x', '＋1', '－1', '＝1'])('guards %j', (s) => {
    expect(startsLikeFormula(s)).toBe(true);
  });
});

describe('iCalendar', () => {
  it('escapes each special character on its own', () => {
    expect(icsEscape('a\\b')).toBe('a\\\\b');
    expect(icsEscape('a;b')).toBe('a\\;b');
    expect(icsEscape('a,b')).toBe('a\\,b');
    expect(icsEscape('a\nb')).toBe('a\\nb');
    expect(icsEscape('a\rb')).toBe('a\\nb');
    expect(icsEscape('a\r\nb')).toBe('a\\nb');
    expect(icsEscape('a\r\n\r\nb')).toBe('a\\n\\nb');
    expect(icsEscape('a\u2028b\u2029c\u000bd\u001fe\u0008f')).toBe('abcdef');
    expect(icsEscape('tab\tkept')).toBe('tab\tkept');
    expect(icsEscape('x;;y,,z')).toBe('x\\;\\;y\\,\\,z');
  });

  it('URIs: http and https only; nothing for none', () => {
    expect(icsUri(undefined)).toBeNull();
    expect(icsUri('')).toBeNull();
    expect(icsUri('not a url')).toBeNull();
    expect(icsUri('ftp://x.test/a')).toBeNull();
    expect(icsUri('http://x.test/a')).toBe('http://x.test/a');
    expect(icsUri('https://x.test/a?b=1#c')).toBe('https://x.test/a?b=1#c');
    expect(icsUri('https://x.test/café')).toBe('https://x.test/caf%C3%A9');
  });

  it('writes one event per open, dated, live commitment: its lines exactly', () => {
    const c = dated('c1', {
      party: 'customer',
      partyName: null,
      action: 'send the signed form',
      text: 'I will send the signed form, today',
      conditions: ['if approved', 'if paid'],
    });
    const now = T - 3 * HOUR;
    expect(toIcs([c], conversations, now).split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Commitment Keeper//Ledger//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Commitments',
      'BEGIN:VEVENT',
      'UID:c1@commitment-keeper',
      'DTSTAMP:20260302T140000Z',
      'DTSTART:20260302T164500Z',
      'DTEND:20260302T170000Z',
      'LAST-MODIFIED:20260302T160000Z',
      'SUMMARY:Ana "A" Silva: send the signed form',
      'DESCRIPTION:I will send the signed form\\, today\\nDue: by Monday 5pm\\nIf: if',
      '  approved\\; if paid\\nConversation: Rates\\, 2026 (Ana "A" Silva)\\nhttps://x',
      ' .test/1',
      'URL:https://x.test/1',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('leaves out what is done, cancelled, undated or deleted', () => {
    const skipped = [
      dated('done', { status: 'done', doneAt: T }),
      dated('cancelled', { status: 'cancelled' }),
      commitmentRecord('undated', { conversationId: 'cv' }),
      dated('deleted', { deletedAt: T }),
    ];
    const ics = toIcs([...skipped, dated('kept')], conversations, T);
    expect(ics.match(/^UID:.*$/gm)).toEqual(['UID:kept@commitment-keeper']);
    expect(toIcs([], conversations, T)).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Commitment Keeper//Ledger//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Commitments\r\nEND:VCALENDAR\r\n',
    );
  });

  it('names who acts in the summary', () => {
    const summary = (over: Partial<CommitmentRecord>, convs = conversations) =>
      /^SUMMARY:(.*)$/m.exec(toIcs([dated('c', { action: 'call back', ...over })], convs, T))![1]!.replace(/\r$/, '');
    const noName = new Map([['cv', conversationRecord({ id: 'cv' })]]);
    expect(summary({ party: 'agent', partyName: 'Ana' })).toBe('You: call back');
    expect(summary({ party: 'customer', partyName: 'Bo' })).toBe('Bo: call back');
    expect(summary({ party: 'customer' })).toBe('Ana "A" Silva: call back');
    expect(summary({ party: 'customer' }, noName)).toBe('Customer: call back');
    expect(summary({ party: 'customer' }, new Map())).toBe('Customer: call back');
    expect(summary({ party: 'third-party' })).toBe('Third party: call back');
    expect(summary({ party: 'third-party', partyName: 'DHL' })).toBe('DHL: call back');
    expect(summary({ party: null })).toBe('call back');
    expect(summary({ party: null, action: '', text: 'the words' })).toBe('the words');
  });

  it('the description: only the parts there are; no URL line without an http(s) URL', () => {
    const noName = new Map([['cv', conversationRecord({ id: 'cv', subject: 'Rates', url: '' })]]);
    const ics = toIcs([dated('c', { text: 'words', due: null, dueAt: T })], noName, T);
    expect(/^DESCRIPTION:(.*)$/m.exec(ics)![1]).toBe('words\\nConversation: Rates');
    expect(ics).not.toMatch(/^URL:/m);
    const none = toIcs([dated('c', { text: 'words' })], new Map(), T);
    expect(/^DESCRIPTION:(.*)$/m.exec(none)![1]).toBe('words\\nDue: by Monday 5pm');
    expect(none).not.toMatch(/^URL:/m);
  });

  it('folds at 75 octets, then 74 after the leading space, never inside a character', () => {
    const exact = 'a'.repeat(75 - 'SUMMARY:'.length);
    expect(toIcs([dated('c', { party: null, action: exact })], new Map(), T)).toContain(`\r\nSUMMARY:${exact}\r\nDESCRIPTION`);
    const one = `${exact}b`;
    expect(toIcs([dated('c', { party: null, action: one })], new Map(), T)).toContain(`\r\nSUMMARY:${exact}\r\n b\r\nDESCRIPTION`);
    const long = 'a'.repeat(67 + 74 + 1);
    expect(toIcs([dated('c', { party: null, action: long })], new Map(), T)).toContain(
      `\r\nSUMMARY:${'a'.repeat(67)}\r\n ${'a'.repeat(74)}\r\n a\r\nDESCRIPTION`,
    );
    // 66 ASCII octets + "é" (2 octets) = 76 > 75: the é moves whole to the next line
    const accent = `${'a'.repeat(66)}é`;
    expect(toIcs([dated('c', { party: null, action: accent })], new Map(), T)).toContain(`\r\nSUMMARY:${'a'.repeat(66)}\r\n é\r\n`);
  });
});
