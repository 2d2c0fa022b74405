// Coaching: the warnings before an entry is added and the rewording proposed for a call-back ask.
// Boundaries pinned: a deadline exactly now is not past, a year exactly 20 years away is still a
// date; one row per contact verb, invitation and return act of the call-back rule.
import { describe, expect, it } from 'vitest';
import { asksToCallBack, coach, suggestFollowUp } from './coaching';
import type { CommitmentDraft, Due, ParseContext } from './types';

const NOW = new Date('2026-11-25T15:00:00Z'); // Wednesday
const due = (at: string): Due => ({ at, text: 'by then', precision: 'minute' });
const draft = (over: Partial<CommitmentDraft> = {}): CommitmentDraft => ({
  text: 'send the report',
  party: 'agent',
  action: 'send the report',
  due: null,
  vague: false,
  conditions: [],
  reason: null,
  kind: 'promise',
  warnings: [],
  ...over,
});
const warn = (d: CommitmentDraft, words = '', agentWords = true) => coach(d, NOW, { agentWords, words }).warnings;

describe('asksToCallBack', () => {
  it.each([
    'Call us back.',
    'call us',
    'Please call us if it happens again.',
    'Kindly ring us.',
    'Just phone us back.',
    'Simply dial us.',
    'Do email us.',
    'Then e-mail us.',
    'Mail us again.',
    'Write us.',
    'Message us back.',
    'Text us again.',
    'Msg us.',
    'DM us.',
    'Ping us.',
    'Contact us.',
    'Reach out to us.',
    'Reach us.',
    'Get in touch with us.',
    'Get back to us.',
    'Get hold of us.',
    'Come back to us.',
    'Return to us.',
    'Reply to us.',
    'Respond to us.',
    'Drop us a line.',
    'Drop me a note.',
    'Drop us message.',
    'Drop us an email'.replace('an email', 'a email'),
    'Drop us a call.',
    'Give us a call.',
    'Give me a ring.',
    'Give us a buzz.',
    'Give us a shout.',
    'Give us a bell.',
    'Give us a heads-up.',
    'Give us heads up.',
    'Shoot us an email.',
    'Shoot me a message.',
    'Shoot us a note.',
    'Feel free to call us.',
    "Don't hesitate to contact us.",
    'Do not hesitate to contact us.',
    'Dont hesitate to contact us.',
    'Be sure to call us.',
    'Make sure to call us.',
    'Remember to call us.',
    'You can call us.',
    'You could call us.',
    'You may call us.',
    'You might call us.',
    'You should call us.',
    'You are welcome to call us.',
    "You're welcome to call us.",
    'You can always call us.',
    'You can also call us.',
    'You can just call us.',
    'You can simply call us.',
    'You will need to call us.',
    "You'll have to call us.",
    'You want to call us.',
    'Call me.',
    'Call back tomorrow.',
    'Call again later.',
    'Call our team.',
    'Call our support desk.',
    'Call our billing line.',
    'Call our office.',
    'Call our hotline.',
    'Call our support.',
    'Call support.',
    'Call the help desk.',
    'Call helpdesk.',
    'Call the hotline.',
    'Call customer service.',
    'Write to us.',
    'Talk with us'.replace('Talk', 'Reach out'),
    'Write to our billing team.',
    'Write to our specialists.',
    'Write to our agents.',
    'Write to our department.',
    'Write to me.',
    'Call if it breaks.',
    'Call when it breaks.',
    'Call once it breaks.',
    'Call should it break.',
    'Call whenever it breaks.',
    'Call in case it breaks.',
    'Please call.',
    'Please call!',
    'Please reopen the ticket.',
    'Please re-open this case.',
    'Reopen your request.',
    'Reopen a chat.',
    'Reopen the conversation.',
    'Open a new ticket.',
    'Open new case.',
    'Open a new request.',
    'Open a new chat.',
    'Start a new chat.',
    'Start new conversation.',
    'Start a new ticket.',
    'Submit a new ticket.',
    'Submit new request.',
    'Reply to this email.',
    'Respond to our message.',
    'Write back to the thread.',
    'Reply to that ticket.',
    'Reply to this e-mail.',
    'Reply to this chat.',
    'Reply to this conversation.',
    'It should work now. Call us.',
    'It should work now! Call us.',
    'It should work now? Call us.',
    'It should work now; call us.',
    'It should work now: call us.',
    'It should work now, call us.',
    'It should work now — call us.',
    'It should work now – call us.',
    'It should work now (call us).',
    'Try it and call us.',
    'Try it or call us.',
    'Try it but call us.',
    'Try it so call us.',
    'Try it, otherwise call us.',
    'Let us know if it happens again.',
    'Let me know when it persists.',
    'Let us know whether it continues.',
    'Let us know should it come back.',
    'Let us know in case it recurs.',
    'Let us know if it returns.',
    'Let us know if it reappears.',
    'Let us know if it is still broken.',
    'Let us know if it keeps failing.',
    'Let us know if it happens.',
    'Let us know if it is not fixed.',
    'Let us know if it is not resolved.',
    'Let us know if it is not working.',
    "Let us know if it doesn't work.",
    'Let us know if it does not work.',
    "Let us know if it isn't right.",
    'Let us know if it is not right.',
    'Let us know if it persist.',
    'Let us know if it continue.',
    'Let us know if it recur.',
    'Let us know if it return.',
    'Let us know if it reappear.',
    'Let us know if it keep failing.',
    'Let us know if they come back.',
    'LET US KNOW IF IT HAPPENS AGAIN.',
  ])('asks to call back: %s', (text) => {
    expect(asksToCallBack(text)).toBe(true);
  });

  it.each([
    '',
    "I'll call you back.",
    'We will call you tomorrow.',
    'I shall email you.',
    "I'm going to phone you.",
    "We're going to write you.",
    'I will ring you.',
    'I will message you.',
    'I will text you.',
    'I will contact you.',
    'I will reach out.',
    'I will get back to you.',
    'I will follow up.',
    'I will check in.',
    'I will check back.',
    'We will quickly call you.',
    'I will call us a cab.',
    'We will call us back.',
    "We'll call us back.",
    'Call the courier to reschedule.',
    'Call them.',
    'Please send the logs.',
    'Recall us.',
    'Let us know what you think.',
    'Let us know if you want the blue one.',
    'Let us know when you are home again'.replace(' again', ''),
    'Our team can call you.',
    'Give it a try.',
  ])('does not: %j', (text) => {
    expect(asksToCallBack(text)).toBe(false);
  });
});

describe('coach: warnings', () => {
  it('past-due: before now only; exactly now is not past', () => {
    expect(warn(draft({ due: due('2026-11-25T14:59:59.999Z') }))).toEqual(['past-due']);
    expect(warn(draft({ due: due('2026-11-25T15:00:00.000Z') }))).toEqual([]);
    expect(warn(draft({ due: due('2026-11-25T15:00:00.001Z') }))).toEqual([]);
  });

  it('past-due needs a readable deadline and a readable now', () => {
    expect(warn(draft({ due: due('not a date') }))).toEqual([]);
    expect(coach(draft({ due: due('2020-01-01T00:00:00Z') }), new Date(NaN), { agentWords: true, words: '' }).warnings).toEqual([]);
  });

  it('vague follows the draft', () => {
    expect(warn(draft({ vague: true }))).toEqual(['vague']);
    expect(coach(draft({ vague: true }), NOW, { agentWords: true, words: '' }).vague).toBe(true);
  });

  it('absurd-date: more than 20 years away either way; exactly 20 is still a date', () => {
    for (const [at, absurd] of [
      ['2046-06-01T00:00:00Z', false],
      ['2047-01-01T00:00:00Z', true],
      ['2006-06-01T00:00:00Z', false],
      ['2005-12-31T00:00:00Z', true],
      ['9999-12-31T00:00:00Z', true],
      ['-000100-01-01T00:00:00Z', true],
    ] as const) {
      const out = coach(draft({ due: due(at), action: 'send the report 2050' }), NOW, { agentWords: true, words: 'send the report' });
      expect(out.warnings.includes('absurd-date'), at).toBe(absurd);
      expect(out.due, at).toEqual(absurd ? null : due(at));
      expect(out.vague, at).toBe(absurd);
      expect(out.action, at).toBe(absurd ? 'send the report' : 'send the report 2050');
    }
  });

  it('absurd-date: every warning in order, the due gone', () => {
    expect(warn(draft({ due: due('2099-01-01T00:00:00Z') }), 'Call us back.')).toEqual(['absurd-date', 'vague', 'call-back']);
  });

  it.each([
    'by 31/12/20250',
    'by 12/31/10000',
    'by 1.2.99999',
    'by 1-2-10000',
    'by December 31, 20250',
    'by Dec 31st 20250',
    'by Dec. 31 20250',
    'by 31 December 20250',
    'by 31st of December, 20250',
    'by the 2nd of sept 10000',
    'in the year 12000',
    'by May 20250',
    'by JANUARY 10000',
  ])('a five-digit year in the words is absurd: %s', (words) => {
    expect(warn(draft(), words)).toEqual(['absurd-date', 'vague']);
  });

  it.each(['by 31/12/2025', 'by December 31, 2025', 'in the year 2026', 'order 12345', 'ticket 31/12/ 20250', 'by May 2025'])(
    'a four-digit year or a number that is no year is fine: %s',
    (words) => {
      expect(warn(draft(), words)).toEqual([]);
    },
  );

  it("call-back is for the agent's own words only", () => {
    expect(warn(draft(), 'Call us back.', true)).toEqual(['call-back']);
    expect(warn(draft(), 'Call us back.', false)).toEqual([]);
  });

  it('the rest of the draft is kept', () => {
    const d = draft({ conditions: ['if it fails'], reason: 'so it works', kind: 'request', party: 'customer' });
    expect(coach(d, NOW, { agentWords: true, words: '' })).toEqual({ ...d, warnings: [] });
  });
});

describe('suggestFollowUp', () => {
  const ctx: ParseContext = { now: NOW, timeZone: 'America/New_York' };

  it('a future deadline of the draft is the day named, in the agent zone', () => {
    // 03:00 UTC on Friday is still Thursday in New York
    expect(suggestFollowUp({ text: 'call us', due: due('2026-11-27T03:00:00Z') }, ctx)).toBe(
      "I'll call you on Thu, Nov 26 to check it's fixed",
    );
  });

  it('a deadline exactly now or before it: the next workday', () => {
    expect(suggestFollowUp({ text: 'call us', due: due('2026-11-25T15:00:00Z') }, ctx)).toBe(
      "I'll call you on Thu, Nov 26 to check it's fixed",
    );
    expect(suggestFollowUp({ text: 'call us', due: due('2026-11-25T15:00:00.001Z') }, ctx)).toBe(
      "I'll call you on Wed, Nov 25 to check it's fixed",
    );
    expect(suggestFollowUp({ text: 'call us', due: null }, ctx)).toBe("I'll call you on Thu, Nov 26 to check it's fixed");
  });

  it("the next workday follows the agent's week and zone", () => {
    const friday: ParseContext = { now: new Date('2026-11-27T20:00:00Z'), timeZone: 'America/New_York' };
    expect(suggestFollowUp({ text: 'call us', due: null }, friday)).toBe("I'll call you on Mon, Nov 30 to check it's fixed");
    // Friday 23:00 in New York is Saturday in Tokyo: the next workday from Saturday is Monday
    const tokyo: ParseContext = { now: new Date('2026-11-27T16:00:00Z'), timeZone: 'Asia/Tokyo' };
    expect(suggestFollowUp({ text: 'call us', due: null }, tokyo)).toBe("I'll call you on Mon, Nov 30 to check it's fixed");
    const sixDays: ParseContext = { ...friday, workday: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5, 6] } };
    expect(suggestFollowUp({ text: 'call us', due: null }, sixDays)).toBe("I'll call you on Sat, Nov 28 to check it's fixed");
  });

  it('a missing zone or now falls back to UTC and the clock', () => {
    const noZone = { now: new Date('2026-11-27T03:00:00Z'), timeZone: 'Not/AZone' } as ParseContext;
    expect(suggestFollowUp({ text: 'call us', due: due('2026-11-28T03:00:00Z') }, noZone)).toBe(
      "I'll call you on Sat, Nov 28 to check it's fixed",
    );
    const noNow = { now: new Date(NaN), timeZone: 'UTC' } as ParseContext;
    expect(suggestFollowUp({ text: 'call us', due: due('2999-01-01T12:00:00Z') }, noNow)).toBe(
      "I'll call you on Tue, Jan 1 to check it's fixed",
    );
  });

  it.each([
    ['email us', 'email'],
    ['e-mail us', 'email'],
    ['write to us', 'email'],
    ['message us', 'email'],
    ['text us', 'email'],
    ['reply to us', 'email'],
    ['respond to this', 'email'],
    ['open a ticket', 'email'],
    ['start a chat', 'email'],
    ['DM us', 'email'],
    ['call us', 'call'],
    ['ring us', 'call'],
    ['texture', 'call'],
  ])('the channel follows the words: %s → %s', (text, channel) => {
    expect(suggestFollowUp({ text, due: due('2026-11-27T15:00:00Z') }, ctx)).toBe(`I'll ${channel} you on Fri, Nov 27 to check it's fixed`);
  });
});
