// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  anyMatcher,
  cleanName,
  extractText,
  findEmail,
  isHidden,
  queryAllFirst,
  queryFirst,
  queryOrFail,
  stripUnmarkedQuotes,
} from './query';
import { isLookupFailure } from './types';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const ctx = { host: 'zendesk', hostName: 'Zendesk' };

describe('query helpers', () => {
  it('queryOrFail returns the first alternative that matches', () => {
    const doc = parse('<div class="new-editor" contenteditable="true"></div>');
    const el = queryOrFail(doc, ['.ck-editor__editable', '.new-editor'], ctx, 'reply editor');
    expect(!isLookupFailure(el) && el.className).toBe('new-editor');
  });

  it('queryOrFail names every selector tried, an invalid one included', () => {
    const doc = parse('<p></p>');
    const result = queryOrFail(doc, ['.ck-editor__editable', 'div[', '.other'], ctx, 'reply editor');
    expect(result).toEqual({
      kind: 'lookup-failure',
      host: 'zendesk',
      hostName: 'Zendesk',
      what: 'reply editor',
      tried: ['.ck-editor__editable', 'div[', '.other'],
      message: "Couldn't read the reply box on Zendesk.",
    });
  });

  it('queryFirst takes the first alternative that matches, past an invalid one, with or without a test', () => {
    const doc = parse('<i class="a" id="a1"></i><i class="a" id="a2" hidden></i><b class="b"></b>');
    expect(queryFirst(doc, ['.missing', 'i[', '.a', '.b'])?.id).toBe('a1');
    expect(queryFirst(doc, ['.a'], (el) => el.hasAttribute('hidden'))?.id).toBe('a2');
    expect(queryFirst(doc, ['.missing', 'b['])).toBeNull();
  });

  it('anyMatcher asks the alternatives together, and one by one when one of them is invalid', () => {
    const doc = parse('<i class="a"></i><b class="b"></b><u></u>');
    const [i, b, u] = [doc.querySelector('i')!, doc.querySelector('b')!, doc.querySelector('u')!];
    const valid = anyMatcher(['.a', '.b']);
    expect([valid(i), valid(b), valid(u)]).toEqual([true, true, false]);
    const withInvalid = anyMatcher(['.a', 'b[', 'u']);
    expect([withInvalid(i), withInvalid(b), withInvalid(u)]).toEqual([true, false, true]);
    expect(anyMatcher([])(i)).toBe(false);
    // extractText leaves out what any valid alternative matches, whatever an invalid one beside it.
    const body = parse('<div><p>Keep this.</p><div class="quote">Old words.</div><span class="sig">Sig</span></div>').body
      .firstElementChild!;
    expect(extractText(body, ['.quote', 'div[', '.sig'])).toBe('Keep this.');
  });

  it('queryAllFirst does not mix variants', () => {
    const doc = parse('<i class="a"></i><i class="a"></i><b class="b"></b>');
    expect(queryAllFirst(doc, ['.missing', '.a', '.b'])).toHaveLength(2);
  });

  it('isHidden looks at hidden, aria-hidden, inert and inline display/visibility up the tree', () => {
    const doc = parse(`<div style="display:none"><span id="a"></span></div><div hidden><span id="b"></span></div>
      <div aria-hidden="true"><span id="c"></span></div><span id="d" style="visibility:hidden"></span><span id="e"></span>`);
    for (const id of ['a', 'b', 'c', 'd']) expect(isHidden(doc.getElementById(id)!), id).toBe(true);
    expect(isHidden(doc.getElementById('e')!)).toBe(false);
  });

  it('isHidden sees stylesheet rules on ancestors (inactive tabs hidden by class)', () => {
    document.body.innerHTML = '<style>.inactive{display:none}</style><div class="inactive"><p id="x"></p></div><p id="y"></p>';
    expect(isHidden(document.getElementById('x')!)).toBe(true);
    expect(isHidden(document.getElementById('y')!)).toBe(false);
  });

  it('extractText keeps blocks on their own lines and drops excluded and hidden parts', () => {
    const doc = parse(`<div id="m"><div>Hi   Dana,</div><div><br></div><p>I'll send it<br>by Friday.</p>
      <div class="gmail_signature">Sig</div><div style="display:none">hidden</div><script>x()</script>
      <div class="gmail_quote"><blockquote>old</blockquote></div></div>`);
    expect(extractText(doc.getElementById('m')!, ['.gmail_signature', '.gmail_quote'])).toBe("Hi Dana,\n\nI'll send it\nby Friday.");
  });

  it('stripUnmarkedQuotes cuts "On … wrote:", "> " lines and "-- " signatures', () => {
    expect(stripUnmarkedQuotes('Yes.\nOn Mon, Nov 10, 2026 at 10:00 AM Jun wrote:\n> old')).toBe('Yes.');
    expect(stripUnmarkedQuotes('Yes.\n> old\nMore.')).toBe('Yes.\nMore.');
    expect(stripUnmarkedQuotes('Yes.\n-- \nJun')).toBe('Yes.');
  });

  it('findEmail and cleanName', () => {
    expect(findEmail('Google Account: Dana (Dana.Reyes@Acme.com)')).toBe('dana.reyes@acme.com');
    expect(cleanName('"Priya Natarajan" <priya@x.com>')).toBe('Priya Natarajan');
    expect(cleanName('priya@x.com')).toBeUndefined();
  });
});

describe('cleanName', () => {
  it('drops wrapping quotes and addresses, keeps an apostrophe inside a name', async () => {
    const { cleanName } = await import('./query');
    expect(cleanName(`"Liam O'Connor" <liam@example.ie>`)).toBe("Liam O'Connor");
    expect(cleanName('‘Dana Reyes’')).toBe('Dana Reyes');
  });
});
