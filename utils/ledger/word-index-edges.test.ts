// The search index's words at their edges: each field of a commitment and its conversation on its own,
// the 40-character and 200-word bounds exactly, marks and separators, and the open/live rule.
import { describe, expect, it } from 'vitest';
import { normalisedWords, openWordsOf, queryWords, sameWords, searchWordsOf } from './word-index';

const bare = { text: '', action: '', partyName: null, party: 'agent' as const };
const noConv = { subject: '', customerName: '', customerEmail: '', customerOrg: '' };

describe('searchWordsOf: each field is indexed', () => {
  it.each([
    ['text', { ...bare, text: 'alpha' }, null, ['alpha', 'agent']],
    ['action', { ...bare, action: 'alpha' }, null, ['alpha', 'agent']],
    ['partyName', { ...bare, partyName: 'Alpha' }, null, ['alpha', 'agent']],
    ['subject', bare, { ...noConv, subject: 'Alpha' }, ['agent', 'alpha']],
    ['customerName', bare, { ...noConv, customerName: 'Alpha' }, ['agent', 'alpha']],
    ['customerEmail', bare, { ...noConv, customerEmail: 'alpha@' }, ['agent', 'alpha']],
    ['customerOrg', bare, { ...noConv, customerOrg: 'ALPHA' }, ['agent', 'alpha']],
  ])('%s', (_field, c, conv, words) => {
    expect(searchWordsOf(c, conv)).toEqual(words);
  });

  it('the party itself, and nothing more for a missing conversation or missing fields', () => {
    expect(searchWordsOf({ ...bare, party: 'customer' }, null)).toEqual(['customer']);
    expect(searchWordsOf(bare, undefined)).toEqual(['agent']);
    expect(searchWordsOf({ ...bare, party: undefined as never, partyName: undefined as never }, {} as never)).toEqual([]);
  });

  it('keeps the order of first appearance, each word once', () => {
    expect(searchWordsOf({ ...bare, text: 'send the card', action: 'card send' }, { ...noConv, subject: 'The rate' })).toEqual([
      'send',
      'the',
      'card',
      'agent',
      'rate',
    ]);
  });
});

describe('the bounds', () => {
  it('a word of exactly 40 characters is kept whole; one of 41 is cut to 40', () => {
    const forty = 'a'.repeat(40);
    expect(normalisedWords(forty)).toEqual([forty]);
    expect(normalisedWords(`${forty}b`)).toEqual([forty]);
    expect(normalisedWords('x')).toEqual(['x']);
  });

  it('exactly 200 distinct words are all kept; the 201st is dropped', () => {
    const words = Array.from({ length: 201 }, (_, i) => `w${i}`);
    expect(searchWordsOf({ ...bare, party: undefined as never, text: words.slice(0, 200).join(' ') }, null)).toEqual(words.slice(0, 200));
    expect(searchWordsOf({ ...bare, party: undefined as never, text: words.join(' ') }, null)).toEqual(words.slice(0, 200));
  });
});

describe('normalisedWords', () => {
  it.each([
    ['combining marks, several on one letter', 'A\u0301\u0308bc', ['abc']],
    ['a precomposed letter', 'Ñandú', ['nandu']],
    ['an underscore and a slash split', 'snake_case a/b', ['snake', 'case', 'a', 'b']],
    ['runs of separators are one split', 'a -- , ;b', ['a', 'b']],
    ['leading and trailing separators leave no empty word', '  ...hello!!  ', ['hello']],
    ['digits and letters of other scripts are words', 'Order 42 заказ 注文', ['order', '42', 'заказ', '注文']],
    ['a ligature is split into its letters (NFKD)', 'ﬁle', ['file']],
    ['upper case', 'ACME', ['acme']],
  ])('%s', (_what, text, words) => {
    expect(normalisedWords(text)).toEqual(words);
  });
});

describe('queryWords', () => {
  it('a query that is not text is read as text; an empty one has no words', () => {
    expect(queryWords(42 as unknown as string)).toEqual(['42']);
    expect(queryWords('')).toEqual([]);
    expect(queryWords('Zoë zoe')).toEqual(['zoe']);
  });
});

describe('sameWords', () => {
  it.each([
    [['a', 'b'], ['a', 'b'], true],
    [['a', 'b'], ['b', 'a'], false],
    [['a', 'b'], ['a', 'c'], false],
    [['a'], ['a', 'b'], false],
    [['a', 'b'], ['a'], false],
    [[], [], true],
    [[], undefined, false],
    [undefined, ['a'], false],
    [undefined, [], false],
  ])('%j and %j: %s', (a, b, same) => {
    expect(sameWords(a, b)).toBe(same);
  });
});

describe('openWordsOf', () => {
  const c = { ...bare, text: 'alpha', status: 'open' as const, deletedAt: null };
  it('open and live only: done, cancelled, or deleted (even at 0) are out', () => {
    expect(openWordsOf(c, null)).toEqual(['alpha', 'agent']);
    expect(openWordsOf({ ...c, status: 'done' }, null)).toBeUndefined();
    expect(openWordsOf({ ...c, status: 'cancelled' }, null)).toBeUndefined();
    expect(openWordsOf({ ...c, deletedAt: 0 }, null)).toBeUndefined();
  });
});
