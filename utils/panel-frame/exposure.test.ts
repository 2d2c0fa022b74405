import { describe, expect, it } from 'vitest';
import { boxProblems, styleProblems } from './exposure';

const shown = {
  opacity: '1',
  visibility: 'visible',
  display: 'block',
  transform: 'none',
  filter: 'none',
  clipPath: 'none',
  mixBlendMode: 'normal',
};

describe('the panel host as the page styled it', () => {
  it('finds nothing wrong with the panel as drawn', () => {
    expect(styleProblems(shown, 'the panel')).toEqual([]);
    expect(
      boxProblems({ left: 1020, top: 0, right: 1400, bottom: 900, width: 380, height: 900 }, { width: 1400, height: 900 }, 380),
    ).toEqual([]);
  });

  it.each([
    [{ opacity: '0.0001' }, /see-through \(opacity 0.0001\)/],
    [{ visibility: 'hidden' }, /hidden \(visibility hidden\)/],
    [{ transform: 'matrix(1, 0, 0, 1, -600, 0)' }, /moved or resized/],
    [{ filter: 'opacity(0.01)' }, /altered/],
    [{ clipPath: 'inset(0px 0px 95%)' }, /clipped/],
    [{ mixBlendMode: 'multiply' }, /blended/],
  ])('names %j', (change, words) => {
    expect(styleProblems({ ...shown, ...change }, 'the panel').join('; ')).toMatch(words);
  });

  it('sees a shrunk or moved frame', () => {
    expect(
      boxProblems({ left: 1300, top: 0, right: 1340, bottom: 40, width: 40, height: 40 }, { width: 1400, height: 900 }, 380).join(),
    ).toMatch(/shrunk/);
    expect(
      boxProblems({ left: 1300, top: 0, right: 1680, bottom: 900, width: 380, height: 900 }, { width: 1400, height: 900 }, 380).join(),
    ).toMatch(/off the window/);
  });
});
