// The zone's name beside a clock time, as the customer reads it.
import { describe, expect, it } from 'vitest';
import { zoneAbbreviation } from './zones';

const WINTER = new Date('2026-11-30T15:00:00Z');
const SUMMER = new Date('2026-07-01T15:00:00Z');

describe('zoneAbbreviation', () => {
  it.each([
    ['America/Chicago', WINTER, 'CST'],
    ['America/Chicago', SUMMER, 'CDT'],
    ['Europe/Berlin', WINTER, 'CET'], // en-US says GMT+1: en-GB knows it
    ['Asia/Kolkata', WINTER, 'IST'], // en-IN
    ['Australia/Sydney', WINTER, 'AEDT'], // en-AU, their summer
    ['Asia/Singapore', WINTER, 'SGT'], // en-SG
    ['UTC', WINTER, 'UTC'],
  ])('%s at %s → %s (an abbreviation some English locale uses)', (zone, at, name) => {
    expect(zoneAbbreviation(zone, at)).toBe(name);
  });

  it.each([
    ['Asia/Tokyo', 'Tokyo time (GMT+9)'],
    ['America/Sao_Paulo', 'Sao Paulo time (GMT-3)'], // the underscore read as a space
    ['America/Argentina/Buenos_Aires', 'Buenos Aires time (GMT-3)'], // the last part is the place
    ['Etc/GMT-9', 'GMT+9'], // names no place
    ['Japan', 'GMT+9'], // a zone without a region names a country, not a city
  ])('without an abbreviation: %s → %s', (zone, name) => {
    expect(zoneAbbreviation(zone, WINTER)).toBe(name);
  });

  it('a zone Intl does not know is named as given, never thrown on', () => {
    expect(zoneAbbreviation('Mars/Olympus_Mons', WINTER)).toBe('Olympus Mons time (Mars/Olympus_Mons)');
  });
});
