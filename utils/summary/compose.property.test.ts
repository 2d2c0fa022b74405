// Whatever an unsure parser puts into the fields, no line reads garbled: no subject doubled
// ("I'll once … I'll"), no condition word right after the subject, no empty parts or stray
// punctuation, a capital to a full stop. Fields are built from realistic fragments mixed badly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARTIES } from '../commitments/types';
import { formatSummary, type SummaryItem } from './index';

const verbs = ['send the rate card', 'double-check the Dallas–Phoenix lane', 'call you', 'issue the refund', 'confirm the pallet limit'];
const conditions = [
  'once your volumes arrive',
  'if legal signs',
  'as soon as the carrier confirms',
  'when you send the logs',
  'unless the PO changes',
];
const subjects = ["I'll", 'we will', 'you will', 'they will', ''];
const deadlines = ['by Friday', 'next business day', 'within 1 business day', 'by 10am tomorrow', ''];
const reasons = ["so we won't miss Wednesday's board deadline", 'because the quarter ends', 'so that', ''];
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const field = fc
  .tuple(pick(conditions.concat([''])), pick(subjects), pick(verbs), pick(deadlines), fc.boolean())
  .map(([c, s, v, d, cFirst]) => [cFirst ? c : '', s, v, d, cFirst ? '' : c].filter(Boolean).join(' '));

const item = fc.record({
  party: pick(PARTIES),
  action: field,
  text: field,
  conditions: fc.array(fc.oneof(pick(conditions), field), { maxLength: 3 }),
  reason: pick(reasons),
  dated: fc.boolean(),
  keep: fc.boolean(),
});

describe('formatSummary: no garbled line, whatever the fields hold', () => {
  it('holds for 250 random conversations', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 5 }), pick(['I', 'we', 'name'] as const), (raw, agentVoice) => {
        const items: SummaryItem[] = raw.map((r, i) => ({
          id: String(i),
          party: r.party,
          partyName: r.party === 'third-party' ? 'FedEx' : null,
          action: r.action,
          text: r.text,
          conditions: r.conditions,
          reason: r.reason || null,
          keep: r.keep,
          due: r.dated ? { at: '2026-12-04T17:00:00-05:00', text: 'by Friday', precision: 'day' } : null,
        }));
        const { text, html } = formatSummary(items, {
          timeZone: 'America/New_York',
          customerTimeZone: 'America/Chicago',
          now: new Date('2026-11-30T15:00:00Z'),
          agentName: 'Sam Lee',
          agentVoice,
        });
        for (const line of text
          .split('\n')
          .filter((l) => l.startsWith('- '))
          .map((l) => l.slice(2))) {
          expect(line, line).toMatch(/^[A-Z]/);
          expect(line, line).toMatch(/[^\s,;:]\.$/);
          expect(line, line).not.toMatch(/\s{2,}|\s[,.;]|,,|\(\s*\)/);
          expect(line, line).not.toMatch(
            /^(?:I'll|We'll|You'll|Sam Lee will|FedEx will) (?:once|if|as soon as|when|unless|I'll|we will|you will)\b/i,
          );
          expect(line, line).not.toMatch(/\b(\w+(?: \w+){2,}) \1\b/);
        }
        expect(html).not.toMatch(/<(?!\/?(?:p|ul|li|strong|br)>)/);
      }),
      { numRuns: 250, seed: 20261130 },
    );
  }, 60_000);
});
