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

describe('badgeLook: promises without a date', () => {
  it('count on the badge in amber and are named in the tooltip', () => {
    expect(badgeLook({ overdue: 0, dueSoon: 0, undated: 2 }, en)).toEqual({
      text: '2',
      color: BADGE_AMBER,
      title: 'Commitment Keeper: 2 without a date',
    });
    expect(badgeLook({ overdue: 1, dueSoon: 1, undated: 1 }, en)).toEqual({
      text: '3',
      color: BADGE_RED,
      title: 'Commitment Keeper: 1 overdue, 1 due soon, 1 without a date',
    });
  });

  it('count toward "999+" like the others', () => {
    expect(badgeLook({ overdue: 0, dueSoon: 999, undated: 1 }, en).text).toBe('999+');
    expect(badgeLook({ overdue: 0, dueSoon: 998, undated: 1 }, en).text).toBe('999');
  });
});
