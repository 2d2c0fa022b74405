// A conversation's identity: the adapter, the site it lives on and the host's own key. Pure.
//
// Why the site: Zendesk and Freshdesk number tickets per tenant, so ticket 4182 of acme.zendesk.com
// and ticket 4182 of globex.zendesk.com are two conversations of two clients. And on a custom domain
// the adapter is chosen by markup alone, so a page there can copy Gmail's markup and name a Gmail
// thread: its conversation must never be the Gmail one.
//
// The site is the origin of the page's URL as the *browser* reports it (the background reads
// `sender.tab.url`; the content script its own `location`), never a value the page wrote.

/** Adapters that own no host: chosen by markup anywhere (the default heuristics, the demo pages). */
const UNBOUND_ADAPTERS: ReadonlySet<string> = new Set(['custom', 'demo-helpdesk', 'page']);

/** The namespace of a bound adapter seen off its own hosts (a custom domain with Gmail-like markup). */
export const CUSTOM_NAMESPACE = 'custom';

/** Separates the parts of an id: never in an adapter id nor in an origin. */
const SEP = '|';

export interface SiteRef {
  host: string;
  key: string;
  /** The origin the conversation was seen on (`https://acme.zendesk.com`). */
  site?: string;
  url?: string;
}

/** `https://acme.zendesk.com` for a page of it; '' for a URL that does not parse or has no origin. */
export function siteOf(url: string | undefined): string {
  if (!url) return '';
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? '' : origin;
  } catch {
    return '';
  }
}

/** A conversation's ledger id: `${host}|${site}|${key}`. The site falls back to the URL's origin. */
export function conversationIdOf(ref: SiteRef): string {
  return [ref.host, ref.site ?? siteOf(ref.url), ref.key].join(SEP);
}

/**
 * Two references name one conversation: the same adapter, key and site. A reference that does not
 * know its site (a record from before sites) matches that conversation on any site.
 */
export function sameConversation(a: SiteRef, b: SiteRef): boolean {
  return a.host === b.host && a.key === b.key && (a.site === undefined || b.site === undefined || a.site === b.site);
}

/** The parts of an id made by conversationIdOf; null for another shape (an id of before the site). */
export function parseConversationId(id: string): { host: string; site: string; key: string } | null {
  const a = id.indexOf(SEP);
  const b = a < 0 ? -1 : id.indexOf(SEP, a + 1);
  if (a <= 0 || b < 0) return null;
  return { host: id.slice(0, a), site: id.slice(a + 1, b), key: id.slice(b + 1) };
}

export type AdapterOwnsUrl = (adapterId: string, url: URL) => boolean;

/**
 * Binds a conversation the page described to the page it was seen on: the site and URL become the
 * page's (`pageUrl`, which the caller took from the browser), and an adapter that owns hosts keeps
 * its name only on them — elsewhere the conversation goes to the custom namespace of that site.
 * Throws for a page URL that is not http(s): no conversation is noted there.
 */
export function bindConversation<T extends SiteRef>(info: T, pageUrl: string, ownsUrl: AdapterOwnsUrl): T & { site: string; url: string } {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    throw new Error(`Not a page a conversation can be noted on: ${JSON.stringify(pageUrl)}.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`Not a web page: ${url.protocol}`);
  const host = UNBOUND_ADAPTERS.has(info.host) || ownsUrl(info.host, url) ? info.host : CUSTOM_NAMESPACE;
  return { ...info, host, site: url.origin, url: url.href };
}
