// One commitment: its words, deadline and state, with done / reopen, inline edit, reschedule,
// "depends on" and delete.
import { useRef, useState } from 'react';
import type { DependencyTiming } from '@/utils/commitments/dependency-due';
import type { CommitmentRecord } from '@/utils/ledger/types';
import { dueState, formatDueShort, relativeDue } from '@/utils/format/due';
import { t } from '@/utils/i18n';
import { PartyChip } from './PartyChip';

export interface CommitmentActions {
  complete(id: string): void;
  reopen(id: string): void;
  remove(id: string): void;
  /** The agent rewrote the words: re-read them (party, deadline, conditions) and save. */
  edit(id: string, text: string): void;
  /** Returns false when the words are not a deadline (the editor stays open with a hint). */
  reschedule(id: string, when: string): Promise<boolean>;
  link(id: string, dependsOn: string[]): void;
}

type Mode = 'view' | 'edit' | 'reschedule' | 'link';

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
}) {
  const { commitment: c, actions, timing } = props;
  // The date shown follows the link: "within 1 business day" of Wednesday is Thursday.
  const dueAt = timing ? (timing.due ? Date.parse(timing.due.at) : null) : c.dueAt;
  const beforeDependency = c.status === 'open' && timing?.kind === 'before';
  const [mode, setModeState] = useState<Mode>('view');
  const menu = useRef<HTMLDetailsElement>(null);
  const setMode = (next: Mode) => {
    // Choosing anything closes the ⋯ menu.
    if (menu.current) menu.current.open = false;
    setModeState(next);
  };
  const state = c.status === 'done' ? 'done' : beforeDependency ? 'overdue' : dueState(dueAt, props.now);
  const waitsFor = c.dependsOn.map((id) => props.all.find((o) => o.id === id)).filter((o): o is CommitmentRecord => Boolean(o));

  return (
    <li className={`item item-${state}`} data-testid="commitment">
      <PartyChip party={c.party} />
      <div className="item-body">
        {mode === 'edit' ? (
          <LineEditor
            label={t('editLabel')}
            initial={c.text}
            onSave={(text) => {
              actions.edit(c.id, text);
              setMode('view');
            }}
            onCancel={() => setMode('view')}
          />
        ) : (
          <p className="item-text">{c.text}</p>
        )}
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
              aria-label={t('actionLinkLabel', c.text)}
              value={c.dependsOn[0] ?? ''}
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
          <button type="button" onClick={() => actions.reopen(c.id)} aria-label={t('actionReopenLabel', c.text)}>
            {t('actionReopen')}
          </button>
        ) : (
          <button type="button" onClick={() => actions.complete(c.id)} aria-label={t('actionDoneLabel', c.text)}>
            {t('actionDone')}
          </button>
        )}
        <details className="item-more" ref={menu}>
          <summary aria-label={`${t('actionEdit')}…`}>⋯</summary>
          <div className="item-menu">
            <button type="button" onClick={() => setMode('edit')} aria-label={t('actionEditLabel', c.text)}>
              {t('actionEdit')}
            </button>
            <button type="button" onClick={() => setMode('reschedule')} aria-label={t('actionRescheduleLabel', c.text)}>
              {t('actionReschedule')}
            </button>
            <button type="button" onClick={() => setMode('link')} aria-label={t('actionLinkLabel', c.text)}>
              {t('actionLink')}
            </button>
            <button
              type="button"
              onClick={() => {
                setMode('view');
                actions.remove(c.id);
              }}
              aria-label={t('actionDeleteLabel', c.text)}
            >
              {t('actionDelete')}
            </button>
          </div>
        </details>
      </div>
    </li>
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
