// @vitest-environment happy-dom
// words.ts at its edges: each filler and quote one row (module constants), spaces at a line's edges
// and doubled, skipped tags, a span that is empty or at a line's start, and changedSpan's word
// boundaries (letters, digits, apostrophes) and the space rule.
import { afterEach, describe, expect, it } from 'vitest';
import { changedSpan, comparableLines, comparableWords, locateWords } from './words';

afterEach(() => {
  document.body.innerHTML = '';
});

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div id="e" contenteditable="true">${html}</div>`;
  return document.getElementById('e')!;
}

describe('comparableWords', () => {
  it.each(['\u200d', '\u200b', '\u200c', '\u2060', '\ufeff'])('drops the filler %j', (filler) => {
    expect(comparableWords(`in${filler}voice`)).toBe('invoice');
  });

  it.each([
    ['\u2018', "'"],
    ['\u2019', "'"],
    ['\u201c', '"'],
    ['\u201d', '"'],
  ])('straightens %s', (curly, straight) => {
    expect(comparableWords(`a${curly}b`)).toBe(`a${straight}b`);
  });

  it('makes every run of whitespace one space, drops it at the edges, and joins lines with a space', () => {
    expect(comparableWords(' \t a\u00a0\u00a0 b\r\nc\n\nd \n')).toBe('a b c d');
    expect(comparableWords('a\u00a0b')).toBe('a b');
    expect(comparableWords(' \n ')).toBe('');
  });
});

describe('comparableLines', () => {
  it.each(['script', 'style', 'template'])('does not read a <%s>', (tag) => {
    expect(comparableLines(editor(`<p>a<${tag}>hidden</${tag}>b</p>`))).toEqual(['ab']);
  });

  it('a <br> and each block end a line, inline tags do not; blank lines are no lines', () => {
    expect(comparableLines(editor('a<br>b<i>c</i><p>d</p>e<br><br> <br>f  '))).toEqual(['a', 'bc', 'd', 'e', 'f']);
  });

  it('a textarea by its value: lines at \\n, spaces folded', () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    ta.value = '  a  b \n\n\u2019c\u2019\n';
    expect(comparableLines(ta)).toEqual(['a b', "'c'"]);
  });
});

describe('locateWords', () => {
  it('finds nothing for words that are only spaces or fillers', () => {
    expect(locateWords(editor('<p>a b</p>'), ' \u200b ')).toEqual([]);
  });

  it('maps a found place back to the DOM across spaces that were folded', () => {
    const root = editor('<p>say  <i>hello</i>\u00a0 there</p>');
    const [place] = locateWords(root, 'hello there');
    expect(place).toMatchObject({ kind: 'range', line: 0, from: 4, to: 15 });
    if (place?.kind !== 'range') throw new Error('range expected');
    expect(place.start).toEqual({ node: root.querySelector('i')!.firstChild, offset: 0 });
    expect(place.end).toEqual({ node: root.querySelector('p')!.lastChild, offset: '\u00a0 there'.length });
  });

  it('an empty span is the place just after the character before it', () => {
    document.body.innerHTML = '<textarea id="t">Hi,\nsay  it now</textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    // "say it now": an empty span at 6 (before "now") is after the space at 5, which is value 9
    expect(locateWords(ta, 'say it now', { from: 6, to: 6 })).toEqual([
      { kind: 'text-control', start: 11, end: 11, line: 1, from: 6, to: 6 },
    ]);
    // at 4 (before "it"), after the first of the two spaces (value 8), not at "it" (value 9)
    expect(locateWords(ta, 'say it now', { from: 4, to: 4 })).toEqual([
      { kind: 'text-control', start: 8, end: 8, line: 1, from: 4, to: 4 },
    ]);
    // at 0, the start of the words' first character
    expect(locateWords(ta, 'say it now', { from: 0, to: 0 })).toEqual([
      { kind: 'text-control', start: 4, end: 4, line: 1, from: 0, to: 0 },
    ]);
  });

  it('the first line, in a textarea and in an editable without blocks: the places of its own characters', () => {
    document.body.innerHTML = '<textarea id="t">We will reply soon.\nThanks</textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    expect(locateWords(ta, 'reply')).toEqual([{ kind: 'text-control', start: 8, end: 13, line: 0, from: 8, to: 13 }]);
    const root = editor('We will reply soon.');
    const [place] = locateWords(root, 'reply');
    if (place?.kind !== 'range') throw new Error('range expected');
    expect([place.start.offset, place.end.offset]).toEqual([8, 13]);
  });

  it('an empty span at the start of a line in an editable is the line start', () => {
    const root = editor('<p>one</p><p>say it</p>');
    const [place] = locateWords(root, 'say it', { from: 0, to: 0 });
    if (place?.kind !== 'range') throw new Error('range expected');
    const text = root.querySelectorAll('p')[1]!.firstChild;
    expect(place.start).toEqual({ node: text, offset: 0 });
    expect(place.end).toEqual({ node: text, offset: 0 });
  });

  it('each copy is found once, also two in one line, and overlapping text is not found twice', () => {
    expect(locateWords(editor('<p>ab ab ab</p>'), 'ab').map((p) => p.from)).toEqual([0, 3, 6]);
    expect(locateWords(editor('<p>aaaa</p>'), 'aa').map((p) => p.from)).toEqual([0, 2]);
  });

  it('a span moves with each copy', () => {
    const found = locateWords(editor('<p>x say it, say it</p>'), 'say it', { from: 4, to: 6 });
    expect(found.map((p) => [p.from, p.to])).toEqual([
      [6, 8],
      [14, 16],
    ]);
  });
});

describe('changedSpan at word boundaries', () => {
  function apply(before: string, after: string) {
    const span = changedSpan(before, after);
    return {
      replaced: before.slice(span.from, span.to),
      text: span.text,
      result: before.slice(0, span.from) + span.text + before.slice(span.to),
    };
  }

  it.each([
    ['a letter', 'send it today', 'send it tomorrow', 'today', 'tomorrow'],
    ['a digit', 'call at 15 ok', 'call at 17 ok', '15', '17'],
    ['an apostrophe', "we'll do it", "we'd do it", "we'll", "we'd"],
    ['a curly apostrophe', 'we\u2019ll do it', 'we\u2019d do it', 'we\u2019ll', 'we\u2019d'],
    ['a letter outside English', 'das Büro morgen', 'das Büro heute', 'morgen', 'heute'],
  ])('%s is part of a word', (_name, before, after, replaced, text) => {
    expect(apply(before, after)).toEqual({ replaced, text, result: after });
  });

  it('a word that differs only by a letter in front takes in the whole word, in either text', () => {
    expect(apply('go now', 'go snow')).toEqual({ replaced: 'now', text: 'snow', result: 'go snow' });
    expect(apply('a snow', 'a now')).toEqual({ replaced: 'snow', text: 'now', result: 'a now' });
  });

  it('words added in the middle take in the word after them, not the one before', () => {
    expect(apply('a reply soon', 'a we reply soon')).toEqual({ replaced: 'reply', text: 'we reply', result: 'a we reply soon' });
    expect(apply('x soon', 'x we go soon')).toEqual({ replaced: 'soon', text: 'we go soon', result: 'x we go soon' });
  });

  it('punctuation is not: the change stops before it', () => {
    expect(apply('ok, soon.', 'ok, later.')).toEqual({ replaced: 'soon', text: 'later', result: 'ok, later.' });
    expect(apply('soon, ok', 'later, ok')).toEqual({ replaced: 'soon', text: 'later', result: 'later, ok' });
  });

  it('a change at the very start or end of the words', () => {
    expect(apply('soon we go', 'later we go')).toEqual({ replaced: 'soon', text: 'later', result: 'later we go' });
    expect(apply('we go soon', 'we go later')).toEqual({ replaced: 'soon', text: 'later', result: 'we go later' });
    expect(apply('abc', 'abd')).toEqual({ replaced: 'abc', text: 'abd', result: 'abd' });
  });

  it('a word only added at the start or end takes in its neighbour (no edge space)', () => {
    expect(apply('reply soon', 'we reply soon')).toEqual({ replaced: 'reply', text: 'we reply', result: 'we reply soon' });
    expect(apply('we reply', 'we reply soon')).toEqual({ replaced: 'reply', text: 'reply soon', result: 'we reply soon' });
    expect(apply('reply', 'we reply')).toEqual({ replaced: 'reply', text: 'we reply', result: 'we reply' });
  });

  it('a word removed takes in the words beside it until no edge space is left', () => {
    expect(apply('we will reply soon', 'we reply soon')).toEqual({ replaced: 'we will reply', text: 'we reply', result: 'we reply soon' });
    expect(apply('soon we reply', 'we reply')).toEqual({ replaced: 'soon we', text: 'we', result: 'we reply' });
  });

  it('nothing changed: an empty change at the end, which takes in the last word', () => {
    expect(apply('we reply', 'we reply')).toEqual({ replaced: 'reply', text: 'reply', result: 'we reply' });
  });

  it('words only added, with spaces, after words of several letters', () => {
    expect(apply('send it', 'send it now')).toEqual({ replaced: 'it', text: 'it now', result: 'send it now' });
  });
});
