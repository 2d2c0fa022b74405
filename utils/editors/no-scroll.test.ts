// @vitest-environment happy-dom
// Inserting never scrolls the agent's page: every focus the flow gives the editor (putting the caret
// back, and the blur and focus that make an editor we know nothing about render again) asks the
// browser not to scroll. happy-dom does not scroll, so the focus calls themselves are what is checked.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertIntoEditor, placeCaret } from './index';
import { stubClipboard, SUMMARY } from '../../tests/support/editors';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('focus without scrolling', () => {
  it('placeCaret focuses an editable and a textarea without scrolling', async () => {
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>Hello</p></div><textarea id="t">Hi</textarea>';
    const el = document.getElementById('e')!;
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    const editableFocus = vi.spyOn(el, 'focus');
    const textareaFocus = vi.spyOn(ta, 'focus');
    await placeCaret(el);
    await placeCaret(ta);
    expect(editableFocus.mock.calls).toEqual([[{ preventScroll: true }]]);
    expect(textareaFocus.mock.calls).toEqual([[{ preventScroll: true }]]);
  });

  it('an editor we know nothing about: the caret and the forced re-render focus it without scrolling', async () => {
    stubClipboard(true);
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>Hello</p></div>';
    const el = document.getElementById('e')!;
    el.addEventListener('paste', (event) => {
      event.preventDefault();
      el.insertAdjacentHTML('beforeend', SUMMARY.html);
    });
    const focus = vi.spyOn(el, 'focus');
    const result = await insertIntoEditor(el, SUMMARY, { timeoutMs: 50 });
    expect(result.ok).toBe(true);
    // the caret put back, then the re-render's focus after its blur
    expect(focus.mock.calls).toEqual([[{ preventScroll: true }], [{ preventScroll: true }]]);
  });
});
