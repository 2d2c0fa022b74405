// A bare hour in a promise ("I'll call you at 3 tomorrow") is the one inside the agent's working day:
// chrono reads 3 as 3 AM, a deadline twelve hours early.
import { describe, expect, it } from 'vitest';
import { resolveDue } from './resolve';

// Wednesday, December 2, 2026, 10:00 in New York; the default workday is 9:00–17:00, Monday to Friday.
const now = new Date('2026-12-02T15:00:00Z');
const ctx = { now, timeZone: 'America/New_York' };
const at = (text: string, extra: object = {}) => resolveDue(text, { ...ctx, ...extra })?.at ?? null;

describe('a bare hour', () => {
  it.each([
    ['at 3 tomorrow', '2026-12-03T15:00:00-05:00'],
    ["I'll call you at 4", '2026-12-02T16:00:00-05:00'],
    ['tomorrow at 2:30', '2026-12-03T14:30:00-05:00'],
    ['at 1 on Friday', '2026-12-04T13:00:00-05:00'],
    ['at 5 tomorrow', '2026-12-03T17:00:00-05:00'],
  ])('%s is in the afternoon, inside the workday: %s', (text, when) => {
    expect(at(text)).toBe(when);
  });

  it.each([
    ['tomorrow at 9', '2026-12-03T09:00:00-05:00'],
    ['at 11 on Friday', '2026-12-04T11:00:00-05:00'],
    ['at 8 tomorrow', '2026-12-03T08:00:00-05:00'],
    ['at 3am tomorrow', '2026-12-03T03:00:00-05:00'],
    ['at 3 in the morning tomorrow', '2026-12-03T03:00:00-05:00'],
    ['tomorrow at 03:00', '2026-12-03T03:00:00-05:00'],
    ['tomorrow at 15:00', '2026-12-03T15:00:00-05:00'],
    ['tomorrow at noon', '2026-12-03T12:00:00-05:00'],
  ])('%s stays as written or as the workday already reads it: %s', (text, when) => {
    expect(at(text)).toBe(when);
  });

  it('follows the agent’s own workday: with a 6:00–14:00 day, 5 is 5 AM and 1 is 1 PM', () => {
    const early = { workday: { start: '06:00', end: '14:00', days: [1, 2, 3, 4, 5] } };
    expect(at('at 5 tomorrow', early)).toBe('2026-12-03T05:00:00-05:00');
    expect(at('at 1 tomorrow', early)).toBe('2026-12-03T13:00:00-05:00');
  });
});

// chrono reads "at 10" as a clock but not "by 10": the day alone gave its workday end, hours after
// the hour promised.
describe('a bare clock after "by", beside a day', () => {
  it.each([
    ['by 2 today', '2026-12-02T14:00:00-05:00'],
    ['Friday by 10', '2026-12-04T10:00:00-05:00'],
    ['by 9 tomorrow', '2026-12-03T09:00:00-05:00'],
    ['before 3 tomorrow', '2026-12-03T15:00:00-05:00'],
    ['tomorrow by 4:30', '2026-12-03T16:30:00-05:00'],
    ['Monday, by 11', '2026-12-07T11:00:00-05:00'],
    ['by 2:30 on Monday', '2026-12-07T14:30:00-05:00'],
    ["I'll send it Friday by 10 at the latest", '2026-12-04T10:00:00-05:00'],
  ])('%s → %s', (text, when) => {
    expect(at(text)).toBe(when);
  });

  it.each([
    ['Friday by 2 business days', '2026-12-04T17:00:00-05:00'],
    ['we cut it by 2 on Friday', '2026-12-04T17:00:00-05:00'],
    ['ship Friday by 10 pallets', '2026-12-04T17:00:00-05:00'],
  ])('%s: a count, not a clock', (text, when) => {
    expect(at(text)).toBe(when);
  });
});

// chrono reads no clock said in words: the day alone gave its workday end, or no deadline at all.
describe('a clock said in words', () => {
  it.each([
    ['at half past 3', '2026-12-02T15:30:00-05:00'],
    ['by quarter to 5', '2026-12-02T16:45:00-05:00'],
    ['by a quarter past 2 tomorrow', '2026-12-03T14:15:00-05:00'],
    ['half past nine tomorrow', '2026-12-03T09:30:00-05:00'],
    ['quarter to noon', '2026-12-02T11:45:00-05:00'],
    ['by quarter past 10 on Friday', '2026-12-04T10:15:00-05:00'],
    ['half past 3 in the morning', '2026-12-03T03:30:00-05:00'],
    ['quarter to 11 at night', '2026-12-02T22:45:00-05:00'],
  ])('%s → %s', (text, when) => {
    expect(at(text)).toBe(when);
  });

  it('"a quarter of an hour" is a span, not a clock', () => {
    expect(at('within a quarter of an hour')).toBe('2026-12-02T10:15:00-05:00');
  });
});
