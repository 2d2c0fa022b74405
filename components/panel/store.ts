// UI state of one panel (zustand). Data comes from the ledger's live updates; this store only holds
// what the panel shows and what the agent is typing.
//
// What the agent types belongs to the conversation it was typed on: the entry box's draft and each
// open inline editor are kept per conversation, so an in-app switch to another thread shows that
// thread's own draft and never carries one over (a note typed on one thread and saved after a
// switch would otherwise be filed under the other).
import { create } from 'zustand';
import { PARTIES, type Party } from '@/utils/commitments/types';
import { conversationIdOf } from '@/utils/ledger/ids';
import type { CommitmentRecord, TrackRecord } from '@/utils/ledger/types';
import type { PageState, ReplyDraft } from '@/utils/messaging/protocol';
import type { Suggestion } from '@/utils/suggestions';

export type ListView = 'by-party' | 'timeline';

/** The entry box of one conversation. */
interface DraftSlot {
  text: string;
  partyOverride: Party | null;
  /**
   * The id of a save that failed while the words came back into the box: pressing Enter again on the
   * same words retries with the same id, so a save that had in fact committed is not stored twice.
   */
  retry: { id: string; text: string } | null;
}

/** An inline edit in progress: the agent's words and the revision they were based on. */
export interface EditState {
  text: string;
  baseRevision: number;
  /** The newer version that refused the save (or that arrived while editing). */
  conflict: CommitmentRecord | null;
  /** The commitment as it was when another tab deleted it while this one edited it. */
  deleted: CommitmentRecord | null;
}

const EMPTY_SLOT: DraftSlot = { text: '', partyOverride: null, retry: null };

export interface PanelState {
  tabId: number | null;
  page: PageState | null;
  /** The conversation the page shows (null off a conversation). */
  conversationId: string | null;
  commitments: CommitmentRecord[];
  trackRecord: TrackRecord | null;
  /** The quick-entry text of the current conversation. */
  draft: string;
  /** The party the agent chose with Tab or the chip; null = as parsed. */
  partyOverride: Party | null;
  /** See DraftSlot.retry (current conversation). */
  draftRetry: DraftSlot['retry'];
  /** The entry boxes of the other conversations seen in this panel. */
  drafts: Record<string, DraftSlot>;
  /** Inline edits of the current conversation, by commitment id. */
  editing: Record<string, EditState>;
  view: ListView;
  /** One line for the agent: what just happened or what went wrong. */
  notice: { kind: 'info' | 'error'; text: string } | null;
  /** The last deleted commitment, for Undo. */
  lastDeleted: string | null;
  /** Set while the agent edits a suggestion in the entry box: its words are the author's, not the agent's. */
  editingSuggestion: Suggestion | null;
  /** The reply the agent is writing, as the content script last read it (kept in memory only). */
  replyDraft: ReplyDraft | null;
  setReplyDraft(draft: ReplyDraft | null): void;
  setPage(page: PageState | null): void;
  setCommitments(list: CommitmentRecord[]): void;
  setTrackRecord(record: TrackRecord | null): void;
  setDraft(text: string): void;
  /** Puts words back into a conversation's entry box (a failed save), unless a new note was started there. */
  restoreDraft(conversationId: string, text: string, retryId: string): void;
  cycleParty(current: Party | null): void;
  setView(view: ListView): void;
  notify(kind: 'info' | 'error', text: string): void;
  clearNotice(): void;
  setLastDeleted(id: string | null): void;
  setTabId(tabId: number): void;
  editSuggestion(suggestion: Suggestion | null): void;
  clearEditingSuggestion(): void;
  startEdit(record: CommitmentRecord): void;
  updateEdit(id: string, patch: Partial<EditState>): void;
  endEdit(id: string): void;
}

/** The same records in the same order, field for field. */
function sameRecords(a: readonly CommitmentRecord[], b: readonly CommitmentRecord[]): boolean {
  return a === b || (a.length === b.length && a.every((record, i) => JSON.stringify(record) === JSON.stringify(b[i])));
}

function conversationOf(page: PageState | null): string | null {
  return page?.kind === 'conversation' ? conversationIdOf(page.conversation) : null;
}

export const usePanelStore = create<PanelState>((set, get) => ({
  tabId: null,
  page: null,
  conversationId: null,
  commitments: [],
  trackRecord: null,
  draft: '',
  partyOverride: null,
  draftRetry: null,
  drafts: {},
  editing: {},
  view: 'by-party',
  notice: null,
  lastDeleted: null,
  editingSuggestion: null,
  replyDraft: null,
  setReplyDraft: (replyDraft) => set({ replyDraft }),
  setPage: (page) =>
    set((s) => {
      const next = conversationOf(page);
      if (next === s.conversationId) return { page };
      // Another conversation: park this one's entry box and bring back the other's.
      const drafts = { ...s.drafts };
      if (s.conversationId !== null) {
        if (s.draft) drafts[s.conversationId] = { text: s.draft, partyOverride: s.partyOverride, retry: s.draftRetry };
        else delete drafts[s.conversationId];
      }
      const slot = (next !== null ? drafts[next] : undefined) ?? EMPTY_SLOT;
      if (next !== null) delete drafts[next];
      return {
        page,
        conversationId: next,
        drafts,
        draft: slot.text,
        partyOverride: slot.partyOverride,
        draftRetry: slot.retry,
        // The list, edits and suggestion in hand were the other conversation's.
        commitments: [],
        trackRecord: null,
        editing: {},
        editingSuggestion: null,
        lastDeleted: null,
      };
    }),
  setCommitments: (commitments) =>
    set((s) => {
      // The same list read again (the conversation's own save announces a change of it after each
      // switch): the state is left as it is, so nothing derived from the list (suggestions over a
      // 200-message thread: 40-100 ms) is computed again.
      if (sameRecords(s.commitments, commitments)) return s;
      // An edit whose commitment left the list was deleted elsewhere: keep the agent's words and say so.
      let editing = s.editing;
      for (const [id, edit] of Object.entries(s.editing)) {
        if (edit.deleted || commitments.some((c) => c.id === id)) continue;
        const last = s.commitments.find((c) => c.id === id);
        if (last) editing = { ...editing, [id]: { ...edit, deleted: last } };
      }
      return { commitments, editing };
    }),
  setTrackRecord: (trackRecord) => set({ trackRecord }),
  setDraft: (draft) =>
    set((s) => ({ draft, partyOverride: draft ? s.partyOverride : null, editingSuggestion: draft ? s.editingSuggestion : null })),
  restoreDraft: (conversationId, text, retryId) => {
    const s = get();
    const retry = { id: retryId, text };
    if (conversationId === s.conversationId) {
      if (s.draft === '') set({ draft: text, draftRetry: retry });
      return;
    }
    if (s.drafts[conversationId]?.text) return;
    set({ drafts: { ...s.drafts, [conversationId]: { text, partyOverride: null, retry } } });
  },
  cycleParty: (current) =>
    set(() => {
      const index = current ? PARTIES.indexOf(current) : -1;
      return { partyOverride: PARTIES[(index + 1) % PARTIES.length] ?? 'agent' };
    }),
  setView: (view) => set({ view }),
  notify: (kind, text) => set({ notice: { kind, text } }),
  clearNotice: () => set({ notice: null }),
  setLastDeleted: (lastDeleted) => set({ lastDeleted }),
  setTabId: (tabId) => set({ tabId }),
  clearEditingSuggestion: () => set({ editingSuggestion: null }),
  editSuggestion: (suggestion) =>
    set({ editingSuggestion: suggestion, draft: suggestion?.draft.text ?? '', partyOverride: suggestion?.draft.party ?? null }),
  startEdit: (record) =>
    set((s) => ({
      editing: { ...s.editing, [record.id]: { text: record.text, baseRevision: record.revision ?? 1, conflict: null, deleted: null } },
    })),
  updateEdit: (id, patch) =>
    set((s) => {
      const cur = s.editing[id];
      return cur ? { editing: { ...s.editing, [id]: { ...cur, ...patch } } } : {};
    }),
  endEdit: (id) =>
    set((s) => {
      const { [id]: _ended, ...rest } = s.editing;
      return { editing: rest };
    }),
}));
