// Page-supplied words made safe to show, store and summarise. Pure.
//
// Bidi controls (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates) let a page make
// "moc.elgoog" read as "google.com" or turn a date around in the panel, the summary and the customer's
// reply; they are removed. Sizes are bounded: a page once handed over a 20 MB subject.

/** LRE, RLE, PDF, LRO, RLO and LRI, RLI, FSI, PDI. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function neutraliseBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

export function hasBidiControls(text: string): boolean {
  return /[\u202A-\u202E\u2066-\u2069]/.test(text);
}

/** Limits for what a page may hand over (characters). */
export const PAGE_LIMITS = {
  subject: 500,
  customerName: 200,
  customerEmail: 254,
  customerOrg: 200,
  customerTimeZone: 64,
  key: 512,
  url: 4096,
  authorName: 200,
  messageText: 20_000,
  messages: 200,
  /** A time stamp's attribute, tooltip or text; the locale tag. */
  stamp: 200,
} as const;

/** Bidi controls out, then cut to `max` characters (never inside a surrogate pair). */
export function pageField(text: string, max: number): string {
  const clean = neutraliseBidi(text);
  if (clean.length <= max) return clean;
  let cut = clean.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut;
}

type ConversationFields = {
  key: string;
  subject: string;
  url?: string;
  customerName?: string;
  customerEmail?: string;
  customerOrg?: string;
  customerTimeZone?: string;
};

/** The page-supplied fields of a conversation, cleaned and bounded (others untouched). */
export function cleanConversationFields<T extends ConversationFields>(info: T): T {
  const out: T = { ...info, key: pageField(info.key, PAGE_LIMITS.key), subject: pageField(info.subject, PAGE_LIMITS.subject) };
  for (const f of ['customerName', 'customerEmail', 'customerOrg', 'customerTimeZone'] as const) {
    const v = info[f];
    if (typeof v === 'string') out[f] = pageField(v, PAGE_LIMITS[f]);
  }
  if (typeof info.url === 'string') out.url = info.url.slice(0, PAGE_LIMITS.url);
  return out;
}
