// The top-level fields of a streamed import file (checkHeader): what makes a file not ours, of a
// version this build cannot read, or incomplete, and the words the options page shows for each.
import { describe, expect, it } from 'vitest';
import { checkHeader, ExportReader } from './stream';
import { Problems } from './validate';

const EXPECTED = { format: 'commitment-keeper', maxVersion: 2 };

/** The header fields as JSON text (undefined leaves the field out), with the sections given. */
function fileText(header: Record<string, unknown>, sections: readonly string[] = ['conversations', 'commitments', 'history']): string {
  const members = [
    ...Object.entries(header).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`),
    ...sections.map((s) => `"${s}":[]`),
  ];
  return `{${members.join(',')}}`;
}

function check(text: string): { verdict: 'ok' | 'newer' | 'bad'; problems: string[] } {
  const reader = new ExportReader(() => undefined);
  reader.write(text);
  reader.end();
  const p = new Problems();
  const verdict = checkHeader(reader, EXPECTED, p);
  return { verdict, problems: p.list };
}

const good = { format: 'commitment-keeper', version: 2, exportedAt: 1_700_000_000_000 };

describe('checkHeader', () => {
  it('accepts a file of this format, any version from 1 to the newest, with its three sections', () => {
    expect(check(fileText(good))).toEqual({ verdict: 'ok', problems: [] });
    expect(check(fileText({ ...good, version: 1 }))).toEqual({ verdict: 'ok', problems: [] });
    expect(check(fileText({ ...good, exportedAt: 0 }))).toEqual({ verdict: 'ok', problems: [] });
  });

  it('refuses another format, or none, before looking at anything else', () => {
    expect(check(fileText({ ...good, format: 'other-app', version: 'x' }))).toEqual({
      verdict: 'bad',
      problems: ['format: expected "commitment-keeper", got "other-app"'],
    });
    expect(check(fileText({ version: 2, exportedAt: 1 }))).toEqual({
      verdict: 'bad',
      problems: ['format: expected "commitment-keeper", got nothing'],
    });
  });

  it.each([
    ['zero', 0, '0'],
    ['negative', -1, '-1'],
    ['fractional', 1.5, '1.5'],
    ['a string', '2', '"2"'],
    ['null', null, 'null'],
  ])('refuses a version that is %s', (_what, version, shown) => {
    expect(check(fileText({ ...good, version }))).toEqual({
      verdict: 'bad',
      problems: [`version: expected a positive integer, got ${shown}`],
    });
  });

  it('says a missing version is nothing', () => {
    expect(check(fileText({ format: 'commitment-keeper', exportedAt: 1 }))).toEqual({
      verdict: 'bad',
      problems: ['version: expected a positive integer, got nothing'],
    });
  });

  it('tells a newer version apart (the file is good, this build is old), from the first one past the newest', () => {
    expect(check(fileText({ ...good, version: 3, exportedAt: 'bad' }, []))).toEqual({
      verdict: 'newer',
      problems: ['version: 3 is newer than 2'],
    });
  });

  it('refuses an exportedAt that is no finite number, or missing', () => {
    expect(check(fileText({ ...good, exportedAt: '2026-01-01' }))).toEqual({
      verdict: 'bad',
      problems: ['exportedAt: expected number, got "2026-01-01"'],
    });
    expect(check(fileText({ format: 'commitment-keeper', version: 2 }))).toEqual({
      verdict: 'bad',
      problems: ['exportedAt: expected number, got nothing'],
    });
    // JSON has no Infinity: a number too large to hold reads as Infinity.
    expect(check('{"format":"commitment-keeper","version":2,"exportedAt":1e400,"conversations":[],"commitments":[],"history":[]}')).toEqual(
      {
        verdict: 'bad',
        problems: ['exportedAt: expected number, got null'],
      },
    );
  });

  it('names each missing section, and a section that is no array is missing', () => {
    expect(check(fileText(good, ['commitments']))).toEqual({
      verdict: 'bad',
      problems: ['conversations: expected array, got nothing', 'history: expected array, got nothing'],
    });
    expect(check(fileText({ ...good, conversations: {}, history: 'none' }, ['commitments']))).toEqual({
      verdict: 'bad',
      problems: ['conversations: expected array, got nothing', 'history: expected array, got nothing'],
    });
  });

  it('keeps only the three header fields of the top level', () => {
    const reader = new ExportReader(() => undefined);
    reader.write(fileText({ ...good, app: 'x', records: 3 }));
    reader.end();
    expect(reader.header).toEqual(good);
  });

  it('adds to problems already found (a bad record) and answers bad for them', () => {
    const reader = new ExportReader(() => undefined);
    reader.write(fileText(good));
    reader.end();
    const p = new Problems();
    p.add('commitments[0].id', 'expected string, got nothing');
    expect(checkHeader(reader, EXPECTED, p)).toBe('bad');
    expect(p.list).toEqual(['commitments[0].id: expected string, got nothing']);
  });
});

describe("ExportReader's end", () => {
  it('refuses a file cut short, and accepts a whole one', () => {
    const cut = new ExportReader(() => undefined);
    cut.write('{"format":"commitment-keeper","version":2,"conversations":[{"id":"a"}');
    expect(() => cut.end()).toThrow(SyntaxError);
    const whole = new ExportReader(() => undefined);
    whole.write(fileText(good));
    expect(() => whole.end()).not.toThrow();
  });
});
