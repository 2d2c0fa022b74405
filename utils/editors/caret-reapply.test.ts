// @vitest-environment happy-dom
// placeCaret puts the caret back when the editor moved the selection on focus (ProseMirror and
// Lexical restore their own): any one difference counts, the start or end node or offset alone.
import { afterEach, describe, expect, it } from 'vitest';
import { placeCaret } from './caret';

afterEach(() => {
  document.body.innerHTML = '';
  document.getSelection()?.removeAllRanges();
});

function selectionNow(): [string, number, string, number] {
  const r = document.getSelection()!.getRangeAt(0);
  return [r.startContainer.textContent ?? '', r.startOffset, r.endContainer.textContent ?? '', r.endOffset];
}

describe('an editor that moves one end of the selection on focus gets it put back', () => {
  it.each([
    ['collapses it to its start (only the end offset moves)', (a: Text) => [a, 2, a, 2] as const],
    ['moves its start (only the start offset moves)', (a: Text) => [a, 0, a, 5] as const],
    ['moves its end to the same offset in the next paragraph (only the end node moves)', (a: Text, b: Text) => [a, 2, b, 5] as const],
    ['moves its start to the same offset in the next paragraph (only the start node moves)', (_a: Text, b: Text) => [b, 2, b, 5] as const],
  ])('%s', async (_name, moved) => {
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>Hello world</p><p>Other words</p></div>';
    const root = document.getElementById('e')!;
    const [a, b] = Array.from(root.querySelectorAll('p')).map((p) => p.firstChild as Text);
    let moves = 0;
    root.addEventListener('focus', () => {
      setTimeout(() => {
        moves++;
        const [sn, so, en, eo] = moved(a!, b!);
        const r = document.createRange();
        r.setStart(sn, so);
        r.setEnd(en, eo);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(r);
      }, 0);
    });
    const range = document.createRange();
    range.setStart(a!, 2);
    range.setEnd(a!, 5);
    await placeCaret(root, { kind: 'range', root, range, start: 2, end: 5 });
    expect(moves).toBe(1);
    expect(selectionNow()).toEqual(['Hello world', 2, 'Hello world', 5]);
  });

  it('an editor that leaves it where it was: set once, not again', async () => {
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>Hello world</p></div>';
    const root = document.getElementById('e')!;
    const text = root.querySelector('p')!.firstChild as Text;
    let sets = 0;
    const sel = document.getSelection()!;
    const addRange = sel.addRange.bind(sel);
    sel.addRange = (r: Range) => {
      sets++;
      addRange(r);
    };
    try {
      const range = document.createRange();
      range.setStart(text, 1);
      range.setEnd(text, 4);
      await placeCaret(root, { kind: 'range', root, range, start: 1, end: 4 });
      expect(sets).toBe(1);
      expect(selectionNow()).toEqual(['Hello world', 1, 'Hello world', 4]);
    } finally {
      delete (sel as { addRange?: unknown }).addRange;
    }
  });
});
