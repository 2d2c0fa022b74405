import { describe, expect, it } from 'vitest';
import { siteOffer } from './site-offer';

const builtIn = ['https://mail.google.com/*', 'https://*.zendesk.com/*'];

describe('siteOffer', () => {
  it.each([
    ['https://support.acme.com/tickets/12', [], 'support.acme.com'],
    ['https://Support.Acme.com/', [], 'support.acme.com'],
    ['https://acme.zendesk.com/agent/tickets/1', [], null],
    ['https://mail.google.com/mail/u/0', [], null],
    ['https://support.acme.com/x', ['support.acme.com'], null],
    ['http://support.acme.com/x', [], null],
    ['chrome://extensions', [], null],
    ['not a url', [], null],
    [undefined, [], null],
  ] as const)('%s → %s', (url, custom, expected) => {
    expect(siteOffer(url, builtIn, custom)).toBe(expected);
  });
});
