// A hard-wrapped message (plain-text e-mail wrapped at 72–78 characters, a line break typed inside a
// sentence) is read as the sentences its author wrote: the deadline on the next line belongs to the
// promise on the line before. Lists, greetings, names and bullets stay one line each.
import { describe, expect, it } from 'vitest';
import { findCommitments } from './find';
import { splitSentences } from './sentences';

// Monday, Nov 30, 2026, 10:00 UTC.
const ctx = { now: new Date('2026-11-30T10:00:00Z'), timeZone: 'UTC' };
const LONG = 'We will send the replacement parts to your office'; // 49 characters, no stop

describe('splitSentences: hard-wrapped lines', () => {
  it('a promise wrapped before its deadline keeps the deadline', () => {
    const text = 'Hi Maria,\n\nOur billing team will send the replacement\nby Friday. Thanks for waiting.\n\nSam';
    expect(splitSentences(text)).toEqual([
      'Hi Maria,',
      'Our billing team will send the replacement by Friday.',
      'Thanks for waiting.',
      'Sam',
    ]);
    const promise = findCommitments({ text, author: 'agent' }, ctx).find((d) => d.kind === 'promise');
    expect(promise?.due?.at).toBe('2026-12-04T17:00:00+00:00');
  });

  it('a paragraph wrapped over several lines is joined line after line', () => {
    expect(splitSentences(`${LONG}\nby Friday, and we will call you\nonce they have shipped.`)).toEqual([
      `${LONG} by Friday, and we will call you once they have shipped.`,
    ]);
  });

  it.each([
    [`${LONG},\nonce the part arrives.`, `${LONG}, once the part arrives.`],
    [`${LONG}   \n     by Friday.`, `${LONG} by Friday.`],
    [`${LONG}\nélément by Friday.`, `${LONG} élément by Friday.`],
  ])('%j is one sentence', (text, sentence) => {
    expect(splitSentences(text)).toEqual([sentence]);
  });

  it.each([
    [`${LONG}.\nthen more.`, `${LONG}.`],
    [`${LONG}!\nthen more.`, `${LONG}!`],
    [`${LONG}?\nthen more.`, `${LONG}?`],
    [`${LONG}:\nthen more.`, `${LONG}:`],
    [`${LONG};\nthen more.`, `${LONG};`],
    [`${LONG}."\nthen more.`, `${LONG}."`],
    [`${LONG}.)\nthen more.`, `${LONG}.)`],
    [`${LONG}.'\nthen more.`, `${LONG}.'`],
    [`${LONG}.]\nthen more.`, `${LONG}.]`],
    [`${LONG}.  \nthen more.`, `${LONG}.`],
  ])('a line that ends its sentence stays apart: %j', (text, first) => {
    expect(splitSentences(text)).toEqual([first, 'then more.']);
  });

  it.each([
    [`${LONG}\nMaria will sign it.`, [LONG, 'Maria will sign it.']],
    [`${LONG}\n3 boxes by Friday.`, [LONG, '3 boxes by Friday.']],
    [`${LONG}\n\nby Friday.`, [LONG, 'by Friday.']],
    [`- ${LONG}\nby Friday.`, [`- ${LONG}`, 'by Friday.']],
    [`* ${LONG}\nby Friday.`, [`* ${LONG}`, 'by Friday.']],
    [`• ${LONG}\nby Friday.`, [`• ${LONG}`, 'by Friday.']],
    // (a numbered item's number ends a sentence of its own already)
    [`1. ${LONG}\nby Friday.`, ['1.', LONG, 'by Friday.']],
    [`12) ${LONG}\nby Friday.`, [`12) ${LONG}`, 'by Friday.']],
    ['Steps to try first\nrestart the router\nsend us the logs', ['Steps to try first', 'restart the router', 'send us the logs']],
  ])('not a wrap: %j', (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });

  it('a wrapped line is at least 30 characters long', () => {
    expect(splitSentences(`${'a'.repeat(30)}\nnext`)).toEqual([`${'a'.repeat(30)} next`]);
    expect(splitSentences(`  ${'a'.repeat(29)}  \nnext`)).toEqual([`${'a'.repeat(29)}`, 'next']);
    expect(splitSentences(`- ${'a'.repeat(40)}\nnext`)).toEqual([`- ${'a'.repeat(40)}`, 'next']);
    expect(splitSentences(`-${'a'.repeat(40)}\nnext`)).toEqual([`-${'a'.repeat(40)} next`]);
    expect(splitSentences(`Note ${'a'.repeat(40)}- x\nnext`)).toEqual([`Note ${'a'.repeat(40)}- x next`]);
  });
});
