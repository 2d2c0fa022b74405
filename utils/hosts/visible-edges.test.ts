// @vitest-environment happy-dom
// visible-text.ts at its edges: each way CSS hides text, at the value where it starts to hide,
// and the colour behind a text (opaque enough, an image, the page's white). Markup in, hidden or not out.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createVisibilityReader, hidesOwnText, hidesSubtree, parseColor, sameColour } from './visible-text';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

function el(html: string): Element {
  document.body.innerHTML = html;
  return document.getElementById('t')!;
}

describe('what hides an element and everything in it', () => {
  it.each([
    ['opacity 0', 'opacity:0', true],
    ['opacity 0.05', 'opacity:0.05', true],
    ['opacity 0.06', 'opacity:0.06', false],
    ['opacity 1', 'opacity:1', false],
    ['clip rect(0px, 0px, 0px, 0px)', 'position:absolute; clip:rect(0px, 0px, 0px, 0px)', true],
    ['clip rect(0 1px 1px 0)', 'position:absolute; clip:rect(0px 1px 1px 0px)', false],
    ['clip-path inset(50%)', 'clip-path:inset(50%)', true],
    ['clip-path inset(10%)', 'clip-path:inset(10%)', false],
    ['display none', 'display:none', true],
    ['display block', 'display:block', false],
  ])('%s → %s', (_what, style, hidden) => {
    expect(hidesSubtree(el(`<p id="t" style="${style}">x</p>`))).toBe(hidden);
  });

  it.each([
    ['rect(0 0 0 0)', true],
    ['rect( 0px 0 0px 0 )', true],
    ['rect(0, 0, 0, 1px)', false],
    ['rect(10px, 0, 0, 0)', false],
    ['auto', false],
  ])('clip %s (as an engine reports it) → %s', (clip, hidden) => {
    const t = el('<p id="t">x</p>');
    const computed = { display: 'block', opacity: '1', clip, clipPath: 'none' } as CSSStyleDeclaration;
    vi.spyOn(window, 'getComputedStyle').mockReturnValue(computed);
    expect(hidesSubtree(t)).toBe(hidden);
  });

  it('an engine that reports no opacity at all hides nothing (an empty value is not 0)', () => {
    const t = el('<p id="t">x</p>');
    vi.spyOn(window, 'getComputedStyle').mockReturnValue({
      display: 'block',
      opacity: '',
      clip: 'auto',
      clipPath: 'none',
    } as CSSStyleDeclaration);
    expect(hidesSubtree(t)).toBe(false);
  });

  it('an element out of the page is never asked about', () => {
    const detached = document.createElement('p');
    detached.style.display = 'none';
    expect(hidesSubtree(detached)).toBe(false);
    expect(hidesOwnText(detached)).toBe(false);
  });

  it('a style that cannot be read hides nothing', () => {
    const t = el('<p id="t" style="display:none;font-size:0">x</p>');
    vi.spyOn(window, 'getComputedStyle').mockImplementation(() => {
      throw new Error('no style');
    });
    expect(hidesSubtree(t)).toBe(false);
    expect(hidesOwnText(t)).toBe(false);
  });
});

function box(left: number, top: number, width: number, height: number): DOMRect {
  return { left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) } as DOMRect;
}

describe('with layout: clipped overflow on one axis, a scrolled page', () => {
  const laidOut = (html: string, rect: DOMRect): Element => {
    const t = el(html);
    vi.spyOn(document.documentElement, 'getBoundingClientRect').mockReturnValue(box(0, 0, 1000, 800));
    vi.spyOn(t, 'getBoundingClientRect').mockReturnValue(rect);
    return t;
  };

  it.each([
    ['overflow-x hidden', 'overflow-x:hidden'],
    ['overflow-y hidden', 'overflow-y:hidden'],
  ])('a 1 px box with %s is hidden', (_what, style) => {
    expect(hidesSubtree(laidOut(`<p id="t" style="${style}">x</p>`, box(10, 10, 1, 20)))).toBe(true);
  });

  it('a box left of the view but reachable by scrolling back is shown; one left of the page is hidden', () => {
    vi.spyOn(window, 'scrollX', 'get').mockReturnValue(500);
    vi.spyOn(window, 'scrollY', 'get').mockReturnValue(400);
    expect(hidesSubtree(laidOut('<p id="t">x</p>', box(-300, 10, 200, 20)))).toBe(false);
    expect(hidesSubtree(laidOut('<p id="t">x</p>', box(-700, 10, 200, 20)))).toBe(true);
    expect(hidesSubtree(laidOut('<p id="t">x</p>', box(10, -300, 200, 20)))).toBe(false);
    expect(hidesSubtree(laidOut('<p id="t">x</p>', box(10, -420, 200, 20)))).toBe(true);
  });

  it('a document whose root is 1 px wide has layout; 0 px has none', () => {
    const t = el('<p id="t">x</p>');
    const root = vi.spyOn(document.documentElement, 'getBoundingClientRect').mockReturnValue(box(0, 0, 1, 1));
    vi.spyOn(t, 'getBoundingClientRect').mockReturnValue(box(-300, 10, 200, 20));
    expect(hidesSubtree(t)).toBe(true);
    root.mockReturnValue(box(0, 0, 0, 0));
    expect(hidesSubtree(t)).toBe(false);
  });
});

describe('what hides the text directly inside an element', () => {
  it.each([
    ['visibility hidden', 'visibility:hidden', true],
    ['visibility collapse', 'visibility:collapse', true],
    ['visibility visible', 'visibility:visible', false],
    ['font-size 0.5px', 'font-size:0.5px', true],
    ['font-size 1px', 'font-size:1px', false],
    ['colour alpha 0.05', 'color:rgba(0, 0, 0, 0.05)', true],
    ['colour alpha 0.06', 'color:rgba(0, 0, 0, 0.06)', false],
    ['white on the page’s white (no background anywhere)', 'color:#ffffff', true],
    ['near-white (247) on white', 'color:rgb(247, 247, 247)', true],
    ['light grey (246) on white', 'color:rgb(246, 255, 255)', false],
    ['black', 'color:#000', false],
  ])('%s → %s', (_what, style, hidden) => {
    expect(hidesOwnText(el(`<p id="t" style="${style}">x</p>`))).toBe(hidden);
  });

  it('the colour behind: the nearest background opaque to 0.95, an image is never the same colour', () => {
    expect(hidesOwnText(el('<div style="background-color:#000"><p id="t" style="color:#000">x</p></div>'))).toBe(true);
    expect(hidesOwnText(el('<div style="background-color:rgba(0, 0, 0, 0.95)"><p id="t" style="color:#000">x</p></div>'))).toBe(true);
    // A background under 0.95 opaque lets the white behind show through: black text stays readable.
    expect(hidesOwnText(el('<div style="background-color:rgba(0, 0, 0, 0.94)"><p id="t" style="color:#000">x</p></div>'))).toBe(false);
    expect(
      hidesOwnText(el('<div style="background-color:#000;background-image:url(x.png)"><p id="t" style="color:#000">x</p></div>')),
    ).toBe(false);
    expect(hidesOwnText(el('<div style="background-color:#000;background-image:none"><p id="t" style="color:#000">x</p></div>'))).toBe(
      true,
    );
  });

  it('one reader remembers each answer for the read', () => {
    const t = el('<p id="t" style="font-size:0">x</p>');
    const reader = createVisibilityReader();
    expect(reader.hidesOwnText(t)).toBe(true);
    (t as HTMLElement).style.fontSize = '14px';
    expect(reader.hidesOwnText(t)).toBe(true);
    expect(createVisibilityReader().hidesOwnText(t)).toBe(false);
  });
});

describe('colours', () => {
  it.each([
    ['rgba(1, 2, 3, 0.5)', [1, 2, 3, 0.5]],
    ['rgb(1,2,3)', [1, 2, 3, 1]],
    ['RGB(1, 2, 3)', [1, 2, 3, 1]],
    ['  rgb(1, 2, 3)  ', [1, 2, 3, 1]],
    ['rgb( 1 2 3 )', [1, 2, 3, 1]],
    ['rgb(1 2 3 / 0.25)', [1, 2, 3, 0.25]],
    ['rgb(1 2 3 / 25%)', [1, 2, 3, 0.25]],
    ['rgb(1.5, 2, 3)', [1.5, 2, 3, 1]],
    ['transparent', [0, 0, 0, 0]],
    ['TRANSPARENT', [0, 0, 0, 0]],
    ['#ABC', [170, 187, 204, 1]],
    [' #a0b1c2 ', [160, 177, 194, 1]],
  ])('%j → %j', (value, rgba) => {
    expect(parseColor(value)).toEqual(rgba);
  });

  it.each([['rgb(1, 2)'], ['xrgb(1, 2, 3)'], ['rgb(1, 2, 3)x'], ['#abcd'], ['#ab'], ['#abcdeg'], ['x#abc'], ['red']])(
    '%j is no colour it reads',
    (value) => {
      expect(parseColor(value)).toBeNull();
    },
  );

  it('two colours are the same within 8 on every channel', () => {
    const white: [number, number, number, number] = [255, 255, 255, 1];
    expect(sameColour([247, 255, 255, 1], white)).toBe(true);
    expect(sameColour([246, 255, 255, 1], white)).toBe(false);
    expect(sameColour([255, 246, 255, 1], white)).toBe(false);
    expect(sameColour([255, 255, 246, 1], white)).toBe(false);
    expect(sameColour(white, [247, 247, 247, 1])).toBe(true);
    expect(sameColour([8, 8, 8, 1], [0, 0, 0, 0])).toBe(true);
  });
});
