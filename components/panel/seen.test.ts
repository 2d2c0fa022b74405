import { describe, expect, it } from 'vitest';
import { MIN_VISIBLE_MS, observerVerdict } from './seen';

describe("the observer's verdict", () => {
  it('acts only when visible for long enough', () => {
    expect(observerVerdict({ visible: true, since: 0 }, true, MIN_VISIBLE_MS)).toBeNull();
    expect(observerVerdict({ visible: true, since: 0 }, true, MIN_VISIBLE_MS - 1)).toMatch(/only just become visible/);
    expect(observerVerdict({ visible: false, since: 0 }, true, 10_000)).toMatch(/covered or altered/);
    expect(observerVerdict(null, true, 10_000)).toMatch(/covered or altered/);
  });
  it('leaves the decision to the host check where the browser has no IntersectionObserver v2', () => {
    expect(observerVerdict(null, false, 0)).toBeNull();
  });
});
