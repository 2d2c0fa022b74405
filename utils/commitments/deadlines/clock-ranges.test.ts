// A range of clocks on a day is due at its end, and "between <clock> and <clock>" is a range
// (BetweenClocksParser; resolve.ts clockRangeEnd). Before: "I'll call you tomorrow between 2-4pm
// EST" was due TODAY at 2 PM (chrono read "2-4pm EST" alone), "Thursday between 9 and 12" at 5 PM
// (the day alone), and "tomorrow 2-4pm" at 2 PM (the start).
import { describe, expect, it } from 'vitest';
import { parseCommitment } from '../parse';
import { resolveDue } from './resolve';
import type { ParseContext } from '../types';

/** Tuesday, December 1, 2026, 10:00 AM in New York; workday 9–5, Monday to Friday. */
const ctx: ParseContext = { now: new Date('2026-12-01T15:00:00Z'), timeZone: 'America/New_York' };

describe('a day with a range of clocks: that day, at the range’s end', () => {
  it.each([
    ["I'll call you tomorrow between 2-4pm EST", '2026-12-02T16:00:00-05:00'],
    ["I'll call you tomorrow between 2 and 4pm", '2026-12-02T16:00:00-05:00'],
    ["I'll call you tomorrow 2-4pm", '2026-12-02T16:00:00-05:00'],
    ["I'll call you tomorrow from 2 to 4pm", '2026-12-02T16:00:00-05:00'],
    ["I'll call you Thursday between 9 and 12", '2026-12-03T12:00:00-05:00'],
    ["I'll call you on Friday between 10am and noon", '2026-12-04T12:00:00-05:00'],
    ["I'll call you between 2 and 4 tomorrow", '2026-12-02T16:00:00-05:00'],
    ["I'll call you Thursday between 10 and 2pm", '2026-12-03T14:00:00-05:00'],
    ["I'll call you Thursday between 9:30 and 11:15", '2026-12-03T11:15:00-05:00'],
    ["I'll drop it off between 7 and 9 tonight", '2026-12-01T21:00:00-05:00'],
  ])('%s → %s', (text, at) => {
    expect(resolveDue(text, ctx)?.at).toBe(at);
  });

  it('the words are all the deadline: the action is clean', () => {
    const d = parseCommitment("I'll get the engineer to call you tomorrow between 2-4pm EST", ctx);
    expect(d.action).toBe('get the engineer to call you');
    expect(d.due?.at).toBe('2026-12-02T16:00:00-05:00');
  });

  it('a range today under way is due at its end; one already over is tomorrow’s', () => {
    expect(resolveDue("I'll call you between 9 and 12", ctx)?.at).toBe('2026-12-01T12:00:00-05:00');
    expect(resolveDue("I'll call you between 8 and 9:30am", ctx)?.at).toBe('2026-12-02T09:30:00-05:00');
  });

  it('an end before its start is not a range of one day: the start stays', () => {
    expect(resolveDue("I'll be online Friday from 11pm to 1am", ctx)?.at).toBe('2026-12-04T23:00:00-05:00');
  });

  it.each(["I'll choose between 2 and 3 options", 'between 25 and 40 units'])('not clocks: %s', (text) => {
    expect(resolveDue(text, ctx)).toBeNull();
  });
});
