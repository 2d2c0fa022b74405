// A span counted from an event the words name (event-relative.ts). Before, the span was counted from
// now: "the day before the install" was yesterday, "within 2 days of receiving it" two days from
// today, "within 3 days of the call on Monday" three days from today, and "30 days prior to the
// renewal on March 1" was March 1 itself.
import { describe, expect, it } from 'vitest';
import { parseCommitment } from '../parse';
import { resolveDue } from './resolve';
import type { ParseContext } from '../types';

/** Tuesday, December 1, 2026, 10:00 AM in New York; workday 9–5, Monday to Friday. */
const ctx: ParseContext = { now: new Date('2026-12-01T15:00:00Z'), timeZone: 'America/New_York' };
const dueOf = (text: string) => resolveDue(text, ctx);

describe('a span before or after an event the same clause dates: counted from that date', () => {
  it.each([
    ["I'll send it within 3 days of the call on Monday", '2026-12-10T17:00:00-05:00', 'within 3 days of the call on Monday'],
    ["I'll confirm the booking 2 days before the event on the 14th", '2026-12-12T17:00:00-05:00', '2 days before the event on the 14th'],
    [
      "I'll call you an hour before the technician arrives at 2pm",
      '2026-12-01T13:00:00-05:00',
      'an hour before the technician arrives at 2pm',
    ],
    [
      "I'll call you 15 minutes before the meeting at 3pm tomorrow",
      '2026-12-02T14:45:00-05:00',
      '15 minutes before the meeting at 3pm tomorrow',
    ],
    ["I'll send the invoice the day after the delivery on Friday", '2026-12-05T17:00:00-05:00', 'the day after the delivery on Friday'],
    [
      "We'll review it within 2 business days of the audit on Friday",
      '2026-12-08T17:00:00-05:00',
      'within 2 business days of the audit on Friday',
    ],
    // chrono reads no "prior to" or "ahead of": the span was not a deadline at all, the date alone was.
    [
      "I'll send the notice 30 days prior to the renewal on March 1",
      '2027-01-30T17:00:00-05:00',
      '30 days prior to the renewal on March 1',
    ],
    ["We'll ship it a week ahead of the launch on January 15", '2027-01-08T17:00:00-05:00', 'a week ahead of the launch on January 15'],
    ["I'll call you two days following the upgrade on the 10th", '2026-12-12T17:00:00-05:00', 'two days following the upgrade on the 10th'],
  ])('%s → %s', (text, at, words) => {
    const due = dueOf(text);
    expect(due?.at).toBe(at);
    expect(due?.text).toBe(words);
  });

  it('keeps the zone the event was said in', () => {
    const due = dueOf("I'll call you an hour before the demo at 2pm PT");
    expect(due?.at).toBe('2026-12-01T16:00:00-05:00');
    expect(due?.zone).toBe('America/Los_Angeles');
  });
});

describe('a span from an event nothing dates: no deadline, rather than one counted from now', () => {
  it.each([
    "you'll sign and return it within 2 days of receiving it",
    "you'll sign it within 2 business days of receipt",
    "I'll send the invoice the day after delivery",
    "I'll call you the day before the install",
    "I'll call you an hour before the technician arrives",
    "I'll pay within 30 days following delivery",
    "I'll follow up two weeks after installation",
    "I'll refund it within 30 days from receipt of the invoice",
    "I'll book it within 24 hours of your reply so we can hold the slot",
    "I'll send it 30 days prior to renewal",
  ])('%s → none', (text) => {
    expect(dueOf(text)).toBeNull();
  });

  it('keeps the words in the action, so the summary says what the agent said', () => {
    const d = parseCommitment("you'll sign and return it within 2 days of receiving it", ctx);
    expect(d.due).toBeNull();
    expect(d.vague).toBe(true);
    expect(d.action).toBe('sign and return it within 2 days of receiving it');
  });

  it('a dated event leaves a clean action', () => {
    const d = parseCommitment("I'll send the invoice the day after the delivery on Friday", ctx);
    expect(d.action).toBe('send the invoice');
    expect(d.due?.at).toBe('2026-12-05T17:00:00-05:00');
  });
});

describe('a deadline of its own after the event is the deadline', () => {
  it.each([
    "you'll sign it within 2 days of receiving it by Friday",
    "you'll sign it within 2 days of receiving it, by Friday at the latest",
  ])('%s → Friday', (text) => {
    expect(dueOf(text)?.at).toBe('2026-12-04T17:00:00-05:00');
  });
});

describe('spans with no event, or counted from now in words, stay as read', () => {
  it.each([
    ["I'll send it within 30 days of today", '2026-12-31T17:00:00-05:00'],
    ["I'll send it within 30 days of the date of this email", '2026-12-31T17:00:00-05:00'],
    ["I'll send it within 30 days of this letter", '2026-12-31T17:00:00-05:00'],
    ["I'll send it the day after", '2026-12-02T17:00:00-05:00'],
    ["I'll send it 3 days later", '2026-12-04T17:00:00-05:00'],
    ["I'll follow up in two weeks", '2026-12-15T17:00:00-05:00'],
    ["I'll send it the day after tomorrow", '2026-12-03T17:00:00-05:00'],
    ["I'll send it 2 weeks from Monday", '2026-12-21T17:00:00-05:00'],
    ["I'll send it within 2 days", '2026-12-03T17:00:00-05:00'],
  ])('%s → %s', (text, at) => {
    expect(dueOf(text)?.at).toBe(at);
  });
});
