// Boundaries the summary decides on: a deadline at exactly `now` has not passed yet.
import { describe, expect, it } from 'vitest';
import { formatSummary, type SummaryItem, type SummaryOptions } from './index';

const NOW = new Date('2026-11-24T14:00:00Z'); // Tuesday 9:00 AM in New York
const base: SummaryOptions = { agentName: 'Sam Lee', customerName: 'Dana Reyes', timeZone: 'America/New_York', now: NOW, updateBy: null };

function dueAt(ms: number): SummaryItem {
  return {
    party: 'agent',
    action: 'call the carrier',
    due: { at: new Date(ms).toISOString(), text: 'now', precision: 'minute' },
    vague: false,
    conditions: [],
    reason: null,
  };
}

describe('formatSummary: "already passed" at the boundary', () => {
  it('a deadline at exactly now is still open: written, no problem', () => {
    const { text, problems } = formatSummary([dueAt(NOW.getTime())], base);
    expect(problems).toEqual([]);
    expect(text).toContain('call the carrier');
    expect(text).not.toContain('date to be confirmed');
  });

  it('one millisecond before now it has passed: left out and named as past due', () => {
    const { text, problems } = formatSummary([dueAt(NOW.getTime() - 1)], base);
    expect(problems.map((p) => p.kind)).toEqual(['past-due']);
    expect(text).not.toContain('call the carrier');
  });
});
