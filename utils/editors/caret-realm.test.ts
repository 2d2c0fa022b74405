// @vitest-environment happy-dom
// The insert kit (utils/page-kits) is a bundle of its own with its own copy of caret.ts, run later in
// the same isolated world as the content script: the caret the content script's copy saved must be
// the one the kit's copy restores. Two copies of the module are two imports after a module reset.
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  document.body.innerHTML = '';
  document.getSelection()?.removeAllRanges();
});

describe('one set of saved carets per realm, shared by every copy of caret.ts', () => {
  it('a caret saved by one copy is found, and the last editor known, by another', async () => {
    const first = await import('./caret');
    vi.resetModules();
    const second = await import('./caret');
    expect(second).not.toBe(first);

    document.body.innerHTML = '<textarea id="t"></textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    ta.value = 'Hello there';
    ta.focus();
    ta.setSelectionRange(2, 5);
    const saved = first.saveCaret(document);

    expect(saved).toEqual({ kind: 'text-control', element: ta, start: 2, end: 5 });
    expect(second.getSavedCaret(ta)).toBe(saved);
    expect(second.lastEditor(document)).toBe(ta);
    second.forgetCaret(ta);
    expect(first.getSavedCaret(ta)).toBeUndefined();
  });
});
