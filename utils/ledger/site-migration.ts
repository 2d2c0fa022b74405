// Moving conversations of before the site (id `${host}:${key}`) to their site-bound ids
// (`${host}|${site}|${key}`, conversation-id.ts). Pure: the Dexie upgrade (db.ts), the import of
// version-1 export files and the dismissed-suggestion store all use this one plan.
//
// The site comes from the URL the record kept. A record of a bound adapter (Gmail, Zendesk…) whose
// URL is not on that adapter's hosts was written by a page that claimed it: it goes to the custom
// namespace of the site it was seen on. Two old records never become one: when two would get the
// same new id, the later keeps its old adapter id inside its key. Records merged before this change
// (two tenants' ticket 4182 in one record) cannot be told apart: they move as one, to the site of
// the URL last written.
import { bindConversation, conversationIdOf, parseConversationId, siteOf, type AdapterOwnsUrl } from './conversation-id';

export interface OldConversation {
  id: string;
  host: string;
  key: string;
  url: string;
}

export interface SiteMove {
  from: string;
  to: string;
  host: string;
  site: string;
  key: string;
}

/** One move per conversation that needs one (records already site-bound are left alone), in input order. */
export function planSiteMoves(conversations: readonly OldConversation[], ownsUrl: AdapterOwnsUrl): SiteMove[] {
  const taken = new Set(conversations.filter((c) => parseConversationId(c.id) !== null).map((c) => c.id));
  const moves: SiteMove[] = [];
  for (const c of conversations) {
    if (parseConversationId(c.id) !== null) continue;
    let host = c.host;
    let site = '';
    try {
      const bound = bindConversation({ host: c.host, key: c.key }, c.url, ownsUrl);
      host = bound.host;
      site = bound.site;
    } catch {
      site = siteOf(c.url); // not a web page: keep the adapter, the site stays empty
    }
    let key = c.key;
    let to = conversationIdOf({ host, site, key });
    if (taken.has(to)) {
      key = `${c.host}:${c.key}`;
      to = conversationIdOf({ host, site, key });
      for (let n = 2; taken.has(to); n++) to = conversationIdOf({ host, site, key: `${c.host}:${c.key}#${n}` });
      key = parseConversationId(to)!.key;
    }
    taken.add(to);
    moves.push({ from: c.id, to, host, site, key });
  }
  return moves;
}
