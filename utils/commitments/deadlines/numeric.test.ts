// Numbers people write as times and dates that chrono does not read (numeric.ts): "by 1730",
// "4p", "by 14.9.", "the year 2030". One row per word each reader depends on, and the words that
// must keep a number from being read as a time (a quantity, a room, a version).
import { describe, expect, it } from 'vitest';
import { collectDeadlines, pickDeadline } from './resolve';

// Wednesday, November 25, 2026, 10:00 in New York.
const ctx = { now: new Date('2026-11-25T15:00:00Z'), timeZone: 'America/New_York' };
// Through chrono and these readers, not the direct reader (direct.ts), which takes a phrase that
// is all the text holds before chrono sees it (deadlines.test.ts checks both agree).
const hits = (text: string) => collectDeadlines(text, ctx, false, false);
const due = (text: string) => pickDeadline(hits(text))?.due.at ?? null;
const times = (text: string) => hits(text).map((h) => h.due.text);
const dueOn = (text: string, now: string) =>
  pickDeadline(collectDeadlines(text, { ...ctx, now: new Date(now) }, false, false))?.due.at ?? null;

describe('a 24-hour clock without a colon, after a time word', () => {
  it.each([
    ['by 1730', '2026-11-25T17:30:00-05:00'],
    ['at 1730', '2026-11-25T17:30:00-05:00'],
    ['before 1730', '2026-11-25T17:30:00-05:00'],
    ['until 1730', '2026-11-25T17:30:00-05:00'],
    ['till 1730', '2026-11-25T17:30:00-05:00'],
    ['til 1730', '2026-11-25T17:30:00-05:00'],
    ['from 1730', '2026-11-25T17:30:00-05:00'],
    ['after 1730', '2026-11-25T17:30:00-05:00'],
    ['around 1730', '2026-11-25T17:30:00-05:00'],
    ['about 1730', '2026-11-25T17:30:00-05:00'],
    ['@1730', '2026-11-25T17:30:00-05:00'],
    ['by   1730', '2026-11-25T17:30:00-05:00'],
    ['BY 1730', '2026-11-25T17:30:00-05:00'],
    ['by 0000', '2026-11-26T00:00:00-05:00'],
    ['at 1959', '2026-11-25T19:59:00-05:00'],
    ['at 2359', '2026-11-25T23:59:00-05:00'],
    ['at 1005', '2026-11-25T10:05:00-05:00'],
  ])('%s → %s', (text, at) => {
    expect(due(text)).toBe(at);
  });

  it.each([
    ['at 2030', '2026-11-25T20:30:00-05:00'],
    ['around 2030', '2026-11-25T20:30:00-05:00'],
    ['about 2030', '2026-11-25T20:30:00-05:00'],
    ['@2030', '2026-11-25T20:30:00-05:00'],
    ['by 2030 hrs', '2026-11-25T20:30:00-05:00'],
    ['by 2030 hr', '2026-11-25T20:30:00-05:00'],
    ['by 2030 h', '2026-11-25T20:30:00-05:00'],
    ['by 2030 hours', '2026-11-25T20:30:00-05:00'],
    ['by 2030hrs', '2026-11-25T20:30:00-05:00'],
  ])('20:00–23:59 after "at", "around", "about", "@" or marked as hours is a clock: %s', (text, at) => {
    expect(due(text)).toBe(at);
  });

  it.each([['by 2030'], ['before 2030'], ['until 2030'], ['from 2030'], ['after 2030']])('%s is a year, not a clock', (text) => {
    expect(hits(text).map((h) => h.due.at)).not.toContain('2026-11-25T20:30:00-05:00');
  });

  it.each([
    'on',
    'today',
    'tomorrow',
    'tonight',
    'tmrw',
    'tmr',
    'next',
    'this',
    'and',
    'or',
    'to',
    'till',
    'until',
    'at',
    'latest',
    'sharp',
    'h',
    'hr',
    'hrs',
    'hours',
    'local',
    'your',
    'my',
    'our',
    'time',
    'the',
    'sun',
    'tue',
    'wed',
    'thu',
    'fri',
    'sat',
    'monday',
    'someday',
  ])('a time word after the clock keeps it a clock: "by 1730 %s …"', (word) => {
    expect(times(`we will have it by 1730 ${word} whatever`).some((t) => t.includes('1730'))).toBe(true);
  });

  it.each([['by 1500 units'], ['at 1200 rpm'], ['by 1730 people'], ['at 0845 seats']])('a quantity is not a clock: %s', (text) => {
    expect(times(text).some((t) => t.includes(text.split(' ')[1]!))).toBe(false);
  });

  it('only the word right after the clock decides: punctuation between keeps it a clock', () => {
    expect(due('by 1730, people will know')).toBe('2026-11-25T17:30:00-05:00');
    expect(due('at 1730 hrs everyone leaves')).toBe('2026-11-25T17:30:00-05:00');
    expect(times('by 1500  units').some((t) => t.includes('1500'))).toBe(false);
  });

  it('a capitalised word after the clock does not make it a quantity', () => {
    expect(due('by 1730 Friday')).toBe('2026-11-27T17:30:00-05:00');
  });

  it.each([
    ['by 1730x'],
    ['by 1730-1800'],
    ['by 1730/5'],
    ['by 1730.5'],
    ['by 1730,5'],
    ['by 17305'],
    ['x@1730'],
    ['sales@1730'],
    ['by 2460'],
    ['by 1760'],
  ])('not a clock: %s', (text) => {
    expect(times(text).filter((t) => /\d{4}/.test(t))).toEqual([]);
  });
});

describe('a one-letter meridiem ("4p", "10:30a")', () => {
  it.each([
    ['at 4p', '2026-11-25T16:00:00-05:00'],
    ['4p', '2026-11-25T16:00:00-05:00'],
    ['by 4:30p', '2026-11-25T16:30:00-05:00'],
    ['by 12p', '2026-11-25T12:00:00-05:00'],
    ['at 12a', '2026-11-26T00:00:00-05:00'],
    ['11:30a', '2026-11-25T11:30:00-05:00'],
    ['4P', '2026-11-25T16:00:00-05:00'],
    ['Friday 10a', '2026-11-27T10:00:00-05:00'],
    ['ok, 10a Fri works', '2026-11-27T10:00:00-05:00'],
    ['at 11a', '2026-11-25T11:00:00-05:00'],
    ['1p', '2026-11-25T13:00:00-05:00'],
    ['ok 1:30p', '2026-11-25T13:30:00-05:00'],
    ['at 1a', '2026-11-26T01:00:00-05:00'],
  ])('%s → %s', (text, at) => {
    expect(due(text)).toBe(at);
  });

  it.each([
    'at',
    'by',
    'before',
    'until',
    'till',
    'til',
    'from',
    'after',
    'around',
    'about',
    'to',
    'call',
    'today',
    'tomorrow',
    'tmrw',
    'tonight',
    'mon',
    'tue',
    'wed',
    'thu',
    'fri',
    'sat',
    'sun',
    'someday',
    '@',
    '-',
    '–',
  ])('a bare "11a" is a clock after "%s"', (word) => {
    expect(times(`ok ${word} 11a`).some((t) => t.includes('11a'))).toBe(true);
  });

  it.each([
    '- 2p',
    '– 2p',
    'to noon',
    'today',
    'tomorrow',
    'tmrw',
    'tonight',
    'on Friday',
    'mon',
    'Tue',
    'wed',
    'Thu',
    'Fri',
    'sat',
    'Sun',
    'EST',
    'your time',
    'my time',
    'our time',
    'local',
  ])('a bare "11a" is a clock before "%s"', (word) => {
    expect(times(`ok 11a ${word}`).some((t) => t.includes('11a'))).toBe(true);
  });

  it.each([['grade 11a'], ['ok 11a'], ['11a'], ['ok 11a estimates'], ['ok 11a only']])('a bare "a" alone is not a clock: %s', (text) => {
    expect(times(text)).toEqual([]);
  });

  it.each([
    'apt',
    'apartment',
    'unit',
    'suite',
    'ste',
    'room',
    'rm',
    'flat',
    'gate',
    'seat',
    'row',
    'no',
    'step',
    'page',
    'item',
    'section',
    'form',
    'line',
    'level',
    'floor',
    'building',
    'bldg',
    'box',
    'lot',
    'bay',
    'dock',
    'platform',
    'terminal',
    'option',
  ])('after "%s" it is a number, not a clock', (word) => {
    expect(times(`${word} 4p`)).toEqual([]);
    expect(times(`${word}. #4p`)).toEqual([]);
  });

  it.each([['#4p'], ['# 4p'], ['0p'], ['4pm5'], ["4p's"], ['4pa'], ['x4p'], ['3.4p'], ['1/4p'], ['50%4p'], ['a-4p']])(
    'not a clock: %s',
    (text) => {
      expect(times(text).filter((t) => /\dp/i.test(t))).toEqual([]);
    },
  );
});

describe('day.month with a closing dot ("by 14.9.")', () => {
  // ("from 3.12." is chrono's clock 3:12, the longer match.)
  it.each(['by', 'on', 'until', 'till', 'til', 'before', 'after', 'due', 'deadline', 'date', 'dated', 'am', 'bis', 'per'])(
    'after "%s"',
    (word) => {
      expect(due(`${word} 3.12.`)).toBe('2026-12-03T17:00:00-05:00');
      expect(due(`${word}: 3.12.`)).toBe('2026-12-03T17:00:00-05:00');
    },
  );

  it.each([
    ['3.12.', '2026-12-03T17:00:00-05:00'],
    ['by 25.11.', '2026-11-25T17:00:00-05:00'],
    ['by 31.12.', '2026-12-31T17:00:00-05:00'],
    ['by 1.1.', '2027-01-01T17:00:00-05:00'],
    ['by 28.2.', '2027-02-28T17:00:00-05:00'],
    ['by 30.4.', '2027-04-30T17:00:00-04:00'],
  ])('%s → %s (the next such day, today included)', (text, at) => {
    expect(due(text)).toBe(at);
  });

  it.each([
    // the next February has a 29th: 2028
    ['2027-11-25T15:00:00Z', '2028-02-29T17:00:00-05:00'],
    ['2028-02-10T15:00:00Z', '2028-02-29T17:00:00-05:00'],
    // today included
    ['2028-02-29T15:00:00Z', '2028-02-29T17:00:00-05:00'],
    // February 2027 has none: no deadline, as "by Feb 29"
    ['2027-01-30T15:00:00Z', null],
  ])('"by 29.2." said at %s → %s', (now, at) => {
    expect(dueOn('by 29.2.', now)).toBe(at);
    expect(dueOn('by Feb 29', now)).toBe(at);
  });

  it.each([['by 31.4. 5pm'], ['by 29.2. 5pm'], ['by 3.13. at 5pm'], ['by 0.3. 5pm'], ['by 3.0. 5pm'], ['5pm on 31.4.']])(
    'an impossible day takes its clock with it, as "by April 31 5pm" does: %s',
    (text) => {
      expect(hits('by April 31 5pm')).toEqual([]);
      expect(hits(text)).toEqual([]);
    },
  );

  it.each([
    ['by 29.2.'],
    ['by 31.4.'],
    ['by 0.3.'],
    ['by 3.0.'],
    ['by 3.13.'],
    ['see 2.4.'],
    ['version 3.12.'],
    ['by 3.12.5'],
    ['by 1.3.12.'],
    ['by 3.12.x'],
  ])('not a date: %s', (text) => {
    expect(times(text).filter((t) => /\d\.\d/.test(t))).toEqual([]);
  });
});

describe('a year named alone', () => {
  it.each([
    ['the year 2030', '2030-12-31T17:00:00-05:00'],
    ['the year of 2030', '2030-12-31T17:00:00-05:00'],
    ["the year '49", '2049-12-31T17:00:00-05:00'],
    // December 31, 1950 was a Sunday: the year's last workday.
    ['the year ’50', '1950-12-29T17:00:00-05:00'],
    ['the year 30', '2030-12-31T17:00:00-05:00'],
    ['THE YEAR 2030', '2030-12-31T17:00:00-05:00'],
    ['the  year  2999', '2999-12-31T17:00:00-05:00'],
    // New York's local mean time before 1883.
    ['the year 1000', '1000-12-31T17:00:00-04:56'],
  ])('%s → %s', (text, at) => {
    expect(due(text)).toBe(at);
  });

  it.each(['in', 'by', 'since', 'until', 'till', 'before', 'during', 'from', 'BY'])(
    'a quoted two-digit year after "%s" is that year (\'27: 2027)',
    (word) => {
      expect(due(`${word} '27`)).toBe('2027-12-31T17:00:00-05:00');
      expect(due(`${word}  ’09`)).toBe('2009-12-31T17:00:00-05:00');
    },
  );

  it.each([["it's '27"], ["by '27s"], ["by '27.5"], ["by '2027"], ["by'27"]])('not a quoted year: %s', (text) => {
    expect(times(text).filter((t) => /['’]/.test(t))).toEqual([]);
  });

  it.each([
    ['the year 2030', '2030-01-01T00:00:00-05:00'],
    ["in '49", '2049-01-01T00:00:00-05:00'],
  ])('%s starts on January 1 at midnight: %s', (text, start) => {
    expect(collectDeadlines(text, ctx, true, false)[0]?.start).toBe(start);
  });

  it.each([['the year 3000'], ['the year 0999'], ['the year 2030s'], ["the year 2030's"], ['the year 2030.5'], ['theyear 2030']])(
    'not a year: %s',
    (text) => {
      expect(times(text).filter((t) => /year/i.test(t))).toEqual([]);
    },
  );
});
