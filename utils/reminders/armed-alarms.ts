// The runtime's alarms as this worker last set them: a pass that computes the same wake-up time sets
// nothing (each call into the browser was about a millisecond of the pass that follows every write,
// README: Evaluation and benchmarks). Forgotten when the alarm goes off, and a new worker starts
// knowing nothing, so the alarm is always set again at least once per worker.
export class ArmedAlarms {
  readonly #armed = new Map<string, number | null>();
  readonly #alarms: Pick<typeof browser.alarms, 'create' | 'clear'>;

  constructor(alarms: Pick<typeof browser.alarms, 'create' | 'clear'> = browser.alarms) {
    this.#alarms = alarms;
  }

  /** The alarm at `when`, or none (null). */
  async set(name: string, when: number | null): Promise<void> {
    if (this.#armed.has(name) && this.#armed.get(name) === when) return;
    // Unknown while the call runs: a failed or overlapping one is set again by the next pass.
    this.#armed.delete(name);
    if (when === null) await this.#alarms.clear(name);
    else await this.#alarms.create(name, { when });
    this.#armed.set(name, when);
  }

  /** The alarm went off (it is gone in the browser): the next `set` sets it. */
  rang(name: string): void {
    this.#armed.delete(name);
  }
}
