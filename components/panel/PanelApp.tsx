// The panel beside a conversation: quick entry, suggestions from the conversation, the list, the
// customer's track record, and the summary for the reply.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { effectiveDeadlines } from '@/utils/commitments/dependency-due';
import type { CommitmentDraft, ParseContext } from '@/utils/commitments/types';
import { t } from '@/utils/i18n';
import { conversationIdOf } from '@/utils/ledger/ids';
import { askPage, type PageProblem } from '@/utils/messaging/protocol';
import type { I18nKey } from '@/utils/i18n-keys';
import type { SummaryProblem } from '@/utils/summary';
import { summarizeConversation } from '@/utils/summary/from-records';
import {
  deliveriesForLedger,
  suggestCommitments,
  suggestionKey,
  withoutDelivered,
  type LedgerDelivery,
  type Suggestion,
} from '@/utils/suggestions';
import { dismissedFor } from '@/utils/suggestions/dismissed';
import { useSettings } from '../common/useSettings';
import { copySummary } from './clipboard';
import { PanelMenu } from './PanelMenu';
import { connectPanel, ledger, reloadCommitments } from './connection';
import { createPanelActions, type InsertMode, type Via } from './actions';
import { CommitmentList } from './CommitmentList';
import { QuickEntry } from './QuickEntry';
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
  const { notify, setView, editSuggestion } = usePanelStore.getState();
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
  const ownDraft =
    replyDraft && conversation && replyDraft.conversationKey === `${conversation.host}:${conversation.key}` ? replyDraft.text : '';
  const draftText = useMemo(
    () =>
      ownDraft
        ? ownDraftText(ownDraft, {
            summaryTemplates: settings.summaryTemplates,
            signature: settings.signature,
            names: {
              ...(settings.agentName ? { agentName: settings.agentName } : {}),
              ...(conversation?.customerName ? { customerName: conversation.customerName } : {}),
            },
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
    messages: page?.kind === 'conversation' && !page.messagesPending ? page.messages : null,
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

  /** Insert, copy, done and delete act only when the panel is really seen (./seen.ts). */
  const seen = useCallback(
    async (via: Via = 'click'): Promise<boolean> => {
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

  // The actions read the latest context and visibility check through refs: created once per panel.
  const contextRef = useLatest(context);
  const seenRef = useLatest(seen);
  const panelActions = useMemo(
    () =>
      createPanelActions({
        ledger,
        store: usePanelStore,
        context: () => contextRef.current,
        seen: (via) => seenRef.current(via),
        reload: reloadCommitments,
        insert: (content) => askPage('page:insert', content),
        copy: copySummary,
        askAnother: setAskAnother,
      }),
    [contextRef, seenRef],
  );
  const { insertContent, copyContent } = panelActions;

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
    if (zone) void panelActions.saveCustomerZone(zone);
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

  const actions = panelActions.commitment;
  const dismiss = (s: Suggestion) => {
    if (!conversationId) return;
    setDismissed((d) => new Set(d).add(suggestionKey(s.draft)));
    void panelActions.dismiss(conversationId, s);
  };
  const addFromDraft = (draft: CommitmentDraft) => void panelActions.addFromDraft(draft);
  const draftActions = {
    onAdd: (hint: DraftHint) => addFromDraft(hint.kind === 'call-back' ? fromRewording(hint, { ...context, now: new Date() }) : hint.draft),
    onAddDated: (dated: CommitmentDraft) => addFromDraft(dated),
    onDismiss: (hint: DraftHint) => setDismissedDraftHints((d) => new Set(d).add(hint.key)),
  };

  return (
    // Busy while a thread switch is shown before its messages are read (suggestions follow).
    <main className="panel" ref={mainRef} aria-busy={page?.kind === 'conversation' && page.messagesPending ? true : undefined}>
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
            {page?.kind === 'no-conversation' ? t(page.reason === 'none' ? 'pageNoConversation' : 'pageUnreadable') : t('panelReadingPage')}
          </p>
        )}
        {trackRecord && (
          <TrackRecordLine record={trackRecord} {...(conversation?.customerName ? { customerName: conversation.customerName } : {})} />
        )}
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
            onAdd={panelActions.add}
          />
          {lastDeleted && (
            <p className="notice notice-info" role="status">
              {t('deleted')}{' '}
              <button type="button" onClick={() => void panelActions.undoDelete(lastDeleted)}>
                {t('undo')}
              </button>
            </p>
          )}
          <DraftCoach
            hints={draftHints}
            timeZone={settings.timeZone}
            now={now}
            context={context}
            {...draftActions}
            onRewrite={replyRewrite.apply}
            busy={replyRewrite.busy}
          />
          <DraftCoach
            hints={sentReply.hints}
            timeZone={settings.timeZone}
            now={now}
            context={context}
            {...draftActions}
            onDismiss={sentReply.dismiss}
            title={t('draftSentTitle')}
            testId="draft-sent"
          />
          <Suggestions
            suggestions={withoutDelivered(suggestions, deliveries)}
            deliveries={deliveries}
            commitments={commitments}
            timeZone={settings.timeZone}
            now={now}
            onMarkDone={(d) => void panelActions.markDelivered(d)}
            onAdd={(s) => void panelActions.acceptSuggestion(s)}
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
          <CommitmentList
            commitments={commitments}
            view={view}
            now={now}
            timeZone={settings.timeZone}
            actions={actions}
            timings={timings}
          />
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
