// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountPanelFrame } from '../panel-frame';
import { scriptsToInject } from './reinject';
import { readUpdatedWords, watchInvalidation, type InvalidationSource } from './updated';

function fakeContext() {
  let invalid = false;
  const listeners: Array<() => void> = [];
  const intervals: Array<() => void> = [];
  const ctx: InvalidationSource & { tick(): void; kill(): void } = {
    get isInvalid() {
      if (invalid) listeners.splice(0).forEach((l) => l());
      return invalid;
    },
    onInvalidated: (cb) => {
      listeners.push(cb);
      return () => undefined;
    },
    setInterval: (handler) => intervals.push(handler),
    tick: () => intervals.forEach((h) => h()),
    kill: () => {
      invalid = true;
    },
  };
  return ctx;
}

describe('after an extension update', () => {
  afterEach(() => vi.restoreAllMocks());

  it('notices the lost context on its timer or when the agent comes back, and says it once', () => {
    const ctx = fakeContext();
    const gone = vi.fn();
    watchInvalidation(ctx, window, gone);
    ctx.tick();
    expect(gone).not.toHaveBeenCalled();
    ctx.kill();
    window.dispatchEvent(new Event('focus'));
    ctx.tick();
    expect(gone).toHaveBeenCalledTimes(1);
  });

  it('has its words even when browser.i18n throws (the catalog is gone)', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(readUpdatedWords()).toEqual({
      message: 'Commitment Keeper was updated — reload this tab to keep working',
      reload: 'Reload this tab',
    });
  });

  it('puts the notice where the dead panel frame was', () => {
    const frame = mountPanelFrame(document, 'chrome-extension://x/panel.html', { expanded: true });
    frame.showUpdated({ message: 'updated: reload', reload: 'Reload' });
    const host = document.querySelector<HTMLElement>('commitment-keeper-panel');
    expect(host?.dataset.state).toBe('updated');
    // The shadow root is closed: the host is what the page sees; the test checks it stays mounted.
    frame.remove();
    expect(document.querySelector('commitment-keeper-panel')).toBeNull();
  });

  it('re-injects the manifest scripts and the custom-domain one, each with its files', () => {
    expect(
      scriptsToInject(
        [{ matches: ['https://mail.google.com/*'], js: ['content-scripts/content.js'] }, { matches: ['https://x/*'] }],
        [{ matches: ['https://help.acme.test/*'], js: ['content-scripts/content.js'] }],
      ),
    ).toEqual([
      { matches: ['https://mail.google.com/*'], js: ['content-scripts/content.js'] },
      { matches: ['https://help.acme.test/*'], js: ['content-scripts/content.js'] },
    ]);
    expect(scriptsToInject(undefined, [])).toEqual([]);
  });
});
