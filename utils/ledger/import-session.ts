// The end of a streamed import, also when its caller never says so. The options page sends
// `importFinished` after its last batch (or in `finally` when an import is cut short), and that one
// change event makes the badge, the reminders' kept window and open panels read again. Closed
// mid-import, the page sends nothing: the ledger held the new records while the badge and the
// reminders went on with what they had read before, until the worker next started. So the worker
// keeps what the batches touched and, when no batch and no end has come for `idleMs` after the last
// batch, finishes the import itself: the same one event.
//
// Chrome stops an idle service worker after 30 s, so the wait is well under that; a page merely slow
// between two batches (it parses 500 records) costs at worst one early event, and the real end still
// sends its own.

/** Wait after the last batch before the worker ends an import itself. */
const IMPORT_IDLE_FINISH_MS = 10_000;

export type Schedule = (fn: () => void, ms: number) => () => void;

const realSchedule: Schedule = (fn, ms) => {
  const timer = setTimeout(fn, ms);
  return () => clearTimeout(timer);
};

export class ImportSession {
  readonly #touched = new Set<string>();
  #cancel: (() => void) | null = null;

  constructor(
    /** Tells the listeners once, for the conversations the import touched. */
    readonly finish: (conversationIds: string[]) => void,
    readonly idleMs: number = IMPORT_IDLE_FINISH_MS,
    readonly schedule: Schedule = realSchedule,
  ) {}

  /** A batch starts: no end while it is written. */
  batchStarted(): void {
    this.#cancel?.();
    this.#cancel = null;
  }

  /** A batch ended (written or refused): its conversations wait for the import's end. */
  batchEnded(conversationIds: Iterable<string>): void {
    for (const id of conversationIds) this.#touched.add(id);
    this.#cancel?.();
    this.#cancel = this.schedule(() => {
      this.#cancel = null;
      if (this.#touched.size > 0) this.finish(this.#take());
    }, this.idleMs);
  }

  /** The caller's end: its conversations and those of batches not yet told, told once. */
  end(conversationIds: readonly string[]): string[] {
    this.#cancel?.();
    this.#cancel = null;
    for (const id of conversationIds) this.#touched.add(id);
    return this.#take();
  }

  #take(): string[] {
    const ids = [...this.#touched];
    this.#touched.clear();
    return ids;
  }
}
