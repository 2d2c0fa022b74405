// @vitest-environment happy-dom
// Several reply boxes in one page or wrapper: the one the agent can see is the one meant. A hidden
// one (an inactive ticket tab's editor hidden by a CSS class, a collapsed reply form, `hidden`,
// aria-hidden, inline display:none or visibility:hidden) only when there is no other: inserting into
// it would be "verified" in the DOM while the agent sees nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { detectEditor } from './detect';
import { resolveEditor } from './resolve';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('the visible reply box among several', () => {
  it.each([
    ['a CSS class on an ancestor (an inactive ticket tab)', '<div class="tab inactive"><div contenteditable="true" id="h"></div></div>'],
    ['the hidden attribute on an ancestor (a collapsed reply form)', '<form hidden><textarea id="h"></textarea></form>'],
    ['aria-hidden on an ancestor', '<div aria-hidden="true"><div class="ProseMirror" contenteditable="true" id="h"></div></div>'],
    ['inline visibility:hidden', '<div style="visibility: hidden"><div contenteditable="true" id="h"></div></div>'],
    ['inline display:none on an editable', '<div contenteditable="true" id="h" style="display: none"></div>'],
  ])('hidden by %s, placed first: the visible one after it', (_name, hiddenHtml) => {
    document.head.innerHTML = '<style>.inactive { display: none }</style>';
    document.body.innerHTML = `<main id="w">${hiddenHtml}<div class="tab"><div contenteditable="true" id="v"><p>Hi,</p></div></div></main>`;
    expect(detectEditor(document.getElementById('w')!)?.root.id).toBe('v');
    // the whole page with nothing focused (the adapter found no reply box): the same
    expect(resolveEditor(document.body)?.root.id).toBe('v');
  });

  it('only hidden reply boxes: the first of them (better than none: the host may show it on insert)', () => {
    document.head.innerHTML = '<style>.inactive { display: none }</style>';
    document.body.innerHTML =
      '<main id="w"><div class="inactive"><div contenteditable="true" id="h1"></div></div><div hidden><textarea id="h2"></textarea></div></main>';
    expect(detectEditor(document.getElementById('w')!)?.root.id).toBe('h1');
  });

  it('only an editable hidden by an inline display:none: that one, as the last resort', () => {
    document.body.innerHTML = '<main id="w"><div contenteditable="true" id="h" style="display: none"></div></main>';
    expect(detectEditor(document.getElementById('w')!)?.root.id).toBe('h');
  });

  it('two web components, the first with no editor: the editor of the second', () => {
    document.body.innerHTML = '<main id="w"><toolbar-box id="a"></toolbar-box><reply-box id="b"></reply-box></main>';
    document.getElementById('a')!.attachShadow({ mode: 'open' }).innerHTML = '<button>Bold</button>';
    const shadow = document.getElementById('b')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div contenteditable="true" id="e"></div>';
    expect(detectEditor(document.getElementById('w')!)?.root).toBe(shadow.getElementById('e'));
  });

  it('two visible ones: the first, as before', () => {
    document.body.innerHTML = '<main id="w"><textarea id="a"></textarea><div contenteditable="true" id="b"></div></main>';
    expect(detectEditor(document.getElementById('w')!)?.root.id).toBe('a');
  });

  it('a read-only or disabled box placed first is passed over for the editable one', () => {
    document.body.innerHTML =
      '<main id="w"><textarea id="r" readonly></textarea><input id="d" disabled><div contenteditable="false">quoted</div><textarea id="v"></textarea></main>';
    expect(detectEditor(document.getElementById('w')!)?.root.id).toBe('v');
  });

  it("in a web component's shadow root too", () => {
    document.head.innerHTML = '<style>.inactive { display: none }</style>';
    document.body.innerHTML = '<reply-box id="host"></reply-box>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div hidden><div contenteditable="true" id="h"></div></div><div contenteditable="true" id="v"></div>';
    expect(detectEditor(document.getElementById('host')!)?.root).toBe(shadow.getElementById('v'));
  });
});
