// What counts as words: every invisible character of the list on its own (each end of each range),
// and visible characters right beside those ranges.
import { describe, expect, it } from 'vitest';
import { hasVisibleText } from './text';

const hex = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

describe('hasVisibleText', () => {
  it.each(
    [
      ' ',
      '\t',
      '\n',
      '\r',
      '\u00A0', // no-break space (\s)
      '\u3000', // ideographic space (\s)
      '\u00AD', // soft hyphen
      '\u180E', // Mongolian vowel separator
      '\u200B', // zero-width space (range start)
      '\u200C',
      '\u200D',
      '\u200E',
      '\u200F', // right-to-left mark (range end)
      '\u202A', // bidi embedding (range start)
      '\u202C',
      '\u202E', // bidi override (range end)
      '\u2060', // word joiner (range start)
      '\u2062',
      '\u2064', // invisible plus (range end)
      '\u2066', // bidi isolate (range start)
      '\u2069',
      '\u206F', // nominal digit shapes (range end)
      '\uFEFF', // byte-order mark
    ].map((ch) => [hex(ch), ch]),
  )('%s alone shows nothing, nor many of it', (_name, ch) => {
    expect(hasVisibleText(ch)).toBe(false);
    expect(hasVisibleText(ch.repeat(3))).toBe(false);
  });

  it.each(
    [
      'a',
      '.',
      '0',
      '\u00AC', // not sign, before the soft hyphen
      '\u00AE', // registered sign, after it
      '\u2010', // hyphen, after the zero-width range
      '\u2030', // per mille, after the bidi range
      '\u2070', // superscript zero, after the last range
      '\uFEFE', // Arabic ligature, before the byte-order mark
      '\u3042', // hiragana a
    ].map((ch) => [hex(ch), ch]),
  )('%s shows', (_name, ch) => {
    expect(hasVisibleText(ch)).toBe(true);
  });

  it('one visible character among invisible ones is enough, wherever it stands', () => {
    expect(hasVisibleText('\u200B \u00ADx\uFEFF ')).toBe(true);
    expect(hasVisibleText('x\u200B\u200B')).toBe(true);
    expect(hasVisibleText('\u200B\u200Bx')).toBe(true);
    expect(hasVisibleText('')).toBe(false);
  });
});
