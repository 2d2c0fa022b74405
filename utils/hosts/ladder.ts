// The lower rungs every adapter stands on when a host's markup changes: the conversation key from
// the URL (else the page title), the subject from the page title. Hosts rename their markup every
// few months; their URLs and tab titles change far less often. Pure: URL and Document in.

/**
 * The conversation's subject as the tab title shows it: "Refund … – Ticket #4182 – Verdant Support"
 * → "Refund …"; "Subject - dana@acme.com - Gmail" → "Subject". The first part that is not an
 * address, an app name or a number; '' when the title has none.
 */
export function subjectFromTitle(title: string): string {
  // The patterns are built per call, not as module constants: a constant is built while the module
  // loads, outside any test, so mutation testing could not tell which tests read it and ran the
  // whole hosts suite for each of its mutants (tests/mutation/README.md). The engine caches the
  // compiled pattern; a call costs a few object allocations.
  const TITLE_SEPARATORS = /\s+[-–—|·•:]\s+/;
  /** Tab-title parts that are the app, the mailbox or a counter, not the conversation. */
  const NOT_A_SUBJECT =
    /^(?:inbox|mail|gmail|outlook|zendesk|freshdesk|help ?scout|intercom|front|hubspot|support|helpdesk|help desk|tickets?|conversations?|messages?|dashboard|home)(?: \(\d+\))?$/i;
  const EMAIL_ONLY = /^[^\s@]+@[^\s@]+$/;
  /** "Ticket #4182", "#4182", "Conversation 9130": a number, not a subject. */
  const ID_ONLY = /^(?:ticket|case|conversation|thread|issue)?\s*#?\s*\d+$/i;
  const parts = title
    .replace(/^\(\d+\)\s*/, '') // "(3) Subject …": unread counter
    .split(TITLE_SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
  const index = parts.findIndex((p) => !EMAIL_ONLY.test(p) && !NOT_A_SUBJECT.test(p) && !ID_ONLY.test(p));
  if (index < 0) return '';
  // Only the last part left ("Case 12 – Acme"): that is where the app or company name sits, so
  // the whole title says more than it does.
  if (index === parts.length - 1 && parts.length > 1) return title.replace(/^\(\d+\)\s*/, '').trim();
  return parts[index] ?? '';
}

/** A query parameter that names one record ("?ticket=88"); the pattern per call, as in subjectFromTitle. */
function isIdParam(name: string): boolean {
  return /^(id|ticket|ticket_?id|conversation|conversation_?id|thread|thread_?id|case|case_?id|issue)$/i.test(name);
}

/** A path or hash segment that names one record: a number, or a long opaque token with digits or mixed case. */
function idLike(segment: string): boolean {
  if (/^\d{2,}$/.test(segment)) return true; // one digit is an index (Gmail's /mail/u/0), not a record
  if (/\d.*\d.*\d/.test(segment) && segment.length <= 80) return true;
  return /^[A-Za-z0-9_-]{16,}$/.test(segment) && /[0-9]|[a-z][A-Z]|[A-Z][a-z].*[A-Z]/.test(segment);
}

/** Stable key from the URL alone: host + path, "#/…" routes and id-like query parameters. */
export function urlKey(url: URL): string {
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const params = [...url.searchParams.entries()]
    .filter(([k]) => isIdParam(k))
    .map(([k, v]) => `${k}=${v}`)
    .sort();
  const route = /^#!?\//.test(url.hash) ? url.hash.replace(/\?.*$/, '') : '';
  return `${url.hostname}${path}${params.length ? `?${params.join('&')}` : ''}${route}`;
}

/**
 * A key from the URL when the URL names one record (an id in the path, an id parameter, or a
 * hash route ending in an id such as Gmail's "#inbox/FMfcgz…"); undefined for URLs that look the
 * same for every conversation.
 */
export function urlIdKey(url: URL): string | undefined {
  const pathIds = url.pathname.split('/').filter(idLike);
  const hasParam = [...url.searchParams.keys()].some(isIdParam);
  const hashPath = url.hash.replace(/^#!?/, '').replace(/\?.*$/, '');
  const hashId = hashPath.split('/').filter(Boolean).pop();
  const hashNamesRecord = Boolean(hashId && idLike(hashId));
  if (pathIds.length === 0 && !hasParam && !hashNamesRecord) return undefined;
  const base = urlKey(url);
  // "#inbox/FMfcgz…" is not a "#/" route, so urlKey leaves it out; the token is the record.
  return hashNamesRecord && !base.includes('#') ? `${base}#${hashPath}` : base;
}

/** The last rungs for a conversation key: the URL when it names one record, else the tab title. */
export function fallbackKey(url: URL | undefined, doc: Document): string | undefined {
  const fromUrl = url ? urlIdKey(url) : undefined;
  if (fromUrl) return fromUrl;
  const subject = subjectFromTitle(doc.title);
  if (!subject) return undefined;
  return `${url ? `${url.hostname}:` : ''}title:${subject.toLowerCase().replace(/\s+/g, ' ')}`;
}
