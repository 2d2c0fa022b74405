// The ledger as seen from the panel, popup and options: every call is a message to the background,
// which owns the Dexie database (ARCHITECTURE.md §1).
import { createProxyService, registerService, type ProxyServiceKey } from '@webext-core/proxy-service';
import type { LedgerService } from '../ledger/service';

const LEDGER_SERVICE_KEY = 'commitment-keeper:ledger' as ProxyServiceKey<LedgerService>;

export type LedgerClient = ReturnType<typeof createLedgerClient>;

export function createLedgerClient() {
  return createProxyService(LEDGER_SERVICE_KEY);
}

/** Background only. */
export function serveLedger(service: LedgerService): () => void {
  return registerService(LEDGER_SERVICE_KEY, service);
}
