// Fault points for the end-to-end fault suite (tests/e2e/faults.e2e.ts). Wired in the demo build
// only (entrypoints/background.ts checks the build mode, so the production bundle drops this file).
//
// A test arms one fault from the worker's console (`globalThis.__ckFault = { point }`); the next
// write then stops answering at that point, and the test stops the service worker while it waits:
//   'before-write':  nothing was written;
//   'after-commit':  the write committed (and was broadcast) but its reply never leaves the worker,
//                    the case where a caller's retry must not store a second copy.
//   'quota':         every write but purge fails as IndexedDB fails when the browser's storage is
//                    full (QuotaExceededError), until the fault is cleared. Chromium's CDP quota
//                    override (Storage.overrideQuotaForOrigin) did not limit the extension's origin
//                    in our runs, so the suite fills storage this way.
// `hit` turns true when the armed point is reached; 'before-write' and 'after-commit' fire once.
import { toLedgerError } from './errors';
import type { LedgerService } from './service';

type FaultPoint = 'before-write' | 'after-commit' | 'quota';

export interface ArmedFault {
  point: FaultPoint;
  hit?: boolean;
  /** The method that hit it. */
  method?: string;
}

const WRITES = new Set([
  'addCommitment',
  'updateCommitment',
  'complete',
  'reopen',
  'cancel',
  'reschedule',
  'snooze',
  'remove',
  'undoRemove',
  'purge',
]);

type FaultScope = { __ckFault?: ArmedFault | null };

const never = () => new Promise<never>(() => undefined);

export function withFaultPoints(service: LedgerService, scope: FaultScope = globalThis as FaultScope): LedgerService {
  return new Proxy(service, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== 'function') return value;
      // The service keeps its state in #private fields, which a Proxy as `this` cannot reach.
      if (typeof name !== 'string' || !WRITES.has(name)) return (value as (...a: unknown[]) => unknown).bind(target);
      return async (...args: unknown[]) => {
        const fault = scope.__ckFault;
        if (fault?.point === 'quota' && name !== 'purge') {
          Object.assign(fault, { hit: true, method: name });
          throw toLedgerError(new DOMException(`The quota has been exceeded (fault point, ${name}).`, 'QuotaExceededError'), 'writeLedger');
        }
        if (fault && !fault.hit && fault.point === 'before-write') {
          Object.assign(fault, { hit: true, method: name });
          return never();
        }
        const result = (await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args)) as unknown;
        const after = scope.__ckFault;
        if (after && !after.hit && after.point === 'after-commit') {
          Object.assign(after, { hit: true, method: name });
          return never();
        }
        return result;
      };
    },
  });
}
