// The toolbar popup: what is overdue, due today and coming up, across every conversation.
import { useCallback, useEffect, useState } from 'react';
import type { CommitmentRecord, ConversationRecord } from '@/utils/ledger/types';
import { createLedgerClient } from '@/utils/messaging/ledger-client';
import { onMessage } from '@/utils/messaging/protocol';
import { describeError } from '@/utils/errors';
import { formatDueShort } from '@/utils/format/due';
import { PartyChip } from '../panel/PartyChip';
import { groupForPopup, type PopupGroups } from './groups';

const ledger = createLedgerClient();
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

interface Loaded {
  groups: PopupGroups;
  conversations: Map<string, ConversationRecord>;
}

export function PopupApp() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const now = Date.now();
      const open = await ledger.listOpen();
      const ids = [...new Set(open.map((c) => c.conversationId))];
      const conversations = new Map<string, ConversationRecord>();
      (await ledger.getConversations(ids)).forEach((c) => c && conversations.set(c.id, c));
      setLoaded({ groups: groupForPopup(open, now, timeZone), conversations });
      setError(null);
    } catch (e) {
      setError(`Couldn't read the ledger: ${describeError(e)}`);
    }
  }, []);

  useEffect(() => {
    void load();
    return onMessage('ledger:changed', () => void load());
  }, [load]);

  return (
    <main className="popup">
      <h1>Commitments</h1>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {!loaded && !error && <p className="muted">Loading…</p>}
      {loaded && (
        <>
          <Section title="Overdue" className="overdue" items={loaded.groups.overdue} conversations={loaded.conversations} />
          <Section title="Due today" items={loaded.groups.today} conversations={loaded.conversations} />
          <Section title="Next 7 days" items={loaded.groups.upcoming} conversations={loaded.conversations} />
          <Section title="Later or no date" items={loaded.groups.later} conversations={loaded.conversations} />
          {loaded.groups.total === 0 && <p className="muted">No open commitments. Notes you take in a conversation appear here.</p>}
        </>
      )}
    </main>
  );
}

function Section(props: { title: string; className?: string; items: CommitmentRecord[]; conversations: Map<string, ConversationRecord> }) {
  if (props.items.length === 0) return null;
  return (
    <section aria-label={props.title}>
      <h2 className={props.className}>
        {props.title} ({props.items.length})
      </h2>
      <ul>
        {props.items.map((c) => {
          const conversation = props.conversations.get(c.conversationId);
          return (
            <li key={c.id} data-testid="popup-commitment">
              <PartyChip party={c.party} />
              <div className="row-body">
                <p className="row-text">{c.text}</p>
                <p className="row-meta">
                  {c.dueAt !== null ? formatDueShort(c.dueAt, timeZone) : 'no date'}
                  {conversation && ` · ${conversation.customerName ?? conversation.customerEmail ?? ''} · ${conversation.subject}`}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
