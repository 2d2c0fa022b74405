// Links at their edges: a date exactly at what it waits for, a count that ends exactly there, ties
// between what it waits for, and links that do not count (done, deleted, itself, a cycle).
import { describe, expect, it } from 'vitest';
import { dependencyTiming, effectiveDeadlines, isRelativeDeadline } from './dependency-due';
import type { Due } from './types';

const ctx = { timeZone: 'America/New_York' };
const due = (at: string, text: string, precision: Due['precision'] = 'day'): Due => ({ at, text, precision });
// Wednesday December 2, 2026, end of the workday in New York.
const WED_5PM = '2026-12-02T17:00:00-05:00';

describe('isRelativeDeadline: more words', () => {
  it.each<[string | null | undefined, boolean]>([
    [null, false],
    [undefined, false],
    ['in 2 hrs', true],
    ['inside of 3 weeks', true],
    ['under 30 mins', true],
    ['within a few days', true],
    ['within 1.5 days', true],
    ['within forty-eight hours', true],
    ['within 2 full business days', true],
    ['within 3 calendar days', true],
    ['the next working day', true],
    ['that same day', true],
    ['the same day', true],
    ['the day after', true],
    ['3 business days after', true],
    ['within 2 days, by Thursday', false],
    ['within 2 days, by Sat', false],
    ['within a day, tonight', false],
    ['within 2 days (12/4)', false],
    ['someday', false],
    ['within reason', false],
    // One row per word and spacing the pattern allows (each a mutant of it survived without).
    ['inside 3 days', true],
    ['within  2 days', true],
    ['within 1.25 days', true],
    ['within a day', true],
    ['within 2days', true],
    ['within 1 hour', true],
    ['in 1 hr', true],
    ['within 1 minute', true],
    ['in 1 min', true],
    ['within 1 week', true],
    ['10 days later', true],
    ['2 working days later', true],
    ['1 hour later', true],
    ['1 week later', true],
    ['within 2 days, by Tue', false],
    ['within 2 days, by Wed', false],
    ['within 2 days, by Thu', false],
    ['within 2 days, by Thur', false],
    ['within 2 days, 12/15', false],
  ])('%j → %s', (text, relative) => {
    expect(isRelativeDeadline(text)).toBe(relative);
  });
});

describe('dependencyTiming at the edges', () => {
  const basis = due(WED_5PM, 'by Wednesday');

  it('its own date exactly at what it waits for is after it, not before', () => {
    const own = due(WED_5PM, 'by December 2');
    expect(dependencyTiming(own, [basis], ctx)).toEqual({ kind: 'after', due: own, basis });
    const earlier = due('2026-12-02T16:59:59.999-05:00', 'by December 2');
    expect(dependencyTiming(earlier, [basis], ctx).kind).toBe('before');
  });

  it('of two things waited for at the same instant, the first is the basis', () => {
    const first = due(WED_5PM, 'by Wednesday');
    const second = due('2026-12-02T22:00:00Z', 'by December 2');
    const t = dependencyTiming(due('2026-12-04T17:00:00-05:00', 'by Friday'), [first, second], ctx);
    expect(t.basis).toBe(first);
    expect(dependencyTiming(due('2026-12-04T17:00:00-05:00', 'by Friday'), [second, first], ctx).basis).toBe(second);
  });

  it('the latest of what it waits for is the basis', () => {
    const later = due('2026-12-03T17:00:00-05:00', 'by Thursday');
    expect(dependencyTiming(due('2026-12-04T17:00:00-05:00', 'by Friday'), [basis, later], ctx).basis).toBe(later);
    expect(dependencyTiming(due('2026-12-04T17:00:00-05:00', 'by Friday'), [later, basis], ctx).basis).toBe(later);
  });

  it('waiting for something undated: a count waits, an own date stands', () => {
    const count = due('2026-12-01T17:00:00-05:00', 'within 1 business day');
    expect(dependencyTiming(count, [basis, null], ctx)).toEqual({ kind: 'waiting', due: null, basis: null });
    const own = due('2026-12-04T17:00:00-05:00', 'by Friday');
    expect(dependencyTiming(own, [null], ctx)).toEqual({ kind: 'independent', due: own, basis: null });
    expect(dependencyTiming(null, [{ at: 'not a date', text: 'soon', precision: 'day' }], ctx)).toEqual({
      kind: 'independent',
      due: null,
      basis: null,
    });
  });

  it('no date of its own: independent, with the basis', () => {
    expect(dependencyTiming(null, [basis], ctx)).toEqual({ kind: 'independent', due: null, basis });
  });

  it('its own date unreadable: independent, with the basis', () => {
    const bad = { at: 'Friday-ish', text: 'by Friday', precision: 'day' } as Due;
    expect(dependencyTiming(bad, [basis], ctx)).toEqual({ kind: 'independent', due: bad, basis });
  });
});

describe('effectiveDeadlines: links that count', () => {
  const wed = due(WED_5PM, 'by Wednesday');
  const count = due('2026-12-01T17:00:00-05:00', 'within 1 business day');

  it('a link to itself, to a done, deleted or unknown commitment counts as none', () => {
    const out = effectiveDeadlines(
      [
        { id: 'self', due: count, dependsOn: ['self'] },
        { id: 'done', due: wed, status: 'done' },
        { id: 'gone', due: wed, deletedAt: 5 },
        { id: 'a', due: count, dependsOn: ['done', 'gone', 'nobody'] },
        { id: 'b', due: count, dependsOn: 'done' as unknown as string[] },
      ],
      ctx,
    );
    for (const id of ['self', 'a', 'b']) expect(out.get(id)?.kind, id).toBe('independent');
  });

  it('an open link (status open or none, deletedAt null) counts', () => {
    const out = effectiveDeadlines(
      [
        { id: 'x', due: wed, status: 'open', deletedAt: null },
        { id: 'y', due: wed },
        { id: 'a', due: count, dependsOn: ['x'] },
        { id: 'b', due: count, dependsOn: ['y'] },
      ],
      ctx,
    );
    expect(out.get('a')?.kind).toBe('relative');
    expect(out.get('b')?.kind).toBe('relative');
    expect(out.get('a')?.basis).toEqual(wed);
  });

  it('a cycle: each counts as waiting for nothing inside it, and every record gets a timing once', () => {
    const out = effectiveDeadlines(
      [
        { id: 'a', due: count, dependsOn: ['b'] },
        { id: 'b', due: wed, dependsOn: ['a'] },
      ],
      ctx,
    );
    expect([...out.keys()].sort()).toEqual(['a', 'b']);
    expect(out.get('b')).toEqual({ kind: 'independent', due: wed, basis: null });
    expect(out.get('a')?.kind).toBe('relative');
  });

  it('a chain: the middle link’s derived date is what the last counts from', () => {
    const out = effectiveDeadlines(
      [
        { id: 'c', due: count, dependsOn: ['b'] },
        { id: 'b', due: count, dependsOn: ['a'] },
        { id: 'a', due: wed },
      ],
      ctx,
    );
    expect(out.get('b')?.due?.at).toBe('2026-12-03T17:00:00-05:00');
    expect(out.get('c')?.due?.at).toBe('2026-12-04T17:00:00-05:00');
  });
});
