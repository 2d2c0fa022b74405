// @vitest-environment happy-dom
// sanitizeHtml's allowlist and drop list, one row per tag, and its link rule at each edge: the lists
// are module constants, so a tag taken out of one is caught only by a row that names it.
import { describe, expect, it } from 'vitest';
import { sanitizeHtml, textToHtml } from './sanitize';

const win = window as unknown as Window & typeof globalThis;

describe('sanitizeHtml keeps each formatting tag', () => {
  it.each(['p', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'u', 's', 'span', 'div', 'blockquote', 'h1', 'h2', 'h3', 'h4'])(
    '<%s>',
    (tag) => {
      const html = `<${tag}>kept</${tag}>`;
      expect(sanitizeHtml(html, win)).toBe(html);
    },
  );

  it('<br>', () => {
    expect(sanitizeHtml('one<br>two', win)).toBe('one<br>two');
  });

  it('<a> with a safe href', () => {
    expect(sanitizeHtml('<a href="https://e.test/">kept</a>', win)).toBe('<a href="https://e.test/">kept</a>');
  });
});

describe('sanitizeHtml unwraps any other tag, keeping its text', () => {
  it.each(['h5', 'font', 'section', 'custom-tag', 'label', 'img'])('<%s>', (tag) => {
    expect(sanitizeHtml(`<div>a <${tag} class="x">b</${tag}> c</div>`, win)).toBe('<div>a b c</div>');
  });

  it('cleans what an unwrapped tag held', () => {
    expect(sanitizeHtml('<section><font><b onclick="x()">b</b><script>x()</script></font></section>', win)).toBe('<b>b</b>');
  });
});

describe('sanitizeHtml drops each dangerous or invisible tag with what it holds', () => {
  it.each(['script', 'style', 'template', 'iframe', 'object', 'noscript', 'svg', 'math', 'title'])('<%s>', (tag) => {
    expect(sanitizeHtml(`<p>a<${tag}>secret</${tag}>b</p>`, win)).toBe('<p>ab</p>');
  });

  it('comments, at any depth', () => {
    expect(sanitizeHtml('<!-- top --><p>a<!-- inner --><b>b<!-- deep --></b></p>', win)).toBe('<p>a<b>b</b></p>');
  });
});

describe('sanitizeHtml keeps an href only on a link, and only http(s) or mailto', () => {
  it.each([
    ['http://e.test/', true],
    ['https://e.test/', true],
    ['mailto:ana@e.test', true],
    ['HTTPS://E.TEST/', true],
    ['  https://e.test/', true],
    ['javascript:alert("https:")', false],
    [' javascript:alert(1)', false],
    ['data:text/html,https:', false],
    ['httpx://e.test/', false],
    ['//e.test/', false],
    ['e.test/https:', false],
  ])('%s → kept: %s', (href, kept) => {
    const out = sanitizeHtml(`<a href='${href}'>x</a>`, win);
    const parsed = new win.DOMParser().parseFromString(out, 'text/html').querySelector('a')!;
    expect(parsed.getAttribute('href')).toBe(kept ? href : null);
    expect(parsed.attributes).toHaveLength(kept ? 1 : 0);
  });

  it('an href on anything but a link is dropped', () => {
    expect(sanitizeHtml('<span href="https://e.test/">x</span><p href="mailto:a@e.test">y</p>', win)).toBe('<span>x</span><p>y</p>');
  });

  it('every other attribute of a link is dropped, whatever it holds', () => {
    expect(sanitizeHtml('<a title="https://e.test/" href="https://e.test/" rel="https:x">x</a>', win)).toBe(
      '<a href="https://e.test/">x</a>',
    );
  });
});

describe('textToHtml', () => {
  it('escapes each of & < > on every line, and nothing else', () => {
    expect(textToHtml('<b>&amp;</b>\n"quoted" \'x\' > <')).toBe('<p>&lt;b&gt;&amp;amp;&lt;/b&gt;</p><p>"quoted" \'x\' &gt; &lt;</p>');
  });

  it('splits at \\n and \\r\\n, drops blank and whitespace-only lines, keeps a line as written', () => {
    expect(textToHtml('a\r\nb\n \t \n\n  c  ')).toBe('<p>a</p><p>b</p><p>  c  </p>');
  });

  it('gives nothing for empty text', () => {
    expect(textToHtml('')).toBe('');
  });
});
