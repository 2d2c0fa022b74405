// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ADAPTERS, SUPPORTED_MATCH_PATTERNS, adapterById, adapterForDocument, adapterForUrl, defaultAdapter } from './registry';
import { fixtureFiles, loadFixture } from './test-fixtures';

/** Chrome match pattern → RegExp (scheme, host with optional leading *., path *). */
function patternToRegExp(pattern: string): RegExp {
  const m = /^(https?):\/\/(\*\.)?([^/]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(pattern);
  const host = (m[2] ? '(?:[^/]+\\.)?' : '') + m[3]!.replace(/\./g, '\\.');
  return new RegExp(`^${m[1]}://${host}${m[4]!.replace(/\*/g, '.*')}$`);
}

const URLS: Array<[string, string]> = [
  ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmbV', 'gmail'],
  ['https://outlook.office.com/mail/inbox/id/AAQkAG', 'outlook'],
  ['https://outlook.live.com/mail/0/', 'outlook'],
  ['https://outlook.office365.com/mail/', 'outlook'],
  ['https://verdant.zendesk.com/agent/tickets/4182', 'zendesk'],
  ['https://lumen.freshdesk.com/a/tickets/30817', 'freshdesk'],
  ['https://secure.helpscout.net/conversation/2189034512/4471/', 'helpscout'],
  ['https://app.intercom.com/a/inbox/abc/inbox/conversation/1', 'intercom'],
  ['https://app.frontapp.com/open/cnv_8fz21kq', 'front'],
  ['https://app.hubspot.com/live-messages/1/inbox/2', 'hubspot'],
];

describe('registry', () => {
  it.each(URLS)('%s → %s, and the manifest patterns cover it', (url, id) => {
    expect(adapterForUrl(url)?.id).toBe(id);
    expect(SUPPORTED_MATCH_PATTERNS.some((p) => patternToRegExp(p).test(url))).toBe(true);
  });

  it('does not claim look-alike hosts', () => {
    for (const url of [
      'https://mail.google.com.evil.example/',
      'https://zendesk.com.evil.example/agent/tickets/1',
      'http://mail.google.com/',
    ]) {
      expect(adapterForUrl(url)).toBeUndefined();
    }
    expect(SUPPORTED_MATCH_PATTERNS.some((p) => patternToRegExp(p).test('https://mail.google.com.evil.example/'))).toBe(false);
  });

  it("every adapter serving a site has a URL row above, and its match patterns are the manifest's", () => {
    for (const a of ADAPTERS.filter((x) => x.matchPatterns.length > 0)) {
      expect(
        URLS.some(([, id]) => id === a.id),
        a.id,
      ).toBe(true);
      for (const p of a.matchPatterns) expect(SUPPORTED_MATCH_PATTERNS).toContain(p);
    }
  });

  it('every adapter has a unique id and can be found by it', () => {
    const ids = [...ADAPTERS.map((a) => a.id), defaultAdapter.id];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(adapterById(id)?.id).toBe(id);
  });

  describe('on unknown URLs (demo pages on 127.0.0.1, custom domains) the markup decides', () => {
    const demo = new URL('http://127.0.0.1:4173/page');
    const hosts = ADAPTERS.map((a) => a.id);
    const cases = hosts.flatMap((host) =>
      fixtureFiles(host)
        .filter((f) => !f.startsWith('broken-'))
        .map((file) => [host, file] as const),
    );
    it.each(cases)('%s/%s is detected as %s only', (host, file) => {
      const doc = loadFixture(host, file);
      expect(adapterForDocument(doc, demo).id).toBe(host);
      expect(ADAPTERS.filter((a) => a.detect(doc)).map((a) => a.id)).toEqual([host]);
    });

    it('an unknown helpdesk page gets the default adapter', () => {
      const doc = loadFixture('custom', 'unknown-helpdesk-2026-11.html');
      expect(adapterForDocument(doc, 'https://support.example-coop.org/scp/tickets.php?id=5521')).toBe(defaultAdapter);
    });

    it('the URL wins over markup', () => {
      const doc = loadFixture('demo-helpdesk', 'ticket-2026-11.html');
      expect(adapterForDocument(doc, 'https://acme.zendesk.com/agent/tickets/1').id).toBe('zendesk');
    });
  });
});
