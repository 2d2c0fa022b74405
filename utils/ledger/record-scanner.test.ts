// The export file's outline scanner: for any text, cut into pieces anywhere, it hands out what
// JSON.parse finds (the same records of each section, the same top-level fields) or refuses the text
// as JSON.parse does. Checked on export-shaped files and on every one-character change of them.
import { describe, expect, it } from 'vitest';
import { RecordScanner, SECTION_KEYS } from './record-scanner';

type Seen = { records: Array<[string, number, unknown]>; members: Record<string, unknown>; sections: string[] };

function scan(text: string, piece: number): Seen {
  const seen: Seen = { records: [], members: {}, sections: [] };
  const scanner = new RecordScanner(
    (section, record, index) => seen.records.push([section, index, record]),
    (key, value) => (seen.members[key] = value),
    (section) => seen.sections.push(section),
  );
  for (let at = 0; at < text.length; at += piece) scanner.write(text.slice(at, at + piece));
  scanner.end();
  return seen;
}

/** What the scanner should find, from JSON.parse; null when JSON.parse refuses or it is no object. */
function expected(text: string): Seen | 'not an object' | null {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return 'not an object';
  const seen: Seen = { records: [], members: {}, sections: [] };
  for (const [key, value] of Object.entries(doc)) {
    if ((SECTION_KEYS as readonly string[]).includes(key) && Array.isArray(value)) {
      seen.sections.push(key);
      value.forEach((r, i) => seen.records.push([key, i, r]));
    } else seen.members[key] = value;
  }
  return seen;
}

const files = [
  JSON.stringify({
    format: 'commitment-keeper',
    version: 2,
    exportedAt: 5,
    conversations: [{ id: 'a|x|1', subject: 'He said "hi" {not a brace} [nor this]\\', n: null }],
    commitments: [
      { id: 'c1', due: { at: '2026-01-01', text: 'by Friday, EOD' }, tags: [[1, 2], []], ok: true },
      { id: 'c2', text: 'é \u2028 \\u0041 😀', n: -1.5e3 },
    ],
    history: [],
  }),
  // Pretty-printed, as the old one-message export wrote it, with a field the reader ignores.
  JSON.stringify(
    {
      format: 'commitment-keeper',
      extra: { a: [1, { b: '}' }] },
      version: 1,
      conversations: [],
      commitments: [{ id: 'x' }],
      history: [{ id: 3 }],
    },
    null,
    2,
  ),
  // Records that are no objects (the check refuses them; the scanner hands them out as they are).
  '{"conversations":[1,"two",null,true,[3]],"commitments":{"not":"an array"},"history":[ ]}',
  '{}',
  '{"k\\"ey":"v"}',
];

describe('RecordScanner', () => {
  it.each(files.map((f, i) => [i, f] as const))('file %i: the same as JSON.parse, whatever the cut of the pieces', (_i, text) => {
    const want = expected(text);
    for (const piece of [1, 2, 3, 5, 7, 16, 1000]) expect(scan(text, piece)).toEqual(want);
  });

  it('agrees with JSON.parse on every one-character deletion, insertion and replacement in an export-shaped file', () => {
    // Short (every variant is scanned twice), with each kind of token the outline scanner tracks.
    const text = '{"version":2,"conversations":[{"s":"a\\"}[,"}],"commitments":[[1,{"b":null}],-2e1,true],"history":[]}';
    expect(expected(text)).not.toBeNull();
    const inserts = ['{', '}', '[', ']', ',', ':', '"', '\\', ' ', '1', 'a', '-'];
    const variants: string[] = [];
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length) variants.push(text.slice(0, i) + text.slice(i + 1));
      for (const c of inserts) {
        variants.push(text.slice(0, i) + c + text.slice(i));
        if (i < text.length) variants.push(text.slice(0, i) + c + text.slice(i + 1));
      }
    }
    let refused = 0;
    const disagreements: string[] = [];
    for (const v of variants) {
      const want = expected(v);
      for (const piece of [3, 1000]) {
        let got: Seen | null;
        try {
          got = scan(v, piece);
        } catch {
          got = null;
        }
        if (want === 'not an object') {
          if (got !== null) disagreements.push(v);
          continue;
        }
        if (got === null) refused++;
        if (JSON.stringify(got) !== JSON.stringify(want)) disagreements.push(v);
      }
    }
    expect(disagreements.slice(0, 3)).toEqual([]);
    // Most variants are broken JSON: the test would pass vacuously if nothing were refused.
    expect(refused).toBeGreaterThan(variants.length / 2);
  });

  it('says where a truncated or malformed file goes wrong', () => {
    expect(() => scan('{"conversations":[{"id":"a"}', 4)).toThrow(/end of JSON/);
    expect(() => scan('{"conversations":[{"id":"a"} {"id":"b"}]}', 4)).toThrow(/position 29/);
    expect(() => scan('{"a":1} x', 4)).toThrow(/after the end/);
    expect(() => scan('[1]', 4)).toThrow(/expected "\{"/);
  });
});
