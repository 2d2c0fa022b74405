// The popup's questions to the ledger, shared by the popup (components/popup/overview-read.ts) and
// the worker, which makes the same reads again after writes so that the popup finds them kept
// (kept-answers.ts).

/**
 * Rows per section: enough to act on (the popup shows about six at a time); the rest are counted
 * and reachable by search. Each listed row is a record read in the worker (about 0.4 ms each with
 * 100,000 in the ledger), so this is what the popup's first read costs when nothing is kept.
 */
export const POPUP_ROWS_PER_SECTION = 20;
/** "99+": past that a count tells the agent nothing more, and counting further costs time. */
export const POPUP_COUNT_CAP = 99;
