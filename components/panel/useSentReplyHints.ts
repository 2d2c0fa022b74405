// "When the reply is sent, added suggestions stay, unadded ones are offered once more": watches the
// reply draft and the thread (utils/suggestions/draft-sent.ts says what counts as sent) and keeps the
// hints the agent left open on the reply that went out, until they are added or dismissed, the next
// reply is sent, or the conversation changes. In memory only, like every hint on the draft.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CommitmentDraft, ParseContext } from '@/utils/commitments/types';
import type { PageMessage } from '@/utils/messaging/protocol';
import type { DraftHint } from '@/utils/suggestions/draft-coach';
import { offeredAgain, replySent, stillOpen, type ReplyMoment } from '@/utils/suggestions/draft-sent';

interface Seen {
  conversationKey: string | null;
  moment: ReplyMoment;
  hints: DraftHint[];
}

const NO_MESSAGES: readonly PageMessage[] = [];

export function useSentReplyHints(opts: {
  conversationKey: string | null;
  /** "Read my reply as I write it": off, the draft reads empty without having been sent. */
  enabled: boolean;
  draftText: string;
  hints: DraftHint[];
  /** The thread's messages; null while they are not read (no conversation, or a switch told before its messages). */
  messages: readonly PageMessage[] | null;
  commitments: ReadonlyArray<Pick<CommitmentDraft, 'party' | 'action'> & { deletedAt: number | null }>;
  context: Omit<ParseContext, 'now'>;
}) {
  const { conversationKey, enabled, draftText, hints, commitments, context } = opts;
  const existing = useMemo(() => commitments.filter((c) => c.deletedAt === null), [commitments]);
  const unread = opts.messages === null;
  const messages = opts.messages ?? NO_MESSAGES;
  const [sent, setSent] = useState<DraftHint[]>([]);
  const [dismissed, setDismissed] = useState<Set<string>>(new Set());
  const last = useRef<Seen | null>(null);

  useEffect(() => {
    const now: Seen = { conversationKey, moment: { draft: draftText, messages }, hints };
    const before = last.current;
    // Messages not read yet are no moment to compare with: the first read ones (all of them) are
    // not new messages of the thread.
    last.current = unread ? null : now;
    if (!before || before.conversationKey !== conversationKey) {
      setSent([]);
      setDismissed(new Set());
      return;
    }
    if (unread) return;
    // Switched off, nothing of the reply is shown, and a draft emptied by switching off (which can
    // arrive just before the setting) offers nothing.
    if (!enabled) {
      setSent([]);
      return;
    }
    if (replySent(before.moment, now.moment)) {
      const ctx = { ...context, now: new Date() };
      setSent(offeredAgain(before.hints, (hint) => stillOpen(hint, existing, ctx)));
      setDismissed(new Set());
    }
    // The ledger and the context are read at the moment of sending only (not deps on purpose).
  }, [conversationKey, enabled, draftText, messages, unread, hints]);

  const open = useMemo(() => {
    const ctx = { ...context, now: new Date() };
    return sent.filter((hint) => !dismissed.has(hint.key) && stillOpen(hint, existing, ctx));
  }, [sent, dismissed, existing, context]);

  return {
    hints: open,
    dismiss: (hint: DraftHint) => setDismissed((d) => new Set(d).add(hint.key)),
  };
}
