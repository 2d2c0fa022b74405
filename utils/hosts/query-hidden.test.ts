// @vitest-environment happy-dom
// isHidden's three ways of knowing: the markup and inline styles up the tree (all an element out of
// the page has), the engine's checkVisibility() in a rendered document, and computed styles where
// an engine has no checkVisibility (older browsers) or refuses to compute them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isHidden, isVisible } from './query';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('an element out of the page: markup and inline styles only', () => {
  it.each([
    ['display:none', 'display', 'none', true],
    ['visibility:hidden', 'visibility', 'hidden', true],
    ['display:block', 'display', 'block', false],
  ] as const)('%s → hidden %s', (_name, property, value, hidden) => {
    const p = document.createElement('p');
    p.style[property] = value;
    expect(isHidden(p)).toBe(hidden);
    expect(isVisible(p)).toBe(!hidden);
  });

  it('an element out of the page with nothing hiding it is visible (no style to ask)', () => {
    const p = document.createElement('p');
    const check = vi.fn(() => false);
    Object.defineProperty(p, 'checkVisibility', { value: check });
    expect(isHidden(p)).toBe(false);
    expect(check).not.toHaveBeenCalled();
  });
});

describe('in the page', () => {
  it("checkVisibility's answer, asked with visibilityProperty", () => {
    document.body.innerHTML = '<p id="p">x</p>';
    const p = document.getElementById('p')!;
    const check = vi.fn(() => false);
    Object.defineProperty(p, 'checkVisibility', { value: check });
    expect(isHidden(p)).toBe(true);
    expect(check).toHaveBeenCalledWith({ visibilityProperty: true });
    check.mockReturnValue(true);
    expect(isHidden(p)).toBe(false);
  });

  describe('without checkVisibility: the computed style', () => {
    function withoutCheck(html: string, id: string): Element {
      document.body.innerHTML = html;
      const el = document.getElementById(id)!;
      Object.defineProperty(el, 'checkVisibility', { value: undefined });
      return el;
    }

    it.each([
      ['display:none by a class', '<style>.x{display:none}</style><p id="t" class="x">x</p>', true],
      ['visibility:hidden by a class', '<style>.x{visibility:hidden}</style><p id="t" class="x">x</p>', true],
      ['shown', '<style>.x{color:red}</style><p id="t" class="x">x</p>', false],
    ])('%s → hidden %s', (_name, html, hidden) => {
      expect(isHidden(withoutCheck(html, 't'))).toBe(hidden);
    });

    it('an engine that refuses to compute the style: not hidden', () => {
      const el = withoutCheck('<p id="t">x</p>', 't');
      vi.spyOn(window, 'getComputedStyle').mockImplementation(() => {
        throw new Error('no style');
      });
      expect(isHidden(el)).toBe(false);
    });
  });
});
