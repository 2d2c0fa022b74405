// "Open" on a notification or a popup row: the tab already showing the conversation is brought
// forward (found by its URL, else by asking each tab's content script), otherwise the conversation's
// web address is opened; a javascript: or file: address never becomes a tab.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageState } from '../messaging/protocol';
import { openConversation, serveOpenConversation } from './open-conversation';

/**
 * The messaging library calls `chrome` (in tests the fake browser) with callbacks, which the fake
 * browser ignores: its two calls are replaced here (not the protocol module mocked: in an unisolated
 * worker another test file may have loaded it first). `answer`: what each tab's content script
 * answers to 'page:state' (none: no content script there, the callback gets nothing).
 */
type Listener = (message: unknown, sender: unknown, respond: (r: unknown) => void) => boolean;
const pages = {
  answer: new Map<number, () => Promise<unknown>>(),
  asked: [] as unknown[][],
  listener: null as Listener | null,
};
function fakeMessaging(): void {
  const sendMessage = (
    tabId: number,
    message: { type: string; data: unknown },
    options: { frameId?: number } | undefined,
    callback: (r: unknown) => void,
  ) => {
    pages.asked.push([message.type, message.data, { tabId, frameId: options?.frameId }]);
    const answer = pages.answer.get(tabId);
    if (!answer) callback(undefined);
    else void answer().then((res) => callback({ res }));
  };
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(sendMessage as unknown as typeof fakeBrowser.tabs.sendMessage);
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation(((l: Listener) => {
    pages.listener = l;
  }) as unknown as typeof fakeBrowser.runtime.onMessage.addListener);
  vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener').mockImplementation(() => {
    pages.listener = null;
  });
}

/** A message to the background's 'conversation:open' as the browser delivers it; its answer or its error. */
function openMessage(conversationId: string, sender: unknown): Promise<{ res?: unknown; err?: { message: string } }> {
  return new Promise((resolve) => {
    const message = { id: 1, type: 'conversation:open', data: { conversationId }, timestamp: Date.now() };
    pages.listener!(message, sender, (r) => resolve(r as { res?: unknown; err?: { message: string } }));
  });
}

type Tab = Browser.tabs.Tab;
const URL_T5 = 'https://acme.zendesk.com/agent/tickets/5';
const conversation = { host: 'zendesk', site: 'https://acme.zendesk.com', key: '5', url: URL_T5 };

function tab(id: number | undefined, over: Partial<Tab> = {}): Tab {
  return { id, index: 0, highlighted: false, active: false, pinned: false, incognito: false, windowId: 10 + (id ?? 0), ...over } as Tab;
}

function showing(conv: { host: string; site: string; key: string }): () => Promise<PageState> {
  return async () => ({
    kind: 'conversation',
    hostName: 'Zendesk',
    conversation: { ...conv, url: URL_T5 } as unknown as Extract<PageState, { kind: 'conversation' }>['conversation'],
    messages: [],
    problems: [],
  });
}

let updated: unknown[][];
let focused: unknown[][];
let created: unknown[];

function withTabs(tabs: Tab[]): void {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue(tabs);
}

beforeEach(() => {
  fakeMessaging();
  pages.answer.clear();
  pages.asked = [];
  updated = [];
  focused = [];
  created = [];
  vi.spyOn(fakeBrowser.tabs, 'update').mockImplementation(async (...args: unknown[]) => {
    updated.push(args);
    return tab(args[0] as number);
  });
  vi.spyOn(fakeBrowser.windows, 'update').mockImplementation(async (...args: unknown[]) => {
    focused.push(args);
    return { id: args[0] as number, alwaysOnTop: false, incognito: false, focused: true };
  });
  vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation(async (props) => {
    created.push(props);
    return tab(99, { url: props.url });
  });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('openConversation: a tab that shows it is brought forward', () => {
  it('a tab at the conversation’s own URL is activated and its window focused, without asking any page', async () => {
    withTabs([tab(1, { url: 'https://example.com/' }), tab(2, { url: URL_T5, windowId: 7 })]);
    expect(await openConversation(conversation)).toBe('focused');
    expect(updated).toEqual([[2, { active: true }]]);
    expect(focused).toEqual([[7, { focused: true }]]);
    expect(pages.asked).toEqual([]);
    expect(created).toEqual([]);
  });

  it('otherwise asks frame 0 of each tab, and the one whose page shows the same conversation is brought forward', async () => {
    withTabs([tab(1), tab(2, { windowId: 4 }), tab(3)]);
    pages.answer.set(1, showing({ ...conversation, key: '6' }));
    pages.answer.set(2, showing(conversation));
    pages.answer.set(3, showing(conversation));
    expect(await openConversation(conversation)).toBe('focused');
    expect(pages.asked).toEqual([
      ['page:state', undefined, { tabId: 1, frameId: 0 }],
      ['page:state', undefined, { tabId: 2, frameId: 0 }],
      ['page:state', undefined, { tabId: 3, frameId: 0 }],
    ]);
    expect(updated).toEqual([[2, { active: true }]]);
    expect(focused).toEqual([[4, { focused: true }]]);
    expect(created).toEqual([]);
  });

  it('a conversation read at another site of the same host is not the same one; without a site, host and key decide', async () => {
    withTabs([tab(1)]);
    pages.answer.set(1, showing({ ...conversation, site: 'https://other.zendesk.com' }));
    expect(await openConversation(conversation)).toBe('opened');
    const { site: _site, ...withoutSite } = conversation;
    expect(await openConversation(withoutSite)).toBe('focused');
    expect(updated).toEqual([[1, { active: true }]]);
  });

  it('a tab without a window is activated and no window is focused', async () => {
    withTabs([tab(5, { url: URL_T5, windowId: undefined })]);
    expect(await openConversation(conversation)).toBe('focused');
    expect(updated).toEqual([[5, { active: true }]]);
    expect(focused).toEqual([]);
  });

  it('a tab with the "no tab" id is not chosen, even at the conversation’s URL', async () => {
    withTabs([tab(fakeBrowser.tabs.TAB_ID_NONE, { url: URL_T5 })]);
    expect(await openConversation(conversation)).toBe('opened');
    expect(updated).toEqual([]);
    expect(created).toEqual([{ url: URL_T5, active: true }]);
  });

  it('tabs without an id, or with the "no tab" id, are not asked', async () => {
    withTabs([tab(undefined), tab(fakeBrowser.tabs.TAB_ID_NONE)]);
    pages.answer.set(fakeBrowser.tabs.TAB_ID_NONE, showing(conversation));
    expect(await openConversation(conversation)).toBe('opened');
    expect(pages.asked).toEqual([]);
    expect(updated).toEqual([]);
  });
});

describe('openConversation: no tab shows it', () => {
  it('a page of another conversation, a page without one and a tab without our script are no match: the URL is opened in a new active tab', async () => {
    withTabs([tab(1, { url: 'https://acme.zendesk.com/agent/tickets/6' }), tab(2), tab(3)]);
    pages.answer.set(1, showing({ ...conversation, key: '6' }));
    pages.answer.set(2, async () => ({ kind: 'no-conversation', hostName: 'Zendesk', reason: 'none' }) satisfies PageState);
    expect(await openConversation(conversation)).toBe('opened');
    expect(created).toEqual([{ url: URL_T5, active: true }]);
    expect(updated).toEqual([]);
    expect(focused).toEqual([]);
  });

  it('an http address is opened too', async () => {
    withTabs([]);
    expect(await openConversation({ ...conversation, url: 'http://helpdesk.local/ticket/5' })).toBe('opened');
    expect(created).toEqual([{ url: 'http://helpdesk.local/ticket/5', active: true }]);
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'not a url'])(
    'never opens %s: it says the conversation has no web address',
    async (url) => {
      withTabs([]);
      await expect(openConversation({ ...conversation, url })).rejects.toThrow(`This conversation has no web address to open (${url}).`);
      expect(created).toEqual([]);
    },
  );

  it('an empty address is named as none', async () => {
    withTabs([]);
    await expect(openConversation({ ...conversation, url: '' })).rejects.toThrow('This conversation has no web address to open (none).');
    expect(created).toEqual([]);
  });

  it('a tab whose page never answers is given up on after 1.5 s, and the URL is opened', async () => {
    vi.useFakeTimers();
    withTabs([tab(1)]);
    pages.answer.set(1, () => new Promise(() => {}));
    let how: string | null = null;
    const opening = openConversation(conversation).then((h) => (how = h));
    await vi.advanceTimersByTimeAsync(1499);
    expect(how).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    await opening;
    expect(how).toBe('opened');
    expect(created).toEqual([{ url: URL_T5, active: true }]);
  });
});

describe("serveOpenConversation: the popup's 'conversation:open'", () => {
  const me = { id: 'ck', origin: 'chrome-extension://ck' };
  const popup = { id: 'ck', url: 'chrome-extension://ck/popup.html' };
  const ledger = (conversations: Record<string, typeof conversation>) => () => ({
    getConversation: async (id: string) => (conversations[id] ?? null) as never,
  });
  let stop: (() => void) | null = null;
  afterEach(() => {
    stop?.();
    stop = null;
  });

  it('opens the conversation the popup names, and answers how', async () => {
    withTabs([tab(3, { url: URL_T5, windowId: 1 })]);
    stop = serveOpenConversation(ledger({ 'zendesk|acme|5': conversation }), me);
    expect(await openMessage('zendesk|acme|5', popup)).toEqual({ res: { how: 'focused' } });
    expect(updated).toEqual([[3, { active: true }]]);
  });

  it('a conversation no longer in the ledger is an error, and nothing is opened', async () => {
    withTabs([]);
    stop = serveOpenConversation(ledger({}), me);
    expect((await openMessage('gone', popup)).err?.message).toBe('This conversation is no longer in the ledger.');
    expect(created).toEqual([]);
  });

  it('a content script is refused before the ledger is read', async () => {
    withTabs([]);
    let reads = 0;
    stop = serveOpenConversation(() => ({ getConversation: async () => (reads++, conversation as never) }), me);
    const answer = await openMessage('zendesk|acme|5', { id: 'ck', url: URL_T5, tab: { id: 3, url: URL_T5 } });
    expect(answer.err?.message).toContain("'conversation:open' is answered for the extension's own pages only");
    expect(reads).toBe(0);
    expect(created).toEqual([]);
  });

  it('returns the unsubscribe: the message is no longer answered', () => {
    const unsubscribe = serveOpenConversation(ledger({}), me);
    expect(pages.listener).not.toBeNull();
    unsubscribe();
    expect(pages.listener).toBeNull();
  });
});
