// The worker's listeners of a committed write (the broadcast to open panels, the reminder pass) run
// after the caller's answer is on its way: they were started from inside the write's call, so the
// broadcast went out before the answer and the pass's first steps ran ahead of it (the panel's add
// waited for both; README: Evaluation and benchmarks). A macrotask runs after the microtasks that
// post the answer; changes keep their order (timers of equal delay run first in, first out).
export function afterReplies<T>(listener: (value: T) => void): (value: T) => void {
  return (value) => {
    setTimeout(() => listener(value), 0);
  };
}
