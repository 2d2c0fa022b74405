// @vitest-environment happy-dom
// lines.ts and block.ts at their edges: each bullet and skipped tag one row (module constants), lines
// that are only fillers, runs at the very end and overlapping, a text control's offsets, and the
// caret's line in a textarea and in an editable (at a line's end, between blocks, with no caret).
import { afterEach, describe, expect, it } from 'vitest';
import { asOwnBlock, caretToLineEnd } from './block';
import { comparableLine, editorLines, findRuns, locateSummary, summaryLines } from './lines';

afterEach(() => {
  document.body.innerHTML = '';
  document.getSelection()?.removeAllRanges();
});

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div id="ed" contenteditable="true">${html}</div>`;
  return document.getElementById('ed')!;
}

function caretIn(node: Node, offset: number) {
  const range = document.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}

function caretNow(): [Node, number] {
  const range = document.getSelection()!.getRangeAt(0);
  return [range.startContainer, range.startOffset];
}

describe('comparableLine drops each list bullet', () => {
  it.each(['- ', '* ', '\u2022 ', '\u2023 ', '\u25e6 ', '\u2043 ', '1. ', '12. ', '3) ', '  -  ', '-\u00a0'])('%j', (bullet) => {
    expect(comparableLine(`${bullet}send it`)).toBe('send it');
  });

  it('only at the start, and only with a space after it', () => {
    expect(comparableLine('-send it')).toBe('-send it');
    expect(comparableLine('3.5 days')).toBe('3.5 days');
    expect(comparableLine('send - it')).toBe('send - it');
    expect(comparableLine('- - send it')).toBe('- send it');
  });

  it('summaryLines splits at \\r\\n too and drops empty and bullet-only lines', () => {
    expect(summaryLines('a\r\n\r\n - \nb\n')).toEqual(['a', '-', 'b']);
  });
});

describe('editorLines', () => {
  it.each(['script', 'style', 'template'])('does not read a <%s>', (tag) => {
    const root = editor(`<p>a<${tag}>hidden</${tag}>b</p>`);
    expect(editorLines(root).map((l) => l.text)).toEqual(['ab']);
  });

  it('a line starts at its first text that is more than a filler or formatting whitespace', () => {
    const root = editor('\n  <p>\u200b</p>\n<p>  <b>Hi</b> there</p>');
    const [line, ...rest] = editorLines(root);
    expect(rest).toEqual([]);
    expect(line!.text).toBe('Hi there');
    expect(line!.start).toEqual({ node: root.querySelector('b')!.firstChild, offset: 0 });
    const last = root.querySelectorAll('p')[1]!.lastChild as Text;
    expect(line!.end).toEqual({ node: last, offset: ' there'.length });
  });

  it('a <br> and each block end a line; inline tags do not', () => {
    const root = editor('a<br>b<span>c</span><div>d</div>e<ul><li>f</li></ul>g');
    expect(editorLines(root).map((l) => l.text)).toEqual(['a', 'bc', 'd', 'e', 'f', 'g']);
  });

  it('a dash alone is text, not a bullet', () => {
    expect(editorLines(editor('<p>- </p><p>x</p>')).map((l) => l.text)).toEqual(['-', 'x']);
  });
});

describe('findRuns', () => {
  it('finds a run that ends at the last line', () => {
    expect(findRuns(['x', 'a', 'b'], ['a', 'b'])).toEqual([1]);
    expect(findRuns(['a', 'b'], ['a', 'b'])).toEqual([0]);
    expect(findRuns(['a'], ['a', 'b'])).toEqual([]);
  });

  it('never counts overlapping runs twice', () => {
    expect(findRuns(['a', 'a', 'a'], ['a', 'a'])).toEqual([0]);
    expect(findRuns(['a', 'a', 'a', 'a'], ['a', 'a'])).toEqual([0, 2]);
  });

  it('needs every line of the run, not only the first', () => {
    expect(findRuns(['a', 'x', 'c'], ['a', 'b', 'c'])).toEqual([]);
    expect(findRuns(['a', 'b', 'x'], ['a', 'b', 'c'])).toEqual([]);
  });
});

describe('locateSummary in a text control', () => {
  it('gives the character offsets of the first to the last line of the summary', () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    ta.value = 'Hi\n\n  To recap:\n\n- one  \nBye\nTo recap:\n';
    const found = locateSummary(ta, 'To recap:\n- one');
    expect(found).toEqual([{ kind: 'text-control', start: 4, end: 4 + '  To recap:\n\n- one  '.length }]);
    expect(ta.value.slice(4, found[0]!.kind === 'text-control' ? found[0]!.end : 0)).toBe('  To recap:\n\n- one  ');
  });

  it('finds nothing for a summary with no words', () => {
    document.body.innerHTML = '<textarea id="t">a\nb</textarea>';
    expect(locateSummary(document.getElementById('t')!, ' \n ')).toEqual([]);
    expect(locateSummary(editor('<p>a</p>'), '\n')).toEqual([]);
  });
});

describe('caretToLineEnd in a textarea', () => {
  function textarea(value: string, caret: number): HTMLTextAreaElement {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    ta.value = value;
    ta.setSelectionRange(caret, caret);
    return ta;
  }

  it.each([
    ['at the end of a line with text, before the next line', 'ab\ncd', 2, true, 2],
    ['at the start of a line with text', 'ab\ncd', 3, true, 5],
    ['in the middle of the last line', 'ab\ncdef', 4, true, 7],
    ['on an empty line', 'ab\n\ncd', 3, false, 3],
    ['on a line of spaces', 'ab\n  \ncd', 4, false, 5],
    ['at the very start, on an empty first line', '\nab', 0, false, 0],
    ['in an empty textarea', '', 0, false, 0],
  ])('%s', (_name, value, caret, lineHasText, at) => {
    const ta = textarea(value, caret);
    expect(caretToLineEnd(ta)).toEqual({ lineHasText });
    expect([ta.selectionStart, ta.selectionEnd]).toEqual([at, at]);
  });
});

describe('caretToLineEnd in an editable', () => {
  it('no selection: says the line is empty and changes nothing', () => {
    const root = editor('<p>Hello</p>');
    document.getSelection()!.removeAllRanges();
    expect(caretToLineEnd(root)).toEqual({ lineHasText: false });
    expect(document.getSelection()!.rangeCount).toBe(0);
  });

  it('a caret at the start of a block (<p>|Hello</p>): the end of that block', () => {
    const root = editor('<p>Hello</p><p>Bye</p>');
    caretIn(root.querySelector('p')!, 0);
    expect(caretToLineEnd(root)).toEqual({ lineHasText: true });
    expect(caretNow()).toEqual([root.querySelector('p')!.firstChild, 5]);
  });

  it('a caret after the text of a block with two lines: the end of its last line', () => {
    const root = editor('<p>Hello<br>there</p><p>Bye</p>');
    const p = root.querySelector('p')!;
    caretIn(p, p.childNodes.length);
    expect(caretToLineEnd(root)).toEqual({ lineHasText: true });
    expect(caretNow()).toEqual([p.lastChild, 5]);
  });

  it('a caret in the first of two lines of one block (<br>, as Trix keeps them): the end of that line, not the block', () => {
    const root = editor('<div>Hello<br>there</div>');
    caretIn(root.querySelector('div')!.firstChild!, 2);
    expect(caretToLineEnd(root)).toEqual({ lineHasText: true });
    expect(caretNow()).toEqual([root.querySelector('div')!.firstChild, 5]);
  });

  it('a caret on a <br> counts in its block, never in the <br>', () => {
    const root = editor('<p>Hi<br></p><p>Bye</p>');
    caretIn(root.querySelector('br')!, 0);
    expect(caretToLineEnd(root)).toEqual({ lineHasText: true });
    expect(caretNow()).toEqual([root.querySelector('p')!.firstChild, 2]);
  });

  it('a caret between blocks, on the editable itself: no line of its own, left where it is', () => {
    const root = editor('<p>Hello</p><p>Bye</p>');
    caretIn(root, 1);
    expect(caretToLineEnd(root)).toEqual({ lineHasText: false });
    expect(caretNow()).toEqual([root, 1]);
  });

  it('a caret inside inline formatting at the start of its block: the end of the line', () => {
    const root = editor('<p><b>Hello</b> there</p>');
    caretIn(root.querySelector('b')!, 0);
    expect(caretToLineEnd(root)).toEqual({ lineHasText: true });
    expect(caretNow()).toEqual([root.querySelector('p')!.lastChild, ' there'.length]);
  });
});

describe('asOwnBlock', () => {
  const content = { html: '<p>Next steps</p>', text: 'Next steps' };
  it.each(['prosemirror', 'contenteditable', 'textarea'] as const)('%s: an empty first block, and a leading line break', (family) => {
    expect(asOwnBlock(content, family)).toEqual({ html: '<p><br></p><p>Next steps</p>', text: '\nNext steps' });
  });

  it('draftjs: no HTML (it drops empty pasted blocks), the text after a line break', () => {
    expect(asOwnBlock(content, 'draftjs')).toEqual({ html: '', text: '\nNext steps' });
  });
});
