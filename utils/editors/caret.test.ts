// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { caretRange, endPosition, getSavedCaret, lastEditor, positionAt, saveCaret, textOffset, trackCaret } from './caret';

afterEach(() => {
  document.body.innerHTML = '';
});

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div id="ed" contenteditable="true">${html}</div><button id="b">b</button>`;
  return document.getElementById('ed')!;
}

describe('text offsets', () => {
  it('round-trips a position through a character offset', () => {
    const root = editor('<p>Hello <b>big</b></p><p>world</p>');
    const world = root.querySelectorAll('p')[1]!.firstChild!;
    const chars = textOffset(root, world, 2);
    expect(chars).toBe('Hello big'.length + 2);
    expect(positionAt(root, chars)).toEqual({ node: world, offset: 2 });
  });

  it('puts "the end" inside the last text, skipping zero-width fillers', () => {
    const root = editor('<p>one</p><p>two</p><p>\ufeff</p>');
    const two = root.querySelectorAll('p')[1]!.firstChild!;
    expect(endPosition(root)).toEqual({ node: two, offset: 3 });
  });

  it('puts "the end" of an empty editor in its last block', () => {
    const root = editor('<p><br></p>');
    expect(endPosition(root)).toEqual({ node: root.firstChild, offset: 0 });
  });
});

describe('saving the caret', () => {
  it('saves a selection inside an editing host, and ignores one outside', () => {
    const root = editor('<p>Hello world</p>');
    const text = root.querySelector('p')!.firstChild!;
    const sel = document.getSelection()!;
    const r = document.createRange();
    r.setStart(text, 6);
    r.collapse(true);
    sel.removeAllRanges();
    sel.addRange(r);
    const caret = saveCaret(document);
    expect(caret).toMatchObject({ kind: 'range', root, start: 6, end: 6 });
    expect(getSavedCaret(root)).toBe(caret);
    expect(lastEditor(document)).toBe(root);

    const outside = document.createRange();
    outside.selectNodeContents(document.getElementById('b')!);
    sel.removeAllRanges();
    sel.addRange(outside);
    expect(saveCaret(document)).toBeNull();
    expect(getSavedCaret(root)).toBe(caret);
  });

  it('saves a textarea selection when it loses focus (trackCaret)', () => {
    document.body.innerHTML = '<textarea id="ta">Hello world</textarea><button id="b">b</button>';
    const ta = document.getElementById('ta') as HTMLTextAreaElement;
    const controller = new AbortController();
    trackCaret(document, controller.signal);
    ta.focus();
    ta.setSelectionRange(5, 5);
    ta.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    expect(getSavedCaret(ta)).toMatchObject({ kind: 'text-control', start: 5, end: 5 });
    controller.abort();
  });

  it('rebuilds the range from character offsets when the editor replaced its nodes', () => {
    const root = editor('<p>Hello world</p>');
    const r = document.createRange();
    r.setStart(root.querySelector('p')!.firstChild!, 6);
    r.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(r);
    const caret = saveCaret(document)!;
    root.innerHTML = '<p>Hello world</p>'; // a re-render with new nodes
    const { range, where } = caretRange(root, caret);
    expect(where).toBe('saved');
    expect(range.startContainer).toBe(root.querySelector('p')!.firstChild);
    expect(range.startOffset).toBe(6);
  });

  it('uses the end when nothing was saved', () => {
    const root = editor('<p>abc</p>');
    const { range, where } = caretRange(root, undefined);
    expect(where).toBe('end');
    expect(range.startContainer).toBe(root.querySelector('p')!.firstChild);
    expect(range.startOffset).toBe(3);
  });
});
