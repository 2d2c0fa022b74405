// The panel beside a conversation: quick entry, suggestions from the conversation, the list, the
// customer's track record, and the summary for the reply.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { resolveDue } from '@/utils/commitments';
import { effectiveDeadlines } from '@/utils/commitments/dependency-due';
import type { CommitmentDraft, ParseContext } from '@/utils/commitments/types';
import { describeError } from '@/utils/errors';
import { t } from '@/utils/i18n';
import { isLedgerError } from '@/utils/ledger/errors';
import { conversationIdOf } from '@/utils/ledger/ids';
import { withRetry } from '@/utils/ledger/retry';
import { staleCurrent } from '@/utils/ledger/revisions';
import type { CommitmentPatch, ConversationInfo, WriteOptions } from '@/utils/ledger/types';
import { askPage, type PageProblem } from '@/utils/messaging/protocol';
import type { I18nKey } from '@/utils/i18n-keys';
import type { SummaryProblem } from '@/utils/summary';
import { summarizeConversation } from '@/utils/summary/from-records';
import { deliveriesForLedger, suggestCommitments, suggestionKey, withoutDelivered, type LedgerDelivery, type Suggestion } from '@/utils/suggestions';
import { dismissSuggestion, dismissedFor } from '@/utils/suggestions/dismissed';
import { useSettings } from '../common/useSettings';
import { copySummary } from './clipboard';
import { PanelMenu } from './PanelMenu';
import { connectPanel, ledger, reloadCommitments } from './connection';
import { CommitmentList, type CommitmentActions } from './CommitmentList';
import { QuickEntry, readNote } from './QuickEntry';
import { checkSeen, watchSeen } from './seen';
import { usePanelStore } from './store';
import { Suggestions } from './Suggestions';
import { DraftCoach } from './DraftCoach';
import { useReplyRewrite } from './useReplyRewrite';
import { useSentReplyHints } from './useSentReplyHints';
import { coachDraft, fromRewording, type DraftHint } from '@/utils/suggestions/draft-coach';
import { ownDraftText } from '@/utils/page-session/reply-draft';
import { SummarySection, type PreInsertAnswer, type SummaryContent } from './SummarySection';
import { TrackRecordLine } from './TrackRecordLine';

export function PanelApp() {
  const settings = useSettings();
  const page = usePanelStore((s) => s.page);
  const tabId = usePanelStore((s) => s.tabId);
  const commitments = usePanelStore((s) => s.commitments);
  const trackRecord = usePanelStore((s) => s.trackRecord);
  const view = usePanelStore((s) => s.view);
  const notice = usePanelStore((s) => s.notice);
  const lastDeleted = usePanelStore((s) => s.lastDeleted);
  const editingSuggestion = usePanelStore((s) => s.editingSuggestion);
  const { notify, clearNotice, setView, setLastDeleted, editSuggestion, clearEditingSuggestion } = usePanelStore.getState();
  const [focusSignal, setFocusSignal] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const [dismissed, setDismissed] = useState<Set<string>>(new Set());
  // Hints on the reply draft the agent dismissed: in memory only, nothing of the draft is stored.
  const [dismissedDraftHints, setDismissedDraftHints] = useState<Set<string>>(new Set());
  const replyDraft = usePanelStore((s) => s.replyDraft);
  // Items the agent chose to keep without a usable date, and problems already asked about (asked once).
  const [kept, setKept] = useState<Set<string>>(new Set());
  const [answered, setAnswered] = useState<Set<string>>(new Set());
  const [asking, setAsking] = useState<{ problems: SummaryProblem[]; then: 'insert' | 'text' | 'html' } | null>(null);
  const [storedZone, setStoredZone] = useState<string | null>(null);

  const pageConversation = page?.kind === 'conversation' ? page.conversation : null;
  const conversationId = pageConversation ? conversationIdOf(pageConversation) : null;
  // The host page's customer zone wins; else the one the agent chose for this conversation.
  const conversation = useMemo(
    () =>
      pageConversation && !pageConversation.customerTimeZone && storedZone
        ? { ...pageConversation, customerTimeZone: storedZone }
        : pageConversation,
    [pageConversation, storedZone],
  );

  useEffect(() => {
    setKept(new Set());
    setAnswered(new Set());
    setAsking(null);
    setStoredZone(null);
    if (!conversationId) return;
    let live = true;
    ledger
      .getConversation(conversationId)
      .then((record) => {
        if (live) setStoredZone(record?.customerTimeZone ?? null);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [conversationId]);

  // Overdue / due-soon colours move with the clock.
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    if (conversationId) void dismissedFor(conversationId).then(setDismissed);
  }, [conversationId]);

  const context = useMemo<Omit<ParseContext, 'now'>>(
    () => ({
      timeZone: settings.timeZone,
      workday: settings.workday,
      ...(settings.agentName ? { agentName: settings.agentName } : {}),
      ...(conversation?.customerTimeZone ? { customerTimeZone: conversation.customerTimeZone } : {}),
      ...(conversation?.customerName ? { customerName: conversation.customerName } : {}),
    }),
    [settings.timeZone, settings.workday, settings.agentName, conversation?.customerTimeZone, conversation?.customerName],
  );

  const summary = useMemo<SummaryContent | null>(
    () => (conversation ? summarizeConversation(commitments, conversation, settings, now, kept) : null),
    [commitments, conversation, settings, now, kept],
  );
  // Deadlines that follow their depends-on links, for the list (the summary derives the same).
  const timings = useMemo(
    () => effectiveDeadlines(commitments, { timeZone: settings.timeZone, workday: settings.workday }),
    [commitments, settings.timeZone, settings.workday],
  );
  const problemKey = (p: SummaryProblem) => `${p.id ?? p.action}:${p.kind}`;
  /** Problems not yet asked about, which would leave the customer without a usable date. */
  const unanswered = useCallback(
    (content: SummaryContent | null) => (content?.problems ?? []).filter((p) => !p.kept && !answered.has(problemKey(p))),
    [answered],
  );

  const suggestions = useMemo<Suggestion[]>(() => {
    if (page?.kind !== 'conversation') return [];
    const live = commitments.filter((c) => c.deletedAt === null);
    return suggestCommitments(page.messages, { ...context, now: new Date(now) }, { existing: live, dismissed });
  }, [page, commitments, context, dismissed, now]);

  // Only a draft read in this conversation counts: a push from before a thread switch is ignored.
  // The content script left out quotes, signature blocks and a summary in the default wording; the
  // agent's own templates, names and signature live in the settings, which only extension pages may
  // read, so the panel leaves out a summary in the agent's wording here.
  const ownDraft = replyDraft && conversation && replyDraft.conversationKey === `${conversation.host}:${conversation.key}` ? replyDraft.text : '';
  const draftText = useMemo(
    () =>
      ownDraft
        ? ownDraftText(ownDraft, {
            summaryTemplates: settings.summaryTemplates,
            signature: settings.signature,
            names: { ...(settings.agentName ? { agentName: settings.agentName } : {}), ...(conversation?.customerName ? { customerName: conversation.customerName } : {}) },
          })
        : '',
    [ownDraft, settings.summaryTemplates, settings.signature, settings.agentName, conversation?.customerName],
  );
  const draftHints = useMemo<DraftHint[]>(() => {
    if (!draftText || !settings.readDraft) return [];
    const live = commitments.filter((c) => c.deletedAt === null);
    return coachDraft(draftText, { ...context, now: new Date() }, { existing: live, dismissed: dismissedDraftHints });
  }, [draftText, settings.readDraft, commitments, context, dismissedDraftHints]);

  // Sent: the hints left open on the reply that went out are offered once more.
  const sentReply = useSentReplyHints({
    conversationKey: conversation ? `${conversation.host}:${conversation.key}` : null,
    enabled: settings.readDraft,
    draftText,
    hints: draftHints,
    messages: page?.kind === 'conversation' ? page.messages : null,
    commitments,
    context,
  });
  const hintCount = draftHints.length + sentReply.hints.length;
  const replyRewrite = useReplyRewrite({ tabId, conversation, notify });

  // A quiet count on the collapsed panel's handle; a page that cannot be reached just shows none.
  useEffect(() => {
    if (tabId !== null) askPage('page:draft-hints', hintCount).catch(() => undefined);
  }, [hintCount, tabId]);

  const deliveries = useMemo<LedgerDelivery[]>(
    () => (page?.kind === 'conversation' ? deliveriesForLedger(page.messages, commitments) : []),
    [page, commitments],
  );

  const run = useCallback(
    async (what: string, action: () => Promise<unknown>): Promise<boolean> => {
      try {
        await action();
        return true;
      } catch (error) {
        notify('error', t('errorAction', what, describeError(error)));
        return false;
      }
    },
    [notify],
  );

  /** Insert, copy, done and delete act only when the panel is really seen (./seen.ts). */
  const seen = useCallback(
    async (via: 'click' | 'keyboard' = 'click'): Promise<boolean> => {
      const verdict = await checkSeen(tabId, via);
      if (!verdict.ok) notify('error', t('panelNotSeen', verdict.reasons.join('; ')));
      return verdict.ok;
    },
    [tabId, notify],
  );
  const mainRef = useRef<HTMLElement>(null);
  useEffect(() => (mainRef.current ? watchSeen(mainRef.current) : undefined), []);

  // An update found no earlier summary to replace: the reason, while the panel asks whether to add another.
  const [askAnother, setAskAnother] = useState<string | null>(null);

  type InsertMode = 'update' | 'add';
  type Via = 'click' | 'keyboard';

  const insertContent = useCallback(
    async (content: SummaryContent, mode: InsertMode = 'update', via: Via = 'click') => {
      if (tabId === null) return;
      setAskAnother(null);
      if (!(await seen(via))) return;
      try {
        const result = await askPage('page:insert', { text: content.text, html: content.html, mode });
        if (result.ok) {
          notify('info', t(result.previous === 'replaced' ? 'summaryUpdated' : 'summaryInserted'));
        } else if (result.previous === 'not-found' || result.previous === 'several') {
          // Nothing was changed: the agent decides whether a second summary belongs in the reply.
          clearNotice();
          setAskAnother(result.error ?? '');
        } else notify('error', result.error ?? t('summaryCopyFailed'));
      } catch (error) {
        notify('error', t('errorAction', t('summaryInsert'), describeError(error)));
      }
    },
    [tabId, notify, clearNotice, seen],
  );

  const copyContent = useCallback(
    async (content: SummaryContent, kind: 'text' | 'html') => {
      if (!(await seen())) return;
      if (await copySummary(content, kind)) notify('info', t('summaryCopied'));
      else notify('error', t('summaryCopyFailed'));
    },
    [notify, seen],
  );

  /** Inserting or copying asks once about items without a usable date, then goes ahead. */
  const deliver = useCallback(
    async (how: 'insert' | 'text' | 'html', mode: InsertMode = 'update', via: Via = 'click') => {
      if (!summary) return;
      const open = unanswered(summary);
      if (open.length > 0) {
        setAsking({ problems: open, then: how });
        return;
      }
      if (how === 'insert') await insertContent(summary, mode, via);
      else await copyContent(summary, how);
    },
    [summary, unanswered, insertContent, copyContent],
  );
  const insertSummary = useCallback((mode: InsertMode = 'update', via: Via = 'click') => deliver('insert', mode, via), [deliver]);

  const answer = (choice: PreInsertAnswer) => {
    const question = asking;
    setAsking(null);
    if (!question || choice === 'cancel' || !conversation) return;
    const keys = new Set(answered);
    for (const p of question.problems) keys.add(problemKey(p));
    setAnswered(keys);
    const keep = new Set(kept);
    if (choice === 'keep') for (const p of question.problems) if (p.id) keep.add(p.id);
    setKept(keep);
    // The state updates above land on the next render; deliver what the agent chose now.
    const content = summarizeConversation(commitments, conversation, settings, Date.now(), keep);
    if (!content) return;
    if (question.then === 'insert') void insertContent(content);
    else void copyContent(content, question.then);
  };

  const setCustomerZone = (zone: string | null) => {
    if (!pageConversation) return;
    setStoredZone(zone);
    if (zone) {
      void ledger.upsertConversation({ ...pageConversation, customerTimeZone: zone }).catch((error: unknown) => {
        notify('error', t('panelCustomerZoneFailed', describeError(error)));
      });
    }
  };

  // The command listener is set up once; it calls the latest insertSummary through this ref.
  const insertSummaryRef = useLatest(insertSummary);
  useEffect(
    () =>
      connectPanel((command) => {
        if (command === 'focus-entry') setFocusSignal((n) => n + 1);
        if (command === 'insert-summary') void insertSummaryRef.current('update', 'keyboard');
      }),
    [insertSummaryRef],
  );

  /**
   * One change to one commitment: a changeId made once, so the retries after a lost reply (the worker
   * stopped after committing) apply it once.
   */
  const change = <T,>(what: string, call: (options: WriteOptions) => Promise<T>, options: WriteOptions = {}) => {
    const once = { ...options, changeId: crypto.randomUUID() };
    return run(what, async () => {
      await withRetry(() => call(once));
      // A retry that found its change applied gets no 'ledger:changed' (the first attempt's broadcast
      // may have died with the worker): read the list again.
      void reloadCommitments();
    });
  };

  /**
   * Saves a commitment, from a suggestion (accepted as it is or edited first) or typed. One taken from
   * a message is made at the message's sent time, and one a later message kept is done at that
   * message's: the track record judges it by the real dates. A request becomes the agent's promise,
   * made now. `id` is made once by the caller: the retries after a lost reply store it once.
   */
  const save = async (on: ConversationInfo, draft: CommitmentDraft, from: Suggestion | null, id: string): Promise<void> => {
    const madeAt = from?.kind === 'promise' && from.sentAt ? Date.parse(from.sentAt) : NaN;
    const record = await withRetry(() =>
      ledger.addCommitment({
        id,
        conversation: on,
        draft,
        source: from ? 'suggested' : 'typed',
        ...(from && from.kind === 'promise' && from.author !== 'agent' ? { writtenBy: from.author } : {}),
        ...(Number.isNaN(madeAt) ? {} : { madeAt }),
      }),
    );
    if (from?.kept) {
      const doneAt = from.kept.at ? Date.parse(from.kept.at) : NaN;
      const changeId = crypto.randomUUID();
      await withRetry(() => ledger.complete(record.id, Number.isNaN(doneAt) ? { changeId } : { at: doneAt, changeId }));
    }
  };

  const add = async (draft: CommitmentDraft, target: { id: string; conversationId: string }): Promise<boolean> => {
    // The conversation the words were typed on (the store switches drafts with the conversation).
    const page = usePanelStore.getState().page;
    const on = page?.kind === 'conversation' ? page.conversation : null;
    if (!on || conversationIdOf(on) !== target.conversationId) return false;
    const fromSuggestion = usePanelStore.getState().editingSuggestion;
    const ok = await run(t('save'), () => save(on, draft, fromSuggestion, target.id));
    if (ok) {
      clearNotice();
      // See `change`: the list must show the record even when its broadcast was lost.
      void reloadCommitments();
      // Only the suggestion's own state: the entry box may already hold the agent's next note.
      if (usePanelStore.getState().editingSuggestion === fromSuggestion) clearEditingSuggestion();
    }
    return ok;
  };

  /** The agent's words of an edit, read again (party, deadline, conditions) as a patch. */
  const patchFor = (id: string, text: string): CommitmentPatch => {
    const s = usePanelStore.getState();
    const current = s.commitments.find((c) => c.id === id) ?? s.editing[id]?.deleted ?? undefined;
    const draft = readNote(text.trim(), { ...context, now: new Date() }, current?.writtenBy ?? 'agent');
    return {
      text: draft.text,
      action: draft.action,
      party: draft.party ?? current?.party ?? null,
      vague: draft.vague,
      conditions: draft.conditions,
      reason: draft.reason,
      ...(draft.due ? { due: draft.due } : {}),
    };
  };

  /** Saves an inline edit based on `baseRevision`: closed when saved, kept open with the words otherwise. */
  const saveEditAt = async (id: string, baseRevision: number) => {
    const edit = usePanelStore.getState().editing[id];
    if (!edit) return;
    const changeId = crypto.randomUUID();
    try {
      await withRetry(() => ledger.updateCommitment(id, patchFor(id, edit.text), { baseRevision, changeId }));
      usePanelStore.getState().endEdit(id);
      void reloadCommitments();
      clearNotice();
    } catch (error) {
      const newer = staleCurrent(error);
      // Refused as stale: show theirs beside the agent's words, which stay in the editor.
      if (newer) usePanelStore.getState().updateEdit(id, { conflict: newer });
      else notify('error', t('errorAction', t('actionEdit'), describeError(error)));
    }
  };

  const remove = async (id: string) => {
    const changeId = crypto.randomUUID();
    try {
      await withRetry(() => ledger.remove(id, { changeId }));
      setLastDeleted(id);
    } catch (error) {
      if (!(isLedgerError(error) && error.code === 'quota')) {
        notify('error', t('errorAction', t('actionDelete'), describeError(error)));
        return;
      }
      // Storage is full: a soft delete is itself a write. Deleting for good frees space instead.
      await run(t('actionDelete'), async () => {
        const { freedBytes } = await withRetry(() => ledger.purge(id));
        setLastDeleted(null);
        notify('info', t('deletedForGood', formatBytes(freedBytes)));
      });
    }
  };

  const actions: CommitmentActions = {
    complete: (id) => void seen().then((ok) => ok && change(t('actionDone'), (o) => ledger.complete(id, o))),
    reopen: (id) => void change(t('actionReopen'), (o) => ledger.reopen(id, o)),
    remove: (id) =>
      void seen().then((ok) => {
        if (ok) void remove(id);
      }),
    saveEdit: async (id) => {
      const edit = usePanelStore.getState().editing[id];
      if (edit) await saveEditAt(id, edit.baseRevision);
    },
    keepMine: async (id) => {
      const edit = usePanelStore.getState().editing[id];
      const theirs = edit?.conflict ?? usePanelStore.getState().commitments.find((c) => c.id === id);
      if (!edit || !theirs) return;
      usePanelStore.getState().updateEdit(id, { conflict: null, baseRevision: theirs.revision ?? 1 });
      await saveEditAt(id, theirs.revision ?? 1);
    },
    restoreWithMine: async (id) => {
      const edit = usePanelStore.getState().editing[id];
      if (!edit?.deleted) return;
      const restored = await run(t('editRestoreMine'), async () => {
        const back = await withRetry(() => ledger.undoRemove(id, { changeId: crypto.randomUUID() }));
        usePanelStore.getState().updateEdit(id, { deleted: null, conflict: null, baseRevision: back.revision ?? 1 });
      });
      if (restored) await saveEditAt(id, usePanelStore.getState().editing[id]?.baseRevision ?? 1);
    },
    reschedule: async (id, when) => {
      const due = resolveDue(when, { ...context, now: new Date() });
      if (!due) {
        notify('error', t('rescheduleNotUnderstood', when));
        return false;
      }
      return change(t('actionReschedule'), (o) => ledger.reschedule(id, due, o));
    },
    link: (id, dependsOn) => void change(t('actionLink'), (o) => ledger.updateCommitment(id, { dependsOn }, o)),
  };

  const acceptSuggestion = (s: Suggestion) => {
    if (!conversation) return;
    const id = crypto.randomUUID();
    void run(t('suggestionAdd'), () => save(conversation, s.draft, s, id));
  };
  const markDelivered = (d: LedgerDelivery) => {
    const at = d.at ? Date.parse(d.at) : NaN;
    void run(t('actionDone'), () => ledger.complete(d.commitmentId, Number.isNaN(at) ? {} : { at }));
  };
  const dismiss = (s: Suggestion) => {
    if (!conversationId) return;
    setDismissed((d) => new Set(d).add(suggestionKey(s.draft)));
    void run(t('suggestionDismiss'), () => dismissSuggestion(conversationId, suggestionKey(s.draft)));
  };
  const addFromDraft = (draft: CommitmentDraft) => {
    if (!conversation) return;
    void run(t('suggestionAdd'), () => ledger.addCommitment({ conversation, draft, source: 'suggested' }));
  };
  const draftActions = {
    onAdd: (hint: DraftHint) => addFromDraft(hint.kind === 'call-back' ? fromRewording(hint, { ...context, now: new Date() }) : hint.draft),
    onAddDated: (dated: CommitmentDraft) => addFromDraft(dated),
    onDismiss: (hint: DraftHint) => setDismissedDraftHints((d) => new Set(d).add(hint.key)),
  };

  return (
    <main className="panel" ref={mainRef}>
      <header className="panel-header">
        <div className="panel-title-row">
          <h1>{t('panelTitle')}</h1>
          <PanelMenu tabId={tabId} notify={notify} />
        </div>
        {conversation ? (
          <p className="conversation" title={conversation.subject}>
            {conversation.subject || t('panelNoSubject')}
            {conversation.customerName && <span className="muted"> · {conversation.customerName}</span>}
          </p>
        ) : (
          <p className="conversation muted">
            {page?.kind === 'no-conversation'
              ? t(page.reason === 'none' ? 'pageNoConversation' : 'pageUnreadable')
              : t('panelReadingPage')}
          </p>
        )}
        {trackRecord && <TrackRecordLine record={trackRecord} />}
      </header>
      {notice && (
        <p className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
      {page?.kind === 'conversation' && page.problems.length > 0 && (
        <ul className="problems" aria-label={t('problemsLabel')}>
          {page.problems.map((p) => (
            <li key={p}>{t(PROBLEM_WORDS[p])}</li>
          ))}
        </ul>
      )}
      {conversation && (
        <>
          <QuickEntry
            context={context}
            writer={editingSuggestion && editingSuggestion.kind === 'promise' ? editingSuggestion.author : 'agent'}
            {...(editingSuggestion?.sentAt ? { sentAt: editingSuggestion.sentAt } : {})}
            focusSignal={focusSignal}
            onAdd={add}
          />
          {lastDeleted && (
            <p className="notice notice-info" role="status">
              {t('deleted')}{' '}
              <button
                type="button"
                onClick={() =>
                  void run(t('undo'), async () => {
                    const changeId = crypto.randomUUID();
                    await withRetry(() => ledger.undoRemove(lastDeleted, { changeId }));
                    setLastDeleted(null);
                  })
                }
              >
                {t('undo')}
              </button>
            </p>
          )}
          <DraftCoach hints={draftHints} timeZone={settings.timeZone} now={now} context={context} {...draftActions} onRewrite={replyRewrite.apply} busy={replyRewrite.busy} />
          <DraftCoach hints={sentReply.hints} timeZone={settings.timeZone} now={now} context={context} {...draftActions} onDismiss={sentReply.dismiss} title={t('draftSentTitle')} testId="draft-sent" />
          <Suggestions
            suggestions={withoutDelivered(suggestions, deliveries)}
            deliveries={deliveries}
            commitments={commitments}
            timeZone={settings.timeZone}
            now={now}
            onMarkDone={markDelivered}
            onAdd={acceptSuggestion}
            onEdit={(s) => {
              editSuggestion(s);
              setFocusSignal((n) => n + 1);
            }}
            onDismiss={dismiss}
          />
          <div className="view-switch" role="group" aria-label={t('viewLabel')}>
            <button type="button" aria-pressed={view === 'by-party'} onClick={() => setView('by-party')}>
              {t('viewByParty')}
            </button>
            <button type="button" aria-pressed={view === 'timeline'} onClick={() => setView('timeline')}>
              {t('viewTimeline')}
            </button>
          </div>
          <CommitmentList commitments={commitments} view={view} now={now} timeZone={settings.timeZone} actions={actions} timings={timings} />
          <SummarySection
            summary={summary}
            asking={asking?.problems ?? []}
            onAnswer={answer}
            customerTimeZone={conversation?.customerTimeZone ?? null}
            customerTimeZoneFromPage={Boolean(pageConversation?.customerTimeZone)}
            onCustomerTimeZone={setCustomerZone}
            onInsert={() => void insertSummary()}
            onCopy={(kind) => void deliver(kind)}
            {...(askAnother !== null
              ? {
                  question: {
                    text: t('summaryAddAnotherQuestion', askAnother),
                    onAddAnother: () => void insertSummary('add'),
                    onDismiss: () => setAskAnother(null),
                  },
                }
              : {})}
          />
        </>
      )}
    </main>
  );
}

/** "1.2 KB": what a delete freed, for the agent. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The plain words for what could not be read (never selectors, ids or URL patterns). */
const PROBLEM_WORDS: Record<PageProblem, I18nKey> = {
  messages: 'problemMessages',
  'reply-editor': 'problemReplyEditor',
};

/** A ref that always holds the latest value (for listeners registered once). */
function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}
