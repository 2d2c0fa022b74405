// A small allowlist for the summary HTML before it goes to a host editor. The HTML comes from our
// own formatter and is escaped already; this is a second line of defence so that nothing but
// plain formatting can reach a host page even if that ever changes. Parsing happens in an inert
// document (DOMParser): no script runs and nothing loads there.

import type { Win } from './dom';

const KEEP = new Set([
  'P',
  'BR',
  'UL',
  'OL',
  'LI',
  'STRONG',
  'B',
  'EM',
  'I',
  'U',
  'S',
  'SPAN',
  'DIV',
  'A',
  'BLOCKQUOTE',
  'H1',
  'H2',
  'H3',
  'H4',
]);
const DROP_WITH_CONTENT = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'NOSCRIPT',
  'SVG',
  'MATH',
  'TITLE',
  'HEAD',
  'LINK',
  'META',
]);
const SAFE_HREF = /^(?:https?:|mailto:)/i;

/** Keeps only formatting tags, and of attributes only a safe `href` on links. */
export function sanitizeHtml(html: string, win: Win): string {
  const parsed = new win.DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const clean = (node: Element) => {
    for (const child of Array.from(node.children)) {
      const tag = child.tagName.toUpperCase();
      if (DROP_WITH_CONTENT.has(tag)) {
        child.remove();
        continue;
      }
      clean(child);
      if (!KEEP.has(tag)) {
        child.replaceWith(...Array.from(child.childNodes));
        continue;
      }
      for (const attr of Array.from(child.attributes)) {
        const keep = tag === 'A' && attr.name.toLowerCase() === 'href' && SAFE_HREF.test(attr.value.trim());
        if (!keep) child.removeAttribute(attr.name);
      }
    }
    // Comments carry nothing we want.
    for (const child of Array.from(node.childNodes)) if (child.nodeType === 8) child.remove();
  };
  clean(parsed.body);
  return parsed.body.innerHTML;
}

/** HTML for plain text: escaped, one paragraph per line. */
export function textToHtml(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\r?\n/)
    .map((line) => (line.trim() ? `<p>${escape(line)}</p>` : ''))
    .join('');
}
