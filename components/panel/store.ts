// UI state of one panel (zustand). Data comes from the ledger's live updates; this store only holds
// what the panel shows and what the agent is typing.
import { create } from 'zustand';
import type { Party } from '@/utils/commitments/types';
import type { CommitmentRecord, TrackRecord } from '@/utils/ledger/types';
import type { PageState, ReplyDraft } from '@/utils/messaging/protocol';
import type { Suggestion } from '@/utils/suggestions';

export type ListView = 'by-party' | 'timeline';

export interface PanelState {
  tabId: number | null;
  page: PageState | null;
  commitments: CommitmentRecord[];
  trackRecord: TrackRecord | null;
  /** The quick-entry text. */
  draft: string;
  /** The party the agent chose with Tab or the chip; null = as parsed. */
  partyOverride: Party | null;
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
  cycleParty(current: Party | null): void;
  setView(view: ListView): void;
  notify(kind: 'info' | 'error', text: string): void;
  clearNotice(): void;
  setLastDeleted(id: string | null): void;
  setTabId(tabId: number): void;
  editSuggestion(suggestion: Suggestion | null): void;
  clearEditingSuggestion(): void;
}

const PARTY_CYCLE: Party[] = ['agent', 'customer', 'third-party'];

export const usePanelStore = create<PanelState>((set) => ({
  tabId: null,
  page: null,
  commitments: [],
  trackRecord: null,
  draft: '',
  partyOverride: null,
  view: 'by-party',
  notice: null,
  lastDeleted: null,
  editingSuggestion: null,
  replyDraft: null,
  setReplyDraft: (replyDraft) => set({ replyDraft }),
  setPage: (page) => set({ page }),
  setCommitments: (commitments) => set({ commitments }),
  setTrackRecord: (trackRecord) => set({ trackRecord }),
  setDraft: (draft) =>
    set((s) => ({ draft, partyOverride: draft ? s.partyOverride : null, editingSuggestion: draft ? s.editingSuggestion : null })),
  cycleParty: (current) =>
    set(() => {
      const index = current ? PARTY_CYCLE.indexOf(current) : -1;
      return { partyOverride: PARTY_CYCLE[(index + 1) % PARTY_CYCLE.length] ?? 'agent' };
    }),
  setView: (view) => set({ view }),
  notify: (kind, text) => set({ notice: { kind, text } }),
  clearNotice: () => set({ notice: null }),
  setLastDeleted: (lastDeleted) => set({ lastDeleted }),
  setTabId: (tabId) => set({ tabId }),
  clearEditingSuggestion: () => set({ editingSuggestion: null }),
  editSuggestion: (suggestion) =>
    set({ editingSuggestion: suggestion, draft: suggestion?.draft.text ?? '', partyOverride: suggestion?.draft.party ?? null }),
}));
