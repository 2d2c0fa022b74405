// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { resolveEditor } from './resolve';

afterEach(() => {
  document.body.innerHTML = '';
});

function webComponent(): { host: HTMLElement; inner: HTMLElement } {
  document.body.innerHTML = '<div id="first" contenteditable="true"><p>other box</p></div><reply-box id="host"></reply-box>';
  const host = document.getElementById('host')!;
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<div class="toolbar"></div><div id="inner" contenteditable="true"><p>Hi,</p></div>';
  return { host, inner: shadow.getElementById('inner')! };
}

describe('resolveEditor', () => {
  it("finds the editor in a web component's open shadow root from the component", () => {
    const { host, inner } = webComponent();
    expect(resolveEditor(host)).toEqual({ family: 'contenteditable', root: inner });
  });

  it('takes the focused editor, followed into the shadow root, when the target is the page', () => {
    const { inner } = webComponent();
    inner.focus();
    expect(resolveEditor(document.body)?.root).toBe(inner);
  });

  it('takes the first editor of the page when nothing is focused', () => {
    webComponent();
    expect(resolveEditor(document.body)?.root.id).toBe('first');
  });
});
