// Export (JSON, CSV, ICS) and import of JSON.
import { describe, expect, it } from 'vitest';
import type { LedgerError } from './errors';
import { LEDGER_EXPORT_VERSION } from './service';
import { conv, DAY, due, harness, HOUR, newCommitment, said, T0, type TestLedger } from './test-helpers';
import type { LedgerExport } from './types';

async function populate(ledger: TestLedger, clock: { now: number }) {
  const c1 = conv('T-1', {
    customerName: 'Dana "DR" Reyes',
    customerEmail: 'dana@example.com',
    customerOrg: 'Acme, Inc.',
    customerTimeZone: 'America/New_York',
  });
  const a = await ledger.addCommitment({
    ...newCommitment('send the invoice', { dueAt: T0 + DAY, conversation: c1 }),
    partyName: 'Me',
    dependsOn: [],
  });
  clock.now += 1;
  const b = await ledger.addCommitment(
    newCommitment('=HYPERLINK("http://evil")', { dueAt: T0 + 2 * DAY, party: 'customer', conversation: c1 }),
  );
  clock.now += 1;
  const c = await ledger.addCommitment({
    ...newCommitment('call, then write;\nconfirm', { conversation: conv('T-2') }),
    dependsOn: [a.id],
  });
  clock.now += HOUR;
  await ledger.complete(a.id);
  await ledger.reschedule(b.id, due(T0 + 3 * DAY, 'Thursday'));
  await ledger.snooze(b.id, T0 + 2 * HOUR);
  await ledger.updateCommitment(c.id, { conditions: ['if legal signs'], reason: 'so the order ships' });
  const d = await ledger.addCommitment(newCommitment('deleted one', { dueAt: T0 + DAY }));
  await ledger.remove(d.id);
  return { a, b, c, d };
}

describe('exportJson / importJson', () => {
  it('exports everything, versioned, and round-trips exactly into an empty ledger', async () => {
    const src = harness();
    await populate(src.ledger, src.clock);
    const json = await src.ledger.exportJson();
    const data = JSON.parse(json) as LedgerExport;
    expect(data).toMatchObject({ format: 'commitment-keeper', version: LEDGER_EXPORT_VERSION, exportedAt: src.clock.now });
    expect(data.conversations).toHaveLength(2);
    expect(data.commitments).toHaveLength(4); // the deleted one too
    expect(data.history.length).toBeGreaterThan(4);
    expect(JSON.stringify(data)).not.toContain('openDueAt');

    const dst = harness();
    dst.clock.now = T0 + 7 * DAY;
    const summary = await dst.ledger.importJson(json);
    expect(summary).toEqual({
      conversations: { added: 2, updated: 0, kept: 0 },
      commitments: { added: 4, updated: 0, kept: 0 },
      history: { added: data.history.length, updated: 0, kept: 0 },
    });
    dst.clock.now = src.clock.now;
    const again = await dst.ledger.exportJson();
    expect(again).toBe(json); // byte for byte
    // The indexes are rebuilt: queries answer the same.
    expect(await dst.ledger.badgeCounts(T0, 2 * DAY)).toEqual(await src.ledger.badgeCounts(T0, 2 * DAY));
    expect(dst.changes.at(-1)).toMatchObject({ kind: 'import' });
  });

  it('re-importing the same file changes nothing', async () => {
    const { ledger, clock } = harness();
    await populate(ledger, clock);
    const json = await ledger.exportJson();
    const summary = await ledger.importJson(json);
    expect(summary.conversations).toEqual({ added: 0, updated: 0, kept: 2 });
    expect(summary.commitments).toEqual({ added: 0, updated: 0, kept: 4 });
    expect(summary.history.added).toBe(0);
    expect(await ledger.exportJson()).toBe(json);
  });

  it('merges records with the same id: the later updatedAt wins, history is not duplicated', async () => {
    const src = harness();
    const { a, b } = await populate(src.ledger, src.clock);
    const dst = harness();
    await dst.ledger.importJson(await src.ledger.exportJson());

    // Later, the source edits a; the destination edits b (more recently than the source's copy).
    src.clock.now += DAY;
    await src.ledger.updateCommitment(a.id, { action: 'send the corrected invoice' });
    dst.clock.now = src.clock.now + HOUR;
    await dst.ledger.updateCommitment(b.id, { action: 'send the signed form' });
    await src.ledger.updateCommitment(b.id, { reason: 'older change' });
    const own = await dst.ledger.history(a.id);

    const summary = await dst.ledger.importJson(await src.ledger.exportJson());
    expect(summary.commitments).toEqual({ added: 0, updated: 1, kept: 3 });
    expect(await dst.ledger.getCommitment(a.id)).toMatchObject({ action: 'send the corrected invoice' });
    expect(await dst.ledger.getCommitment(b.id)).toMatchObject({ action: 'send the signed form', reason: null });
    const hist = await dst.ledger.history(a.id);
    // The ledger's own entries once each, the source's new 'edited', and an 'imported' note of what the merge changed.
    expect(hist.slice(0, own.length)).toEqual(own);
    expect(hist.slice(own.length).map((h) => h.kind)).toEqual(['edited', 'imported']);
    expect(hist.at(-1)!.changes).toEqual({ action: { from: 'send the invoice', to: 'send the corrected invoice' } });
  });

  it('a file history entry whose id is taken locally gets a new id, never overwrites', async () => {
    const src = harness();
    await populate(src.ledger, src.clock);
    const dst = harness();
    const mine = await dst.ledger.addCommitment(newCommitment('local one'));
    const before = await dst.ledger.history(mine.id);
    const summary = await dst.ledger.importJson(await src.ledger.exportJson());
    expect(summary.history.kept).toBe(0);
    expect(await dst.ledger.history(mine.id)).toEqual(before);
    const srcA = JSON.parse(await src.ledger.exportJson()) as LedgerExport;
    const dstAll = JSON.parse(await dst.ledger.exportJson()) as LedgerExport;
    expect(dstAll.history).toHaveLength(srcA.history.length + before.length);
  });

  describe('a bad file is refused with its first problems, and nothing changes', () => {
    const cases: Array<[string, (good: LedgerExport) => unknown, RegExp | string, string]> = [
      ['not JSON', () => '{"format": "commitment-keeper",', /not JSON/, 'invalid-import'],
      [
        'not an object',
        () => [1, 2],
        '(root): expected an object {format, version, conversations, commitments, history}',
        'invalid-import',
      ],
      ['another format', (g) => ({ ...g, format: 'todoist' }), 'format: expected "commitment-keeper", got "todoist"', 'invalid-import'],
      ['a future version', (g) => ({ ...g, version: LEDGER_EXPORT_VERSION + 1 }), /version: 3 is newer than 2/, 'unsupported-version'],
      ['a missing array', (g) => ({ ...g, history: undefined }), 'history: expected array, got nothing', 'invalid-import'],
      [
        'a wrong type',
        (g) => ({ ...g, commitments: g.commitments.map((c, i) => (i === 1 ? { ...c, dueAt: 'tomorrow' } : c)) }),
        'commitments[1].dueAt: expected number or null, got string',
        'invalid-import',
      ],
      [
        'dueAt disagreeing with due.at',
        (g) => ({ ...g, commitments: g.commitments.map((c) => (c.due ? { ...c, dueAt: 5 } : c)) }),
        /commitments\[\d\]\.dueAt: expected \d+ \(the instant of due\.at\), got 5/,
        'invalid-import',
      ],
      [
        'a bad status',
        (g) => ({ ...g, commitments: g.commitments.map((c) => ({ ...c, status: 'finished' })) }),
        /commitments\[0\]\.status: expected one of "open", "done", "cancelled", got "finished"/,
        'invalid-import',
      ],
      [
        'a duplicated id',
        (g) => ({ ...g, commitments: [...g.commitments, g.commitments[0]] }),
        /commitments\[4\]\.id: duplicate id ".+" \(also commitments\[0\]\)/,
        'invalid-import',
      ],
      [
        'a dangling reference',
        (g) => ({ ...g, conversations: g.conversations.filter((c) => c.id !== 'zendesk|https://acme.zendesk.com|T-2') }),
        /commitments\[\d\]\.conversationId: no conversation "zendesk\|https:\/\/acme\.zendesk\.com\|T-2" in the file or the ledger/,
        'invalid-import',
      ],
      [
        'a bad history kind',
        (g) => ({ ...g, history: g.history.map((h, i) => (i === 2 ? { ...h, kind: 'exploded' } : h)) }),
        /history\[2\]\.kind: expected one of/,
        'invalid-import',
      ],
    ];

    it.each(cases)('%s', async (_name, mutate, problem, code) => {
      const src = harness();
      await populate(src.ledger, src.clock);
      const good = JSON.parse(await src.ledger.exportJson()) as LedgerExport;

      // The target already holds data, which must come out untouched.
      const dst = harness();
      await dst.ledger.addCommitment(newCommitment('already here', { dueAt: T0 + DAY, conversation: conv('T-1', { subject: 'Mine' }) }));
      const before = await dst.ledger.exportJson();
      const bad = mutate(good);
      const text = typeof bad === 'string' ? bad : JSON.stringify(bad);
      const err = (await dst.ledger.importJson(text).catch((e: unknown) => e)) as LedgerError;
      expect(err).toMatchObject({ name: 'LedgerError', code });
      expect(said(err)).toMatch(/nothing was imported/i);
      if (typeof problem === 'string') expect(err.problems[0]).toBe(problem);
      else expect(err.problems.join('\n')).toMatch(problem);
      expect(await dst.ledger.exportJson()).toBe(before);
    });

    it('lists at most 10 problems and says how many more', async () => {
      const src = harness();
      await populate(src.ledger, src.clock);
      const good = JSON.parse(await src.ledger.exportJson()) as LedgerExport;
      const bad = { ...good, commitments: good.commitments.map((c) => ({ ...c, createdAt: 'x', updatedAt: 'y', doneAt: 'z', vague: 1 })) };
      const err = (await harness()
        .ledger.importJson(JSON.stringify(bad))
        .catch((e: unknown) => e)) as LedgerError;
      expect(err.problems).toHaveLength(10);
      expect(said(err)).toMatch(/nothing was imported\. .*\(and 6 more\)$/);
    });

    it('a failure while writing rolls the whole import back', async () => {
      const src = harness();
      await populate(src.ledger, src.clock);
      const json = await src.ledger.exportJson();
      const dst = harness();
      const before = await dst.ledger.exportJson();
      // The history write fails after conversations and commitments were put.
      const orig = dst.db.history.bulkAdd.bind(dst.db.history);
      dst.db.history.bulkAdd = (() => Promise.reject(new DOMException('disk full', 'QuotaExceededError'))) as unknown as typeof orig;
      await expect(dst.ledger.importJson(json)).rejects.toMatchObject({ code: 'quota' });
      dst.db.history.bulkAdd = orig;
      expect(await dst.ledger.exportJson()).toBe(before);
    });
  });
});

describe('exportCsv', () => {
  it('quotes, guards formulas, and opens in a spreadsheet', async () => {
    const { ledger, clock } = harness();
    const { a, b, c, d } = await populate(ledger, clock);
    const csv = await ledger.exportCsv();
    expect(csv.startsWith('\uFEFFid,status,party,party_name,action,text,due,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).not.toContain(d.id); // deleted
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]!.split(',')).toHaveLength(22);
    const rowA = lines.find((l) => l.startsWith(a.id))!;
    expect(rowA).toContain(`${a.id},done,agent,Me,send the invoice,`);
    expect(rowA).toContain(',on time,');
    expect(rowA).toContain(',"Dana ""DR"" Reyes",dana@example.com,"Acme, Inc.",https://acme.zendesk.com/agent/tickets/T-1');
    // A formula-like cell is defused with an apostrophe (and quoted because of its quotes).
    const rowB = lines.find((l) => l.startsWith(b.id))!;
    expect(rowB).toContain(`,"'=HYPERLINK(""http://evil"")",`);
    expect(rowB).toContain(`,${new Date(T0 + 3 * DAY).toISOString()},Thursday,open,`);
    // A cell with a line break stays one quoted cell.
    expect(csv).toContain(`"call, then write;\nconfirm"`);
    expect(csv).toContain(`,if legal signs,so the order ships,${a.id},typed,zendesk|https://acme.zendesk.com|T-2,`);
    expect(c.id).toBeTruthy();
  });
});

describe('exportIcs', () => {
  it('one VEVENT per open deadline, RFC 5545 escaped, folded, CRLF, stable UID', async () => {
    const { ledger, clock } = harness();
    const { a, b, c, d } = await populate(ledger, clock);
    const long = await ledger.addCommitment(
      newCommitment(
        'send the quarterly reconciliation report, with every ledger line item itemised; é accents included — and a long tail of words to force folding',
        {
          dueAt: T0 + 4 * DAY,
          conversation: conv('T-1'),
        },
      ),
    );
    const ics = await ledger.exportIcs();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // no bare line ends
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2); // b and long; a is done, c has no deadline, d deleted
    for (const id of [a.id, c.id, d.id]) expect(ics).not.toContain(id);
    expect(ics).toContain(`UID:${b.id}@commitment-keeper\r\n`);
    expect(ics).toContain('DTEND:20250306T120000Z\r\n'); // b's deadline, T0 + 3 days
    expect(ics).toContain('DTSTART:20250306T114500Z\r\n');
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:Dana "DR" Reyes: =HYPERLINK("http://evil")\r\n');
    expect(unfolded).toContain('send the quarterly reconciliation report\\, with every ledger line item itemised\\; é accents included');
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    // The UID stays the same from one export to the next.
    clock.now += DAY;
    expect(await ledger.exportIcs()).toContain(`UID:${long.id}@commitment-keeper`);
  });
});
