// Long synchronous work cut into short turns. Chrome runs an extension's pages (the options page,
// the popup, a panel's frame) on one thread of one renderer process, and the service worker answers
// the ledger's port messages on its own single thread: a parse or a check that runs for seconds
// without giving way holds every read of the panel and the popup for as long (measured: the options
// page's check of a 20 MB file held the popup's reads 10 s; the worker's check of a 500-record
// message, up to 300 ms on a loaded machine). So such loops call `pause()` between small steps, and
// it gives way to the event loop once the turn has run `budgetMs`.

/**
 * A macrotask: the tasks queued meanwhile (port messages, their replies) run before it resolves. A
 * message to oneself rather than setTimeout(0), which Chrome stretches to 4 ms once nested.
 */
export function macrotask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Default turn: well under the 100 ms a read may take, with room for the read itself. */
const TURN_BUDGET_MS = 8;

export class TimeSlicer {
  #turnStarted: number;
  /** Times it gave way (tests, figures). */
  yields = 0;

  constructor(
    readonly budgetMs: number = TURN_BUDGET_MS,
    readonly now: () => number = () => performance.now(),
    readonly giveWay: () => Promise<void> = macrotask,
  ) {
    this.#turnStarted = now();
  }

  /** Gives way if this turn has run its budget; otherwise returns at once (no await cost to speak of). */
  async pause(): Promise<void> {
    if (this.now() - this.#turnStarted < this.budgetMs) return;
    await this.giveWay();
    this.yields++;
    this.#turnStarted = this.now();
  }
}
