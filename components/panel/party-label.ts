// A party's name as the agent reads it (chips, group titles). Plain: the popup's first screen, drawn
// before React loads (components/popup/first-screen.ts), uses it too.
import type { Party } from '@/utils/commitments/types';
import { t } from '@/utils/i18n';

export function partyLabel(party: Party | null): string {
  if (party === 'agent') return t('partyAgent');
  if (party === 'customer') return t('partyCustomer');
  if (party === 'third-party') return t('partyOther');
  return t('partyUnknown');
}

/** The chip's class: `chip chip-agent`, `chip chip-unknown`. */
export function partyChipClass(party: Party | null): string {
  return `chip chip-${party ?? 'unknown'}`;
}
