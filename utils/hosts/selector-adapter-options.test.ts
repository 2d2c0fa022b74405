// @vitest-environment happy-dom
// The selector adapter's options one by one, on markup of our own that no host adapter knows: where
// the key comes from and in which order, what "no conversation" means, the customer card outside the
// root, the subject's sources, messages without a body, the host's author marks, and the stamps a
// clock can or cannot read. Each host uses a few of these; a mistake in one shows on that host only.
import { describe, expect, it } from 'vitest';
import { createSelectorAdapter, type AdapterSpec, type HostSelectors } from './selector-adapter';
import { isLookupFailure, type ConversationInfo, type HostMessage, type LookupFailure } from './types';

const base: HostSelectors = {
  root: ['.case'],
  subject: ['.case-title'],
  message: ['.entry'],
  messageBody: ['.entry-text'],
  authorName: ['.entry-who'],
  time: ['.entry-when'],
  exclude: ['.entry-quote'],
  replyEditor: ['.composer'],
  detect: [['.case'], ['.composer']],
};

function adapter(spec: Partial<AdapterSpec> = {}, selectors: Partial<HostSelectors> = {}) {
  return createSelectorAdapter({
    id: 'acme-desk',
    name: 'Acme desk',
    matchPatterns: [],
    ...spec,
    selectors: { ...base, ...selectors },
  });
}

function page(html: string, title = 'Case 5521 · Acme desk'): Document {
  const doc = document.implementation.createHTMLDocument();
  doc.title = title;
  doc.body.innerHTML = html;
  return doc;
}

const entry = (who: string, text: string, extra = '') =>
  `<article class="entry" ${extra}><b class="entry-who">${who}</b><p class="entry-text">${text}</p></article>`;

const caseHtml = (inner: string, attrs = '') =>
  `<main class="case" ${attrs}><h2 class="case-title">Broken hinge on order 5521</h2>${inner}<div class="composer" contenteditable="true"></div></main>`;

const URL_CASE = new URL('https://acme.example/cases/5521');
const URL_LIST = new URL('https://acme.example/cases');

const info = (result: ConversationInfo | LookupFailure): ConversationInfo => {
  if (isLookupFailure(result)) throw new Error(result.message);
  return result;
};
const failure = (result: unknown): LookupFailure => {
  if (!isLookupFailure(result as LookupFailure)) throw new Error('expected a lookup failure');
  return result as LookupFailure;
};

describe('the conversation key', () => {
  const urlKey = { pattern: /\/cases\/(\d+)/, describe: '/cases/<id>' };

  it('from the URL, else from the key element; the URL wins by default, the page with keyOrder "dom"', () => {
    const doc = page(caseHtml(entry('Dana', 'Hi'), 'data-case="c-77"'));
    const keyed = { key: ['.case'], keyAttributes: ['data-case'] };
    expect(info(adapter({ urlKey }, keyed).conversation(doc, URL_CASE)).key).toBe('5521');
    expect(info(adapter({ urlKey, keyOrder: 'dom' }, keyed).conversation(doc, URL_CASE)).key).toBe('c-77');
    expect(
      info(adapter({ urlKey, keyOrder: 'dom' }, { key: ['.missing'], keyAttributes: ['data-case'] }).conversation(doc, URL_CASE)).key,
    ).toBe('5521');
    expect(info(adapter({ urlKey }, keyed).conversation(doc, URL_LIST)).key).toBe('c-77');
  });

  it('the URL pattern’s numbered group, else its first group that matched, decoded', () => {
    const doc = page(caseHtml(entry('Dana', 'Hi')));
    const two = { pattern: /\/(?:cases\/(\d+)|threads\/([^/]+))/, describe: 'either' };
    expect(info(adapter({ urlKey: two }).conversation(doc, new URL('https://acme.example/threads/a%20b'))).key).toBe('a b');
    expect(info(adapter({ urlKey: { ...two, group: 2 } }).conversation(doc, URL_CASE)).key).not.toBe('5521');
    expect(info(adapter({ urlKey: { ...two, group: 1 } }).conversation(doc, URL_CASE)).key).toBe('5521');
  });

  it('the default key attribute is data-conversation-id, read on the element or inside it', () => {
    const doc = page(caseHtml(`<div class="meta" data-conversation-id="conv-9"></div>${entry('Dana', 'Hi')}`));
    expect(info(adapter({}, { key: ['.meta'] }).conversation(doc, URL_LIST)).key).toBe('conv-9');
    const onRoot = page(caseHtml(entry('Dana', 'Hi'), 'data-conversation-id="conv-10"'));
    expect(info(adapter({}, { key: ['.case'] }).conversation(onRoot, URL_LIST)).key).toBe('conv-10');
  });

  it('"#text": the number the element shows, two digits or more; an attribute first', () => {
    const shown = (text: string, attrs = '') => page(caseHtml(`<span class="case-no" ${attrs}>${text}</span>${entry('Dana', 'Hi')}`));
    const a = adapter({}, { key: ['.case-no'], keyAttributes: ['data-id', '#text'] });
    expect(info(a.conversation(shown('Case #30817'), URL_LIST)).key).toBe('30817');
    expect(info(a.conversation(shown('Case #30817', 'data-id="k-1"'), URL_LIST)).key).toBe('k-1');
    // One digit is no case number: the ladder's fallback (the tab title) keys it instead.
    expect(info(a.conversation(shown('Case #7'), URL_LIST)).key).not.toBe('7');
    const noText = adapter({}, { key: ['.case-no'], keyAttributes: ['data-id'] });
    expect(info(noText.conversation(shown('Case #30817'), URL_LIST)).key).not.toBe('30817');
  });

  it('keyFromDocument when the root carries none (the selected row of a list outside it)', () => {
    const doc = page(`<ul><li class="row" aria-selected="true" data-row="r-31"></li></ul>${caseHtml(entry('Dana', 'Hi'))}`);
    const a = adapter({ keyFromDocument: (d) => d.querySelector('.row')?.getAttribute('data-row') ?? undefined }, { key: ['.none'] });
    expect(info(a.conversation(doc, URL_LIST)).key).toBe('r-31');
  });

  it('normalizeKey applies to a key from the URL or the page, never to the ladder’s fallback', () => {
    const doc = page(caseHtml(entry('Dana', 'Hi')));
    const a = adapter({ urlKey, normalizeKey: (raw) => `n-${raw}` });
    expect(info(a.conversation(doc, URL_CASE)).key).toBe('n-5521');
    expect(info(a.conversation(doc, URL_LIST)).key).not.toMatch(/^n-/);
  });

  it('no key anywhere: the failure lists what was tried, in the order tried', () => {
    const doc = page(caseHtml(entry('Dana', 'Hi')), '');
    const sel = { key: ['.case-no'], keyAttributes: ['data-id', '#text'] };
    const url = new URL('https://acme.example/');
    expect(failure(adapter({ urlKey }, sel).conversation(doc, url))).toMatchObject({
      what: 'conversation key',
      tried: ['URL /cases/<id>', '.case-no [data-id|#text]', 'URL id', '<title>'],
    });
    expect(failure(adapter({ urlKey, keyOrder: 'dom' }, sel).conversation(doc, url)).tried).toEqual([
      '.case-no [data-id|#text]',
      'URL /cases/<id>',
      'URL id',
      '<title>',
    ]);
    expect(failure(adapter({}, { key: ['.case-no'] }).conversation(doc, url)).tried).toEqual([
      '.case-no [data-conversation-id]',
      'URL id',
      '<title>',
    ]);
  });
});

describe('no conversation, or markup that broke', () => {
  it('a URL that cannot show a conversation: none, whatever the page holds', () => {
    const a = adapter({ isConversationUrl: (url) => url.pathname.startsWith('/cases/') });
    const doc = page(caseHtml(entry('Dana', 'Hi')));
    expect(failure(a.conversation(doc, URL_LIST))).toMatchObject({ what: 'conversation', noConversation: true, tried: [] });
    expect(info(a.conversation(doc, URL_CASE)).subject).toBe('Broken hinge on order 5521');
    expect(a.conversationRoot?.(doc, URL_LIST)).toBeNull();
  });

  it('no root, and nothing says a conversation is shown: none', () => {
    const result = failure(adapter().messages(page('<div class="inbox">Inbox</div>'), URL_CASE));
    expect(result).toMatchObject({ what: 'conversation', noConversation: true, tried: ['.case'] });
  });

  it('no root while the URL names a conversation, or a "present" mark shows: broken markup, not none', () => {
    const named = adapter({ urlNamesConversation: (url) => /\/cases\/\d+/.test(url.pathname) });
    const result = failure(named.messages(page('<div class="inbox">Inbox</div>'), URL_CASE));
    expect(result.noConversation).toBeUndefined();
    const marked = adapter({}, { present: ['.case-badge'] });
    expect(failure(marked.messages(page('<span class="case-badge">#5521</span>'), URL_CASE)).noConversation).toBeUndefined();
    // A hidden mark shows nothing.
    expect(failure(marked.messages(page('<span class="case-badge" hidden>#5521</span>'), URL_CASE)).noConversation).toBe(true);
  });

  it('a root without the "present" mark: none, unless the URL names a conversation', () => {
    const doc = page(caseHtml(entry('Dana', 'Hi')));
    const a = adapter({}, { present: ['.entry-text'] });
    expect(Array.isArray(a.messages(doc, URL_CASE))).toBe(true);
    const empty = page('<main class="case"><p>Select a case</p></main>');
    expect(failure(a.messages(empty, URL_CASE))).toMatchObject({ noConversation: true, tried: ['.entry-text'] });
    const named = adapter({ urlNamesConversation: () => true }, { present: ['.entry-text'] });
    expect(failure(named.messages(empty, URL_CASE)).noConversation).toBeUndefined();
  });

  it('a broken root still gives a conversation keyed by the URL and titled from the page', () => {
    const a = adapter({ urlNamesConversation: () => true, urlKey: { pattern: /\/cases\/(\d+)/, describe: 'id' } });
    const doc = page('<h2 class="case-title">Broken hinge</h2>');
    expect(info(a.conversation(doc, URL_CASE))).toMatchObject({ key: '5521', subject: 'Broken hinge' });
  });

  it('no messages in the root: a messages failure naming the message selectors', () => {
    expect(failure(adapter().messages(page(caseHtml('')), URL_CASE))).toMatchObject({ what: 'messages', tried: ['.entry'] });
  });

  it('detect needs every group', () => {
    expect(adapter().detect(page(caseHtml('')))).toBe(true);
    expect(adapter().detect(page('<main class="case"></main>'))).toBe(false);
  });

  it('the options label is passed on only when there is one', () => {
    expect('optionsLabel' in adapter()).toBe(false);
    expect(adapter({ optionsLabel: 'hostOutlook' as AdapterSpec['optionsLabel'] }).optionsLabel).toBe('hostOutlook');
  });
});

describe('the customer card', () => {
  const card = `<aside class="card"><span class="cust-name">Dana Reyes</span><span class="cust-mail">dana@acme.example</span>
    <span class="cust-org">Acme Ltd</span><span class="cust-tz" data-time-zone="Europe/Lisbon">Lisbon</span></aside>`;
  const cardSelectors = {
    customerName: ['.cust-name'],
    customerEmail: ['.cust-mail'],
    customerOrg: ['.cust-org'],
    customerTimeZone: ['.cust-tz'],
  };

  it('inside the root by default; in the whole document with customerInDocument', () => {
    const doc = page(card + caseHtml(entry('Sam', 'Hello')));
    expect(info(adapter({}, cardSelectors).conversation(doc, URL_CASE)).customerOrg).toBeUndefined();
    expect(info(adapter({ customerInDocument: true }, cardSelectors).conversation(doc, URL_CASE))).toMatchObject({
      customerName: 'Dana Reyes',
      customerEmail: 'dana@acme.example',
      customerOrg: 'Acme Ltd',
      customerTimeZone: 'Europe/Lisbon',
    });
  });

  it.each([
    ['<span class="cust-tz">Local time (America/Argentina/Buenos_Aires)</span>', 'America/Argentina/Buenos_Aires'],
    ['<span class="cust-tz" data-ck-customer-tz="Asia/Kolkata"></span>', 'Asia/Kolkata'],
    ['<span class="cust-tz">UTC</span>', 'UTC'],
    ['<span class="cust-tz">Etc/GMT+5</span>', 'Etc/GMT+5'],
    ['<span class="cust-tz">around 3 pm their time</span>', undefined],
    ['<span class="cust-tz">Lisbon</span>', undefined],
  ])('the time zone in %s → %s', (markup, zone) => {
    const doc = page(caseHtml(markup + entry('Sam', 'Hello')));
    expect(info(adapter({}, { customerTimeZone: ['.cust-tz'] }).conversation(doc, URL_CASE)).customerTimeZone).toBe(zone);
  });

  it('the name element’s name attribute, and its address attribute when no address element', () => {
    const doc = page(
      caseHtml('<span class="cust-name" name="Dana Reyes" data-email="Dana@Acme.example">D. Reyes</span>' + entry('Sam', 'Hi')),
    );
    expect(info(adapter({}, { customerName: ['.cust-name'] }).conversation(doc, URL_CASE))).toMatchObject({
      customerName: 'Dana Reyes',
      customerEmail: 'dana@acme.example',
    });
  });

  it('an empty organisation field is no organisation', () => {
    const doc = page(caseHtml('<span class="cust-org">  </span><span class="cust-name">Dana</span>' + entry('Sam', 'Hi')));
    const read = info(adapter({}, { customerOrg: ['.cust-org'], customerName: ['.cust-name'] }).conversation(doc, URL_CASE));
    expect('customerOrg' in read).toBe(false);
  });
});

describe('the subject', () => {
  it('an attribute first (trimmed), then the text, then fallbackSubject, then the tab title', () => {
    const titled = page(
      caseHtml(entry('Dana', 'Hi')).replace('class="case-title"', 'class="case-title" title="  Full: broken hinge on order 5521  "'),
    );
    expect(info(adapter({}, { subjectAttributes: ['title'] }).conversation(titled, URL_CASE)).subject).toBe(
      'Full: broken hinge on order 5521',
    );
    expect(info(adapter().conversation(titled, URL_CASE)).subject).toBe('Broken hinge on order 5521');
    const untitled = page(caseHtml(entry('Dana', 'Hi')).replace(/<h2.*?<\/h2>/, ''), 'Case 5521 · Acme desk');
    const chat = adapter({ fallbackSubject: (name) => (name ? `Chat with ${name}` : undefined) }, { customerName: ['.entry-who'] });
    expect(info(chat.conversation(untitled, URL_CASE)).subject).toBe('Chat with Dana');
    expect(info(adapter({ subjectFromTitle: (t) => t.split(' · ')[0]! }).conversation(untitled, URL_CASE)).subject).toBe('Case 5521');
  });

  it('a hidden subject in the root is read when it is the only one', () => {
    const doc = page(caseHtml(entry('Dana', 'Hi')).replace('class="case-title"', 'class="case-title" hidden'));
    expect(info(adapter().conversation(doc, URL_CASE)).subject).toBe('Broken hinge on order 5521');
  });
});

describe('messages', () => {
  it('messageBodyRequired skips a collapsed message (no body), else the whole message is read', () => {
    const doc = page(
      caseHtml(entry('Dana', 'Hinge broke.') + '<article class="entry"><b class="entry-who">Sam</b> collapsed snippet</article>'),
    );
    expect((adapter({ messageBodyRequired: true }).messages(doc, URL_CASE) as HostMessage[]).map((m) => m.text)).toEqual(['Hinge broke.']);
    expect((adapter().messages(doc, URL_CASE) as HostMessage[]).map((m) => m.text)).toEqual(['Hinge broke.', 'Sam collapsed snippet']);
  });

  it('marked quotes and unmarked history are left out of the words', () => {
    const doc = page(caseHtml(entry('Dana', 'It broke again.<span class="entry-quote">Old words</span><br>-- <br>Dana, Acme')));
    expect((adapter().messages(doc, URL_CASE) as HostMessage[])[0]!.text).toBe('It broke again.');
  });

  it('the host’s marks decide, on the message or inside it; the agent’s mark first', () => {
    const doc = page(
      caseHtml(
        entry('Sam', 'We are on it.', 'data-side="agent"') +
          entry('Dana', 'Thanks <i class="badge-customer"></i>') +
          entry('Lee', 'Noted <i class="badge-customer"></i>', 'data-side="agent"'),
      ),
    );
    const a = adapter({}, { agentMarker: ['[data-side="agent"]'], customerMarker: ['.badge-customer'] });
    expect((a.messages(doc, URL_CASE) as HostMessage[]).map((m) => m.author)).toEqual(['agent', 'customer', 'agent']);
  });

  it('the signed-in agent by address and by name; the first other writer is the customer', () => {
    const doc = page(
      caseHtml(
        entry('Sam Lee &lt;sam@desk.example&gt;', 'Hello') +
          entry('Dana Reyes &lt;dana@acme.example&gt;', 'Hi') +
          entry('SAM LEE', 'Noted') +
          entry('Dana Reyes', 'Thanks'),
      ),
    );
    const a = adapter({ agent: () => ({ email: 'sam@desk.example', name: 'Sam Lee' }) }, { authorEmail: ['.entry-who'] });
    expect((a.messages(doc, URL_CASE) as HostMessage[]).map((m) => m.author)).toEqual(['agent', 'customer', 'agent', 'customer']);
  });

  it('two writers without a name or address are not the same author', () => {
    const doc = page(caseHtml(entry('', 'First words') + entry('', 'Second words')));
    expect((adapter().messages(doc, URL_CASE) as HostMessage[]).map((m) => m.author)).toEqual(['customer', 'agent']);
  });

  it('the raw stamp, its sent time when the clock reads it, and the stamp kept for a clock that cannot', () => {
    const when = (stamp: string) => `<time class="entry-when" title="${stamp}">${stamp}</time>`;
    const doc = page(
      caseHtml(entry('Dana', `Hi ${when('2025-06-10T09:14:00Z')}`) + entry('Sam', `Ok ${when('Tue, Jun 10, 2025, 9:30 AM')}`)),
    );
    const clock = { now: new Date('2025-06-11T00:00:00Z'), timeZone: 'UTC' };
    const read = adapter().messages(doc, URL_CASE, clock) as HostMessage[];
    expect(read[0]).toMatchObject({ at: '2025-06-10T09:14:00Z', sentAt: '2025-06-10T09:14:00+00:00' });
    expect(read[1]!.sentAt).toBeUndefined();
    expect(read[1]!.stamp).toMatchObject({ title: 'Tue, Jun 10, 2025, 9:30 AM' });
    const reads = adapter().messages(doc, URL_CASE, { ...clock, readAbsolute: () => null }) as HostMessage[];
    expect('stamp' in reads[1]!).toBe(false);
  });
});

describe('where the author’s address and the time are read from', () => {
  it.each(['email', 'data-email', 'data-hovercard-id', 'title', 'href'])('the address in %s', (name) => {
    const value = name === 'href' ? 'mailto:Dana@Acme.example' : 'Dana@Acme.example';
    const doc = page(
      caseHtml(`<article class="entry"><b class="entry-who" ${name}="${value}">Dana</b><p class="entry-text">Hi</p></article>`),
    );
    expect((adapter().messages(doc, URL_CASE) as HostMessage[])[0]!.authorEmail).toBe('dana@acme.example');
  });

  it.each(['datetime', 'data-time', 'data-timestamp', 'title', 'aria-label'])('the time in %s before the text', (name) => {
    const doc = page(caseHtml(entry('Dana', `Hi <span class="entry-when" ${name}="2025-06-10T09:14:00Z">yesterday</span>`)));
    expect((adapter().messages(doc, URL_CASE) as HostMessage[])[0]!.at).toBe('2025-06-10T09:14:00Z');
  });

  it('nothing found: no author, address or time fields at all, and no customer fields', () => {
    const doc = page(caseHtml('<article class="entry"><p class="entry-text">Hi</p></article>'));
    const [m] = adapter().messages(doc, URL_CASE) as HostMessage[];
    expect(Object.keys(m!).sort()).toEqual(['author', 'text']);
    const read = info(adapter().conversation(doc, URL_CASE));
    expect(Object.keys(read).sort()).toEqual(['host', 'key', 'subject', 'url']);
  });
});
