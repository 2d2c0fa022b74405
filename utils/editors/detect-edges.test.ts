// @vitest-environment happy-dom
// detect.ts at its edges: every marker alternative and text input type one row (module constants),
// markers on an ancestor, designMode, hidden and nested editors, and how deep the search goes.
import { afterEach, describe, expect, it } from 'vitest';
import type { EditorFamily } from './detect';
import { classifyEditor, detectEditor, editingHost, frameDocument, isEditableAttr, isTextControl } from './detect';
import { caretTarget, deepActiveElement, selectionOf } from './dom';

afterEach(() => {
  document.body.innerHTML = '';
  document.designMode = 'off';
});

describe('each marker alternative names its family', () => {
  it.each<[EditorFamily, string]>([
    ['ckeditor5', 'class="ck-editor__editable"'],
    ['ckeditor5', 'class="ck-content"'],
    ['prosemirror', 'class="ProseMirror"'],
    ['quill', 'class="ql-editor"'],
    ['lexical', 'data-lexical-editor="true"'],
    ['draftjs', 'class="public-DraftEditor-content"'],
    ['draftjs', 'class="DraftEditor-root"'],
    ['tinymce', 'id="tinymce"'],
    ['tinymce', 'class="mce-content-body"'],
    ['froala', 'class="fr-element"'],
    ['froala', 'class="fr-view"'],
    ['redactor', 'class="redactor-editor"'],
    ['redactor', 'class="redactor-in"'],
    ['redactor', 'class="redactor-layer"'],
    ['gmail', 'g_editable="true"'],
  ])('%s: %s on the editing host', (family, attrs) => {
    document.body.innerHTML = `<div ${attrs} contenteditable="true"><p>x</p></div>`;
    const root = document.querySelector<HTMLElement>('[contenteditable]')!;
    expect(classifyEditor(root)).toBe(family);
    expect(detectEditor(root)).toEqual({ family, root });
  });

  it('a marker on an ancestor of the host counts (Draft.js root around its content)', () => {
    document.body.innerHTML = '<div class="DraftEditor-root"><div><div id="t" contenteditable="true"></div></div></div>';
    expect(classifyEditor(document.getElementById('t')!)).toBe('draftjs');
  });

  it('.ck-content and .fr-view only on an editable: a preview of the same classes is not an editor', () => {
    document.body.innerHTML = '<div class="ck-content"><div class="fr-view"><div id="t" contenteditable="true"></div></div></div>';
    expect(classifyEditor(document.getElementById('t')!)).toBe('contenteditable');
  });
});

describe('text controls', () => {
  it.each(['', 'text', 'search', 'email', 'url', 'tel', 'TEXT', 'Email'])('an input of type %j is one', (type) => {
    const input = document.createElement('input');
    input.setAttribute('type', type);
    expect(isTextControl(input)).toBe(true);
  });

  it.each(['password', 'number', 'checkbox', 'date', 'hidden'])('an input of type %j is not', (type) => {
    const input = document.createElement('input');
    input.setAttribute('type', type);
    expect(isTextControl(input)).toBe(false);
  });

  it('a hidden textarea with nothing after it: no editor; hidden by aria-hidden too', () => {
    document.body.innerHTML =
      '<div><textarea id="a" style="display: none"></textarea></div><div><textarea id="b" aria-hidden="true"></textarea><div id="c" contenteditable="true"></div></div>';
    expect(detectEditor(document.getElementById('a')!)).toBeNull();
    expect(detectEditor(document.getElementById('b')!)).toEqual({ family: 'contenteditable', root: document.getElementById('c') });
  });

  it('in a wrapper, a hidden textarea is passed over for the visible one after it', () => {
    document.body.innerHTML = '<div id="w"><textarea style="display: none"></textarea><textarea id="v"></textarea></div>';
    expect(detectEditor(document.getElementById('w')!)).toEqual({ family: 'textarea', root: document.getElementById('v') });
  });
});

describe('editing hosts', () => {
  it('a page in designMode: its body', () => {
    document.body.innerHTML = '<p id="p">x</p>';
    document.designMode = 'on';
    expect(editingHost(document.getElementById('p')!.firstChild)).toBe(document.body);
  });

  it('nothing for no node', () => {
    expect(editingHost(null)).toBeNull();
    expect(editingHost(undefined)).toBeNull();
  });

  it('a wrapper holding an editable switched off and a live one: the live one', () => {
    document.body.innerHTML = '<div id="w"><div contenteditable="false">x</div><div id="live" contenteditable="true"></div></div>';
    expect(detectEditor(document.getElementById('w')!)?.root.id).toBe('live');
  });

  it('isEditableAttr: "plaintext-only" in any case', () => {
    const el = document.createElement('div');
    el.setAttribute('contenteditable', 'PlainText-Only');
    expect(isEditableAttr(el)).toBe(true);
  });

  it('frameDocument: only for an iframe', () => {
    expect(frameDocument(document.createElement('div'))).toBeNull();
    // an <object> can hold a document too: not a frame the editors look into
    const object = document.createElement('object');
    Object.defineProperty(object, 'contentDocument', { get: () => document.implementation.createHTMLDocument('') });
    expect(frameDocument(object)).toBeNull();
  });

  it('frameDocument: a cross-origin iframe, whose document cannot be read, gives null', () => {
    const frame = document.createElement('iframe');
    Object.defineProperty(frame, 'contentDocument', {
      get: () => {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    expect(frameDocument(frame)).toBeNull();
  });

  it('classifyEditor: a textarea and a text input are the textarea family, whatever their markers', () => {
    document.body.innerHTML = '<div class="ProseMirror"><textarea id="t"></textarea><input id="i" class="ql-editor"></div>';
    expect(classifyEditor(document.getElementById('t') as HTMLElement)).toBe('textarea');
    expect(classifyEditor(document.getElementById('i') as HTMLElement)).toBe('textarea');
  });
});

describe('how deep detectEditor looks', () => {
  it('through three hidden textareas to an editor, not four', () => {
    const chain = (n: number) => '<textarea style="display: none"></textarea>'.repeat(n) + '<div id="ed" contenteditable="true"></div>';
    document.body.innerHTML = `<div>${chain(3)}</div>`;
    expect(detectEditor(document.querySelector('textarea')!)?.root.id).toBe('ed');
    document.body.innerHTML = `<div>${chain(4)}</div>`;
    expect(detectEditor(document.querySelector('textarea')!)).toBeNull();
  });
});

describe('shadow roots', () => {
  it('the focused editor of a web component wins over its first one', () => {
    document.body.innerHTML = '<reply-box id="host"></reply-box>';
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div contenteditable="true" id="one"></div><textarea id="two"></textarea>';
    (shadow.getElementById('two') as HTMLTextAreaElement).focus();
    expect(detectEditor(host)).toEqual({ family: 'textarea', root: shadow.getElementById('two') });
  });

  it('a web component nested in the target', () => {
    document.body.innerHTML = '<div id="w"><p>x</p><reply-box id="host"></reply-box></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div contenteditable="true" id="inner"></div>';
    expect(detectEditor(document.getElementById('w')!)?.root).toBe(shadow.getElementById('inner'));
  });

  it('no editor anywhere: null', () => {
    document.body.innerHTML = '<div id="w"><p>x</p><reply-box id="host"></reply-box></div>';
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>nothing</p>';
    expect(detectEditor(document.getElementById('w')!)).toBeNull();
  });
});

describe('dom helpers', () => {
  it("selectionOf: a node in a shadow root uses the shadow root's own selection where it has one", () => {
    document.body.innerHTML = '<div id="host"></div><p id="p">x</p>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div id="inner">y</div>';
    const own = { rangeCount: 0 } as unknown as Selection;
    (shadow as unknown as { getSelection: () => Selection }).getSelection = () => own;
    expect(selectionOf(shadow.getElementById('inner')!)).toBe(own);
    expect(selectionOf(document.getElementById('p')!)).toBe(document.getSelection());
  });

  it('caretTarget: the element holding the caret, its parent for a text node, else the root', () => {
    document.body.innerHTML = '<div id="e" contenteditable="true"><p id="p">x<b id="b">y</b></p></div><p id="out">z</p>';
    const root = document.getElementById('e')!;
    const put = (node: Node, offset: number) => {
      const r = document.createRange();
      r.setStart(node, offset);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(r);
    };
    put(document.getElementById('b')!.firstChild!, 0);
    expect(caretTarget(document, root).id).toBe('b');
    put(document.getElementById('p')!, 1);
    expect(caretTarget(document, root).id).toBe('p');
    put(document.getElementById('out')!.firstChild!, 0);
    expect(caretTarget(document, root)).toBe(root);
    document.getSelection()!.removeAllRanges();
    expect(caretTarget(document, root)).toBe(root);
  });

  it('deepActiveElement follows focus into an open shadow root', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<textarea id="t"></textarea>';
    (shadow.getElementById('t') as HTMLTextAreaElement).focus();
    expect(deepActiveElement(document)).toBe(shadow.getElementById('t'));
  });
});
