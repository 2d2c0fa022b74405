// Whether the popup offers to run the extension on the site in the active tab. Pure.
import { isBuiltInHost } from '@/utils/custom-domains';
import { normalizeHostname } from '@/utils/settings';

/**
 * The host to offer, or null: only an https page (the permission asked is https-only) that the
 * built-in hosts do not already cover and that is not yet a custom domain.
 */
export function siteOffer(tabUrl: string | undefined, manifestMatches: readonly string[], customDomains: readonly string[]): string | null {
  if (!tabUrl) return null;
  let url: URL;
  try {
    url = new URL(tabUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  const host = normalizeHostname(url.hostname);
  if (!host || isBuiltInHost(host, manifestMatches) || customDomains.includes(host)) return null;
  return host;
}
