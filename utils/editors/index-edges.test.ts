// @vitest-environment happy-dom
// The insert, replace and rewrite flows at their edges, with page scripts standing in for editors
// (happy-dom has no editing commands): "inserted" is said only for a copy that was not there before,
// a replace that left the old summary or added two is not done, what a route is given is cleaned,
// the family hint, the time an editor that took the event gets, and the caret after a rewrite.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EDITOR_MESSAGE_KEYS, insertIntoEditor, replaceInEditor, replaceWordsInEditor } from './index';
import { stubClipboard, SUMMARY } from '../../tests/support/editors';
import { en } from '../../tests/support/catalog';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

function editable(inner = '<p>Hello</p>', attrs = 'contenteditable="true"'): HTMLElement {
  document.body.innerHTML = `<div id="e" ${attrs}>${inner}</div>`;
  return document.getElementById('e')!;
}

/** A page script that takes every paste into the editable (its HTML, else its text), after `delayMs`. */
function takesPastes(el: HTMLElement, delayMs = 0) {
  const seen: Array<{ html: string; text: string }> = [];
  el.addEventListener('paste', (event) => {
    event.preventDefault();
    const html = event.clipboardData?.getData('text/html') ?? '';
    const text = event.clipboardData?.getData('text/plain') ?? '';
    seen.push({ html, text });
    const show = () => el.insertAdjacentHTML('beforeend', html || `<p>${text}</p>`);
    if (delayMs > 0) setTimeout(show, delayMs);
    else show();
  });
  return seen;
}

describe('insertIntoEditor says "inserted" only for a copy that was not there', () => {
  it('the summary already in the reply, and the editor takes nothing: not inserted', async () => {
    const writeText = stubClipboard(true);
    const el = editable(SUMMARY.html);
    el.addEventListener('paste', (event) => event.preventDefault());
    const result = await insertIntoEditor(el, SUMMARY, { timeoutMs: 50 });
    expect(result.ok).toBe(false);
    expect(result.error).toBe(en(EDITOR_MESSAGE_KEYS.notShown));
    expect(writeText).toHaveBeenCalledWith(SUMMARY.text);
  });

  it('the summary already in the reply, and a second copy goes in: inserted', async () => {
    stubClipboard(true);
    const el = editable(SUMMARY.html);
    takesPastes(el);
    const result = await insertIntoEditor(el, SUMMARY, { timeoutMs: 50 });
    expect(result).toEqual({ ok: true, method: 'paste', undo: 'one-step' });
  });

  it('an editor that shows the text only after 400 ms still counts, once it took the event', async () => {
    stubClipboard(true);
    const el = editable();
    takesPastes(el, 400);
    const result = await insertIntoEditor(el, SUMMARY);
    expect(result).toMatchObject({ ok: true, method: 'paste' });
  });

  it('an editor that shows it later than the time given: not shown, clipboard', async () => {
    stubClipboard(true);
    const el = editable();
    takesPastes(el, 400);
    const result = await insertIntoEditor(el, SUMMARY, { timeoutMs: 100 });
    expect(result.error).toBe(en(EDITOR_MESSAGE_KEYS.notShown));
  });
});

describe('what a route is given', () => {
  it('the HTML cleaned of scripts, handlers and unsafe links', async () => {
    stubClipboard(true);
    const el = editable('');
    const seen = takesPastes(el);
    const dirty = {
      text: SUMMARY.text,
      html: '<p onclick="x()">Next steps</p><script>alert(1)</script><ul><li>I will send the invoice by <a href="javascript:y()">Friday</a></li></ul>',
    };
    const result = await insertIntoEditor(el, dirty, { timeoutMs: 50 });
    expect(result.ok).toBe(true);
    expect(seen).toEqual([{ html: '<p>Next steps</p><ul><li>I will send the invoice by <a>Friday</a></li></ul>', text: SUMMARY.text }]);
    expect(el.innerHTML).not.toMatch(/script|onclick|javascript/);
  });

  it('without HTML, HTML made from the text, escaped', async () => {
    stubClipboard(true);
    const el = editable('');
    const seen = takesPastes(el);
    const result = await insertIntoEditor(el, { text: 'Next steps\n- send <b> & co', html: '' }, { timeoutMs: 50 });
    expect(result.ok).toBe(true);
    expect(seen).toEqual([{ html: '<p>Next steps</p><p>- send &lt;b&gt; &amp; co</p>', text: 'Next steps\n- send <b> & co' }]);
  });

  it('after a line with text: an empty first block and a leading line break, so the summary starts its own block', async () => {
    stubClipboard(true);
    const el = editable('<p>Hi Ana,</p>');
    const seen = takesPastes(el);
    const range = document.createRange();
    range.setStart(el.querySelector('p')!.firstChild!, 3);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    await insertIntoEditor(el, SUMMARY, { timeoutMs: 50 });
    expect(seen).toEqual([{ html: `<p><br></p>${SUMMARY.html}`, text: `\n${SUMMARY.text}` }]);
  });

  it('on an empty line: the summary as it is', async () => {
    stubClipboard(true);
    const el = editable('<p><br></p>');
    const seen = takesPastes(el);
    await insertIntoEditor(el, SUMMARY, { timeoutMs: 50 });
    expect(seen).toEqual([SUMMARY]);
  });
});

describe('the family', () => {
  it("the adapter's hint wins over the markers: roosterjs on a plain editable gets the model editors' routes", async () => {
    stubClipboard(true);
    const el = editable();
    const seen: string[] = [];
    el.addEventListener('paste', () => seen.push('paste'));
    el.addEventListener('beforeinput', (event) => seen.push((event as InputEvent).inputType));
    await insertIntoEditor(el, SUMMARY, { timeoutMs: 50, family: 'roosterjs' });
    expect(seen).toEqual(['paste', 'insertText']);
  });

  it('contenteditable="PLAINTEXT-ONLY" in any case: text first', async () => {
    stubClipboard(true);
    const el = editable('', 'contenteditable="PLAINTEXT-ONLY"');
    const seen: string[] = [];
    el.addEventListener('paste', () => seen.push('paste'));
    el.addEventListener('beforeinput', (event) => seen.push((event as InputEvent).inputType));
    const result = await insertIntoEditor(el, SUMMARY, { timeoutMs: 50 });
    // the editing command (missing in happy-dom) first, then the paste: never the general rule's
    // beforeinput insertFromPaste, which carries HTML
    expect(seen).toEqual(['paste']);
    expect(result.ok).toBe(false);
  });

  it('a model editor taking the plain-text fallback: its method and undo are reported', async () => {
    stubClipboard(true);
    const el = editable('<p>Hello</p>', 'contenteditable="true" class="ck-editor__editable"');
    el.addEventListener('beforeinput', (event) => {
      const e = event as InputEvent;
      if (e.inputType !== 'insertText') return;
      e.preventDefault();
      for (const line of (e.dataTransfer?.getData('text/plain') ?? '').split('\n')) el.insertAdjacentHTML('beforeend', `<p>${line}</p>`);
    });
    const result = await insertIntoEditor(el, SUMMARY, { timeoutMs: 50 });
    expect(result).toEqual({ ok: true, method: 'beforeinput:insertText', undo: 'several-steps' });
  });
});

describe('the caret moved to the end of its line is given time to reach the editor', () => {
  it('an editor that reads the selection on selectionchange inserts after the whole line, not at the saved caret', async () => {
    stubClipboard(true);
    const el = editable('<p>Hello world</p>', 'contenteditable="true" class="ProseMirror"');
    // Its own model of the selection, updated only by selectionchange (which the browser fires a task later).
    let selection: Range | null = null;
    const listening = new AbortController();
    document.addEventListener(
      'selectionchange',
      () => {
        // happy-dom fires it at once: the browser's one task later is played here
        setTimeout(() => {
          const sel = document.getSelection();
          if (sel && sel.rangeCount > 0 && el.contains(sel.getRangeAt(0).startContainer)) selection = sel.getRangeAt(0).cloneRange();
        }, 0);
      },
      { signal: listening.signal },
    );
    el.addEventListener('paste', (event) => {
      event.preventDefault();
      const text = event.clipboardData?.getData('text/plain') ?? '';
      selection!.insertNode(document.createTextNode(`[${text.trim().split('\n')[0]}]`));
    });
    const text = el.querySelector('p')!.firstChild!;
    const caret = document.createRange();
    caret.setStart(text, 5);
    caret.collapse(true);
    await insertIntoEditor(el, SUMMARY, { timeoutMs: 50, caret: { kind: 'range', root: el, range: caret, start: 5, end: 5 } });
    listening.abort();
    expect(el.textContent).toBe('Hello world[Next steps]');
  });
});

describe('an editor we know nothing about', () => {
  it('shown, then only part of it kept after the forced re-render: dropped (not partial), clipboard', async () => {
    stubClipboard(true);
    const el = editable();
    takesPastes(el);
    el.addEventListener('blur', () => {
      el.innerHTML = '<p>Hello</p><p>Next steps</p>';
    });
    const result = await insertIntoEditor(el, SUMMARY, { timeoutMs: 50 });
    expect(result).toEqual({ ok: false, method: 'clipboard', fallback: 'clipboard', error: en(EDITOR_MESSAGE_KEYS.dropped) });
  });

  it('kept after the forced re-render: ok, and focus is back in the editor', async () => {
    stubClipboard(true);
    const el = editable();
    takesPastes(el);
    let blurs = 0;
    el.addEventListener('blur', () => blurs++);
    const result = await insertIntoEditor(el, SUMMARY, { timeoutMs: 50 });
    expect(result).toEqual({ ok: true, method: 'paste', undo: 'one-step' });
    expect(blurs).toBe(1);
    expect(document.activeElement).toBe(el);
  });
});

describe('replaceInEditor is done only when the old summary is gone and the new one is there once', () => {
  const NEXT = {
    text: 'Next steps\n- I will send the invoice by Monday',
    html: '<p>Next steps</p><ul><li>I will send the invoice by Monday</li></ul>',
  };

  it('a paste that adds the new one but leaves the old: not done, and says to check the reply', async () => {
    stubClipboard(true);
    const el = editable(`<p>Hi</p>${SUMMARY.html}`);
    el.addEventListener('paste', (event) => {
      event.preventDefault();
      el.insertAdjacentHTML('beforeend', NEXT.html);
    });
    const result = await replaceInEditor(el, SUMMARY.text, NEXT, { timeoutMs: 50 });
    expect(result).toEqual({ ok: false, method: 'clipboard', fallback: 'clipboard', error: en(EDITOR_MESSAGE_KEYS.partial) });
  });

  it('a paste that puts the new one in twice: not done', async () => {
    stubClipboard(true);
    const el = editable(`<p>Hi</p>${SUMMARY.html}`);
    el.addEventListener('paste', (event) => {
      event.preventDefault();
      el.innerHTML = `<p>Hi</p>${NEXT.html}<p>and</p>${NEXT.html}`;
    });
    const result = await replaceInEditor(el, SUMMARY.text, NEXT, { timeoutMs: 50 });
    expect(result.ok).toBe(false);
  });

  it('a paste that replaces it: done, through the paste', async () => {
    stubClipboard(true);
    const el = editable(`<p>Hi</p>${SUMMARY.html}`);
    const seen: string[] = [];
    el.addEventListener('paste', (event) => {
      event.preventDefault();
      seen.push(event.clipboardData?.getData('text/html') ?? '');
      el.innerHTML = `<p>Hi</p>${NEXT.html}`;
    });
    const result = await replaceInEditor(el, SUMMARY.text, NEXT, { timeoutMs: 50 });
    expect(result).toEqual({ ok: true, method: 'paste', undo: 'one-step', previous: 'replaced' });
    // the new summary as it is: no empty first block when replacing
    expect(seen).toEqual([NEXT.html]);
  });

  it('the same summary again: nothing to do, said as done', async () => {
    const el = editable(`<p>Hi</p>${SUMMARY.html}`);
    let pastes = 0;
    el.addEventListener('paste', () => pastes++);
    const same = { text: `  ${SUMMARY.text.replace('- ', '* ')}\n`, html: SUMMARY.html };
    expect(await replaceInEditor(el, SUMMARY.text, same)).toEqual({ ok: true, method: 'unchanged', previous: 'replaced' });
    expect(pastes).toBe(0);
  });

  it('no reply box: copied, and says so', async () => {
    stubClipboard(true);
    document.body.innerHTML = '<p id="p">conversation</p>';
    expect(await replaceInEditor(document.getElementById('p')!, SUMMARY.text, NEXT)).toEqual({
      ok: false,
      method: 'clipboard',
      fallback: 'clipboard',
      error: en(EDITOR_MESSAGE_KEYS.noEditorCopied),
    });
  });

  it('an empty new summary: refused, nothing changed', async () => {
    const el = editable(SUMMARY.html);
    expect(await replaceInEditor(el, SUMMARY.text, { text: '\n', html: '<p></p>' })).toEqual({
      ok: false,
      method: 'none',
      error: en(EDITOR_MESSAGE_KEYS.empty),
    });
    expect(el.innerHTML).toBe(SUMMARY.html);
  });
});

describe('replaceWordsInEditor', () => {
  it('refuses empty words or an empty replacement, and a target with no editor', async () => {
    const el = editable('<p>We will reply soon.</p>');
    const empty = { ok: false, method: 'none', error: en(EDITOR_MESSAGE_KEYS.wordsEmpty) };
    expect(await replaceWordsInEditor(el, ' ', 'We will reply by Friday.')).toEqual(empty);
    expect(await replaceWordsInEditor(el, 'We will reply soon.', '\u200b')).toEqual(empty);
    document.body.innerHTML = '<p id="p">conversation</p>';
    expect(await replaceWordsInEditor(document.getElementById('p')!, 'a', 'b')).toEqual({
      ok: false,
      method: 'none',
      error: en(EDITOR_MESSAGE_KEYS.wordsNoEditor),
    });
  });

  it('gives the route only the new words, as escaped HTML', async () => {
    const el = editable('<p>Hi,</p><p>We will reply soon.</p>');
    const seen: Array<{ html: string; text: string }> = [];
    el.addEventListener('paste', (event) => {
      event.preventDefault();
      const html = event.clipboardData?.getData('text/html') ?? '';
      const text = event.clipboardData?.getData('text/plain') ?? '';
      seen.push({ html, text });
      el.querySelectorAll('p')[1]!.textContent = `We will reply ${text}.`;
    });
    const result = await replaceWordsInEditor(el, 'We will reply soon.', 'We will reply <b>"now" & then</b>.', { timeoutMs: 50 });
    expect(seen).toEqual([{ html: '&lt;b&gt;&quot;now&quot; &amp; then&lt;/b&gt;', text: '<b>"now" & then</b>' }]);
    expect(result).toEqual({ ok: true, method: 'paste', undo: 'one-step' });
    expect(el.querySelectorAll('b')).toHaveLength(0);
  });

  it('a change to another line too: not done, check the reply', async () => {
    const el = editable('<p>Hi,</p><p>We will reply soon.</p>');
    el.addEventListener('paste', (event) => {
      event.preventDefault();
      el.innerHTML = '<p>Hi there,</p><p>We will reply by Friday.</p>';
    });
    const result = await replaceWordsInEditor(el, 'We will reply soon.', 'We will reply by Friday.', { timeoutMs: 50 });
    expect(result).toEqual({ ok: false, method: 'none', error: en(EDITOR_MESSAGE_KEYS.wordsPartial) });
  });

  it('a line added: not done', async () => {
    const el = editable('<p>Hi,</p><p>We will reply soon.</p>');
    el.addEventListener('paste', (event) => {
      event.preventDefault();
      el.innerHTML = '<p>Hi,</p><p>We will reply by Friday.</p><p>by Friday</p>';
    });
    const result = await replaceWordsInEditor(el, 'We will reply soon.', 'We will reply by Friday.', { timeoutMs: 50 });
    expect(result.ok).toBe(false);
  });

  it('an unknown editor that took the paste and never showed it: not shown', async () => {
    const el = editable('<p>We will reply soon.</p>');
    el.addEventListener('paste', (event) => event.preventDefault());
    const result = await replaceWordsInEditor(el, 'We will reply soon.', 'We will reply by Friday.', { timeoutMs: 50 });
    expect(result).toEqual({ ok: false, method: 'none', error: en(EDITOR_MESSAGE_KEYS.wordsNotShown) });
    expect(el.textContent).toBe('We will reply soon.');
  });

  it('shown and lost on the forced re-render: dropped', async () => {
    const el = editable('<p>We will reply soon.</p>');
    el.addEventListener('paste', (event) => {
      event.preventDefault();
      el.innerHTML = '<p>We will reply by Friday.</p>';
    });
    el.addEventListener('blur', () => {
      el.innerHTML = '<p>We will reply soon.</p>';
    });
    const result = await replaceWordsInEditor(el, 'We will reply soon.', 'We will reply by Friday.', { timeoutMs: 50 });
    expect(result).toEqual({ ok: false, method: 'none', error: en(EDITOR_MESSAGE_KEYS.wordsDropped) });
  });
});

describe('replaceWordsInEditor puts the caret back, moved with the text', () => {
  // "We will reply soon. Thanks" → "soon" (14–18) becomes "by Friday" (+5)
  it.each([
    ['before the changed words', 3, 3],
    ['exactly at their start', 14, 14],
    ['inside them: after the new words', 15, 23],
    ['exactly at their end', 18, 23],
    ['after them', 26, 31],
  ])('a caret %s', async (_name, at, expected) => {
    document.body.innerHTML = '<textarea id="t">We will reply soon. Thanks</textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    // happy-dom has no editing command: setRangeText, the fallback, makes the change
    const result = await replaceWordsInEditor(ta, 'We will reply soon.', 'We will reply by Friday.', {
      caret: { kind: 'text-control', element: ta, start: at, end: at },
    });
    expect(result).toEqual({ ok: true, method: 'setRangeText', undo: 'not-undoable' });
    expect(ta.value).toBe('We will reply by Friday. Thanks');
    expect([ta.selectionStart, ta.selectionEnd]).toEqual([expected, expected]);
  });

  it('in an editable, by character offsets across the new text', async () => {
    const el = editable('<p>We will reply soon. Thanks</p>');
    el.addEventListener('paste', (event) => {
      event.preventDefault();
      el.innerHTML = '<p>We will reply by Friday. Thanks</p>';
    });
    const text = el.querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 26);
    range.collapse(true);
    const result = await replaceWordsInEditor(el, 'We will reply soon.', 'We will reply by Friday.', {
      timeoutMs: 50,
      caret: { kind: 'range', root: el, range, start: 26, end: 26 },
    });
    expect(result.ok).toBe(true);
    const now = document.getSelection()!.getRangeAt(0);
    expect([now.startContainer, now.startOffset]).toEqual([el.querySelector('p')!.firstChild, 31]);
  });
});
