// Ids shared by the ledger and its callers (pure; safe to import from any context).
// A conversation's id names its site too: see conversation-id.ts.
export { conversationIdOf } from './conversation-id';
