import { describe, expect, it } from 'vitest';
import { seededRandom } from './random';

describe('seededRandom', () => {
  it('gives the same numbers for the same seed, others for another, all in [0, 1)', () => {
    const take = (seed: number) => Array.from({ length: 200 }, seededRandom(seed));
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(7));
    expect(take(42).every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(take(42)).size).toBeGreaterThan(190);
  });
});
