// One summary line at a time, each rule of formatSummary's composition pinned where a slip would
// garble what the customer reads: a dependency said once, the problem lines, the own-words line, the
// update line, the timeline order.
import { describe, expect, it } from 'vitest';
import type { Due } from '../commitments/types';
import { fillTemplate, formatSummary, type SummaryItem, type SummaryOptions } from './index';
import { item, bullets } from './test-helpers';

// Tuesday, November 24, 2026, 9:00 AM in New York.
const NOW = new Date('2026-11-24T14:00:00Z');
const base: SummaryOptions = { agentName: 'Sam Lee', customerName: 'Dana Reyes', timeZone: 'America/New_York', now: NOW, updateBy: null };

function day(at: string, text = ''): Due {
  return { at, text, precision: 'day' };
}
const WED = day('2026-11-25T17:00:00-05:00');
const FRI = day('2026-11-27T17:00:00-05:00');

describe('a condition about the same thing as a dependency stands for it', () => {
  it('singular and plural are the same thing: "once the samples arrive" for "send a sample"', () => {
    const { text } = formatSummary(
      [
        item({
          action: 'test the samples',
          due: FRI,
          conditions: ['once the samples arrive'],
          dependsOn: [{ party: 'customer', action: 'send a sample', due: WED }],
        }),
      ],
      base,
    );
    expect(bullets(text)).toEqual([
      "I'll test the samples by Friday, November 27, once the samples arrive (expected by Wednesday, November 25).",
    ]);
  });

  it('a condition about something else never stands for the dependency: both are said', () => {
    const { text } = formatSummary(
      [
        item({
          action: 'check the lane',
          due: FRI,
          conditions: ['if legal approves'],
          dependsOn: [{ party: 'customer', action: 'send the volumes', due: WED }],
        }),
      ],
      base,
    );
    expect(bullets(text)).toEqual([
      "I'll check the lane by Friday, November 27, after you send the volumes (expected by Wednesday, November 25), if legal approves.",
    ]);
  });

  it('a condition stands for one dependency only, even when a second is about the same thing', () => {
    const { text } = formatSummary(
      [
        item({
          action: 'check the lane',
          due: FRI,
          conditions: ['once the volumes arrive'],
          dependsOn: [
            { party: 'customer', action: 'send the volumes', due: WED },
            { party: 'customer', action: 'send the volume forecast', due: WED },
          ],
        }),
      ],
      base,
    );
    expect(bullets(text)).toEqual([
      "I'll check the lane by Friday, November 27, once the volumes arrive (expected by Wednesday, November 25) and after you send the volume forecast (expected by Wednesday, November 25).",
    ]);
  });
});

describe('options that are not usable fall back, and say so', () => {
  it('an invalid "now" is the current time: a deadline in 2001 has passed', () => {
    const { problems } = formatSummary([item({ action: 'send it', due: day('2001-01-05T17:00:00Z') })], { ...base, now: new Date('nope') });
    expect(problems.map((p) => p.kind)).toEqual(['past-due']);
  });

  it('names an unknown locale, agent zone or customer zone in its warning', () => {
    const items = [item({ action: 'send it', due: FRI })];
    expect(formatSummary(items, { ...base, locale: 'xx-!!' }).warnings).toEqual(['Unknown locale "xx-!!"; dates are written in en-US.']);
    expect(formatSummary(items, { ...base, locale: 'xx-!!' }).text).toContain('by Friday, November 27.');
    expect(formatSummary(items, { ...base, timeZone: 'Not/AZone' }).warnings).toEqual([
      'Unknown time zone "Not/AZone"; dates are shown in UTC.',
    ]);
    expect(formatSummary(items, { ...base, customerTimeZone: 'Mars/Olympus' }).warnings).toEqual([
      'Unknown customer time zone "Mars/Olympus"; dates are shown in America/New_York.',
    ]);
  });

  it('an empty or missing customer zone is no zone: no warning, the agent’s clock', () => {
    const items = [item({ action: 'send it', due: { at: '2026-11-27T15:00:00-05:00', text: '', precision: 'minute' } })];
    for (const customerTimeZone of ['', null, undefined]) {
      // null: a stored setting may hold it, though the type says string.
      const { text, warnings } = formatSummary(items, { ...base, customerTimeZone: customerTimeZone as string | undefined });
      expect(warnings).toEqual([]);
      expect(bullets(text)).toEqual(["I'll send it by 3:00 PM EST on Friday, November 27."]);
    }
  });

  it('an unknown voice is "I"', () => {
    const { text } = formatSummary([item({ action: 'send it', due: FRI })], {
      ...base,
      agentVoice: 'they' as unknown as SummaryOptions['agentVoice'],
    });
    expect(bullets(text)).toEqual(["I'll send it by Friday, November 27."]);
  });

  it('a party the summary does not know is a third party', () => {
    const { text } = formatSummary(
      [item({ party: 'vendor' as unknown as SummaryItem['party'], partyName: 'Acme', action: 'ship it', due: FRI })],
      base,
    );
    expect(text).toContain('What others will do:\n- Acme will ship it by Friday, November 27.');
  });
});

describe('the update line when the agent has nothing dated', () => {
  // Friday, November 27, 2026, 10:00 AM in New York: the next business day is Monday, or Saturday for a Saturday workday.
  const FRIDAY = new Date('2026-11-27T15:00:00Z');
  const opts = (workday: unknown): SummaryOptions => ({
    ...base,
    now: FRIDAY,
    updateBy: undefined,
    workday: workday as SummaryOptions['workday'],
  });
  const customerOnly = [item({ party: 'customer', action: 'send the logs', due: day('2026-12-01T17:00:00-05:00') })];

  it('counts the next business day on the agent’s workday', () => {
    expect(bullets(formatSummary(customerOnly, opts({ start: '09:00', end: '17:00', days: [6] })).text)[0]).toBe(
      "I'll update you by tomorrow (Saturday, November 28), even if there is no news yet.",
    );
  });

  it.each<[string, unknown]>([
    ['no days', { start: '09:00', end: '17:00', days: [] }],
    ['days not a list', { start: '09:00', end: '17:00', days: 6 }],
    ['no start', { end: '17:00', days: [6] }],
    ['no end', { start: '09:00', days: [6] }],
    ['not an object', 'weekends'],
    ['null', null],
  ])('a workday with %s is the default one (Monday to Friday)', (_name, workday) => {
    expect(bullets(formatSummary(customerOnly, opts(workday)).text)[0]).toBe(
      "I'll update you by Monday, November 30, even if there is no news yet.",
    );
  });

  it('an update time the agent set is written with its time', () => {
    const { text } = formatSummary(customerOnly, {
      ...opts(undefined),
      updateBy: { at: '2026-11-30T15:00:00-05:00', text: 'Monday 3pm', precision: 'minute' },
    });
    expect(bullets(text)[0]).toBe("I'll update you by 3:00 PM EST on Monday, November 30, even if there is no news yet.");
  });

  it('no update line without any item, with null, or when the agent has a dated item', () => {
    expect(formatSummary([], opts(undefined)).text).not.toContain('update you');
    expect(formatSummary(customerOnly, { ...opts(undefined), updateBy: null }).text).not.toContain('update you');
    const dated = [...customerOnly, item({ action: 'send the quote', due: day('2026-12-02T17:00:00-05:00') })];
    expect(formatSummary(dated, opts(undefined)).text).not.toContain('update you');
  });

  it('an agent item without a usable date still gets the update line', () => {
    const { text } = formatSummary([item({ action: 'look into it', keep: true })], opts(undefined));
    expect(bullets(text)).toEqual([
      "I'll look into it (date to be confirmed).",
      "I'll update you by Monday, November 30, even if there is no news yet.",
    ]);
  });
});

describe('problems: what the panel is told', () => {
  it('a past item names its deadline, its id (a string only), and the party in the warning', () => {
    const { problems, warnings } = formatSummary(
      [
        item({ id: 'c1', party: 'customer', action: 'send the logs', due: day('2026-11-20T17:00:00-05:00') }),
        { ...item({ party: 'third-party', partyName: ' FedEx ', action: 'deliver it' }), id: 7 as unknown as string },
        item({ party: 'third-party', action: 'sign off' }),
        item({ party: 'customer', action: 'call the bank' }),
      ],
      base,
    );
    expect(problems).toEqual([
      { kind: 'past-due', party: 'customer', action: 'send the logs', kept: false, id: 'c1', deadline: 'by Friday, November 20' },
      { kind: 'no-date', party: 'customer', action: 'call the bank', kept: false },
      { kind: 'no-date', party: 'third-party', action: 'deliver it', kept: false },
      { kind: 'no-date', party: 'third-party', action: 'sign off', kept: false },
    ]);
    expect(warnings).toEqual([
      'Deadline already passed, left out: "send the logs" (customer)',
      'No date, left out: "call the bank" (customer)',
      'No date, left out: "deliver it" (FedEx)',
      'No date, left out: "sign off" (third party)',
      'No open commitments to summarize.',
    ]);
  });

  it('a deadline before what it waits for names both dates', () => {
    const { problems, warnings, text } = formatSummary(
      [item({ action: 'check the lane', due: WED, dependsOn: [{ party: 'customer', action: 'send the volumes', due: FRI }] })],
      base,
    );
    expect(problems).toEqual([
      {
        kind: 'before-dependency',
        party: 'agent',
        action: 'check the lane',
        kept: false,
        deadline: 'by tomorrow (Wednesday, November 25)',
        basis: 'by Friday, November 27',
      },
    ]);
    expect(warnings[0]).toBe('Due before what it waits for, left out: "check the lane"');
    expect(text).not.toContain('check the lane');
  });

  it('a kept item before its dependency reads "date to be confirmed" after the link', () => {
    const { text } = formatSummary(
      [item({ action: 'check the lane', due: WED, keep: true, dependsOn: [{ party: 'customer', action: 'send the volumes', due: FRI }] })],
      base,
    );
    expect(bullets(text)).toEqual([
      "I'll check the lane after you send the volumes (expected by Friday, November 27) — date to be confirmed.",
    ]);
  });

  it('a kept past item with a link keeps the link before the old date', () => {
    const { text } = formatSummary(
      [
        item({
          action: 'check the lane',
          due: day('2026-11-20T17:00:00-05:00'),
          keep: true,
          dependsOn: [{ party: 'customer', action: 'send the volumes', due: day('2026-11-19T17:00:00-05:00') }],
        }),
      ],
      base,
    );
    expect(bullets(text)).toEqual([
      "I'll check the lane after you send the volumes (expected by Thursday, November 19) (it was due Friday, November 20; date to be confirmed).",
    ]);
  });

  it('a kept item with no date and a link: the dash, not a second pair of brackets', () => {
    const { text } = formatSummary(
      [item({ action: 'check the lane', keep: true, dependsOn: [{ party: 'customer', action: 'send the volumes', due: FRI }] })],
      base,
    );
    expect(bullets(text)).toEqual([
      "I'll check the lane after you send the volumes (expected by Friday, November 27) — date to be confirmed.",
    ]);
  });

  it('warnings quote at most 80 characters of the words', () => {
    const eighty = `send ${'x'.repeat(75)}`;
    const longer = `${eighty}y`;
    const { warnings } = formatSummary([item({ action: eighty }), item({ action: longer })], base);
    expect(warnings).toEqual([
      `No date, left out: "${eighty}"`,
      `No date, left out: "${eighty.slice(0, 79)}…"`,
      'No open commitments to summarize.',
    ]);
  });

  it('a call-back request is quoted from its text when there is no action', () => {
    const { warnings } = formatSummary([item({ action: '', text: 'please call us back', warnings: ['call-back'] })], base);
    expect(warnings).toEqual(['Asks the customer to call back, left out: "please call us back"', 'No open commitments to summarize.']);
  });

  it('an unreadable deadline is quoted from the text when there is no action', () => {
    const { warnings } = formatSummary([item({ action: '', text: 'call the bank', due: day('soon-ish') })], base);
    expect(warnings[0]).toBe('Unreadable deadline for: "call the bank"');
  });
});

describe('relative deadline words read after the verb, before what they count from', () => {
  const counted = (text: string, dependencyDue: Due | null) =>
    formatSummary(
      [
        item({
          action: 'check the lane',
          due: { at: '2026-11-26T17:00:00-05:00', text, precision: 'day' },
          dependsOn: [{ party: 'customer', action: 'send the volumes', due: dependencyDue }],
        }),
      ],
      base,
    );

  it.each<[string, string]>([
    ['within 1 business day', 'within 1 business day'],
    ['Within 1 business day', 'Within 1 business day'],
    ['in 2 hours', 'in 2 hours'],
    ['inside 2 days', 'inside 2 days'],
    ['under 3 hours', 'under 3 hours'],
    ['by next business day', 'by next business day'],
    ['before the next business day', 'before the next business day'],
    ['no later than the next business day', 'no later than the next business day'],
    ['until the next business day', 'until the next business day'],
    ['next business day', 'by the next business day'],
    ['the following day', 'by the following day'],
    ['the same day', 'by the same day'],
    // Words that already count "after" or "later": the link says after what, once.
    ['the day after', 'by the next day'],
    ['2 days later', 'within 2 days'],
    ['one day after', 'within one day'],
    ['24 hours later', 'within 24 hours'],
    ['a week later', 'within a week'],
    // Any count the deadline reader knows is a span, however it is written.
    ['thirty days later', 'within thirty days'],
    ['thirteen hours later', 'within thirteen hours'],
    ['ninety minutes after', 'within ninety minutes'],
    ['twenty one days later', 'within twenty one days'],
    ['half an hour later', 'within half an hour'],
    ['a quarter of an hour later', 'within a quarter of an hour'],
    ['a couple days later', 'within a couple days'],
    ['3 months later', 'within 3 months'],
    ['1.5 hours after', 'within 1.5 hours'],
    // … and keep their own preposition: never "within within" or "within by".
    ['within 2 business days after', 'within 2 business days'],
    ['in 3 days after', 'in 3 days'],
    ['by the day after', 'by the next day'],
    ['no later than 2 days after', 'no later than 2 days'],
    ['within 24 hours later', 'within 24 hours'],
    ['the next business day after', 'by the next business day'],
    // Only a span of time takes "within"; a moment takes "by", whether or not it counts "after".
    ['next business day after', 'by the next business day'],
    ['COB the day after', 'by COB the day'],
    ['noon the day after', 'by noon the day'],
    ['end of day the day after', 'by end of day the day'],
    ['COB in 2 business days', 'by COB in 2 business days'],
  ])('%j, counted from a step not dated yet: %j', (words, read) => {
    expect(bullets(counted(words, null).text)).toEqual([`I'll check the lane ${read} after you send the volumes.`]);
  });

  it('counted from a dated step: the words, the link with its date, and the date it comes to in bold', () => {
    const { text, html } = counted('2 days later', WED);
    expect(bullets(text)).toEqual([
      "I'll check the lane within 2 days after you send the volumes (expected by Wednesday, November 25) — so by Friday, November 27.",
    ]);
    expect(html).toContain(
      '<li>I&#39;ll check the lane within 2 days after you send the volumes (expected by Wednesday, November 25) — so <strong>by Friday, November 27</strong>.</li>',
    );
  });
});

describe('what a line waits for, in words', () => {
  it.each<[string, SummaryItem['dependsOn'], Partial<SummaryOptions>, string]>([
    [
      'the agent by name',
      [{ party: 'agent', action: 'send the quote' }],
      { agentVoice: 'name' },
      'Sam Lee will check the lane by Friday, November 27, after Sam Lee sends the quote.',
    ],
    [
      'the agent by name with no name set',
      [{ party: 'agent', action: 'send the quote' }],
      { agentVoice: 'name', agentName: '' },
      "I'll check the lane by Friday, November 27, after I send the quote.",
    ],
    [
      'the agent as "we"',
      [{ party: 'agent', action: 'send the quote' }],
      { agentVoice: 'we' },
      "We'll check the lane by Friday, November 27, after we send the quote.",
    ],
    [
      'a colleague',
      [{ party: 'agent', partyName: 'Priya', action: 'send the quote' }],
      {},
      "I'll check the lane by Friday, November 27, after Priya sends the quote.",
    ],
    [
      'the agent named as themselves',
      [{ party: 'agent', partyName: 'Sam', action: 'send the quote' }],
      {},
      "I'll check the lane by Friday, November 27, after I send the quote.",
    ],
    [
      'someone on the customer’s side',
      [{ party: 'customer', partyName: 'Mark', action: 'approve it' }],
      {},
      "I'll check the lane by Friday, November 27, after Mark approves it.",
    ],
    [
      'the customer named as themselves',
      [{ party: 'customer', partyName: 'Dana', action: 'approve it' }],
      {},
      "I'll check the lane by Friday, November 27, after you approve it.",
    ],
    [
      'an unnamed third party',
      [{ party: 'third-party', action: 'sign off' }],
      {},
      "I'll check the lane by Friday, November 27, after a third party signs off.",
    ],
    [
      'a party not known: a third party',
      [{ party: 'vendor' as 'third-party', partyName: 'Acme', action: 'ship the part' }],
      {},
      "I'll check the lane by Friday, November 27, after Acme ships the part.",
    ],
    [
      'words with their own subject',
      [{ party: 'third-party', partyName: 'FedEx', action: 'FedEx delivers the samples' }],
      {},
      "I'll check the lane by Friday, November 27, after FedEx delivers the samples.",
    ],
    [
      'own subject, words cut short',
      [{ party: 'third-party', partyName: 'FedEx', action: 'FedEx will deliver the' }],
      {},
      'I\'ll check the lane by Friday, November 27, after this is done: "FedEx will deliver the".',
    ],
    [
      'words that are no verb phrase',
      [{ party: 'customer', action: 'the logs to' }],
      {},
      'I\'ll check the lane by Friday, November 27, after this is done: "the logs to".',
    ],
    [
      'the customer’s own words',
      [{ party: 'customer', writtenBy: 'customer', action: 'send you my logs' }],
      {},
      "I'll check the lane by Friday, November 27, after you send me your logs.",
    ],
    [
      'two steps',
      [
        { party: 'customer', action: 'send the logs' },
        { party: 'third-party', partyName: 'FedEx', action: 'pick up the box' },
      ],
      {},
      "I'll check the lane by Friday, November 27, after you send the logs and after FedEx picks up the box.",
    ],
    [
      'junk links left out, text links as written',
      [null, { party: 'customer', action: 5 }, 'the text link'] as unknown as SummaryItem['dependsOn'],
      {},
      'I\'ll check the lane by Friday, November 27 (waiting on "the text link").',
    ],
  ])('%s', (_name, dependsOn, opts, expected) => {
    const { text } = formatSummary([item({ action: 'check the lane', due: FRI, dependsOn })], { ...base, ...opts });
    expect(bullets(text)).toEqual([expected]);
  });
});

describe('the agent’s own words when the action cannot be trusted', () => {
  const UNSURE = 'once legal signs I will send it';
  const FRI_SAID = day('2026-11-27T17:00:00-05:00', 'by Friday');
  const own = (over: Partial<SummaryItem>) => {
    const { text, html } = formatSummary([item({ action: UNSURE, ...over })], base);
    return { line: bullets(text)[0], li: /<li>.*?<\/li>/.exec(html)?.[0] };
  };

  it('the date goes beside the words that said it; a weekday said is not said twice', () => {
    expect(own({ text: 'Once legal signs I will send it by Friday', due: FRI_SAID })).toEqual({
      line: 'Once legal signs, I will send it by Friday (November 27).',
      li: '<li>Once legal signs, I will send it by Friday (<strong>November 27</strong>).</li>',
    });
    expect(own({ text: 'I will send it end of week', due: day(FRI.at, 'end of week') }).line).toBe(
      'I will send it end of week (Friday, November 27).',
    );
  });

  it('deadline words not in the text, or none: the date after a dash', () => {
    expect(own({ text: 'I will send it soon', due: FRI_SAID })).toEqual({
      line: 'I will send it soon — by Friday, November 27.',
      li: '<li>I will send it soon — <strong>by Friday, November 27</strong>.</li>',
    });
    expect(own({ text: 'I will send it soon', due: day(FRI.at, '') }).line).toBe('I will send it soon — by Friday, November 27.');
  });

  it('counted from what it waits for: "(so by …)" beside the words, or "— so by …" at the end', () => {
    const relative = {
      due: { at: '2026-11-26T17:00:00-05:00', text: 'within 1 business day', precision: 'day' as const },
      conditions: ['once the volumes arrive'],
      dependsOn: [{ party: 'customer' as const, action: 'send the volumes', due: WED }],
    };
    expect(own({ ...relative, text: 'I will send it within 1 business day once the volumes arrive' })).toEqual({
      line: 'I will send it within 1 business day (so by Thursday, November 26) once the volumes arrive (expected by Wednesday, November 25).',
      li: '<li>I will send it within 1 business day (so <strong>by Thursday, November 26</strong>) once the volumes arrive (expected by Wednesday, November 25).</li>',
    });
    expect(own({ ...relative, text: 'I will send it soon once the volumes arrive' }).line).toBe(
      'I will send it soon once the volumes arrive (expected by Wednesday, November 25) — so by Thursday, November 26.',
    );
  });

  it('a dated step the words do not name is added after them; an undated one is not', () => {
    expect(
      own({ text: 'I will send it by Friday', due: FRI_SAID, dependsOn: [{ party: 'customer', action: 'send the volumes', due: WED }] })
        .line,
    ).toBe('I will send it by Friday (November 27), after you send the volumes (expected by Wednesday, November 25).');
    expect(
      own({ text: 'I will send it by Friday', due: FRI_SAID, dependsOn: [{ party: 'customer', action: 'send the volumes', due: null }] })
        .line,
    ).toBe('I will send it by Friday (November 27).');
  });

  it('kept without a date, or past due', () => {
    expect(own({ text: 'I will send it', keep: true }).line).toBe('I will send it (date to be confirmed).');
    expect(own({ text: 'I will send it by Friday', due: day('2026-11-20T17:00:00-05:00', 'by Friday'), keep: true }).line).toBe(
      'I will send it by Friday (it was due Friday, November 20; date to be confirmed).',
    );
  });

  it('a question keeps its mark; the bold marks typed in the words are dropped', () => {
    expect(own({ text: 'Could you send it by Friday?  ', due: FRI_SAID }).line).toBe('Could you send it by Friday (November 27)?');
    expect(own({ text: 'I will send \u0001it\u0002 by Friday', due: FRI_SAID })).toEqual({
      line: 'I will send it by Friday (November 27).',
      li: '<li>I will send it by Friday (<strong>November 27</strong>).</li>',
    });
  });

  it('own words up to 600 characters are used; longer ones, or ones without a letter, are not', () => {
    const words = (n: number) => `I will send it by Friday ${'x'.repeat(n - 25)}`;
    expect(words(600)).toHaveLength(600);
    expect(own({ text: words(600), due: FRI_SAID }).line).toBe(`I will send it by Friday (November 27) ${'x'.repeat(575)}.`);
    // The action is a whole sentence opening with its condition: written as that sentence, never after "I'll".
    expect(own({ text: words(601), due: FRI_SAID }).line).toBe('Once legal signs, I will send it — by Friday, November 27.');
    expect(own({ text: '12 34', due: FRI_SAID }).line).toBe('Once legal signs, I will send it — by Friday, November 27.');
  });

  it('no own words and an action cut short: the dangling words are dropped', () => {
    expect(own({ action: 'send the file to the', text: '', due: FRI }).line).toBe("I'll send the file by Friday, November 27.");
  });
});

describe('the frame around the lines', () => {
  const one = [item({ action: 'send it', due: FRI })];

  it('the signature: CR LF and CR are line breaks, an inner blank line stays, a non-text one is none', () => {
    const { text, html } = formatSummary(one, { ...base, signature: 'Best,\r\n\r\nSam\rAcme' });
    expect(text.endsWith('these dates?\n\nBest,\n\nSam\nAcme')).toBe(true);
    expect(html.endsWith('<p>Best,<br><br>Sam<br>Acme</p>')).toBe(true);
    const plain = formatSummary(one, base);
    expect(formatSummary(one, { ...base, signature: 42 as unknown as string }).text).toBe(plain.text);
  });

  it('the closing: either question alone, or none; an empty summary keeps only the confirmation', () => {
    const q = (confirm: string, probe: string) => formatSummary(one, { ...base, templates: { confirm, probe } });
    expect(q('', 'Anything in the way?').text.endsWith('November 27.\n\nAnything in the way?')).toBe(true);
    expect(q('Right?', '').text.endsWith('November 27.\n\nRight?')).toBe(true);
    expect(q('', '').text.endsWith('November 27.')).toBe(true);
    expect(q('', '').html.endsWith('</ul>')).toBe(true);
    const empty = formatSummary([], { ...base, templates: { lead: '', confirm: '' } });
    expect(empty.text).toBe('There are no open next steps on either side right now.');
    expect(empty.html).toBe('<p>There are no open next steps on either side right now.</p>');
  });

  it('a section without a heading is its list alone, in text and HTML', () => {
    const { text, html } = formatSummary(one, { ...base, templates: { lead: '', confirm: '', probe: '', headings: { agent: '' } } });
    expect(text).toBe("- I'll send it by Friday, November 27.");
    expect(html).toBe('<ul><li>I&#39;ll send it <strong>by Friday, November 27</strong>.</li></ul>');
  });
});

describe('fillTemplate: no gap where a name is not known', () => {
  it.each<[string, { agentName?: string; customerName?: string }, string]>([
    ['Hi {customerName}; ok', {}, 'Hi; ok'],
    ['Hi {customerName}: ok', {}, 'Hi: ok'],
    ['Hi {customerName}.', {}, 'Hi.'],
    ['Hi {customerName}?', {}, 'Hi?'],
    ['Hi {customerName}\t!', {}, 'Hi!'],
    ['Hi {customerName} , ok', { customerName: 'Dana' }, 'Hi Dana , ok'],
    ['{customerFirstName} and {agentFirstName}', { customerName: 'Dana Reyes', agentName: 'Sam Lee' }, 'Dana and Sam'],
    ['{customerFirstName}/{agentFirstName}', {}, '/'],
    ['Hi {customerName}  and   {agentName} here', {}, 'Hi and here'],
  ])('%j with %j → %j', (template, values, out) => {
    expect(fillTemplate(template, values)).toBe(out);
  });

  it('a template that is not text is empty', () => {
    expect(fillTemplate(42 as unknown as string, {})).toBe('');
  });
});

describe('the customer’s own day, named as the agent’s calendar has it', () => {
  // 9:00 AM in New York is 2:00 PM in London: both share the same today.
  const london = { ...base, customerTimeZone: 'Europe/London' };

  it('a day-only deadline of the customer’s is that day, "tomorrow" when both share a today', () => {
    const { text } = formatSummary([item({ party: 'customer', action: 'send the logs', due: WED })], london);
    expect(bullets(text)).toEqual(["You'll send the logs by tomorrow (Wednesday, November 25)."]);
  });

  it('when the customer is already in another day, no "tomorrow": the date', () => {
    // 11:00 PM in New York is already Wednesday in Tokyo.
    const late = new Date('2026-11-25T04:00:00Z');
    const { text } = formatSummary([item({ party: 'customer', action: 'send the logs', due: WED })], {
      ...base,
      now: late,
      customerTimeZone: 'Asia/Tokyo',
    });
    expect(bullets(text)).toEqual(["You'll send the logs by Wednesday, November 25."]);
  });

  it('the agent’s day-only deadline is in the customer’s clock', () => {
    const { text } = formatSummary([item({ action: 'send the quote', due: WED })], { ...base, customerTimeZone: 'Asia/Tokyo' });
    expect(bullets(text)).toEqual(["I'll send the quote by 7:00 AM Tokyo time (GMT+9) on Thursday, November 26."]);
  });
});

describe('which links move a deadline, and the order of the lines', () => {
  const relative = (dep: NonNullable<SummaryItem['dependsOn']>[number]) =>
    bullets(
      formatSummary(
        [
          item({
            action: 'check the lane',
            due: { at: '2026-11-26T17:00:00-05:00', text: 'within 1 business day', precision: 'day' },
            dependsOn: [dep],
          }),
        ],
        base,
      ).text,
    );

  it('a link whose date is not given at all leaves the deadline as it was read', () => {
    expect(relative({ party: 'customer', action: 'send the volumes' })).toEqual([
      "I'll check the lane by Thursday, November 26, after you send the volumes.",
    ]);
  });

  it('a link with no date, or a date that cannot be read, leaves the count waiting', () => {
    const waiting = ["I'll check the lane within 1 business day after you send the volumes."];
    expect(relative({ party: 'customer', action: 'send the volumes', due: null })).toEqual(waiting);
    expect(relative({ party: 'customer', action: 'send the volumes', due: day('soon-ish') })).toEqual(waiting);
  });

  it('problems go last, whatever their date; dated lines by date, ties in the order given', () => {
    const { text } = formatSummary(
      [
        item({ action: 'a, past', due: day('2026-11-20T17:00:00-05:00'), keep: true }),
        item({ action: 'b, Friday', due: FRI }),
        item({ action: 'c, no date', keep: true }),
        item({ action: 'd, Wednesday', due: WED }),
        item({ action: 'e, Friday too', due: FRI }),
      ],
      base,
    );
    expect(bullets(text).map((b) => b.slice(5, 6))).toEqual(['d', 'b', 'e', 'a', 'c']);
  });
});

describe('which items are written', () => {
  it('an item with words only in its text is written in those words', () => {
    const { text } = formatSummary([item({ action: '', text: 'I will call you Friday', due: day(FRI.at, 'Friday') })], base);
    expect(bullets(text)).toEqual(['I will call you Friday (November 27).']);
  });

  it('coaching other than a call-back leaves the item in', () => {
    const { text, warnings } = formatSummary([item({ action: 'send it', due: FRI, warnings: ['vague'] })], base);
    expect(bullets(text)).toEqual(["I'll send it by Friday, November 27."]);
    expect(warnings).toEqual([]);
  });
});

describe('survivors of the index.ts run, each a line the customer would read wrong', () => {
  const FRI_SAID = day(FRI.at, 'by Friday');
  const one = (over: Partial<SummaryItem> & Pick<SummaryItem, 'action'>) => bullets(formatSummary([item(over)], base).text);

  it('a sure action is written as ours even when the agent’s words are there', () => {
    expect(one({ action: 'send the quote', text: 'I will send the quote on Friday maybe', due: FRI })).toEqual([
      "I'll send the quote by Friday, November 27.",
    ]);
  });

  it('"they will…" of a third party is that party’s: not own words', () => {
    expect(
      one({ party: 'third-party', partyName: 'Acme', action: 'they will send it', text: 'Acme will send it by Friday', due: FRI }),
    ).toEqual(['Acme will send it by Friday, November 27.']);
  });

  it('words with their own subject are checked without its first word: "The carrier delivers…" is ours to write', () => {
    expect(
      one({
        party: 'third-party',
        partyName: 'The carrier',
        action: 'The carrier delivers the parcel',
        text: 'the carrier said Friday',
        due: FRI,
      }),
    ).toEqual(['The carrier delivers the parcel by Friday, November 27.']);
  });

  it('no own words and words with their own subject cut short: the dangling word is dropped too', () => {
    expect(one({ party: 'third-party', partyName: 'FedEx', action: 'FedEx delivers the', due: FRI })).toEqual([
      'FedEx delivers by Friday, November 27.',
    ]);
  });

  it('a one-word reason the action already says is not said again', () => {
    expect(one({ action: 'send the audit logs', reason: 'audit', due: FRI })).toEqual(["I'll send the audit logs by Friday, November 27."]);
  });

  it('text links: blank ones dropped, two joined with "and"', () => {
    expect(one({ action: 'send it', due: FRI, dependsOn: ['  ', 'legal signs', 'the PO is raised'] })).toEqual([
      'I\'ll send it by Friday, November 27 (waiting on "legal signs" and "the PO is raised").',
    ]);
  });

  it('own words, kept, due before what they wait for: no date', () => {
    const [line] = one({
      action: 'once legal signs I will check the lane',
      text: 'Once legal signs I will check the lane',
      due: WED,
      keep: true,
      dependsOn: [{ party: 'customer', action: 'send the volumes', due: FRI }],
    });
    expect(line).toBe(
      'Once legal signs, I will check the lane (date to be confirmed), after you send the volumes (expected by Friday, November 27).',
    );
  });

  it('own words counted from a step not dated yet: no date made up', () => {
    const [line] = one({
      action: 'once legal signs I will check the lane',
      text: 'Once legal signs I will check the lane within 1 business day',
      due: day('2026-11-26T17:00:00-05:00', 'within 1 business day'),
      dependsOn: [{ party: 'customer', action: 'send the volumes', due: null }],
    });
    expect(line).toBe('Once legal signs, I will check the lane within 1 business day.');
  });

  it('own words: a condition in the words that is about something else does not get the link’s date', () => {
    const [line] = one({
      action: 'if legal agrees I will check the lane',
      text: 'If legal agrees I will check the lane by Friday',
      conditions: ['if legal agrees'],
      due: FRI_SAID,
      dependsOn: [{ party: 'customer', action: 'send the volumes', due: WED }],
    });
    expect(line).toBe(
      'If legal agrees, I will check the lane by Friday (November 27), after you send the volumes (expected by Wednesday, November 25).',
    );
  });

  it('own words: a dated step that cannot be put in words is not added', () => {
    const [line] = one({
      action: 'once legal signs I will check the lane',
      text: 'Once legal signs I will check the lane by Friday',
      due: FRI_SAID,
      dependsOn: [{ party: 'customer', action: 'the logs to', due: WED }],
    });
    expect(line).toBe('Once legal signs, I will check the lane by Friday (November 27).');
  });

  it('own words: a question mark inside the words is no question', () => {
    expect(one({ action: 'once legal signs I will send it', text: 'Why? I will send it by Friday', due: FRI_SAID })).toEqual([
      'Why? I will send it by Friday (November 27).',
    ]);
  });
});
