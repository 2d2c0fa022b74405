import { describe, expect, it } from 'vitest';
import { BADGE_AMBER, BADGE_RED, badgeLook } from './badge';
import { en } from '../../tests/support/catalog';

describe('badgeLook', () => {
  it.each([
    [{ overdue: 0, dueSoon: 0 }, '', BADGE_AMBER],
    [{ overdue: 1, dueSoon: 0 }, '1', BADGE_RED],
    [{ overdue: 0, dueSoon: 3 }, '3', BADGE_AMBER],
    [{ overdue: 2, dueSoon: 3 }, '5', BADGE_RED],
    [{ overdue: 5000, dueSoon: 0 }, '999+', BADGE_RED],
  ])('%o → %s', (counts, text, color) => {
    const look = badgeLook(counts, en);
    expect(look.text).toBe(text);
    expect(look.color).toBe(color);
  });
  it('explains itself in the tooltip', () => {
    expect(badgeLook({ overdue: 1, dueSoon: 2 }, en).title).toBe('Commitment Keeper: 1 overdue, 2 due soon');
  });
});
