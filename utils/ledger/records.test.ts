// The ledger's small record helpers on plain values: what `strip` hides, dotted paths read and
// written through missing or non-object steps, equality with undefined keys, emails as one key,
// and a deadline made from epoch ms.
import { describe, expect, it } from 'vitest';
import { commitmentRecord } from '../../tests/support/records';
import { deepEqual, dueFrom, getPath, normalizeEmail, setPath, strip } from './records';

describe('strip', () => {
  it('drops the index-only keys and keeps every other one', () => {
    const c = commitmentRecord('c1', { dueAt: 5 });
    const stored = { ...c, openDueAt: 5, openWords: ['c1'] };
    const out = strip(stored);
    expect(out).toEqual(c);
    expect('openDueAt' in out).toBe(false);
    expect('openWords' in out).toBe(false);
    expect(stored.openDueAt).toBe(5); // the stored record itself is untouched
  });
});

describe('getPath', () => {
  it('reads one key, a dotted key, and nothing through a missing or non-object step', () => {
    const obj = { a: 1, reminder: { snoozedUntil: 7, lead: { x: 'deep' } }, s: 'text', n: null };
    expect(getPath(obj, 'a')).toBe(1);
    expect(getPath(obj, 'reminder.snoozedUntil')).toBe(7);
    expect(getPath(obj, 'reminder.lead.x')).toBe('deep');
    expect(getPath(obj, 'reminder.missing')).toBeUndefined();
    expect(getPath(obj, 'missing.snoozedUntil')).toBeUndefined();
    expect(getPath(obj, 's.length')).toBeUndefined();
    expect(getPath(obj, 'n.x')).toBeUndefined();
    expect(getPath(null, 'a')).toBeUndefined();
  });
});

describe('setPath', () => {
  it('writes one key and a dotted key, making the objects on the way', () => {
    const obj: Record<string, unknown> = { keep: 1 };
    setPath(obj, 'a', 2);
    setPath(obj, 'reminder.snoozedUntil', 9);
    setPath(obj, 'x.y.z', 'deep');
    expect(obj).toEqual({ keep: 1, a: 2, reminder: { snoozedUntil: 9 }, x: { y: { z: 'deep' } } });
  });

  it('keeps the other keys of an object on the way, and replaces a non-object step', () => {
    const obj: Record<string, unknown> = { reminder: { leadMinutes: [60], snoozedUntil: null }, s: 'text', n: null };
    setPath(obj, 'reminder.snoozedUntil', 5);
    setPath(obj, 's.inner', 1);
    setPath(obj, 'n.inner', 2);
    expect(obj).toEqual({ reminder: { leadMinutes: [60], snoozedUntil: 5 }, s: { inner: 1 }, n: { inner: 2 } });
  });
});

describe('deepEqual', () => {
  it.each([
    ['the same number', 1, 1, true],
    ['two numbers', 1, 2, false],
    ['a number and its text', 1, '1', false],
    ['equal arrays', [1, [2, 3]], [1, [2, 3]], true],
    ['arrays, one longer', [1, 2], [1, 2, 3], false],
    ['arrays, one shorter', [1, 2, 3], [1, 2], false],
    ['arrays of the same length, one item differs', [1, 2], [1, 3], false],
    ['an array and an object with its keys', [1], { 0: 1 }, false],
    ['an object and an array', { 0: 1 }, [1], false],
    ['equal objects, keys in another order', { a: 1, b: { c: [1] } }, { b: { c: [1] }, a: 1 }, true],
    ['objects, one value differs deep down', { a: { b: 1 } }, { a: { b: 2 } }, false],
    ['objects, one with an extra key', { a: 1 }, { a: 1, b: 2 }, false],
    ['objects, the other with an extra key', { a: 1, b: 2 }, { a: 1 }, false],
    ['a key holding undefined counts as absent', { a: 1, b: undefined }, { a: 1 }, true],
    ['… on either side', { a: 1 }, { a: 1, b: undefined }, true],
    ['objects with the same number of keys, other names', { a: 1, b: undefined }, { a: 1, c: 2 }, false],
    ['null and an empty object', null, {}, false],
    ['an empty object and null', {}, null, false],
    ['two empty objects', {}, {}, true],
    ['null and undefined', null, undefined, false],
  ])('%s', (_what, a, b, equal) => {
    expect(deepEqual(a, b)).toBe(equal);
  });
});

describe('normalizeEmail', () => {
  it('trims and lower-cases; blank or missing is undefined', () => {
    expect(normalizeEmail('  Priya@Acme.IO \n')).toBe('priya@acme.io');
    expect(normalizeEmail('a@b.c')).toBe('a@b.c');
    expect(normalizeEmail('   ')).toBeUndefined();
    expect(normalizeEmail('')).toBeUndefined();
    expect(normalizeEmail(undefined)).toBeUndefined();
  });
});

describe('dueFrom', () => {
  it('null stays null; epoch ms become a minute-precise deadline without words', () => {
    expect(dueFrom(null)).toBeNull();
    expect(dueFrom(Date.UTC(2026, 2, 2, 17, 30))).toEqual({ at: '2026-03-02T17:30:00.000Z', text: '', precision: 'minute' });
    expect(dueFrom(0)).toEqual({ at: '1970-01-01T00:00:00.000Z', text: '', precision: 'minute' });
  });

  it('a Due keeps its three fields and nothing else', () => {
    const due = { at: '2026-03-02T17:00:00.000Z', text: 'by 5pm', precision: 'minute' as const, extra: 'x' };
    expect(dueFrom(due)).toEqual({ at: '2026-03-02T17:00:00.000Z', text: 'by 5pm', precision: 'minute' });
    expect(dueFrom({ at: '2026-03-02', text: 'Monday', precision: 'day' })).toEqual({ at: '2026-03-02', text: 'Monday', precision: 'day' });
  });
});
