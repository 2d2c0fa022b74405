// Does an adapter own a URL (one of its own hosts)? Off them its conversations go to the custom
// namespace of that site (utils/ledger/conversation-id.ts).
import { adapterById } from './registry';

export const adapterOwnsUrl = (adapterId: string, url: URL): boolean => adapterById(adapterId)?.matches(url) ?? false;
