import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toolbarButton } from './toolbar-button';

describe('the toolbar button API', () => {
  it('is action in Manifest V3 (Chrome)', () => {
    expect(toolbarButton()).toBe(fakeBrowser.action);
  });

  it('is browserAction in Manifest V2 (Firefox), where action is undefined', () => {
    const action = fakeBrowser.action;
    const browserAction = { setBadgeText: () => Promise.resolve() };
    try {
      Object.assign(fakeBrowser, { action: undefined, browserAction });
      expect(toolbarButton()).toBe(browserAction);
    } finally {
      Object.assign(fakeBrowser, { action, browserAction: undefined });
    }
  });
});
