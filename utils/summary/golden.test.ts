// Golden tests: 23 conversations (golden.cases.ts) and the summary each gives, read line by line as
// the customer would (golden.expected.ts), plus the rules every summary keeps whatever its items hold.
import { describe, expect, it } from 'vitest';
import { GOLDEN_CASES, NOW, due } from './golden.cases';
import { GOLDEN_TEXT } from './golden.expected';
import { formatSummary, type SummaryItem, type SummaryOptions } from './index';
import { bullets } from './test-helpers';

/** The HTML's words as plain text: tags to line breaks, entities back to characters. */
function htmlWords(html: string): string {
  return html
    .replace(/<\/(?:p|li)>|<br>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('formatSummary: golden conversations', () => {
  it('has at least 20 conversations, each with its expected reading', () => {
    expect(GOLDEN_CASES.length).toBeGreaterThanOrEqual(20);
    expect(Object.keys(GOLDEN_TEXT).sort()).toEqual(GOLDEN_CASES.map((c) => c.name).sort());
  });

  it.each(GOLDEN_CASES.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const result = formatSummary(c.items, c.opts);
    const expected = GOLDEN_TEXT[name]!;
    expect(result.text.split('\n')).toEqual(expected.text);
    expect(result.problems.map((p) => [p.id, p.kind, p.kept])).toEqual(expected.problems);
    // The HTML says exactly what the text says (bullets aside).
    const fromHtml = htmlWords(result.html).split('\n').filter(Boolean);
    const fromText = result.text
      .split('\n')
      .filter(Boolean)
      .map((l) => l.replace(/^- /, ''));
    expect(fromHtml).toEqual(fromText);
  });
});

describe('formatSummary: rules every line keeps', () => {
  // Formatted inside each test, never while the file is collected: Stryker's per-test coverage
  // sees code run outside a test as "static" and then runs every test for each of its mutants.
  const all = () => GOLDEN_CASES.map((c) => ({ c, r: formatSummary(c.items, c.opts) }));

  it('says nothing twice: no run of three words or more repeats inside a line', () => {
    for (const { r } of all())
      for (const line of bullets(r.text)) {
        const words = line
          .toLowerCase()
          .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
          .split(/\s+/)
          .filter(Boolean);
        const seen = new Set<string>();
        for (let i = 0; i + 4 <= words.length; i++) {
          const run = words.slice(i, i + 4).join(' ');
          expect(seen.has(run), `"${run}" twice in: ${line}`).toBe(false);
          seen.add(run);
        }
      }
  });

  it('starts each line with a capital and ends it with a full stop, never mid-clause', () => {
    for (const { r } of all())
      for (const line of bullets(r.text)) {
        expect(line).toMatch(/^[A-Z]/);
        expect(line).toMatch(/[^,;:(\s]\.$/);
        expect(line).not.toMatch(/\b(?:the|to|and|of|by|once|if)\.$/i);
      }
  });

  it('never shows "UTC" unless the customer is in UTC', () => {
    for (const { c, r } of all()) if (c.opts.customerTimeZone !== 'UTC') expect(r.text).not.toMatch(/\bUTC\b/);
  });

  it('writes "date to be confirmed" only for items the agent kept', () => {
    for (const { c, r } of all()) {
      const kept = c.items.filter((i) => i.keep).length;
      expect((r.text.match(/date to be confirmed/g) ?? []).length).toBe(kept);
    }
  });

  it('ends with the two questions (as templated) before any signature', () => {
    for (const { c, r } of all()) {
      if (c.opts.templates?.probe === '') continue;
      expect(r.text).toContain('Is that right? Is there anything that might get in the way of these dates?');
    }
  });
});

describe('formatSummary: the customer’s clock', () => {
  const opts = (customerTimeZone: string | undefined, over: Partial<SummaryOptions> = {}): SummaryOptions => ({
    timeZone: 'America/New_York',
    now: NOW,
    updateBy: null,
    ...(customerTimeZone ? { customerTimeZone } : {}),
    ...over,
  });
  const call: SummaryItem = { party: 'agent', action: 'call you', due: due('2026-12-03T10:00:00-05:00', 'Thursday at 10am', 'hour') };

  it.each([
    ['America/Chicago', '9:00 AM CST'],
    ['America/Denver', '8:00 AM MST'],
    ['America/Phoenix', '8:00 AM MST'],
    ['America/Los_Angeles', '7:00 AM PST'],
    ['America/Anchorage', '6:00 AM AKST'],
    ['Pacific/Honolulu', '5:00 AM HST'],
    ['Europe/London', '3:00 PM GMT'],
    ['Europe/Paris', '4:00 PM CET'],
    ['Europe/Helsinki', '5:00 PM EET'],
    ['Asia/Kolkata', '8:30 PM IST'],
    ['Australia/Sydney', '2:00 AM AEDT'],
    ['Pacific/Auckland', '4:00 AM NZDT'],
    ['America/Sao_Paulo', '12:00 PM Sao Paulo time (GMT-3)'],
    ['Asia/Dubai', '7:00 PM GST'],
    ['UTC', '3:00 PM UTC'],
  ])('a customer in %s reads %s', (zone, clock) => {
    const { text } = formatSummary([call], opts(zone));
    expect(bullets(text)[0]).toContain(`by ${clock}`);
  });

  it('uses daylight names in summer (CDT, BST, CEST)', () => {
    const summer = { ...opts(undefined), now: new Date('2026-06-15T12:00:00Z') };
    const item: SummaryItem = { party: 'agent', action: 'call you', due: due('2026-06-17T10:00:00-04:00', 'Wednesday 10am', 'hour') };
    expect(formatSummary([item], { ...summer, customerTimeZone: 'America/Chicago' }).text).toContain('9:00 AM CDT');
    expect(formatSummary([item], { ...summer, customerTimeZone: 'Europe/London' }).text).toContain('3:00 PM BST');
    expect(formatSummary([item], { ...summer, customerTimeZone: 'Europe/Berlin' }).text).toContain('4:00 PM CEST');
  });

  it('keeps a clock the agent wrote even when the deadline was read at day precision', () => {
    const item: SummaryItem = { party: 'agent', action: 'send it', due: due('2026-12-03T10:00:00-05:00', 'Thursday 10am', 'day') };
    expect(bullets(formatSummary([item], opts('America/Chicago')).text)).toEqual(["I'll send it by 9:00 AM CST on Thursday, December 3."]);
  });

  it('adds the agent’s own clock only when asked for both', () => {
    expect(formatSummary([call], opts('America/Chicago')).text).not.toContain('EST');
    expect(bullets(formatSummary([call], opts('America/Chicago', { templates: { zones: 'both' } })).text)).toEqual([
      "I'll call you by 9:00 AM CST / 10:00 AM EST on Thursday, December 3.",
    ]);
  });
});

describe('formatSummary: the agent’s voice and signature', () => {
  const items: SummaryItem[] = [
    { party: 'agent', action: 'send the rate card', due: due('2026-12-04T17:00:00-05:00', 'by Friday') },
    { party: 'customer', action: 'confirm the lanes', due: due('2026-12-02T17:00:00-05:00', 'by Wednesday'), dependsOn: [] },
    {
      party: 'customer',
      action: 'sign the order form',
      due: due('2026-12-07T17:00:00-05:00', 'by Monday'),
      dependsOn: [{ party: 'agent', action: 'send the rate card', due: due('2026-12-04T17:00:00-05:00', 'by Friday') }],
    },
  ];
  it.each([
    ['I', "I'll send the rate card", 'after I send the rate card'],
    ['we', "We'll send the rate card", 'after we send the rate card'],
    ['name', 'Sam Lee will send the rate card', 'after Sam Lee sends the rate card'],
  ] as const)('voice %s', (agentVoice, line, link) => {
    const { text } = formatSummary(items, { timeZone: 'America/New_York', now: NOW, agentName: 'Sam Lee', agentVoice });
    expect(text).toContain(`- ${line} by Friday, December 4.`);
    expect(text).toContain(link);
  });

  it('appends the signature as the last paragraph, line breaks kept (<br> in HTML)', () => {
    const { text, html } = formatSummary(items, {
      timeZone: 'America/New_York',
      now: NOW,
      signature: '\n\nBest,\nSam Lee  \nAcme <Freight>\n\n',
    });
    expect(text.endsWith('these dates?\n\nBest,\nSam Lee\nAcme <Freight>')).toBe(true);
    expect(html.endsWith('<p>Best,<br>Sam Lee<br>Acme &lt;Freight&gt;</p>')).toBe(true);
  });

  it('leaves an empty or blank signature out', () => {
    const plain = formatSummary(items, { timeZone: 'America/New_York', now: NOW });
    expect(formatSummary(items, { timeZone: 'America/New_York', now: NOW, signature: ' \n ' }).text).toBe(plain.text);
  });
});

describe('formatSummary: what happens next when the agent has nothing dated', () => {
  const customerOnly: SummaryItem[] = [
    { party: 'customer', action: 'send the logs', due: due('2026-12-03T17:00:00-05:00', 'by Thursday') },
  ];

  it('promises an update by the next business day by default', () => {
    const { text } = formatSummary(customerOnly, { timeZone: 'America/New_York', now: NOW });
    expect(bullets(text)[0]).toBe("I'll update you by tomorrow (Tuesday, December 1), even if there is no news yet.");
  });

  it('skips the weekend: on a Friday the update comes on Monday', () => {
    const friday = new Date('2026-12-04T15:00:00Z');
    const { text } = formatSummary(customerOnly, { timeZone: 'America/New_York', now: friday });
    expect(bullets(text)[0]).toBe("I'll update you by Monday, December 7, even if there is no news yet.");
  });

  it('uses the date the agent gives, in the voice chosen', () => {
    const { text } = formatSummary(customerOnly, {
      timeZone: 'America/New_York',
      now: NOW,
      agentVoice: 'we',
      updateBy: due('2026-12-03T17:00:00-05:00', 'Thursday'),
    });
    expect(bullets(text)[0]).toBe("We'll update you by Thursday, December 3, even if there is no news yet.");
  });

  it('is not added when the agent has a dated line, or when asked not to', () => {
    const withAgent = [
      ...customerOnly,
      { party: 'agent' as const, action: 'check the logs', due: due('2026-12-04T17:00:00-05:00', 'Friday') },
    ];
    expect(formatSummary(withAgent, { timeZone: 'America/New_York', now: NOW }).text).not.toContain('update you');
    expect(formatSummary(customerOnly, { timeZone: 'America/New_York', now: NOW, updateBy: null }).text).not.toContain('update you');
  });
});

describe('formatSummary: lines stay whole whatever the fields hold', () => {
  const base: SummaryOptions = { timeZone: 'America/New_York', now: NOW, updateBy: null };
  const FRI = due('2026-12-04T17:00:00-05:00', 'by Friday');
  it.each<[string, Partial<SummaryItem>, string]>([
    [
      'a condition left in the action',
      { action: 'once legal signs I will send the contract', text: 'Once legal signs I will send the contract by Friday' },
      'Once legal signs, I will send the contract by Friday (December 4).',
    ],
    [
      'a subject pronoun kept in the action',
      { action: 'they will courier the originals', text: 'Our Boston office will courier the originals by Friday' },
      'Our Boston office will courier the originals by Friday (December 4).',
    ],
    [
      'the deadline left in the action',
      {
        action: 'send the quote by Friday afternoon',
        text: "I'll send the quote by Friday afternoon",
        due: due('2026-12-04T17:00:00-05:00', 'Friday afternoon'),
      },
      "I'll send the quote by Friday afternoon (December 4).",
    ],
    ['an action cut after a preposition, no own words', { action: 'send the file to' }, "I'll send the file by Friday, December 4."],
    ['a doubled run in the action', { action: 'send the rate card send the rate card' }, "I'll send the rate card by Friday, December 4."],
    [
      'the same condition twice, and one cut short',
      { action: 'send the quote', conditions: ['once legal signs', 'Once legal signs', 'if the'] },
      "I'll send the quote by Friday, December 4, once legal signs.",
    ],
    [
      'a reason repeating the action',
      { action: 'send the quote so you can decide', reason: 'so you can decide', text: "I'll send the quote by Friday so you can decide" },
      "I'll send the quote by Friday (December 4) so you can decide.",
    ],
  ])('%s', (_name, over, expected) => {
    const { text } = formatSummary([{ party: 'agent', action: 'x', due: FRI, ...over } as SummaryItem], base);
    expect(bullets(text)).toEqual([expected]);
  });
});

describe('formatSummary: coaching the parser gave', () => {
  it('never asks the customer to call back: such an item is left out, with a warning', () => {
    const { text, warnings } = formatSummary(
      [
        {
          party: 'agent',
          action: 'call us back',
          text: 'please call us back if the issue persists',
          due: null,
          conditions: ['if the issue persists'],
          warnings: ['vague', 'call-back'],
          keep: true,
        },
        { party: 'agent', action: 'reset the sync token', due: due('2026-12-01T17:00:00-05:00', 'tomorrow') },
      ],
      { timeZone: 'America/New_York', now: NOW },
    );
    expect(text).not.toMatch(/call us back/i);
    expect(bullets(text)).toEqual(["I'll reset the sync token by tomorrow (Tuesday, December 1)."]);
    expect(warnings).toContain('Asks the customer to call back, left out: "call us back"');
  });

  it('keeps the question mark of a request written as a question', () => {
    const { text } = formatSummary(
      [
        {
          party: 'customer',
          action: 'Could you send the logs',
          text: 'Could you send the logs by Friday?',
          due: due('2026-12-04T17:00:00-05:00', 'Friday'),
        },
      ],
      { timeZone: 'America/New_York', now: NOW, updateBy: null },
    );
    expect(bullets(text)).toEqual(['Could you send the logs by Friday (December 4)?']);
  });
});
