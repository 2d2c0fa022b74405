// Business-day arithmetic on the agent's own schedule: "within 2 business days", "end of the week"
// and "end of the month" land on the days it gives, so a day off by one is a wrong deadline.
import { describe, expect, it } from 'vitest';
import {
  addWorkdays,
  isWorkday,
  lastWorkdayOfMonth,
  lastWorkdayOfWeek,
  lastWorkdayOfWholeWeek,
  toSchedule,
  type Schedule,
} from './workday';

const monFri = () => toSchedule(undefined);
const sunThu = () => toSchedule({ start: '08:00', end: '16:00', days: [0, 1, 2, 3, 4] });
const noDays = (): Schedule => ({ start: { h: 9, mi: 0 }, end: { h: 17, mi: 0 }, days: new Set() });

describe('toSchedule', () => {
  it('without settings is 9:00–17:00, Monday to Friday', () => {
    expect(monFri()).toEqual({ start: { h: 9, mi: 0 }, end: { h: 17, mi: 0 }, days: new Set([1, 2, 3, 4, 5]) });
  });

  it('reads the clocks and days set', () => {
    expect(toSchedule({ start: '07:30', end: '15:45', days: [0, 6] })).toEqual({
      start: { h: 7, mi: 30 },
      end: { h: 15, mi: 45 },
      days: new Set([0, 6]),
    });
  });

  it.each([
    [' 8:05 ', { h: 8, mi: 5 }],
    ['23:59', { h: 23, mi: 59 }],
    ['24:00', { h: 23, mi: 0 }],
    ['10:75', { h: 10, mi: 59 }],
    ['99:99', { h: 23, mi: 59 }],
    ['7:5', { h: 9, mi: 0 }],
    ['08:300', { h: 9, mi: 0 }],
    ['108:30', { h: 9, mi: 0 }],
    ['x08:30', { h: 9, mi: 0 }],
    ['08:30x', { h: 9, mi: 0 }],
    ['0830', { h: 9, mi: 0 }],
    ['', { h: 9, mi: 0 }],
  ])('a start of %j is %j (a broken one is 9:00)', (start, clock) => {
    expect(toSchedule({ start, end: '17:00', days: [1] }).start).toEqual(clock);
  });

  it('a broken end is 17:00', () => {
    expect(toSchedule({ start: '09:00', end: 'late', days: [1] }).end).toEqual({ h: 17, mi: 0 });
    expect(toSchedule({ start: '09:00', end: undefined as unknown as string, days: [1] }).end).toEqual({ h: 17, mi: 0 });
  });

  it('keeps only whole days 0–6', () => {
    const days = [-1, 0, 1.5, 3, 6, 7, Number.NaN, '2' as unknown as number];
    expect(toSchedule({ start: '09:00', end: '17:00', days }).days).toEqual(new Set([0, 3, 6]));
  });

  it.each([[[]], [[7, 8]], [undefined], ['1,2' as unknown]])('an empty or broken week (%j) is Monday to Friday', (days) => {
    expect(toSchedule({ start: '09:00', end: '17:00', days: days as number[] }).days).toEqual(new Set([1, 2, 3, 4, 5]));
  });
});

describe('isWorkday', () => {
  it.each([
    [{ y: 2026, m: 11, d: 27 }, true],
    [{ y: 2026, m: 11, d: 28 }, false],
    [{ y: 2026, m: 11, d: 29 }, false],
    [{ y: 2026, m: 11, d: 30 }, true],
  ])('%j on Monday to Friday: %s', (date, yes) => {
    expect(isWorkday(date, monFri())).toBe(yes);
  });
  it('follows the agent’s own week', () => {
    expect(isWorkday({ y: 2026, m: 11, d: 29 }, sunThu())).toBe(true);
    expect(isWorkday({ y: 2026, m: 11, d: 27 }, sunThu())).toBe(false);
  });
});

describe('addWorkdays: the Nth workday after the date, the date itself never counting', () => {
  it.each([
    // Wednesday 2026-11-25
    [{ y: 2026, m: 11, d: 25 }, 1, { y: 2026, m: 11, d: 26 }],
    [{ y: 2026, m: 11, d: 25 }, 2, { y: 2026, m: 11, d: 27 }],
    [{ y: 2026, m: 11, d: 25 }, 3, { y: 2026, m: 11, d: 30 }],
    [{ y: 2026, m: 11, d: 25 }, 10, { y: 2026, m: 12, d: 9 }],
    // Friday, Saturday, Sunday: the next is Monday
    [{ y: 2026, m: 11, d: 27 }, 1, { y: 2026, m: 11, d: 30 }],
    [{ y: 2026, m: 11, d: 28 }, 1, { y: 2026, m: 11, d: 30 }],
    [{ y: 2026, m: 11, d: 29 }, 1, { y: 2026, m: 11, d: 30 }],
    // Across a month and a year
    [{ y: 2026, m: 12, d: 31 }, 1, { y: 2027, m: 1, d: 1 }],
    [{ y: 2026, m: 12, d: 31 }, 2, { y: 2027, m: 1, d: 4 }],
  ])('%j + %d → %j', (date, n, expected) => {
    expect(addWorkdays(date, n, monFri())).toEqual(expected);
  });

  it('counts on the agent’s own week (Sunday to Thursday)', () => {
    expect(addWorkdays({ y: 2026, m: 11, d: 26 }, 1, sunThu())).toEqual({ y: 2026, m: 11, d: 29 });
    expect(addWorkdays({ y: 2026, m: 11, d: 26 }, 2, sunThu())).toEqual({ y: 2026, m: 11, d: 30 });
  });

  it.each([0, -3])('at least one day on: %d is the next workday', (n) => {
    expect(addWorkdays({ y: 2026, m: 11, d: 25 }, n, monFri())).toEqual({ y: 2026, m: 11, d: 26 });
  });

  it('stops at 3,660 workdays, so no count runs away', () => {
    const from = { y: 2026, m: 11, d: 25 };
    expect(addWorkdays(from, 1_000_000, monFri())).toEqual(addWorkdays(from, 3660, monFri()));
    expect(addWorkdays(from, 3660, monFri())).not.toEqual(addWorkdays(from, 3659, monFri()));
    // 3,660 workdays of five a week: 732 weeks on, a Wednesday again.
    expect(addWorkdays(from, 3660, monFri())).toEqual({ y: 2040, m: 12, d: 5 });
  });
});

describe('lastWorkdayOfWeek: weeks start on Monday', () => {
  it.each([
    [
      { y: 2026, m: 11, d: 23 },
      { y: 2026, m: 11, d: 27 },
    ],
    [
      { y: 2026, m: 11, d: 25 },
      { y: 2026, m: 11, d: 27 },
    ],
    [
      { y: 2026, m: 11, d: 27 },
      { y: 2026, m: 11, d: 27 },
    ],
    // On the weekend no workday is left in that week: its Sunday.
    [
      { y: 2026, m: 11, d: 28 },
      { y: 2026, m: 11, d: 29 },
    ],
    [
      { y: 2026, m: 11, d: 29 },
      { y: 2026, m: 11, d: 29 },
    ],
  ])('Monday to Friday, %j → %j', (date, expected) => {
    expect(lastWorkdayOfWeek(date, monFri())).toEqual(expected);
  });

  it('is Sunday when Sunday is a workday (it ends the Monday week)', () => {
    expect(lastWorkdayOfWeek({ y: 2026, m: 11, d: 25 }, sunThu())).toEqual({ y: 2026, m: 11, d: 29 });
    expect(lastWorkdayOfWeek({ y: 2026, m: 11, d: 29 }, sunThu())).toEqual({ y: 2026, m: 11, d: 29 });
  });

  it('a Tuesday-to-Wednesday week ends on Wednesday, and after it on Sunday', () => {
    const s = toSchedule({ start: '09:00', end: '17:00', days: [2, 3] });
    expect(lastWorkdayOfWeek({ y: 2026, m: 11, d: 23 }, s)).toEqual({ y: 2026, m: 11, d: 25 });
    expect(lastWorkdayOfWeek({ y: 2026, m: 11, d: 26 }, s)).toEqual({ y: 2026, m: 11, d: 29 });
  });

  it('with no workday at all, the week’s Sunday', () => {
    expect(lastWorkdayOfWeek({ y: 2026, m: 11, d: 24 }, noDays())).toEqual({ y: 2026, m: 11, d: 29 });
  });
});

describe('lastWorkdayOfWholeWeek: the week counted from its Monday', () => {
  it.each([
    [
      { y: 2026, m: 11, d: 23 },
      { y: 2026, m: 11, d: 27 },
    ],
    [
      { y: 2026, m: 11, d: 27 },
      { y: 2026, m: 11, d: 27 },
    ],
    [
      { y: 2026, m: 11, d: 28 },
      { y: 2026, m: 11, d: 27 },
    ],
    [
      { y: 2026, m: 11, d: 29 },
      { y: 2026, m: 11, d: 27 },
    ],
    [
      { y: 2026, m: 11, d: 30 },
      { y: 2026, m: 12, d: 4 },
    ],
  ])('Monday to Friday, %j → %j', (date, expected) => {
    expect(lastWorkdayOfWholeWeek(date, monFri())).toEqual(expected);
  });
  it('a Sunday workday ends the week', () => {
    expect(lastWorkdayOfWholeWeek({ y: 2026, m: 11, d: 28 }, sunThu())).toEqual({ y: 2026, m: 11, d: 29 });
  });
});

describe('lastWorkdayOfMonth', () => {
  it.each([
    [
      { y: 2026, m: 11, d: 5 },
      { y: 2026, m: 11, d: 30 },
    ],
    [
      { y: 2026, m: 10, d: 1 },
      { y: 2026, m: 10, d: 30 },
    ],
    [
      { y: 2026, m: 5, d: 31 },
      { y: 2026, m: 5, d: 29 },
    ],
    [
      { y: 2026, m: 2, d: 1 },
      { y: 2026, m: 2, d: 27 },
    ],
    [
      { y: 2026, m: 8, d: 31 },
      { y: 2026, m: 8, d: 31 },
    ],
  ])('Monday to Friday, %j → %j', (date, expected) => {
    expect(lastWorkdayOfMonth(date, monFri())).toEqual(expected);
  });

  it('a Sunday-to-Thursday week: May 2026 ends on Sunday the 31st', () => {
    expect(lastWorkdayOfMonth({ y: 2026, m: 5, d: 3 }, sunThu())).toEqual({ y: 2026, m: 5, d: 31 });
    expect(lastWorkdayOfMonth({ y: 2026, m: 10, d: 3 }, sunThu())).toEqual({ y: 2026, m: 10, d: 29 });
  });

  it('with no workday at all, the month’s last day', () => {
    expect(lastWorkdayOfMonth({ y: 2028, m: 2, d: 3 }, noDays())).toEqual({ y: 2028, m: 2, d: 29 });
  });
});
