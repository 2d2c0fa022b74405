// dueBeforeWhatItWaitsOn at its edges: one row per word that waits, one per negative form (a check,
// not a wait), the strict "later than the promise" boundary, and drafts it cannot compare.
import { describe, expect, it } from 'vitest';
import { findCommitments } from './find';
import type { CommitmentDraft } from './types';
import { dueBeforeWhatItWaitsOn } from './waits-on';

// Monday, Nov 30, 2026, 10:00 UTC.
const ctx = { now: new Date('2026-11-30T10:00:00Z'), timeZone: 'UTC' };
const MONDAY_END = '2026-11-30T17:00:00+00:00';
const promiseIn = (text: string) => findCommitments({ text, author: 'agent' }, ctx).find((d) => d.kind === 'promise');
/** A promise due Monday at workday end, with these conditions. */
const draftWith = (conditions: string[], at = MONDAY_END): Pick<CommitmentDraft, 'due' | 'conditions' | 'kind'> => ({
  kind: 'promise',
  due: { at, text: 'Monday', precision: 'day' },
  conditions,
});

describe('dueBeforeWhatItWaitsOn: every word that waits', () => {
  it.each([
    'once you',
    'after you',
    'when you',
    'whenever you',
    'as soon as you',
    'if you',
    'provided you',
    'provided that you',
    'assuming you',
  ])('a message: "I\'ll send the quote Monday %s send the specs Wednesday."', (marker) => {
    const draft = promiseIn(`I'll send the quote Monday ${marker} send the specs Wednesday.`);
    const found = draft ? dueBeforeWhatItWaitsOn(draft, ctx) : null;
    expect(found?.condition.toLowerCase().startsWith(marker.replace(/,$/, ''))).toBe(true);
    expect(found?.due.at.slice(0, 10)).toBe('2026-12-02');
  });

  it.each([
    'pending the specs from you on Wednesday',
    'upon your reply Wednesday',
    'following your reply Wednesday',
    'Upon your reply Wednesday',
    'as  soon  as you send the specs Wednesday',
    'provided  that you send the specs Wednesday',
    'once  you send the specs Wednesday',
  ])('a condition handed in: %j', (condition) => {
    const found = dueBeforeWhatItWaitsOn(draftWith([condition]), ctx);
    expect(found?.condition).toBe(condition);
    expect(found?.due.at.slice(0, 10)).toBe('2026-12-02');
  });

  it('the condition is read without its marker ("once you send…" is read as "you send…")', () => {
    // "after" left in front would read "after Wednesday" (the day after), not Wednesday.
    const found = dueBeforeWhatItWaitsOn(draftWith(['after Wednesday']), ctx);
    expect(found?.due.at).toBe('2026-12-02T17:00:00+00:00');
  });

  it('the condition is reported trimmed', () => {
    expect(dueBeforeWhatItWaitsOn(draftWith(['  once you send the specs Wednesday  ']), ctx)?.condition).toBe(
      'once you send the specs Wednesday',
    );
  });

  it.each(['unless you call once more on Wednesday', 'in case you reply when you can on Wednesday', 'oncely you send it Wednesday'])(
    'a marker only counts at the start of the condition: %j',
    (condition) => {
      expect(dueBeforeWhatItWaitsOn(draftWith([condition]), ctx)).toBeNull();
    },
  );
});

describe('dueBeforeWhatItWaitsOn: a negative check is not a wait', () => {
  it.each([
    "I'll call you Monday if it isn't fixed by Wednesday.",
    "I'll call you Monday if you can't send the specs by Wednesday.",
    "I'll call you Monday if you cannot send the specs by Wednesday.",
    "I'll call you Monday if you aren't able to send the specs by Wednesday.",
    "I'll call you Monday if the part wasn't delivered by Wednesday.",
    "I'll call you Monday if the parts weren't delivered by Wednesday.",
    "I'll call you Monday if the courier couldn't collect it by Wednesday.",
    "I'll call you Monday if the courier won't collect it by Wednesday.",
    "I'll call you Monday if you haven't heard back by Wednesday.",
    "I'll call you Monday if the courier hasn't come by Wednesday.",
    "I'll call you Monday if the courier doesn't come by Wednesday.",
    "I'll call you Monday if you don't hear back by Wednesday.",
    "I'll call you Monday if you didn't get it by Wednesday.",
    "I'll call you Monday if the courier hadn't come by Wednesday.",
    "I'll call you Monday if the part is not delivered by Wednesday.",
    "I'll call you Monday if you hear no news by Wednesday.",
    "I'll call you Monday if you never got it by Wednesday.",
    "I'll call you Monday if nobody replies by Wednesday.",
    "I'll call you Monday if nothing arrives by Wednesday.",
    "I'll call you Monday if the courier isn’t there by Wednesday.",
  ])('%s', (text) => {
    const draft = promiseIn(text);
    expect(draft?.conditions?.length).toBeGreaterThan(0);
    expect(dueBeforeWhatItWaitsOn(draft!, ctx)).toBeNull();
  });

  it.each(['once you send the notes Wednesday', 'once you send the notice Wednesday', 'once you sign the nothingness waiver Wednesday'])(
    'a word that only holds a negative is not one: %j',
    (condition) => {
      expect(dueBeforeWhatItWaitsOn(draftWith([condition]), ctx)?.due.at.slice(0, 10)).toBe('2026-12-02');
    },
  );
});

describe('dueBeforeWhatItWaitsOn: what it compares', () => {
  it('what it waits on due at the same moment as the promise is not later', () => {
    expect(dueBeforeWhatItWaitsOn(draftWith(['once you send the specs Monday']), ctx)).toBeNull();
    // one minute later is
    expect(dueBeforeWhatItWaitsOn(draftWith(['once you send the specs Monday'], '2026-11-30T16:59:00+00:00'), ctx)?.due.at).toBe(
      MONDAY_END,
    );
  });

  it('the first condition that waits on something later wins; others are passed over', () => {
    const found = dueBeforeWhatItWaitsOn(
      draftWith([
        'unless you cancel Friday',
        'once you pay today',
        "if you can't pay Thursday",
        'once you sign Wednesday',
        'once you send the specs Friday',
      ]),
      ctx,
    );
    expect(found?.condition).toBe('once you sign Wednesday');
  });

  it('a condition without a date, or none at all, gives nothing', () => {
    expect(dueBeforeWhatItWaitsOn(draftWith(['once you send the specs']), ctx)).toBeNull();
    expect(dueBeforeWhatItWaitsOn(draftWith([]), ctx)).toBeNull();
    // a draft from a caller without types, with no condition list
    expect(dueBeforeWhatItWaitsOn({ ...draftWith([]), conditions: undefined as unknown as string[] }, ctx)).toBeNull();
  });

  it('a promise without a readable date gives nothing', () => {
    expect(dueBeforeWhatItWaitsOn(draftWith(['once you send the specs Wednesday'], 'not a date'), ctx)).toBeNull();
    expect(dueBeforeWhatItWaitsOn({ kind: 'promise', due: null, conditions: ['once you send the specs Wednesday'] }, ctx)).toBeNull();
  });
});
