import { describe, expect, it } from 'vitest';
import { normalisedWords, openWordsOf, queryWords, sameWords, searchWordsOf } from './word-index';

const commitment = {
  text: "Zoë's re-send of the Q3 rate card",
  action: 're-send the Q3 rate card',
  partyName: null,
  party: 'agent' as const,
  status: 'open' as const,
  deletedAt: null,
};

describe('word index', () => {
  it('normalises: lower case, accents off, split on anything not a letter or digit', () => {
    expect(normalisedWords('Zoë’s RE-SEND, priya@Example.com — Ünïcode 42')).toEqual([
      'zoe',
      's',
      're',
      'send',
      'priya',
      'example',
      'com',
      'unicode',
      '42',
    ]);
    expect(normalisedWords('  ')).toEqual([]);
  });

  it("a commitment's words include its conversation's subject and customer, each once", () => {
    const words = searchWordsOf(commitment, {
      subject: 'Rate card for Q3',
      customerName: 'Priya Natarajan',
      customerEmail: 'priya@acme.io',
    });
    expect(words).toEqual(expect.arrayContaining(['zoe', 'send', 'rate', 'card', 'q3', 'agent', 'priya', 'natarajan', 'acme', 'io']));
    expect(new Set(words).size).toBe(words.length);
  });

  it('only open, live commitments are in the index', () => {
    expect(openWordsOf(commitment, null)).toBeDefined();
    expect(openWordsOf({ ...commitment, status: 'done' }, null)).toBeUndefined();
    expect(openWordsOf({ ...commitment, deletedAt: 1 }, null)).toBeUndefined();
  });

  it('a long note is bounded', () => {
    const long = Array.from({ length: 1000 }, (_, i) => `w${i}${'x'.repeat(60)}`).join(' ');
    const words = searchWordsOf({ ...commitment, text: long }, null);
    expect(words.length).toBeLessThanOrEqual(200);
    expect(Math.max(...words.map((w) => w.length))).toBeLessThanOrEqual(40);
  });

  it('query words are distinct; sameWords compares in order', () => {
    expect(queryWords('Send send SEND card')).toEqual(['send', 'card']);
    expect(sameWords(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameWords(['a'], undefined)).toBe(false);
    expect(sameWords(undefined, undefined)).toBe(true);
  });
});
