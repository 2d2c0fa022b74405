// "Before the weekend" and "by the weekend" promise the last workday before it: chrono reads the
// weekend as its Saturday, a deadline a day late.
import { describe, expect, it } from 'vitest';
import { resolveDue } from './resolve';

const NY = 'America/New_York';
const due = (text: string, now: string, workday?: { start: string; end: string; days: number[] }) =>
  resolveDue(text, { now: new Date(now), timeZone: NY, workday })?.at ?? null;

describe('a deadline before the weekend', () => {
  it.each([
    ['before the weekend', '2026-11-25T10:00:00-05:00', '2026-11-27T17:00:00-05:00'],
    ['by the weekend', '2026-11-25T10:00:00-05:00', '2026-11-27T17:00:00-05:00'],
    ['by weekend', '2026-11-25T10:00:00-05:00', '2026-11-27T17:00:00-05:00'],
    ['until the weekend', '2026-11-25T10:00:00-05:00', '2026-11-27T17:00:00-05:00'],
    ['till the weekend', '2026-11-25T10:00:00-05:00', '2026-11-27T17:00:00-05:00'],
    ['ahead of the weekend', '2026-11-25T10:00:00-05:00', '2026-11-27T17:00:00-05:00'],
    ["I'll have it done by the weekend", '2026-11-25T10:00:00-05:00', '2026-11-27T17:00:00-05:00'],
    ['by this weekend', '2026-11-25T10:00:00-05:00', '2026-11-27T17:00:00-05:00'],
    ['before next weekend', '2026-11-25T10:00:00-05:00', '2026-12-04T17:00:00-05:00'],
    // Said on Friday before its workday ends: today's end.
    ['before the weekend', '2026-11-27T16:59:00-05:00', '2026-11-27T17:00:00-05:00'],
    // Said on Sunday: the coming Friday.
    ['by the weekend', '2026-11-29T10:00:00-05:00', '2026-12-04T17:00:00-05:00'],
  ])('%s, said %s → %s', (text, now, at) => {
    expect(due(text, now)).toBe(at);
  });

  it('once the last workday is over, the weekend itself', () => {
    expect(due('before the weekend', '2026-11-27T17:00:00-05:00')).toBe('2026-11-28T17:00:00-05:00');
    expect(due('by the weekend', '2026-11-28T10:00:00-05:00')).toBe('2026-11-28T17:00:00-05:00');
  });

  it('follows the agent’s week: Sunday to Thursday ends on Thursday', () => {
    expect(due('by the weekend', '2026-11-24T10:00:00-05:00', { start: '09:00', end: '17:00', days: [0, 1, 2, 3, 4] })).toBe(
      '2026-11-26T17:00:00-05:00',
    );
  });

  it.each([
    ['over the weekend', '2026-11-28T17:00:00-05:00'],
    ['this weekend', '2026-11-28T17:00:00-05:00'],
    ['at the weekend', '2026-11-28T17:00:00-05:00'],
    ['on the weekend', '2026-11-28T17:00:00-05:00'],
  ])('other words keep the weekend itself: %s → %s', (text, at) => {
    expect(due(text, '2026-11-25T10:00:00-05:00')).toBe(at);
  });

  // The weekend under way is this one: said on Sunday, or on Saturday once its workday end is past,
  // "this weekend" was the next Saturday (a week late).
  it.each([
    ['this weekend', '2026-11-28T16:59:00-05:00', '2026-11-28T17:00:00-05:00'],
    ['this weekend', '2026-11-28T17:00:00-05:00', '2026-11-29T17:00:00-05:00'],
    ['this weekend', '2026-11-29T00:00:00-05:00', '2026-11-29T17:00:00-05:00'],
    ['this weekend', '2026-11-29T10:00:00-05:00', '2026-11-29T17:00:00-05:00'],
    ['over the weekend', '2026-11-29T10:00:00-05:00', '2026-11-29T17:00:00-05:00'],
    ['at the weekend', '2026-11-28T18:00:00-05:00', '2026-11-29T17:00:00-05:00'],
    // Once Sunday's workday end is past it stays this Sunday (overdue), as "this morning" stays today.
    ['this weekend', '2026-11-29T23:59:00-05:00', '2026-11-29T17:00:00-05:00'],
    // Dec → Jan: Sunday Jan 3, 2027.
    ['this weekend', '2027-01-03T09:00:00-05:00', '2027-01-03T17:00:00-05:00'],
    // "next weekend" and "by the weekend" keep their own readings.
    ['next weekend', '2026-11-29T10:00:00-05:00', '2026-12-05T17:00:00-05:00'],
    ['by this weekend', '2026-11-29T10:00:00-05:00', '2026-12-04T17:00:00-05:00'],
    ['by the weekend', '2026-11-28T17:00:00-05:00', '2026-12-04T17:00:00-05:00'],
    // A bare Saturday said on Saturday after its workday end is still next week's.
    ['Saturday', '2026-11-28T17:00:00-05:00', '2026-12-05T17:00:00-05:00'],
  ])('the weekend under way: %s, said %s → %s', (text, now, at) => {
    expect(due(text, now)).toBe(at);
  });

  it('the weekend under way is counted in the zone meant: 00:30 on Sunday in Berlin, still Saturday in UTC', () => {
    const at = resolveDue('this weekend', { now: new Date('2026-11-28T23:30:00Z'), timeZone: 'Europe/Berlin' });
    expect(at).toEqual({ at: '2026-11-29T17:00:00+01:00', text: 'this weekend', precision: 'day' });
  });
});
