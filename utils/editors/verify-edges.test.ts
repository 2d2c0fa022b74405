// @vitest-environment happy-dom
// verify.ts at its edges: each filler, quote and bullet it knows, one row each (module constants),
// the lengths at exactly the limit, and waitUntilKept's render count and time limit.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countOccurrences, distinctivePart, normalizeText, readEditorText, waitUntilKept } from './verify';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('normalizeText drops each zero-width filler', () => {
  it.each([
    ['zero-width joiner', '\u200d'],
    ['zero-width space', '\u200b'],
    ['zero-width non-joiner', '\u200c'],
    ['word joiner', '\u2060'],
    ['byte-order mark', '\ufeff'],
  ])('%s', (_name, filler) => {
    expect(normalizeText(`in${filler}voice`)).toBe('invoice');
  });
});

describe('normalizeText straightens each typographic quote', () => {
  it.each([
    ['\u2018', "'"],
    ['\u2019', "'"],
    ['\u201c', '"'],
    ['\u201d', '"'],
  ])('%s', (curly, straight) => {
    expect(normalizeText(`a${curly}b${curly}${curly}c`)).toBe(`a${straight}b${straight}${straight}c`);
  });
});

describe('normalizeText', () => {
  it('makes each run of whitespace or no-break spaces one space, and trims', () => {
    expect(normalizeText(' \t a \u00a0\u00a0 b\n\n\tc\u00a0')).toBe('a b c');
    expect(normalizeText('a\u00a0b')).toBe('a b');
  });
});

describe('readEditorText', () => {
  function read(html: string): string {
    const div = document.createElement('div');
    div.innerHTML = html;
    return readEditorText(div);
  }

  it.each([
    ['a paragraph', 'a<p>b</p>c', 'a\nb\nc'],
    ['a line break', 'a<br>b', 'a\n\nb'],
    ['a table cell', '<table><tbody><tr><td>a</td><td>b</td></tr></tbody></table>', '\n\n\na\n\nb\n\n\n'],
    ['a header cell', '<table><tbody><tr><th>a</th><th>b</th></tr></tbody></table>', '\n\n\na\n\nb\n\n\n'],
    ['inline formatting (no break)', 'a<b>b</b><span>c</span>', 'abc'],
  ])('breaks the line at %s', (_name, html, expected) => {
    expect(read(html)).toBe(expected);
  });

  it.each(['script', 'style', 'template'])('does not read a <%s>', (tag) => {
    expect(read(`a<${tag}>hidden</${tag}>b`)).toBe('ab');
  });

  it('does not read comments', () => {
    expect(read('a<!--hidden-->b')).toBe('ab');
  });

  it('reads the value of a text input', () => {
    const input = document.createElement('input');
    input.value = 'typed';
    expect(readEditorText(input)).toBe('typed');
  });
});

describe('distinctivePart drops each list bullet', () => {
  it.each(['- ', '* ', '\u2022 ', '\u2023 ', '\u25e6 ', '\u2043 ', '1. ', '12. ', '3) ', '  - ', '-\t'])('%j', (bullet) => {
    expect(distinctivePart(`Short\n${bullet}the longest line here`)).toBe('the longest line here');
  });

  it('keeps a dash with no space after it, and a number with none', () => {
    expect(distinctivePart('Short\n-the longest line here')).toBe('-the longest line here');
    expect(distinctivePart('Short\n2.the longest line here')).toBe('2.the longest line here');
    expect(distinctivePart('Short\nx - the longest line here')).toBe('x - the longest line here');
  });
});

describe('distinctivePart at its limits', () => {
  it('takes the first of two longest lines', () => {
    expect(distinctivePart('first line\nother line\nshort')).toBe('first line');
  });

  it('splits at \\r\\n as at \\n', () => {
    expect(distinctivePart('a much longer line\r\nshort')).toBe('a much longer line');
  });

  it('a line of exactly the limit is taken whole; one more character and it is cut at a word', () => {
    const exactly = 'a'.repeat(35) + ' ' + 'b'.repeat(24);
    expect(exactly).toHaveLength(60);
    expect(distinctivePart(exactly)).toBe(exactly);
    expect(distinctivePart(exactly + 'b')).toBe('a'.repeat(35));
  });

  it('cuts at the last space only when it is past half the limit, else at the limit', () => {
    expect(distinctivePart('aaaaa bbbbbbbbbb', 10)).toBe('aaaaa bbbb');
    expect(distinctivePart('aaaaaa bbbbbbbbbb', 10)).toBe('aaaaaa');
    expect(distinctivePart('aa bbbbbb ccccccc', 10)).toBe('aa bbbbbb');
  });
});

describe('countOccurrences', () => {
  it('normalizes the needle too, and finds nothing for a blank one', () => {
    expect(countOccurrences('send it now, send it now', ' send\u00a0 it\u2019now ')).toBe(0);
    expect(countOccurrences('we\u2019ll send; we\u2019ll send', " we'll\n send ")).toBe(2);
    expect(countOccurrences('a b', ' \u200b ')).toBe(0);
    expect(countOccurrences('abab', 'ab')).toBe(2);
    expect(countOccurrences('xyz', 'ab')).toBe(0);
  });
});

describe('waitUntilKept', () => {
  /** A window whose frames and timers run at once, counting the frames. */
  function fakeWindow() {
    const counts = { frames: 0 };
    const win = {
      requestAnimationFrame: (cb: () => void) => {
        counts.frames++;
        queueMicrotask(cb);
        return 0;
      },
      setTimeout: (cb: () => void) => {
        queueMicrotask(cb);
        return 0;
      },
    } as unknown as Window;
    return { win, counts };
  }

  it('looks first after two frames, and again one frame later', async () => {
    const { win, counts } = fakeWindow();
    const seenAt: number[] = [];
    const kept = await waitUntilKept(
      () => {
        seenAt.push(counts.frames);
        return true;
      },
      { win, timeoutMs: 1000 },
    );
    expect(kept).toBe(true);
    expect(seenAt).toEqual([2, 3]);
  });

  it('a change gone one frame after it was seen is not kept', async () => {
    const { win } = fakeWindow();
    const answers = [true, false];
    let clock = 1000;
    vi.spyOn(Date, 'now').mockImplementation(() => (clock += 10));
    const kept = await waitUntilKept(() => answers.shift() ?? false, { win, timeoutMs: 25 });
    expect(kept).toBe(false);
  });

  it('a change seen late, and still there a frame later, is kept', async () => {
    const { win } = fakeWindow();
    const answers = [false, false, true, true];
    const kept = await waitUntilKept(() => answers.shift() ?? false, { win, timeoutMs: 1000 });
    expect(kept).toBe(true);
    expect(answers).toEqual([]);
  });

  it('gives up at exactly the time limit, not before', async () => {
    const { win } = fakeWindow();
    const times = [1000, 1049, 1050, 1051, 1052, 1053];
    vi.spyOn(Date, 'now').mockImplementation(() => times.shift() ?? 2000);
    let looks = 0;
    const kept = await waitUntilKept(
      () => {
        looks++;
        return false;
      },
      { win, timeoutMs: 50 },
    );
    expect(kept).toBe(false);
    expect(looks).toBe(2);
  });
});
