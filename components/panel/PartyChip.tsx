import type { Party } from '@/utils/commitments/types';

export const PARTY_LABEL: Record<Party, string> = {
  agent: 'Me / us',
  customer: 'Customer',
  'third-party': 'Other',
};

export function PartyChip({ party, onClick }: { party: Party | null; onClick?: () => void }) {
  const label = party ? PARTY_LABEL[party] : 'Who?';
  const className = `chip chip-${party ?? 'unknown'}`;
  if (!onClick) return <span className={className}>{label}</span>;
  return (
    <button
      type="button"
      className={className}
      onClick={onClick}
      aria-label={`Who acts: ${label}. Click or press Tab to switch.`}
      // Keeps focus in the entry box while switching.
      onMouseDown={(e) => e.preventDefault()}
    >
      {label}
    </button>
  );
}
