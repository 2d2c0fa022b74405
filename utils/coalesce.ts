/**
 * One run at a time, and none lost: a call while a run is going marks one more run after it (any
 * number of calls during a run cost one more run). Every call gets the promise of the run that will
 * cover it. `run` handles its own errors (a rejected run would end the loop).
 */
export function coalesced(run: () => Promise<void>): (() => Promise<void>) & { idle(): Promise<void> } {
  let running: Promise<void> | null = null;
  let again = false;
  const call = () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await run();
      } while (again);
    })().finally(() => {
      running = null;
    });
    return running;
  };
  /** Resolves once no run is going (tests and shutdown wait on it). */
  const idle = async () => {
    while (running) await running;
  };
  return Object.assign(call, { idle });
}
