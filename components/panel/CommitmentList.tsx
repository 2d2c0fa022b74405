// The conversation's commitments, by party or as one timeline.
import type { Party } from '@/utils/commitments/types';
import type { CommitmentRecord } from '@/utils/ledger/types';
import { t } from '@/utils/i18n';
import { CommitmentItem, type CommitmentActions } from './CommitmentItem';
import { partyLabel } from './PartyChip';
import type { ListView } from './store';

export type { CommitmentActions } from './CommitmentItem';

/** Earliest deadline first; commitments without a deadline last, oldest first. */
export function timelineOrder(a: CommitmentRecord, b: CommitmentRecord): number {
  if (a.dueAt !== b.dueAt) {
    if (a.dueAt === null) return 1;
    if (b.dueAt === null) return -1;
    return a.dueAt - b.dueAt;
  }
  return a.createdAt - b.createdAt;
}

const PARTY_ORDER: Party[] = ['agent', 'customer', 'third-party'];

export function CommitmentList(props: {
  commitments: CommitmentRecord[];
  view: ListView;
  now: number;
  timeZone: string;
  actions: CommitmentActions;
}) {
  const visible = props.commitments.filter((c) => c.deletedAt === null && c.status !== 'cancelled').sort(timelineOrder);
  if (visible.length === 0) return <p className="empty">{t('listEmpty')}</p>;
  const render = (items: CommitmentRecord[]) => (
    <ul className="items">
      {items.map((c) => (
        <CommitmentItem key={c.id} commitment={c} all={visible} now={props.now} timeZone={props.timeZone} actions={props.actions} />
      ))}
    </ul>
  );
  if (props.view === 'timeline') return render(visible);
  return (
    <>
      {PARTY_ORDER.map((party) => {
        const items = visible.filter((c) => (c.party ?? 'agent') === party);
        if (items.length === 0) return null;
        return (
          <section key={party} aria-label={partyLabel(party)}>
            <h2 className="group-title">{partyLabel(party)}</h2>
            {render(items)}
          </section>
        );
      })}
    </>
  );
}
