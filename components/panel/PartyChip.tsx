import type { Party } from '@/utils/commitments/types';
import { keepFocus } from '@/utils/editors/focus';
import { t } from '@/utils/i18n';
import { partyChipClass, partyLabel } from './party-label';

export function PartyChip({ party, onClick }: { party: Party | null; onClick?: () => void }) {
  const label = partyLabel(party);
  const className = partyChipClass(party);
  if (!onClick) return <span className={className}>{label}</span>;
  return (
    // keepFocus: switching the party must not pull focus out of the entry box.
    <button type="button" className={className} onClick={onClick} aria-label={t('partySwitch', label)} {...keepFocus}>
      {label}
    </button>
  );
}
