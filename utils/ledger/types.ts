// Records kept in the ledger (IndexedDB through Dexie, owned by the background service worker).
// Times are epoch milliseconds so that Dexie indexes sort them correctly; the deadline's original
// ISO instant with offset and its words stay in `due`.
import type { CommitmentDraft, Party } from '../commitments/types';

export type CommitmentStatus = 'open' | 'done' | 'cancelled';
/** Where a commitment came from: typed in the panel, a selection on the page, an accepted suggestion, an import. */
export type CommitmentSource = 'typed' | 'selection' | 'suggested' | 'imported';

/** Identifies one conversation on one host, stable across reloads and in-app navigation. */
export interface ConversationRef {
  /** Host adapter id: 'gmail', 'zendesk', 'demo-webmail', 'custom', … */
  host: string;
  /** The host's own id for the conversation (Gmail thread id, ticket number, …). */
  key: string;
}

export interface ConversationInfo extends ConversationRef {
  url: string;
  subject: string;
  customerName?: string;
  customerEmail?: string;
  customerOrg?: string;
  /** IANA zone, when the host or the agent knows it. */
  customerTimeZone?: string;
}

export interface ConversationRecord extends ConversationInfo {
  /** `${host}:${key}` */
  id: string;
  createdAt: number;
  updatedAt: number;
}

export interface ReminderSettings {
  /** Minutes before the deadline to remind; 0 = at the deadline. */
  leadMinutes: number[];
  /** No reminder before this instant (epoch ms). */
  snoozedUntil: number | null;
}

export interface CommitmentRecord extends CommitmentDraft {
  id: string;
  conversationId: string;
  /** The name of who must act, when known ("Dana Reyes", "FedEx"). */
  partyName: string | null;
  status: CommitmentStatus;
  /** The deadline as epoch ms (indexed); null when there is none. Mirrors `due.at`. */
  dueAt: number | null;
  createdAt: number;
  updatedAt: number;
  doneAt: number | null;
  cancelReason: string | null;
  /** Ids of the commitments this one waits for. */
  dependsOn: string[];
  reminder: ReminderSettings;
  source: CommitmentSource;
  /** Soft delete, so that delete can be undone; hidden from every query while set. */
  deletedAt: number | null;
}

/** What the UI sends to create a commitment. */
export interface NewCommitment {
  conversation: ConversationInfo;
  draft: CommitmentDraft;
  source: CommitmentSource;
  partyName?: string | null;
  dependsOn?: string[];
}

export type HistoryKind =
  | 'created'
  | 'edited'
  | 'completed'
  | 'reopened'
  | 'cancelled'
  | 'rescheduled'
  | 'snoozed'
  | 'deleted'
  | 'restored'
  | 'imported';

/** Append-only: one row per change, from which the track record is computed. */
export interface HistoryEntry {
  id?: number;
  commitmentId: string;
  conversationId: string;
  at: number;
  kind: HistoryKind;
  /** Field name → its value before and after. */
  changes: Record<string, { from: unknown; to: unknown }>;
}

export interface TrackRecord {
  /** Done on or before the deadline. */
  keptOnTime: number;
  /** Done after the deadline. */
  late: number;
  /** Past due and still open. */
  missed: number;
  /** Open and not yet due (or without a deadline). */
  pending: number;
  /** Mean slip in ms over commitments done late or rescheduled later; null when none. */
  averageSlipMs: number | null;
  total: number;
}

export type PartyFilter = Party | 'any';
