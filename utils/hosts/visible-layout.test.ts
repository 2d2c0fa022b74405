// @vitest-environment happy-dom
// hidesSubtree where the document lays boxes out (a real tab): a box clipped to nothing, one moved
// wholly off the page to the left or the top, one of less than 2 px that clips its overflow. happy-dom
// lays nothing out, so the boxes are given (getBoundingClientRect), the root's width first.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hidesSubtree } from './visible-text';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

function box(left: number, top: number, width: number, height: number): DOMRect {
  return { left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) } as DOMRect;
}

/** The document laid out (its root 1000 px wide), and the element `id` at `rect`. */
function laidOut(html: string, rect: DOMRect): Element {
  document.body.innerHTML = html;
  const el = document.getElementById('t')!;
  vi.spyOn(document.documentElement, 'getBoundingClientRect').mockReturnValue(box(0, 0, 1000, 800));
  vi.spyOn(el, 'getBoundingClientRect').mockReturnValue(rect);
  return el;
}

describe('hidesSubtree with layout', () => {
  it.each([
    ['a normal box', '<p id="t">x</p>', box(10, 10, 200, 20), false],
    ['wholly left of the page', '<p id="t">x</p>', box(-300, 10, 200, 20), true],
    ['its right edge exactly at 0', '<p id="t">x</p>', box(-200, 10, 200, 20), true],
    ['its right edge at 1', '<p id="t">x</p>', box(-199, 10, 200, 20), false],
    ['wholly above the page', '<p id="t">x</p>', box(10, -100, 200, 20), true],
    ['its bottom exactly at 0', '<p id="t">x</p>', box(10, -20, 200, 20), true],
    ['1 px wide, clipping its overflow', '<p id="t" style="overflow:hidden">x</p>', box(10, 10, 1, 20), true],
    ['1 px high, clipping its overflow', '<p id="t" style="overflow:hidden">x</p>', box(10, 10, 200, 1), true],
    ['2 px, clipping its overflow', '<p id="t" style="overflow:hidden">x</p>', box(10, 10, 2, 2), false],
    [
      '1 px wide, overflow visible',
      '<p id="t" style="overflow: visible; overflow-x: visible; overflow-y: visible">x</p>',
      box(10, 10, 1, 20),
      false,
    ],
  ])('%s → %s', (_name, html, rect, hidden) => {
    expect(hidesSubtree(laidOut(html, rect))).toBe(hidden);
  });

  it('without layout (every box zero), no box is asked about', () => {
    document.body.innerHTML = '<p id="t" style="overflow:hidden">x</p>';
    const el = document.getElementById('t')!;
    const asked = vi.spyOn(el, 'getBoundingClientRect');
    expect(hidesSubtree(el)).toBe(false);
    expect(asked).not.toHaveBeenCalled();
  });
});
