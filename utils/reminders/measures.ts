/** The User Timing measure the worker records for each reminder pass (read by `npm run bench`). */
export const REMINDER_PASS_MEASURE = 'ck:reminder-pass';
