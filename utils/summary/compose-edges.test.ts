// formatSummary's composition at its edges, each found by a planted bug that every other test let
// through: the timeline order of ties and undated lines, junk among the items and their links, and
// the template tidying when a name is not known.
import { describe, expect, it } from 'vitest';
import type { Due } from '../commitments/types';
import { fillTemplate, formatSummary, type SummaryItem, type SummaryOptions } from './index';
import { bullets, item } from './test-helpers';

// Tuesday, November 24, 2026, 9:00 AM in New York.
const NOW = new Date('2026-11-24T14:00:00Z');
const base: SummaryOptions = { agentName: 'Sam Lee', customerName: 'Dana Reyes', timeZone: 'America/New_York', now: NOW, updateBy: null };
const day = (at: string): Due => ({ at, text: '', precision: 'day' });
const WED = day('2026-11-25T17:00:00-05:00');
const FRI = day('2026-11-27T17:00:00-05:00');

describe('the timeline order', () => {
  it('two lines due at the same moment keep the order they were given in', () => {
    const lines = (actions: string[]) =>
      bullets(
        formatSummary(
          actions.map((action) => item({ action, due: FRI })),
          base,
        ).text,
      );
    expect(lines(['send the quote', 'book the pickup', 'call the depot'])).toEqual([
      "I'll send the quote by Friday, November 27.",
      "I'll book the pickup by Friday, November 27.",
      "I'll call the depot by Friday, November 27.",
    ]);
    expect(lines(['call the depot', 'send the quote'])).toEqual([
      "I'll call the depot by Friday, November 27.",
      "I'll send the quote by Friday, November 27.",
    ]);
  });

  it('a line kept without a date comes after the dated ones, whatever order they were given in', () => {
    const { text } = formatSummary([item({ action: 'check the lane', keep: true }), item({ action: 'send the quote', due: FRI })], base);
    const lines = bullets(text);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe("I'll send the quote by Friday, November 27.");
    expect(lines[1]).toMatch(/^I'll check the lane/);
  });

  it('lines kept without a date keep the order they were given in', () => {
    const actions = ['check the lane', 'ask the depot', 'find the invoice'];
    const { text } = formatSummary(
      actions.map((action) => item({ action, keep: true })),
      base,
    );
    expect(bullets(text).map((l) => /^I'll (\S+ \S+ \S+)/.exec(l)?.[1])).toEqual(actions);
  });
  it('a long conversation (more lines than one sorting run): dated lines by date, ties and undated lines in their given order', () => {
    // Long enough that the engine's sort merges runs instead of only inserting: the order still follows
    // the dates, and the given order where there is none to follow.
    const dues = [FRI, null, WED, FRI, WED, null, null, FRI, WED, WED];
    const given = Array.from({ length: 60 }, (_, i) => ({ action: `step ${i + 1}`, due: dues[(i * 7) % dues.length] ?? null }));
    const { text } = formatSummary(
      given.map(({ action, due }) => item({ action, due, keep: due === null })),
      base,
    );
    const order = bullets(text).map((l) => /step (\d+)/.exec(l)?.[1]);
    const expected = [WED, FRI, null].flatMap((due) => given.filter((g) => g.due === due).map((g) => g.action.slice(5)));
    expect(order).toEqual(expected);
  });
});

describe('junk among the items and their links', () => {
  it('an item that is not an object is skipped without a word; only a real item with no words is warned of', () => {
    const junk = [
      42,
      'send it',
      true,
      null,
      item({ action: '  ' }),
      item({ action: 'send the quote', due: FRI }),
    ] as unknown as SummaryItem[];
    const { text, warnings } = formatSummary(junk, base);
    expect(bullets(text)).toEqual(["I'll send the quote by Friday, November 27."]);
    expect(warnings).toEqual(['Left out a commitment with no words.']);
  });

  it('a link whose action is not text does not move the deadline, even with a date', () => {
    const dependsOn = [{ party: 'customer', action: 5, due: FRI }] as unknown as SummaryItem['dependsOn'];
    const { text, warnings, problems } = formatSummary([item({ action: 'check the lane', due: WED, dependsOn })], base);
    expect(bullets(text)).toEqual(["I'll check the lane by tomorrow (Wednesday, November 25)."]);
    expect(warnings).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('fillTemplate tidies only around a name that is not known', () => {
  it.each([
    ['a space before the punctuation goes, however many', 'Thanks {customerName} !', 'Thanks!'],
    ['a name at the start leaves no leading space', '{customerName} thanks for your patience', 'thanks for your patience'],
    ['a name at the end leaves no trailing space', 'Thanks again {customerName}', 'Thanks again'],
    ['line breaks and runs of spaces become one space', 'Hi {customerName},\n\nthanks\t\tagain', 'Hi, thanks again'],
  ])('%s', (_name, template, expected) => {
    expect(fillTemplate(template, {})).toBe(expected);
  });

  it('every run of white space is one space even when every name is known', () => {
    expect(fillTemplate('Hi {customerName},\n\n  thanks', { customerName: 'Dana' })).toBe('Hi Dana, thanks');
  });
});

describe('what a line waits for, and the update line', () => {
  const WED_3PM: Due = { at: '2026-11-25T15:00:00-05:00', text: 'Wednesday 3pm', precision: 'minute' };
  const waitingOn = (dep: NonNullable<SummaryItem['dependsOn']>[number]) =>
    bullets(formatSummary([item({ action: 'check the lane', due: FRI, dependsOn: [dep] })], base).text)[0];

  it('the agent’s own words about the customer are not turned round; the customer’s own words are', () => {
    expect(waitingOn({ party: 'customer', writtenBy: 'agent', action: 'send me your logs' })).toBe(
      "I'll check the lane by Friday, November 27, after you send me your logs.",
    );
    expect(waitingOn({ party: 'customer', writtenBy: 'customer', action: 'send you my logs' })).toBe(
      "I'll check the lane by Friday, November 27, after you send me your logs.",
    );
  });

  it('a link of a party that is not known is a third party’s', () => {
    const dep = { party: 'vendor', action: 'deliver the box' } as unknown as NonNullable<SummaryItem['dependsOn']>[number];
    expect(waitingOn(dep)).toBe("I'll check the lane by Friday, November 27, after a third party delivers the box.");
  });

  it('a link in words with their own subject is written as said', () => {
    expect(waitingOn({ party: 'third-party', partyName: 'FedEx', action: 'FedEx delivers the samples' })).toBe(
      "I'll check the lane by Friday, November 27, after FedEx delivers the samples.",
    );
    // Checked without its subject ("The carrier" would not pass as the start of an action), and
    // written inside the line: the article's capital goes, a name keeps its own.
    expect(waitingOn({ party: 'third-party', partyName: 'the carrier', action: 'The carrier delivers the box' })).toBe(
      "I'll check the lane by Friday, November 27, after the carrier delivers the box.",
    );
    expect(waitingOn({ party: 'third-party', partyName: 'Our warehouse', action: 'Our warehouse ships the parts' })).toBe(
      "I'll check the lane by Friday, November 27, after our warehouse ships the parts.",
    );
  });

  it('a count of hours from a step with a time gives the time it comes to', () => {
    const { text } = formatSummary(
      [
        item({
          action: 'call you',
          due: { at: '2026-11-24T21:00:00Z', text: '4 hours after', precision: 'day' },
          dependsOn: [{ party: 'customer', action: 'send the logs', due: WED_3PM }],
        }),
      ],
      base,
    );
    expect(bullets(text)[0]).toMatch(/— so by 7:00 PM EST tomorrow \(Wednesday, November 25\)\.$/);
  });

  it('the update line’s date is in bold, like every deadline', () => {
    const { html } = formatSummary([item({ action: 'check the lane', keep: true })], { ...base, updateBy: undefined });
    expect(html).toContain(
      '<li>I&#39;ll update you <strong>by tomorrow (Wednesday, November 25)</strong>, even if there is no news yet.</li>',
    );
  });
});
