// Lengths of time in milliseconds, for code that counts in fixed spans (reminder windows, the
// popup's week ahead). Calendar days in a zone are not fixed: see utils/ledger/time.ts dayBounds.
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
