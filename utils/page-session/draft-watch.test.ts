// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostAdapter } from '../hosts/types';
import { watchReplyDraft } from './draft-watch';

function adapterFor(selector: string): HostAdapter {
  return {
    id: 'test',
    name: 'Test',
    matchPatterns: [],
    matches: () => true,
    detect: () => true,
    conversation: () => ({ host: 'test', key: '1', subject: 'S', url: 'https://x' }) as never,
    messages: () => [],
    replyEditor: (doc) =>
      doc.querySelector(selector) ?? {
        kind: 'lookup-failure',
        host: 'test',
        hostName: 'Test',
        what: 'reply editor',
        tried: [selector],
        message: 'none',
      },
  };
}

function type(el: HTMLElement, text: string) {
  el.innerHTML = text;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('watchReplyDraft', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<input id="search"><div id="reply" contenteditable="true"></div>';
  });
  afterEach(() => vi.useRealTimers());

  it('reports once typing pauses, only what changed, and never touches the editor or the focus', async () => {
    const reply = document.getElementById('reply')!;
    const search = document.getElementById('search') as HTMLInputElement;
    search.focus();
    const seen: string[] = [];
    const stop = new AbortController();
    watchReplyDraft({
      adapter: adapterFor('#reply'),
      win: window,
      signal: stop.signal,
      readOptions: () => ({}),
      onDraft: (t) => seen.push(t),
    });
    expect(seen).toEqual(['']); // the first read says where it starts

    type(reply, "We'll get back");
    await vi.advanceTimersByTimeAsync(200);
    type(reply, "We'll get back to you shortly.<blockquote>I'll pay</blockquote>");
    await vi.advanceTimersByTimeAsync(399);
    expect(seen).toEqual(['']); // still typing
    await vi.advanceTimersByTimeAsync(10);
    expect(seen).toEqual(['', "We'll get back to you shortly."]);

    // A change that leaves the agent's words as they were is not reported again.
    type(reply, "We'll get back to you shortly.<blockquote>I'll pay today</blockquote>");
    await vi.advanceTimersByTimeAsync(500);
    expect(seen).toHaveLength(2);
    expect(reply.innerHTML).toBe("We'll get back to you shortly.<blockquote>I'll pay today</blockquote>");
    expect(document.activeElement).toBe(search);
    stop.abort();
  });

  it('hears a change made without an input event (an editor re-rendering from its model)', async () => {
    const reply = document.getElementById('reply')!;
    const seen: string[] = [];
    const stop = new AbortController();
    watchReplyDraft({
      adapter: adapterFor('#reply'),
      win: window,
      signal: stop.signal,
      readOptions: () => ({}),
      onDraft: (t) => seen.push(t),
    });
    reply.append(document.createTextNode('Please call us back.'));
    await vi.advanceTimersByTimeAsync(450);
    expect(seen.at(-1)).toBe('Please call us back.');
    stop.abort();
  });

  it('stops on abort: no report after teardown', async () => {
    const reply = document.getElementById('reply')!;
    const seen: string[] = [];
    const stop = new AbortController();
    watchReplyDraft({
      adapter: adapterFor('#reply'),
      win: window,
      signal: stop.signal,
      readOptions: () => ({}),
      onDraft: (t) => seen.push(t),
    });
    type(reply, 'I will call you tomorrow.');
    stop.abort();
    await vi.advanceTimersByTimeAsync(1000);
    reply.append('More');
    reply.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(seen).toEqual(['']);
  });

  it('refresh reports the (new) reply box even when its text is the same', async () => {
    const seen: string[] = [];
    const stop = new AbortController();
    const watch = watchReplyDraft({
      adapter: adapterFor('#reply'),
      win: window,
      signal: stop.signal,
      readOptions: () => ({}),
      onDraft: (t) => seen.push(t),
    });
    watch.refresh();
    await vi.advanceTimersByTimeAsync(450);
    expect(seen).toEqual(['', '']);
    stop.abort();
  });
});
