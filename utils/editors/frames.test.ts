// @vitest-environment happy-dom
// Editors behind frames and web components: which element really has focus (dom.ts
// deepActiveElement), and which editor a target means (resolve.ts) when the editor is focused
// inside nested shadow roots or a same-origin iframe, or focused somewhere outside the target.
// happy-dom loads no iframe page, so each frame gets a document of its own through `contentDocument`.
import { afterEach, describe, expect, it } from 'vitest';
import { detectEditor } from './detect';
import { deepActiveElement } from './dom';
import { resolveEditor } from './resolve';

afterEach(() => {
  document.body.innerHTML = '';
});

/** An iframe (appended to `parent`) whose document is `inner`, as a same-origin frame's would be. */
function frameWith(
  parent: Element,
  inner: Document = document.implementation.createHTMLDocument(''),
): { frame: HTMLIFrameElement; inner: Document } {
  const frame = parent.ownerDocument.createElement('iframe');
  Object.defineProperty(frame, 'contentDocument', { get: () => inner, configurable: true });
  Object.defineProperty(inner, 'defaultView', { get: () => ({ frameElement: frame }), configurable: true });
  parent.append(frame);
  return { frame, inner };
}

/** A web component inside `parent` with an open shadow root holding `html`. */
function component(parent: Element | ShadowRoot, html: string): ShadowRoot {
  const doc = parent instanceof ShadowRoot ? parent.ownerDocument : parent.ownerDocument;
  const host = doc.createElement('reply-box');
  parent.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = html;
  return shadow;
}

describe('deepActiveElement', () => {
  it('follows focus into a same-origin iframe', () => {
    const { frame, inner } = frameWith(document.body);
    inner.body.innerHTML = '<textarea id="t"></textarea>';
    (inner.getElementById('t') as HTMLTextAreaElement).focus();
    frame.focus();
    expect(document.activeElement).toBe(frame);
    expect(deepActiveElement(document)).toBe(inner.getElementById('t'));
  });

  it('stops at a cross-origin iframe (its document cannot be read)', () => {
    const frame = document.createElement('iframe');
    Object.defineProperty(frame, 'contentDocument', {
      get: () => {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    document.body.append(frame);
    frame.focus();
    expect(deepActiveElement(document)).toBe(frame);
  });

  it('stops at an iframe whose document has nothing focused, or only its root element', () => {
    const { frame, inner } = frameWith(document.body);
    frame.focus();
    Object.defineProperty(inner, 'activeElement', { get: () => null, configurable: true });
    expect(deepActiveElement(document)).toBe(frame);
    Object.defineProperty(inner, 'activeElement', { get: () => inner.documentElement, configurable: true });
    expect(deepActiveElement(document)).toBe(frame);
  });

  it('follows at most eight frames deep', () => {
    // frame 0 in the page, frame i in frame i-1's document; the last document's focus is a textarea
    const chain = (frames: number) => {
      document.body.innerHTML = '';
      let parent: Element = document.body;
      const docs: Document[] = [];
      const made: HTMLIFrameElement[] = [];
      for (let i = 0; i < frames; i++) {
        const { frame, inner } = frameWith(parent);
        made.push(frame);
        docs.push(inner);
        parent = inner.body;
      }
      for (let i = 0; i < frames - 1; i++) Object.defineProperty(docs[i]!, 'activeElement', { get: () => made[i + 1], configurable: true });
      const last = docs[frames - 1]!;
      last.body.innerHTML = '<textarea id="t"></textarea>';
      (last.getElementById('t') as HTMLTextAreaElement).focus();
      made[0]!.focus();
      return { textarea: last.getElementById('t'), frames: made };
    };
    const eight = chain(8);
    expect(deepActiveElement(document)).toBe(eight.textarea);
    const nine = chain(9);
    expect(deepActiveElement(document)).toBe(nine.frames[8]);
  });
});

describe('detectEditor in an iframe', () => {
  it('an editable body (TinyMCE classic): the body, with its family', () => {
    const { frame, inner } = frameWith(document.body);
    inner.body.id = 'tinymce';
    inner.body.setAttribute('contenteditable', 'true');
    expect(detectEditor(frame)).toEqual({ family: 'tinymce', root: inner.body });
  });

  it('a document in designMode: its body', () => {
    const { frame, inner } = frameWith(document.body);
    inner.designMode = 'on';
    expect(detectEditor(frame)).toEqual({ family: 'contenteditable', root: inner.body });
  });

  it('a page in the frame holding an editor: that editor', () => {
    const { frame, inner } = frameWith(document.body);
    inner.body.innerHTML = '<p>Reply</p><div id="e" contenteditable="true"></div>';
    expect(detectEditor(frame)?.root).toBe(inner.getElementById('e'));
  });

  it('TinyMCE classic behind three hidden textareas: its editable body (contenteditable or designMode) is still found; a page in that frame is one step too deep', () => {
    const behindTextareas = () => {
      document.body.innerHTML = `<div id="w">${'<textarea style="display: none"></textarea>'.repeat(3)}</div>`;
      return frameWith(document.getElementById('w')!);
    };
    let { inner } = behindTextareas();
    inner.body.setAttribute('contenteditable', 'true');
    expect(detectEditor(document.querySelector('textarea')!)?.root).toBe(inner.body);
    ({ inner } = behindTextareas());
    inner.designMode = 'on';
    expect(detectEditor(document.querySelector('textarea')!)?.root).toBe(inner.body);
    ({ inner } = behindTextareas());
    inner.body.innerHTML = '<div id="e" contenteditable="true"></div>';
    expect(detectEditor(document.querySelector('textarea')!)).toBeNull();
  });

  it('a frame with no document, or none with a body: nothing', () => {
    const frame = document.createElement('iframe');
    Object.defineProperty(frame, 'contentDocument', { get: () => null });
    document.body.append(frame);
    expect(detectEditor(frame)).toBeNull();
    const bodiless = document.implementation.createHTMLDocument('');
    bodiless.body.remove();
    expect(detectEditor(frameWith(document.body, bodiless).frame)).toBeNull();
  });
});

describe('resolveEditor: the editor the target means', () => {
  it('an editor two web components deep, not found by searching: the focused one, as it is inside the target', () => {
    document.body.innerHTML = '<section id="reply"></section><div id="other" contenteditable="true"></div>';
    const outer = component(document.getElementById('reply')!, '<div class="frame"></div>');
    const innerShadow = component(outer.querySelector('.frame')!, '<div id="e" contenteditable="true"><p>Hi,</p></div>');
    const editor = innerShadow.getElementById('e')!;
    expect(detectEditor(document.getElementById('reply')!)).toBeNull(); // the search does not reach it
    editor.focus();
    expect(resolveEditor(document.getElementById('reply')!)).toEqual({ family: 'contenteditable', root: editor });
  });

  it('an editor focused outside the target (another reply box, a note field) is not the one meant', () => {
    document.body.innerHTML = '<section id="reply"><p>no editor here</p></section><div id="note" contenteditable="true"></div>';
    document.getElementById('note')!.focus();
    expect(resolveEditor(document.getElementById('reply')!)).toBeNull();
    document.body.innerHTML = '<section id="reply"><p>x</p></section><textarea id="note"></textarea>';
    document.getElementById('note')!.focus();
    expect(resolveEditor(document.getElementById('reply')!)).toBeNull();
  });

  it('focused in a frame inside the target, behind web components: that editor', () => {
    document.body.innerHTML = '<section id="reply"></section>';
    const { frame, inner } = frameWith(document.getElementById('reply')!);
    const outer = component(inner.body, '<div class="frame"></div>');
    const innerShadow = component(outer.querySelector('.frame')!, '<div id="e" contenteditable="true"></div>');
    const editor = innerShadow.getElementById('e')!;
    editor.focus();
    frame.focus();
    expect(resolveEditor(document.getElementById('reply')!)?.root).toBe(editor);
  });

  it('focused in a frame outside the target: not the one meant', () => {
    document.body.innerHTML = '<section id="reply"><p>x</p></section><div id="side"></div>';
    const { frame, inner } = frameWith(document.getElementById('side')!);
    inner.body.innerHTML = '<textarea id="t"></textarea>';
    (inner.getElementById('t') as HTMLTextAreaElement).focus();
    frame.focus();
    expect(resolveEditor(document.getElementById('reply')!)).toBeNull();
  });

  it('the whole page (<html> or <body>): the focused editor first, though another comes first in the page', () => {
    document.body.innerHTML = '<div id="a" contenteditable="true"></div><textarea id="b"></textarea>';
    document.getElementById('b')!.focus();
    expect(resolveEditor(document.documentElement)?.root.id).toBe('b');
    expect(resolveEditor(document.body)?.root.id).toBe('b');
  });

  it('the whole page with focus on the body or <html>: the first editor of the page', () => {
    document.body.innerHTML = '<p>x</p><div id="a" contenteditable="true"></div><textarea id="b"></textarea>';
    (document.activeElement as HTMLElement | null)?.blur();
    expect(document.activeElement).toBe(document.body);
    expect(resolveEditor(document.documentElement)?.root.id).toBe('a');
  });

  it('a target that is an editor wins over the focused one', () => {
    document.body.innerHTML = '<div id="a" contenteditable="true"></div><textarea id="b"></textarea>';
    document.getElementById('b')!.focus();
    expect(resolveEditor(document.getElementById('a')!)?.root.id).toBe('a');
  });

  it('a page whose focus is nowhere (activeElement null): the first editor of the page, no error', () => {
    document.body.innerHTML = '<p>x</p><div id="a" contenteditable="true"></div>';
    Object.defineProperty(document, 'activeElement', { get: () => null, configurable: true });
    try {
      expect(resolveEditor(document.body)?.root.id).toBe('a');
      expect(resolveEditor(document.documentElement)?.root.id).toBe('a');
    } finally {
      delete (document as { activeElement?: unknown }).activeElement;
    }
    expect(document.activeElement).toBe(document.body);
  });

  it('focused in a frame whose document has no window (being torn down): not inside the target, no error', () => {
    document.body.innerHTML = '<section id="reply"><p>x</p></section>';
    const inner = document.implementation.createHTMLDocument('');
    const frame = document.createElement('iframe');
    Object.defineProperty(frame, 'contentDocument', { get: () => inner });
    document.body.append(frame);
    inner.body.innerHTML = '<textarea id="t"></textarea>';
    (inner.getElementById('t') as HTMLTextAreaElement).focus();
    frame.focus();
    expect(inner.defaultView).toBeNull();
    expect(resolveEditor(document.getElementById('reply')!)).toBeNull();
  });

  it('a target with no editor and nothing focused: none', () => {
    document.body.innerHTML = '<section id="reply"><p>x</p></section>';
    expect(resolveEditor(document.getElementById('reply')!)).toBeNull();
  });
});
