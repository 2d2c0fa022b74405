// The example conversation the template preview is rendered from: the agent will send the rate card
// by Friday; the customer will decide by Monday so that Wednesday's deadline is not missed. The
// deadlines are worked out from today in the agent's zone and workday, so the preview reads the
// way a real summary would this week.
import { resolveDue } from '@/utils/commitments';
import type { Workday } from '@/utils/commitments/types';
import type { SummaryItem } from '@/utils/summary';

export const SAMPLE_CUSTOMER = 'Dana Reyes';

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
  ];
}
