// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { mountPanelFrame } from './index';

describe('mountPanelFrame', () => {
  it('mounts one panel host and replaces a stale one instead of mounting twice', () => {
    mountPanelFrame(document, 'about:blank', { expanded: true });
    mountPanelFrame(document, 'about:blank', { expanded: true });
    expect(document.querySelectorAll('commitment-keeper-panel')).toHaveLength(1);
  });

  it('keeps the iframe out of reach of page scripts (closed shadow root)', () => {
    mountPanelFrame(document, 'about:blank', { expanded: true });
    const host = document.querySelector('commitment-keeper-panel');
    expect(host?.shadowRoot).toBeNull();
    expect(document.querySelector('iframe')).toBeNull();
  });

  it('toggles and reports the new state', () => {
    const onToggle = vi.fn();
    const frame = mountPanelFrame(document, 'about:blank', { expanded: true, onToggle });
    frame.toggle();
    expect(frame.expanded).toBe(false);
    frame.setExpanded(false);
    frame.toggle();
    expect(onToggle.mock.calls).toEqual([[false], [true]]);
  });

  it('shows the count of reply hints on the collapsed handle only, and none when there are none', () => {
    const frame = mountPanelFrame(document, 'about:blank', { expanded: false });
    expect(frame.handleLabel).toBe('Show Commitment Keeper');
    frame.setHintCount(2);
    expect(frame.handleLabel).toBe('Show Commitment Keeper (2 hints on your reply)');
    frame.setExpanded(true);
    expect(frame.handleLabel).toBe('Hide Commitment Keeper');
    frame.setExpanded(false);
    frame.setHintCount(0);
    expect(frame.handleLabel).toBe('Show Commitment Keeper');
    frame.setHintCount(-3);
    expect(frame.handleLabel).toBe('Show Commitment Keeper');
  });

  it('draws the first screen under the frame while it loads: fixed words only, hidden from assistive technology', () => {
    const attach = vi.spyOn(Element.prototype, 'attachShadow');
    mountPanelFrame(document, 'about:blank', { expanded: true, t: (key) => `<${key}>` });
    const root = attach.mock.results[0]!.value as ShadowRoot;
    attach.mockRestore();
    const shell = root.querySelector('.shell')!;
    expect(shell.getAttribute('aria-hidden')).toBe('true');
    expect([...shell.children].map((el) => el.textContent)).toEqual(['<panelTitle>', '<panelReadingPage>']);
    // Under the frame: before it in the same box, so the frame's own first paint covers it.
    expect(shell.parentElement).toBe(root.querySelector('iframe')!.parentElement);
    expect(shell.nextElementSibling?.tagName).toBe('IFRAME');
  });

  it('removes itself completely', () => {
    const frame = mountPanelFrame(document, 'about:blank', { expanded: false });
    frame.remove();
    expect(document.querySelector('commitment-keeper-panel')).toBeNull();
  });
});
