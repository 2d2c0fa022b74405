// The conversation's commitments, by party or as one timeline.
import type { DependencyTiming } from '@/utils/commitments/dependency-due';
import { PARTIES } from '@/utils/commitments/types';
import type { CommitmentRecord } from '@/utils/ledger/types';
import { t } from '@/utils/i18n';
import { CommitmentItem, InlineEdit, type CommitmentActions } from './CommitmentItem';
import { PartyChip, partyLabel } from './PartyChip';
import { usePanelStore, type ListView } from './store';

export type { CommitmentActions } from './CommitmentItem';

function byDue(a: CommitmentRecord, b: CommitmentRecord, x: number | null, y: number | null): number {
  if (x !== y) {
    if (x === null) return 1;
    if (y === null) return -1;
    return x - y;
  }
  return a.createdAt - b.createdAt;
}

/** The deadline the list shows: the one its links give it (see dependency-due), else its own. */
function effectiveDueAt(c: CommitmentRecord, timings?: ReadonlyMap<string, DependencyTiming>): number | null {
  const timing = timings?.get(c.id);
  if (!timing) return c.dueAt;
  if (!timing.due) return null;
  const ms = Date.parse(timing.due.at);
  return Number.isFinite(ms) ? ms : c.dueAt;
}

export function CommitmentList(props: {
  commitments: CommitmentRecord[];
  view: ListView;
  now: number;
  timeZone: string;
  actions: CommitmentActions;
  /** Deadlines derived from the depends-on links, by id. */
  timings?: ReadonlyMap<string, DependencyTiming>;
}) {
  const editing = usePanelStore((s) => s.editing);
  const visible = props.commitments.filter((c) => c.deletedAt === null && c.status !== 'cancelled').sort((a, b) => byDue(a, b, effectiveDueAt(a, props.timings), effectiveDueAt(b, props.timings)));
  // Edits whose commitment another tab deleted: shown first, with the agent's words, until resolved.
  const orphans = Object.entries(editing).flatMap(([id, edit]) => (edit.deleted && !visible.some((c) => c.id === id) ? [{ id, edit, record: edit.deleted }] : []));
  const orphanList =
    orphans.length > 0 ? (
      <ul className="items">
        {orphans.map(({ id, edit, record }) => (
          <li key={id} className="item" data-testid="commitment-deleted-elsewhere">
            <PartyChip party={record.party} />
            <div className="item-body">
              <InlineEdit id={id} edit={edit} current={record} actions={props.actions} />
            </div>
          </li>
        ))}
      </ul>
    ) : null;
  if (visible.length === 0)
    return (
      <>
        {orphanList}
        <p className="empty">{t('listEmpty')}</p>
      </>
    );
  const render = (items: CommitmentRecord[]) => (
    <ul className="items">
      {items.map((c) => (
        <CommitmentItem
          key={c.id}
          commitment={c}
          all={visible}
          now={props.now}
          timeZone={props.timeZone}
          actions={props.actions}
          {...(props.timings?.get(c.id) ? { timing: props.timings.get(c.id)! } : {})}
          dueOf={(o) => effectiveDueAt(o, props.timings)}
        />
      ))}
    </ul>
  );
  if (props.view === 'timeline')
    return (
      <>
        {orphanList}
        {render(visible)}
      </>
    );
  return (
    <>
      {orphanList}
      {PARTIES.map((party) => {
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
