// @vitest-environment happy-dom
// replaceInEditor and replaceWordsInEditor with editors that act on the selection they are given, as
// real ones do (page scripts stand in for them: happy-dom has no editing commands): the earlier
// summary or the old words must be what is selected, an editor that shows the change later than the
// time given has not taken it, a route that removed the old text without putting the new one in ends
// in a failure said to the agent (never a thrown error), and a line lost elsewhere is not "done".
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EDITOR_MESSAGE_KEYS, insertIntoEditor, replaceInEditor, replaceWordsInEditor } from './index';
import { stubClipboard, SUMMARY } from '../../tests/support/editors';
import { en } from '../../tests/support/catalog';

afterEach(() => {
  document.body.innerHTML = '';
  document.getSelection()?.removeAllRanges();
  vi.restoreAllMocks();
});

const NEXT = {
  text: 'Next steps\n- I will send the invoice by Monday',
  html: '<p>Next steps</p><ul><li>I will send the invoice by Monday</li></ul>',
};

function editable(inner: string, attrs = 'contenteditable="true"'): HTMLElement {
  document.body.innerHTML = `<div id="e" ${attrs}>${inner}</div>`;
  return document.getElementById('e')!;
}

/** An editor's paste: what is selected goes, the pasted HTML (else text) goes in its place. */
function pastesOverSelection(el: HTMLElement): void {
  el.addEventListener('paste', (event) => {
    event.preventDefault();
    const html = event.clipboardData?.getData('text/html') ?? '';
    const text = event.clipboardData?.getData('text/plain') ?? '';
    const range = document.getSelection()!.getRangeAt(0);
    range.deleteContents();
    range.insertNode(html ? range.createContextualFragment(html) : document.createTextNode(text));
  });
}

describe('replaceInEditor gives the editor the earlier summary selected', () => {
  it('an editor that pastes over its selection replaces the earlier summary in place', async () => {
    stubClipboard(true);
    const el = editable(`<p>Hi</p>${SUMMARY.html}<p>Bye</p>`);
    pastesOverSelection(el);
    const result = await replaceInEditor(el, SUMMARY.text, NEXT, { timeoutMs: 50 });
    expect(result).toEqual({ ok: true, method: 'paste', undo: 'one-step', previous: 'replaced' });
    expect(el.textContent).toBe('HiNext stepsI will send the invoice by MondayBye');
  });

  it('there twice: nothing changed, and the words say so', async () => {
    const el = editable(`${SUMMARY.html}<p>and</p>${SUMMARY.html}`);
    let pastes = 0;
    el.addEventListener('paste', () => pastes++);
    expect(await replaceInEditor(el, SUMMARY.text, NEXT)).toEqual({
      ok: false,
      method: 'none',
      previous: 'several',
      error: en(EDITOR_MESSAGE_KEYS.previousSeveral),
    });
    expect(pastes).toBe(0);
  });
});

describe('an editor that shows the change later than the time given has not taken it', () => {
  it('replaceInEditor: the new summary shown after 300 ms, 50 ms given: not done', async () => {
    stubClipboard(true);
    const el = editable(`<p>Hi</p>${SUMMARY.html}`);
    el.addEventListener('paste', (event) => {
      event.preventDefault();
      setTimeout(() => {
        el.innerHTML = `<p>Hi</p>${NEXT.html}`;
      }, 300);
    });
    const result = await replaceInEditor(el, SUMMARY.text, NEXT, { timeoutMs: 50 });
    expect(result).toEqual({ ok: false, method: 'clipboard', fallback: 'clipboard', error: en(EDITOR_MESSAGE_KEYS.notShown) });
  });

  it('replaceWordsInEditor: the new words shown after 300 ms, 50 ms given: not done', async () => {
    const el = editable('<p>We will reply soon.</p>');
    el.addEventListener('paste', (event) => {
      event.preventDefault();
      setTimeout(() => {
        el.innerHTML = '<p>We will reply by Friday.</p>';
      }, 300);
    });
    const result = await replaceWordsInEditor(el, 'We will reply soon.', 'We will reply by Friday.', { timeoutMs: 50 });
    expect(result).toEqual({ ok: false, method: 'none', error: en(EDITOR_MESSAGE_KEYS.wordsNotShown) });
  });
});

describe('a route that removed the old text and put nothing in: a failure said to the agent, no second route', () => {
  // A model editor (ProseMirror) gets a fallback after its paste; the fallback has nothing left to select.
  it('replaceInEditor: check the reply, the new summary on the clipboard', async () => {
    const writeText = stubClipboard(true);
    const el = editable(`<p>Hi</p>${SUMMARY.html}`, 'contenteditable="true" class="ProseMirror"');
    const seen: string[] = [];
    el.addEventListener('paste', (event) => {
      seen.push('paste');
      event.preventDefault();
      el.innerHTML = '<p>Hi</p>';
    });
    el.addEventListener('beforeinput', (event) => seen.push((event as InputEvent).inputType));
    const result = await replaceInEditor(el, SUMMARY.text, NEXT, { timeoutMs: 50 });
    expect(result).toEqual({ ok: false, method: 'clipboard', fallback: 'clipboard', error: en(EDITOR_MESSAGE_KEYS.partial) });
    expect(seen).toEqual(['paste']);
    expect(writeText).toHaveBeenCalledWith(NEXT.text);
  });

  it('replaceWordsInEditor: check the reply', async () => {
    const el = editable('<p>Hi,</p><p>We will reply soon.</p>', 'contenteditable="true" class="ProseMirror"');
    const seen: string[] = [];
    el.addEventListener('paste', (event) => {
      seen.push('paste');
      event.preventDefault();
      el.innerHTML = '<p>Hi,</p><p>We will reply .</p>';
    });
    el.addEventListener('beforeinput', (event) => seen.push((event as InputEvent).inputType));
    const result = await replaceWordsInEditor(el, 'We will reply soon.', 'We will reply by Friday.', { timeoutMs: 50 });
    expect(result).toEqual({ ok: false, method: 'none', error: en(EDITOR_MESSAGE_KEYS.wordsPartial) });
    expect(seen).toEqual(['paste']);
  });
});

describe('replaceWordsInEditor: every other line as it was', () => {
  it('the words rewritten but the last line lost: not done', async () => {
    const el = editable('<p>We will reply soon.</p><p>Thanks</p>');
    el.addEventListener('paste', (event) => {
      event.preventDefault();
      el.innerHTML = '<p>We will reply by Friday.</p>';
    });
    const result = await replaceWordsInEditor(el, 'We will reply soon.', 'We will reply by Friday.', { timeoutMs: 50 });
    expect(result).toEqual({ ok: false, method: 'none', error: en(EDITOR_MESSAGE_KEYS.wordsPartial) });
  });
});

describe('replaceWordsInEditor in an editable: the caret after the change', () => {
  function caretAt(el: HTMLElement, at: number) {
    const range = document.createRange();
    range.setStart(el.querySelector('p')!.firstChild!, at);
    range.collapse(true);
    return { kind: 'range' as const, root: el, range, start: at, end: at };
  }

  it('a caret before the changed words stays where it was', async () => {
    const el = editable('<p>We will reply soon. Thanks</p>');
    el.addEventListener('paste', (event) => {
      event.preventDefault();
      el.innerHTML = '<p>We will reply by Friday. Thanks</p>';
    });
    const result = await replaceWordsInEditor(el, 'We will reply soon.', 'We will reply by Friday.', {
      timeoutMs: 50,
      caret: caretAt(el, 3),
    });
    expect(result.ok).toBe(true);
    const now = document.getSelection()!.getRangeAt(0);
    expect([now.startContainer, now.startOffset, now.collapsed]).toEqual([el.querySelector('p')!.firstChild, 3, true]);
  });

  it('an editor that edits the text in place: a caret inside the old words goes after the new ones', async () => {
    const el = editable('<p>We will reply soon. Thanks</p>');
    pastesOverSelection(el);
    const result = await replaceWordsInEditor(el, 'We will reply soon.', 'We will reply by Friday.', {
      timeoutMs: 50,
      caret: caretAt(el, 16),
    });
    expect(result.ok).toBe(true);
    expect(el.textContent).toBe('We will reply by Friday. Thanks');
    const now = document.getSelection()!.getRangeAt(0);
    const before = document.createRange();
    before.setStart(el, 0);
    before.setEnd(now.startContainer, now.startOffset);
    expect(before.toString()).toBe('We will reply by Friday');
  });
});

describe('a summary without its text', () => {
  it('an HTML-only summary (text missing) is refused as empty, nothing inserted', async () => {
    const el = editable('<p>Hello</p>');
    let pastes = 0;
    el.addEventListener('paste', () => pastes++);
    const htmlOnly = { html: SUMMARY.html } as unknown as { html: string; text: string };
    expect(await insertIntoEditor(el, htmlOnly)).toEqual({ ok: false, method: 'none', error: en(EDITOR_MESSAGE_KEYS.empty) });
    expect(pastes).toBe(0);
  });
});
