// The revision helpers on plain values: the revision of a record written before revisions, the
// write options' checks word for word, which base is stale, and what counts as a stale error.
import { describe, expect, it } from 'vitest';
import { commitmentRecord } from '../../tests/support/records';
import { ledgerError } from './errors';
import { assertBase, checkWriteOptions, revisionOf, staleCurrent } from './revisions';
import { Problems } from './validate';

describe('revisionOf', () => {
  it('a record without one counts as 1', () => {
    expect(revisionOf({})).toBe(1);
    expect(revisionOf({ revision: 3 })).toBe(3);
    expect(revisionOf({ revision: 0 })).toBe(0);
  });
});

describe('checkWriteOptions', () => {
  const check = (v: unknown, earlier = 0) => {
    const p = new Problems();
    for (let i = 0; i < earlier; i++) p.add('x', 'earlier');
    return { ok: checkWriteOptions(v, p), list: p.list.slice(earlier) };
  };

  it('takes none, an empty object, a change id and a whole revision', () => {
    expect(check(undefined)).toEqual({ ok: true, list: [] });
    expect(check({})).toEqual({ ok: true, list: [] });
    expect(check({ changeId: 'ch-1', baseRevision: 2 })).toEqual({ ok: true, list: [] });
  });

  it('names what is wrong', () => {
    expect(check(null)).toEqual({ ok: false, list: ['options: expected object {changeId, baseRevision}'] });
    expect(check('ch-1')).toEqual({ ok: false, list: ['options: expected object {changeId, baseRevision}'] });
    expect(check({ changeId: ' ' })).toEqual({ ok: false, list: ['options.changeId: expected a non-empty string'] });
    expect(check({ changeId: 5 })).toEqual({ ok: false, list: ['options.changeId: expected string, got number'] });
    expect(check({ baseRevision: 1.5 })).toEqual({ ok: false, list: ['options.baseRevision: expected integer, got number'] });
    expect(check({ baseRevision: '2' })).toEqual({ ok: false, list: ['options.baseRevision: expected integer, got string'] });
  });

  it('judges its own problems, not those found before it', () => {
    expect(check({ changeId: 'ch-1' }, 2)).toEqual({ ok: true, list: [] });
    expect(check({ baseRevision: null }, 2)).toEqual({ ok: false, list: ['options.baseRevision: expected integer, got null'] });
  });
});

describe('assertBase', () => {
  const stored = commitmentRecord('c1', { revision: 3 });

  it('passes without a base, and with the stored revision', () => {
    expect(() => assertBase('saveCommitment', stored, undefined)).not.toThrow();
    expect(() => assertBase('saveCommitment', stored, {})).not.toThrow();
    expect(() => assertBase('saveCommitment', stored, { changeId: 'x' })).not.toThrow();
    expect(() => assertBase('saveCommitment', stored, { baseRevision: 3 })).not.toThrow();
    expect(() => assertBase('saveCommitment', commitmentRecord('c0'), { baseRevision: 1 })).not.toThrow();
  });

  it('refuses an older or a newer base with the stored record', () => {
    for (const baseRevision of [2, 4]) {
      let error: unknown;
      try {
        assertBase('saveCommitment', stored, { baseRevision });
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({ code: 'stale', words: { message: 'stale', action: 'saveCommitment' } });
      expect(staleCurrent(error)).toBe(stored);
    }
  });
});

describe('staleCurrent', () => {
  it('the stored record of a stale error only', () => {
    const stored = commitmentRecord('c1');
    expect(staleCurrent(ledgerError('stale', { message: 'stale' }, { current: stored }))).toBe(stored);
    expect(staleCurrent(ledgerError('quota', { message: 'stale' }, { current: stored }))).toBeNull();
    expect(staleCurrent(ledgerError('stale', { message: 'stale' }))).toBeNull();
    expect(staleCurrent(ledgerError('stale', { message: 'stale' }, { current: { id: 7 } }))).toBeNull();
    expect(staleCurrent(ledgerError('stale', { message: 'stale' }, { current: [stored] }))).toBeNull();
    expect(staleCurrent({ code: 'stale', current: stored })).toBeNull();
    expect(staleCurrent(null)).toBeNull();
    // an error rebuilt after crossing messaging: a plain Error with the fields copied
    expect(staleCurrent(Object.assign(new Error('stale'), { code: 'stale', current: stored }))).toBe(stored);
  });
});
