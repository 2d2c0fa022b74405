// Ids shared by the ledger and its callers (pure; safe to import from any context).

/** A conversation's ledger id: `${host}:${key}`. */
export function conversationIdOf(ref: { host: string; key: string }): string {
  return `${ref.host}:${ref.key}`;
}
