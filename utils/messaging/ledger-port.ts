// The ledger over one long-lived port per extension page (measured: at 100,000 commitments a
// message per call cost more than the query itself; README: Evaluation and benchmarks).
//
// Why: `runtime.sendMessage` from an extension page opens a channel per call and is delivered to
// every extension context listening (the worker, and every open panel, popup and options page, each
// of which parses it and drops it); a `runtime.connect` port goes to the worker alone and stays open,
// so a call is one postMessage each way. The calls, their checks (admitLedgerCall: who may call what,
// a panel's conversation bound to its tab) and their answers are the same as the proxy's.
//
// When the worker stops (idle, update) the port disconnects: calls in flight reject with "port closed"
// (a transient error: withRetry repeats them, writes safely so because they carry caller-made ids), and
// the next call connects again, which starts the worker.
import type { ProxyService } from '@webext-core/proxy-service';
import type { AdapterOwnsUrl } from '../ledger/conversation-id';
import type { LedgerService } from '../ledger/service';
import { admitLedgerCall, callService, ledgerMethods } from './ledger-client';
import type { ExtensionIdentity, SenderLike } from './senders';

export const LEDGER_PORT_NAME = 'commitment-keeper:ledger-port';

interface PortCall {
  id: number;
  path: unknown;
  args: unknown;
}

interface PortAnswer {
  id: number;
  res?: unknown;
  err?: SerializedError;
}

interface SerializedError {
  name: string;
  message: string;
  /** Own data fields of the error (a LedgerError's code, problems, detail, current). */
  fields: Record<string, unknown>;
}

function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(error)) {
    if (k === 'name' || k === 'message' || k === 'stack' || typeof v === 'function') continue;
    fields[k] = v;
  }
  return { name: error.name, message: error.message, fields };
}

function deserializeError(e: SerializedError): Error {
  const error = new Error(e.message);
  Object.defineProperty(error, 'name', { value: e.name, enumerable: false, configurable: true, writable: true });
  return Object.assign(error, e.fields);
}

/** A port as both browsers give it (the parts used here). */
export interface LedgerPort {
  name: string;
  sender?: SenderLike;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}

/** Background only: answers calls on ledger ports, after the same checks as the proxy's. */
export function serveLedgerPort(service: LedgerService, me: ExtensionIdentity, ownsUrl: AdapterOwnsUrl): () => void {
  const methods = ledgerMethods(service);
  const onConnect = (raw: unknown) => {
    const port = raw as LedgerPort;
    if (port.name === LEDGER_PORT_NAME) answerPort(port, service, me, methods, ownsUrl);
  };
  browser.runtime.onConnect.addListener(onConnect);
  return () => browser.runtime.onConnect.removeListener(onConnect);
}

/** Answers every call arriving on one port (exported for tests). */
export function answerPort(
  port: LedgerPort,
  service: object,
  me: ExtensionIdentity,
  methods: ReadonlySet<string>,
  ownsUrl: AdapterOwnsUrl,
): void {
  let open = true;
  port.onDisconnect.addListener(() => {
    open = false;
  });
  port.onMessage.addListener((message) => {
    const call = message as Partial<PortCall>;
    if (typeof call?.id !== 'number') return;
    const answer = (a: Omit<PortAnswer, 'id'>) => {
      if (open) port.postMessage({ id: call.id, ...a });
    };
    void (async () => {
      try {
        const { method, args } = admitLedgerCall({ path: call.path, args: call.args }, port.sender ?? {}, me, methods, ownsUrl);
        const res = await callService(service, method, args);
        answer({ res });
      } catch (error) {
        answer({ err: serializeError(error) });
      }
    })();
  });
}

/**
 * The ledger for an extension page (panel, popup, options), over one port opened on the first call
 * and again after a disconnect. Same shape as the proxy service's client.
 */
export function createLedgerPortClient(
  connect: () => LedgerPort = () => browser.runtime.connect({ name: LEDGER_PORT_NAME }) as unknown as LedgerPort,
): ProxyService<LedgerService> {
  let port: LedgerPort | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();

  const open = (): LedgerPort => {
    if (port) return port;
    const p = connect();
    p.onMessage.addListener((message) => {
      const a = message as PortAnswer;
      const call = pending.get(a?.id);
      if (!call) return;
      pending.delete(a.id);
      if (a.err) call.reject(deserializeError(a.err));
      else call.resolve(a.res);
    });
    p.onDisconnect.addListener(() => {
      if (port === p) port = null;
      // The worker stopped or was replaced mid-call: Chrome's words, so isTransient retries it.
      const lost = [...pending.values()];
      pending.clear();
      for (const call of lost) call.reject(new Error('The ledger port closed before a response was received.'));
    });
    port = p;
    return p;
  };

  const call = (method: string, args: unknown[]): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      try {
        open().postMessage({ id, path: [method], args } satisfies PortCall);
      } catch (error) {
        // A port whose worker just went away throws on post: connect again once.
        pending.delete(id);
        port = null;
        try {
          pending.set(id, { resolve, reject });
          open().postMessage({ id, path: [method], args } satisfies PortCall);
        } catch {
          pending.delete(id);
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }
    });

  return new Proxy({} as ProxyService<LedgerService>, {
    get(_target, prop) {
      if (typeof prop !== 'string' || prop === 'then') return undefined;
      return (...args: unknown[]) => call(prop, args);
    },
  });
}
