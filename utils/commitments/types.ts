// The domain vocabulary shared by parsing, the ledger, summaries and the UI.
// These shapes are a seam (utils/commitments/README.md): tests outside the project call them.

/** Who must act: the agent's side, the customer's side, or somebody else (the courier, legal, the bank). */
export type Party = 'agent' | 'customer' | 'third-party';

/** Every party, in the order lists and summaries show them. */
export const PARTIES: readonly Party[] = ['agent', 'customer', 'third-party'];

export function isParty(value: unknown): value is Party {
  return typeof value === 'string' && (PARTIES as readonly string[]).includes(value);
}

/** The agent's working hours. Times are 'HH:MM' in the agent's zone; days use 0 = Sunday. */
export interface Workday {
  start: string;
  end: string;
  days: number[];
}

export interface ParseContext {
  /** Reference instant ("now"). */
  now: Date;
  /** The agent's IANA time zone. */
  timeZone: string;
  /** The customer's IANA zone, used for "your time", "your EOD". */
  customerTimeZone?: string;
  /** Defaults to 09:00–17:00, Monday–Friday. */
  workday?: Workday;
  agentName?: string;
  customerName?: string;
}

export interface Due {
  /** ISO 8601 instant with offset: the latest moment it is due. */
  at: string;
  /** The words it came from. */
  text: string;
  precision: 'minute' | 'hour' | 'part-of-day' | 'day' | 'week' | 'month';
  /** The IANA zone the words named ("4pm Denver time", "5pm PT", "your time"); absent when none was named. */
  zone?: string;
  /** True when that zone came from an ambiguous abbreviation (IST, CST) read in the parties' zones: worth a look. */
  zoneAmbiguous?: boolean;
}

export interface CommitmentDraft {
  /** As written. */
  text: string;
  /** Who must act; null when the words do not say. */
  party: Party | null;
  /** What, without the deadline, condition and reason words. */
  action: string;
  due: Due | null;
  /** A promise with no concrete deadline ("shortly", "we'll get back to you", none at all). */
  vague: boolean;
  /** "if you send me the portfolio", "once legal signs". */
  conditions: string[];
  /** "so we won't miss the Wednesday deadline". */
  reason: string | null;
  /**
   * Who acts, in the words' own name, when they name someone rather than "I", "we" or "you": "Maria",
   * "the courier", "Dana's manager", "Dana from our billing team". The summary then writes "Maria
   * will…" (not "A third party will…"); absent when the subject is a pronoun or the side itself.
   */
  partyName?: string | null;
  /**
   * 'promise': the party committed to act. 'request': one side asked the other to act ("Could you …
   * by Friday?"); `party` is then the side asked.
   */
  kind: 'promise' | 'request';
  /** Coaching the panel shows before the entry is added (see DraftWarning). */
  warnings: DraftWarning[];
}

/**
 * 'vague': no concrete deadline (mirrors `vague`). 'past-due': the deadline is before ctx.now.
 * 'call-back': the agent asks the customer to call or write back instead of committing to a next step.
 * 'absurd-date': the words name a date nobody means (year 9999, a five-digit year); due is null.
 * Open to more codes, so callers must ignore ones they do not know.
 */
export type DraftWarning = 'vague' | 'past-due' | 'call-back' | 'absurd-date' | (string & {});

export const DEFAULT_WORKDAY: Workday = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };
