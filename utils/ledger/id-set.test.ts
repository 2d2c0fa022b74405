// The import check's compact id set: every id added is found again, none not added is (barring a
// fingerprint collision, which the check confirms against the ids themselves), and it stays small.
import { describe, expect, it } from 'vitest';
import { IdSet } from './id-set';

describe('IdSet', () => {
  it('answers whether an id was added, strings and integers apart', () => {
    const set = new IdSet();
    expect(set.add('conv|a')).toBe(false);
    expect(set.add('conv|b')).toBe(false);
    expect(set.add('conv|a')).toBe(true);
    expect(set.has('conv|b')).toBe(true);
    expect(set.has('conv|c')).toBe(false);
    // The integer 1 and the string "1" are different ids.
    expect(set.add(1)).toBe(false);
    expect(set.has('1')).toBe(false);
    expect(set.add(0)).toBe(false);
    expect(set.add(0)).toBe(true);
    expect(set.has(2 ** 40 + 1)).toBe(false);
    expect(set.add(2 ** 40 + 1)).toBe(false);
    expect(set.has(1 + 2 ** 40 + 1 - 1)).toBe(true);
    expect(set.size).toBe(5);
  });

  it('keeps 100,000 strings and 100,000 integers through its growth, finds every one and none of 300,000 others, in at most 32 bytes an id', () => {
    const set = new IdSet();
    const n = 100_000;
    let seen = 0;
    for (let i = 0; i < n; i++) if (set.add(`seed-${String(i).padStart(7, '0')}`)) seen++;
    for (let i = 0; i < n; i++) if (set.add(i + 1)) seen++;
    expect(seen).toBe(0);
    let missing = 0;
    let extra = 0;
    for (let i = 0; i < n; i++) {
      if (!set.has(`seed-${String(i).padStart(7, '0')}`) || !set.has(i + 1)) missing++;
      if (set.has(`seed-${String(i + n).padStart(7, '0')}`) || set.has(n + i + 1) || set.has(`other-${i}`)) extra++;
    }
    expect(missing).toBe(0);
    expect(extra).toBe(0);
    expect(set.size).toBe(2 * n);
    // Two 4-byte words a slot, at most half full after growth: at most 32 bytes an id.
    expect(set.bytes / set.size).toBeLessThanOrEqual(32);
  });

  it('grows exactly when a slot of two would be taken, and keeps ids whose low word is 0 (0, 2^32) through it', () => {
    const set = new IdSet();
    set.add(0);
    set.add(2 ** 32);
    for (let i = 2; i < 512; i++) set.add(`id-${i}`);
    // 512 ids in 1,024 slots of 8 bytes: half full, not grown.
    expect(set.size).toBe(512);
    expect(set.bytes).toBe(8_192);
    set.add('id-512');
    expect(set.bytes).toBe(16_384);
    expect(set.has(0)).toBe(true);
    expect(set.has(2 ** 32)).toBe(true);
    expect(set.add(0)).toBe(true);
    expect(set.has(2 ** 32 + 1)).toBe(false);
    expect(set.size).toBe(513);
  });

  it('names an id by its fingerprint the same way each time, and different ids differently', () => {
    expect(IdSet.key('a|b')).toBe(IdSet.key('a|b'));
    expect(IdSet.key('a|b')).not.toBe(IdSet.key('a|c'));
    expect(IdSet.key(7)).not.toBe(IdSet.key('7'));
  });
});
