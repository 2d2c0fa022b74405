// Retrying a call to the ledger across a lost reply (pure; the caller gives the clock).
//
// The ledger lives in the background service worker, which Chrome stops when idle or kills on an
// update; a call in flight then fails with a messaging error although the ledger may well have
// committed. Reads are safe to repeat. Writes are safe to repeat only because each carries an id the
// caller made once (a new record's id, a change's changeId): the ledger applies it once.
import { isLedgerError } from './errors';

/** Failures worth another try: the message or the worker was lost, or the database was busy closing. */
export function isTransient(error: unknown): boolean {
  if (isLedgerError(error)) return error.code === 'closed' || error.code === 'aborted' || error.code === 'io';
  const message = error instanceof Error ? error.message : String(error);
  // Chrome's words when the worker stopped mid-call, or was not there yet.
  return /message channel closed|Receiving end does not exist|Could not establish connection|No response|port closed|worker.*(stopped|terminated)|timed out/i.test(
    message,
  );
}

export interface RetryOptions {
  /** Waits before each further attempt; their count is the number of retries. */
  delaysMs?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
  retryable?: (error: unknown) => boolean;
}

/**
 * Backoff for reads and writes of the panel: six more tries within about 10 s (a worker restart on
 * a busy machine, IndexedDB opened again, can take several seconds).
 */
const DEFAULT_DELAYS_MS: readonly number[] = [150, 400, 1000, 2000, 3000, 3500];

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function withRetry<T>(call: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const delays = options.delaysMs ?? DEFAULT_DELAYS_MS;
  const sleep = options.sleep ?? realSleep;
  const retryable = options.retryable ?? isTransient;
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined || !retryable(error)) throw error;
      await sleep(delay);
    }
  }
}
