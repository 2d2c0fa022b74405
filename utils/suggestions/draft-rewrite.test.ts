import { describe, expect, it } from 'vitest';
import { coachDraft, QUICK_DATES, withQuickDate, type DraftHint } from './draft-coach';
import { callBackRewrite, datedRewrite, withDateInWords } from './draft-rewrite';

// Monday, Nov 30, 2026, 10:00 UTC.
const ctx = { now: new Date('2026-11-30T10:00:00Z'), timeZone: 'UTC' };
const none = { existing: [], dismissed: new Set<string>() };
const hintOf = <K extends DraftHint['kind']>(text: string, kind: K) =>
  coachDraft(text, ctx, none).find((h): h is Extract<DraftHint, { kind: K }> => h.kind === kind)!;

describe('withDateInWords', () => {
  it.each([
    ["We'll get back to you shortly.", 'tomorrow', "We'll get back to you by tomorrow."],
    ['We will ship the parts as soon as possible!', 'Friday', 'We will ship the parts by Friday!'],
    ["I'll look into it and let you know.", 'tomorrow', "I'll look into it and let you know by tomorrow."],
    ['I will update you soon about the refund', 'Friday', 'I will update you by Friday about the refund'],
    ["We'll reply in a bit.", 'today EOD', "We'll reply by the end of today."],
    // "as soon as" opening a condition is no vague date: the date goes at the end.
    ["As soon as the carrier confirms, I'll let you know.", 'tomorrow', "As soon as the carrier confirms, I'll let you know by tomorrow."],
    ["I'll look into it", 'Friday', "I'll look into it by Friday"],
    ['We will get back to you shortly!!', 'tomorrow', 'We will get back to you by tomorrow!!'],
  ])('%s + %s', (sentence, when, expected) => {
    expect(withDateInWords(sentence, when)).toBe(expected);
  });
});

describe('datedRewrite', () => {
  it.each(QUICK_DATES)('the new words carry the same deadline as the quick date: %s', (when) => {
    const hint = hintOf("Thanks for the details. We'll get back to you shortly.", 'vague');
    const rewrite = datedRewrite(hint, when, ctx);
    expect(rewrite?.words).toBe("We'll get back to you shortly.");
    expect(rewrite?.replacement).not.toContain('shortly');
    expect(rewrite?.draft.due?.at).toBe(withQuickDate(hint.draft, when, ctx).due?.at);
    expect(rewrite?.draft.party).toBe('agent');
    expect(rewrite?.draft.vague).toBe(false);
  });

  it('the rewritten reply is coached as a dated promise with the same key (no hint left once added)', () => {
    const hint = hintOf("We'll get back to you shortly.", 'vague');
    const rewrite = datedRewrite(hint, 'tomorrow', ctx)!;
    const after = coachDraft(rewrite.replacement, ctx, none);
    expect(after.map((h) => h.kind)).toEqual(['promise']);
    expect(coachDraft(rewrite.replacement, ctx, { existing: [rewrite.draft], dismissed: new Set() })).toEqual([]);
  });

  it('a promise with its condition first: the date goes to the promise, the condition stays', () => {
    const hint = hintOf("Thanks. As soon as the carrier confirms, I'll let you know.", 'vague');
    const rewrite = datedRewrite(hint, 'tomorrow', ctx)!;
    expect(rewrite.replacement.endsWith("I'll let you know by tomorrow.")).toBe(true);
    expect(rewrite.draft.due?.at.slice(0, 10)).toBe('2026-12-01');
    expect(rewrite.draft.conditions.join(' ')).toMatch(/carrier confirms/);
  });

  it('a date already past gives no rewrite', () => {
    const late = { ...ctx, now: new Date('2026-11-30T18:00:00Z') };
    const hint = coachDraft("We'll get back to you shortly.", late, none)[0] as Extract<DraftHint, { kind: 'vague' }>;
    expect(datedRewrite(hint, 'today EOD', late)).toBeNull();
  });
});

describe('callBackRewrite', () => {
  it.each(['Please call us back if it happens again.', 'Feel free to reach out if the label still prints blank!'])(
    '%s → the next step, dated, as a sentence',
    (sentence) => {
      const rewrite = callBackRewrite(hintOf(`Hi Sam, sorry about that. ${sentence}`, 'call-back'), ctx);
      expect(rewrite.words).toBe(sentence);
      expect(rewrite.replacement).toMatch(/^I'll (?:call|email) you on Tue, Dec 1 to check it's fixed[.!]$/);
      expect(rewrite.draft.party).toBe('agent');
      expect(rewrite.draft.due?.at.slice(0, 10)).toBe('2026-12-01');
      // Once written, the reply no longer asks the customer to come back.
      expect(coachDraft(rewrite.replacement, ctx, none).map((h) => h.kind)).toEqual(['promise']);
    },
  );
});
