// Packed rows must give back, after the JSON round trip messaging makes, exactly what the records
// give after one: any list of JSON records, of one shape or not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packRows, unpackRows } from './packed-rows';

const overJson = <T>(v: T): unknown => JSON.parse(JSON.stringify(v)) as unknown;
/** What the port's client gets: packed rows unpacked, or the answer as it is. */
const received = (value: unknown) => {
  const rows = packRows(value);
  return rows ? unpackRows(overJson(rows) as never) : overJson(value);
};

const record = (i: number, conversationId = 'zendesk|https://acme.zendesk.com|7') => ({
  id: `c-${i}`,
  conversationId,
  text: `I'll send the rate card #${i}`,
  due: i % 3 === 0 ? null : { at: new Date(1_700_000_000_000 + i).toISOString(), text: 'by Friday', precision: 'day' },
  status: 'open',
  dueAt: i % 3 === 0 ? null : 1_700_000_000_000 + i,
  deletedAt: null,
  reminder: { leadMinutes: [60], snoozedUntil: null },
});

describe('packed rows', () => {
  it('one conversation: the keys and the shared columns once, the records back as they were', () => {
    const list = Array.from({ length: 300 }, (_, i) => record(i));
    const packed = packRows(list)!;
    expect(packed.keys).toEqual(Object.keys(list[0]!));
    expect(packed.fixed.map(([k]) => packed.keys[k])).toEqual(['conversationId', 'status', 'deletedAt']);
    expect(received(list)).toEqual(list);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(list).length * 0.7);
  });

  it('leaves alone what is not a list of records of one shape', () => {
    expect(packRows([1, 2, 3, 4, 5, 6, 7, 8])).toBeNull();
    expect(packRows(Array.from({ length: 4 }, (_, i) => record(i)))).toBeNull(); // too short to be worth it
    const mixed: Array<Record<string, unknown>> = Array.from({ length: 10 }, (_, i) => record(i));
    mixed[4] = { ...mixed[4], extra: 1 };
    expect(packRows(mixed)).toBeNull();
    const reordered: Array<Record<string, unknown>> = Array.from({ length: 10 }, (_, i) => record(i));
    const { id, ...rest } = reordered[2]!;
    reordered[2] = { ...rest, id };
    expect(packRows(reordered)).toBeNull();
    const holey: Array<Record<string, unknown>> = Array.from({ length: 10 }, (_, i) => record(i));
    holey[1] = { ...holey[1], status: undefined };
    expect(packRows(holey)).toBeNull();
    expect(packRows(Array.from({ length: 10 }, () => new Date(0)))).toBeNull();
    expect(packRows({ items: [] })).toBeNull();
  });

  it('a "__proto__" key stays an own key', () => {
    const list = Array.from({ length: 8 }, (_, i) => JSON.parse(`{"__proto__": {"polluted": ${i}}, "a": 1}`) as Record<string, unknown>);
    const back = received(list) as Array<Record<string, unknown>>;
    expect(Object.getPrototypeOf(back[0])).toBe(Object.prototype);
    expect(Object.keys(back[3]!)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('any list of JSON records comes back as JSON would carry it (property)', () => {
    const scalar = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
    const shaped = fc.uniqueArray(fc.string({ maxLength: 6 }), { minLength: 1, maxLength: 6 }).chain((keys) =>
      fc.array(
        fc
          .tuple(...keys.map(() => fc.oneof(scalar, fc.jsonValue(), fc.constantFrom('same', 0, null))))
          .map((values) => Object.fromEntries(keys.map((k, i) => [k, values[i]]))),
        { minLength: 0, maxLength: 40 },
      ),
    );
    fc.assert(
      fc.property(fc.oneof(shaped, fc.array(fc.jsonValue(), { maxLength: 20 })), (list) => {
        expect(received(list)).toEqual(overJson(list));
      }),
      { numRuns: 300 },
    );
  });
});
