// @vitest-environment happy-dom
// The whole flow in happy-dom, which has no editing commands: the first route changes nothing,
// so these cover the verification, the single fallback and the clipboard. Real editors: tests/editors.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertIntoEditor, MESSAGES } from './index';

const SUMMARY = { text: 'Next steps\n- I will send the invoice by Friday', html: '<p>Next steps</p><ul><li>I will send the invoice by Friday</li></ul>' };

afterEach(() => {
  document.body.innerHTML = '';
});

function stubClipboard(ok: boolean) {
  const writeText = vi.fn(async (_text: string) => {
    if (!ok) throw new Error('denied');
  });
  const write = vi.fn(async () => {
    throw new Error('no html');
  });
  Object.defineProperty(navigator, 'clipboard', { value: { writeText, write }, configurable: true });
  return writeText;
}

describe('insertIntoEditor', () => {
  it('textarea: when the edit command does nothing, setRangeText inserts once at the caret', async () => {
    document.body.innerHTML = '<textarea id="t">Hello world</textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    const caret = { kind: 'text-control' as const, element: ta, start: 6, end: 6 };
    const onInput = vi.fn();
    ta.addEventListener('input', onInput);
    const result = await insertIntoEditor(ta, SUMMARY, { caret });
    expect(result).toEqual({ ok: true, method: 'setRangeText' });
    expect(ta.value).toBe(`Hello ${SUMMARY.text}world`);
    expect(onInput).toHaveBeenCalledTimes(1);
  });

  it('a contenteditable that takes nothing: one fallback, then the clipboard with a message', async () => {
    const writeText = stubClipboard(true);
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>Hello</p></div>';
    const result = await insertIntoEditor(document.getElementById('e')!, SUMMARY, { timeoutMs: 50 });
    expect(result).toEqual({ ok: false, method: 'clipboard', fallback: 'clipboard', error: MESSAGES.copied });
    expect(writeText).toHaveBeenCalledWith(SUMMARY.text);
    expect(document.getElementById('e')!.textContent).toBe('Hello');
  });

  it('says so when the clipboard is refused too', async () => {
    stubClipboard(false);
    document.body.innerHTML = '<div id="e" contenteditable="true"><p>Hello</p></div>';
    const result = await insertIntoEditor(document.getElementById('e')!, SUMMARY, { timeoutMs: 50 });
    expect(result.ok).toBe(false);
    expect(result.fallback).toBeUndefined();
    expect(result.error).toBe(MESSAGES.notCopied);
  });

  it('no editor at the target: copies and says there was no reply box', async () => {
    stubClipboard(true);
    document.body.innerHTML = '<p id="p">conversation</p>';
    const result = await insertIntoEditor(document.getElementById('p')!, SUMMARY);
    expect(result).toEqual({ ok: false, method: 'clipboard', fallback: 'clipboard', error: MESSAGES.noEditorCopied });
  });

  it('refuses an empty summary', async () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    expect(await insertIntoEditor(document.getElementById('t')!, { text: ' ', html: '' })).toEqual({ ok: false, method: 'none', error: MESSAGES.empty });
  });
});
