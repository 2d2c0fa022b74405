// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { sanitizeHtml, textToHtml } from './sanitize';

const win = window as unknown as Window & typeof globalThis;

describe('sanitizeHtml', () => {
  it('keeps the summary formatter output as it is', () => {
    const html = '<p>Hi Ana,</p><p><strong>Next steps</strong></p><ul><li>I will send it by <strong>Friday</strong></li></ul>';
    expect(sanitizeHtml(html, win)).toBe(html);
  });

  it('drops scripts, event handlers, styles and unsafe links, and unwraps unknown tags', () => {
    const dirty =
      '<p onclick="x()" style="color:red">a<script>alert(1)</script></p><img src=x onerror="y()"><a href="javascript:z()">b</a><a href="https://e.test/" target="_blank">c</a><custom-el>d</custom-el><!-- note -->';
    expect(sanitizeHtml(dirty, win)).toBe('<p>a</p><a>b</a><a href="https://e.test/">c</a>d');
  });
});

describe('textToHtml', () => {
  it('escapes and makes one paragraph per non-empty line', () => {
    expect(textToHtml('a < b\n\n- c & d')).toBe('<p>a &lt; b</p><p>- c &amp; d</p>');
  });
});
