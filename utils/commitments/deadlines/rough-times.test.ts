// Rough times: "early next week", "late this month", "early January" (EarlyLatePeriodParser), the days
// of a named week ("between Monday and Wednesday next week"), and the rough words around a deadline
// that a note's action must not keep ("sometime on Friday", "over the weekend", "by around 3pm",
// "first thing tomorrow morning"). Before: "early next week" was next Friday and the action read
// "send it early"; "review it over the weekend" became "review it over the".
import { describe, expect, it } from 'vitest';
import { parseCommitment } from '../parse';
import { findDeadlines, resolveDue } from './resolve';
import type { ParseContext } from '../types';

/** Tuesday, December 1, 2026, 10:00 AM in New York; workday 9–5, Monday to Friday. */
const ctx: ParseContext = { now: new Date('2026-12-01T15:00:00Z'), timeZone: 'America/New_York' };

describe('early and late in a week or a month: the part of it meant, by its last day', () => {
  it.each([
    ['early next week', '2026-12-08T17:00:00-05:00'],
    ['by early next week', '2026-12-08T17:00:00-05:00'],
    ['early the following week', '2026-12-08T17:00:00-05:00'],
    ['late next week', '2026-12-11T17:00:00-05:00'],
    ['later this week', '2026-12-04T17:00:00-05:00'],
    ['early next month', '2027-01-10T17:00:00-05:00'],
    ['late this month', '2026-12-31T17:00:00-05:00'],
    ['early January', '2027-01-10T17:00:00-05:00'],
    ['in early January', '2027-01-10T17:00:00-05:00'],
    ['late Feb 2027', '2027-02-26T17:00:00-05:00'],
    ['late-December', '2026-12-31T17:00:00-05:00'],
  ])('%s → %s', (words, at) => {
    expect(resolveDue(`I'll send it ${words}`, ctx)?.at).toBe(at);
  });

  it('a week with another workday pattern: early is its second workday', () => {
    const sundayToThursday = { ...ctx, workday: { start: '09:00', end: '17:00', days: [0, 1, 2, 3, 4] } };
    expect(resolveDue("I'll send it early next week", sundayToThursday)?.at).toBe('2026-12-08T17:00:00-05:00');
    const fromTuesday = { ...ctx, workday: { start: '09:00', end: '17:00', days: [2, 3, 4, 5, 6] } };
    expect(resolveDue("I'll send it early next week", fromTuesday)?.at).toBe('2026-12-09T17:00:00-05:00');
  });

  it('the part starts where the words say (the start the eval compares)', () => {
    const start = (text: string) => findDeadlines(text, ctx)[0]?.start;
    expect(start('early next week')).toBe('2026-12-07T00:00:00-05:00');
    expect(start('late next week')).toBe('2026-12-10T00:00:00-05:00');
    expect(start('early March')).toBe('2027-03-01T00:00:00-05:00');
    expect(start('late March')).toBe('2027-03-21T00:00:00-04:00');
  });

  it.each(["I'll send it early. May I ask why?", "I'll come in early may be better", "I'll send the early draft"])(
    'not a time: %s',
    (text) => {
      expect(resolveDue(text, ctx)).toBeNull();
    },
  );

  it('"later in the week" keeps its reading (the end of this week)', () => {
    expect(resolveDue("I'll send it later in the week", ctx)?.at).toBe('2026-12-04T17:00:00-05:00');
  });
});

describe('a choice of days in a named week', () => {
  it.each([
    ['between Monday and Wednesday next week', '2026-12-09T17:00:00-05:00'],
    ['Thursday or Friday this week', '2026-12-04T17:00:00-05:00'],
    ['Monday or Tuesday next week', '2026-12-08T17:00:00-05:00'],
  ])('%s → %s, the words all the deadline', (words, at) => {
    const due = resolveDue(`We'll have the engineer onsite ${words}`, ctx);
    expect(due?.at).toBe(at);
    expect(due?.text).toBe(words);
  });
});

describe("the rough words around a deadline are not the note's action", () => {
  it.each([
    ["I'll send it sometime on Friday", 'send it'],
    ["I'll review it over the weekend", 'review it'],
    ["I'll call you late tomorrow afternoon", 'call you'],
    ["I'll call you back early tomorrow", 'call you back'],
    ["I'll call you around 3pm", 'call you'],
    ["I'll call you by around 3pm", 'call you'],
    ["I'll call you at about 3pm", 'call you'],
    ["I'll send it sometime before Friday", 'send it'],
    ["I'll chase the courier first thing tomorrow morning", 'chase the courier'],
    ["I'll send it early next week", 'send it'],
    ["We'll have the engineer onsite between Monday and Wednesday next week", 'have the engineer onsite'],
    ["I'll ping you when it's deployed, hopefully by Wednesday", 'ping you'],
    ["I'll upgrade your plan effective Jan 1", 'upgrade your plan'],
    ["I'll apply the credit to your next invoice, dated December 20", 'apply the credit to your next invoice'],
    ["You'll pick up the device from the store after 3pm on Saturday", 'pick up the device from the store'],
    ["I'll switch the plan starting Monday", 'switch the plan'],
    ["I'll send the quote over tomorrow-ish", 'send the quote over'],
    ["I'll send the invoice at month end", 'send the invoice'],
  ])('%s → %s', (note, action) => {
    const d = parseCommitment(note, ctx);
    expect(d.action).toBe(action);
    expect(d.due).not.toBeNull();
  });

  it.each([
    ["I'll hand it over tomorrow", 'hand it over'],
    ["I'll send the early draft on Friday", 'send the early draft'],
    ["I'll waive the late fee by Friday", 'waive the late fee'],
    ["I'll talk it through tomorrow", 'talk it through'],
    ["I'll get the file from Tom tomorrow", 'get the file from Tom'],
  ])('words of the act itself stay: %s → %s', (note, action) => {
    expect(parseCommitment(note, ctx).action).toBe(action);
  });
});
