import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toolbarButton } from './toolbar-button';

describe('the toolbar button API', () => {
  it('is action in Manifest V3 (Chrome)', () => {
    expect(toolbarButton()).toBe(fakeBrowser.action);
  });

  it('is browserAction in Manifest V2 (Firefox), where action is undefined', () => {
    // Both put back as they were: a test file run after this one in the same worker (mutation
    // testing runs files unisolated) resets the fake browser, which needs its browserAction.
    const { action, browserAction: fakeBrowserAction } = fakeBrowser;
    const browserAction = { setBadgeText: () => Promise.resolve() };
    try {
      Object.assign(fakeBrowser, { action: undefined, browserAction });
      expect(toolbarButton()).toBe(browserAction);
    } finally {
      Object.assign(fakeBrowser, { action, browserAction: fakeBrowserAction });
    }
  });
});
