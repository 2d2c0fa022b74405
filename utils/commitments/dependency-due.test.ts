import { describe, expect, it } from 'vitest';
import { dependencyTiming, effectiveDeadlines, isRelativeDeadline } from './dependency-due';
import type { Due } from './types';

const ctx = { timeZone: 'America/New_York' };
const day = (at: string, text: string): Due => ({ at, text, precision: 'day' });
// Customer's "volumes by Wednesday" (December 2, 2026, end of the workday in New York).
const WED = day('2026-12-02T17:00:00-05:00', 'by Wednesday');
// The agent's "within 1 business day", read on Monday November 30: Tuesday.
const WITHIN_ONE = day('2026-12-01T17:00:00-05:00', 'within 1 business day');

describe('isRelativeDeadline', () => {
  it.each([
    ['within 1 business day', true],
    ['within 2 working days', true],
    ['in 3 days', true],
    ['within 24 hours', true],
    ['in a couple of hours', true],
    ['next business day', true],
    ['the following day', true],
    ['two days later', true],
    ['1 day later', true],
    ['by Friday', false],
    ['tomorrow', false],
    ['within 2 days, by Friday at the latest', false],
    ['end of next week', false],
    ['December 4', false],
    ['', false],
  ])('%j → %s', (text, relative) => {
    expect(isRelativeDeadline(text)).toBe(relative);
  });
});

describe('dependencyTiming', () => {
  it('counts a relative deadline from what it waits for: within 1 business day of Wednesday is Thursday', () => {
    const t = dependencyTiming(WITHIN_ONE, [WED], ctx);
    expect(t.kind).toBe('relative');
    expect(t.due).toEqual({ at: '2026-12-03T17:00:00-05:00', text: 'within 1 business day', precision: 'day' });
    expect(t.basis).toBe(WED);
  });

  it('moves when the other side moves: Friday → the next Monday (business days skip the weekend)', () => {
    const fri = day('2026-12-04T17:00:00-05:00', 'by Friday');
    expect(dependencyTiming(WITHIN_ONE, [fri], ctx).due?.at).toBe('2026-12-07T17:00:00-05:00');
  });

  it('counts from the latest of several links', () => {
    const mon = day('2026-11-30T17:00:00-05:00', 'Monday');
    expect(dependencyTiming(WITHIN_ONE, [mon, WED], ctx).due?.at).toBe('2026-12-03T17:00:00-05:00');
  });

  it.each([
    ['2 months later', '2027-02-02'],
    ['within 3 months', '2027-03-02'],
    ['thirty days after', '2027-01-01'],
  ])('counts a span in months or a count in words from what it waits for: %s', (text, date) => {
    // Read on Monday November 30 (as if from today); counted from Wednesday December 2.
    const own = day('2026-12-30T17:00:00-05:00', text);
    const t = dependencyTiming(own, [WED], ctx);
    expect(t.kind).toBe('relative');
    expect(t.due?.at.slice(0, 10)).toBe(date);
  });

  it('keeps an absolute date that is after what it waits for', () => {
    const fri = day('2026-12-04T17:00:00-05:00', 'by Friday');
    expect(dependencyTiming(fri, [WED], ctx)).toEqual({ kind: 'after', due: fri, basis: WED });
  });

  it('flags an absolute date before what it waits for', () => {
    const tue = day('2026-12-01T17:00:00-05:00', 'by Tuesday');
    expect(dependencyTiming(tue, [WED], ctx)).toEqual({ kind: 'before', due: tue, basis: WED });
  });

  it('gives no date for a relative deadline whose link has none (rather than counting from today)', () => {
    expect(dependencyTiming(WITHIN_ONE, [null], ctx)).toEqual({ kind: 'waiting', due: null, basis: null });
  });

  it('leaves an absolute date alone when its link has no date', () => {
    const fri = day('2026-12-04T17:00:00-05:00', 'by Friday');
    expect(dependencyTiming(fri, [null], ctx)).toEqual({ kind: 'independent', due: fri, basis: null });
  });

  it('uses the workday: a 08:00–16:00 agent counts to 16:00', () => {
    const t = dependencyTiming(WITHIN_ONE, [WED], { ...ctx, workday: { start: '08:00', end: '16:00', days: [1, 2, 3, 4, 5] } });
    expect(t.due?.at).toBe('2026-12-03T16:00:00-05:00');
  });

  it('counts hours from the moment: within 2 hours of Wednesday 3 PM is 5 PM', () => {
    const twoHours: Due = { at: '2026-11-30T12:00:00-05:00', text: 'within 2 hours', precision: 'minute' };
    const at3: Due = { at: '2026-12-02T15:00:00-05:00', text: 'Wednesday 3pm', precision: 'hour' };
    expect(dependencyTiming(twoHours, [at3], ctx).due?.at).toBe('2026-12-02T17:00:00-05:00');
  });
});

describe('effectiveDeadlines', () => {
  const base = { status: 'open', deletedAt: null };
  it('follows chains, ignores done links and survives cycles', () => {
    const map = effectiveDeadlines(
      [
        { id: 'volumes', due: WED, dependsOn: [], ...base },
        { id: 'check', due: WITHIN_ONE, dependsOn: ['volumes'], ...base },
        { id: 'quote', due: day('2026-12-01T17:00:00-05:00', 'next business day'), dependsOn: ['check'], ...base },
        { id: 'done', due: WED, dependsOn: [], status: 'done', deletedAt: null },
        { id: 'after-done', due: WITHIN_ONE, dependsOn: ['done'], ...base },
        { id: 'a', due: WITHIN_ONE, dependsOn: ['b'], ...base },
        { id: 'b', due: WITHIN_ONE, dependsOn: ['a'], ...base },
      ],
      ctx,
    );
    expect(map.get('check')?.due?.at).toBe('2026-12-03T17:00:00-05:00');
    expect(map.get('quote')?.due?.at).toBe('2026-12-04T17:00:00-05:00');
    expect(map.get('after-done')?.kind).toBe('independent');
    expect(map.get('a')?.due).toBeDefined();
    expect(map.get('b')?.due).toBeDefined();
  });
});
