// Days and parts of days support agents promise by that chrono does not read: holidays ("before
// Christmas", "by New Year's Eve", "by Thanksgiving"), lunch ("by lunch tomorrow"), the night
// ("tomorrow night"), and "midweek" alone. Before: no deadline for the holidays, "midweek" or
// "lunchtime"; "by lunch tomorrow" and "tomorrow night" were tomorrow at the workday's end.
import { describe, expect, it } from 'vitest';
import { resolveDue } from './resolve';
import type { ParseContext } from '../types';

/** Tuesday, December 1, 2026, 10:00 AM in New York; workday 9–5, Monday to Friday. */
const ctx: ParseContext = { now: new Date('2026-12-01T15:00:00Z'), timeZone: 'America/New_York' };
const dueAt = (text: string, c: ParseContext = ctx) => resolveDue(`I'll send it ${text}`, c)?.at ?? null;

describe('holidays: the next such day', () => {
  it.each([
    ['before Christmas', '2026-12-25T17:00:00-05:00'],
    ['by Xmas', '2026-12-25T17:00:00-05:00'],
    ['by Christmas Eve', '2026-12-24T17:00:00-05:00'],
    ['by Boxing Day', '2026-12-26T17:00:00-05:00'],
    ["by New Year's Eve", '2026-12-31T17:00:00-05:00'],
    ["after New Year's Day", '2027-01-01T17:00:00-05:00'],
    ['in the new year', '2027-01-01T17:00:00-05:00'],
    ['by Thanksgiving', '2027-11-25T17:00:00-05:00'],
  ])('%s → %s', (text, at) => {
    expect(dueAt(text)).toBe(at);
  });

  it('this year’s while it has not passed, next year’s once it has', () => {
    const inOctober = { ...ctx, now: new Date('2026-10-01T14:00:00Z') };
    expect(dueAt('by Thanksgiving', inOctober)).toBe('2026-11-26T17:00:00-05:00');
    const afterChristmas = { ...ctx, now: new Date('2026-12-28T15:00:00Z') };
    expect(dueAt('before Christmas', afterChristmas)).toBe('2027-12-25T17:00:00-05:00');
  });

  it.each(['we had a great Christmas party', 'the Thanksgiving sale ends soon', 'our Christmas cards are out'])(
    'a holiday naming a thing is no date: %s',
    (text) => {
      expect(resolveDue(text, ctx)).toBeNull();
    },
  );
});

describe('lunch, the night, midweek', () => {
  it.each(["I'll grab lunch with the team", 'lunch was great, thanks'])('a meal is no time: %s', (text) => {
    expect(resolveDue(text, ctx)).toBeNull();
  });

  it.each([
    ['by lunch', '2026-12-01T12:00:00-05:00'],
    ['at lunchtime', '2026-12-01T12:00:00-05:00'],
    ['by lunch tomorrow', '2026-12-02T12:00:00-05:00'],
    ['after lunch', '2026-12-01T17:00:00-05:00'],
    ['tomorrow night', '2026-12-02T21:00:00-05:00'],
    ['Friday night', '2026-12-04T21:00:00-05:00'],
    ['by midweek', '2026-12-02T17:00:00-05:00'],
    ['midweek', '2026-12-02T17:00:00-05:00'],
  ])('%s → %s', (text, at) => {
    expect(dueAt(text)).toBe(at);
  });
});

describe('a part of the day after a count is a length or a rate, not a time', () => {
  it.each([
    "We'll hold the room for 1 night",
    "I'll hold it for one night",
    "I'll extend your stay by a night",
    "We'll add an extra night",
    'The rate is $90 per night',
    "I'll keep it another day",
  ])('%s → no deadline', (text) => {
    expect(resolveDue(text, ctx)).toBeNull();
  });

  it('"at night" and "tonight" stay times', () => {
    expect(resolveDue("I'll check it at night", ctx)?.at).toBe('2026-12-01T21:00:00-05:00');
    expect(resolveDue("I'll check it tonight", ctx)?.at).toBe('2026-12-01T21:00:00-05:00');
  });
});
