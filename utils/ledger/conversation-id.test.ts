import { describe, expect, it } from 'vitest';
import { bindConversation, conversationIdOf, CUSTOM_NAMESPACE, parseConversationId, siteOf } from './conversation-id';
import { planSiteMoves } from './site-migration';

const owns = (adapter: string, url: URL) =>
  (adapter === 'gmail' && url.hostname === 'mail.google.com') || (adapter === 'zendesk' && url.hostname.endsWith('.zendesk.com'));

describe('conversation ids name their site', () => {
  it('keeps two tenants with the same ticket number apart', () => {
    const a = bindConversation({ host: 'zendesk', key: '4182' }, 'https://acme.zendesk.com/agent/tickets/4182', owns);
    const b = bindConversation({ host: 'zendesk', key: '4182' }, 'https://globex.zendesk.com/agent/tickets/4182', owns);
    expect(conversationIdOf(a)).toBe('zendesk|https://acme.zendesk.com|4182');
    expect(conversationIdOf(b)).toBe('zendesk|https://globex.zendesk.com|4182');
  });

  it("puts an adapter seen off its own hosts in the site's custom namespace, and overrides the page's site and URL", () => {
    const claimed = { host: 'gmail', key: 'T1', site: 'https://mail.google.com', url: 'https://mail.google.com/#inbox/T1', subject: 'x' };
    const bound = bindConversation(claimed, 'https://evil.example/inbox', owns);
    expect(bound).toMatchObject({ host: CUSTOM_NAMESPACE, site: 'https://evil.example', url: 'https://evil.example/inbox', subject: 'x' });
    expect(conversationIdOf(bound)).not.toBe(conversationIdOf({ host: 'gmail', site: 'https://mail.google.com', key: 'T1' }));
  });

  it('keeps unbound adapters (markup-only) on any site, and refuses pages that are not web pages', () => {
    expect(bindConversation({ host: 'demo-helpdesk', key: 'D' }, 'http://127.0.0.1:4455/x', owns).host).toBe('demo-helpdesk');
    expect(() => bindConversation({ host: 'gmail', key: 'T' }, 'chrome-extension://abc/panel.html', owns)).toThrow(/Not a web page/);
    expect(() => bindConversation({ host: 'gmail', key: 'T' }, 'not a url', owns)).toThrow();
  });

  it('parses what it makes; a key may hold the separator', () => {
    expect(parseConversationId(conversationIdOf({ host: 'front', site: 'https://app.frontapp.com', key: 'a|b' }))).toEqual({
      host: 'front',
      site: 'https://app.frontapp.com',
      key: 'a|b',
    });
    expect(parseConversationId('gmail:abc')).toBeNull();
    expect(siteOf('about:blank')).toBe('');
    expect(siteOf('https://a.test:8443/x?y#z')).toBe('https://a.test:8443');
  });
});

describe('planSiteMoves', () => {
  it('moves old ids one to one; two old records never become one', () => {
    const moves = planSiteMoves(
      [
        { id: 'gmail:xyz', host: 'gmail', key: 'xyz', url: 'https://evil.example/a' },
        { id: 'custom:xyz', host: 'custom', key: 'xyz', url: 'https://evil.example/b' },
        { id: 'page:xyz', host: 'custom', key: 'xyz', url: 'https://evil.example/c' },
        { id: 'zendesk|https://acme.zendesk.com|1', host: 'zendesk', key: '1', url: 'https://acme.zendesk.com/agent/tickets/1' },
      ],
      owns,
    );
    expect(moves.map((m) => m.to)).toEqual([
      'custom|https://evil.example|xyz',
      'custom|https://evil.example|custom:xyz',
      'custom|https://evil.example|custom:xyz#2',
    ]);
    expect(new Set(moves.map((m) => m.to)).size).toBe(moves.length);
    for (const m of moves) expect(conversationIdOf(m)).toBe(m.to);
  });
});
