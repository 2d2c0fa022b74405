import { describe, expect, it } from 'vitest';
import { PARTIES, type Due } from '../commitments/types';
import { escapeHtml, fillTemplate, formatSummary, type SummaryItem, type SummaryOptions } from './index';
import { item, bullets } from './test-helpers';

// Tuesday, November 24, 2026, 9:00 AM in New York.
const NOW = new Date('2026-11-24T14:00:00Z');
const NY = 'America/New_York';
// updateBy: null — the "I'll update you by…" line has its own tests (golden.test.ts).
const base: SummaryOptions = { agentName: 'Sam Lee', customerName: 'Dana Reyes', timeZone: NY, now: NOW, updateBy: null };

function due(at: string, precision: Due['precision'] = 'day', text = ''): Due {
  return { at, text, precision };
}
const FRI_EOD = due('2026-11-27T17:00:00-05:00');
const MON_EOD = due('2026-11-30T17:00:00-05:00');

describe('formatSummary: the realistic case', () => {
  const items: SummaryItem[] = [
    item({ party: 'agent', action: 'get back to you', vague: true, keep: true }),
    item({
      party: 'customer',
      action: 'meet with the committee and decide',
      due: MON_EOD,
      reason: "so we won't miss Wednesday's deadline",
    }),
    item({ party: 'agent', action: 'send the rate card', due: FRI_EOD }),
  ];

  it('writes both sides in timeline order, with lead, headings and questions', () => {
    const { text, warnings } = formatSummary(items, base);
    expect(text).toBe(
      [
        "To make sure we're on the same page:",
        '',
        "What we'll do:",
        "- I'll send the rate card by Friday, November 27.",
        "- I'll get back to you (date to be confirmed).",
        '',
        "What you'll do:",
        "- You'll meet with the committee and decide by Monday, November 30, so we won't miss Wednesday's deadline.",
        '',
        'Is that right? Is there anything that might get in the way of these dates?',
      ].join('\n'),
    );
    expect(warnings).toEqual(['No date, kept: "get back to you"']);
  });

  it('gives the same content as an HTML fragment with the deadline in bold', () => {
    const { html } = formatSummary(items, base);
    expect(html).toBe(
      '<p>To make sure we&#39;re on the same page:</p>' +
        '<p><strong>What we&#39;ll do:</strong></p>' +
        '<ul><li>I&#39;ll send the rate card <strong>by Friday, November 27</strong>.</li>' +
        '<li>I&#39;ll get back to you (date to be confirmed).</li></ul>' +
        '<p><strong>What you&#39;ll do:</strong></p>' +
        '<ul><li>You&#39;ll meet with the committee and decide <strong>by Monday, November 30</strong>, so we won&#39;t miss Wednesday&#39;s deadline.</li></ul>' +
        '<p>Is that right? Is there anything that might get in the way of these dates?</p>',
    );
  });

  it('never tells the customer to call back', () => {
    const { text } = formatSummary(items, base);
    expect(text.toLowerCase()).not.toContain('call us back');
  });
});

describe('formatSummary: timeline order', () => {
  it('sorts by deadline within each side, no-deadline items last, ties in given order', () => {
    const { text } = formatSummary(
      [
        item({ action: 'a, no date', keep: true }),
        item({ action: 'b, Monday', due: MON_EOD }),
        item({ action: 'c, Friday', due: FRI_EOD }),
        item({ action: 'd, also no date', keep: true }),
        item({ action: 'e, Friday too', due: FRI_EOD }),
        item({ action: 'f, Wednesday noon', due: due('2026-11-25T12:00:00-05:00', 'hour') }),
      ],
      base,
    );
    expect(bullets(text).map((b) => b.slice(5, 6))).toEqual(['f', 'c', 'e', 'b', 'a', 'd']);
  });

  it('orders sections agent, customer, others, and leaves empty sections out', () => {
    const { text } = formatSummary(
      [
        item({ party: 'third-party', partyName: 'FedEx', action: 'deliver the samples', due: FRI_EOD }),
        item({ party: 'customer', action: 'sign the contract', due: MON_EOD }),
      ],
      base,
    );
    expect(text).not.toContain("What we'll do:");
    expect(text.indexOf("What you'll do:")).toBeLessThan(text.indexOf('What others will do:'));
    expect(bullets(text)).toEqual([
      "You'll sign the contract by Monday, November 30.",
      'FedEx will deliver the samples by Friday, November 27.',
    ]);
  });
});

describe('formatSummary: deadlines', () => {
  it.each([
    ['day precision: date only', due('2026-11-27T17:00:00-05:00', 'day'), undefined, 'by Friday, November 27'],
    ['week precision: date only', due('2026-12-04T17:00:00-05:00', 'week'), undefined, 'by Friday, December 4'],
    ['month precision: date only', due('2026-12-31T17:00:00-05:00', 'month'), undefined, 'by Thursday, December 31'],
    ['minute precision: time and zone', due('2026-11-27T17:00:00-05:00', 'minute'), undefined, 'by 5:00 PM EST on Friday, November 27'],
    ['hour precision: time and zone', due('2026-11-27T15:00:00-05:00', 'hour'), undefined, 'by 3:00 PM EST on Friday, November 27'],
    ['part-of-day: time and zone', due('2026-11-27T12:00:00-05:00', 'part-of-day'), undefined, 'by 12:00 PM EST on Friday, November 27'],
    ['showTime overrides precision', due('2026-11-27T17:00:00-05:00', 'day'), true, 'by 5:00 PM EST on Friday, November 27'],
    ['showTime false hides the time', due('2026-11-27T17:30:00-05:00', 'minute'), false, 'by Friday, November 27'],
    ['today, date only', due('2026-11-24T17:00:00-05:00', 'day'), undefined, 'by the end of today (Tuesday, November 24)'],
    ['today with time', due('2026-11-24T16:00:00-05:00', 'minute'), undefined, 'by 4:00 PM EST today (Tuesday, November 24)'],
    ['tomorrow', due('2026-11-25T17:00:00-05:00', 'day'), undefined, 'by tomorrow (Wednesday, November 25)'],
    ['next year shows the year', due('2027-01-04T17:00:00-05:00', 'day'), undefined, 'by Monday, January 4, 2027'],
    ['offset in another zone is converted', due('2026-11-27T22:00:00Z', 'minute'), undefined, 'by 5:00 PM EST on Friday, November 27'],
  ])('%s', (_name, d, showTime, expected) => {
    const { text } = formatSummary([item({ action: 'send it', due: d, showTime })], base);
    expect(bullets(text)).toEqual([`I'll send it ${expected}.`]);
    expect(text).not.toMatch(/[\u202f\u00a0]/);
  });

  it.each([
    // Date-only deadline at 5 PM in New York is 2 PM in Los Angeles: same day, no time needed.
    ['America/Los_Angeles', 'day', 'by Friday, November 27'],
    ['America/Los_Angeles', 'minute', 'by 2:00 PM PST on Friday, November 27'],
    ['Europe/London', 'minute', 'by 10:00 PM GMT on Friday, November 27'],
    ['Europe/Berlin', 'minute', 'by 11:00 PM CET on Friday, November 27'],
    // In Tokyo it is already Saturday morning: say the time so "Saturday" is not read as all day.
    ['Asia/Tokyo', 'day', 'by 7:00 AM Tokyo time (GMT+9) on Saturday, November 28'],
    ['UTC', 'minute', 'by 10:00 PM UTC on Friday, November 27'],
  ] as const)('shows dates in the customer zone %s (%s)', (customerTimeZone, precision, expected) => {
    const { text } = formatSummary([item({ action: 'send it', due: due('2026-11-27T17:00:00-05:00', precision) })], {
      ...base,
      customerTimeZone,
    });
    expect(bullets(text)).toEqual([`I'll send it ${expected}.`]);
  });

  it('uses the agent zone when the customer zone is unknown, and says so', () => {
    const { text, warnings } = formatSummary([item({ action: 'send it', due: FRI_EOD })], {
      ...base,
      customerTimeZone: 'Mars/Olympus',
    });
    expect(bullets(text)).toEqual(["I'll send it by Friday, November 27."]);
    expect(warnings).toContainEqual(expect.stringContaining('Mars/Olympus'));
  });

  it('falls back to UTC for a bad agent zone instead of throwing', () => {
    const { text, warnings } = formatSummary([item({ action: 'send it', due: due('2026-11-27T22:00:00Z', 'minute') })], {
      ...base,
      timeZone: 'Not/AZone',
    });
    expect(bullets(text)).toEqual(["I'll send it by 10:00 PM UTC on Friday, November 27."]);
    expect(warnings[0]).toContain('Not/AZone');
  });

  it('formats dates in another locale', () => {
    const { text } = formatSummary([item({ action: 'send it', due: FRI_EOD })], { ...base, locale: 'en-GB' });
    expect(bullets(text)).toEqual(["I'll send it by Friday 27 November."]);
  });

  it('warns about a deadline that has passed and an unreadable one', () => {
    const { text, warnings } = formatSummary(
      [item({ action: 'send it', due: due('2026-11-20T17:00:00-05:00'), keep: true }), item({ action: 'call', due: due('soon-ish') })],
      base,
    );
    expect(bullets(text)).toEqual(["I'll send it (it was due Friday, November 20; date to be confirmed)."]);
    expect(warnings).toEqual(['Unreadable deadline for: "call"', 'Deadline already passed, kept: "send it"', 'No date, left out: "call"']);
  });
});

describe('formatSummary: who speaks', () => {
  it.each<[string, Partial<SummaryItem> & Pick<SummaryItem, 'action'>, Partial<SummaryOptions>, string]>([
    ['agent, default voice', { action: 'send the rate card' }, {}, "I'll send the rate card"],
    ['agent, we', { action: 'send the rate card' }, { agentVoice: 'we' }, "We'll send the rate card"],
    ['agent, by name', { action: 'send the rate card' }, { agentVoice: 'name' }, 'Sam Lee will send the rate card'],
    [
      'agent, name voice without a name',
      { action: 'send the rate card' },
      { agentVoice: 'name', agentName: '' },
      "I'll send the rate card",
    ],
    ['agent, a colleague', { action: 'issue the refund', partyName: 'Our billing team' }, {}, 'Our billing team will issue the refund'],
    ['agent, own name as party', { action: 'send it', partyName: 'Sam' }, {}, "I'll send it"],
    ['customer', { party: 'customer', action: 'send the portfolio' }, {}, "You'll send the portfolio"],
    ['customer, own name', { party: 'customer', partyName: 'Dana', action: 'send it' }, {}, "You'll send it"],
    [
      'customer, a colleague',
      { party: 'customer', partyName: 'Mark (your CFO)', action: 'approve it' },
      {},
      'Mark (your CFO) will approve it',
    ],
    ['third party, named', { party: 'third-party', partyName: 'FedEx', action: 'deliver the parcel' }, {}, 'FedEx will deliver the parcel'],
    ['third party, unnamed', { party: 'third-party', action: 'sign off' }, {}, 'A third party will sign off'],
    ['subject already there: I will', { action: 'I will send the rate card' }, {}, "I'll send the rate card"],
    ["subject already there: I'll", { action: "I'll send the rate card" }, {}, "I'll send the rate card"],
    ['subject already there: we are going to', { action: 'we are going to send it' }, {}, "I'll send it"],
    ['subject already there: you will', { party: 'customer', action: 'You will send the portfolio' }, {}, "You'll send the portfolio"],
    ['subject already there: the customer to', { party: 'customer', action: 'customer to sign the form' }, {}, "You'll sign the form"],
    ['subject already there: a name', { party: 'customer', action: 'Dana will sign the form' }, {}, "You'll sign the form"],
    ['subject already there: will', { action: 'will check with legal' }, {}, "I'll check with legal"],
    ['subject already there: to', { action: 'to check with legal' }, {}, "I'll check with legal"],
    ['capitalized verb', { action: 'Send the rate card.' }, {}, "I'll send the rate card"],
    ['a word that merely starts like a pronoun', { action: 'iterate on the draft' }, {}, "I'll iterate on the draft"],
    [
      'third party with its own verb',
      { party: 'third-party', partyName: 'FedEx', action: 'FedEx delivers the parcel' },
      {},
      'FedEx delivers the parcel',
    ],
    [
      'third party, name and will',
      { party: 'third-party', partyName: 'FedEx', action: 'FedEx will deliver the parcel' },
      {},
      'FedEx will deliver the parcel',
    ],
  ])('%s', (_name, over, opts, expected) => {
    const { text } = formatSummary([item({ due: FRI_EOD, ...over })], { ...base, ...opts });
    expect(bullets(text)).toEqual([`${expected} by Friday, November 27.`]);
  });

  it("rewrites the customer's own words to second person when writtenBy is customer", () => {
    const { text } = formatSummary(
      [
        item({
          party: 'customer',
          writtenBy: 'customer',
          action: "I'll send you my portfolio",
          due: FRI_EOD,
          conditions: ["once you've approved our budget"],
          reason: 'so I can brief my team',
        }),
      ],
      base,
    );
    expect(bullets(text)).toEqual([
      "You'll send me your portfolio by Friday, November 27, once I've approved your budget, so you can brief your team.",
    ]);
  });

  it("uses 'we/us/our' for the agent side when swapping with the 'we' voice", () => {
    const { text } = formatSummary(
      [
        item({
          party: 'customer',
          writtenBy: 'customer',
          action: 'send you my notes',
          conditions: ['if you send your form'],
          due: FRI_EOD,
        }),
      ],
      { ...base, agentVoice: 'we' },
    );
    expect(bullets(text)).toEqual(["You'll send us your notes by Friday, November 27, if we send our form."]);
  });
});

describe('formatSummary: conditions, reasons, dependencies', () => {
  it.each<[string, Partial<SummaryItem>, string]>([
    ['one condition', { conditions: ["once you've sent the portfolio"] }, ", once you've sent the portfolio"],
    ['a bare condition gets "once"', { conditions: ['legal signs'] }, ', once legal signs'],
    [
      'two conditions',
      { conditions: ['if the budget is approved', 'once legal signs'] },
      ', if the budget is approved and once legal signs',
    ],
    ['empty conditions are ignored', { conditions: ['', '  '] }, ''],
    ['a reason', { reason: "so we won't miss Wednesday's deadline." }, ", so we won't miss Wednesday's deadline"],
    ['a reason that is a clause', { reason: "we won't miss the deadline" }, ", so that we won't miss the deadline"],
    ['a reason that is a noun', { reason: 'the board meeting' }, ' (the board meeting)'],
    [
      'condition and reason',
      { conditions: ['once legal signs'], reason: 'because the quarter ends' },
      ', once legal signs, because the quarter ends',
    ],
    ['a dependency', { dependsOn: [{ party: 'customer', action: 'send the portfolio' }] }, ', after you send the portfolio'],
    [
      'a third-party dependency',
      { dependsOn: [{ party: 'third-party', partyName: 'Legal', action: 'approve the terms' }] },
      ', after Legal approves the terms',
    ],
    ['an agent dependency', { dependsOn: [{ party: 'agent', action: 'I will send the quote' }] }, ', after I send the quote'],
    ['a text dependency', { dependsOn: ['the contract is signed'] }, ' (waiting on "the contract is signed")'],
  ])('%s', (_name, over, expected) => {
    const { text } = formatSummary([item({ action: 'send the quote', due: FRI_EOD, ...over })], base);
    expect(bullets(text)).toEqual([`I'll send the quote by Friday, November 27${expected}.`]);
  });
});

describe('formatSummary: templates', () => {
  it('fills placeholders in lead, questions and headings, and keeps unknown ones', () => {
    const { text } = formatSummary([item({ action: 'send it', due: FRI_EOD }), item({ party: 'customer', action: 'sign', due: MON_EOD })], {
      ...base,
      templates: {
        lead: 'Hi {customerFirstName}, here is where we are ({ticketId}):',
        confirm: 'Did I get that right, {customerName}?',
        probe: '',
        headings: { agent: 'On my side ({agentFirstName}):', customer: '' },
      },
    });
    expect(text).toBe(
      [
        'Hi Dana, here is where we are ({ticketId}):',
        '',
        'On my side (Sam):',
        "- I'll send it by Friday, November 27.",
        '',
        "- You'll sign by Monday, November 30.",
        '',
        'Did I get that right, Dana Reyes?',
      ].join('\n'),
    );
  });

  it.each([
    ['Hi {customerName}, thanks!', {}, 'Hi, thanks!'],
    ['Hi {customerName} !', { customerName: '' }, 'Hi!'],
    ['Hi {customerName},', { customerName: 'Dana' }, 'Hi Dana,'],
    ['{ agentName } here', { agentName: 'Sam' }, 'Sam here'],
    ['{AgentName} here', { agentName: 'Sam' }, 'Sam here'],
    ['Keep {this} and {{that}}', { agentName: 'Sam' }, 'Keep {this} and {{that}}'],
    ['Price: {}', {}, 'Price: {}'],
  ])('fillTemplate(%j)', (template, values, expected) => {
    expect(fillTemplate(template, values)).toBe(expected);
  });

  it('treats template text as plain text in the HTML', () => {
    const { html } = formatSummary([item({ action: 'x', due: FRI_EOD })], {
      ...base,
      templates: { lead: '<b>Hi</b> {customerName}', headings: { agent: '<i>Us</i>' } },
    });
    expect(html).toContain('<p>&lt;b&gt;Hi&lt;/b&gt; Dana Reyes</p>');
    expect(html).toContain('<p><strong>&lt;i&gt;Us&lt;/i&gt;</strong></p>');
  });
});

describe('formatSummary: escaping', () => {
  const nasty = ['<script>alert(1)</script>', '<img src=x onerror="alert(1)">', 'Tom & Jerry\'s "deal"', '</li></ul><p>fake</p>'];

  it.each(nasty)('escapes %j wherever it appears', (bad) => {
    const { html, text } = formatSummary(
      [
        item({
          party: 'third-party',
          partyName: bad,
          action: `send ${bad}`,
          due: FRI_EOD,
          conditions: [`once ${bad}`],
          reason: `so ${bad}`,
          dependsOn: [bad, { party: 'third-party', partyName: bad, action: `sign ${bad}` }],
        }),
      ],
      { ...base, agentName: bad, customerName: bad, templates: { lead: `Hi {customerName} ${bad}`, confirm: bad, probe: bad } },
    );
    // No tag other than the ones we write, no raw quote, no bare ampersand.
    const tags = html.match(/<[^>]*>/g) ?? [];
    expect(new Set(tags)).toEqual(new Set(['<p>', '</p>', '<strong>', '</strong>', '<ul>', '</ul>', '<li>', '</li>']));
    expect(html).not.toMatch(/"|'/);
    expect(html).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
    // The plain text keeps the words as typed.
    expect(text).toContain(bad.replace(/\s+/g, ' '));
    // …and is plain text: none of the HTML's markup or entities (toContain alone would match an escaped copy too).
    expect(text).not.toMatch(/&(?:amp|lt|gt|quot|#39);/);
    expect(text.split(bad.replace(/\s+/g, ' ')).join('')).not.toMatch(/<\/?(?:p|ul|li|strong|br)>/);
  });

  it('escapeHtml covers the five characters', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;');
  });

  it('keeps each item on one line even when its words contain line breaks', () => {
    const { text } = formatSummary([item({ action: 'send\nthe\r\n  rate card', due: FRI_EOD })], base);
    expect(bullets(text)).toEqual(["I'll send the rate card by Friday, November 27."]);
  });
});

describe('formatSummary: empty and huge input', () => {
  it('gives a short result and a warning for no items', () => {
    const { text, html, warnings } = formatSummary([], base);
    expect(text).toBe("To make sure we're on the same page:\n\nThere are no open next steps on either side right now.\n\nIs that right?");
    expect(html).toBe(
      '<p>To make sure we&#39;re on the same page:</p><p>There are no open next steps on either side right now.</p><p>Is that right?</p>',
    );
    expect(warnings).toEqual(['No open commitments to summarize.']);
  });

  it('skips items with no words, and survives junk', () => {
    const junk = [null, undefined, 42, item({ action: '   ' }), item({ action: 'send it', due: FRI_EOD })] as unknown as SummaryItem[];
    const { text, warnings } = formatSummary(junk, base);
    expect(bullets(text)).toEqual(["I'll send it by Friday, November 27."]);
    expect(warnings).toContain('Left out a commitment with no words.');
    expect(() => formatSummary(null as unknown as SummaryItem[], base)).not.toThrow();
    expect(() => formatSummary([item({ action: 'x', conditions: 'nope' as unknown as string[] })], base)).not.toThrow();
  });

  it('handles a 10,000-character action', () => {
    const action = `send ${'the very long thing & <more> '.repeat(340)}`;
    const { text, html, warnings } = formatSummary([item({ action, vague: true, keep: true })], base);
    expect(text.length).toBeGreaterThan(10_000);
    expect(html).not.toContain('<more>');
    expect(warnings[0]!.length).toBeLessThan(120);
  });

  it('handles 1,000 items quickly', () => {
    const items = Array.from({ length: 1000 }, (_, i) =>
      item({
        party: PARTIES[i % 3]!,
        partyName: i % 3 === 2 ? 'FedEx' : null,
        action: `task ${i}`,
        due: i % 7 === 0 ? null : due(new Date(Date.UTC(2026, 11, 1 + (i % 300))).toISOString(), i % 2 ? 'minute' : 'day'),
        conditions: i % 5 === 0 ? ['legal signs'] : [],
        keep: true,
      }),
    );
    // Under mutation testing the code is instrumented (every branch counts its hits): a slower
    // program than the one shipped, so its budget is wider there. A mutant that makes this
    // quadratic still runs out of it, or out of Stryker's own timeout.
    const budgetMs = process.env.STRYKER_MUTATOR_WORKER === undefined ? 2000 : 10_000;
    const started = performance.now();
    const { text } = formatSummary(items, base);
    expect(performance.now() - started).toBeLessThan(budgetMs);
    expect(bullets(text)).toHaveLength(1000);
  });
});
