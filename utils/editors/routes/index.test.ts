// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { EditorFamily } from '../detect';
import { routesFor } from './index';

describe('routesFor', () => {
  it('draftjs: paste only (its plain-text routes damage its model)', () => {
    expect(routesFor('draftjs').map((r) => r.name)).toEqual(['paste']);
  });

  it.each<[EditorFamily, string, string]>([
    ['textarea', 'execCommand:insertText', 'setRangeText'],
    ['ckeditor5', 'paste', 'insertText'],
    ['prosemirror', 'paste', 'insertText'],
    ['lexical', 'paste', 'insertText'],
    ['quill', 'paste', 'insertText'],
    ['tinymce', 'paste', 'insertText'],
    ['froala', 'paste', 'insertText'],
    ['roosterjs', 'paste', 'insertText'],
  ])('%s: %s, then at most %s', (family, first, second) => {
    expect(routesFor(family).map((r) => r.name)).toEqual([first, second]);
  });
});

describe('routesFor editors without a route of their own', () => {
  it.each<EditorFamily>(['contenteditable', 'gmail', 'redactor'])('%s: the general rule, alone', (family) => {
    expect(routesFor(family).map((r) => r.name)).toEqual(['general']);
  });
});

describe('routesFor plaintext-only editing hosts', () => {
  it('inserts text first, whatever the family', () => {
    expect(routesFor('contenteditable', { plainTextOnly: true }).map((r) => r.name)).toEqual(['execCommand:insertText', 'paste']);
    // a text control keeps its own second route (setRangeText), whatever its attributes say
    expect(routesFor('textarea', { plainTextOnly: true }).map((r) => r.name)).toEqual(['execCommand:insertText', 'setRangeText']);
  });
});
