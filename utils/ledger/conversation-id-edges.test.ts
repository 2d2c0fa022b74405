// Conversation ids at their edges: which references name one conversation, ids of other shapes,
// URLs with no origin, http pages, and the messages of a refused page.
import { describe, expect, it } from 'vitest';
import { bindConversation, conversationIdOf, parseConversationId, sameConversation, siteOf } from './conversation-id';

const ownsNothing = () => false;
const ownsAll = () => true;

describe('sameConversation', () => {
  const a = { host: 'zendesk', key: '4182', site: 'https://acme.zendesk.com' };
  it.each([
    ['the same host, key and site', a, { ...a }, true],
    ['another site', a, { ...a, site: 'https://globex.zendesk.com' }, false],
    ['another key', a, { ...a, key: '4183' }, false],
    ['another host', a, { ...a, host: 'freshdesk' }, false],
    ['the first without a site', { host: 'zendesk', key: '4182' }, a, true],
    ['the second without a site', a, { host: 'zendesk', key: '4182' }, true],
    ['neither with a site', { host: 'zendesk', key: '4182' }, { host: 'zendesk', key: '4182' }, true],
    ['without a site, another key', { host: 'zendesk', key: '1' }, a, false],
    ['without a site, another host', { host: 'gmail', key: '4182' }, a, false],
  ])('%s', (_what, x, y, same) => {
    expect(sameConversation(x, y)).toBe(same);
  });
});

describe('parseConversationId', () => {
  it.each([
    ['a site-less id of before', 'gmail:abc'],
    ['one separator only', 'gmail|abc'],
    ['an empty host', '|https://a.test|1'],
    ['nothing', ''],
  ])('%s is no id of this shape', (_what, id) => {
    expect(parseConversationId(id)).toBeNull();
  });

  it.each([
    ['an ordinary id', 'gmail|https://mail.google.com|T1', { host: 'gmail', site: 'https://mail.google.com', key: 'T1' }],
    ['an empty site', 'custom||k', { host: 'custom', site: '', key: 'k' }],
    ['an empty key', 'h|s|', { host: 'h', site: 's', key: '' }],
    ['a one-letter host', 'h|s|k', { host: 'h', site: 's', key: 'k' }],
  ])('%s', (_what, id, parts) => {
    expect(parseConversationId(id)).toEqual(parts);
  });
});

describe('conversationIdOf and siteOf', () => {
  it("the site given wins over the URL's; with none, the URL's origin; with neither, empty", () => {
    expect(conversationIdOf({ host: 'h', key: 'k', site: 'https://a.test', url: 'https://b.test/x' })).toBe('h|https://a.test|k');
    expect(conversationIdOf({ host: 'h', key: 'k', url: 'https://b.test/x' })).toBe('h|https://b.test|k');
    expect(conversationIdOf({ host: 'h', key: 'k' })).toBe('h||k');
    expect(conversationIdOf({ host: 'h', key: 'k', site: '', url: 'https://b.test/x' })).toBe('h||k');
  });

  it.each([
    ['', ''],
    [undefined, ''],
    ['not a url', ''],
    ['data:text/plain,hi', ''],
    ['http://a.test/x', 'http://a.test'],
    ['HTTPS://A.Test:443/x', 'https://a.test'],
  ])('siteOf(%j) is %j', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });
});

describe('bindConversation', () => {
  it('takes http pages as well as https, with the page URL as given by the browser', () => {
    expect(bindConversation({ host: 'zendesk', key: '1' }, 'http://intranet.test/t/1', ownsAll)).toEqual({
      host: 'zendesk',
      key: '1',
      site: 'http://intranet.test',
      url: 'http://intranet.test/t/1',
    });
  });

  it('each unbound adapter keeps its name on any site; a bound one off its hosts becomes custom', () => {
    for (const host of ['custom', 'demo-helpdesk', 'page']) {
      expect(bindConversation({ host, key: 'k' }, 'https://any.test/', ownsNothing).host).toBe(host);
    }
    expect(bindConversation({ host: 'front', key: 'k' }, 'https://any.test/', ownsNothing).host).toBe('custom');
  });

  it('asks the adapter about the page URL itself', () => {
    const asked: string[] = [];
    bindConversation({ host: 'gmail', key: 'k' }, 'https://mail.google.com/mail/u/0/', (adapter, url) => {
      asked.push(`${adapter} ${url.href}`);
      return true;
    });
    expect(asked).toEqual(['gmail https://mail.google.com/mail/u/0/']);
  });

  it('names the refused page in its message', () => {
    expect(() => bindConversation({ host: 'gmail', key: 'T' }, 'not a url', ownsAll)).toThrow(
      'Not a page a conversation can be noted on: "not a url".',
    );
    expect(() => bindConversation({ host: 'gmail', key: 'T' }, 'file:///tmp/x.html', ownsAll)).toThrow('Not a web page: file:');
    expect(() => bindConversation({ host: 'gmail', key: 'T' }, 'ftp://a.test/x', ownsAll)).toThrow('Not a web page: ftp:');
  });
});
