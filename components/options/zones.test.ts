import { describe, expect, it } from 'vitest';
import { cityOf, searchZones, zoneChoice, zoneChoices } from './zones';

const WINTER = new Date('2026-01-15T12:00:00Z');

describe('time-zone picker list', () => {
  it('names zones by their city', () => {
    expect(cityOf('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(cityOf('Asia/Calcutta')).toBe('Kolkata');
    expect(zoneChoice('America/Chicago', WINTER).label).toBe('Chicago (America) · UTC−06:00 · Central Standard Time');
    expect(zoneChoice('Asia/Kolkata', WINTER).label).toMatch(/^Kolkata \(Asia\) · UTC\+05:30/);
  });

  it("puts the browser's zone first, then the chosen one, then the rest; keeps a chosen zone the list lacks", () => {
    const list = zoneChoices('Europe/Berlin', 'Etc/Unknown_Test', WINTER, () => ['Asia/Tokyo', 'Europe/Berlin', 'America/Chicago']);
    expect(list.map((z) => z.id)).toEqual(['Europe/Berlin', 'Etc/Unknown_Test', 'America/Chicago', 'Asia/Tokyo']);
  });

  it('finds a zone by city, long name, offset or id, every word counting', () => {
    const list = zoneChoices('UTC', 'UTC', WINTER);
    const ids = (q: string) => searchZones(list, q).map((z) => z.id);
    expect(ids('new york')).toContain('America/New_York');
    expect(ids('kolkata').some((id) => /Kolkata|Calcutta/.test(id))).toBe(true);
    expect(ids('central european')).toContain('Europe/Berlin');
    // Node's ICU lists India's zone as Asia/Calcutta, Chromium's as Asia/Kolkata.
    expect(ids('utc+05:30').some((id) => /Kolkata|Calcutta/.test(id))).toBe(true);
    expect(ids('buenos')).toHaveLength(1);
    expect(ids('zzzz')).toEqual([]);
    expect(ids('').length).toBe(list.length);
    expect(list.length).toBeGreaterThan(300);
  });
});
