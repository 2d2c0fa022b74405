// Spans counted from an event (event-relative.ts) at their edges: the one deadline left for the
// span and its event, its cue, start and zone fields, where the event's words end, the relation
// words, and the message itself as the event.
import { describe, expect, it } from 'vitest';
import { findDeadlines, resolveDue } from './resolve';
import type { ParseContext } from '../types';

/** Tuesday, December 1, 2026, 10:00 AM in New York; workday 9–5, Monday to Friday. */
const ctx: ParseContext = { now: new Date('2026-12-01T15:00:00Z'), timeZone: 'America/New_York' };

describe('a span and the event date it is counted from: one deadline', () => {
  it('the event’s date is not a deadline of its own too', () => {
    const hits = findDeadlines("I'll send it within 3 days of the call on Monday", ctx);
    expect(hits).toEqual([
      {
        due: { at: '2026-12-10T17:00:00-05:00', text: 'within 3 days of the call on Monday', precision: 'day' },
        index: 13,
        length: 35,
        // The start is the counted deadline's, not Monday's.
        start: '2026-12-10T17:00:00-05:00',
        cued: false,
      },
    ]);
  });

  it('cued when the event’s date is ("on the 14th"), though the span is not', () => {
    const hits = findDeadlines("I'll confirm the booking 2 days before the event on the 14th", ctx);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ index: 25, length: 35, start: '2026-12-12T17:00:00-05:00', cued: true });
  });

  it('no zone named: the deadline has only its three fields', () => {
    const due = resolveDue("I'll call you an hour before the demo at 2pm", ctx);
    expect(due).toStrictEqual({ at: '2026-12-01T13:00:00-05:00', text: 'an hour before the demo at 2pm', precision: 'hour' });
  });

  it('an ambiguous zone on the event stays ambiguous on the deadline', () => {
    expect(resolveDue("I'll call you an hour before the demo at 2pm IST", ctx)).toStrictEqual({
      at: '2026-12-02T02:30:00-05:00',
      text: 'an hour before the demo at 2pm IST',
      precision: 'minute',
      zone: 'Asia/Kolkata',
      zoneAmbiguous: true,
    });
  });

  it.each([
    ['of', "I'll send it within 2 days of the call on Monday"],
    ['after', "I'll send it within 2 days after the call on Monday"],
    ['following', "I'll send it within 2 days following the call on Monday"],
    ['since', "I'll send it within 2 days since the call on Monday"],
    ['from', "I'll send it within 2 days from the call on Monday"],
    ['two spaces', "I'll send it within 2 days  of  the call on Monday"],
    ['"in"', "I'll send it in 2 days of the call on Monday"],
  ])('within a span %s an event: counted from Monday (Wednesday 9th)', (_, text) => {
    expect(resolveDue(text, ctx)?.at).toBe('2026-12-09T17:00:00-05:00');
  });

  it('"ahead of" the event: two days before Monday the 7th', () => {
    expect(resolveDue("I'll send it 2 days ahead of the call on Monday", ctx)).toEqual({
      at: '2026-12-05T17:00:00-05:00',
      text: '2 days ahead of the call on Monday',
      precision: 'day',
    });
  });
});

describe('where the event’s words end', () => {
  it('a bracket ends them: "(Friday)" right after is a deadline of its own, not the event’s date', () => {
    expect(resolveDue("you'll sign it within 2 days of receiving it (Friday)", ctx)).toEqual({
      at: '2026-12-04T17:00:00-05:00',
      text: '(Friday)',
      precision: 'day',
    });
  });

  it('nothing but a space before the comma: no event, the span stays as read (tomorrow)', () => {
    expect(resolveDue("I'll send it the day after , as agreed", ctx)).toEqual({
      at: '2026-12-02T17:00:00-05:00',
      text: 'the day after',
      precision: 'day',
    });
  });

  it('an unread span whose event words hold another clause ("so"): the date alone', () => {
    expect(resolveDue("I'll send the notice 30 days prior to renewal so we ship on March 1", ctx)).toEqual({
      at: '2027-03-01T17:00:00-05:00',
      text: 'March 1',
      precision: 'day',
    });
  });

  it('an unread span with a comma before the date: the date alone', () => {
    expect(resolveDue("I'll send the notice 30 days prior to renewal, on March 1", ctx)?.text).toBe('March 1');
  });
});

describe('a deadline of its own after the event’s words', () => {
  it.each([
    "you'll sign it within 2 days of receiving it no later than Friday",
    "you'll sign it within 2 days of receiving it not later than Friday",
  ])('%s → Friday itself, not two days after it', (text) => {
    expect(resolveDue(text, ctx)).toEqual({ at: '2026-12-04T17:00:00-05:00', text: 'Friday', precision: 'day' });
  });
});

describe('spans and relation words around other deadlines', () => {
  it('an unread span in capitals still counts back from the date', () => {
    expect(resolveDue("I'll send the notice 30 Days Prior To the renewal on March 1", ctx)?.at).toBe('2027-01-30T17:00:00-05:00');
  });

  it('an unread span early in a long text still counts back from the date', () => {
    const text =
      "I'll send the notice 30 days prior to the renewal on March 1, and I'll also include the updated pricing sheet for the team";
    expect(resolveDue(text, ctx)).toEqual({
      at: '2027-01-30T17:00:00-05:00',
      text: '30 days prior to the renewal on March 1',
      precision: 'day',
    });
  });

  it('a weekday followed by "from" is no span: Friday itself', () => {
    expect(resolveDue("I'll call you Friday from the office", ctx)?.at).toBe('2026-12-04T17:00:00-05:00');
  });

  it('a span with no relation right after it, a relation word later: the span from now', () => {
    expect(resolveDue("I'll send it within 2 days, after I check", ctx)).toEqual({
      at: '2026-12-03T17:00:00-05:00',
      text: 'within 2 days',
      precision: 'day',
    });
  });
});

describe('words that only look like a span before an event', () => {
  it('"the day after tomorrow" with words after it is a date, not a span before an event', () => {
    expect(resolveDue("I'll send it the day after tomorrow with the invoice", ctx)).toEqual({
      at: '2026-12-03T17:00:00-05:00',
      text: 'the day after tomorrow',
      precision: 'day',
    });
  });

  it('"this email" inside the event’s words is not the message as the event: nothing dates it', () => {
    expect(resolveDue("you'll sign it within 2 days of receiving this email", ctx)).toBeNull();
  });
});

describe('the message itself as the event: counted from now', () => {
  it.each([
    "I'll send it within 30 days of our message",
    "I'll send it within 30 days of my reply",
    "I'll send it within 30 days of this e-mail",
    "I'll send it within 30 days of this notice",
  ])('%s → December 31', (text) => {
    expect(resolveDue(text, ctx)).toEqual({ at: '2026-12-31T17:00:00-05:00', text: 'within 30 days', precision: 'day' });
  });
});
