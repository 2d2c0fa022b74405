// Input hygiene every entry point shares: markup dropped, entities and curly quotes read, control
// characters blanked, the length bounded; whitespace runs folded and stray punctuation trimmed at
// the ends of a fragment. One row per character or tag the rules name, and their near misses.
import { describe, expect, it } from 'vitest';
import { clean, collapseSpaces, tidy } from './text';

describe('clean: what is not text', () => {
  it.each([
    [1234, ''],
    [null, ''],
    [undefined, ''],
    [{ toString: () => 'a <b>note</b>' }, ''],
    [['a'], ''],
  ])('%s is not a string: nothing', (input, out) => {
    expect(clean(input, 100)).toBe(out);
  });

  it.each([
    ['a<script>alert(1)</script>b', 'a b'],
    ['a<SCRIPT type="x">alert(1)</SCRIPT >b', 'a b'],
    ['a<style>p{}</style>b', 'a b'],
    ['a<script>\nx\n</script>b', 'a b'],
    // "scripts" is not "script": the tag name ends at a word boundary, and the tag is dropped alone
    ['a<scripts>x</scripts>b', 'a x b'],
  ])('script and style blocks go with their content: %j', (input, out) => {
    expect(clean(input, 100)).toBe(out);
  });

  it.each([
    ['a<br>b', 'a\nb'],
    ['a<br/>b', 'a\nb'],
    ['a<br />b', 'a\nb'],
    ['a<BR>b', 'a\nb'],
    ['a</p>b', 'a\nb'],
    ['a</div>b', 'a\nb'],
    ['a</li>b', 'a\nb'],
    ['a</tr>b', 'a\nb'],
    ['a</h1>b', 'a\nb'],
    ['a</h6>b', 'a\nb'],
    ['a</P>b', 'a\nb'],
  ])('line-ending markup is a line break: %j', (input, out) => {
    expect(clean(input, 100)).toBe(out);
  });

  it.each([
    ['a<b>b</b>c', 'a b c'],
    ['a<span class="x">b</span>c', 'a b c'],
    ['a</td>b', 'a b'],
    ['a<p>b', 'a b'],
    ['a<>b', 'a b'],
  ])('other tags are a space: %j', (input, out) => {
    expect(clean(input, 100)).toBe(out);
  });

  it('a tag is at most 500 characters long: a lone "<" keeps the text after it', () => {
    const long = `a <${'x'.repeat(500)}> b`;
    expect(clean(long, 2000)).toBe('a   b');
    const tooLong = `a <${'x'.repeat(501)}> b`;
    expect(clean(tooLong, 2000)).toBe(tooLong);
  });

  it.each([
    ['a&nbsp;b', 'a b'],
    ['a&amp;b', 'a&b'],
    ['a&lt;b', 'a<b'],
    ['a&gt;b', 'a>b'],
    ['a&quot;b', 'a"b'],
    ['it&#39;s', "it's"],
    ['it&#x27;s', "it's"],
    // entities are read once: "&amp;lt;" is the text "&lt;"
    ['a&amp;lt;b', 'a&lt;b'.replace('&lt;', '<')],
    ['a&copy;b', 'a&copy;b'],
  ])('entities: %j', (input, out) => {
    expect(clean(input, 100)).toBe(out);
  });

  it.each([
    ['it\u2018s', "it's"],
    ['it\u2019s', "it's"],
    ['it\u02BCs', "it's"],
    ['\u201Cok\u201D', '"ok"'],
    ['it\u2019s \u2019', "it's '"],
  ])('curly quotes are straight: %j', (input, out) => {
    expect(clean(input, 100)).toBe(out);
  });

  it.each([0x00, 0x01, 0x08, 0x0b, 0x0c, 0x0e, 0x10, 0x1f])('control character U+%s is a space', (code) => {
    expect(clean(`a${String.fromCharCode(code)}b`, 100)).toBe('a b');
  });

  it.each([0x09, 0x0a, 0x0d, 0x20, 0x7f, 0xa0])('U+%s is kept as it is', (code) => {
    const text = `a${String.fromCharCode(code)}b`;
    expect(clean(text, 100)).toBe(text);
    // also where something else is cleaned
    expect(clean(`${text}&amp;`, 100)).toBe(`${text}&`);
  });

  it('text made only of characters to clean is cleaned', () => {
    expect(clean('<>', 10)).toBe(' ');
    expect(clean('\u201C\u201D', 10)).toBe('""');
    expect(clean('\u2019', 10)).toBe("'");
  });

  it('text with nothing to clean is returned as it is, cut to the limit', () => {
    expect(clean('plain words', 100)).toBe('plain words');
    expect(clean('abcdefgh', 5)).toBe('abcde');
    expect(clean('abcde', 5)).toBe('abcde');
  });

  it('cleaned text is cut to the limit after cleaning', () => {
    expect(clean('a&amp;bcdef', 4)).toBe('a&bc');
    expect(clean('ab&amp;c', 4)).toBe('ab&c');
    expect(clean('<b>abcdef</b>', 4)).toBe(' abc');
  });

  it('text over twice the limit is cut before cleaning: a tag cut in half stays text', () => {
    // 3 + 8 = 11 characters of "abc<script" fit in 2 × 5; the rest of the tag is gone
    expect(clean('abc<script>x</script>def', 5)).toBe('abc<s');
    // within twice the limit, the whole tag is read and dropped
    expect(clean('ab<i>cdefg', 5)).toBe('ab cd');
    expect(clean('ab<i>cde', 4)).toBe('ab c');
  });
});

describe('collapseSpaces', () => {
  it.each([
    ['a  b', 'a b'],
    ['a   b', 'a b'],
    ['a\tb', 'a b'],
    ['a\nb', 'a b'],
    ['a\u00a0b', 'a b'],
    ['a \n\t b', 'a b'],
    [' a ', ' a '],
    ['a b c', 'a b c'],
    ['ab', 'ab'],
  ])('%j → %j', (input, out) => {
    expect(collapseSpaces(input)).toBe(out);
  });
});

describe('tidy: spaces folded, stray punctuation trimmed at the ends', () => {
  it.each([
    [' send it ', 'send it'],
    ['send  it', 'send it'],
    [', send it,', 'send it'],
    ['; send it;', 'send it'],
    [': send it:', 'send it'],
    ['- send it -', 'send it'],
    ['\u2013 send it \u2013', 'send it'],
    ['\u2014 send it \u2014', 'send it'],
    ['\t\n send it \r\n', 'send it'],
    ['\u00a0send it\u3000', 'send it'],
    [' ,;: send it -- ', 'send it'],
    // only the ends: punctuation inside stays, and so does other punctuation at the ends
    ['send it, now', 'send it, now'],
    ['send it.', 'send it.'],
    ['(send it)', '(send it)'],
    ['send it!', 'send it!'],
    ['"send it"', '"send it"'],
    ['x', 'x'],
    [',', ''],
    ['  ', ''],
    ['', ''],
    [', x', 'x'],
    ['x ,', 'x'],
  ])('%j → %j', (input, out) => {
    expect(tidy(input)).toBe(out);
  });
});
