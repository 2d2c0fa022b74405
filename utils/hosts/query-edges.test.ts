// @vitest-environment happy-dom
// query.ts at its edges: which alternative wins when a test rejects the first one's matches, each
// reason an element is hidden (on itself and on an ancestor), what extractText skips and keeps,
// form values, addresses and names, and the plain words of each lookup failure.
import { describe, expect, it, vi } from 'vitest';
import {
  anyMatcher,
  attr,
  cleanName,
  extractText,
  findEmail,
  isHidden,
  lookupFailure,
  queryAllFirst,
  queryFirst,
  safeMatches,
  safeQuery,
  valueOrText,
} from './query';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const ctx = { host: 'front', hostName: 'Front' };

describe('alternatives with a test', () => {
  it('queryFirst goes on to the next alternative when the test rejects every match of the first', () => {
    const doc = parse('<i class="a" id="a1" hidden></i><i class="a" id="a2" hidden></i><b class="b" id="b1"></b><b class="b" id="b2"></b>');
    expect(queryFirst(doc, ['.a', '.b'], (el) => !el.hasAttribute('hidden'))?.id).toBe('b1');
    expect(queryFirst(doc, ['.a', '.b'], () => false)).toBeNull();
    expect(queryFirst(doc, ['.b', '.a'], (el) => el.id !== 'b1')?.id).toBe('b2');
  });

  it('queryAllFirst keeps only what passes the test, from the first alternative with any', () => {
    const doc = parse('<i class="a" hidden></i><b class="b" id="b1"></b><b class="b" id="b2" hidden></b><b class="b" id="b3"></b>');
    const visible = (el: Element) => !el.hasAttribute('hidden');
    expect(queryAllFirst(doc, ['.a', '.b'], visible).map((el) => el.id)).toEqual(['b1', 'b3']);
    expect(queryAllFirst(doc, ['.missing', 'i['], visible)).toEqual([]);
  });
});

describe('invalid selectors', () => {
  it('match nothing: null, no element, false', () => {
    const doc = parse('<b class="b"></b>');
    expect(safeQuery(doc, 'b[')).toBeNull();
    expect(safeMatches(doc.querySelector('b')!, 'b[')).toBe(false);
    expect(safeMatches(doc.querySelector('b')!, '.b')).toBe(true);
  });

  it('anyMatcher asks a valid list with one matches() per element; an invalid list once, then one by one', () => {
    const doc = parse('<i class="a"></i><b class="b"></b>');
    const [i, b] = [doc.querySelector('i')!, doc.querySelector('b')!];
    const matches = vi.spyOn(i, 'matches');
    const valid = anyMatcher(['.a', '.b']);
    expect([valid(i), valid(i)]).toEqual([true, true]);
    expect(matches.mock.calls).toEqual([['.a, .b'], ['.a, .b']]);
    const bMatches = vi.spyOn(b, 'matches');
    const withInvalid = anyMatcher(['.a', 'b[', '.b']);
    expect([withInvalid(b), withInvalid(b)]).toEqual([true, true]);
    expect(bMatches.mock.calls).toEqual([['.a, b[, .b'], ['.a'], ['b['], ['.b'], ['.a'], ['b['], ['.b']]);
  });
});

describe('isHidden, each reason', () => {
  it.each([
    ['hidden', '<p id="t" hidden></p>', true],
    ['aria-hidden', '<p id="t" aria-hidden="true"></p>', true],
    ['aria-hidden="false"', '<p id="t" aria-hidden="false"></p>', false],
    ['inert', '<p id="t" inert></p>', true],
    ['display:none', '<p id="t" style="display:none"></p>', true],
    ['visibility:hidden', '<p id="t" style="visibility:hidden"></p>', true],
    ['display:block', '<p id="t" style="display:block"></p>', false],
    ['an inert ancestor', '<div inert><p id="t"></p></div>', true],
    ['an aria-hidden ancestor', '<div aria-hidden="true"><p id="t"></p></div>', true],
    ['a visibility:hidden ancestor', '<div style="visibility:hidden"><p id="t"></p></div>', true],
    ['nothing', '<div><p id="t"></p></div>', false],
  ])('%s → %s', (_name, html, hidden) => {
    expect(isHidden(parse(html).getElementById('t')!)).toBe(hidden);
  });

  it('a stylesheet rule on the element itself, in the live document', () => {
    document.body.innerHTML = '<style>.gone{visibility:hidden}</style><p id="x" class="gone"></p><p id="y"></p>';
    expect(isHidden(document.getElementById('x')!)).toBe(true);
    expect(isHidden(document.getElementById('y')!)).toBe(false);
    document.body.innerHTML = '';
  });
});

describe('extractText', () => {
  it('skips scripts, styles, templates, svg and buttons; reads form values; one space per run', () => {
    const doc = parse(`<div id="m">Dear\u00a0\u00a0Dana,<script>a()</script><style>p{}</style><noscript>no</noscript>
      <template>tpl</template><svg><text>svg</text></svg><button>Show trimmed</button>
      <p>Total:\t\t42</p><input value="typed"><textarea>draft</textarea></div>`);
    expect(extractText(doc.getElementById('m')!)).toBe('Dear Dana,\nTotal: 42\ntypeddraft');
  });

  it('leaves out parts hidden by markup, and blank runs become one empty line', () => {
    const doc = parse(`<div id="m"><p>One.</p><p hidden>no</p><p aria-hidden="true">no</p><p style="display:none">no</p>
      <div><br></div><div><br></div><div><br></div><p>Two.</p></div>`);
    expect(extractText(doc.getElementById('m')!)).toBe('One.\n\nTwo.');
  });

  it('a comment is no text; inline tags keep a line whole; spaces across text nodes become one', () => {
    const doc = parse('<div id="m"><p>a<!-- note -->b <b> bold</b>  <i>\tc</i></p></div>');
    expect(extractText(doc.getElementById('m')!)).toBe('ab bold c');
  });

  it("a reply box's draft and an input's value inside the element are read", () => {
    document.body.innerHTML = '<div id="m"><p>Note:</p><textarea>first draft</textarea><input value="typed"></div>';
    // the draft as edited, not the text the page first wrote into the textarea
    document.querySelector('textarea')!.value = 'draft words';
    expect(extractText(document.getElementById('m')!)).toBe('Note:\ndraft wordstyped');
    document.body.innerHTML = '';
  });

  it('in a document without a view (DOMParser in a browser), inline display:none still hides a part; scripts and styles are not read', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = '<div id="m"><p style="display:none">SECRET</p><p>shown</p><script>run()</script><style>p{}</style></div>';
    expect(doc.defaultView).toBeNull();
    expect(extractText(doc.getElementById('m')!)).toBe('shown');
  });

  it('the element asked for is read even when it matches an exclusion', () => {
    const doc = parse('<div id="m" class="quote"><p>Own words.</p><div class="quote">Old words.</div></div>');
    expect(extractText(doc.getElementById('m')!, ['.quote'])).toBe('Own words.');
  });
});

describe('valueOrText', () => {
  it("a field's value, else its value attribute; an element's text on one line", () => {
    const doc = parse(
      '<input id="a" value="  Rates for Q3  "><textarea id="b">Draft</textarea><div id="c"><p>Late</p><p>delivery</p></div>',
    );
    expect(valueOrText(doc.getElementById('a')!)).toBe('Rates for Q3');
    expect(valueOrText(doc.getElementById('b')!)).toBe('Draft');
    expect(valueOrText(doc.getElementById('c')!)).toBe('Late delivery');
    const input = doc.getElementById('a') as HTMLInputElement;
    input.value = '';
    expect(valueOrText(input)).toBe('Rates for Q3');
  });

  it("a field's value is kept as written inside (lines, runs of spaces), only trimmed; an empty field is empty", () => {
    const doc = parse('<textarea id="b"></textarea><input id="e"><div id="c"><p>one</p><p>two</p></div>');
    const area = doc.getElementById('b') as HTMLTextAreaElement;
    area.value = '  Refund   request\nfor order 12  ';
    expect(valueOrText(area)).toBe('Refund   request\nfor order 12');
    expect(valueOrText(doc.getElementById('e')!)).toBe('');
    expect(valueOrText(doc.getElementById('c')!)).toBe('one two');
    expect(valueOrText(parse('<div id="d">one<br>two</div>').getElementById('d')!)).toBe('one two');
  });
});

describe('addresses, names, attributes', () => {
  it.each([
    ['Dana <Dana.Reyes@Acme.co.uk>', 'dana.reyes@acme.co.uk'],
    ['mail a_b+tag%x@sub-1.example.org now', 'a_b+tag%x@sub-1.example.org'],
    ['a@b.c', undefined],
    ['no address', undefined],
    ['', undefined],
    [null, undefined],
  ])('findEmail(%j) → %j', (text, email) => expect(findEmail(text)).toBe(email));

  it.each([
    ['Priya Natarajan <priya@x.com>', 'Priya Natarajan'],
    ['Priya Natarajan (priya@x.com)', 'Priya Natarajan'],
    ['Priya Natarajan (Globex)', 'Priya Natarajan (Globex)'],
    ['Priya   Natarajan priya@x.com', 'Priya Natarajan'],
    ['“Priya N.”', 'Priya N.'],
    ["'Priya'", 'Priya'],
    ['""Priya""', 'Priya'],
    ["“'Priya'”", 'Priya'],
    ['" Priya N. " <priya@x.com>', 'Priya N.'],
    ['"" <priya@x.com>', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('cleanName(%j) → %j', (text, name) => expect(cleanName(text)).toBe(name));

  it('attr: the first attribute with a value', () => {
    const el = parse('<span data-a="" data-b="two" data-c="three"></span>').querySelector('span');
    expect(attr(el, ['data-missing', 'data-a', 'data-b', 'data-c'])).toBe('two');
    expect(attr(el, ['data-a'])).toBeUndefined();
    expect(attr(null, ['data-b'])).toBeUndefined();
  });
});

describe('lookup failures in plain words', () => {
  it.each([
    ['conversation', "Couldn't read the conversation on Front."],
    ['conversation key', "Couldn't read which conversation this is on Front."],
    ['subject', "Couldn't read the subject on Front."],
    ['messages', "Couldn't read the messages on Front."],
    ['reply editor', "Couldn't read the reply box on Front."],
  ] as const)('%s', (what, message) => {
    const failure = lookupFailure(ctx, what, ['.a']);
    expect(failure).toEqual({ kind: 'lookup-failure', host: 'front', hostName: 'Front', what, tried: ['.a'], message });
    expect('noConversation' in failure).toBe(false);
  });

  it('no conversation open: its own words and flag; the list tried is a copy', () => {
    const tried = ['.a'];
    const failure = lookupFailure(ctx, 'conversation', tried, { noConversation: true });
    expect([failure.message, failure.noConversation]).toEqual(['No conversation is open on Front.', true]);
    tried.push('.b');
    expect(failure.tried).toEqual(['.a']);
  });
});
