import { beforeEach, describe, expect, it, vi } from 'vitest';

const sent = vi.hoisted(() => ({ calls: [] as unknown[][], gone: new Set<number>() }));
vi.mock('./protocol', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./protocol')>()),
  sendMessage: async (...args: unknown[]) => {
    const target = args[2] as { frameId: number };
    if (sent.gone.has(target.frameId)) throw new Error('Could not establish connection. Receiving end does not exist.');
    sent.calls.push(args);
  },
}));

import { PanelFrameRegistry, pushToPanels } from './panel-frames';
import { fromOwnPage } from '../../components/panel/connection';

describe('where the panels are (Firefox)', () => {
  beforeEach(() => {
    sent.calls = [];
    sent.gone = new Set();
  });

  it('keeps frames per tab, once each, and forgets a closed tab', () => {
    const panels = new PanelFrameRegistry();
    panels.add({ tabId: 1, frameId: 5 });
    panels.add({ tabId: 1, frameId: 5 });
    panels.add({ tabId: 2, frameId: 9 });
    expect(panels.inTab(1)).toEqual([{ tabId: 1, frameId: 5 }]);
    expect(panels.all()).toEqual([
      { tabId: 1, frameId: 5 },
      { tabId: 2, frameId: 9 },
    ]);
    panels.removeTab(1);
    expect(panels.all()).toEqual([{ tabId: 2, frameId: 9 }]);
    panels.remove({ tabId: 2, frameId: 9 });
    expect(panels.all()).toEqual([]);
  });

  it('sends to each frame and forgets one whose receiver is gone', async () => {
    const panels = new PanelFrameRegistry();
    panels.add({ tabId: 1, frameId: 5 });
    panels.add({ tabId: 1, frameId: 6 });
    sent.gone.add(6);
    await pushToPanels(panels, panels.inTab(1), { type: 'panel:command', data: 'insert-summary' });
    expect(sent.calls).toEqual([['panel:command', 'insert-summary', { tabId: 1, frameId: 5 }]]);
    expect(panels.inTab(1)).toEqual([{ tabId: 1, frameId: 5 }]);
  });
});

describe('a panel hears only its own page', () => {
  it("takes its tab's content script, and the background (no tab), never another tab", () => {
    expect(fromOwnPage({ tab: { id: 3 } }, 3)).toBe(true);
    expect(fromOwnPage({ tab: { id: 4 } }, 3)).toBe(false);
    expect(fromOwnPage({}, 3)).toBe(true);
    // Before the panel knows its tab, nothing is taken.
    expect(fromOwnPage({}, null)).toBe(false);
    expect(fromOwnPage({ tab: { id: 3 } }, null)).toBe(false);
  });
});
