// The conversation's commitments, by party or as one timeline. The list is one tab stop (roving
// tabindex): arrows, Home/End and the digits 1–9 move through its items, and each item has single
// keys of its own (CommitmentItem's ITEM_KEYS), listed in the "?" help.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { DependencyTiming } from '@/utils/commitments/dependency-due';
import { PARTIES } from '@/utils/commitments/types';
import type { CommitmentRecord } from '@/utils/ledger/types';
import { t } from '@/utils/i18n';
import type { I18nKey } from '@/utils/i18n-keys';
import { askPage } from '@/utils/messaging/protocol';
import { CommitmentItem, InlineEdit, type CommitmentActions } from './CommitmentItem';
import { PartyChip } from './PartyChip';
import { partyLabel } from './party-label';
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
  const visible = props.commitments
    .filter((c) => c.deletedAt === null && c.status !== 'cancelled')
    .sort((a, b) => byDue(a, b, effectiveDueAt(a, props.timings), effectiveDueAt(b, props.timings)));
  // The items in the order they are shown (by party, the agent's first), for the arrows and digits.
  const shown = props.view === 'timeline' ? visible : PARTIES.flatMap((party) => visible.filter((c) => (c.party ?? 'agent') === party));
  const [activeId, setActiveId] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const activeIndex = Math.max(
    0,
    shown.findIndex((c) => c.id === activeId),
  );
  const tabStop = shown[activeIndex]?.id ?? null;
  const focusItem = (index: number) => {
    const target = shown[Math.min(Math.max(index, 0), shown.length - 1)];
    if (!target) return;
    setActiveId(target.id);
    box.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(target.id)}"]`)?.focus();
  };
  // The focused item went away (deleted, done elsewhere): focus moves to the one now in its place.
  const lastIndex = useRef(0);
  useEffect(() => {
    const active = document.activeElement;
    const lost = !active || active === document.body;
    if (activeId !== null && !shown.some((c) => c.id === activeId) && lost && shown.length > 0) focusItem(lastIndex.current);
    else lastIndex.current = activeIndex;
  });
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const item = e.target instanceof HTMLElement && e.target.matches('[data-item-id]') ? e.target : null;
    if (!item || e.altKey || e.ctrlKey || e.metaKey) return;
    const index = shown.findIndex((c) => c.id === item.dataset.itemId);
    const move: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: shown.length - 1 };
    let next = move[e.key];
    if (/^[1-9]$/.test(e.key)) next = Number(e.key) - 1;
    if (next !== undefined) {
      e.preventDefault();
      focusItem(next);
    } else if (e.key === '?') {
      e.preventDefault();
      setHelp((h) => !h);
    } else if (e.key === 'Escape') {
      // Back to where the agent was on the page (the reply, the thread list).
      e.preventDefault();
      void askPage('page:return-focus', undefined).catch(() => undefined);
    }
  };
  const helpBox = (
    <div className="list-help">
      <button type="button" className="help-toggle" aria-expanded={help} aria-controls="list-keys" onClick={() => setHelp((h) => !h)}>
        {t('listKeysButton')}
      </button>
      {help && (
        <dl id="list-keys" className="list-keys" aria-label={t('listKeysTitle')}>
          {LIST_KEYS.map(([keys, what]) => (
            <div key={keys}>
              <dt>{keys}</dt>
              <dd>{t(what)}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
  // Edits whose commitment another tab deleted: shown first, with the agent's words, until resolved.
  const orphans = Object.entries(editing).flatMap(([id, edit]) =>
    edit.deleted && !visible.some((c) => c.id === id) ? [{ id, edit, record: edit.deleted }] : [],
  );
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
          tabIndex={c.id === tabStop ? 0 : -1}
          onFocus={() => setActiveId(c.id)}
        />
      ))}
    </ul>
  );
  if (props.view === 'timeline')
    return (
      <div ref={box} onKeyDown={onKeyDown}>
        {helpBox}
        {orphanList}
        {render(visible)}
      </div>
    );
  return (
    <div ref={box} onKeyDown={onKeyDown}>
      {helpBox}
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
    </div>
  );
}

/** The "?" help: the list's keys and what each does. */
const LIST_KEYS: Array<[string, I18nKey]> = [
  ['↑ ↓ Home End', 'keysMove'],
  ['1–9', 'keysJump'],
  ['D', 'keysDone'],
  ['E, Enter', 'keysEdit'],
  ['R', 'keysReschedule'],
  ['L', 'keysLink'],
  ['Delete', 'keysDelete'],
  ['Esc', 'keysEscape'],
  ['Alt+P', 'keysParty'],
  ['?', 'keysHelp'],
];
