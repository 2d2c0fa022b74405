// "A or B" deadlines (alternatives.ts) at their edges: a tie between the two sides, the cue of
// either side, the spacing and words "or" may come with, and words that are not a choice.
import { describe, expect, it } from 'vitest';
import { findDeadlines, resolveDue } from './resolve';
import type { ParseContext } from '../types';

/** Tuesday, December 1, 2026, 10:00 AM in New York; workday 9–5, Monday to Friday. */
const ctx: ParseContext = { now: new Date('2026-12-01T15:00:00Z'), timeZone: 'America/New_York' };

describe('a choice of two deadlines at its edges', () => {
  it('a tie keeps the second side: "at 5pm or by end of day" is end of day (precision day, not hour)', () => {
    expect(resolveDue("I'll call you at 5pm or by end of day", ctx)).toEqual({
      at: '2026-12-01T17:00:00-05:00',
      text: 'at 5pm or by end of day',
      precision: 'day',
    });
  });

  it('a tie the other way round keeps the clock: "by end of day or at 5pm" is 5pm (precision hour)', () => {
    expect(resolveDue("I'll call you by end of day or at 5pm", ctx)?.precision).toBe('hour');
  });

  it('the choice is cued when either side is ("tonight or by tomorrow")', () => {
    const hits = findDeadlines("I'll send it today or by tomorrow", ctx);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ index: 13, length: 20, cued: true });
    expect(hits[0]!.due).toEqual({ at: '2026-12-02T17:00:00-05:00', text: 'today or by tomorrow', precision: 'day' });
  });

  it('neither side cued: the choice is not cued either', () => {
    expect(findDeadlines("I'll send it today or tomorrow", ctx)[0]?.cued).toBe(false);
  });

  it.each([
    ["I'll send it today,or tomorrow", 'today,or tomorrow'],
    ["I'll send it today ,  or tomorrow", 'today ,  or tomorrow'],
    ["I'll send it today  or  tomorrow", 'today  or  tomorrow'],
    ["I'll send it today or on Thursday", 'today or on Thursday'],
    ["I'll send it today or before Thursday", 'today or before Thursday'],
    ["I'll send it today or until Thursday", 'today or until Thursday'],
    ["I'll send it today or latest Thursday", 'today or latest Thursday'],
    ["I'll send it by Friday or until the 7th", 'Friday or until the 7th'],
  ])('"or" with a comma, spaces or a cue repeated joins: %s', (text, words) => {
    expect(resolveDue(text, ctx)?.text).toBe(words);
  });

  it('three sides in a row: the latest of all, every word', () => {
    expect(resolveDue("I'll send it today or tomorrow or Thursday", ctx)).toEqual({
      at: '2026-12-03T17:00:00-05:00',
      text: 'today or tomorrow or Thursday',
      precision: 'day',
    });
  });

  it.each([
    // Other words after "or": two deadlines, the first one kept.
    ["I'll send it today or else call you tomorrow", 'today', '2026-12-01T17:00:00-05:00'],
    ["I'll send it tonight or so, tomorrow", 'tonight', '2026-12-01T21:00:00-05:00'],
    // Words before "or": not a choice between the two.
    ["I'll send it today and call you or tomorrow", 'today', '2026-12-01T17:00:00-05:00'],
  ])('not a choice of the two: %s → %s', (text, words, at) => {
    const hits = findDeadlines(text, ctx);
    expect(hits.length).toBeGreaterThan(1);
    expect(resolveDue(text, ctx)).toMatchObject({ text: words, at });
  });

  it('a choice after another deadline: the index and words start at the choice', () => {
    const hits = findDeadlines("I'll call you Monday, and send it today or tomorrow", ctx);
    expect(hits.map((h) => [h.index, h.length, h.due.text])).toEqual([
      [14, 7, 'Monday,'],
      [34, 17, 'today or tomorrow'],
    ]);
  });
});
