// The outline scanner at its edges: each of JSON's four whitespace characters wherever JSON allows
// one (a file saved on Windows, or indented with tabs), a bare value ended by each delimiter, and the
// words and kind of error the options page shows for a malformed file.
import { describe, expect, it } from 'vitest';
import { RecordScanner } from './record-scanner';

function scan(text: string, piece = text.length): { records: unknown[]; members: Record<string, unknown> } {
  const records: unknown[] = [];
  const members: Record<string, unknown> = {};
  const scanner = new RecordScanner(
    (_section, record) => records.push(record),
    (key, value) => (members[key] = value),
    () => undefined,
  );
  for (let at = 0; at < text.length; at += Math.max(1, piece)) scanner.write(text.slice(at, at + piece));
  scanner.end();
  return { records, members };
}

const failure = (text: string, piece?: number): unknown => {
  try {
    scan(text, piece);
  } catch (e) {
    return e;
  }
  return null;
};

describe('RecordScanner whitespace', () => {
  it.each([
    ['space', ' '],
    ['tab', '\t'],
    ['line feed', '\n'],
    ['carriage return', '\r'],
    ['CR LF', '\r\n'],
  ])('%s between every token, and after a bare value', (_what, ws) => {
    const text = ['', '{', '"version"', ':', '2', ',', '"commitments"', ':', '[', '7', ',', '{"id":"a"}', ']', '}', ''].join(ws);
    expect(JSON.parse(text)).toEqual({ version: 2, commitments: [7, { id: 'a' }] });
    for (const piece of [1, 2, 1000]) expect(scan(text, piece)).toEqual({ records: [7, { id: 'a' }], members: { version: 2 } });
  });

  it('another space-like character is not whitespace (as for JSON.parse)', () => {
    expect(failure('{"version":2}\u00a0')).toBeInstanceOf(SyntaxError);
    expect(failure('\u000b{"version":2}')).toBeInstanceOf(SyntaxError);
  });
});

describe('RecordScanner bare values', () => {
  it.each([
    ['a comma', '{"a":12,"b":1}', { a: 12, b: 1 }],
    ['a closing brace', '{"a":12}', { a: 12 }],
    ['a space', '{"a":12 }', { a: 12 }],
    ['true, then a brace', '{"a":true}', { a: true }],
  ])('a number or literal ends at %s', (_what, text, members) => {
    for (const piece of [1, 3, 100]) expect(scan(text, piece).members).toEqual(members);
  });

  it('a string, object or array member is no bare value: a comma, brace or space inside it does not end it', () => {
    const text = '{"format":"a, b} c]","extra":{"x":[1, 2]},"list":[3,{"y":4}]}';
    for (const piece of [1, 5, 100])
      expect(scan(text, piece).members).toEqual({ format: 'a, b} c]', extra: { x: [1, 2] }, list: [3, { y: 4 }] });
  });

  it('a bare value in a section ends at its closing bracket', () => {
    for (const piece of [1, 4, 100]) expect(scan('{"history":[1,-2.5e3,null]}', piece).records).toEqual([1, -2500, null]);
  });

  it('a bare value cut by the end of a piece goes on into the next', () => {
    expect(scan('{"version":12345}', 9).members).toEqual({ version: 12345 });
  });
});

describe('RecordScanner errors', () => {
  it('are SyntaxErrors that say what was expected, and where', () => {
    const cases: Array<[string, string]> = [
      ['[1]', 'Unexpected "[" at position 0: expected "{"'],
      ['{1:2}', 'Unexpected "1" at position 1: expected a key'],
      ['{"a",1}', 'Unexpected "," at position 4: expected ":"'],
      ['{"history":[{} {}]}', 'Unexpected "{" at position 15: expected "," or "]"'],
      ['{"a":1 "b":2}', 'Unexpected "\\"" at position 7: expected "," or "}"'],
      ['{"a":1}}', 'Unexpected "}" at position 7: text after the end'],
      ['{"a":[1,', 'Unexpected end of JSON input (at 8)'],
      ['', 'Unexpected end of JSON input (at 0)'],
    ];
    for (const [text, message] of cases) {
      const error = failure(text, 3);
      expect(error).toBeInstanceOf(SyntaxError);
      expect((error as Error).message).toBe(message);
    }
  });

  it("a record JSON.parse refuses keeps JSON.parse's words and says near where", () => {
    const error = failure('{"a":1,\n"history":[tru]}', 8) as Error;
    expect(error).toBeInstanceOf(SyntaxError);
    expect(error.message).toMatch(/\(near position 16\)$/);
    expect(error.message).not.toBe('(near position 16)');
  });

  it('"," opens another key only: a closing brace right after it is refused', () => {
    expect(failure('{"a":1,}')).toBeInstanceOf(SyntaxError);
    expect(scan('{}').members).toEqual({});
  });
});
