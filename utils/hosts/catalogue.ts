// Each host's facts, written once: id, name, the options page's label and where the host serves its
// app. The adapters spread their entry into their definition, the registry derives the manifest's
// match patterns and the known ids from it, and the options page reads it alone: listing the hosts
// there does not bundle the adapters' selectors and page logic (the options chunk stays small).
import type { I18nKey } from '../i18n-keys';

export interface HostFacts {
  /** Stable id, stored as ConversationInfo.host and as the key of `enabledHosts` ('gmail', 'custom', …). */
  readonly id: string;
  /** Name used in messages and, for product names, on the options page. */
  readonly name: string;
  /** The options page's label when it is not `name` (a catalog key: "Outlook on the web"). */
  readonly optionsLabel?: I18nKey;
  /**
   * Where the host serves its app, as manifest match patterns: the content script's `matches` and
   * the host permissions are derived from these. Empty: chosen by markup only.
   */
  readonly matchPatterns: readonly string[];
}

// One constant per host, so a host's own content script (entrypoints/<host>.content.ts), whose
// adapter spreads only its entry, does not carry the other hosts' facts: the lists below are marked
// pure, and dropped from a bundle that does not read them.
export const GMAIL_HOST = { id: 'gmail', name: 'Gmail', matchPatterns: ['https://mail.google.com/*'] } as const satisfies HostFacts;
export const OUTLOOK_HOST = {
  id: 'outlook',
  name: 'Outlook',
  optionsLabel: 'optionsHostOutlook',
  matchPatterns: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
} as const satisfies HostFacts;
export const ZENDESK_HOST = { id: 'zendesk', name: 'Zendesk', matchPatterns: ['https://*.zendesk.com/*'] } as const satisfies HostFacts;
export const FRESHDESK_HOST = {
  id: 'freshdesk',
  name: 'Freshdesk',
  matchPatterns: ['https://*.freshdesk.com/*'],
} as const satisfies HostFacts;
export const HELPSCOUT_HOST = {
  id: 'helpscout',
  name: 'Help Scout',
  matchPatterns: ['https://secure.helpscout.net/*'],
} as const satisfies HostFacts;
export const INTERCOM_HOST = {
  id: 'intercom',
  name: 'Intercom',
  matchPatterns: ['https://app.intercom.com/*'],
} as const satisfies HostFacts;
export const HUBSPOT_HOST = { id: 'hubspot', name: 'HubSpot', matchPatterns: ['https://app.hubspot.com/*'] } as const satisfies HostFacts;
export const FRONT_HOST = { id: 'front', name: 'Front', matchPatterns: ['https://app.frontapp.com/*'] } as const satisfies HostFacts;
// Served on 127.0.0.1 and localhost by the demo build (wxt.config.ts): chosen by markup.
export const DEMO_HELPDESK_HOST = {
  id: 'demo-helpdesk',
  name: 'the helpdesk page',
  optionsLabel: 'optionsHostDemo',
  matchPatterns: [],
} as const satisfies HostFacts;
// Custom domains the agent adds get it at run time (utils/custom-domains); any page it is asked about.
export const CUSTOM_HOST = {
  id: 'custom',
  name: 'this page',
  optionsLabel: 'optionsHostCustom',
  matchPatterns: [],
} as const satisfies HostFacts;

/** The hosts in the options page's order (the registry's detection order), the default adapter last. */
const ALL: readonly HostFacts[] = [
  GMAIL_HOST,
  OUTLOOK_HOST,
  ZENDESK_HOST,
  FRESHDESK_HOST,
  HELPSCOUT_HOST,
  INTERCOM_HOST,
  HUBSPOT_HOST,
  FRONT_HOST,
  DEMO_HELPDESK_HOST,
  CUSTOM_HOST,
];

/** Every host id, the default adapter's ('custom') last: the hosts the options page lists. */
export const KNOWN_HOST_IDS: readonly string[] = /* @__PURE__ */ ALL.map((h) => h.id);

/** Match patterns for the manifest / content script `matches` (custom domains are added at run time). */
export const SUPPORTED_MATCH_PATTERNS: string[] = /* @__PURE__ */ ALL.flatMap((h) => h.matchPatterns);

export function hostFacts(id: string): HostFacts | undefined {
  return ALL.find((h) => h.id === id);
}
