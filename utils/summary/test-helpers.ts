// Shared by the summary's tests: a summary item with the usual defaults, and a summary's bullet lines.
import type { SummaryItem } from './types';

/** An item of the agent's, undated, sure and unconditional unless the test says otherwise. */
export function item(over: Partial<SummaryItem> & Pick<SummaryItem, 'action'>): SummaryItem {
  return { party: 'agent', due: null, vague: false, conditions: [], reason: null, ...over };
}

/** The summary's bullet lines ("- …"), without their bullet. */
export function bullets(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('- '))
    .map((l) => l.slice(2));
}
