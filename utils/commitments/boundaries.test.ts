// Understanding at its edges, each row a behaviour a plausible one-word bug would break:
// "end of the week" on a weekend or with a Sunday workday, "unless", a weekday said exactly at
// workday end, an uncued date before a cued deadline, a promise ending in "?", "hrs"/"h"
// durations, and "you'll" in a note.
import { describe, expect, it } from 'vitest';
import { findCommitments, parseCommitment, type ParseContext } from './index';

const NY = 'America/New_York';
// Wednesday 25 November 2026, 10:00 in New York; default workday 09:00–17:00 Monday–Friday.
const WED: ParseContext = { now: new Date('2026-11-25T10:00:00-05:00'), timeZone: NY, agentName: 'Sam' };
const at = (iso: string): ParseContext => ({ ...WED, now: new Date(iso) });
const SUNDAY_TO_THURSDAY = { start: '09:00', end: '17:00', days: [0, 1, 2, 3, 4] };

describe('"end of the week"', () => {
  it.each<[string, ParseContext, string]>([
    ['on a workday: Friday at workday end', WED, '2026-11-27T17:00:00-05:00'],
    ['said on Saturday: no workday left, the week’s own end (Sunday)', at('2026-11-28T10:00:00-05:00'), '2026-11-29T17:00:00-05:00'],
    ['said on Sunday: that same Sunday', at('2026-11-29T10:00:00-05:00'), '2026-11-29T17:00:00-05:00'],
    [
      'Sunday a workday (Sunday–Thursday): Sunday, the last workday of a Monday week',
      { ...WED, workday: SUNDAY_TO_THURSDAY },
      '2026-11-29T17:00:00-05:00',
    ],
    [
      'Tuesday–Saturday workdays: Saturday',
      { ...WED, workday: { start: '09:00', end: '17:00', days: [2, 3, 4, 5, 6] } },
      '2026-11-28T17:00:00-05:00',
    ],
    [
      'Monday–Wednesday workdays, said Thursday: never a day gone, the week’s own end (Sunday)',
      { ...at('2026-11-26T10:00:00-05:00'), workday: { start: '09:00', end: '17:00', days: [1, 2, 3] } },
      '2026-11-29T17:00:00-05:00',
    ],
  ])('%s', (_name, ctx, due) => {
    expect(parseCommitment("I'll send the report by end of the week", ctx).due?.at).toBe(due);
  });
});

describe('"unless" conditions', () => {
  it.each([
    [
      "We'll release the funds on Thursday unless the bank objects",
      'unless the bank objects',
      'release the funds',
      '2026-11-26T17:00:00-05:00',
    ],
    [
      "I'll ship the order by Friday, unless you tell me otherwise",
      'unless you tell me otherwise',
      'ship the order',
      '2026-11-27T17:00:00-05:00',
    ],
    [
      "Unless the bank objects, we'll release the funds on Thursday",
      'Unless the bank objects',
      'release the funds',
      '2026-11-26T17:00:00-05:00',
    ],
  ])('%s', (text, condition, action, due) => {
    const d = parseCommitment(text, WED);
    expect(d.conditions).toEqual([condition]);
    expect(d.action).toBe(action);
    expect(d.due?.at).toBe(due);
  });
});

describe('a bare weekday at the workday’s end', () => {
  it('said one millisecond before the workday ends: today', () => {
    expect(parseCommitment("I'll call you Wednesday", at('2026-11-25T16:59:59.999-05:00')).due?.at).toBe('2026-11-25T17:00:00-05:00');
  });
  it('said exactly when the workday ends: next week’s', () => {
    expect(parseCommitment("I'll call you Wednesday", at('2026-11-25T17:00:00-05:00')).due?.at).toBe('2026-12-02T17:00:00-05:00');
  });
});

describe('an uncued date before a cued deadline', () => {
  it.each([
    ["I'll call you Monday to confirm and send the report by Friday", '2026-11-27T17:00:00-05:00'],
    ["I'll call you Monday about the report, by Friday", '2026-11-27T17:00:00-05:00'],
  ])('the cued one ("by …") is the deadline: %s', (text, due) => {
    expect(parseCommitment(text, WED).due?.at).toBe(due);
  });
});

describe('a promise ending in "?"', () => {
  it('in a message it is a question, not a promise', () => {
    expect(findCommitments({ text: "I'll send the invoice by Friday?", author: 'agent' }, WED).filter((d) => d.kind === 'promise')).toEqual(
      [],
    );
    expect(
      findCommitments({ text: 'I\'ll send the invoice by Friday?" ', author: 'agent' }, WED).filter((d) => d.kind === 'promise'),
    ).toEqual([]);
  });
  it('the same words without "?" are a promise', () => {
    expect(findCommitments({ text: "I'll send the invoice by Friday.", author: 'agent' }, WED).map((d) => [d.kind, d.action])).toEqual([
      ['promise', 'send the invoice'],
    ]);
  });
});

describe('"hrs" and "h" durations', () => {
  it.each([
    ["I'll reply within 4 hrs", '2026-11-25T14:00:00.000Z'],
    ["I'll reply within 4h", '2026-11-25T14:00:00.000Z'],
    ["I'll fix it in 2 h", '2026-11-25T12:00:00.000Z'],
    ["I'll reply within 1 hr", '2026-11-25T11:00:00.000Z'],
  ])('%s', (text, instantUtc) => {
    const due = parseCommitment(text, WED).due;
    expect(new Date(due!.at).toISOString()).toBe(new Date(Date.parse(instantUtc) + 5 * 3_600_000).toISOString());
  });
});

describe('"hrs" and "h" are read as a duration of our own, not left to chrono', () => {
  // chrono reads "2 hrs" too, but from "next" on and, at a round hour, as an hour-precision time:
  // the whole "within the next …" is the deadline's words, and a duration ends on the minute.
  it.each([
    ["I'll reply within the next 2 hrs", 'within the next 2 hrs', '2026-11-25T12:00:00-05:00'],
    ["I'll fix it in 2 h", 'in 2 h', '2026-11-25T12:00:00-05:00'],
    ["I'll reply within 1 hr", 'within 1 hr', '2026-11-25T11:00:00-05:00'],
  ])('%s', (text, words, at) => {
    expect(parseCommitment(text, WED).due).toEqual({ at, text: words, precision: 'minute' });
  });
});

describe('"you\'ll" in a note is the customer', () => {
  it.each([
    "you'll decide by Monday so we won't miss Wednesday's deadline",
    'you’ll decide by Monday so we won’t miss Wednesday’s deadline',
    "You'll decide by Monday so we won't miss Wednesday's deadline",
  ])('%s', (text) => {
    const d = parseCommitment(text, WED);
    expect(d.party).toBe('customer');
    expect(d.action).toBe('decide');
    expect(d.due?.at).toBe('2026-11-30T17:00:00-05:00');
    expect(d.reason?.replace(/’/g, "'")).toBe("so we won't miss Wednesday's deadline");
  });
});
