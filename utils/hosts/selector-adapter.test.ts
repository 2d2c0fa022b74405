// @vitest-environment happy-dom
// The selector adapter's own rules, on markup written for them (no host's): which root among
// several, hidden elements placed before the visible one, and the authors by the header's address.
import { describe, expect, it } from 'vitest';
import { createSelectorAdapter, type AdapterSpec, type HostSelectors } from './selector-adapter';
import { isLookupFailure, type ConversationInfo, type HostMessage } from './types';

const selectors: HostSelectors = {
  root: ['.ticket'],
  subject: ['.subject'],
  customerName: ['.requester-name'],
  customerEmail: ['.requester-email'],
  message: ['.msg'],
  messageBody: ['.body'],
  authorName: ['.from'],
  authorEmail: ['.from'],
  exclude: [],
  replyEditor: ['.reply'],
  detect: [['.ticket']],
};

function adapter(extra: Partial<AdapterSpec> = {}) {
  return createSelectorAdapter({ id: 'test-desk', name: 'Test desk', matchPatterns: ['*://*/*'], selectors, ...extra });
}

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('Ticket - Test desk');
  doc.body.innerHTML = html;
  return doc;
}

const URL_42 = new URL('https://desk.example.com/tickets/42');

function ticket(id: string, subject: string, attrs = ''): string {
  return `<section class="ticket" data-id="${id}" ${attrs}><h1 class="subject">${subject}</h1>
    <div class="msg"><span class="from">Dana Reyes</span><div class="body">About ticket ${id}</div></div>
    <div class="reply" contenteditable="true" data-for="${id}"></div></section>`;
}

const conversation = (doc: Document, a = adapter()) => a.conversation(doc, URL_42) as ConversationInfo;
const messages = (doc: Document, a = adapter()) => a.messages(doc, URL_42) as HostMessage[];

describe('choosing the root among several', () => {
  const doc = () => page(ticket('7', 'Hidden one', 'hidden') + ticket('8', 'First visible') + ticket('42', 'The active one'));

  it('a hidden root never counts; without pickRoot the first visible one is read', () => {
    expect(conversation(doc()).subject).toBe('First visible');
    expect((adapter().replyEditor(doc(), URL_42) as Element).getAttribute('data-for')).toBe('8');
  });

  it('pickRoot chooses among the visible ones (here: the URL’s ticket id)', () => {
    const pick = adapter({
      pickRoot: (candidates, url) => candidates.find((el) => url?.pathname.endsWith(`/${el.getAttribute('data-id')}`)),
    });
    const d = doc();
    expect(conversation(d, pick).subject).toBe('The active one');
    expect(messages(d, pick).map((m) => m.text)).toEqual(['About ticket 42']);
    expect((pick.replyEditor(d, URL_42) as Element).getAttribute('data-for')).toBe('42');
    expect(pick.conversationRoot?.(d, URL_42)?.getAttribute('data-id')).toBe('42');
  });

  it('pickRoot finding none falls back to the first visible root', () => {
    const none = adapter({ pickRoot: () => undefined });
    expect(conversation(doc(), none).subject).toBe('First visible');
  });

  it('only hidden roots: no conversation', () => {
    expect(adapter().conversationRoot?.(page(ticket('7', 'Hidden', 'hidden')), URL_42)).toBeNull();
  });
});

describe('a hidden element placed before the visible one', () => {
  const doc = () =>
    page(`<section class="ticket">
      <h1 class="subject" style="display:none">Draft subject nobody sees</h1>
      <h1 class="subject">Refund for the duplicate charge</h1>
      <div class="msg"><span class="from">Dana Reyes</span><div class="body">Please refund it.</div></div>
      <div class="reply" contenteditable="true" hidden data-which="old"></div>
      <div class="reply" contenteditable="true" data-which="visible"></div></section>`);

  it('the visible subject is read', () => {
    expect(conversation(doc()).subject).toBe('Refund for the duplicate charge');
  });

  it('the visible reply box is the one returned', () => {
    expect((adapter().replyEditor(doc(), URL_42) as Element).getAttribute('data-which')).toBe('visible');
  });

  it('with every reply box hidden, the lookup fails and says what it tried', () => {
    const d = page(
      `<section class="ticket"><h1 class="subject">S</h1><div class="msg"><span class="from">A</span><div class="body">x</div></div><div class="reply" hidden></div></section>`,
    );
    const result = adapter().replyEditor(d, URL_42);
    expect(isLookupFailure(result)).toBe(true);
  });
});

describe('authors by the requester’s address in the header', () => {
  const thread = (header: string) =>
    page(`<section class="ticket"><h1 class="subject">Pallets</h1>${header}
      <div class="msg"><span class="from">Sam Lee &lt;sam@ourdesk.example&gt;</span><div class="body">Hello from support.</div></div>
      <div class="msg"><span class="from">Dana Reyes &lt;dana@acme.example&gt;</span><div class="body">Here are the volumes.</div></div>
      <div class="msg"><span class="from">Lee Park &lt;lee@ourdesk.example&gt;</span><div class="body">Thanks, noted.</div></div></section>`);

  it('the header’s address is the customer; every other address is the agent’s side, even the first writer', () => {
    const list = messages(thread('<div class="requester-email">dana@acme.example</div>'));
    expect(list.map((m) => [m.authorEmail, m.author])).toEqual([
      ['sam@ourdesk.example', 'agent'],
      ['dana@acme.example', 'customer'],
      ['lee@ourdesk.example', 'agent'],
    ]);
  });

  it('without the header the first writer is taken for the customer (the last rule)', () => {
    expect(messages(thread('')).map((m) => m.author)).toEqual(['customer', 'agent', 'agent']);
  });

  it('the header’s name, compared without case, decides when no address is shown', () => {
    const d = page(`<section class="ticket"><h1 class="subject">Pallets</h1><div class="requester-name">Dana Reyes</div>
      <div class="msg"><span class="from">Sam Lee</span><div class="body">Hello from support.</div></div>
      <div class="msg"><span class="from">dana reyes</span><div class="body">Here are the volumes.</div></div></section>`);
    expect(messages(d).map((m) => m.author)).toEqual(['agent', 'customer']);
    expect(conversation(d).customerName).toBe('Dana Reyes');
  });
});

describe('the customer named from the messages (no customer card in the header)', () => {
  const noCard = () => adapter({ agent: () => ({ email: 'dana@acme.example' }) });
  const msg = (from: string, body: string) => `<div class="msg"><span class="from">${from}</span><div class="body">${body}</div></div>`;
  const thread = (messages: string[]) =>
    page(
      `<section class="ticket"><h1 class="subject">Rates</h1>${messages.join('')}<div class="reply" contenteditable="true"></div></section>`,
    );

  it('is the writer of the first message the messages read say is the customer’s, read no further', () => {
    const later = Array.from({ length: 40 }, (_, i) => msg(`Person ${i} &lt;p${i}@example.com&gt;`, `Message ${i}`));
    const doc = thread([
      msg('Dana Reyes &lt;dana@acme.example&gt;', 'Hello'),
      msg('Priya N. &lt;priya@globex.example&gt;', 'Rates please'),
      ...later,
    ]);
    // Every message the conversation's reader looks into, by its body's words.
    const looked = new Set<string>();
    const { querySelector, querySelectorAll } = Element.prototype;
    const lookingInto = (el: Element) => el.classList.contains('msg') && looked.add(el.textContent ?? '');
    Element.prototype.querySelector = function (this: Element, selector: string) {
      lookingInto(this);
      return querySelector.call(this, selector);
    } as typeof querySelector;
    Element.prototype.querySelectorAll = function (this: Element, selector: string) {
      lookingInto(this);
      return querySelectorAll.call(this, selector);
    } as typeof querySelectorAll;
    try {
      expect(conversation(doc, noCard())).toMatchObject({ customerName: 'Priya N.', customerEmail: 'priya@globex.example' });
    } finally {
      Object.assign(Element.prototype, { querySelector, querySelectorAll });
    }
    expect([...looked].some((text) => text.includes('Message 0'))).toBe(false);
    // The same customer as the messages' own reading says.
    const read = noCard().messages(doc, URL_42) as HostMessage[];
    expect(read.find((m) => m.author === 'customer')).toMatchObject({ authorName: 'Priya N.' });
  });
});
