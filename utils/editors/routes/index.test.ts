// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { EditorFamily } from '../detect';
import { routesFor } from './index';

describe('routesFor', () => {
  it.each<[EditorFamily, string, string]>([
    ['textarea', 'execCommand:insertText', 'setRangeText'],
    ['gmail', 'execCommand:insertHTML', 'paste'],
    ['contenteditable', 'execCommand:insertHTML', 'paste'],
    ['ckeditor5', 'paste', 'execCommand:insertText'],
    ['prosemirror', 'paste', 'execCommand:insertText'],
    ['lexical', 'paste', 'execCommand:insertText'],
    ['draftjs', 'paste', 'execCommand:insertText'],
    ['quill', 'paste', 'execCommand:insertText'],
    ['tinymce', 'paste', 'execCommand:insertText'],
    ['froala', 'paste', 'execCommand:insertText'],
    ['roosterjs', 'paste', 'execCommand:insertText'],
  ])('%s: %s, then at most %s', (family, first, second) => {
    expect(routesFor(family).map((r) => r.name)).toEqual([first, second]);
  });
});
