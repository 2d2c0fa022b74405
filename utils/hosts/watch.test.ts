// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gmail } from './gmail';
import { fixtureHtml } from './test-fixtures';
import { isLookupFailure, type ConversationInfo, type HostAdapter, type LookupFailure } from './types';
import { conversationIdentity, watchConversation } from './watch';

type Emitted = ConversationInfo | LookupFailure;

/** Counts listeners and observers that are active right now. */
function instrument() {
  const listeners = new Set<string>();
  const ids = new WeakMap<object, number>();
  let next = 0;
  const id = (fn: unknown): number => {
    const key = fn as object;
    if (!ids.has(key)) ids.set(key, next++);
    return ids.get(key)!;
  };
  const add = window.addEventListener.bind(window);
  const remove = window.removeEventListener.bind(window);
  vi.spyOn(window, 'addEventListener').mockImplementation(
    (type: string, fn: EventListenerOrEventListenerObject | null, opts?: boolean | AddEventListenerOptions) => {
      listeners.add(`${type}#${id(fn)}`);
      if (fn) add(type, fn, opts);
    },
  );
  vi.spyOn(window, 'removeEventListener').mockImplementation(
    (type: string, fn: EventListenerOrEventListenerObject | null, opts?: boolean | EventListenerOptions) => {
      listeners.delete(`${type}#${id(fn)}`);
      if (fn) remove(type, fn, opts);
    },
  );
  const observers = new Set<MutationObserver>();
  let created = 0;
  const Base = window.MutationObserver;
  class TrackingObserver extends Base {
    constructor(cb: MutationCallback) {
      super(cb);
      created++;
    }
    override observe(target: Node, options?: MutationObserverInit): void {
      observers.add(this);
      super.observe(target, options);
    }
    override disconnect(): void {
      observers.delete(this);
      super.disconnect();
    }
  }
  vi.stubGlobal('MutationObserver', TrackingObserver);
  return { listeners, observers, created: () => created };
}

function threadMarkup(n: number): string {
  const hex = (0x19a4b2c3d4e5f607n + BigInt(n)).toString(16);
  return `<div class="nH if"><div class="ha"><h2 class="hP" data-legacy-thread-id="${hex}">Thread ${n}</h2></div>
    <div role="list"><div class="adn ads"><span class="gD" email="c${n}@example.com" name="Customer ${n}">Customer ${n}</span>
    <div class="a3s aiL"><div dir="ltr">Message in thread ${n}. I'll send it by Friday.</div></div></div></div>
    <div class="Am Al editable" g_editable="true" contenteditable="true" role="textbox" aria-label="Message Body"></div></div>`;
}

const inboxMarkup = '<div class="Cp"><table class="F cf zt"><tbody><tr class="zA zE"><td>Inbox row</td></tr></tbody></table></div>';

function main(): Element {
  return document.querySelector('div[role="main"]')!;
}

describe('watchConversation', () => {
  beforeEach(async () => {
    document.documentElement.innerHTML = fixtureHtml('gmail', 'classic-2024-05.html')
      .replace(/^[\s\S]*?<html[^>]*>/i, '')
      .replace(/<\/html>\s*$/i, '');
    history.replaceState(null, '', '/mail/u/0/#inbox/FMfcgzQXJWDsKmbV');
    // Let happy-dom deliver the hashchange events it queues for the set-up (browsers would not
    // fire them for replaceState) before the watcher under test starts listening: wait until its
    // queued tasks are done (a fixed wait was too short on a loaded machine).
    await (window as unknown as { happyDOM: { waitUntilComplete(): Promise<void> } }).happyDOM.waitUntilComplete();
    vi.useFakeTimers();
  });
  afterEach(async () => {
    await vi.runOnlyPendingTimersAsync(); // e.g. a hashchange still queued by happy-dom
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('follows 100 navigations, emits once per conversation change and leaves nothing behind', async () => {
    const probe = instrument();
    const emitted: Emitted[] = [];
    const controller = new AbortController();
    const baseline = vi.getTimerCount();
    watchConversation(gmail, window, controller.signal, (info) => emitted.push(info), { debounceMs: 100, pollMs: 2000 });
    expect(emitted).toHaveLength(1);
    expect(isLookupFailure(emitted[0]) ? null : emitted[0]?.key).toBe('19a4b2c3d4e5f607');
    expect(probe.listeners.size).toBe(2);
    expect(probe.observers.size).toBe(1);

    let expected = 1;
    let identity = conversationIdentity(emitted[0]!);
    let thread = 0;
    for (let i = 0; i < 100; i++) {
      const step = i % 5;
      if (step === 0) {
        // hash navigation to another thread, DOM swapped
        thread++;
        location.hash = `#inbox/Thread${thread}`;
        main().innerHTML = threadMarkup(thread);
      } else if (step === 1) {
        // pushState (no event in a browser's isolated world) + DOM swap: the observer sees it
        thread++;
        history.pushState(null, '', `/mail/u/0/#label/Customers/Thread${thread}`);
        main().innerHTML = threadMarkup(thread);
      } else if (step === 2) {
        // same thread, other URL (replaceState + popstate): no emission
        history.replaceState(null, '', `/mail/u/0/#inbox/Thread${thread}?compose=new`);
        window.dispatchEvent(new PopStateEvent('popstate'));
      } else if (step === 3) {
        // DOM churn inside the same thread (new message rendered): no emission
        main().querySelector('[role="list"]')?.insertAdjacentHTML('beforeend', '<div class="adn ads"><div class="a3s">More</div></div>');
      } else if (i % 10 === 4) {
        // back to the inbox list: "no conversation" is emitted once
        history.pushState(null, '', '/mail/u/0/#inbox');
        window.dispatchEvent(new PopStateEvent('popstate'));
        main().innerHTML = inboxMarkup;
      } else {
        // the same thread re-rendered from scratch (a view rebuild): no emission
        main().innerHTML = threadMarkup(thread);
      }
      await vi.advanceTimersByTimeAsync(150);
      const now = conversationIdentity(gmail.conversation(document, new URL(location.href)));
      if (now !== identity) {
        expected++;
        identity = now;
      }
      expect(emitted).toHaveLength(expected);
    }
    // Initial + 20 hash and 20 pushState thread changes (10 of them leaving the inbox) + 10 trips
    // to the inbox; the 40 same-thread steps (popstate, churn, rebuild) emit nothing.
    expect(expected).toBe(1 + 40 + 10);
    expect(emitted.filter((e) => isLookupFailure(e) && e.noConversation)).toHaveLength(10);
    // Consecutive emissions always differ.
    for (let i = 1; i < emitted.length; i++) {
      expect(conversationIdentity(emitted[i]!)).not.toBe(conversationIdentity(emitted[i - 1]!));
    }
    // Only ever one observer (re-targeted, never duplicated).
    expect(probe.created()).toBe(1);
    expect(probe.observers.size).toBe(1);

    controller.abort();
    expect(probe.listeners.size).toBe(0);
    expect(probe.observers.size).toBe(0);
    expect(vi.getTimerCount()).toBe(baseline);
    main().innerHTML = threadMarkup(999);
    location.hash = '#inbox/after-abort';
    await vi.advanceTimersByTimeAsync(10_000);
    expect(emitted).toHaveLength(expected);
    // 100 full reads of a Gmail thread: ~1 s alone, but over Vitest's 5 s under mutation testing's
    // instrumented code on a loaded machine (the dry run failed on it). Its timers are fake; the
    // limit is only CPU time.
  }, 30_000);

  it('catches a change no event or mutation reports with the periodic check', async () => {
    const byUrl: HostAdapter = {
      id: 'url-only',
      name: 'URL only',
      matchPatterns: [],
      matches: () => true,
      detect: () => true,
      conversation: (_doc, url) => ({ host: 'url-only', key: url.pathname, url: url.href, subject: 's' }),
      messages: () => [],
      replyEditor: (doc) => doc.body,
    };
    const emitted: Emitted[] = [];
    const controller = new AbortController();
    const baseline = vi.getTimerCount();
    watchConversation(byUrl, window, controller.signal, (info) => emitted.push(info), { pollMs: 1000 });
    // Same hash: happy-dom (unlike browsers) fires hashchange on pushState when the hash changes.
    history.pushState(null, '', `/tickets/2${location.hash}`);
    await vi.advanceTimersByTimeAsync(999);
    expect(emitted).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(emitted).toHaveLength(2);
    controller.abort();
    expect(vi.getTimerCount()).toBe(baseline);
  });

  it('still checks while the page never stops mutating (max wait)', async () => {
    const emitted: Emitted[] = [];
    const controller = new AbortController();
    watchConversation(gmail, window, controller.signal, (info) => emitted.push(info), {
      debounceMs: 100,
      maxWaitMs: 400,
      pollMs: 0,
      leading: false,
    });
    main().innerHTML = threadMarkup(7);
    for (let t = 0; t < 10; t++) {
      main().querySelector('.a3s')!.append(' tick');
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(emitted).toHaveLength(2);
    controller.abort();
  });

  it('reports a thread switch in the next task, and reads once more when the burst ends', async () => {
    const emitted: Emitted[] = [];
    const settled: Emitted[] = [];
    const controller = new AbortController();
    watchConversation(gmail, window, controller.signal, (info) => emitted.push(info), {
      debounceMs: 150,
      pollMs: 0,
      onSettled: (info) => settled.push(info),
    });
    main().innerHTML = threadMarkup(3);
    await vi.advanceTimersByTimeAsync(1);
    // Not 150 ms later: the first change of the burst is looked at at once.
    expect(emitted.map((e) => (isLookupFailure(e) ? null : e.subject)).at(-1)).toBe('Thread 3');
    expect(settled).toHaveLength(0);
    // The host goes on rendering the thread (its messages arrive): one more read at the burst's end.
    for (let t = 0; t < 3; t++) {
      main().querySelector('[role="list"]')!.insertAdjacentHTML('beforeend', '<div class="adn ads"><div class="a3s">Later</div></div>');
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(settled).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(150);
    expect(settled).toHaveLength(1);
    expect(isLookupFailure(settled[0]!) ? null : settled[0]!.subject).toBe('Thread 3');
    expect(emitted).toHaveLength(2);
    // Churn in the same thread later (hover, a timestamp): neither a change nor another settled read.
    main().querySelector('.a3s')!.append(' hover');
    await vi.advanceTimersByTimeAsync(400);
    expect(emitted).toHaveLength(2);
    expect(settled).toHaveLength(1);
    controller.abort();
  });

  it('reports a switch made while the page is still changing within 30 ms, not after the quiet time', async () => {
    const emitted: Emitted[] = [];
    const controller = new AbortController();
    watchConversation(gmail, window, controller.signal, (info) => emitted.push(info), { debounceMs: 150, pollMs: 0 });
    main().innerHTML = threadMarkup(5);
    await vi.advanceTimersByTimeAsync(1);
    expect(emitted.map((e) => (isLookupFailure(e) ? null : e.subject)).at(-1)).toBe('Thread 5');
    // The host keeps touching the page (no quiet time ever comes), and the agent opens another thread.
    for (let t = 0; t < 4; t++) {
      main().querySelector('.a3s')?.append(' tick');
      await vi.advanceTimersByTimeAsync(40);
    }
    const before = emitted.length;
    main().innerHTML = threadMarkup(6);
    await vi.advanceTimersByTimeAsync(30);
    expect(emitted).toHaveLength(before + 1);
    expect(emitted.map((e) => (isLookupFailure(e) ? null : e.subject)).at(-1)).toBe('Thread 6');
    // The same thread's churn afterwards reports nothing.
    for (let t = 0; t < 4; t++) {
      main().querySelector('.a3s')?.append(' tick');
      await vi.advanceTimersByTimeAsync(40);
    }
    await vi.advanceTimersByTimeAsync(400);
    expect(emitted).toHaveLength(before + 1);
    controller.abort();
  });

  it('reads once more at the end of a later burst that added a message, not one of churn, an icon or typing', async () => {
    const emitted: Emitted[] = [];
    const settled: Emitted[] = [];
    const controller = new AbortController();
    watchConversation(gmail, window, controller.signal, (info) => emitted.push(info), {
      debounceMs: 150,
      pollMs: 0,
      onSettled: (info) => settled.push(info),
    });
    main().innerHTML = threadMarkup(7) + '<div contenteditable="true" role="textbox"></div>';
    await vi.advanceTimersByTimeAsync(400);
    expect(settled).toHaveLength(1); // the switch's own burst end
    const list = main().querySelector('[role="list"]')!;
    // Churn: a time stamp's text, an icon, typing in the reply box. No read.
    main().querySelector('.a3s')!.append(' 3 minutes ago');
    list.insertAdjacentHTML('beforeend', '<span class="icon">★</span>');
    main().querySelector('[contenteditable]')!.insertAdjacentHTML('beforeend', '<div>Thanks, I will send the forms by Friday.</div>');
    await vi.advanceTimersByTimeAsync(400);
    expect(settled).toHaveLength(1);
    // The host renders a message long after the switch (a slow fetch), or one arrives: read once more.
    list.insertAdjacentHTML('beforeend', '<div class="adn ads"><div class="a3s">Could you send the signed form by Thursday?</div></div>');
    await vi.advanceTimersByTimeAsync(149);
    expect(settled).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toHaveLength(2);
    expect(isLookupFailure(settled[1]!) ? null : settled[1]!.subject).toBe('Thread 7');
    expect(emitted).toHaveLength(2); // the conversation did not change
    controller.abort();
  });

  it('with leading off, waits out the quiet time and calls no settled read', async () => {
    const emitted: Emitted[] = [];
    const settled: Emitted[] = [];
    const controller = new AbortController();
    watchConversation(gmail, window, controller.signal, (info) => emitted.push(info), {
      debounceMs: 150,
      pollMs: 0,
      leading: false,
      onSettled: (info) => settled.push(info),
    });
    main().innerHTML = threadMarkup(4);
    await vi.advanceTimersByTimeAsync(149);
    expect(emitted).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(emitted).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(500);
    expect(settled).toHaveLength(0);
    controller.abort();
  });

  it('does nothing with an already aborted signal', () => {
    const probe = instrument();
    const emitted: Emitted[] = [];
    const baseline = vi.getTimerCount();
    watchConversation(gmail, window, AbortSignal.abort(), (info) => emitted.push(info));
    expect(emitted).toHaveLength(0);
    expect(probe.listeners.size).toBe(0);
    expect(probe.created()).toBe(0);
    expect(vi.getTimerCount()).toBe(baseline);
  });

  it('keeps working when the adapter throws', async () => {
    let calls = 0;
    const flaky: HostAdapter = {
      ...gmail,
      conversation: (doc, url) => {
        calls++;
        if (calls === 2) throw new Error('boom');
        return gmail.conversation(doc, url);
      },
    };
    const emitted: Emitted[] = [];
    const controller = new AbortController();
    watchConversation(flaky, window, controller.signal, (info) => emitted.push(info), { debounceMs: 10, pollMs: 0 });
    main().innerHTML = threadMarkup(1);
    await vi.advanceTimersByTimeAsync(20);
    main().innerHTML = threadMarkup(2);
    await vi.advanceTimersByTimeAsync(20);
    // The throwing check (the burst's first look) is followed by the burst's last, which sees thread 1.
    expect(emitted.map((e) => (isLookupFailure(e) ? null : e.subject))).toEqual([expect.any(String), 'Thread 1', 'Thread 2']);
    controller.abort();
  });
});
