import type { Party } from '@/utils/commitments/types';
import { keepFocus } from '@/utils/editors/focus';
import { t } from '@/utils/i18n';

export function partyLabel(party: Party | null): string {
  if (party === 'agent') return t('partyAgent');
  if (party === 'customer') return t('partyCustomer');
  if (party === 'third-party') return t('partyOther');
  return t('partyUnknown');
}

export function PartyChip({ party, onClick }: { party: Party | null; onClick?: () => void }) {
  const label = partyLabel(party);
  const className = `chip chip-${party ?? 'unknown'}`;
  if (!onClick) return <span className={className}>{label}</span>;
  return (
    // keepFocus: switching the party must not pull focus out of the entry box.
    <button type="button" className={className} onClick={onClick} aria-label={t('partySwitch', label)} {...keepFocus}>
      {label}
    </button>
  );
}
