// A list of records of one shape, sent over the ledger port as rows: the keys once, the values of a
// column that is the same in every record once, and each record as a row of the others. Extension
// messaging serializes every message as JSON and parses it on the other side, so what a call's answer
// costs grows with its text: one conversation of 300 commitments was 177 KB, half of it the same 26
// key names again and again and columns such as the conversation's id, repeated in every record.
//
// Lossless for what JSON carries: `unpackRows(pack(x))` after a JSON round trip equals `x` after one
// (keys in the same order; a record's own "__proto__" key stays an own key). Lists that are not plain
// records of exactly the same keys, or that hold `undefined`, are not packed and go as they are.

/** The lists worth packing: below this, the keys cost less than the packing's own fields. */
const MIN_ROWS = 8;

export interface PackedRows {
  /** Every record's keys, in its order. */
  keys: string[];
  /** Columns with one value in every record (a string, number, boolean or null): [column, value]. */
  fixed: Array<[number, unknown]>;
  /** Each record's other values, in key order. */
  rows: unknown[][];
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const isScalar = (v: unknown) => v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** The list packed, or null when it is not a list of records of one shape (then it goes as it is). */
export function packRows(value: unknown): PackedRows | null {
  if (!Array.isArray(value) || value.length < MIN_ROWS) return null;
  const first: unknown = value[0];
  if (!isPlainRecord(first)) return null;
  const keys = Object.keys(first);
  const columns: unknown[][] = keys.map(() => []);
  for (const record of value as unknown[]) {
    if (!isPlainRecord(record)) return null;
    const own = Object.keys(record);
    if (own.length !== keys.length) return null;
    for (let k = 0; k < keys.length; k++) {
      if (own[k] !== keys[k]) return null;
      const v = record[keys[k]!];
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') return null;
      columns[k]!.push(v);
    }
  }
  const fixed: Array<[number, unknown]> = [];
  const varying: number[] = [];
  columns.forEach((column, k) => {
    const v = column[0];
    if (isScalar(v) && !Number.isNaN(v) && column.every((x) => x === v)) fixed.push([k, v]);
    else varying.push(k);
  });
  const rows = (value as unknown[]).map((_, i) => varying.map((k) => columns[k]![i]));
  return { keys, fixed, rows };
}

/** The records back, each a fresh plain object with its keys in the original order. */
export function unpackRows(packed: PackedRows): Array<Record<string, unknown>> {
  const { keys, fixed, rows } = packed;
  const fixedAt = new Map(fixed);
  return rows.map((row) => {
    let next = 0;
    // fromEntries defines own properties: a "__proto__" key stays data, never a prototype.
    return Object.fromEntries(keys.map((key, k) => [key, fixedAt.has(k) ? fixedAt.get(k) : row[next++]]));
  });
}
