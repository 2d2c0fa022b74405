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

/** The hosts in the options page's order (the registry's detection order), the default adapter last. */
export const HOSTS = {
  gmail: { id: 'gmail', name: 'Gmail', matchPatterns: ['https://mail.google.com/*'] },
  outlook: {
    id: 'outlook',
    name: 'Outlook',
    optionsLabel: 'optionsHostOutlook',
    matchPatterns: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  },
  zendesk: { id: 'zendesk', name: 'Zendesk', matchPatterns: ['https://*.zendesk.com/*'] },
  freshdesk: { id: 'freshdesk', name: 'Freshdesk', matchPatterns: ['https://*.freshdesk.com/*'] },
  helpscout: { id: 'helpscout', name: 'Help Scout', matchPatterns: ['https://secure.helpscout.net/*'] },
  intercom: { id: 'intercom', name: 'Intercom', matchPatterns: ['https://app.intercom.com/*'] },
  hubspot: { id: 'hubspot', name: 'HubSpot', matchPatterns: ['https://app.hubspot.com/*'] },
  front: { id: 'front', name: 'Front', matchPatterns: ['https://app.frontapp.com/*'] },
  // Served on 127.0.0.1 and localhost by the demo build (wxt.config.ts): chosen by markup.
  demoHelpdesk: { id: 'demo-helpdesk', name: 'the helpdesk page', optionsLabel: 'optionsHostDemo', matchPatterns: [] },
  // Custom domains the agent adds get it at run time (utils/custom-domains); any page it is asked about.
  custom: { id: 'custom', name: 'this page', optionsLabel: 'optionsHostCustom', matchPatterns: [] },
} as const satisfies Record<string, HostFacts>;

const ALL: readonly HostFacts[] = Object.values(HOSTS);

/** Every host id, the default adapter's ('custom') last: the hosts the options page lists. */
export const KNOWN_HOST_IDS: readonly string[] = ALL.map((h) => h.id);

/** Match patterns for the manifest / content script `matches` (custom domains are added at run time). */
export const SUPPORTED_MATCH_PATTERNS: string[] = ALL.flatMap((h) => h.matchPatterns);

export function hostFacts(id: string): HostFacts | undefined {
  return ALL.find((h) => h.id === id);
}
