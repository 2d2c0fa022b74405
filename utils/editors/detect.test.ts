// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { classifyEditor, detectEditor, editingHost, isEditableAttr, isTextControl } from './detect';

function mount(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('detectEditor', () => {
  it.each([
    [
      'ckeditor5',
      '<div class="ck ck-editor"><div id="t" class="ck-editor__editable ck-content" contenteditable="true"><p>x</p></div></div>',
    ],
    ['prosemirror', '<div id="t" class="ProseMirror" contenteditable="true"><p>x</p></div>'],
    ['quill', '<div class="ql-container"><div id="t" class="ql-editor" contenteditable="true"><p>x</p></div></div>'],
    ['lexical', '<div id="t" contenteditable="true" data-lexical-editor="true"><p>x</p></div>'],
    ['draftjs', '<div class="DraftEditor-root"><div id="t" class="public-DraftEditor-content" contenteditable="true"></div></div>'],
    ['tinymce', '<div id="t" class="mce-content-body" contenteditable="true"><p>x</p></div>'],
    ['froala', '<div class="fr-box"><div id="t" class="fr-element fr-view" contenteditable="true"></div></div>'],
    ['redactor', '<div id="t" class="redactor-in" contenteditable="true"></div>'],
    ['gmail', '<div id="t" class="Am Al editable" g_editable="true" contenteditable="true" role="textbox"></div>'],
    ['contenteditable', '<div id="t" contenteditable=""></div>'],
    ['contenteditable', '<div id="t" contenteditable="plaintext-only"></div>'],
    ['textarea', '<textarea id="t"></textarea>'],
    ['textarea', '<input id="t" type="email">'],
  ] as const)('detects %s', (family, html) => {
    const t = mount(html).querySelector('#t')!;
    expect(detectEditor(t)).toEqual({ family, root: t });
  });

  it('finds the editing host from a node deep inside it', () => {
    mount('<div id="root" class="ProseMirror" contenteditable="true"><ul><li><p><strong id="deep">x</strong></p></li></ul></div>');
    const found = detectEditor(document.getElementById('deep')!);
    expect(found?.family).toBe('prosemirror');
    expect(found?.root.id).toBe('root');
  });

  it('finds the editable inside a wrapper it was given', () => {
    mount(
      '<div id="wrap" class="ck ck-editor"><div class="ck-toolbar"></div><div id="root" class="ck-editor__editable" contenteditable="true"></div></div>',
    );
    expect(detectEditor(document.getElementById('wrap')!)?.root.id).toBe('root');
  });

  it('skips a hidden textarea (TinyMCE keeps the original one) for the editor next to it', () => {
    mount(
      '<div id="wrap"><textarea id="orig" style="display: none"></textarea><div class="tox"><div id="root" class="mce-content-body" contenteditable="true"></div></div></div>',
    );
    expect(detectEditor(document.getElementById('orig')!)).toEqual({ family: 'tinymce', root: document.getElementById('root') });
    expect(detectEditor(document.getElementById('wrap')!)?.family).toBe('tinymce');
  });

  it('takes the outermost editing host past a non-editable island (CKEditor 5 widget caption)', () => {
    mount(
      '<div id="root" class="ck-editor__editable" contenteditable="true"><figure contenteditable="false"><figcaption id="cap" contenteditable="true">c</figcaption></figure></div>',
    );
    expect(detectEditor(document.getElementById('cap')!)?.root.id).toBe('root');
  });

  it('refuses disabled and read-only text controls and non-editable elements', () => {
    mount(
      '<textarea id="a" disabled></textarea><input id="b" readonly><input id="c" type="checkbox"><div id="d" contenteditable="false">x</div><p id="e">x</p>',
    );
    for (const id of ['a', 'b', 'c', 'd', 'e']) expect(detectEditor(document.getElementById(id)!)).toBeNull();
  });
});

describe('helpers', () => {
  it('isEditableAttr reads contenteditable values case-insensitively', () => {
    const el = document.createElement('div');
    for (const [value, expected] of [
      ['', true],
      ['TRUE', true],
      ['plaintext-only', true],
      ['false', false],
      ['inherit', false],
    ] as const) {
      el.setAttribute('contenteditable', value);
      expect(isEditableAttr(el)).toBe(expected);
    }
    el.removeAttribute('contenteditable');
    expect(isEditableAttr(el)).toBe(false);
  });

  it('isTextControl accepts textareas and text-like inputs only', () => {
    const make = (tag: string, type?: string) => {
      const el = document.createElement(tag);
      if (type !== undefined) el.setAttribute('type', type);
      return el;
    };
    expect(isTextControl(make('textarea'))).toBe(true);
    expect(isTextControl(make('input'))).toBe(true);
    expect(isTextControl(make('input', 'search'))).toBe(true);
    expect(isTextControl(make('input', 'password'))).toBe(false);
    expect(isTextControl(make('div'))).toBe(false);
    expect(isTextControl(null)).toBe(false);
  });

  it('editingHost returns null outside any editor and classifyEditor falls back to contenteditable', () => {
    mount('<p id="p">x</p><div id="ce" contenteditable="true"><span id="s">y</span></div>');
    expect(editingHost(document.getElementById('p')!.firstChild)).toBeNull();
    const host = editingHost(document.getElementById('s')!.firstChild)!;
    expect(host.id).toBe('ce');
    expect(classifyEditor(host)).toBe('contenteditable');
  });
});
