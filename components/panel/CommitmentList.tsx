// The conversation's commitments, by party or as one timeline, with done / reopen / delete.
import type { Party } from '@/utils/commitments/types';
import type { CommitmentRecord } from '@/utils/ledger/types';
import { dueState, formatDueShort, relativeDue } from '@/utils/format/due';
import { PARTY_LABEL, PartyChip } from './PartyChip';
import type { ListView } from './store';

export interface CommitmentActions {
  complete(id: string): void;
  reopen(id: string): void;
  remove(id: string): void;
}

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
  if (visible.length === 0) return <p className="empty">No commitments yet. Note the first one above.</p>;
  if (props.view === 'timeline') return <Items items={visible} {...props} />;
  return (
    <>
      {PARTY_ORDER.map((party) => {
        const items = visible.filter((c) => (c.party ?? 'agent') === party);
        if (items.length === 0) return null;
        return (
          <section key={party} aria-label={PARTY_LABEL[party]}>
            <h2 className="group-title">{PARTY_LABEL[party]}</h2>
            <Items items={items} {...props} />
          </section>
        );
      })}
    </>
  );
}

function Items({ items, now, timeZone, actions }: { items: CommitmentRecord[]; now: number; timeZone: string; actions: CommitmentActions }) {
  return (
    <ul className="items">
      {items.map((c) => {
        const state = c.status === 'done' ? 'done' : dueState(c.dueAt, now);
        return (
          <li key={c.id} className={`item item-${state}`} data-testid="commitment">
            <PartyChip party={c.party} />
            <div className="item-body">
              <p className="item-text">{c.text}</p>
              <p className="item-due">
                {c.dueAt !== null ? (
                  <>
                    {formatDueShort(c.dueAt, timeZone)} <span className="muted">({relativeDue(c.dueAt, now)})</span>
                  </>
                ) : (
                  <span className="muted">no date</span>
                )}
                {state === 'overdue' && <span className="badge badge-overdue">overdue</span>}
                {state === 'soon' && <span className="badge badge-soon">due soon</span>}
                {c.status === 'done' && <span className="badge badge-done">done</span>}
              </p>
            </div>
            <div className="item-actions">
              {c.status === 'done' ? (
                <button type="button" onClick={() => actions.reopen(c.id)} aria-label={`Reopen: ${c.text}`}>
                  Reopen
                </button>
              ) : (
                <button type="button" onClick={() => actions.complete(c.id)} aria-label={`Mark done: ${c.text}`}>
                  Done
                </button>
              )}
              <button type="button" onClick={() => actions.remove(c.id)} aria-label={`Delete: ${c.text}`}>
                Delete
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
