// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rememberPageFocus } from './return-focus';

describe('rememberPageFocus', () => {
  it("gives focus back to the page's element that had it before the panel, never to the panel's host", () => {
    document.body.innerHTML = '<div contenteditable="true" id="reply"></div><button id="other">x</button>';
    const host = document.createElement('commitment-keeper-panel');
    host.tabIndex = 0;
    document.body.append(host);
    const stop = new AbortController();
    const giveBack = rememberPageFocus(document, stop.signal);
    document.getElementById('reply')!.focus();
    host.focus();
    expect(document.activeElement).toBe(host);
    giveBack();
    expect(document.activeElement?.id).toBe('reply');
    stop.abort();
  });

  it('leaves the panel when the element it remembered is gone', () => {
    document.body.innerHTML = '<input id="search">';
    const host = document.createElement('commitment-keeper-panel');
    host.tabIndex = 0;
    document.body.append(host);
    const stop = new AbortController();
    const giveBack = rememberPageFocus(document, stop.signal);
    document.getElementById('search')!.focus();
    document.getElementById('search')!.remove();
    host.focus();
    giveBack();
    expect(document.activeElement).not.toBe(host);
    stop.abort();
  });
});
