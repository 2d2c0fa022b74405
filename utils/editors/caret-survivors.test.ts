// @vitest-environment happy-dom
// caret.ts where its guards decide: a past-the-end offset after a last text of fillers, a text control
// never read as a live range, a saved range whose node moved out of the editor, a caret clamped at
// its end only, a frame whose document cannot be read, and an editor in a document without a window.
import { afterEach, describe, expect, it } from 'vitest';
import { caretRange, liveCaret, placeCaret, positionAt, trackCaret } from './caret';

afterEach(() => {
  document.body.innerHTML = '';
  document.getSelection()?.removeAllRanges();
});

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div id="ed" contenteditable="true">${html}</div><p id="out">outside</p>`;
  return document.getElementById('ed')!;
}

function select(node: Node, start: number, endNode: Node = node, end = start): Range {
  const r = document.createRange();
  r.setStart(node, start);
  r.setEnd(endNode, end);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(r);
  return r;
}

describe('caret.ts at its guards', () => {
  it('past the end: the end of the last text node, even one of fillers only', () => {
    const root = editor('<p>abc</p><p>\u200b</p>');
    const filler = root.querySelectorAll('p')[1]!.firstChild!;
    expect(positionAt(root, 99)).toEqual({ node: filler, offset: 1 });
  });

  it('a selection inside a textarea is never a live caret of it', () => {
    document.body.innerHTML = '<textarea id="t">Hello</textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    select(ta.firstChild!, 1, ta.firstChild!, 3);
    expect(liveCaret(ta)).toBeUndefined();
  });

  it('a saved range whose node was moved out of the editor (still in the page) is rebuilt inside it', () => {
    const root = editor('<p>Hello</p><p>world</p>');
    const second = root.querySelectorAll('p')[1]!;
    const range = select(second.firstChild!, 2);
    document.getElementById('out')!.append(second);
    root.insertAdjacentHTML('beforeend', '<p>world</p>');
    const rebuilt = caretRange(root, { kind: 'range', root, range, start: 7, end: 7 });
    expect([rebuilt.range.startContainer, rebuilt.range.startOffset]).toEqual([root.querySelectorAll('p')[1]!.firstChild, 2]);
  });

  it('a textarea: a caret inside the value is put back as it is (no end clamped past it)', async () => {
    document.body.innerHTML = '<textarea id="t">Hello</textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    expect(await placeCaret(ta, { kind: 'text-control', element: ta, start: 1, end: 3 })).toBe('saved');
    expect([ta.selectionStart, ta.selectionEnd]).toEqual([1, 3]);
  });

  it('a frame whose document cannot be read (cross-origin) is passed over when tracking starts', () => {
    document.body.innerHTML = '<iframe id="f"></iframe>';
    Object.defineProperty(document.getElementById('f')!, 'contentDocument', { get: () => null, configurable: true });
    const controller = new AbortController();
    expect(() => trackCaret(document, controller.signal)).not.toThrow();
    controller.abort();
  });

  it('an editor in a document without a window: the caret is placed, no frame waited for', async () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = '<div id="ed" contenteditable="true"><p>Hello</p></div>';
    expect(doc.defaultView).toBeNull();
    expect(await placeCaret(doc.getElementById('ed')!)).toBe('end');
  });
});
