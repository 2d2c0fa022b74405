// Every action of the panel, outside the view: saving a note, editing, rescheduling, done, delete and
// undo, suggestions, the customer's zone, inserting and copying the summary. Plain functions over the
// ledger (the background's service, or a test's own), the panel store and the page; PanelApp only
// wires them to buttons and keys.
import type { StoreApi } from 'zustand';
import { resolveDue } from '@/utils/commitments';
import type { CommitmentDraft, ParseContext } from '@/utils/commitments/types';
import { describeError } from '@/utils/errors';
import { t } from '@/utils/i18n';
import { isLedgerError } from '@/utils/ledger/errors';
import { conversationIdOf } from '@/utils/ledger/ids';
import { withRetry } from '@/utils/ledger/retry';
import { staleCurrent } from '@/utils/ledger/revisions';
import type { LedgerService } from '@/utils/ledger/service';
import type { CommitmentPatch, ConversationInfo, WriteOptions } from '@/utils/ledger/types';
import type { InsertContent, InsertOutcome } from '@/utils/messaging/protocol';
import { suggestionKey, type LedgerDelivery, type Suggestion } from '@/utils/suggestions';
import { dismissSuggestion } from '@/utils/suggestions/dismissed';
import { runAction } from '../common/run-action';
import type { CommitmentActions } from './CommitmentItem';
import { readNote } from './QuickEntry';
import type { PanelState } from './store';

/** The ledger calls the panel makes (the background's proxy, or a LedgerService in a unit test). */
type PanelLedger = Pick<
  LedgerService,
  'addCommitment' | 'complete' | 'reopen' | 'remove' | 'undoRemove' | 'purge' | 'updateCommitment' | 'reschedule' | 'upsertConversation'
>;

export type Via = 'click' | 'keyboard';
export type InsertMode = 'update' | 'add';

export interface PanelActionDeps {
  ledger: PanelLedger;
  store: StoreApi<PanelState>;
  /** The parse context of the conversation shown (its zones, workday, names), without `now`. */
  context(): Omit<ParseContext, 'now'>;
  /** Insert, copy, done and delete act only when the panel is really seen (./seen.ts). */
  seen(via?: Via): Promise<boolean>;
  /** Reads the list again (a retried write gets no change broadcast). */
  reload(): Promise<void>;
  /** The content script's editor insert. */
  insert(content: InsertContent): Promise<InsertOutcome>;
  copy(content: { text: string; html: string }, kind: 'text' | 'html'): Promise<boolean>;
  /** An update found no earlier summary (or two): the panel asks whether to add another. */
  askAnother(reason: string | null): void;
  now?: () => number;
}

export function createPanelActions(deps: PanelActionDeps) {
  const { ledger, store } = deps;
  const now = deps.now ?? Date.now;
  const state = () => store.getState();
  const run = (what: string, action: () => Promise<unknown>) => runAction(what, action, (text) => state().notify('error', text));
  const parseContext = (): ParseContext => ({ ...deps.context(), now: new Date(now()) });

  /**
   * One change to one commitment: a changeId made once, so the retries after a lost reply (the worker
   * stopped after committing) apply it once.
   */
  const change = <T>(what: string, call: (options: WriteOptions) => Promise<T>, options: WriteOptions = {}) => {
    const once = { ...options, changeId: crypto.randomUUID() };
    return run(what, async () => {
      await withRetry(() => call(once));
      // A retry that found its change applied gets no 'ledger:changed' (the first attempt's broadcast
      // may have died with the worker): read the list again.
      void deps.reload();
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

  const conversationShown = (): ConversationInfo | null => {
    const page = state().page;
    return page?.kind === 'conversation' ? page.conversation : null;
  };

  /** The entry box's note, on the conversation it was typed on (the store switches drafts with it). */
  const add = async (draft: CommitmentDraft, target: { id: string; conversationId: string }): Promise<boolean> => {
    const on = conversationShown();
    if (!on || conversationIdOf(on) !== target.conversationId) return false;
    const fromSuggestion = state().editingSuggestion;
    const ok = await run(t('save'), () => save(on, draft, fromSuggestion, target.id));
    if (ok) {
      state().clearNotice();
      // See `change`: the list must show the record even when its broadcast was lost.
      void deps.reload();
      // Only the suggestion's own state: the entry box may already hold the agent's next note.
      if (state().editingSuggestion === fromSuggestion) state().clearEditingSuggestion();
    }
    return ok;
  };

  /** The agent's words of an edit, read again (party, deadline, conditions) as a patch. */
  const patchFor = (id: string, text: string): CommitmentPatch => {
    const s = state();
    const current = s.commitments.find((c) => c.id === id) ?? s.editing[id]?.deleted ?? undefined;
    const draft = readNote(text.trim(), parseContext(), current?.writtenBy ?? 'agent');
    const party = draft.party ?? current?.party ?? null;
    return {
      text: draft.text,
      action: draft.action,
      party,
      // A name the new words give wins; the same side keeps the name it had (a message's author),
      // another side drops it ("Maria to send it" edited to "I'll send it" is no longer Maria's).
      partyName: draft.partyName ?? (party === current?.party ? (current?.partyName ?? null) : null),
      vague: draft.vague,
      conditions: draft.conditions,
      reason: draft.reason,
      ...(draft.due ? { due: draft.due } : {}),
    };
  };

  /** Saves an inline edit based on `baseRevision`: closed when saved, kept open with the words otherwise. */
  const saveEditAt = async (id: string, baseRevision: number) => {
    const edit = state().editing[id];
    if (!edit) return;
    const changeId = crypto.randomUUID();
    try {
      await withRetry(() => ledger.updateCommitment(id, patchFor(id, edit.text), { baseRevision, changeId }));
      state().endEdit(id);
      void deps.reload();
      state().clearNotice();
    } catch (error) {
      const newer = staleCurrent(error);
      // Refused as stale: show theirs beside the agent's words, which stay in the editor.
      if (newer) state().updateEdit(id, { conflict: newer });
      else state().notify('error', t('errorAction', t('actionEdit'), describeError(error)));
    }
  };

  const remove = async (id: string) => {
    const changeId = crypto.randomUUID();
    try {
      await withRetry(() => ledger.remove(id, { changeId }));
      state().setLastDeleted(id);
    } catch (error) {
      if (!(isLedgerError(error) && error.code === 'quota')) {
        state().notify('error', t('errorAction', t('actionDelete'), describeError(error)));
        return;
      }
      // Storage is full: a soft delete is itself a write. Deleting for good frees space instead.
      await run(t('actionDelete'), async () => {
        const { freedBytes } = await withRetry(() => ledger.purge(id));
        state().setLastDeleted(null);
        state().notify('info', t('deletedForGood', formatBytes(freedBytes)));
      });
    }
  };

  const commitment: CommitmentActions = {
    complete: (id) => void deps.seen().then((ok) => ok && change(t('actionDone'), (o) => ledger.complete(id, o))),
    reopen: (id) => void change(t('actionReopen'), (o) => ledger.reopen(id, o)),
    remove: (id) =>
      void deps.seen().then((ok) => {
        if (ok) void remove(id);
      }),
    saveEdit: async (id) => {
      const edit = state().editing[id];
      if (edit) await saveEditAt(id, edit.baseRevision);
    },
    keepMine: async (id) => {
      const edit = state().editing[id];
      const theirs = edit?.conflict ?? state().commitments.find((c) => c.id === id);
      if (!edit || !theirs) return;
      state().updateEdit(id, { conflict: null, baseRevision: theirs.revision ?? 1 });
      await saveEditAt(id, theirs.revision ?? 1);
    },
    restoreWithMine: async (id) => {
      const edit = state().editing[id];
      if (!edit?.deleted) return;
      const restored = await run(t('editRestoreMine'), async () => {
        const back = await withRetry(() => ledger.undoRemove(id, { changeId: crypto.randomUUID() }));
        state().updateEdit(id, { deleted: null, conflict: null, baseRevision: back.revision ?? 1 });
      });
      if (restored) await saveEditAt(id, state().editing[id]?.baseRevision ?? 1);
    },
    reschedule: async (id, when) => {
      const due = resolveDue(when, parseContext());
      if (!due) {
        state().notify('error', t('rescheduleNotUnderstood', when));
        return false;
      }
      return change(t('actionReschedule'), (o) => ledger.reschedule(id, due, o));
    },
    link: (id, dependsOn) => void change(t('actionLink'), (o) => ledger.updateCommitment(id, { dependsOn }, o)),
  };

  const undoDelete = (id: string) =>
    run(t('undo'), async () => {
      const changeId = crypto.randomUUID();
      await withRetry(() => ledger.undoRemove(id, { changeId }));
      state().setLastDeleted(null);
    });

  const acceptSuggestion = (s: Suggestion) => {
    const on = conversationShown();
    if (!on) return Promise.resolve(false);
    return run(t('suggestionAdd'), () => save(on, s.draft, s, crypto.randomUUID()));
  };
  const markDelivered = (d: LedgerDelivery) => {
    const at = d.at ? Date.parse(d.at) : NaN;
    return run(t('actionDone'), () => ledger.complete(d.commitmentId, Number.isNaN(at) ? {} : { at }));
  };
  /** Remembers the dismissal for the conversation; the caller hides it at once. */
  const dismiss = (conversationId: string, s: Suggestion) =>
    run(t('suggestionDismiss'), () => dismissSuggestion(conversationId, suggestionKey(s.draft)));
  /** A promise found in the agent's own reply draft. */
  const addFromDraft = (draft: CommitmentDraft) => {
    const on = conversationShown();
    if (!on) return Promise.resolve(false);
    return run(t('suggestionAdd'), () => ledger.addCommitment({ conversation: on, draft, source: 'suggested' }));
  };
  /** The customer's zone the agent chose, kept with the conversation. */
  const saveCustomerZone = async (zone: string) => {
    const on = conversationShown();
    if (!on) return;
    await ledger.upsertConversation({ ...on, customerTimeZone: zone }).catch((error: unknown) => {
      state().notify('error', t('panelCustomerZoneFailed', describeError(error)));
    });
  };

  const insertContent = async (content: { text: string; html: string }, mode: InsertMode = 'update', via: Via = 'click') => {
    if (state().tabId === null) return;
    deps.askAnother(null);
    if (!(await deps.seen(via))) return;
    try {
      const result = await deps.insert({ text: content.text, html: content.html, mode });
      if (result.ok) {
        state().notify('info', t(result.previous === 'replaced' ? 'summaryUpdated' : 'summaryInserted'));
      } else if (result.previous === 'not-found' || result.previous === 'several') {
        // Nothing was changed: the agent decides whether a second summary belongs in the reply.
        state().clearNotice();
        deps.askAnother(result.error ?? '');
      } else state().notify('error', result.error ?? t('summaryCopyFailed'));
    } catch (error) {
      state().notify('error', t('errorAction', t('summaryInsert'), describeError(error)));
    }
  };

  const copyContent = async (content: { text: string; html: string }, kind: 'text' | 'html') => {
    if (!(await deps.seen())) return;
    if (await deps.copy(content, kind)) state().notify('info', t('summaryCopied'));
    else state().notify('error', t('summaryCopyFailed'));
  };

  return {
    commitment,
    add,
    undoDelete,
    acceptSuggestion,
    markDelivered,
    dismiss,
    addFromDraft,
    saveCustomerZone,
    insertContent,
    copyContent,
  };
}

/** "1.2 KB": what a delete freed, for the agent. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
