// Pacing of a long write (an import) so that the panel's and the popup's reads are answered while
// it runs. IndexedDB runs a read of a table after a write transaction on that table that started
// before it, and the worker answers a port message only between two of its tasks: one transaction
// writing a whole message of records (500, with their indexes and search words) made every read
// wait for it, and one batch after another left reads waiting for seconds on a loaded machine.
//
// So a long write goes in slices, each its own short transaction, sized to take about
// SLICE_TARGET_MS (measured, not guessed: the machine may be loaded), and before each slice the
// writer gives way: a macrotask (the port messages queued meanwhile are delivered, and their reads
// start), then it waits for the reads in flight to finish (at most READS_FIRST_MAX_MS, so a reader
// polling without pause cannot stall the import).
//
// The reads in flight are counted by `op` (context.ts) for every read of the ledger (a call with
// `write` false); a worker holds one ledger, so one count is enough.

/** Time one slice's transaction should take: a read waits at most about this long for it. */
const SLICE_TARGET_MS = 25;
/** Longest wait for reads before the next slice goes anyway. */
const READS_FIRST_MAX_MS = 250;

let readsInFlight = 0;
let onSettled: Array<() => void> = [];

/** Called by `op` around every read. */
export function readStarted(): void {
  readsInFlight++;
}

export function readEnded(): void {
  readsInFlight = Math.max(0, readsInFlight - 1);
  if (readsInFlight > 0) return;
  const waiting = onSettled;
  onSettled = [];
  for (const resolve of waiting) resolve();
}

/** Reads running now (tests). */
export function readsRunning(): number {
  return readsInFlight;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Gives way to reads: one macrotask, then the reads in flight finish (or `maxMs` passes). */
export async function letReadsThrough(maxMs: number = READS_FIRST_MAX_MS): Promise<void> {
  await macrotask();
  if (readsInFlight === 0) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    new Promise<void>((resolve) => onSettled.push(resolve)),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, maxMs);
    }),
  ]);
  clearTimeout(timer);
}

/**
 * How many records the next slice takes: shrinks in proportion when a slice took longer than the
 * target, grows by half when it took less than half of it; kept between `min` and `max`.
 */
export class SlicePacer {
  #size: number;
  constructor(
    readonly min = 10,
    readonly max = 500,
    start = 100,
    readonly targetMs = SLICE_TARGET_MS,
  ) {
    this.#size = Math.min(max, Math.max(min, start));
  }

  get size(): number {
    return this.#size;
  }

  /** A slice of `count` records took `ms`. */
  took(count: number, ms: number): void {
    if (count < this.#size) return; // a short last slice says little about the size
    if (ms > this.targetMs) this.#size = Math.max(this.min, Math.floor((this.#size * this.targetMs) / ms));
    else if (ms < this.targetMs / 2) this.#size = Math.min(this.max, Math.ceil(this.#size * 1.5));
  }
}
