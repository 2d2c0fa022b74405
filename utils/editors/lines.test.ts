// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { caretToLineEnd } from './block';
import { comparableLine, editorLines, findRuns, locateSummary, summaryLines } from './lines';

afterEach(() => {
  document.body.innerHTML = '';
});

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div id="ed" contenteditable="true">${html}</div>`;
  return document.getElementById('ed')!;
}

const SUMMARY = 'To recap:\n\nWhat we\u2019ll do\n- I\u2019ll send the rate card by Friday\n\nIs that right?';

describe('lines', () => {
  it('compares lines without bullets, extra spaces or curly quotes', () => {
    expect(comparableLine('  - I\u2019ll  send\u00a0it ')).toBe("I'll send it");
    expect(summaryLines(SUMMARY)).toEqual(['To recap:', "What we'll do", "I'll send the rate card by Friday", 'Is that right?']);
  });

  it('splits an editor at blocks and line breaks (Trix keeps paragraphs as <br> inside one <div>)', () => {
    const root = editor('<div>Hi,<br><br>To recap:</div><ul><li><p>one</p></li><li>two</li></ul><p><br></p>');
    expect(editorLines(root).map((l) => l.text)).toEqual(['Hi,', 'To recap:', 'one', 'two']);
  });

  it('finds runs line for line, each once', () => {
    expect(findRuns(['a', 'b', 'a', 'b'], ['a', 'b'])).toEqual([0, 2]);
    expect(findRuns(['a', 'b'], ['b', 'a'])).toEqual([]);
    expect(findRuns(['a'], [])).toEqual([]);
  });

  it('locates a summary whatever the markup, and selects from its first to its last character', () => {
    const root = editor(
      "<p>Hi Ana,</p><p>To recap:</p><p><strong>What we'll do</strong></p><ul><li>I'll send the rate card by <b>Friday</b></li></ul><p>Is that right?</p><p>Sam</p>",
    );
    const [found, ...rest] = locateSummary(root, SUMMARY);
    expect(rest).toEqual([]);
    expect(found?.kind).toBe('range');
    if (found?.kind !== 'range') return;
    const range = document.createRange();
    range.setStart(found.start.node, found.start.offset);
    range.setEnd(found.end.node, found.end.offset);
    expect(range.toString().startsWith('To recap:')).toBe(true);
    expect(range.toString().endsWith('Is that right?')).toBe(true);
  });

  it('does not find a summary one of whose lines was changed', () => {
    const root = editor("<p>To recap:</p><p>What we'll do</p><p>I'll send the rate card by Monday</p><p>Is that right?</p>");
    expect(locateSummary(root, SUMMARY)).toEqual([]);
  });
});

describe('caretToLineEnd', () => {
  function caretIn(node: Node, offset: number) {
    const range = document.createRange();
    range.setStart(node, offset);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }

  it('moves a caret in the middle of a line to its end, and says the line has text', () => {
    const root = editor('<p>Dear customer, thanks for waiting.</p><p>Bye</p>');
    const text = root.querySelector('p')!.firstChild!;
    caretIn(text, 5);
    expect(caretToLineEnd(root)).toEqual({ lineHasText: true });
    const sel = document.getSelection()!.getRangeAt(0);
    expect(sel.startContainer).toBe(text);
    expect(sel.startOffset).toBe('Dear customer, thanks for waiting.'.length);
  });

  it('leaves a caret on an empty line where it is', () => {
    const root = editor('<p>Hi,</p><p><br></p><p>Bye</p>');
    const empty = root.querySelectorAll('p')[1]!;
    caretIn(empty, 0);
    expect(caretToLineEnd(root)).toEqual({ lineHasText: false });
    expect(document.getSelection()!.getRangeAt(0).startContainer).toBe(empty);
  });
});
