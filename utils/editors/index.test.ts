// @vitest-environment happy-dom
// The whole flow in happy-dom, which has no editing commands: the first route changes nothing,
// so these cover the verification, the single fallback and the clipboard. Real editors: tests/editors.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EDITOR_MESSAGE_KEYS, insertIntoEditor, replaceInEditor } from './index';
import { stubClipboard, SUMMARY } from '../../tests/support/editors';
import { en } from '../../tests/support/catalog';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('insertIntoEditor', () => {
  it("textarea: when the edit command does nothing, setRangeText inserts once, on its own lines after the caret's line", async () => {
    document.body.innerHTML = '<textarea id="t">Hello world,\nBye</textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    const caret = { kind: 'text-control' as const, element: ta, start: 6, end: 6 };
    const onInput = vi.fn();
    ta.addEventListener('input', onInput);
    const result = await insertIntoEditor(ta, SUMMARY, { caret });
    // setRangeText is outside the browser's undo: the result says so.
    expect(result).toEqual({ ok: true, method: 'setRangeText', undo: 'not-undoable' });
    expect(ta.value).toBe(`Hello world,\n${SUMMARY.text}\nBye`);
    expect(onInput).toHaveBeenCalledTimes(1);
  });

  it('textarea on an empty line: the summary fills that line', async () => {
    document.body.innerHTML = '<textarea id="t">Hi,\n\nBye</textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    const result = await insertIntoEditor(ta, SUMMARY, { caret: { kind: 'text-control', element: ta, start: 4, end: 4 } });
    expect(result.ok).toBe(true);
    expect(ta.value).toBe(`Hi,\n${SUMMARY.text}\nBye`);
  });
});

describe('replaceInEditor', () => {
  const NEXT = {
    text: 'Next steps\n- I will send the invoice by Monday',
    html: '<p>Next steps</p><ul><li>I will send the invoice by Monday</li></ul>',
  };

  it('textarea: selects the earlier summary by its lines and puts the new one in its place', async () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    ta.value = `Hi,\n${SUMMARY.text}\nBye`;
    const result = await replaceInEditor(ta, SUMMARY.text, NEXT);
    expect(result).toMatchObject({ ok: true, previous: 'replaced' });
    expect(ta.value).toBe(`Hi,\n${NEXT.text}\nBye`);
  });

  it('changes nothing and says so when the earlier summary was edited, or is there twice', async () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    ta.value = 'Hi,\nNext steps\n- I will send the invoice by Friday, promised\nBye';
    expect(await replaceInEditor(ta, SUMMARY.text, NEXT)).toEqual({
      ok: false,
      method: 'none',
      previous: 'not-found',
      error: en(EDITOR_MESSAGE_KEYS.previousNotFound),
    });
    ta.value = `${SUMMARY.text}\n${SUMMARY.text}`;
    expect(await replaceInEditor(ta, SUMMARY.text, NEXT)).toMatchObject({ ok: false, previous: 'several' });
    expect(ta.value).toBe(`${SUMMARY.text}\n${SUMMARY.text}`);
  });

  it('a contenteditable that takes nothing: the general rule, then the clipboard with a message', async () => {
    const writeText = stubClipboard(true);
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>Hello</p></div>';
    const result = await insertIntoEditor(document.getElementById('e')!, SUMMARY, { timeoutMs: 50 });
    expect(result).toEqual({ ok: false, method: 'clipboard', fallback: 'clipboard', error: en(EDITOR_MESSAGE_KEYS.copied) });
    expect(writeText).toHaveBeenCalledWith(SUMMARY.text);
    expect(document.getElementById('e')!.textContent).toBe('Hello');
  });

  it('an editor that takes the paste and keeps it only until it re-renders: not ok, clipboard, says it was dropped', async () => {
    const writeText = stubClipboard(true);
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>Hello</p></div>';
    const el = document.getElementById('e')!;
    // Shows the pasted text at once, and puts its own model back when it loses focus.
    el.addEventListener('paste', (event) => {
      event.preventDefault();
      el.insertAdjacentHTML('beforeend', '<p>Next steps</p><ul><li>I will send the invoice by Friday</li></ul>');
    });
    el.addEventListener('blur', () => {
      el.innerHTML = '<p>Hello</p>';
    });
    const result = await insertIntoEditor(el, SUMMARY, { timeoutMs: 50 });
    expect(result).toEqual({ ok: false, method: 'clipboard', fallback: 'clipboard', error: en(EDITOR_MESSAGE_KEYS.dropped) });
    expect(writeText).toHaveBeenCalledWith(SUMMARY.text);
  });

  it('an editor that takes the paste and keeps only part of it: not ok, clipboard, asks to check the reply first', async () => {
    stubClipboard(true);
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>Hello</p></div>';
    const el = document.getElementById('e')!;
    el.addEventListener('paste', (event) => {
      event.preventDefault();
      el.insertAdjacentHTML('beforeend', '<p>Next steps</p>');
    });
    const result = await insertIntoEditor(el, SUMMARY, { timeoutMs: 50 });
    expect(result).toEqual({ ok: false, method: 'clipboard', fallback: 'clipboard', error: en(EDITOR_MESSAGE_KEYS.partial) });
  });

  it('says so when the clipboard is refused too', async () => {
    stubClipboard(false);
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>Hello</p></div>';
    const result = await insertIntoEditor(document.getElementById('e')!, SUMMARY, { timeoutMs: 50 });
    expect(result.ok).toBe(false);
    expect(result.fallback).toBeUndefined();
    expect(result.error).toBe(en(EDITOR_MESSAGE_KEYS.notCopied));
  });

  it('no editor at the target: copies and says there was no reply box', async () => {
    stubClipboard(true);
    document.body.innerHTML = '<p id="p">conversation</p>';
    const result = await insertIntoEditor(document.getElementById('p')!, SUMMARY);
    expect(result).toEqual({ ok: false, method: 'clipboard', fallback: 'clipboard', error: en(EDITOR_MESSAGE_KEYS.noEditorCopied) });
  });

  it('refuses an empty summary', async () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    expect(await insertIntoEditor(document.getElementById('t')!, { text: ' ', html: '' })).toEqual({
      ok: false,
      method: 'none',
      error: en(EDITOR_MESSAGE_KEYS.empty),
    });
  });
});
