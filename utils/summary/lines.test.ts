// One summary line at a time, each rule of formatSummary's composition pinned where a slip would
// garble what the customer reads: a dependency said once, the problem lines, the own-words line, the
// update line, the timeline order.
import { describe, expect, it } from 'vitest';
import type { Due } from '../commitments/types';
import { formatSummary, type SummaryItem, type SummaryOptions } from './index';

// Tuesday, November 24, 2026, 9:00 AM in New York.
const NOW = new Date('2026-11-24T14:00:00Z');
const base: SummaryOptions = { agentName: 'Sam Lee', customerName: 'Dana Reyes', timeZone: 'America/New_York', now: NOW, updateBy: null };

function day(at: string, text = ''): Due {
  return { at, text, precision: 'day' };
}
const WED = day('2026-11-25T17:00:00-05:00');
const FRI = day('2026-11-27T17:00:00-05:00');

function item(over: Partial<SummaryItem> & Pick<SummaryItem, 'action'>): SummaryItem {
  return { party: 'agent', due: null, vague: false, conditions: [], reason: null, ...over };
}

function bullets(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('- '))
    .map((l) => l.slice(2));
}

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
});
