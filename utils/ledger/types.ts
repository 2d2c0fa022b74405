// Records kept in the ledger (IndexedDB through Dexie, owned by the background service worker).
// Times are epoch milliseconds so that Dexie indexes sort them correctly; the deadline's original
// ISO instant with offset and its words stay in `due`.
import type { CommitmentDraft, Due, Party } from '../commitments/types';

export type CommitmentStatus = 'open' | 'done' | 'cancelled';
/** Where a commitment came from: typed in the panel, a selection on the page, an accepted suggestion, an import. */
type CommitmentSource = 'typed' | 'selection' | 'suggested' | 'imported';

/** Identifies one conversation on one host, stable across reloads and in-app navigation. */
export interface ConversationRef {
  /** Host adapter id: 'gmail', 'zendesk', 'demo-webmail', 'custom', … */
  host: string;
  /** The host's own id for the conversation (Gmail thread id, ticket number, …). */
  key: string;
  /**
   * The origin the conversation was seen on (`https://acme.zendesk.com`): tickets are numbered per
   * tenant. Set by the content script from its own location and overwritten by the background from
   * the sending tab's URL; without it, the origin of `url` (see conversation-id.ts).
   */
  site?: string;
}

export interface ConversationInfo extends ConversationRef {
  url: string;
  subject: string;
  customerName?: string;
  customerEmail?: string;
  customerOrg?: string;
  /** IANA zone, when the host or the agent knows it. */
  customerTimeZone?: string;
  /** When the conversation's latest message was sent (ISO), as the page showed it: tells apart two threads with one subject. */
  lastMessageAt?: string;
}

export interface ConversationRecord extends ConversationInfo {
  /** `${host}|${site}|${key}` (conversationIdOf) */
  id: string;
  site: string;
  createdAt: number;
  updatedAt: number;
}

interface ReminderSettings {
  /** Minutes before the deadline to remind; 0 = at the deadline. */
  leadMinutes: number[];
  /** No reminder before this instant (epoch ms). */
  snoozedUntil: number | null;
}

// `kind` and `warnings` describe the words at the moment they were read (coaching before adding, a
// request offered to be promised); once stored, a record is a commitment of its party.
export interface CommitmentRecord extends Omit<CommitmentDraft, 'kind' | 'warnings'> {
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
  /**
   * Who wrote the words, when they were taken from a message of the conversation ("I'll send you my
   * portfolio" written by the customer). Absent = the agent typed them. The summary swaps first and
   * second person for words the customer wrote.
   */
  writtenBy?: Party;
  /**
   * Counts the committed changes of this record: 1 when added, +1 on every change. An update may
   * name the revision it was based on (WriteOptions.baseRevision); a stale one is refused. Always
   * set on what the ledger hands out; optional in the type for data made before revisions existed
   * (fixtures, older exports), which counts as 1 (revisionOf).
   */
  revision?: number;
}

/**
 * Optional guards of one change to a commitment (see utils/ledger/revisions.ts).
 * - changeId: made by the caller once per change and kept across its retries; a change whose id the
 *   ledger already holds is not applied again (the current record is returned).
 * - baseRevision: the revision the caller's copy had; a different current revision refuses the change
 *   with a LedgerError 'stale' carrying the current record.
 */
export interface WriteOptions {
  changeId?: string;
  baseRevision?: number;
}

/** What the UI sends to create a commitment. */
export interface NewCommitment {
  conversation: ConversationInfo;
  draft: CommitmentDraft;
  source: CommitmentSource;
  partyName?: string | null;
  dependsOn?: string[];
  /** See CommitmentRecord.writtenBy. */
  writtenBy?: Party;
  /** Optional client-chosen id (makes a retried add idempotent); a UUID is made otherwise. */
  id?: string;
  /** Reminder lead times; DEFAULT_REMINDER_LEAD_MINUTES otherwise. */
  reminder?: { leadMinutes?: number[] };
  /**
   * When the commitment was made (epoch ms), when earlier than now: the sent time of the message it
   * was taken from. It becomes `createdAt`, so the track record judges it by its real dates.
   */
  madeAt?: number;
}

/** Options of `complete`. */
export interface CompleteOptions {
  /**
   * When it was done (epoch ms), when earlier than now: the sent time of the message that delivered
   * it. Kept or late is judged against this, not against the moment the agent clicked.
   */
  at?: number;
}

/** Reminder lead used when a new commitment does not say. */
export const DEFAULT_REMINDER_LEAD_MINUTES: readonly number[] = [60];

/**
 * The fields a panel may edit with `updateCommitment`. Only the keys present are written (a
 * field-level update), so two panels editing different fields of one commitment both keep theirs.
 * Status changes go through complete/reopen/cancel, deletion through remove; a `due` here is
 * recorded in the history as a reschedule.
 */
export interface CommitmentPatch {
  text?: string;
  action?: string;
  party?: Party | null;
  partyName?: string | null;
  vague?: boolean;
  conditions?: string[];
  reason?: string | null;
  dependsOn?: string[];
  due?: Due | null;
  reminder?: { leadMinutes?: number[] };
}

export type HistoryKind =
  'created' | 'edited' | 'completed' | 'reopened' | 'cancelled' | 'rescheduled' | 'snoozed' | 'deleted' | 'restored' | 'imported';

/** Append-only: one row per change, from which the track record is computed. */
export interface HistoryEntry {
  id?: number;
  commitmentId: string;
  conversationId: string;
  at: number;
  kind: HistoryKind;
  /** Field name → its value before and after. */
  changes: Record<string, { from: unknown; to: unknown }>;
  /** The caller's id of the change this entry belongs to (WriteOptions.changeId), when it gave one. */
  changeId?: string;
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
  /** keptOnTime + late + missed + pending (cancelled ones are not counted in). */
  total: number;
  /** Cancelled (not in `total`). */
  cancelled: number;
  /** Commitments whose deadline was moved later at least once. */
  rescheduledLater: number;
  /** How many slips the average is over (late completions + reschedules to a later date). */
  slipCount: number;
}

/**
 * Who "the customer" is: by email when the conversation has one (then every conversation with that
 * email counts), else by conversation. `{ conversationId }` is resolved to the conversation's email
 * when it has one. The service also takes a plain string: a conversation id when the ledger has that
 * conversation, else an email.
 */
export type CustomerKey = { email: string } | { conversationId: string };

export interface TrackRecordOptions {
  /** Whose commitments: 'customer' by default for a customer, 'agent' for the agent. */
  party?: PartyFilter;
  /** Only the N most recently created (not cancelled) commitments: "of the last 6 things…". */
  last?: number;
}

export interface BadgeCounts {
  /** Open, not deleted, deadline before now. */
  overdue: number;
  /** Open, not deleted, deadline in [now, now + windowMs). */
  dueSoon: number;
}

type CompletionOutcome = 'on-time' | 'late' | 'no-deadline';

export interface CompleteResult {
  commitment: CommitmentRecord;
  outcome: CompletionOutcome;
  /** doneAt − dueAt when late, else 0. */
  lateByMs: number;
}

export interface CommitmentWithConversation {
  commitment: CommitmentRecord;
  conversation: ConversationRecord | null;
}

/** Told to the background after every committed write (not part of the proxied service). */
export interface LedgerChange {
  /**
   * 'erase': eraseAll emptied the ledger. It names no ids (a listener takes it as "everything"): a
   * ledger of a million commitments would make one event of tens of megabytes, sent to every page.
   */
  kind: HistoryKind | 'conversation' | 'import' | 'erase';
  conversationIds: string[];
  commitmentIds: string[];
}

/** The JSON export, version LEDGER_EXPORT_VERSION. Re-imports exactly. */
export interface LedgerExport {
  format: 'commitment-keeper';
  version: number;
  /** Epoch ms. */
  exportedAt: number;
  conversations: ConversationRecord[];
  commitments: CommitmentRecord[];
  history: HistoryEntry[];
}

export interface ImportCounts {
  added: number;
  /** Same id, the file's copy newer (by updatedAt): replaced. */
  updated: number;
  /** Same id, identical or the ledger's copy newer: kept. */
  kept: number;
}

export interface ImportSummary {
  conversations: ImportCounts;
  commitments: ImportCounts;
  history: ImportCounts;
}

type PartyFilter = Party | 'any';
