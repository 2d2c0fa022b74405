import { describe, expect, it } from 'vitest';
import { admitLedgerCall } from './ledger-client';
import { classifySender, type SenderLike } from './senders';

const me = { id: 'ext', origin: 'chrome-extension://ext' };
const page = 'https://acme.zendesk.com/agent/tickets/4182';
const senders: Record<string, SenderLike> = {
  popup: { id: 'ext', url: 'chrome-extension://ext/popup.html', origin: 'chrome-extension://ext' },
  extensionTab: {
    id: 'ext',
    url: 'chrome-extension://ext/options.html',
    origin: 'chrome-extension://ext',
    tab: { id: 3, url: 'chrome-extension://ext/options.html' },
  },
  worker: { id: 'ext', url: 'chrome-extension://ext/background.js', origin: 'chrome-extension://ext' },
  panel: { id: 'ext', url: 'chrome-extension://ext/panel.html', origin: 'chrome-extension://ext', frameId: 5, tab: { id: 7, url: page } },
  contentScript: { id: 'ext', url: page, origin: 'https://acme.zendesk.com', frameId: 0, tab: { id: 7, url: page } },
  contentScriptNoOrigin: { id: 'ext', url: page, frameId: 0, tab: { id: 7, url: page } },
  otherExtension: { id: 'other', url: 'chrome-extension://other/x.html', origin: 'chrome-extension://other' },
  spoofedUrl: { id: 'ext', url: 'chrome-extension://ext/popup.html', origin: 'https://evil.example' },
};

describe('classifySender', () => {
  it.each([
    ['popup', 'extension-page'],
    ['extensionTab', 'extension-page'],
    ['worker', 'extension-page'],
    ['panel', 'panel'],
    ['contentScript', 'content-script'],
    ['contentScriptNoOrigin', 'content-script'],
    ['otherExtension', 'foreign'],
    ['spoofedUrl', 'foreign'],
  ])('%s → %s', (name, kind) => {
    expect(classifySender(senders[name]!, me)).toBe(kind);
  });
});

describe('admitLedgerCall', () => {
  const methods = new Set(['addCommitment', 'upsertConversation', 'exportJson']);
  const owns = (a: string, u: URL) => a === 'zendesk' && u.hostname.endsWith('.zendesk.com');

  it('refuses content scripts and other extensions', () => {
    for (const s of ['contentScript', 'otherExtension'])
      expect(() => admitLedgerCall({ path: ['exportJson'], args: [] }, senders[s]!, me, methods, owns)).toThrow(/own pages only/);
  });

  it('refuses a path that is not a public method', () => {
    for (const path of [['constructor'], ['__proto__'], ['exportJson', 'call'], 'exportJson', []]) {
      expect(() => admitLedgerCall({ path, args: [] }, senders.popup!, me, methods, owns)).toThrow(/no method/);
    }
  });

  it("binds a panel's conversation to its tab's URL, whatever the page claimed", () => {
    const claim = { host: 'gmail', site: 'https://mail.google.com', key: 'T', url: 'https://mail.google.com/x', subject: 's' };
    const { args } = admitLedgerCall(
      { path: ['addCommitment'], args: [{ conversation: claim, draft: {}, source: 'typed' }] },
      senders.panel!,
      me,
      methods,
      owns,
    );
    expect((args[0] as { conversation: unknown }).conversation).toMatchObject({
      host: 'custom',
      site: 'https://acme.zendesk.com',
      url: page,
    });
    const up = admitLedgerCall({ path: ['upsertConversation'], args: [{ ...claim, host: 'zendesk' }] }, senders.panel!, me, methods, owns);
    expect(up.args[0]).toMatchObject({ host: 'zendesk', site: 'https://acme.zendesk.com' });
  });

  it('passes an extension page call as it is', () => {
    const arg = { conversation: { host: 'zendesk', key: '1', url: page, subject: '' } };
    expect(admitLedgerCall({ path: ['addCommitment'], args: [arg] }, senders.popup!, me, methods, owns).args[0]).toBe(arg);
  });
});
