import { describe, expect, it } from 'vitest';
import { coachDraft, fromRewording, QUICK_DATES, quickDatesFor, withQuickDate, type DraftHint } from './draft-coach';

// Monday, Nov 30, 2026, 10:00 UTC.
const ctx = { now: new Date('2026-11-30T10:00:00Z'), timeZone: 'UTC' };
const none = { existing: [], dismissed: new Set<string>() };
const kinds = (hints: DraftHint[]) => hints.map((h) => h.kind);

describe('coachDraft', () => {
  it('offers a dated promise as it is, with its deadline', () => {
    const [hint] = coachDraft("Thanks Priya. I'll send the invoice by Thursday.", ctx, none);
    expect(hint?.kind).toBe('promise');
    expect(hint?.draft.party).toBe('agent');
    expect(hint?.draft.due?.at.slice(0, 10)).toBe('2026-12-03');
  });

  it.each([
    "We'll get back to you shortly.",
    'I will look into it and update you soon.',
    "I'll send you the new build as soon as possible!",
  ])('coaches a promise without a date: %s', (text) => {
    expect(kinds(coachDraft(text, ctx, none))).toEqual(['vague']);
  });

  it.each([
    'Please call us back if it happens again.',
    'Feel free to reach out if the problem persists.',
    "Don't hesitate to contact our support team when it's back.",
  ])('finds a call-back request with no promise in it and proposes a dated rewording: %s', (text) => {
    const hints = coachDraft(`Hi Sam,\n${text}\nBest`, ctx, none);
    const callBack = hints.find((h) => h.kind === 'call-back');
    expect(callBack && callBack.kind === 'call-back' && callBack.rewording).toMatch(
      /^I'll (?:call|email) you on Tue, Dec 1 to check it's fixed$/,
    );
  });

  it('finds each thing once, in a reply that has all three', () => {
    const text =
      "I'll send the invoice by Thursday. We'll get back to you shortly about the refund. Please call us back if it happens again.";
    expect(kinds(coachDraft(text, ctx, none)).sort()).toEqual(['call-back', 'promise', 'vague']);
  });

  it("the agent's own promise to call is no call-back, and a question to the customer is no promise", () => {
    expect(coachDraft("I'll call you back tomorrow at 10.", ctx, none).map((h) => h.kind)).toEqual(['promise']);
    expect(coachDraft('Could you send me the logs by Friday?', ctx, none)).toEqual([]);
    expect(coachDraft("You'll send us the logs by Friday.", ctx, none).filter((h) => h.kind !== 'call-back')).toEqual([]);
  });

  it('leaves out what the ledger already holds and what was dismissed', () => {
    const text = "I'll send the invoice by Thursday. Please call us back if it happens again.";
    const all = coachDraft(text, ctx, none);
    const promise = all.find((h) => h.kind === 'promise')!;
    const callBack = all.find((h) => h.kind === 'call-back')!;
    expect(kinds(coachDraft(text, ctx, { existing: [promise.draft], dismissed: new Set() }))).toEqual(['call-back']);
    expect(kinds(coachDraft(text, ctx, { existing: [], dismissed: new Set([callBack.key]) }))).toEqual(['promise']);
  });

  it('an empty or whitespace draft gives nothing', () => {
    expect(coachDraft('', ctx, none)).toEqual([]);
    expect(coachDraft(' \n ', ctx, none)).toEqual([]);
    expect(coachDraft('Thanks for your patience!', ctx, none)).toEqual([]);
  });
});

describe('withQuickDate', () => {
  it.each(QUICK_DATES)('turns a vague promise into a dated one: %s', (when) => {
    const [hint] = coachDraft("We'll get back to you shortly.", ctx, none);
    const dated = withQuickDate(hint!.draft, when, ctx);
    expect(dated.due).not.toBeNull();
    expect(dated.vague).toBe(false);
    expect(dated.party).toBe('agent');
    expect(dated.text).not.toMatch(/shortly/);
  });

  it('the dates are the ones named', () => {
    const [hint] = coachDraft('I will look into it soon.', ctx, none);
    expect(withQuickDate(hint!.draft, 'tomorrow', ctx).due?.at.slice(0, 10)).toBe('2026-12-01');
    expect(withQuickDate(hint!.draft, 'Friday', ctx).due?.at.slice(0, 10)).toBe('2026-12-04');
    expect(withQuickDate(hint!.draft, 'today EOD', ctx).due?.at.slice(0, 10)).toBe('2026-11-30');
  });
});

describe('quickDatesFor', () => {
  it('offers all quick dates during the workday', () => {
    const [hint] = coachDraft("We'll get back to you shortly.", ctx, none);
    expect(quickDatesFor(hint!.draft, ctx).map((q) => q.when)).toEqual([...QUICK_DATES]);
  });

  it('leaves out "today EOD" once the workday has ended', () => {
    const evening = { ...ctx, now: new Date('2026-11-30T18:30:00Z') };
    const [hint] = coachDraft("We'll get back to you shortly.", evening, none);
    const offered = quickDatesFor(hint!.draft, evening);
    expect(offered.map((q) => q.when)).toEqual(['tomorrow', 'Friday']);
    expect(offered.every((q) => Date.parse(q.draft.due!.at) > evening.now.getTime())).toBe(true);
  });
});

describe('fromRewording', () => {
  it("adds the rewording as the agent's dated promise", () => {
    const hint = coachDraft('Please call us back if it happens again.', ctx, none).find((h) => h.kind === 'call-back');
    if (hint?.kind !== 'call-back') throw new Error('no call-back hint');
    const draft = fromRewording(hint, ctx);
    expect(draft.party).toBe('agent');
    expect(draft.due?.at.slice(0, 10)).toBe('2026-12-01');
    expect(draft.warnings ?? []).not.toContain('call-back');
  });
});

describe('a promise due before what it waits on', () => {
  it('the promise hint says what it waits on and when that is due', () => {
    const [hint] = coachDraft("Thanks! I'll send the quote Monday once you send the specs Tuesday.", ctx, none);
    expect(hint?.kind).toBe('promise');
    const waits = hint?.kind === 'promise' ? hint.waitsLater : undefined;
    expect(waits?.condition).toBe('once you send the specs Tuesday');
    expect(waits?.due.at.slice(0, 10)).toBe('2026-12-01');
  });

  it('a promise dated after what it waits on has no such hint', () => {
    const [hint] = coachDraft("I'll send the quote Friday once you send the specs Tuesday.", ctx, none);
    expect(hint?.kind).toBe('promise');
    expect(hint?.kind === 'promise' && hint.waitsLater).toBeFalsy();
  });
});

describe('a call-back whose rewording was added', () => {
  it('is not offered again', () => {
    const text = 'Please call us back if it happens again.';
    const [hint] = coachDraft(text, ctx, none);
    if (hint?.kind !== 'call-back') throw new Error('call-back expected');
    expect(coachDraft(text, ctx, { existing: [fromRewording(hint, ctx)], dismissed: new Set() })).toEqual([]);
  });
});
