// @vitest-environment happy-dom
// Each route's own work, called directly: what the events carry and how far they reach (an editor
// listens on its root, above the caret's element, or outside a shadow root), what each route says
// it did, and its undo.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EditorFamily } from '../detect';
import { insertHtmlRoute, insertTextRoute } from './exec-command';
import { generalRoute } from './general';
import { dispatchBeforeInput, dispatchPaste, pasteRoute } from './paste';
import { setRangeTextRoute } from './text-control';
import { textInputRoute } from './text-input';
import type { RouteContext } from './types';

const win = window as unknown as Window & typeof globalThis;

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
  delete (document as { execCommand?: unknown }).execCommand;
});

/** An editable with the caret inside a paragraph, so events start below the root. */
function context(family: EditorFamily = 'contenteditable', html = '<p>H</p>', text = 'T'): RouteContext {
  document.body.innerHTML = '<div id="e" contenteditable="true"><p id="caret">Hello</p></div>';
  const root = document.getElementById('e')!;
  const range = document.createRange();
  range.setStart(document.getElementById('caret')!.firstChild!, 2);
  range.collapse(true);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
  return { family, root, doc: document, win, html, text };
}

/** document.execCommand as a browser has it, answering `ok` and remembering its calls. */
function stubExecCommand(ok: boolean) {
  const calls: Array<[string, boolean | undefined, string | undefined]> = [];
  (document as { execCommand?: unknown }).execCommand = (command: string, ui?: boolean, value?: string) => {
    calls.push([command, ui, value]);
    return ok;
  };
  return calls;
}

describe('dispatchPaste', () => {
  it('fires at the caret a cancelable paste that bubbles to the root, with text/html and text/plain', () => {
    const ctx = context();
    const seen: Array<{ target: EventTarget | null; html?: string; text?: string; cancelable: boolean }> = [];
    ctx.root.addEventListener('paste', (event) => {
      seen.push({
        target: event.target,
        html: event.clipboardData?.getData('text/html'),
        text: event.clipboardData?.getData('text/plain'),
        cancelable: event.cancelable,
      });
    });
    expect(dispatchPaste(ctx)).toBe(false);
    expect(seen).toEqual([{ target: document.getElementById('caret'), html: '<p>H</p>', text: 'T', cancelable: true }]);
  });

  it('says whether a listener took it (cancelled it)', () => {
    const ctx = context();
    ctx.root.addEventListener('paste', (event) => event.preventDefault());
    expect(dispatchPaste(ctx)).toBe(true);
    expect(pasteRoute.run(ctx)).toBe(true);
  });

  it('carries no text/html when there is no HTML', () => {
    const ctx = context('contenteditable', '');
    let types: readonly string[] = [];
    ctx.root.addEventListener('paste', (event) => (types = [...(event.clipboardData?.types ?? [])]));
    dispatchPaste(ctx);
    expect(types).toEqual(['text/plain']);
  });

  it('leaves a shadow root (composed), for a web component that listens on its host', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div contenteditable="true"><p>Hello</p></div>';
    const root = shadow.querySelector('div') as HTMLElement;
    let heard = 0;
    host.addEventListener('paste', () => heard++);
    host.addEventListener('beforeinput', () => heard++);
    const ctx: RouteContext = { family: 'contenteditable', root, doc: document, win, html: '<p>H</p>', text: 'T' };
    dispatchPaste(ctx);
    dispatchBeforeInput(ctx, 'insertFromPaste', true);
    expect(heard).toBe(2);
  });
});

describe('dispatchBeforeInput', () => {
  it.each([
    ['insertFromPaste' as const, true, ['text/html', 'text/plain'], '<p>H</p>'],
    ['insertText' as const, false, ['text/plain'], ''],
  ])('%s (with HTML: %s): cancelable, bubbling, the text in dataTransfer', (inputType, withHtml, types, html) => {
    const ctx = context();
    const seen: unknown[] = [];
    ctx.root.addEventListener('beforeinput', (event) => {
      const e = event as InputEvent;
      seen.push({
        inputType: e.inputType,
        cancelable: e.cancelable,
        types: [...(e.dataTransfer?.types ?? [])].sort(),
        html: e.dataTransfer?.getData('text/html'),
        text: e.dataTransfer?.getData('text/plain'),
      });
      e.preventDefault();
    });
    expect(dispatchBeforeInput(ctx, inputType, withHtml)).toBe(true);
    expect(seen).toEqual([{ inputType, cancelable: true, types, html, text: 'T' }]);
  });

  it('with HTML asked for but none given: text only', () => {
    const ctx = context('contenteditable', '');
    let types: string[] = [];
    ctx.root.addEventListener('beforeinput', (event) => (types = [...((event as InputEvent).dataTransfer?.types ?? [])]));
    expect(dispatchBeforeInput(ctx, 'insertFromPaste', true)).toBe(false);
    expect(types).toEqual(['text/plain']);
  });
});

describe('the general rule', () => {
  it('a page script that takes the paste: handled through paste, by an editor we know nothing about', () => {
    const ctx = context();
    const seen: string[] = [];
    ctx.root.addEventListener('paste', (event) => {
      seen.push('paste');
      event.preventDefault();
    });
    ctx.root.addEventListener('beforeinput', () => seen.push('beforeinput'));
    expect(generalRoute.run(ctx)).toEqual({ handled: true, via: 'paste', undo: 'one-step', unknownEditor: true });
    expect(seen).toEqual(['paste']);
  });

  it('the paste not taken, the beforeinput insertFromPaste taken (Trix 2): handled there, HTML included', () => {
    const ctx = context();
    const seen: string[] = [];
    ctx.root.addEventListener('beforeinput', (event) => {
      const e = event as InputEvent;
      seen.push(`${e.inputType}:${e.dataTransfer?.getData('text/html')}`);
      e.preventDefault();
    });
    const calls = stubExecCommand(true);
    expect(generalRoute.run(ctx)).toEqual({ handled: true, via: 'beforeinput:insertFromPaste', undo: 'one-step', unknownEditor: true });
    expect(seen).toEqual(['insertFromPaste:<p>H</p>']);
    expect(calls).toEqual([]);
  });

  it('nobody takes either: the browser inserts the HTML, an editor it is', () => {
    const ctx = context();
    const calls = stubExecCommand(true);
    expect(generalRoute.run(ctx)).toEqual({ handled: true, via: 'execCommand:insertHTML', undo: 'one-step' });
    expect(calls).toEqual([['insertHTML', false, '<p>H</p>']]);
  });

  it('and the browser refusing it too: not handled', () => {
    const ctx = context();
    stubExecCommand(false);
    expect(generalRoute.run(ctx)).toMatchObject({ handled: false, via: 'execCommand:insertHTML' });
  });
});

describe('the editing commands', () => {
  it('insertHTML and insertText give the command its content and say what the browser answered', () => {
    const ctx = context();
    const calls = stubExecCommand(true);
    expect(insertHtmlRoute.run(ctx)).toBe(true);
    expect(insertTextRoute.run(ctx)).toBe(true);
    expect(calls).toEqual([
      ['insertHTML', false, '<p>H</p>'],
      ['insertText', false, 'T'],
    ]);
    stubExecCommand(false);
    expect(insertTextRoute.run(ctx)).toBe(false);
    expect([insertHtmlRoute.undo, insertTextRoute.undo]).toEqual(['one-step', 'one-step']);
  });
});

describe('plain text for model editors (insertText route)', () => {
  it.each<[EditorFamily, string]>([
    ['ckeditor5', 'several-steps'],
    ['froala', 'not-undoable'],
    ['prosemirror', 'one-step'],
    ['lexical', 'one-step'],
  ])('%s takes the beforeinput: no editing command, undo %s', (family, undo) => {
    const ctx = context(family);
    ctx.root.addEventListener('beforeinput', (event) => event.preventDefault());
    const calls = stubExecCommand(true);
    expect(textInputRoute.run(ctx)).toEqual({ handled: true, via: 'beforeinput:insertText', undo });
    expect(calls).toEqual([]);
  });

  it('its beforeinput carries the text only, never the HTML', () => {
    const ctx = context('lexical');
    let types: string[] = [];
    ctx.root.addEventListener('beforeinput', (event) => {
      types = [...((event as InputEvent).dataTransfer?.types ?? [])];
      event.preventDefault();
    });
    textInputRoute.run(ctx);
    expect(types).toEqual(['text/plain']);
  });

  it.each<[EditorFamily, string]>([
    ['ckeditor5', 'several-steps'],
    ['froala', 'not-undoable'],
    ['quill', 'one-step'],
  ])('%s does not: the browser inserts the text, undo %s', (family, undo) => {
    const ctx = context(family);
    const calls = stubExecCommand(true);
    expect(textInputRoute.run(ctx)).toEqual({ handled: true, via: 'execCommand:insertText', undo });
    expect(calls).toEqual([['insertText', false, 'T']]);
    stubExecCommand(false);
    expect(textInputRoute.run(ctx)).toMatchObject({ handled: false });
  });
});

describe('setRangeText (a text control refusing editing commands)', () => {
  it('replaces the selection, puts the caret after the text, and tells the page with one input event', () => {
    document.body.innerHTML = '<textarea id="t">Hello world</textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    ta.setSelectionRange(6, 11);
    const inputs: unknown[] = [];
    document.body.addEventListener('input', (event) => {
      const e = event as InputEvent;
      inputs.push({ inputType: e.inputType, data: e.data });
    });
    const ctx: RouteContext = { family: 'textarea', root: ta, doc: document, win, html: '<p>there</p>', text: 'there' };
    expect(setRangeTextRoute.run(ctx)).toBe(true);
    expect(ta.value).toBe('Hello there');
    expect([ta.selectionStart, ta.selectionEnd]).toEqual([11, 11]);
    expect(inputs).toEqual([{ inputType: 'insertText', data: 'there' }]);
    expect(setRangeTextRoute.undo).toBe('not-undoable');
  });
});
