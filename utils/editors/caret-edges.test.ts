// @vitest-environment happy-dom
// caret.ts at its edges: offsets at exactly a text node's end, fillers, empty editors, which caret
// placeCaret chooses, a saved range that no longer fits, and what trackCaret listens to.
import { afterEach, describe, expect, it } from 'vitest';
import {
  caretRange,
  endPosition,
  forgetCaret,
  getSavedCaret,
  lastEditor,
  liveCaret,
  placeCaret,
  positionAt,
  saveCaret,
  settle,
  textOffset,
  trackCaret,
  type SavedCaret,
} from './caret';

afterEach(() => {
  document.body.innerHTML = '';
  document.getSelection()?.removeAllRanges();
});

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div id="ed" contenteditable="true">${html}</div><p id="out">outside</p>`;
  return document.getElementById('ed')!;
}

function select(node: Node, start: number, endNode: Node = node, end = start) {
  const r = document.createRange();
  r.setStart(node, start);
  r.setEnd(endNode, end);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(r);
  return r;
}

function caretNow(): [Node, number, Node, number] {
  const r = document.getSelection()!.getRangeAt(0);
  return [r.startContainer, r.startOffset, r.endContainer, r.endOffset];
}

describe('positionAt', () => {
  it('an offset at exactly the end of a text node stays in that node', () => {
    const root = editor('<p>abc</p><p>def</p>');
    const [abc, def] = Array.from(root.querySelectorAll('p')).map((p) => p.firstChild!);
    expect(positionAt(root, 3)).toEqual({ node: abc, offset: 3 });
    expect(positionAt(root, 4)).toEqual({ node: def, offset: 1 });
    expect(positionAt(root, 0)).toEqual({ node: abc, offset: 0 });
  });

  it('past the end: the end of the last text; a negative offset: the start', () => {
    const root = editor('<p>abc</p><p>def</p>');
    const def = root.querySelectorAll('p')[1]!.firstChild!;
    expect(positionAt(root, 99)).toEqual({ node: def, offset: 3 });
    expect(positionAt(root, -5)).toEqual({ node: root.querySelector('p')!.firstChild, offset: 0 });
  });

  it('no text at all: where the end is', () => {
    const root = editor('<p><br></p>');
    expect(positionAt(root, 2)).toEqual({ node: root.firstChild, offset: 0 });
  });
});

describe('textOffset', () => {
  it('counts text only, and gives 0 for a place that does not exist', () => {
    const root = editor('<p>ab<b>cd</b></p><p>ef</p>');
    expect(textOffset(root, root.querySelectorAll('p')[1]!, 0)).toBe(4);
    expect(textOffset(root, root, root.childNodes.length)).toBe(6);
    expect(textOffset(root, root.querySelectorAll('p')[1]!.firstChild!, 1)).toBe(5);
    expect(textOffset(root, root.querySelectorAll('p')[1]!.firstChild!, 99)).toBe(0);
  });
});

describe('endPosition', () => {
  it('skips a last text that is only fillers (\\u200b, \\ufeff), but not one with a space', () => {
    const root = editor('<p>one</p><p>\u200b\ufeff</p>');
    expect(endPosition(root)).toEqual({ node: root.querySelector('p')!.firstChild, offset: 3 });
    const spaced = editor('<p>one</p><p> </p>');
    expect(endPosition(spaced)).toEqual({ node: spaced.querySelectorAll('p')[1]!.firstChild, offset: 1 });
  });

  it('an empty editor: its last, deepest block, never inside a <br>', () => {
    const root = editor('<p><br></p><ul><li><br></li></ul>');
    expect(endPosition(root)).toEqual({ node: root.querySelector('li'), offset: 0 });
  });

  it('an editor holding only a filler (a Lexical cursor): the start of its block, not inside the filler', () => {
    const root = editor('<p>\u200b</p>');
    expect(endPosition(root)).toEqual({ node: root.querySelector('p'), offset: 0 });
  });

  it('an editor with nothing in it: after its children', () => {
    const root = editor('');
    expect(endPosition(root)).toEqual({ node: root, offset: 0 });
    const brOnly = editor('<br>');
    expect(endPosition(brOnly)).toEqual({ node: brOnly, offset: 1 });
  });
});

describe('saveCaret', () => {
  it('a selection that starts in the editor and ends outside it is not a caret', () => {
    const root = editor('<p>Hello</p>');
    select(root.querySelector('p')!.firstChild!, 1, document.getElementById('out')!.firstChild!, 2);
    expect(saveCaret(document)).toBeNull();
    expect(getSavedCaret(root)).toBeUndefined();
  });

  it('a selection, start and end as character offsets', () => {
    const root = editor('<p>Hello</p><p>world</p>');
    select(root.querySelector('p')!.firstChild!, 1, root.querySelectorAll('p')[1]!.firstChild!, 2);
    expect(saveCaret(document)).toMatchObject({ kind: 'range', root, start: 1, end: 7 });
  });

  it('a focused textarea: its selection, remembered as the last editor', () => {
    document.body.innerHTML = '<textarea id="t">Hello world</textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    ta.focus();
    ta.setSelectionRange(2, 5);
    expect(saveCaret(document)).toEqual({ kind: 'text-control', element: ta, start: 2, end: 5 });
    expect(lastEditor(document)).toBe(ta);
    forgetCaret(ta);
    expect(getSavedCaret(ta)).toBeUndefined();
  });

  it('the last editor is forgotten once it leaves the page', () => {
    const root = editor('<p>Hello</p>');
    select(root.querySelector('p')!.firstChild!, 1);
    saveCaret(document);
    expect(lastEditor(document)).toBe(root);
    root.remove();
    expect(lastEditor(document)).toBeNull();
  });

  it('an email field, which has no selection to read: the caret at the end of its value', () => {
    document.body.innerHTML = '<input id="i" type="email" value="dana@example.com">';
    const input = document.getElementById('i') as HTMLInputElement;
    input.focus();
    expect(saveCaret(document)).toEqual({ kind: 'text-control', element: input, start: 16, end: 16 });
  });
});

describe('liveCaret', () => {
  it('none for a text control, none outside the editor, the selection inside it', () => {
    const root = editor('<p>Hello</p>');
    document.body.insertAdjacentHTML('beforeend', '<textarea id="t">x</textarea>');
    expect(liveCaret(document.getElementById('t') as HTMLTextAreaElement)).toBeUndefined();
    expect(liveCaret(root)).toBeUndefined();
    select(document.getElementById('out')!.firstChild!, 1);
    expect(liveCaret(root)).toBeUndefined();
    select(root.querySelector('p')!.firstChild!, 1, root.querySelector('p')!.firstChild!, 3);
    expect(liveCaret(root)).toMatchObject({ kind: 'range', root, start: 1, end: 3 });
    select(root.querySelector('p')!.firstChild!, 1, document.getElementById('out')!.firstChild!, 1);
    expect(liveCaret(root)).toBeUndefined();
  });
});

describe('caretRange', () => {
  it('a saved range whose offset no longer fits its node is rebuilt from character offsets', () => {
    const root = editor('<p>Hello world</p>');
    const text = root.querySelector('p')!.firstChild as Text;
    const range = select(text, 6, text, 11);
    const caret: SavedCaret = { kind: 'range', root, range: range.cloneRange(), start: 6, end: 11 };
    text.data = 'Hello'; // the editor shortened the node in place
    const rebuilt = caretRange(root, caret);
    expect(rebuilt.where).toBe('saved');
    expect([rebuilt.range.startContainer, rebuilt.range.startOffset, rebuilt.range.endOffset]).toEqual([text, 5, 5]);
  });

  it('a range still fitting its nodes, up to their very end, is used as it is', () => {
    const root = editor('<p>Hello</p>');
    const text = root.querySelector('p')!.firstChild as Text;
    const range = select(text, 5);
    const used = caretRange(root, { kind: 'range', root, range, start: 0, end: 0 });
    expect([used.range.startContainer, used.range.startOffset, used.where]).toEqual([text, 5, 'saved']);
    const p = root.querySelector('p')!;
    const atElement = caretRange(root, { kind: 'range', root, range: select(p, 1), start: 0, end: 0 });
    expect([atElement.range.startContainer, atElement.range.startOffset]).toEqual([p, 1]);
  });

  it("another editor's caret, or a text control's, is not used: the end", () => {
    const root = editor('<p>abc</p>');
    document.body.insertAdjacentHTML('beforeend', '<div id="other" contenteditable="true">x</div><textarea id="t"></textarea>');
    const other = document.getElementById('other')!;
    const elsewhere = caretRange(root, { kind: 'range', root: other, range: select(other.firstChild!, 1), start: 1, end: 1 });
    expect(elsewhere.where).toBe('end');
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    expect(caretRange(root, { kind: 'text-control', element: ta, start: 0, end: 0 }).where).toBe('end');
  });

  it('a saved range whose node left the editor is rebuilt', () => {
    const root = editor('<p>Hello</p><p>world</p>');
    const second = root.querySelectorAll('p')[1]!;
    const range = select(second.firstChild!, 2);
    second.remove();
    root.insertAdjacentHTML('beforeend', '<p>world</p>');
    const rebuilt = caretRange(root, { kind: 'range', root, range, start: 7, end: 7 });
    expect([rebuilt.range.startContainer, rebuilt.range.startOffset]).toEqual([root.querySelectorAll('p')[1]!.firstChild, 2]);
  });
});

describe('placeCaret', () => {
  it('a textarea: the caret given, clamped to the value; else the end', async () => {
    document.body.innerHTML = '<textarea id="t">Hello</textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    expect(await placeCaret(ta, { kind: 'text-control', element: ta, start: 2, end: 99 })).toBe('saved');
    expect([ta.selectionStart, ta.selectionEnd, document.activeElement]).toEqual([2, 5, ta]);
    ta.setSelectionRange(1, 1);
    expect(await placeCaret(ta)).toBe('end');
    expect([ta.selectionStart, ta.selectionEnd]).toEqual([5, 5]);
  });

  it("a textarea: another element's caret is not used", async () => {
    document.body.innerHTML = '<textarea id="t">Hello</textarea><textarea id="u">Other text</textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    const other = document.getElementById('u') as HTMLTextAreaElement;
    expect(await placeCaret(ta, { kind: 'text-control', element: other, start: 1, end: 1 })).toBe('end');
  });

  it('an editable: the caret given wins over the saved one, which wins over the live selection', async () => {
    const root = editor('<p>Hello world</p>');
    const text = root.querySelector('p')!.firstChild!;
    select(text, 2);
    saveCaret(document);
    select(text, 4);
    const given = select(text, 6).cloneRange();
    select(text, 8);
    expect(await placeCaret(root, { kind: 'range', root, range: given, start: 6, end: 6 })).toBe('saved');
    expect(caretNow()).toEqual([text, 6, text, 6]);
    expect(await placeCaret(root)).toBe('saved');
    expect(caretNow()).toEqual([text, 2, text, 2]);
    forgetCaret(root);
    select(text, 9);
    expect(await placeCaret(root)).toBe('saved');
    expect(caretNow()).toEqual([text, 9, text, 9]);
    expect(document.activeElement).toBe(root);
  });

  it('an editor that moves the selection when it gets focus gets it put back', async () => {
    const root = editor('<p>Hello world</p>');
    const text = root.querySelector('p')!.firstChild!;
    let moves = 0;
    root.addEventListener('focus', () => {
      // like ProseMirror restoring its own selection, a moment after focus
      setTimeout(() => {
        moves++;
        select(text, 0);
      }, 0);
    });
    const range = document.createRange();
    range.setStart(text, 5);
    range.collapse(true);
    await placeCaret(root, { kind: 'range', root, range, start: 5, end: 5 });
    expect(moves).toBe(1);
    expect(caretNow()).toEqual([text, 5, text, 5]);
  });
});

describe('trackCaret', () => {
  it.each(['selectionchange', 'focusout', 'keyup', 'mouseup', 'input', 'focusin'])('saves the caret on %s, until aborted', async (type) => {
    // Only the event under test reaches the document: happy-dom fires selectionchange on its own
    // when a test moves the selection, which would save the caret whatever the listeners.
    const ours = new WeakSet<Event>();
    const only = (event: Event) => {
      if (!ours.has(event)) event.stopImmediatePropagation();
    };
    const blocked = ['selectionchange', 'focusout', 'keyup', 'mouseup', 'input', 'focusin'];
    for (const t of blocked) window.addEventListener(t, only, true);
    const fire = () => {
      const event = new Event(type);
      ours.add(event);
      document.dispatchEvent(event);
    };
    const controller = new AbortController();
    try {
      const root = editor('<p>Hello world</p>');
      const text = root.querySelector('p')!.firstChild!;
      select(text, 1);
      trackCaret(document, controller.signal);
      select(text, 3);
      await settle(window, 1);
      expect(getSavedCaret(root)).toMatchObject({ start: 1 });
      fire();
      expect(getSavedCaret(root)).toMatchObject({ start: 3 });
      controller.abort();
      select(text, 7);
      fire();
      expect(getSavedCaret(root)).toMatchObject({ start: 3 });
    } finally {
      controller.abort();
      for (const t of blocked) window.removeEventListener(t, only, true);
    }
  });

  it('saves the caret at once, and a second call while tracking adds no second listener', () => {
    const root = editor('<p>Hello world</p>');
    select(root.querySelector('p')!.firstChild!, 4);
    const controller = new AbortController();
    trackCaret(document, controller.signal);
    expect(getSavedCaret(root)).toMatchObject({ start: 4 });
    const second = new AbortController();
    trackCaret(document, second.signal);
    controller.abort();
    select(root.querySelector('p')!.firstChild!, 6);
    document.dispatchEvent(new Event('keyup'));
    expect(getSavedCaret(root)).toMatchObject({ start: 4 });
    second.abort();
  });

  it('an aborted signal tracks nothing, and tracking can start again after an abort', () => {
    const root = editor('<p>Hello world</p>');
    const aborted = new AbortController();
    aborted.abort();
    select(root.querySelector('p')!.firstChild!, 2);
    trackCaret(document, aborted.signal);
    expect(getSavedCaret(root)).toBeUndefined();
    const controller = new AbortController();
    trackCaret(document, controller.signal);
    expect(getSavedCaret(root)).toMatchObject({ start: 2 });
    controller.abort();
  });
});

describe('settle', () => {
  it('waits the frames asked for, then a task', async () => {
    let frames = 0;
    const order: string[] = [];
    const win = {
      requestAnimationFrame: (cb: () => void) => {
        frames++;
        setTimeout(cb, 0);
        return 0;
      },
      setTimeout: (cb: () => void, ms: number) => setTimeout(() => (order.push(`timer ${ms}`), cb()), 0),
    } as unknown as Window;
    await settle(win, 3);
    expect(frames).toBe(3);
    await settle(win);
    expect(frames).toBe(5);
    expect(order.at(-1)).toBe('timer 0');
  });
});

describe('trackCaret listens before the page does', () => {
  it.each(['keyup', 'mouseup', 'input', 'focusout'])(
    'an editor that stops the propagation of %s still has its caret saved (a capturing listener)',
    async (type) => {
      // Only the event under test is let through (happy-dom fires selectionchange on its own).
      const ours = new WeakSet<Event>();
      const only = (event: Event) => {
        if (!ours.has(event)) event.stopImmediatePropagation();
      };
      const blocked = ['selectionchange', 'focusout', 'keyup', 'mouseup', 'input', 'focusin'];
      for (const t of blocked) window.addEventListener(t, only, true);
      const controller = new AbortController();
      try {
        const root = editor('<p>Hello world</p>');
        const p = root.querySelector('p')!;
        p.addEventListener(type, (event) => event.stopPropagation());
        select(p.firstChild!, 1);
        trackCaret(document, controller.signal);
        select(p.firstChild!, 5);
        await settle(window, 1);
        expect(getSavedCaret(root)).toMatchObject({ start: 1 });
        const event = new Event(type, { bubbles: true });
        ours.add(event);
        p.dispatchEvent(event);
        expect(getSavedCaret(root)).toMatchObject({ start: 5 });
      } finally {
        controller.abort();
        for (const t of blocked) window.removeEventListener(t, only, true);
      }
    },
  );
});
