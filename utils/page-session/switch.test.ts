// @vitest-environment happy-dom
// A thread switch on a single-page host reaches the panel in the first task after it (the conversation
// first; its messages once the panel, having drawn it, asks), and the page is read once more when the
// host stopped rendering: the panel hears the fuller thread, and nothing else.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageConfig, PageState } from '../messaging/protocol';

const heard = vi.hoisted(() => ({
  states: [] as PageState[],
  handlers: new Map<string, (message: unknown) => unknown>(),
  /** What the panel does on hearing a conversation whose messages are pending (it asks, once drawn). */
  onPending: null as (() => void) | null,
  /** Called as each state is told (the host rendering more right then). */
  onState: null as ((state: PageState) => void) | null,
}));
vi.mock('../messaging/protocol', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../messaging/protocol')>()),
  // The content script's handlers, called here as the panel would (see askAsPanel).
  onMessage: (type: string, handler: (message: unknown) => unknown) => {
    heard.handlers.set(type, handler);
    return () => heard.handlers.delete(type);
  },
  sendMessage: async (type: string) =>
    type === 'page:config' ? ({ hostEnabled: true, panelExpanded: true, readDraft: false } satisfies PageConfig) : undefined,
  broadcast: async (type: string, data: unknown) => {
    if (type !== 'page:state-changed') return;
    const state = data as PageState;
    heard.states.push(state);
    heard.onState?.(state);
    if (state.kind === 'conversation' && state.messagesPending) setTimeout(() => heard.onPending?.(), 0);
  },
}));

import { PANEL_HOST_TAG } from '../panel-frame';
import { gmail } from '../hosts/gmail';
import { fixtureHtml } from '../hosts/test-fixtures';
import { startPageSession } from '.';

/** A Gmail thread view: its heading now, its messages as the host renders them. */
function thread(n: number, messages: string[]): string {
  const hex = (0x19a4b2c3d4e5f607n + BigInt(n)).toString(16);
  return `<div class="nH if"><div class="ha"><h2 class="hP" data-legacy-thread-id="${hex}">Thread ${n}</h2></div>
    <div role="list">${messages.map(message).join('')}</div>
    <div class="Am Al editable" g_editable="true" contenteditable="true" role="textbox" aria-label="Message Body"></div></div>`;
}
const message = (text: string) =>
  `<div class="adn ads"><span class="gD" email="c@example.com" name="Priya">Priya</span><div class="a3s aiL"><div dir="ltr">${text}</div></div></div>`;
const main = () => document.querySelector('div[role="main"]')!;
/** Each report as "subject:messages", with "…" when the messages were still being read. */
const subjects = () =>
  heard.states.map((s) =>
    s.kind === 'conversation' ? `${s.conversation.subject}:${s.messages.length}${s.messagesPending ? '…' : ''}` : s.kind,
  );

/** Asks the content script as its panel (an extension page in the tab) does. */
function askAsPanel(type: string): unknown {
  const origin = new URL(browser.runtime.getURL('/')).origin;
  const sender = { id: browser.runtime.id, origin, url: `${origin}/panel.html`, tab: { id: 1, url: location.href } };
  return heard.handlers.get(type)!({ data: undefined, sender });
}

// Each test waits out bursts and reads on real timers: 5 s is too short on a loaded 2-core machine
// (one timed out in the whole unit suite at load 15).
describe('a thread switch in the page session', { timeout: 20_000 }, () => {
  let stop: AbortController;
  beforeEach(async () => {
    heard.states = [];
    // The panel asks for the page's state once it has drawn the new conversation (connection.ts).
    heard.onPending = () => askAsPanel('page:state');
    heard.onState = null;
    stop = new AbortController();
    // happy-dom loads no iframe, and the structure kit is the background's to inject: both only log.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    document.querySelectorAll(PANEL_HOST_TAG).forEach((el) => el.remove());
    document.documentElement.innerHTML = fixtureHtml('gmail', 'classic-2024-05.html')
      .replace(/^[\s\S]*?<html[^>]*>/i, '')
      .replace(/<\/html>\s*$/i, '');
    history.replaceState(null, '', '/mail/u/0/#inbox/FMfcgzQXJWDsKmbV');
    await startPageSession({ win: window, signal: stop.signal, panelUrl: 'chrome-extension://ck/panel.html', pickAdapter: () => gmail });
  });
  afterEach(() => {
    stop.abort();
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  it('tells the panel at once, then once more with the messages the host rendered after', async () => {
    // The host renders the message just after the messages were read (within the burst: a test that
    // waited to see the read first was late for it on a loaded machine).
    heard.onState = (state) => {
      if (state.kind !== 'conversation' || state.messagesPending) return;
      heard.onState = null;
      main().querySelector('[role="list"]')!.insertAdjacentHTML('beforeend', message("I'll send the forms by Friday."));
    };
    main().innerHTML = thread(1, []);
    // The conversation at once, then its messages read (none yet), then the one the host rendered after.
    await vi.waitFor(() => expect(subjects()).toEqual(['Thread 1:0…', 'Thread 1:0', 'Thread 1:1']), { timeout: 5000 });
  });

  it('hears a message the host renders long after the switch (a slow fetch), once', async () => {
    main().innerHTML = thread(8, ["I'll send the forms by Friday."]);
    await vi.waitFor(() => expect(subjects()).toEqual(['Thread 8:0…', 'Thread 8:1']), { timeout: 5000 });
    // Past the switch's burst and its settled read: nothing more without a change.
    await new Promise((r) => setTimeout(r, 400));
    expect(subjects()).toEqual(['Thread 8:0…', 'Thread 8:1']);
    main().querySelector('[role="list"]')!.insertAdjacentHTML('beforeend', message('Could you also confirm the delivery address?'));
    await vi.waitFor(() => expect(subjects()).toEqual(['Thread 8:0…', 'Thread 8:1', 'Thread 8:2']), { timeout: 5000 });
  });

  it('names the new conversation before reading its messages, and never with the last one’s messages', async () => {
    main().innerHTML = thread(3, ['We will refund the duplicate charge by Monday.']);
    await vi.waitFor(() => expect(subjects()).toContain('Thread 3:1'), { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 400)); // past the burst's settled read
    // How many reports the panel had heard when the page's messages were read.
    const heardAtRead: number[] = [];
    const read = gmail.messages.bind(gmail);
    vi.spyOn(gmail, 'messages').mockImplementation((...args) => {
      heardAtRead.push(heard.states.length);
      return read(...args);
    });
    heard.states = [];
    main().innerHTML = thread(4, ['Could you send the signed form by Thursday?', 'Sure, it will be with you tomorrow.']);
    await vi.waitFor(() => expect(subjects()).toContain('Thread 4:2'), { timeout: 5000 });
    // The first report names thread 4 and came before any message of the page was read.
    expect(subjects()[0]).toBe('Thread 4:0…');
    expect(heardAtRead[0]).toBeGreaterThanOrEqual(1);
    const words = heard.states.flatMap((s) => (s.kind === 'conversation' ? s.messages.map((m) => m.text) : []));
    expect(words.join(' ')).not.toContain('refund');
    expect(heard.states.every((s) => s.kind === 'conversation' && s.conversation.subject === 'Thread 4')).toBe(true);
    // The page did not change after its messages were read: the burst's end reads nothing again.
    await new Promise((r) => setTimeout(r, 400));
    expect(heardAtRead).toHaveLength(1);
  });

  it('reads a switch’s messages only once the panel asks (it has drawn the new conversation), else after 2 s', async () => {
    const read = gmail.messages.bind(gmail);
    const reads = vi.spyOn(gmail, 'messages').mockImplementation((...args) => read(...args));
    heard.onPending = null; // a panel that has not drawn it yet
    main().innerHTML = thread(5, ['Could you send the signed form by Thursday?']);
    await vi.waitFor(() => expect(subjects()).toEqual(['Thread 5:0…']), { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 300)); // past the burst's end: no settled read either
    expect(reads).not.toHaveBeenCalled();
    expect(askAsPanel('page:state')).toMatchObject({ messagesPending: true, conversation: { subject: 'Thread 5' } });
    await vi.waitFor(() => expect(subjects()).toEqual(['Thread 5:0…', 'Thread 5:1']), { timeout: 5000 });

    // A panel that never asks (its messages lost): the messages are read all the same, later.
    main().innerHTML = thread(6, ['Sure, it will be with you tomorrow.']);
    await vi.waitFor(() => expect(subjects()).toContain('Thread 6:0…'), { timeout: 5000 });
    const readsBefore = reads.mock.calls.length;
    await new Promise((r) => setTimeout(r, 1000));
    expect(reads.mock.calls.length).toBe(readsBefore);
    await vi.waitFor(() => expect(subjects()).toContain('Thread 6:1'), { timeout: 5000 });
  });

  it('says nothing more when the page read at the burst end is the same', async () => {
    main().innerHTML = thread(2, ["I'll send the forms by Friday."]);
    await vi.waitFor(() => expect(subjects()).toEqual(['Thread 2:0…', 'Thread 2:1']), { timeout: 5000 });
    // Past the burst's end (150 ms quiet) and its settled read: the conversation, then its messages, once.
    main().querySelector('.a3s')!.setAttribute('class', 'a3s aiL hovered');
    await new Promise((r) => setTimeout(r, 400));
    expect(subjects()).toEqual(['Thread 2:0…', 'Thread 2:1']);
  });
});

describe('the page session at load', () => {
  let stop: AbortController;
  afterEach(() => {
    stop.abort();
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  it('answers the panel with the conversation at once and reads the messages only after its first question', async () => {
    heard.states = [];
    stop = new AbortController();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    document.querySelectorAll(PANEL_HOST_TAG).forEach((el) => el.remove());
    document.body.innerHTML = '<div role="main"></div>';
    main().innerHTML = thread(7, ['Could you send the signed form by Thursday?']);
    history.replaceState(null, '', '/mail/u/0/#inbox/FMfcgzQXJWDsKmbV');
    const read = gmail.messages.bind(gmail);
    const reads = vi.spyOn(gmail, 'messages').mockImplementation((...args) => read(...args));
    await startPageSession({ win: window, signal: stop.signal, panelUrl: 'chrome-extension://ck/panel.html', pickAdapter: () => gmail });
    // The page's thread is left to draw the panel's frame: nothing of the messages read yet.
    await new Promise((r) => setTimeout(r, 200));
    expect(reads).not.toHaveBeenCalled();
    const first = askAsPanel('page:state') as PageState;
    expect(first).toMatchObject({ kind: 'conversation', messagesPending: true, conversation: { subject: 'Thread 7' } });
    // Then the messages, told to the panel.
    await vi.waitFor(() => expect(subjects()).toEqual(['Thread 7:1']), { timeout: 5000 });
    expect(askAsPanel('page:state')).toMatchObject({ messages: [{ text: 'Could you send the signed form by Thursday?' }] });
  });
});
