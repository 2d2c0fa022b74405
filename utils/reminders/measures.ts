// User Timing entries the worker records so `npm run bench` can tell where a figure goes (the query
// in the worker, the messaging around it, each step of a reminder pass). Nothing is sent anywhere;
// entries of one name are cleared past MAX_KEPT so a long-lived worker does not keep them all.

/** The User Timing measure the worker records for each reminder pass (read by `npm run bench`). */
export const REMINDER_PASS_MEASURE = 'ck:reminder-pass';
/** One step of a reminder pass: `${REMINDER_STEP_MEASURE}settings`, `…read` (badge, window and fired reminders at once), `…plan`, `…alarm`, `…digest`. */
export const REMINDER_STEP_MEASURE = 'ck:reminder-step:';
/** One ledger call as the worker served it (no messaging): `${LEDGER_CALL_MEASURE}${method}`. */
export const LEDGER_CALL_MEASURE = 'ck:ledger-call:';

const MAX_KEPT = 1000;
const kept = new Map<string, number>();

/** Records `name` from `start` (a performance.now()) to now. */
export function measureSince(name: string, start: number): void {
  const n = (kept.get(name) ?? 0) + 1;
  if (n > MAX_KEPT) performance.clearMeasures(name);
  kept.set(name, n > MAX_KEPT ? 1 : n);
  performance.measure(name, { start, end: performance.now() });
}
