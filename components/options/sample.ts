// The example conversation the template preview is rendered from: the agent will send the rate card
// by Friday and call on Thursday at 10am; the customer will decide by Monday so that Wednesday's deadline is not missed. The
// deadlines are worked out from today in the agent's zone and workday, so the preview reads the
// way a real summary would this week.
import { resolveDue } from '@/utils/commitments';
import type { Workday } from '@/utils/commitments/types';
import type { SummaryItem } from '@/utils/summary';

export const SAMPLE_CUSTOMER = 'Dana Reyes';

/** The sample customer's zone: Chicago, or New York for an agent who is in Chicago's zone already. */
export function sampleCustomerZone(agentZone: string): string {
  return agentZone === 'America/Chicago' ? 'America/New_York' : 'America/Chicago';
}

export function sampleSummaryItems(now: Date, timeZone: string, workday: Workday): SummaryItem[] {
  const ctx = { now, timeZone, workday };
  const due = (words: string) => {
    // A workday being edited can be invalid for a moment; the preview then shows no date.
    try {
      return resolveDue(words, ctx);
    } catch {
      return null;
    }
  };
  return [
    { party: 'agent', action: 'send the rate card', due: due('by Friday') },
    {
      party: 'customer',
      action: 'decide on the plan',
      due: due('by Monday'),
      reason: "so we won't miss Wednesday's deadline",
    },
    // A time the agent wrote, so the preview shows how the customer's zone reads.
    { party: 'agent', action: 'call you to go through it', due: due('Thursday at 10am') },
  ];
}
