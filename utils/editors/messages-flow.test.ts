// @vitest-environment happy-dom
// What the agent is told for each way an insert can fail, with the clipboard copy made and refused:
// each failure has its own pair of messages (index.ts FAILURE_MESSAGES, WORDS_FAILURES), and a
// message that says "copied" is never shown when nothing was copied.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EDITOR_MESSAGE_KEYS, insertIntoEditor, replaceInEditor, type EditorMessage } from './index';
import { stubClipboard, SUMMARY } from '../../tests/support/editors';
import { en } from '../../tests/support/catalog';

const originalClipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
  if (originalClipboard) Object.defineProperty(navigator, 'clipboard', originalClipboard);
  else delete (navigator as { clipboard?: unknown }).clipboard;
});

/** Editors that fail in each way, as page scripts (happy-dom has no editing commands). */
const EDITORS: Record<string, () => Element> = {
  // nothing at the target
  'no-editor': () => {
    document.body.innerHTML = '<p id="t">conversation</p>';
    return document.getElementById('t')!;
  },
  // a plain editable that takes no paste and no command
  'not-taken': () => {
    document.body.innerHTML = '<div id="t" contenteditable="true"><p>Hello</p></div>';
    return document.getElementById('t')!;
  },
  // takes the paste, shows it, puts its own model back when it loses focus
  dropped: () => {
    document.body.innerHTML = '<div id="t" contenteditable="true"><p>Hello</p></div>';
    const el = document.getElementById('t')!;
    el.addEventListener('paste', (event) => {
      event.preventDefault();
      el.insertAdjacentHTML('beforeend', SUMMARY.html);
    });
    el.addEventListener('blur', () => {
      el.innerHTML = '<p>Hello</p>';
    });
    return el;
  },
  // takes the paste and never shows it (a dialog of its own)
  'not-shown': () => {
    document.body.innerHTML = '<div id="t" contenteditable="true"><p>Hello</p></div>';
    const el = document.getElementById('t')!;
    el.addEventListener('paste', (event) => event.preventDefault());
    return el;
  },
  // takes part of it
  partial: () => {
    document.body.innerHTML = '<div id="t" contenteditable="true"><p>Hello</p></div>';
    const el = document.getElementById('t')!;
    el.addEventListener('paste', (event) => {
      event.preventDefault();
      el.insertAdjacentHTML('beforeend', '<p>Next steps</p>');
    });
    return el;
  },
};

const CASES: Array<[string, EditorMessage, EditorMessage]> = [
  ['no-editor', 'noEditorCopied', 'noEditorNotCopied'],
  ['not-taken', 'copied', 'notCopied'],
  ['dropped', 'dropped', 'droppedNotCopied'],
  ['not-shown', 'notShown', 'notShownNotCopied'],
  ['partial', 'partial', 'partialNotCopied'],
];

describe('insertIntoEditor: each failure, copied or not', () => {
  it.each(CASES)('%s, copied: says %s', async (kind, copied) => {
    const writeText = stubClipboard(true);
    const result = await insertIntoEditor(EDITORS[kind]!(), SUMMARY, { timeoutMs: 50 });
    expect(result).toEqual({ ok: false, method: 'clipboard', fallback: 'clipboard', error: en(EDITOR_MESSAGE_KEYS[copied]) });
    expect(writeText).toHaveBeenCalledWith(SUMMARY.text);
  });

  it.each(CASES)('%s, copying refused: the message of %s that says to copy by hand', async (kind, _copied, notCopied) => {
    stubClipboard(false);
    const result = await insertIntoEditor(EDITORS[kind]!(), SUMMARY, { timeoutMs: 50 });
    expect(result).toEqual({ ok: false, method: 'none', error: en(EDITOR_MESSAGE_KEYS[notCopied]) });
  });

  it('a copy made says where it is and how to paste; a copy refused never does', () => {
    for (const [, copied, notCopied] of CASES) {
      expect(en(EDITOR_MESSAGE_KEYS[copied])).toMatch(/on your clipboard/);
      expect(en(EDITOR_MESSAGE_KEYS[notCopied])).not.toMatch(/clipboard|Ctrl\+V/);
      expect(en(EDITOR_MESSAGE_KEYS[notCopied])).toMatch(/by hand/);
    }
  });
});

describe('replaceInEditor: an editor that takes nothing', () => {
  const NEXT = { text: 'Next steps\n- I will send the invoice by Monday', html: '' };

  it('copied: the clipboard holds the new summary and it says so; the earlier summary stays', async () => {
    const writeText = stubClipboard(true);
    document.body.innerHTML = `<div id="t" contenteditable="true"><p>Hello</p>${SUMMARY.html}</div>`;
    const el = document.getElementById('t')!;
    const result = await replaceInEditor(el, SUMMARY.text, NEXT, { timeoutMs: 50 });
    expect(result).toEqual({ ok: false, method: 'clipboard', fallback: 'clipboard', error: en(EDITOR_MESSAGE_KEYS.copied) });
    expect(writeText).toHaveBeenCalledWith(NEXT.text);
    expect(el.textContent).toContain('by Friday');
  });

  it('copying refused: says to copy by hand', async () => {
    stubClipboard(false);
    document.body.innerHTML = `<div id="t" contenteditable="true"><p>Hello</p>${SUMMARY.html}</div>`;
    const result = await replaceInEditor(document.getElementById('t')!, SUMMARY.text, NEXT, { timeoutMs: 50 });
    expect(result).toEqual({ ok: false, method: 'none', error: en(EDITOR_MESSAGE_KEYS.notCopied) });
  });
});
