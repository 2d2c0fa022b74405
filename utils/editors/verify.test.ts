// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { countOccurrences, distinctivePart, normalizeText, readEditorText } from './verify';

describe('normalizeText', () => {
  it('drops zero-width fillers, folds whitespace and nbsp, straightens quotes', () => {
    expect(normalizeText('\ufeff  We\u00a0will\n\tsend\u200b it \u2019now\u2019 \u201cok\u201d ')).toBe('We will send it \'now\' "ok"');
  });
});

describe('distinctivePart', () => {
  it.each([
    [
      'the longest line, without its bullet',
      'Next steps\n- I will send the revised invoice by Friday\n- You: confirm',
      'I will send the revised invoice by Friday',
    ],
    ['numbered items too', '1. Call the carrier about the lost parcel', 'Call the carrier about the lost parcel'],
    ['a word boundary when too long', 'a'.repeat(10) + ' ' + 'b'.repeat(30) + ' ' + 'c'.repeat(40), 'a'.repeat(10) + ' ' + 'b'.repeat(30)],
    ['nothing for blank text', ' \n ', ''],
  ])('takes %s', (_name, text, expected) => {
    expect(distinctivePart(text)).toBe(expected);
  });
});

describe('countOccurrences', () => {
  it('counts non-overlapping, whitespace-insensitive matches', () => {
    expect(countOccurrences('send it\u00a0now. send  it now.', 'send it now')).toBe(2);
    expect(countOccurrences('aaaa', 'aa')).toBe(2);
    expect(countOccurrences('abc', '')).toBe(0);
  });
});

describe('readEditorText', () => {
  it('separates blocks so lines do not run together', () => {
    const div = document.createElement('div');
    div.innerHTML = '<p>Hello</p><ul><li>one</li><li>two<br>three</li></ul><p>end</p><style>p{}</style>';
    expect(normalizeText(readEditorText(div))).toBe('Hello one two three end');
    expect(readEditorText(div)).toContain('two\n');
  });

  it('reads a textarea value', () => {
    const ta = document.createElement('textarea');
    ta.value = 'abc';
    expect(readEditorText(ta)).toBe('abc');
  });
});
