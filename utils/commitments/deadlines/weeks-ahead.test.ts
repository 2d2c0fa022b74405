// A week ahead or gone is counted whole: "next week" said on a Saturday or Sunday is that week's
// last workday (Friday), not its Sunday. Only this week keeps "never a day gone".
import { describe, expect, it } from 'vitest';
import { resolveDue } from './resolve';

const NY = 'America/New_York';
const due = (text: string, now: string, workday?: { start: string; end: string; days: number[] }) =>
  resolveDue(text, { now: new Date(now), timeZone: NY, workday })?.at ?? null;
const SATURDAY = '2026-11-28T11:00:00-05:00';
const SUNDAY = '2026-11-29T11:00:00-05:00';

describe('a week ahead, said on the weekend', () => {
  it.each([
    ['end of next week', SATURDAY, '2026-12-04T17:00:00-05:00'],
    ['end of next week', SUNDAY, '2026-12-04T17:00:00-05:00'],
    ['by the end of the following week', SATURDAY, '2026-12-04T17:00:00-05:00'],
    ['end of the coming week', SUNDAY, '2026-12-04T17:00:00-05:00'],
    ['next week', SATURDAY, '2026-12-04T17:00:00-05:00'],
    ['by next week', SUNDAY, '2026-12-04T17:00:00-05:00'],
    ['the week after next', SATURDAY, '2026-12-11T17:00:00-05:00'],
    ['the week after next', SUNDAY, '2026-12-11T17:00:00-05:00'],
  ])('%s, said %s → %s', (text, now, at) => {
    expect(due(text, now)).toBe(at);
  });

  it('this week keeps its own end once its workdays are gone', () => {
    expect(due('end of this week', SATURDAY)).toBe('2026-11-29T17:00:00-05:00');
    expect(due('this week', SUNDAY)).toBe('2026-11-29T17:00:00-05:00');
  });

  it('follows the agent’s week: Sunday to Thursday ends on its Sunday', () => {
    const sunThu = { start: '09:00', end: '17:00', days: [0, 1, 2, 3, 4] };
    expect(due('end of next week', SATURDAY, sunThu)).toBe('2026-12-06T17:00:00-05:00');
    expect(due('next week', '2026-11-25T10:00:00-05:00', sunThu)).toBe('2026-12-06T17:00:00-05:00');
  });

  it('said on a weekday, as before', () => {
    expect(due('end of next week', '2026-11-25T10:00:00-05:00')).toBe('2026-12-04T17:00:00-05:00');
    expect(due('next week', '2026-11-30T10:00:00-05:00')).toBe('2026-12-11T17:00:00-05:00');
    expect(due('the week after next', '2026-11-27T10:00:00-05:00')).toBe('2026-12-11T17:00:00-05:00');
  });
});
