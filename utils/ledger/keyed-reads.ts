// Reading many records by key in one request. Dexie's `bulkGet` makes one IndexedDB request per key
// and `anyOf` steps a cursor key by key (a round trip each, one after the other); inside an import's
// write transaction each request is time a read of the panel waits. An export lists records in key
// order, so an import's batch holds keys that lie together: one `getAll` over the range from the
// first to the last key answers them all. When other records fill that range (keys spread over a
// large ledger), the range read stops at a cap and the keys are asked for one by one after all.
import type { IndexableType, Table } from 'dexie';
import { cmp } from 'dexie';

/** How many records a range read may bring beyond those asked for before it gives up. */
const rangeCap = (wanted: number) => wanted * 2 + 32;

function sortedUnique<K extends IndexableType>(keys: readonly K[]): K[] {
  return [...new Set(keys)].sort(cmp);
}

/** The records of `table` (primary key `id`) with these keys, in one request when the keys lie close. */
export async function recordsByKey<T extends { id?: unknown }, K extends IndexableType>(
  table: Table<T, K>,
  keys: readonly K[],
): Promise<Map<K, T>> {
  const wanted = sortedUnique(keys);
  const found = new Map<K, T>();
  if (wanted.length === 0) return found;
  const cap = rangeCap(wanted.length);
  const ranged = await table
    .where(':id')
    .between(wanted[0]!, wanted[wanted.length - 1]!, true, true)
    .limit(cap)
    .toArray();
  if (ranged.length < cap) {
    const want = new Set<unknown>(wanted);
    for (const r of ranged) if (want.has(r.id)) found.set(r.id as K, r);
    return found;
  }
  const got = await table.bulkGet(wanted);
  got.forEach((r, i) => r !== undefined && found.set(wanted[i]!, r));
  return found;
}

/** Which of these primary keys `table` holds, in one request when they lie close. */
export async function keysPresent<T, K extends IndexableType>(table: Table<T, K>, keys: readonly K[]): Promise<Set<K>> {
  const wanted = sortedUnique(keys);
  const present = new Set<K>();
  if (wanted.length === 0) return present;
  const cap = rangeCap(wanted.length);
  const ranged = await table
    .where(':id')
    .between(wanted[0]!, wanted[wanted.length - 1]!, true, true)
    .limit(cap)
    .primaryKeys();
  if (ranged.length < cap) {
    const want = new Set<unknown>(wanted);
    for (const k of ranged) if (want.has(k)) present.add(k);
    return present;
  }
  const got = await table.bulkGet(wanted);
  got.forEach((r, i) => r !== undefined && present.add(wanted[i]!));
  return present;
}

/**
 * The records whose `index` is one of `values`: one range read when they lie close, else one
 * request per value, all sent at once (never a cursor stepping from one to the next).
 */
export async function recordsByIndex<T, V extends IndexableType>(
  table: Table<T, IndexableType>,
  index: string,
  values: readonly V[],
  field: (record: T) => unknown,
  perValue = 4,
): Promise<T[]> {
  const wanted = sortedUnique(values);
  if (wanted.length === 0) return [];
  const cap = rangeCap(wanted.length * perValue);
  const ranged = await table
    .where(index)
    .between(wanted[0]!, wanted[wanted.length - 1]!, true, true)
    .limit(cap)
    .toArray();
  if (ranged.length < cap) {
    const want = new Set<unknown>(wanted);
    return ranged.filter((r) => want.has(field(r)));
  }
  const parts = await Promise.all(wanted.map((v) => table.where(index).equals(v).toArray()));
  return parts.flat();
}
