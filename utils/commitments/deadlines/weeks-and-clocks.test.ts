// Phrases chrono reads only in part, each a wrong deadline before: "this time tomorrow" (the day's
// workday end, not now's clock), "the first week of January" (the month's end), "within the next hour
// or two" (one hour).
import { describe, expect, it } from 'vitest';
import { resolveDue } from './resolve';

// Wednesday, December 2, 2026, 10:10 in New York (workday 9:00–17:00, Monday to Friday).
const ctx = { now: new Date('2026-12-02T15:10:00Z'), timeZone: 'America/New_York' };
const at = (text: string) => resolveDue(text, ctx)?.at ?? null;

describe('the same time on another day', () => {
  it.each([
    ['this time tomorrow', '2026-12-03T10:10:00-05:00'],
    ["I'll call you back same time tomorrow", '2026-12-03T10:10:00-05:00'],
    ['by this time next week', '2026-12-09T10:10:00-05:00'],
    ['the same time on Friday', '2026-12-04T10:10:00-05:00'],
    ['same time Wednesday', '2026-12-09T10:10:00-05:00'],
    ['same time next month', '2027-01-02T10:10:00-05:00'],
  ])('%s → %s', (text, when) => {
    expect(at(text)).toBe(when);
  });
});

describe('a week of a named month: the last workday of that week (days 1–7, 8–14, …; the last week ends the month)', () => {
  it.each([
    ['by the first week of January', '2027-01-07T17:00:00-05:00'],
    ['the second week in March', '2027-03-12T17:00:00-05:00'],
    ['the last week of December', '2026-12-31T17:00:00-05:00'],
    ['first week of February 2028', '2028-02-07T17:00:00-05:00'],
    // A quarter back at most: this year's, past due (as a year-less date); older: next year's.
    ['the last week of November', '2026-11-30T17:00:00-05:00'],
    ['the first week of August', '2027-08-06T17:00:00-04:00'],
  ])('%s → %s', (text, when) => {
    expect(at(text)).toBe(when);
  });
});

describe('a span of "an hour or two": its longest', () => {
  it.each([
    ['within the next hour or two', '2026-12-02T12:10:00-05:00'],
    ['in an hour or two', '2026-12-02T12:10:00-05:00'],
    ['within a day or two', '2026-12-04T17:00:00-05:00'],
  ])('%s → %s', (text, when) => {
    expect(at(text)).toBe(when);
  });
});

describe('a month named as a word about a thing is no date', () => {
  it.each([
    ["I'll resend the September invoice today", '2026-12-02T17:00:00-05:00'],
    ['our April newsletter goes out tomorrow', '2026-12-03T17:00:00-05:00'],
    ['the January sale ends Friday', '2026-12-04T17:00:00-05:00'],
    ["I'll pay the December bill", null],
    ["I'll resend September's invoice today", '2026-12-02T17:00:00-05:00'],
    ['March’s report by Friday', '2026-12-04T17:00:00-05:00'],
    // A month as a date keeps its reading.
    ['by March', '2027-03-31T17:00:00-04:00'],
    ['by the end of March', '2027-03-31T17:00:00-04:00'],
    ['the March 3 shipment', '2027-03-03T17:00:00-05:00'],
    ['the 3rd of March', '2027-03-03T17:00:00-05:00'],
    ['in the March of 2027', '2027-03-31T17:00:00-04:00'],
  ])('%s → %s', (text, when) => {
    expect(at(text)).toBe(when);
  });
});

describe('two days offered: the later one, a deadline being the latest moment', () => {
  it.each([
    ['by Monday or Tuesday', '2026-12-08T17:00:00-05:00'],
    ['Tuesday or Wednesday at the latest', '2026-12-09T17:00:00-05:00'],
    ['between Monday and Wednesday', '2026-12-09T17:00:00-05:00'],
    ['Friday or Monday', '2026-12-07T17:00:00-05:00'],
    ['Wednesday or Thursday', '2026-12-03T17:00:00-05:00'],
    ['by Monday or Tuesday at 3pm', '2026-12-08T15:00:00-05:00'],
    // Two days named, not a choice between them: the first.
    ['I will call Monday and Wednesday', '2026-12-07T17:00:00-05:00'],
  ])('%s → %s', (text, when) => {
    expect(at(text)).toBe(when);
  });
});

describe('the middle of a week: its Wednesday', () => {
  it.each([
    ['by mid next week', '2026-12-09T17:00:00-05:00'],
    ['by the middle of this week', '2026-12-02T17:00:00-05:00'],
    ['mid-week', '2026-12-02T17:00:00-05:00'],
  ])('%s → %s', (text, when) => {
    expect(at(text)).toBe(when);
  });
});

describe('"am"/"pm" after a day: the part of the day (morning 12:00, afternoon the workday end)', () => {
  it.each([
    ['by tmrw am', '2026-12-03T12:00:00-05:00'],
    ['by tomorrow a.m.', '2026-12-03T12:00:00-05:00'],
    ['Monday AM', '2026-12-07T12:00:00-05:00'],
    ['by Friday pm', '2026-12-04T17:00:00-05:00'],
    ['can you do it tomorrow am I right', '2026-12-03T17:00:00-05:00'],
  ])('%s → %s', (text, when) => {
    expect(at(text)).toBe(when);
  });
});
