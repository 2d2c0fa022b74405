import { describe, expect, it } from 'vitest';
import { dueState, formatDay, formatDueDated, formatDueShort, relativeDue, zoneAbbreviation } from './due';

const friday5pmNewYork = Date.parse('2026-11-27T17:00:00-05:00');

describe('formatDueShort', () => {
  it('shows weekday, date and time in the zone asked for', () => {
    expect(formatDueShort(friday5pmNewYork, 'America/New_York')).toBe('Fri, Nov 27, 5:00 PM');
    expect(formatDueShort(friday5pmNewYork, 'Europe/Berlin')).toBe('Fri, Nov 27, 11:00 PM');
  });
  it('names the zone', () => {
    expect(zoneAbbreviation(friday5pmNewYork, 'America/New_York')).toBe('EST');
  });
});

describe('dueState', () => {
  const now = Date.parse('2026-11-27T12:00:00Z');
  it.each([
    [null, 'none'],
    [now - 1, 'overdue'],
    [now + 60_000, 'soon'],
    [now + 3 * 24 * 3600_000, 'later'],
  ] as const)('%s → %s', (dueAt, state) => {
    expect(dueState(dueAt, now)).toBe(state);
  });
});

describe('relativeDue', () => {
  const now = Date.parse('2026-11-27T12:00:00Z');
  it.each([
    [now + 30 * 60_000, 'in 30 minutes'],
    [now + 3 * 3600_000, 'in 3 hours'],
    [now - 2 * 86_400_000, '2 days ago'],
  ])('%s', (dueAt, text) => {
    expect(relativeDue(dueAt, now)).toBe(text);
  });
});

describe('formatDay / formatDueDated: the year whenever it is not the current year', () => {
  const now = Date.parse('2026-11-30T15:00:00Z');
  it.each([
    ['2024-05-13T13:14:00Z', 'Mon, May 13, 2024'],
    ['2026-05-13T13:14:00Z', 'Wed, May 13'],
    // New Year's Eve in New York is already next year in UTC: the zone decides.
    ['2026-01-01T03:00:00Z', 'Wed, Dec 31, 2025'],
  ])('%s → %s', (iso, day) => expect(formatDay(Date.parse(iso), 'America/New_York', now)).toBe(day));
  it('a deadline with its clock', () => {
    expect(formatDueDated(Date.parse('2024-05-15T21:00:00Z'), 'America/New_York', now)).toBe('Wed, May 15, 2024, 5:00 PM');
    expect(formatDueDated(Date.parse('2026-12-02T22:00:00Z'), 'America/New_York', now)).toBe('Wed, Dec 2, 5:00 PM');
  });
});
