// The ledger service's name on the message bus. Its own module with type-only imports, so the
// end-to-end seed (tests/support/ledger-seed.ts) can name the same service from Node.
import type { ProxyServiceKey } from '@webext-core/proxy-service';
import type { LedgerService } from '../ledger/service';

export const LEDGER_SERVICE_KEY = 'commitment-keeper:ledger' as ProxyServiceKey<LedgerService>;
/** The message type @webext-core/proxy-service sends for LEDGER_SERVICE_KEY. */
export const LEDGER_MESSAGE_TYPE = `proxy-service.${LEDGER_SERVICE_KEY}`;
