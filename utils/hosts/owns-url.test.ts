// Which adapter owns a URL (a conversation's namespace follows it): the host's own sites only,
// never a lookalike domain, another scheme or an adapter without sites.
import { describe, expect, it } from 'vitest';
import { matchesPatterns } from './match';
import { adapterOwnsUrl } from './owns-url';

describe('adapterOwnsUrl', () => {
  it.each([
    ['zendesk', 'https://acme.zendesk.com/agent/tickets/1'],
    ['gmail', 'https://mail.google.com/mail/u/0/#inbox/FMfcgz'],
    ['outlook', 'https://outlook.office.com/mail/inbox'],
    ['outlook', 'https://outlook.office365.com/mail/inbox'],
    ['outlook', 'https://outlook.live.com/mail/0/inbox'],
    ['freshdesk', 'https://acme.freshdesk.com/a/tickets/9'],
    ['helpscout', 'https://secure.helpscout.net/conversation/1/2'],
    ['intercom', 'https://app.intercom.com/a/inbox/x'],
    ['hubspot', 'https://app.hubspot.com/help-desk/1'],
    ['front', 'https://app.frontapp.com/open/cnv_1'],
    // The default adapter reads any helpdesk: it owns every URL.
    ['custom', 'https://support.example-coop.org/scp/tickets.php?id=5521'],
  ])('%s owns %s', (id, href) => {
    expect(adapterOwnsUrl(id, new URL(href))).toBe(true);
  });

  it.each([
    ['zendesk', 'https://acme.zendesk.com.evil.example/agent/tickets/1'],
    ['zendesk', 'https://evilzendesk.com/agent/tickets/1'],
    ['zendesk', 'https://zendesk.com.example.org/agent'],
    ['zendesk', 'http://acme.zendesk.com/agent/tickets/1'],
    ['gmail', 'https://mail.google.com.example.org/mail/u/0/'],
    ['gmail', 'https://evil.example/mail.google.com/'],
    ['outlook', 'https://outlook.office.com.evil.example/mail'],
    ['freshdesk', 'https://acme.zendesk.com/agent/tickets/1'],
    ['demo-helpdesk', 'http://127.0.0.1:5173/helpdesk/tickets/1042'],
    ['no-such-host', 'https://acme.zendesk.com/agent/tickets/1'],
  ])('%s does not own %s', (id, href) => {
    expect(adapterOwnsUrl(id, new URL(href))).toBe(false);
  });
});

describe('matchesPatterns', () => {
  it('any one of the patterns is enough; none, no match', () => {
    const matches = matchesPatterns(['https://a.example/*', 'https://*.b.example/app/*']);
    expect(matches(new URL('https://a.example/x'))).toBe(true);
    expect(matches(new URL('https://desk.b.example/app/1'))).toBe(true);
    expect(matches(new URL('https://desk.b.example/other'))).toBe(false);
    expect(matchesPatterns([])(new URL('https://a.example/x'))).toBe(false);
  });
});
