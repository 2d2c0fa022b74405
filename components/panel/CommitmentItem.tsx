// One commitment: its words, deadline and state, with done / reopen, inline edit, reschedule,
// "depends on" and delete.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { DependencyTiming } from '@/utils/commitments/dependency-due';
import type { CommitmentRecord } from '@/utils/ledger/types';
import { dueState, formatDueShort, relativeDue } from '@/utils/format/due';
import { t } from '@/utils/i18n';
import { revisionOf } from '@/utils/ledger/revisions';
import { PartyChip } from './PartyChip';
import { usePanelStore, type EditState } from './store';

export interface CommitmentActions {
  complete(id: string): void;
  reopen(id: string): void;
  remove(id: string): void;
  /**
   * The agent rewrote the words: re-read them (party, deadline, conditions) and save, based on the
   * revision the editor was opened on (the store's edit state holds the words until it is saved).
   */
  saveEdit(id: string): Promise<void>;
  /** A newer version came from another tab: save the agent's words over it anyway. */
  keepMine(id: string): Promise<void>;
  /** Another tab deleted it during the edit: bring it back with the agent's words. */
  restoreWithMine(id: string): Promise<void>;
  /** Returns false when the words are not a deadline (the editor stays open with a hint). */
  reschedule(id: string, when: string): Promise<boolean>;
  link(id: string, dependsOn: string[]): void;
}

type Mode = 'view' | 'reschedule' | 'link';

export function CommitmentItem(props: {
  commitment: CommitmentRecord;
  all: CommitmentRecord[];
  now: number;
  timeZone: string;
  actions: CommitmentActions;
  /** Its deadline as its depends-on links give it (counted from, before, waiting). */
  timing?: DependencyTiming;
  /** Another commitment's deadline as the list shows it (its own links followed). */
  dueOf?: (other: CommitmentRecord) => number | null;
  /** Roving tabindex: 0 for the list's one tab stop, -1 for the others (CommitmentList moves it). */
  tabIndex?: 0 | -1;
  onFocus?: () => void;
}) {
  const { commitment: c, actions, timing } = props;
  // The date shown follows the link: "within 1 business day" of Wednesday is Thursday.
  const dueAt = timing ? (timing.due ? Date.parse(timing.due.at) : null) : c.dueAt;
  const beforeDependency = c.status === 'open' && timing?.kind === 'before';
  const [mode, setModeState] = useState<Mode>('view');
  // The inline edit lives in the store: it outlives this row (a delete in another tab) and a failed save.
  const edit = usePanelStore((s) => s.editing[c.id]);
  const { startEdit, endEdit } = usePanelStore.getState();
  const menu = useRef<HTMLDetailsElement>(null);
  const setMode = (next: Mode | 'edit') => {
    // Choosing anything closes the ⋯ menu.
    if (menu.current) menu.current.open = false;
    if (next === 'edit') {
      startEdit(c);
      setModeState('view');
    } else {
      endEdit(c.id);
      setModeState(next);
    }
  };
  // Focus stays on the item after an edit, a reschedule or a link is saved or cancelled: the input it
  // was in is gone, and without this the focus would fall to the panel's body.
  const row = useRef<HTMLLIElement>(null);
  const open = Boolean(edit) || mode !== 'view';
  const wasOpen = useRef(open);
  useEffect(() => {
    const active = document.activeElement;
    if (wasOpen.current && !open && (!active || active === document.body || row.current?.contains(active))) row.current?.focus();
    wasOpen.current = open;
  }, [open]);

  /** The item's own keys, when the item itself has focus (never while typing in its inputs). */
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
    const command = ITEM_KEYS[e.key];
    if (!command) return;
    e.preventDefault();
    e.stopPropagation();
    if (command === 'done') {
      if (c.status === 'done') actions.reopen(c.id);
      else actions.complete(c.id);
    } else if (command === 'delete') actions.remove(c.id);
    else setMode(command);
  };
  const state = c.status === 'done' ? 'done' : beforeDependency ? 'overdue' : dueState(dueAt, props.now);
  const waitsFor = c.dependsOn.map((id) => props.all.find((o) => o.id === id)).filter((o): o is CommitmentRecord => Boolean(o));

  return (
    <li
      className={`item item-${state}`}
      data-testid="commitment"
      data-item-id={c.id}
      ref={row}
      tabIndex={props.tabIndex ?? -1}
      aria-keyshortcuts="D E R L Delete"
      onFocus={(e) => e.target === e.currentTarget && props.onFocus?.()}
      onKeyDown={onKeyDown}
    >
      <PartyChip party={c.party} />
      <div className="item-body">
        {edit ? <InlineEdit id={c.id} edit={edit} current={c} actions={actions} /> : <p className="item-text">{c.text}</p>}
        <p className="item-due">
          {dueAt !== null ? (
            <>
              {formatDueShort(dueAt, props.timeZone)} <span className="muted">({relativeDue(dueAt, props.now)})</span>
            </>
          ) : (
            <span className="muted">{timing?.kind === 'waiting' ? t('itemDateFollows') : t('itemNoDate')}</span>
          )}
          {beforeDependency && (
            <span className="badge badge-overdue" data-testid="before-dependency">
              {t('itemBeforeDependency')}
            </span>
          )}
          {state === 'overdue' && <span className="badge badge-overdue">{t('itemOverdue')}</span>}
          {state === 'soon' && <span className="badge badge-soon">{t('itemDueSoon')}</span>}
          {c.status === 'done' && <span className="badge badge-done">{t('itemDone')}</span>}
        </p>
        {waitsFor.length > 0 && (
          <p className="item-depends">
            {t('itemWaitsFor')}{' '}
            {waitsFor
              .map((o) => {
                const at = props.dueOf ? props.dueOf(o) : o.dueAt;
                return at !== null ? `${o.text} (${t('itemWaitsForDue', formatDueShort(at, props.timeZone))})` : o.text;
              })
              .join('; ')}
            {timing?.kind === 'relative' && <span className="muted"> · {t('itemCountedFrom')}</span>}
          </p>
        )}
        {mode === 'reschedule' && (
          <LineEditor
            label={t('rescheduleLabel')}
            placeholder={t('reschedulePlaceholder')}
            initial=""
            onSave={async (when) => {
              if (await actions.reschedule(c.id, when)) setMode('view');
            }}
            onCancel={() => setMode('view')}
          />
        )}
        {mode === 'link' && (
          <label className="link-select">
            {t('actionLink')}
            <select
              aria-label={t('actionLinkLabel', itemName(c.text))}
              value={c.dependsOn[0] ?? ''}
              autoFocus
              onKeyDown={(e) => {
                if (e.key === 'Escape') setMode('view');
              }}
              onChange={(e) => {
                actions.link(c.id, e.target.value ? [e.target.value] : []);
                setMode('view');
              }}
            >
              <option value="">{t('linkNone')}</option>
              {props.all
                .filter((o) => o.id !== c.id)
                .map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.text}
                  </option>
                ))}
            </select>
          </label>
        )}
      </div>
      <div className="item-actions">
        {c.status === 'done' ? (
          <button type="button" onClick={() => actions.reopen(c.id)} aria-label={t('actionReopenLabel', itemName(c.text))}>
            {t('actionReopen')}
          </button>
        ) : (
          <button type="button" onClick={() => actions.complete(c.id)} aria-label={t('actionDoneLabel', itemName(c.text))}>
            {t('actionDone')}
          </button>
        )}
        <details className="item-more" ref={menu}>
          <summary aria-label={t('actionMoreLabel', itemName(c.text))}>⋯</summary>
          <div className="item-menu">
            <button type="button" onClick={() => setMode('edit')} aria-label={t('actionEditLabel', itemName(c.text))}>
              {t('actionEdit')}
            </button>
            <button type="button" onClick={() => setMode('reschedule')} aria-label={t('actionRescheduleLabel', itemName(c.text))}>
              {t('actionReschedule')}
            </button>
            <button type="button" onClick={() => setMode('link')} aria-label={t('actionLinkLabel', itemName(c.text))}>
              {t('actionLink')}
            </button>
            <button
              type="button"
              onClick={() => {
                setMode('view');
                actions.remove(c.id);
              }}
              aria-label={t('actionDeleteLabel', itemName(c.text))}
            >
              {t('actionDelete')}
            </button>
          </div>
        </details>
      </div>
    </li>
  );
}

/** The single keys of a focused item (listed in the list's "?" help). */
export const ITEM_KEYS: Record<string, 'done' | 'edit' | 'reschedule' | 'link' | 'delete' | undefined> = {
  d: 'done',
  e: 'edit',
  Enter: 'edit',
  r: 'reschedule',
  l: 'link',
  Delete: 'delete',
};

/** An item's words as a button's name says them: whole when short, else cut at a word with "…". */
export function itemName(text: string, max = 48): string {
  const words = text.trim().replace(/\s+/g, ' ');
  if (words.length <= max) return words;
  const cut = words.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * The words being edited, with what happened meanwhile elsewhere: a newer version (keep yours / keep
 * theirs), or a delete (restore with my words / discard). The agent's words stay until they are saved
 * or discarded, a failed save included.
 */
export function InlineEdit(props: { id: string; edit: EditState; current: CommitmentRecord; actions: CommitmentActions }) {
  const { id, edit, actions } = props;
  const { updateEdit, endEdit } = usePanelStore.getState();
  // A newer revision than the one the editor opened on: refused on save, so say it now.
  const conflict = edit.conflict ?? (!edit.deleted && revisionOf(props.current) !== edit.baseRevision ? props.current : null);
  const input = (
    <input
      aria-label={t('editLabel')}
      value={edit.text}
      autoFocus
      // The words are selected on opening: typing replaces them, End or an arrow keeps them.
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => updateEdit(id, { text: e.target.value })}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !conflict && !edit.deleted && edit.text.trim()) void actions.saveEdit(id);
        if (e.key === 'Escape') endEdit(id);
      }}
    />
  );
  if (edit.deleted) {
    return (
      <div className="edit-conflict" role="alert" data-testid="edit-deleted">
        <p>{t('editDeletedElsewhere')}</p>
        <div className="line-editor">{input}</div>
        <div className="line-editor">
          <button type="button" onClick={() => void actions.restoreWithMine(id)}>
            {t('editRestoreMine')}
          </button>
          <button type="button" onClick={() => endEdit(id)}>
            {t('editDiscard')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div>
      <div className="line-editor">
        {input}
        {!conflict && (
          <>
            <button type="button" onClick={() => edit.text.trim() && void actions.saveEdit(id)}>
              {t('save')}
            </button>
            <button type="button" onClick={() => endEdit(id)}>
              {t('cancel')}
            </button>
          </>
        )}
      </div>
      {conflict && (
        <div className="edit-conflict" role="alert" data-testid="edit-conflict">
          <p>{t('editConflict')}</p>
          <p className="muted">{t('editTheirs', conflict.text)}</p>
          <div className="line-editor">
            <button type="button" onClick={() => void actions.keepMine(id)}>
              {t('editKeepYours')}
            </button>
            <button type="button" onClick={() => endEdit(id)}>
              {t('editKeepTheirs')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

function LineEditor(props: {
  label: string;
  initial: string;
  placeholder?: string;
  onSave(value: string): void | Promise<void>;
  onCancel(): void;
}) {
  const [value, setValue] = useState(props.initial);
  const save = () => {
    if (value.trim()) void props.onSave(value.trim());
  };
  return (
    <div className="line-editor">
      <input
        aria-label={props.label}
        placeholder={props.placeholder}
        value={value}
        autoFocus
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') save();
          if (e.key === 'Escape') props.onCancel();
        }}
      />
      <button type="button" onClick={save}>
        {t('save')}
      </button>
      <button type="button" onClick={props.onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}
