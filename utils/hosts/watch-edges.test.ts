// @vitest-environment happy-dom
// The conversation watcher at its edges, with an adapter of our own that reads the page's state
// directly: which attribute changes it listens to, how much added text is content, where added text
// is typing, the default quiet time, maximum wait and poll, both navigation events, and the identity
// it compares. A host that switches threads by one of these alone leaves the panel on the old thread.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lookupFailure } from './query';
import type { ConversationInfo, HostAdapter, LookupFailure } from './types';
import { conversationIdentity, watchConversation, type WatchOptions } from './watch';

type Emitted = ConversationInfo | LookupFailure;

/** The conversation is the thread element's attributes (so any attribute change is a switch), or the URL's path. */
const byAttributes: HostAdapter = {
  id: 'attrs',
  name: 'Attrs',
  matchPatterns: [],
  matches: () => true,
  detect: () => true,
  conversationRoot: (doc) => doc.querySelector('.thread'),
  conversation: (doc, url) => {
    const thread = doc.querySelector('.thread');
    if (!thread) return lookupFailure({ host: 'attrs', hostName: 'Attrs' }, 'conversation', ['.thread'], { noConversation: true });
    const key = thread
      .getAttributeNames()
      .filter((n) => n !== 'class')
      .map((n) => `${n}=${thread.getAttribute(n)}`)
      .join(';');
    return { host: 'attrs', key: `${url.pathname}|${key}`, url: url.href, subject: 'Thread' };
  },
  messages: () => [],
  replyEditor: (doc) => doc.body,
};

function thread(): Element {
  return document.querySelector('.thread')!;
}

function watch(options: WatchOptions = {}) {
  const emitted: Emitted[] = [];
  const settled: Emitted[] = [];
  const controller = new AbortController();
  watchConversation(byAttributes, window, controller.signal, (info) => emitted.push(info), {
    onSettled: (info) => settled.push(info),
    ...options,
  });
  return { emitted, settled, stop: () => controller.abort() };
}

describe('watchConversation at its edges', () => {
  beforeEach(async () => {
    document.body.innerHTML = '<main><div class="thread" data-key="A"><p class="msg">Hello</p></div><div class="editor"></div></main>';
    history.replaceState(null, '', '/tickets/1');
    await (window as unknown as { happyDOM: { waitUntilComplete(): Promise<void> } }).happyDOM.waitUntilComplete();
    vi.useFakeTimers();
  });
  afterEach(async () => {
    await vi.runOnlyPendingTimersAsync();
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it.each(['style', 'hidden', 'class', 'aria-hidden', 'aria-selected', 'data-legacy-thread-id', 'data-thread-perm-id'])(
    'a change of %s is looked at without waiting for the poll',
    async (name) => {
      const w = watch({ pollMs: 0, debounceMs: 50 });
      // The class is left out of the key: a class change is seen, and reports nothing new.
      if (name === 'class') thread().setAttribute('data-key', 'B');
      thread().setAttribute(name, name === 'class' ? 'thread selected' : 'x');
      await vi.advanceTimersByTimeAsync(60);
      expect(w.emitted).toHaveLength(2);
      w.stop();
    },
  );

  it('a change of another attribute waits for the poll', async () => {
    const w = watch({ pollMs: 1000, debounceMs: 50 });
    thread().setAttribute('data-key', 'B');
    await vi.advanceTimersByTimeAsync(999);
    expect(w.emitted).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(w.emitted).toHaveLength(2);
    w.stop();
  });

  it('an element of 20 characters added is content (a read at the burst’s end); 19 are not', async () => {
    const w = watch({ pollMs: 0, debounceMs: 50 });
    thread().insertAdjacentHTML('beforeend', `<p>${'x'.repeat(19)}</p>`);
    thread().insertAdjacentHTML('beforeend', `<p>   ${'y'.repeat(19)}   </p>`);
    await vi.advanceTimersByTimeAsync(100);
    expect(w.settled).toHaveLength(0);
    thread().insertAdjacentHTML('beforeend', `<p>${'z'.repeat(20)}</p>`);
    await vi.advanceTimersByTimeAsync(100);
    expect(w.settled).toHaveLength(1);
    expect(w.emitted).toHaveLength(1);
    w.stop();
  });

  it('text added without an element, or inside an editor or a text field, is no content; a non-editable region is', async () => {
    const w = watch({ pollMs: 0, debounceMs: 50 });
    thread().append(document.createTextNode('A long text node added straight into the thread.'));
    // …and the same batch of changes still gets its look (a switch made in the same task).
    thread().setAttribute('aria-selected', 'true');
    await vi.advanceTimersByTimeAsync(100);
    expect([w.emitted.length, w.settled.length]).toEqual([2, 1]);
    w.settled.length = 0;
    const editor = document.querySelector('.editor')!;
    editor.setAttribute('contenteditable', '');
    editor.insertAdjacentHTML('beforeend', '<div>Thanks, I will send the forms by Friday.</div>');
    const field = document.createElement('textarea');
    thread().append(field);
    await vi.advanceTimersByTimeAsync(100);
    expect(w.settled).toHaveLength(0);
    field.append(document.createElement('span'));
    field.lastElementChild!.textContent = 'Typed words in a plain text field.';
    await vi.advanceTimersByTimeAsync(100);
    expect(w.settled).toHaveLength(0);
    editor.setAttribute('contenteditable', 'false');
    editor.insertAdjacentHTML('beforeend', '<div>A quoted message shown read-only.</div>');
    await vi.advanceTimersByTimeAsync(100);
    expect(w.settled).toHaveLength(1);
    w.stop();
  });

  it('defaults: a quiet time of 150 ms (leading off), at most 600 ms under constant changes', async () => {
    const quiet = watch({ pollMs: 0, leading: false });
    thread().setAttribute('data-thread-perm-id', 'B');
    await vi.advanceTimersByTimeAsync(149);
    expect(quiet.emitted).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(quiet.emitted).toHaveLength(2);
    quiet.stop();

    const busy = watch({ pollMs: 0, leading: false });
    thread().setAttribute('data-thread-perm-id', 'C');
    for (let t = 0; t < 5; t++) {
      thread().setAttribute('style', `order:${t}`);
      await vi.advanceTimersByTimeAsync(100);
    }
    // 500 ms of changes 100 ms apart: not yet read.
    expect(busy.emitted).toHaveLength(1);
    thread().setAttribute('style', 'order:9');
    await vi.advanceTimersByTimeAsync(99);
    expect(busy.emitted).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(busy.emitted).toHaveLength(2);
    busy.stop();
  });

  it('defaults: a poll every 2 s', async () => {
    const w = watch({ debounceMs: 50 });
    history.replaceState(null, '', '/tickets/2');
    await vi.advanceTimersByTimeAsync(1999);
    expect(w.emitted).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(w.emitted).toHaveLength(2);
    w.stop();
  });

  it.each(['popstate', 'hashchange'])('a %s event is looked at', async (type) => {
    const w = watch({ pollMs: 0, debounceMs: 50 });
    history.replaceState(null, '', '/tickets/3');
    window.dispatchEvent(new Event(type));
    await vi.advanceTimersByTimeAsync(60);
    expect(w.emitted).toHaveLength(2);
    w.stop();
  });

  it('a thread removed and put back: the watcher follows the new one', async () => {
    const w = watch({ pollMs: 0, debounceMs: 50 });
    document.querySelector('main')!.innerHTML = '';
    await vi.advanceTimersByTimeAsync(60);
    document.querySelector('main')!.innerHTML = '<div class="thread" data-key="Z"></div>';
    await vi.advanceTimersByTimeAsync(60);
    thread().setAttribute('aria-selected', 'true');
    await vi.advanceTimersByTimeAsync(60);
    expect(w.emitted.map((e) => conversationIdentity(e))).toEqual([
      'attrs:/tickets/1|data-key=A',
      '!none',
      'attrs:/tickets/1|data-key=Z',
      'attrs:/tickets/1|data-key=Z;aria-selected=true',
    ]);
    w.stop();
  });
});

describe('conversationIdentity', () => {
  const ctx = { host: 'attrs', hostName: 'Attrs' };
  it.each([
    [lookupFailure(ctx, 'conversation', [], { noConversation: true }), '!none'],
    [lookupFailure(ctx, 'messages', ['.m']), '!broken:messages'],
    [lookupFailure(ctx, 'conversation key', []), '!broken:conversation key'],
    [{ host: 'zendesk', key: '42', url: 'https://x/42', subject: 's' }, 'zendesk:42'],
  ] as const)('%j → %s', (info, identity) => expect(conversationIdentity(info)).toBe(identity));
});
