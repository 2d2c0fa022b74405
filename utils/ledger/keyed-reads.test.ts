// Reads by key for an import's batch: every asked key that is there is found, whether the keys lie
// close (one range read) or far apart among other records (the range read gives up at its cap and
// asks key by key). A key missed here is a record the import takes for new (or a reference it
// refuses), so the answers are checked at the cap exactly, and which path was taken by its requests.
import Dexie, { type IndexableType, type Table } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keysPresent, recordsByIndex, recordsByKey } from './keyed-reads';

interface Item {
  id: string;
}
interface Entry {
  id?: number;
  ref: string;
}

class Store extends Dexie {
  items!: Table<Item, string>;
  entries!: Table<Entry, number>;
  constructor() {
    super(`keyed-reads-${crypto.randomUUID()}`);
    this.version(1).stores({ items: 'id', entries: '++id, ref' });
  }
}

const key = (n: number) => `k${String(n).padStart(4, '0')}`;
const opened: Store[] = [];

async function store(items: number, entriesPerRef = 0): Promise<Store> {
  const db = new Store();
  opened.push(db);
  await db.items.bulkAdd(Array.from({ length: items }, (_, i) => ({ id: key(i) })));
  if (entriesPerRef > 0) {
    const entries: Entry[] = [];
    for (let i = 0; i < items; i++) for (let j = 0; j < entriesPerRef; j++) entries.push({ ref: key(i) });
    await db.entries.bulkAdd(entries);
  }
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
});

describe('recordsByKey', () => {
  it('asks nothing for no keys', async () => {
    const db = await store(3);
    const where = vi.spyOn(db.items, 'where');
    expect(await recordsByKey(db.items, [])).toEqual(new Map());
    expect(where).not.toHaveBeenCalled();
  });

  it('finds the keys that are there, once each, and not the others', async () => {
    const db = await store(10);
    const found = await recordsByKey(db.items, [key(7), key(2), 'absent', key(2), key(9)]);
    expect([...found.keys()].sort()).toEqual([key(2), key(7), key(9)]);
    expect(found.get(key(7))).toEqual({ id: key(7) });
  });

  it('keys with at most 2n + 32 records between them: one range read; one more record: key by key, all found', async () => {
    // Two keys: the cap is 36 records.
    const db = await store(200);
    const bulkGet = vi.spyOn(db.items, 'bulkGet');
    expect([...(await recordsByKey(db.items, [key(0), key(34)])).keys()]).toEqual([key(0), key(34)]);
    expect(bulkGet).not.toHaveBeenCalled();
    expect([...(await recordsByKey(db.items, [key(0), key(35)])).keys()]).toEqual([key(0), key(35)]);
    expect(bulkGet).toHaveBeenCalledTimes(1);
    // Far apart: the range read stops at its cap, which does not reach the last key.
    expect([...(await recordsByKey(db.items, [key(0), key(150), 'k9999'])).keys()]).toEqual([key(0), key(150)]);
  });
});

describe('keysPresent', () => {
  it('asks nothing for no keys', async () => {
    const db = await store(3);
    const where = vi.spyOn(db.items, 'where');
    expect(await keysPresent(db.items, [])).toEqual(new Set());
    expect(where).not.toHaveBeenCalled();
  });

  it('answers the keys held, close or far apart, at the cap exactly', async () => {
    const db = await store(200);
    const bulkGet = vi.spyOn(db.items, 'bulkGet');
    expect(await keysPresent(db.items, [key(3), 'absent', key(1)])).toEqual(new Set([key(1), key(3)]));
    expect(await keysPresent(db.items, [key(0), key(34)])).toEqual(new Set([key(0), key(34)]));
    expect(bulkGet).not.toHaveBeenCalled();
    expect(await keysPresent(db.items, [key(0), key(35)])).toEqual(new Set([key(0), key(35)]));
    expect(bulkGet).toHaveBeenCalledTimes(1);
    expect(await keysPresent(db.items, [key(150), key(0), 'k9999'])).toEqual(new Set([key(0), key(150)]));
  });
});

describe('recordsByIndex', () => {
  const refs = (entries: Entry[]) => entries.map((e) => e.ref).sort();

  it('asks nothing for no values', async () => {
    const db = await store(3, 1);
    const where = vi.spyOn(db.entries, 'where');
    expect(await recordsByIndex(db.entries as unknown as Table<Entry, IndexableType>, 'ref', [], (e) => e.ref)).toEqual([]);
    expect(where).not.toHaveBeenCalled();
  });

  it('answers every record of each value asked, none of the values between them', async () => {
    const db = await store(10, 2);
    const got = await recordsByIndex(db.entries as unknown as Table<Entry, IndexableType>, 'ref', [key(5), key(2), key(2)], (e) => e.ref);
    expect(refs(got)).toEqual([key(2), key(2), key(5), key(5)]);
  });

  it('values with fewer than (4 × values) × 2 + 32 records between them: one range read; at that cap: value by value, all found', async () => {
    // Two values: cap (2 × 4) × 2 + 32 = 48 records; 2 records a value.
    const db = await store(100, 2);
    const table = db.entries as unknown as Table<Entry, IndexableType>;
    const where = vi.spyOn(table, 'where');
    // key(0)..key(23): 48 records in range, the cap: value by value (1 range read + 1 per value).
    expect(refs(await recordsByIndex(table, 'ref', [key(0), key(23)], (e) => e.ref))).toEqual([key(0), key(0), key(23), key(23)]);
    expect(where).toHaveBeenCalledTimes(3);
    where.mockClear();
    // The same with 5 a value: cap 52, one range read.
    expect(refs(await recordsByIndex(table, 'ref', [key(0), key(23)], (e) => e.ref, 5))).toEqual([key(0), key(0), key(23), key(23)]);
    expect(where).toHaveBeenCalledTimes(1);
    where.mockClear();
    // key(0)..key(22): 46 records, under the cap: one range read.
    expect(refs(await recordsByIndex(table, 'ref', [key(0), key(22)], (e) => e.ref))).toEqual([key(0), key(0), key(22), key(22)]);
    expect(where).toHaveBeenCalledTimes(1);
    // Far apart: all found all the same.
    expect(refs(await recordsByIndex(table, 'ref', [key(90), key(0)], (e) => e.ref))).toEqual([key(0), key(0), key(90), key(90)]);
  });
});
