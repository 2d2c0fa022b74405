// @vitest-environment happy-dom
// The insert flow's edges (happy-dom has no editing commands, so the first route of a text control
// or a plain-text editable changes nothing): a route that says it handled the insert but inserted
// nothing, an editor that reverts the insert on its next render, the plain-text editable's second
// route, and the message when there is no reply box and copying is refused.
import { afterEach, describe, expect, it } from 'vitest';
import { EDITOR_MESSAGE_KEYS, insertIntoEditor } from './index';
import { stubClipboard, SUMMARY } from '../../tests/support/editors';
import { en } from '../../tests/support/catalog';

afterEach(() => {
  document.body.innerHTML = '';
});

function editable(attrs = 'contenteditable="true"', inner = '<p>Hello</p>'): HTMLElement {
  document.body.innerHTML = `<div id="e" ${attrs}>${inner}</div>`;
  return document.getElementById('e')!;
}

describe('a route that says it handled the insert but inserted nothing', () => {
  it('an editor we know nothing about cancels the paste and shows nothing: not shown, one paste only, clipboard', async () => {
    const writeText = stubClipboard(true);
    const el = editable();
    let pastes = 0;
    el.addEventListener('paste', (event) => {
      pastes++;
      event.preventDefault();
    });
    const result = await insertIntoEditor(el, SUMMARY, { timeoutMs: 50 });
    expect(result).toEqual({ ok: false, method: 'clipboard', fallback: 'clipboard', error: en(EDITOR_MESSAGE_KEYS.notShown) });
    expect(pastes).toBe(1);
    expect(writeText).toHaveBeenCalledWith(SUMMARY.text);
    expect(el.innerHTML).toBe('<p>Hello</p>');
  });

  it('a model editor (ProseMirror) cancels the paste and shows nothing: the plain-text fallback runs, then the clipboard', async () => {
    stubClipboard(true);
    const el = editable('contenteditable="true" class="ProseMirror"');
    const seen: string[] = [];
    el.addEventListener('paste', (event) => {
      seen.push('paste');
      event.preventDefault();
    });
    el.addEventListener('beforeinput', (event) => seen.push(`beforeinput:${event.inputType}`));
    const result = await insertIntoEditor(el, SUMMARY, { timeoutMs: 50 });
    expect(result).toEqual({ ok: false, method: 'clipboard', fallback: 'clipboard', error: en(EDITOR_MESSAGE_KEYS.copied) });
    expect(seen[0]).toBe('paste');
    expect(seen.slice(1)).toContain('beforeinput:insertText');
  });
});

describe('an editor that reverts the insert on its next render', () => {
  // Shown at first, gone on the next frame (the editor's next render, from its own model, which
  // never took the paste). A model editor (ProseMirror) gets no forced re-render: only the check
  // "still there one frame later" catches it.
  it.each([
    ['a model editor (ProseMirror)', 'contenteditable="true" class="ProseMirror"'],
    ['an editor we know nothing about', 'contenteditable="true"'],
  ])('%s: not ok, the reply as it was, clipboard', async (_name, attrs) => {
    const writeText = stubClipboard(true);
    const el = editable(attrs);
    el.addEventListener('paste', (event) => {
      event.preventDefault();
      el.insertAdjacentHTML('beforeend', SUMMARY.html);
      // In step with the flow's own wait (two frames and a task, then one more frame): the
      // revert lands in that one more frame, after the summary was first seen.
      requestAnimationFrame(() =>
        requestAnimationFrame(() =>
          setTimeout(
            () =>
              requestAnimationFrame(() => {
                el.innerHTML = '<p>Hello</p>';
              }),
            0,
          ),
        ),
      );
    });
    const result = await insertIntoEditor(el, SUMMARY, { timeoutMs: 50 });
    expect(result.ok).toBe(false);
    expect(result.fallback).toBe('clipboard');
    expect(writeText).toHaveBeenCalledWith(SUMMARY.text);
    expect(el.innerHTML).toBe('<p>Hello</p>');
  });

  it('an editor that keeps it: ok, through the paste it took', async () => {
    stubClipboard(true);
    const el = editable();
    el.addEventListener('paste', (event) => {
      event.preventDefault();
      el.insertAdjacentHTML('beforeend', SUMMARY.html);
    });
    const result = await insertIntoEditor(el, SUMMARY, { timeoutMs: 50 });
    expect(result.ok).toBe(true);
    expect(result.error).toBeUndefined();
  });
});

describe('contenteditable="plaintext-only": the second route', () => {
  it('the editing command does nothing here; the paste that follows carries the text and goes in', async () => {
    const writeText = stubClipboard(true);
    const el = editable('contenteditable="plaintext-only"', '');
    const received: Array<string | undefined> = [];
    el.addEventListener('paste', (event) => {
      event.preventDefault();
      const text = event.clipboardData?.getData('text/plain');
      received.push(text);
      // as the browser shows typed lines in a plain-text editable: text and line breaks
      for (const [i, line] of (text ?? '').split('\n').entries()) {
        if (i > 0) el.append(document.createElement('br'));
        el.append(line);
      }
    });
    const result = await insertIntoEditor(el, SUMMARY, { timeoutMs: 50 });
    expect(result).toMatchObject({ ok: true, method: 'paste' });
    expect(received).toEqual([SUMMARY.text]);
    expect(el.innerHTML).toBe('Next steps<br>- I will send the invoice by Friday');
    expect(writeText).not.toHaveBeenCalled();
  });
});

describe('no reply box and copying refused', () => {
  it('says there is no reply box and that the summary must be copied by hand', async () => {
    stubClipboard(false);
    document.body.innerHTML = '<p id="p">conversation</p>';
    const result = await insertIntoEditor(document.getElementById('p')!, SUMMARY);
    expect(result).toEqual({ ok: false, method: 'none', error: en(EDITOR_MESSAGE_KEYS.noEditorNotCopied) });
    expect(result.error).toMatch(/^No reply box was found/);
    expect(result.error).not.toMatch(/clipboard/);
  });
});
