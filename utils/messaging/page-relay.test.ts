import { beforeEach, describe, expect, it, vi } from 'vitest';

const sent = vi.hoisted(() => ({ calls: [] as unknown[][] }));
vi.mock('./protocol', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./protocol')>()),
  sendMessage: async (...args: unknown[]) => {
    sent.calls.push(args);
    return { relayed: args[0] };
  },
}));

import { relayTarget, relayToPage } from './page-relay';
import type { PageRequest } from './protocol';

const ORIGIN = 'chrome-extension://abc/';
const panel = { tab: { id: 7 }, url: `${ORIGIN}panel.html` };

describe('the page relay', () => {
  beforeEach(() => {
    sent.calls = [];
  });

  it("sends the panel's request to frame 0 of the panel's own tab", async () => {
    await relayToPage({ type: 'page:insert', data: { text: 'T', html: '<p>T</p>' } }, panel, ORIGIN);
    await relayToPage({ type: 'page:state', data: undefined }, panel, ORIGIN);
    await relayToPage({ type: 'page:draft', data: undefined }, panel, ORIGIN);
    await relayToPage(
      { type: 'page:rewrite', data: { words: 'We will reply soon.', replacement: 'We will reply by Friday.' } },
      panel,
      ORIGIN,
    );
    expect(sent.calls).toEqual([
      ['page:insert', { text: 'T', html: '<p>T</p>' }, { tabId: 7, frameId: 0 }],
      ['page:state', undefined, { tabId: 7, frameId: 0 }],
      ['page:draft', undefined, { tabId: 7, frameId: 0 }],
      ['page:rewrite', { words: 'We will reply soon.', replacement: 'We will reply by Friday.' }, { tabId: 7, frameId: 0 }],
    ]);
  });

  it('refuses a sender outside a tab, or one that is not an extension page', () => {
    expect(() => relayTarget({ url: `${ORIGIN}popup.html` }, ORIGIN)).toThrow('not in a browser tab');
    expect(() => relayTarget({ tab: { id: 7 }, url: 'https://mail.google.com/mail/u/0/' }, ORIGIN)).toThrow('Only the panel');
    expect(() => relayTarget({ tab: { id: 7 } }, ORIGIN)).toThrow('Only the panel');
    expect(sent.calls).toEqual([]);
  });

  it('refuses a request type it does not know', () => {
    expect(() => relayToPage({ type: 'ledger:export' } as unknown as PageRequest, panel, ORIGIN)).toThrow('Unknown page request');
  });
});
