// The panel beside a conversation: quick entry, the list, the customer's track record.
import { useEffect, useMemo, useState } from 'react';
import type { CommitmentDraft } from '@/utils/commitments/types';
import { describeError } from '@/utils/errors';
import { connectPanel, ledger } from './connection';
import { CommitmentList, type CommitmentActions } from './CommitmentList';
import { QuickEntry } from './QuickEntry';
import { usePanelStore } from './store';
import { TrackRecordLine } from './TrackRecordLine';

const agentTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

export function PanelApp() {
  const page = usePanelStore((s) => s.page);
  const commitments = usePanelStore((s) => s.commitments);
  const trackRecord = usePanelStore((s) => s.trackRecord);
  const view = usePanelStore((s) => s.view);
  const notice = usePanelStore((s) => s.notice);
  const lastDeleted = usePanelStore((s) => s.lastDeleted);
  const { notify, clearNotice, setView, setLastDeleted } = usePanelStore.getState();
  const [focusSignal, setFocusSignal] = useState(0);
  const [now, setNow] = useState(() => Date.now());

  useEffect(
    () =>
      connectPanel((command) => {
        if (command === 'focus-entry') setFocusSignal((n) => n + 1);
      }),
    [],
  );
  // Overdue / due-soon colours move with the clock.
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);

  const conversation = page?.kind === 'conversation' ? page.conversation : null;
  const context = useMemo(
    () => ({
      timeZone: agentTimeZone,
      ...(conversation?.customerTimeZone ? { customerTimeZone: conversation.customerTimeZone } : {}),
      ...(conversation?.customerName ? { customerName: conversation.customerName } : {}),
    }),
    [conversation?.customerTimeZone, conversation?.customerName],
  );

  const run = async (what: string, action: () => Promise<unknown>): Promise<boolean> => {
    try {
      await action();
      return true;
    } catch (error) {
      notify('error', `${what} failed: ${describeError(error)}. Nothing was lost; try again.`);
      return false;
    }
  };

  const add = async (draft: CommitmentDraft): Promise<boolean> => {
    if (!conversation) return false;
    const ok = await run('Saving', () => ledger.addCommitment({ conversation, draft, source: 'typed' }));
    if (ok) clearNotice();
    return ok;
  };

  const actions: CommitmentActions = {
    complete: (id) => void run('Marking done', () => ledger.complete(id)),
    reopen: (id) => void run('Reopening', () => ledger.reopen(id)),
    remove: (id) =>
      void run('Deleting', async () => {
        await ledger.remove(id);
        setLastDeleted(id);
      }),
  };

  return (
    <main className="panel">
      <header className="panel-header">
        <h1>Commitments</h1>
        {conversation ? (
          <p className="conversation" title={conversation.subject}>
            {conversation.subject || '(no subject)'}
            {conversation.customerName && <span className="muted"> · {conversation.customerName}</span>}
          </p>
        ) : (
          <p className="conversation muted">{page?.kind === 'no-conversation' ? page.reason : 'Reading the page…'}</p>
        )}
        {trackRecord && <TrackRecordLine record={trackRecord} />}
      </header>
      {notice && (
        <p className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
      {page?.kind === 'conversation' && page.problems.length > 0 && (
        <ul className="problems" aria-label="What the panel could not find">
          {page.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {conversation && (
        <>
          <QuickEntry context={context} focusSignal={focusSignal} onAdd={add} />
          {lastDeleted && (
            <p className="notice notice-info" role="status">
              Deleted.{' '}
              <button
                type="button"
                onClick={() =>
                  void run('Undo', async () => {
                    await ledger.undoRemove(lastDeleted);
                    setLastDeleted(null);
                  })
                }
              >
                Undo
              </button>
            </p>
          )}
          <div className="view-switch" role="group" aria-label="List view">
            <button type="button" aria-pressed={view === 'by-party'} onClick={() => setView('by-party')}>
              By party
            </button>
            <button type="button" aria-pressed={view === 'timeline'} onClick={() => setView('timeline')}>
              Timeline
            </button>
          </div>
          <CommitmentList commitments={commitments} view={view} now={now} timeZone={agentTimeZone} actions={actions} />
        </>
      )}
    </main>
  );
}
