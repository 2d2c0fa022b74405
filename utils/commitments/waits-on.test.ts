import { describe, expect, it } from 'vitest';
import { findCommitments } from './find';
import { dueBeforeWhatItWaitsOn } from './waits-on';

// Monday, Nov 30, 2026, 10:00 UTC.
const ctx = { now: new Date('2026-11-30T10:00:00Z'), timeZone: 'UTC' };
const promiseIn = (text: string) => findCommitments({ text, author: 'agent' }, ctx).find((d) => d.kind === 'promise')!;

describe('dueBeforeWhatItWaitsOn', () => {
  it.each([
    ["I'll send the quote Monday once you send the specs Tuesday.", 'once you send the specs Tuesday', '2026-12-01'],
    ["Once you send the specs by Thursday, I'll send the quote by Wednesday.", 'Once you send the specs by Thursday', '2026-12-03'],
    ['We will ship the order by Tuesday after the courier collects it on Friday.', 'after the courier collects it on Friday', '2026-12-04'],
  ])('%s', (text, condition, day) => {
    const found = dueBeforeWhatItWaitsOn(promiseIn(text), ctx);
    expect(found?.condition).toBe(condition);
    expect(found?.due.at.slice(0, 10)).toBe(day);
  });

  it.each([
    // What it waits on comes first: fine.
    "I'll send the quote Friday once you send the specs Tuesday.",
    // Nothing dated to wait on, or no date on the promise.
    "I'll send the quote Monday once you send the specs.",
    "I'll send the quote once you send the specs Tuesday.",
    // A check, not a wait.
    "I'll call you Monday if it isn't fixed by Friday.",
    // No condition at all.
    "I'll send the quote by Monday.",
  ])('no hint: %s', (text) => {
    const draft = promiseIn(text);
    if (draft) expect(dueBeforeWhatItWaitsOn(draft, ctx)).toBeNull();
  });

  it('a request is not a promise of ours', () => {
    const draft = {
      kind: 'request' as const,
      due: { at: '2026-11-30T17:00:00Z', text: 'Monday', precision: 'day' as const },
      conditions: ['once you send the specs Tuesday'],
    };
    expect(dueBeforeWhatItWaitsOn(draft, ctx)).toBeNull();
  });
});
