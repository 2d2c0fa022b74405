// The ledger as seen from the panel, popup and options: every call goes to the background (over a
// long-lived port), which owns the Dexie database (README: How it is built).
import type { ProxyService } from '@webext-core/proxy-service';
import { createLedgerPortClient } from './ledger-port';
import { defineExtensionMessaging } from '@webext-core/messaging';
import { cleanConversationFields } from '../hosts/page-text';
import { bindConversation, type AdapterOwnsUrl } from '../ledger/conversation-id';
import type { LedgerService } from '../ledger/service';
import type { ConversationInfo, NewCommitment } from '../ledger/types';
import { isRecord } from '../guards';
import { classifySender, SenderRefused, type ExtensionIdentity, type SenderLike } from './senders';
import { LEDGER_MESSAGE_TYPE } from './ledger-key';
import { LEDGER_CALL_MEASURE, measureSince } from '../reminders/measures';

export type LedgerClient = ProxyService<LedgerService>;

/**
 * The ledger for the panel, popup and options: over one long-lived port (ledger-port.ts), which costs
 * less per call than a message to every extension context. The background also still answers the
 * proxy service's messages (`serveLedger`), as the end-to-end seed uses them.
 */
export function createLedgerClient(): LedgerClient {
  return createLedgerPortClient();
}

/** The service's public methods: the only paths a call may name (never `constructor`, `__proto__`, …). */
export function ledgerMethods(service: object): Set<string> {
  const proto = Object.getPrototypeOf(service) as object;
  return new Set(
    Object.getOwnPropertyNames(proto).filter((n) => n !== 'constructor' && typeof (proto as Record<string, unknown>)[n] === 'function'),
  );
}

interface ProxyCall {
  path?: unknown;
  args?: unknown;
}

/**
 * Decides one proxied call: who may make it, and what the page a panel sits on forces into it.
 * A panel's conversation is bound to its tab's URL (site, URL, adapter namespace); an extension page
 * (popup, options) is trusted as it is. Content scripts and other extensions are refused.
 */
export function admitLedgerCall(
  call: ProxyCall,
  sender: SenderLike,
  me: ExtensionIdentity,
  methods: ReadonlySet<string>,
  ownsUrl: AdapterOwnsUrl,
): { method: string; args: unknown[] } {
  const kind = classifySender(sender, me);
  if (kind !== 'extension-page' && kind !== 'panel') throw new SenderRefused('The ledger', kind);
  const path = call.path;
  if (!Array.isArray(path) || path.length !== 1 || typeof path[0] !== 'string' || !methods.has(path[0])) {
    throw new Error(`Commitment Keeper: the ledger has no method ${JSON.stringify(path)}.`);
  }
  const method = path[0];
  const args = Array.isArray(call.args) ? [...(call.args as unknown[])] : [];
  if (kind === 'panel') {
    const pageUrl = sender.tab?.url;
    const bind = (info: unknown): unknown => {
      if (!isRecord(info)) return info; // the service reports the shape problem
      if (!pageUrl) throw new Error('Commitment Keeper: the browser did not say which page this panel is on; nothing was saved.');
      // Page words bounded and rid of bidi controls here too: the ledger never stores a 20 MB subject.
      return bindConversation(cleanConversationFields(info as unknown as ConversationInfo), pageUrl, ownsUrl);
    };
    if (method === 'upsertConversation') args[0] = bind(args[0]);
    if (method === 'addCommitment' && isRecord(args[0]))
      args[0] = { ...(args[0] as unknown as NewCommitment), conversation: bind(args[0].conversation) };
  }
  return { method, args };
}

/** Background only: answers the proxy's calls after admitLedgerCall. */
export function serveLedger(service: LedgerService, me: ExtensionIdentity, ownsUrl: AdapterOwnsUrl): () => void {
  const methods = ledgerMethods(service);
  const messaging = defineExtensionMessaging<Record<string, (call: ProxyCall) => unknown>>();
  return messaging.onMessage(LEDGER_MESSAGE_TYPE, ({ data, sender }) => {
    const { method, args } = admitLedgerCall(data ?? {}, sender, me, methods, ownsUrl);
    return callService(service, method, args);
  });
}

/** Runs one admitted call; its time in the worker alone is a User Timing entry for `npm run bench`. */
export async function callService(service: object, method: string, args: unknown[]): Promise<unknown> {
  const fn = (service as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[method]!;
  const t0 = performance.now();
  try {
    return await fn.apply(service, args);
  } finally {
    measureSince(LEDGER_CALL_MEASURE + method, t0);
  }
}
