// @vitest-environment happy-dom
// caret.ts and editors in same-origin iframes (TinyMCE classic, CKEditor 4): trackCaret follows the
// agent into a frame's document, tracks editable frames from the start, and placeCaret gives the
// frame's window focus before the editor (else the top document keeps focus in our panel's iframe).
// happy-dom loads no iframe page: each frame gets a document of its own through `contentDocument`.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lastEditor, placeCaret, saveCaret, trackCaret } from './caret';

const controllers: AbortController[] = [];
afterEach(() => {
  for (const c of controllers.splice(0)) c.abort();
  document.body.innerHTML = '';
  document.getSelection()?.removeAllRanges();
  vi.restoreAllMocks();
});

function tracking(doc: Document) {
  const controller = new AbortController();
  controllers.push(controller);
  trackCaret(doc, controller.signal);
  return controller;
}

/** A frame whose document has `html` in its body and a caret in its #e editor's (else its body's) first text. */
function frame(html: string, setUp: (inner: Document) => void = () => undefined) {
  const inner = document.implementation.createHTMLDocument('');
  const el = document.createElement('iframe');
  Object.defineProperty(el, 'contentDocument', { get: () => inner, configurable: true });
  document.body.append(el);
  inner.body.innerHTML = html;
  setUp(inner);
  const editable = inner.getElementById('e') ?? inner.body;
  const r = inner.createRange();
  r.setStart(editable.firstChild ?? editable, 1);
  // happy-dom keeps no selection in a document without a window: the frame's selection, as a browser's
  const selection = { rangeCount: 1, getRangeAt: () => r } as unknown as Selection;
  Object.defineProperty(inner, 'getSelection', { value: () => selection, configurable: true });
  return { el, inner, editable };
}

describe('trackCaret and iframes', () => {
  it.each([
    ['contenteditable on its body', (d: Document) => d.body.setAttribute('contenteditable', 'true')],
    ['designMode', (d: Document) => void (d.designMode = 'on')],
  ])('an editable frame (%s) is tracked from the start', (_name, setUp) => {
    const { inner } = frame('Hello', setUp);
    tracking(document);
    expect(lastEditor(inner)).toBe(inner.body);
  });

  it('a frame that is not editable is not tracked until the agent goes into it', () => {
    const { el, inner, editable } = frame('<p>Reply</p><div id="e" contenteditable="true">Hi there</div>');
    tracking(document);
    expect(lastEditor(inner)).toBeNull();
    // focus moving into a frame blurs this window, with the frame as the active element
    el.focus();
    window.dispatchEvent(new Event('blur'));
    expect(lastEditor(inner)).toBe(editable);
  });

  it('a frame already focused when tracking starts is followed at once', () => {
    const { el, inner, editable } = frame('<div id="e" contenteditable="true">Hi there</div>');
    el.focus();
    tracking(document);
    expect(lastEditor(inner)).toBe(editable);
  });

  it('a blur with focus on no frame follows nothing; after an abort no blur is followed', () => {
    const { el, inner } = frame('<div id="e" contenteditable="true">Hi there</div>');
    const controller = tracking(document);
    window.dispatchEvent(new Event('blur'));
    expect(lastEditor(inner)).toBeNull();
    controller.abort();
    el.focus();
    window.dispatchEvent(new Event('blur'));
    expect(lastEditor(inner)).toBeNull();
  });
});

describe('saveCaret follows focus into shadow roots', () => {
  it("a textarea focused inside a web component's shadow root is the caret saved", () => {
    document.body.innerHTML = '<reply-box id="host"></reply-box>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<textarea id="t"></textarea>';
    const ta = shadow.getElementById('t') as HTMLTextAreaElement;
    ta.value = 'Hello';
    ta.focus();
    ta.setSelectionRange(2, 4);
    expect(saveCaret(document)).toMatchObject({ kind: 'text-control', element: ta, start: 2, end: 4 });
    expect(lastEditor(document)).toBe(ta);
  });
});

describe('placeCaret in a frame', () => {
  function framedEditor(top: unknown) {
    const inner = document.implementation.createHTMLDocument('');
    inner.body.innerHTML = '<div id="e" contenteditable="true">Hi there</div>';
    const focus = vi.fn();
    const view = {
      top,
      focus,
      requestAnimationFrame: (cb: () => void) => setTimeout(cb, 0),
      setTimeout: (cb: () => void, ms: number) => setTimeout(cb, ms),
    };
    Object.defineProperty(inner, 'defaultView', { get: () => view, configurable: true });
    return { root: inner.getElementById('e')!, focus, view };
  }

  it("the frame's window takes focus first, then the editor", async () => {
    const { root, focus } = framedEditor(window);
    const rootFocus = vi.spyOn(root, 'focus');
    await placeCaret(root);
    expect(focus).toHaveBeenCalledTimes(1);
    expect(rootFocus).toHaveBeenCalled();
    expect(focus.mock.invocationCallOrder[0]!).toBeLessThan(rootFocus.mock.invocationCallOrder[0]!);
  });

  it('a window that refuses focus (a cross-origin parent): the editor still gets it', async () => {
    const { root, focus } = framedEditor(window);
    focus.mockImplementation(() => {
      throw new DOMException('Blocked', 'SecurityError');
    });
    const rootFocus = vi.spyOn(root, 'focus');
    await expect(placeCaret(root)).resolves.toBe('end');
    expect(rootFocus).toHaveBeenCalled();
  });

  it('an editor in the top window: its window is not asked for focus', async () => {
    document.body.innerHTML = '<div id="e" contenteditable="true">Hi</div>';
    const windowFocus = vi.spyOn(window, 'focus');
    await placeCaret(document.getElementById('e')!);
    expect(windowFocus).not.toHaveBeenCalled();
    expect(document.activeElement?.id).toBe('e');
  });
});
