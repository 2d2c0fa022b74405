// Pacing of a long write (an import) so that the panel's and the popup's reads are answered while
// it runs. IndexedDB runs a read of a table after a write transaction on that table that started
// before it (Chromium: a read-only transaction waits for an earlier overlapping read-write one to
// finish), and the worker answers a port message only between two of its tasks.
//
// Every ledger call goes through this worker, so the worker knows when a read is waiting: `op`
// (context.ts) counts the reads in flight and the other writes started. An import writes in runs:
// one transaction fed in chunks sized to take about CHUNK_TARGET_MS each, sent one after the other
// while nothing else needs the ledger; after each chunk it looks at those counts and, when a read is
// in flight or another write began, sends no more and lets the transaction commit. A read therefore
// waits for at most one chunk and the commit, and the transaction's fixed cost (19–60 ms in Chromium
// on a loaded machine) is paid once per read that arrives instead of once per 20–30 records.
// Before each run the writer gives way: a macrotask (the port messages queued meanwhile are
// delivered, and their reads start), then it waits for the reads in flight to finish (at most
// READS_FIRST_MAX_MS, so a reader polling without pause cannot stall the import).

/**
 * The storage's work one chunk of a run should cost (`ChunkClock`: the round trip not counted): a
 * read that arrives waits for the chunks in flight (two) and the commit, then takes its own time.
 */
const CHUNK_TARGET_MS = 20;
/**
 * Fewest records a chunk takes. Sized on its whole time, a chunk on a loaded machine is mostly the
 * round trip (34 ms for 15 commitments at load 15). A floor of 40 was tried and measured worse: at
 * load 17–20 the storage's own work was about 2 ms a record (40 commitments: 109 ms a chunk), and a
 * read waited for two such chunks (100,000 round trip: 1,912 of 4,906 reads over 100 ms, longest
 * 3.1 s; 387 records/s). The time-sized pacer's floor stays low.
 */
const MIN_CHUNK = 10;
/** Longest wait for reads before the next run goes anyway. */
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
 * How many records the next chunk takes, so that it takes about `targetMs` (a chunk is one bulk
 * write, or for history a read and a write, in a run's transaction; measured from its first request
 * to its last answer, so the round trips to the browser's storage count as the fixed part).
 *
 * A transaction costs a fixed part (measured in Chromium at load 7: 19 ms for one record, whatever
 * the durability) plus a part per record (0.3 ms for a record with a few index entries). Sized as if
 * the time were all per record, slices shrank far below what the target allows and stayed there:
 * 10 records at 22 ms is under a 25 ms target yet not "far under" it, so the size never grew back,
 * and an import wrote 240 records a second. So the size grows whenever a slice took less than the
 * target (by the ratio, at most ×1.5: from below it approaches the size that takes the target) and
 * shrinks in proportion when one took longer (with a fixed part this never undershoots). When the
 * fixed part alone passes the target, slices stay at `min`: a read then waits for little more than
 * what any transaction costs.
 */
export class SlicePacer {
  #size: number;
  constructor(
    readonly min = MIN_CHUNK,
    readonly max = 2_000,
    start = 50,
    readonly targetMs = CHUNK_TARGET_MS,
  ) {
    this.#size = Math.min(max, Math.max(min, start));
  }

  get size(): number {
    return this.#size;
  }

  /** A slice of `count` records took `ms` (null: not measured, a run's first chunk; see ChunkClock). */
  took(count: number, ms: number | null): void {
    if (ms === null) return;
    if (count < this.#size) return; // a short last slice says little about the size
    const ratio = this.targetMs / Math.max(ms, 0.001);
    const next = ms > this.targetMs ? Math.floor(this.#size * ratio) : Math.ceil(this.#size * Math.min(1.5, ratio));
    this.#size = Math.min(this.max, Math.max(this.min, next));
  }
}

/**
 * The storage's own work for each chunk of a run, told apart from the round trip. Chunks are sent
 * before the one before is answered (exchange.ts, two in flight), so the storage process takes a
 * chunk as soon as it has finished the one before: a chunk's work is the time from when the storage
 * could start it (it was sent, and the chunk before was done) to its answer. The answer's trip back
 * is in both ends and cancels out. The first chunk of a run has nothing before it: its time is the
 * round trip and the transaction's start as well, so it is not counted (`null`).
 *
 * Sized by whole time (first request to answer), chunks sat at 15–24 records on a loaded machine:
 * a round trip of 15–30 ms alone met the target, so a run paid a round trip per 15 records while the
 * storage idled; a read waited for that little work plus the commit all the same.
 */
export class ChunkClock {
  #lastDone: number | null = null;

  /** A chunk sent at `sentAt` was answered at `doneAt`: its storage work, or null for a run's first. */
  done(sentAt: number, doneAt: number): number | null {
    const before = this.#lastDone;
    this.#lastDone = doneAt;
    if (before === null) return null;
    return Math.max(0, doneAt - Math.max(sentAt, before));
  }
}

let otherWrites = 0;

/**
 * Called by `op` when a write other than an import's starts, before it opens its transaction. An
 * import checks a batch's references once, then writes its slices in transactions that leave out the
 * stores it only read (so a read of those never waits for it); a write that could have removed a
 * reference since (a purge, an erase) or changed what a slice copies (a conversation's subject, for
 * the search words) makes the next slice read them again.
 */
export function writeStarted(): void {
  otherWrites++;
}

/** How many writes other than an import's have started (compared before each slice). */
export function writesStarted(): number {
  return otherWrites;
}
