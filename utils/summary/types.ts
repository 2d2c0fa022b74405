// Input and output shapes of the summary formatter (utils/summary is a stable seam).
import type { Due, Party, Workday } from '../commitments/types';

/** Another commitment that this one waits for, still open. */
export interface SummaryDependency {
  party: Party;
  partyName?: string | null;
  /** What, without the subject ("send the portfolio"). */
  action: string;
  /** Its deadline (as given, or as derived from its own links): the summary says "(expected by Wednesday, December 2)". */
  due?: Due | null;
  /** Who wrote its words; see SummaryItem.writtenBy. */
  writtenBy?: Party;
}

export interface SummaryItem {
  /** Optional id, handy for the panel (e.g. to point a warning at a row). Not shown. */
  id?: string;
  /** Who must act. */
  party: Party;
  /** Who exactly, when known ("Dana Reyes", "FedEx", "our billing team"). */
  partyName?: string | null;
  /** What, without the subject and the deadline words ("send the rate card"). */
  action: string;
  /**
   * The words as the agent wrote them ("once your volumes arrive I'll double-check the lane by
   * next business day"). Used instead of a rewrite when `action` does not read as a verb phrase
   * (it starts with a condition word or a subject, repeats the condition, is cut mid-clause).
   */
  text?: string;
  due: Due | null;
  /**
   * Whether the time of day matters. When omitted it follows `due.precision`: 'minute', 'hour'
   * and 'part-of-day' show the time; 'day', 'week' and 'month' show the date only.
   */
  showTime?: boolean;
  /** No concrete deadline ("shortly", "we'll get back to you"). Defaults to `due == null`. */
  vague?: boolean;
  /** "once you've sent the portfolio", "if legal signs". */
  conditions?: string[];
  /** "so we won't miss Wednesday's deadline". */
  reason?: string | null;
  /** Open commitments this one waits for: structured, or plain text shown as written. */
  dependsOn?: Array<SummaryDependency | string>;
  /**
   * Who wrote the action/condition/reason words, when they were taken from the customer's own
   * message. 'customer' swaps first and second person ("send you my portfolio" becomes "send me
   * your portfolio"). Default: the agent (no change).
   */
  writtenBy?: Party;
  /**
   * The agent chose to keep this item although it has no usable date (none, past due, or due
   * before what it waits for): it is written with "(date to be confirmed)". Without it such an
   * item is left out of the summary and named in `problems`, so that the panel can ask first.
   */
  keep?: boolean;
  /**
   * The parser's coaching (CommitmentDraft.warnings). 'call-back' (the agent asks the customer to
   * call or write again instead of committing) is never put in a summary: it is left out, with a warning.
   */
  warnings?: string[];
}

/** Why an item needs the agent's word before it goes to the customer. */
export type SummaryProblemKind = 'no-date' | 'past-due' | 'before-dependency';

export interface SummaryProblem {
  kind: SummaryProblemKind;
  /** The item's id, when it had one. */
  id?: string;
  party: Party;
  /** The item's words, shortened, for the agent. */
  action: string;
  /** 'past-due' and 'before-dependency': the deadline as the customer would read it. */
  deadline?: string;
  /** 'before-dependency': the date of what it waits for. */
  basis?: string;
  /** Whether the agent kept it (`keep`): then it is in the summary with "(date to be confirmed)". */
  kept: boolean;
}

export interface SummaryHeadings {
  /** Agent side. Default "What we'll do:". */
  agent: string;
  /** Customer side. Default "What you'll do:". */
  customer: string;
  /** Anyone else. Default "What others will do:". */
  thirdParty: string;
}

/**
 * Plain-text templates the agent can edit in the options page. Placeholders: {customerName},
 * {agentName}, {customerFirstName}, {agentFirstName}. Unknown placeholders are left as typed.
 * An empty string leaves that line out.
 */
export interface SummaryTemplates {
  lead: string;
  confirm: string;
  probe: string;
  headings: SummaryHeadings;
  /** Timed deadlines in the customer's zone only (default), or with the agent's own beside it. */
  zones?: 'customer' | 'both';
}

export interface SummaryOptions {
  agentName?: string;
  customerName?: string;
  /** The agent's IANA zone. */
  timeZone: string;
  /** The customer's IANA zone; when given, dates and times are shown in it. */
  customerTimeZone?: string;
  /** Default 'en-US'. Only dates and times are localized; the sentences are English. */
  locale?: string;
  /** Reference instant for "today"/"tomorrow" and for leaving the year out. Default: new Date(). */
  now?: Date;
  /** How the agent side speaks: "I'll…" (default), "We'll…", or "{agentName} will…". */
  agentVoice?: 'I' | 'we' | 'name';
  /** Appended as the last paragraph when not empty (line breaks kept). */
  signature?: string;
  /** The agent's working hours: business days for dependencies and the "I'll update you by…" line. */
  workday?: Workday;
  /**
   * When the agent's side has nothing dated, the summary promises an update by this deadline
   * ("I'll update you by Thursday, March 12, even if there is no news yet"). Default: the next
   * business day at the end of the workday. null leaves the line out.
   */
  updateBy?: Due | null;
  /** Any template left out uses the default. */
  templates?: Partial<Omit<SummaryTemplates, 'headings'>> & { headings?: Partial<SummaryHeadings> };
}

export interface SummaryResult {
  /** Plain text with "- " bullets, paragraphs separated by a blank line. */
  text: string;
  /** A fragment of p, ul/li and strong; every piece of text in it is HTML-escaped. */
  html: string;
  /** For the agent, not the customer: missing dates, past deadlines, bad options. */
  warnings: string[];
  /** Items without a usable date, for the panel's question before inserting (kept ones included). */
  problems: SummaryProblem[];
}

export const DEFAULT_SUMMARY_TEMPLATES: SummaryTemplates = {
  lead: "To make sure we're on the same page:",
  confirm: 'Is that right?',
  probe: 'Is there anything that might get in the way of these dates?',
  headings: {
    agent: "What we'll do:",
    customer: "What you'll do:",
    thirdParty: 'What others will do:',
  },
};
