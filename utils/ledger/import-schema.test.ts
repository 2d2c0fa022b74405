// A crafted import file: unknown fields, internal fields, sizes, ids and URLs; and ICS / CSV output
// that a hostile record cannot break out of.
import { describe, expect, it } from 'vitest';
import { csvCell, icsEscape, icsUri, startsLikeFormula, toIcs } from './formats';
import { checkCounts, IMPORT_LIMITS } from './import-schema';
import { conversationIdOf } from './conversation-id';
import { Problems } from './validate';
import type { LedgerError } from './errors';
import { LEDGER_EXPORT_VERSION } from './service';
import { DAY, harness, newCommitment, said, T0 } from './test-helpers';
import { commitmentRecord } from '../../tests/support/records';
import type { CommitmentRecord, ConversationRecord, LedgerExport } from './types';

async function exported(): Promise<LedgerExport> {
  const { ledger } = harness();
  const a = await ledger.addCommitment(newCommitment('send the invoice', { dueAt: T0 + DAY }));
  await ledger.complete(a.id);
  return JSON.parse(await ledger.exportJson()) as LedgerExport;
}

/** Changes a conversation's parts and files its records under the id made from them. */
function refile(f: LedgerExport, parts: Partial<Pick<ConversationRecord, 'host' | 'site' | 'key'>>): void {
  const c = f.conversations[0]!;
  Object.assign(c, parts);
  c.id = conversationIdOf(c);
  f.commitments.forEach((x) => (x.conversationId = c.id));
  f.history.forEach((x) => (x.conversationId = c.id));
}

async function importInto(file: unknown) {
  const h = harness();
  const result = await h.ledger.importJson(JSON.stringify(file)).then(
    (summary) => ({ summary, error: null as LedgerError | null }),
    (error: LedgerError) => ({ summary: null, error }),
  );
  return { ...h, ...result };
}

describe('import through a strict schema', () => {
  it('drops unknown fields and recomputes the index key: a done record with openDueAt is not counted', async () => {
    const file = await exported();
    const c = file.commitments[0] as CommitmentRecord & Record<string, unknown>;
    c.openDueAt = T0 - 1; // would make the badge count a done commitment as overdue
    c.isAdmin = true;
    (file.conversations[0] as ConversationRecord & Record<string, unknown>).__proto_hint = 'x';
    const { ledger, error } = await importInto(file);
    expect(error).toBeNull();
    expect(await ledger.badgeCounts(T0, DAY)).toEqual({ overdue: 0, dueSoon: 0 });
    const back = JSON.parse(await ledger.exportJson()) as LedgerExport;
    expect(back.commitments[0]).not.toHaveProperty('isAdmin');
    expect(back.conversations[0]).not.toHaveProperty('__proto_hint');
  });

  it.each([
    ['an id with a line break', (f: LedgerExport) => void (f.commitments[0]!.id = 'x\r\nBEGIN:VEVENT'), /commitments\[0\]\.id/],
    ['a javascript: URL', (f: LedgerExport) => void (f.conversations[0]!.url = 'javascript:alert(1)'), /conversations\[0\]\.url/],
    ['a site that is not an origin', (f: LedgerExport) => refile(f, { site: 'https://a.test/path' }), /conversations\[0\]\.site/],
    [
      'an id filed under another site',
      (f: LedgerExport) => void (f.conversations[0]!.site = 'https://globex.zendesk.com'),
      /conversations\[0\]\.id/,
    ],
    ['an adapter id with spaces', (f: LedgerExport) => refile(f, { host: 'g mail' }), /conversations\[0\]\.host/],
    [
      'too many conditions',
      (f: LedgerExport) => void (f.commitments[0]!.conditions = Array.from({ length: 50 }, () => 'if')),
      /conditions: at most/,
    ],
    [
      'a lead time of a century',
      (f: LedgerExport) => void (f.commitments[0]!.reminder.leadMinutes = [60 * 24 * 365 * 100]),
      /leadMinutes\[0\]/,
    ],
  ])('refuses %s, and changes nothing', async (_name, spoil, problem) => {
    const file = await exported();
    spoil(file);
    const { ledger, error } = await importInto(file);
    expect(error?.code).toBe('invalid-import');
    expect(error?.message).toMatch(problem);
    expect(await ledger.listOpen()).toEqual([]);
  });

  it('refuses too many records, and a file too large, before reading them', async () => {
    const p = new Problems();
    checkCounts({ conversations: [], commitments: [], history: { length: IMPORT_LIMITS.history + 1 } as unknown[] }, p);
    expect(p.list).toEqual([`history: at most ${IMPORT_LIMITS.history} records, got ${IMPORT_LIMITS.history + 1}`]);
    const { error } = await importInto({ pad: 'x'.repeat(IMPORT_LIMITS.fileChars) });
    expect(said(error)).toBe('This file is larger than 64 MB, so nothing was imported.');
    // Building and reading a 64 MB file takes seconds on a busy 2-core machine.
  }, 60_000);

  it('removes bidi controls from imported words and bounds their length', async () => {
    const file = await exported();
    file.commitments[0]!.text = `pay \u202Eoipac\u202C ${'x'.repeat(IMPORT_LIMITS.words * 2)}`;
    file.conversations[0]!.subject = '\u2067Invoice\u2069';
    const { ledger, error } = await importInto(file);
    expect(error).toBeNull();
    const c = (await ledger.getCommitment(file.commitments[0]!.id))!;
    expect(c.text.startsWith('pay oipac ')).toBe(true);
    expect(c.text).toHaveLength(IMPORT_LIMITS.words);
    expect((await ledger.getConversation(file.conversations[0]!.id))?.subject).toBe('Invoice');
  });

  it('moves a version-1 file (ids of before the site) to site-bound ids', async () => {
    const file = await exported();
    const c = file.conversations[0]!;
    const { site: _s, ...v1conv } = c;
    const oldId = `${c.host}:${c.key}`;
    const v1 = {
      ...file,
      version: 1,
      conversations: [{ ...v1conv, id: oldId }],
      commitments: file.commitments.map((x) => ({ ...x, conversationId: oldId })),
      history: file.history.map((x) => ({ ...x, conversationId: oldId })),
    };
    const { ledger, error } = await importInto(v1);
    expect(error).toBeNull();
    expect(LEDGER_EXPORT_VERSION).toBe(2);
    expect((await ledger.listByConversation('zendesk|https://acme.zendesk.com|T-1')).map((x) => x.id)).toEqual([file.commitments[0]!.id]);
  });
});

describe('ICS (RFC 5545): every value escaped, no control characters', () => {
  it('escapes TEXT and drops controls', () => {
    expect(icsEscape('a;b,c\\d\r\nEND:VEVENT')).toBe('a\\;b\\,c\\\\d\\nEND:VEVENT');
    expect(icsEscape('x\u0000\u0007\u001b\u007fy\tz')).toBe('xy\tz');
  });

  it('passes only http(s) URIs, percent-encoded', () => {
    expect(icsUri('https://a.test/x y"\r\nBEGIN:VEVENT')).toBe('https://a.test/x%20y%22BEGIN:VEVENT');
    expect(icsUri('javascript:alert(1)')).toBeNull();
    expect(icsUri('data:text/html,x')).toBeNull();
  });

  it('a hostile id, subject and URL stay inside their own lines: one event, no injected property', () => {
    const conversation: ConversationRecord = {
      id: 'z',
      host: 'zendesk',
      site: 'https://a.test',
      key: '1',
      subject: 'S\r\nATTENDEE:mailto:x@evil.test',
      createdAt: T0,
      updatedAt: T0,
      url: 'https://a.test/t/1\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Pay',
    };
    const c = commitmentRecord('id\r\nEND:VEVENT\r\nBEGIN:VEVENT', {
      conversationId: 'z',
      text: 'send it',
      action: 'send it',
      vague: false,
      dueAt: T0 + DAY,
      createdAt: T0,
      updatedAt: T0,
      reminder: { leadMinutes: [60], snoozedUntil: null },
      source: 'imported',
    });
    const ics = toIcs([c], new Map([['z', conversation]]), T0);
    const lines = ics.split('\r\n');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.some((l) => /^(ATTENDEE|SUMMARY:Pay)/.test(l))).toBe(false);
    // Unfolded, every line is a property this exporter writes.
    const unfolded = ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
    for (const l of unfolded)
      expect(l).toMatch(
        /^(BEGIN|END|VERSION|PRODID|CALSCALE|METHOD|X-WR-CALNAME|UID|DTSTAMP|DTSTART|DTEND|LAST-MODIFIED|SUMMARY|DESCRIPTION|URL):/,
      );
    expect(/[\u0000-\u0008\u000b-\u001f\u007f]/.test(ics.replace(/\r\n/g, ''))).toBe(false);
  });
});

describe('CSV formula guard', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '＝1+1', '＋1', '－1', '＠SUM(A1)', '  =1+1', '\u3000＝1', '\t=1', '\r=1', '\n=1', ' \t@x'])(
    'guards %j',
    (cell) => {
      expect(startsLikeFormula(cell)).toBe(true);
      expect(csvCell(cell).replace(/^"/, '').startsWith("'")).toBe(true);
    },
  );
  it.each(['send it', '1-2 days', 'a=b', 'e-mail'])('leaves %j alone', (cell) => {
    expect(startsLikeFormula(cell)).toBe(false);
  });
});
