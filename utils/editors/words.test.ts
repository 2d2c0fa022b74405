// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { changedSpan, comparableLines, locateWords } from './words';
import { EDITOR_MESSAGE_KEYS, replaceWordsInEditor } from './index';
import { en } from '../../tests/support/catalog';

afterEach(() => {
  document.body.innerHTML = '';
});

function apply(before: string, after: string): string {
  const span = changedSpan(before, after);
  return before.slice(0, span.from) + span.text + before.slice(span.to);
}

describe('changedSpan', () => {
  it.each([
    ["We'll get back to you shortly.", "We'll get back to you by tomorrow."],
    ["I'll look into it and let you know.", "I'll look into it and let you know by Friday."],
    ['We will ship it right away!', 'We will ship it by today!'],
    ['Please call us back if it happens again.', "I'll call you on Tue, Dec 1 to check it's fixed."],
    ['We will reply soon', 'We will reply soonest'],
  ])('%s → %s: only whole words change, never an edge space', (before, after) => {
    const span = changedSpan(before, after);
    expect(apply(before, after)).toBe(after);
    expect(span.text).not.toMatch(/^\s|\s$/);
    expect(span.text.length).toBeGreaterThan(0);
    // Whole words: the cut never falls between two letters of `before`.
    const letter = /[A-Za-z]/;
    if (span.from > 0) expect(letter.test(before[span.from - 1]!) && letter.test(before[span.from]!)).toBe(false);
    if (span.to < before.length) expect(letter.test(before[span.to - 1]!) && letter.test(before[span.to]!)).toBe(false);
  });

  it('changes only the vague word when the rest stays', () => {
    const before = "We'll get back to you shortly.";
    const span = changedSpan(before, "We'll get back to you by tomorrow.");
    expect(before.slice(span.from, span.to)).toBe('shortly');
    expect(span.text).toBe('by tomorrow');
  });
});

describe('locateWords', () => {
  it('finds words across inline formatting, curly quotes and &nbsp;, inside one line', () => {
    document.body.innerHTML =
      '<div id="e" contenteditable="true"><p>Hi Ana,</p><p>Thanks. We\u2019ll <b>get back</b> to you&nbsp; shortly.</p></div>';
    const root = document.getElementById('e')!;
    const [place, ...more] = locateWords(root, "We'll get back to you shortly.");
    expect(more).toHaveLength(0);
    expect(place).toMatchObject({ kind: 'range', line: 1 });
    const range = document.createRange();
    if (place!.kind !== 'range') throw new Error('range expected');
    range.setStart(place!.start.node, place!.start.offset);
    range.setEnd(place!.end.node, place!.end.offset);
    expect(range.toString()).toBe('We\u2019ll get back to you\u00a0 shortly.');
    expect(comparableLines(root)).toEqual(['Hi Ana,', "Thanks. We'll get back to you shortly."]);
  });

  it('does not find words split over two lines, and finds every copy', () => {
    document.body.innerHTML =
      '<div id="e" contenteditable="true">We will reply<br>soon. We will reply soon.<div>We will reply soon.</div></div>';
    expect(locateWords(document.getElementById('e')!, 'We will reply soon.').map((p) => p.line)).toEqual([1, 2]);
  });

  it('a span selects only that part of the words, in a textarea too', () => {
    document.body.innerHTML = '<textarea id="t">Hi,\nWe will reply shortly. Bye</textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    const [place] = locateWords(ta, 'We will reply shortly.', { from: 14, to: 21 });
    expect(place!.kind).toBe('text-control');
    expect(ta.value.slice(place!.start as number, place!.end as number)).toBe('shortly');
  });
});

describe('replaceWordsInEditor', () => {
  it('textarea: only the changed words are rewritten, the rest of the reply and the caret stay', async () => {
    document.body.innerHTML = '<textarea id="t">Hi Ana,\nWe will get back to you shortly. Thanks!</textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    const end = ta.value.length;
    const result = await replaceWordsInEditor(ta, 'We will get back to you shortly.', 'We will get back to you by tomorrow.', {
      caret: { kind: 'text-control', element: ta, start: end, end },
    });
    expect(result.ok).toBe(true);
    expect(ta.value).toBe('Hi Ana,\nWe will get back to you by tomorrow. Thanks!');
    // The caret was at the end: it is still at the end, after the longer text.
    expect(ta.selectionStart).toBe(ta.value.length);
  });

  it('words no longer in the reply, or there twice: nothing changes and it says why', async () => {
    document.body.innerHTML = '<textarea id="t">We will reply soon. We will reply soon.</textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    expect(await replaceWordsInEditor(ta, 'We will reply soon.', 'We will reply by Friday.')).toEqual({
      ok: false,
      method: 'none',
      words: 'several',
      error: en(EDITOR_MESSAGE_KEYS.wordsSeveral),
    });
    expect(await replaceWordsInEditor(ta, 'I will call you.', 'I will call you by Friday.')).toEqual({
      ok: false,
      method: 'none',
      words: 'not-found',
      error: en(EDITOR_MESSAGE_KEYS.wordsNotFound),
    });
    expect(ta.value).toBe('We will reply soon. We will reply soon.');
  });

  it('an editable that takes no edit is reported as not changed, never as done', async () => {
    // happy-dom has no editing commands: nothing takes the change.
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>We will reply soon.</p></div>';
    const root = document.getElementById('e')!;
    const result = await replaceWordsInEditor(root, 'We will reply soon.', 'We will reply by Friday.', { timeoutMs: 50 });
    expect(result.ok).toBe(false);
    expect(result.error).toBe(en(EDITOR_MESSAGE_KEYS.wordsNotTaken));
    expect(root.textContent).toBe('We will reply soon.');
  });

  it('when nothing changed, the caret goes back where the agent left it (not on the selected words)', async () => {
    document.body.innerHTML = '<textarea id="t">We will reply soon. Thanks</textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    // happy-dom: no editing command, and a page script that refuses setRangeText's change.
    ta.setRangeText = () => undefined;
    const end = ta.value.length;
    const result = await replaceWordsInEditor(ta, 'We will reply soon.', 'We will reply by Friday.', {
      caret: { kind: 'text-control', element: ta, start: end, end },
      timeoutMs: 50,
    });
    expect(result.ok).toBe(false);
    expect([ta.selectionStart, ta.selectionEnd]).toEqual([end, end]);
  });
});
