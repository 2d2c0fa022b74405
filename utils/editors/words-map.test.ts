// @vitest-environment happy-dom
// locateWords maps each compared character back to the DOM place it came from: fillers that are
// dropped from the comparison (Lexical's and Quill's zero-width characters) must not shift the
// places of the characters after them, or the selection the rewrite replaces would be off by one.
import { afterEach, describe, expect, it } from 'vitest';
import { locateWords } from './words';

afterEach(() => {
  document.body.innerHTML = '';
});

function selected(root: HTMLElement, words: string, span?: { from: number; to: number }): string[] {
  return locateWords(root, words, span).map((place) => {
    if (place.kind !== 'range') throw new Error('range expected');
    const range = document.createRange();
    range.setStart(place.start.node, place.start.offset);
    range.setEnd(place.end.node, place.end.offset);
    return range.toString();
  });
}

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div id="e" contenteditable="true">${html}</div>`;
  return document.getElementById('e')!;
}

describe('places after a dropped filler', () => {
  it('a filler inside a word: the words after it are selected whole, not one character short', () => {
    const root = editor('<p>Please pay the in\u200bvoice by Friday.</p>');
    expect(selected(root, 'invoice by Friday')).toEqual(['in\u200bvoice by Friday']);
    expect(selected(root, 'by Friday')).toEqual(['by Friday']);
  });

  it('a filler at the start of a line (a Lexical cursor), and a span of the words after it', () => {
    const root = editor('<p>\ufeffWe will reply soon.</p>');
    expect(selected(root, 'We will reply soon.')).toEqual(['We will reply soon.']);
    expect(selected(root, 'We will reply soon.', { from: 8, to: 13 })).toEqual(['reply']);
  });

  it('several fillers and folded spaces before the words', () => {
    const root = editor('<p>a\u200b\u200c \u00a0 \u2060b <i>c</i>\u200d d</p>');
    expect(selected(root, 'b c d')).toEqual(['b c\u200d d']);
  });

  it('in a textarea: the value offsets after a filler', () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    ta.value = 'Hi,\n\u200bsee  you\u00a0soon';
    const [place] = locateWords(ta, 'see you soon', { from: 4, to: 7 });
    expect(place).toMatchObject({ kind: 'text-control' });
    expect(ta.value.slice(place!.start as number, place!.end as number)).toBe('you');
  });
});
