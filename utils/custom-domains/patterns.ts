// Pure helpers for custom helpdesk domains: which origin to ask for, and which domains the manifest's
// own content script already covers. No browser API, so they are tested directly.
import { MatchPattern } from 'wxt/utils/match-patterns';

/**
 * The generic content script as WXT builds it (entrypoints/content/index.ts → content-scripts/content.js):
 * registered here for custom domains, and added by the demo build's manifest hook (wxt.config.ts).
 */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

/** Id of the one dynamic content script that serves every custom domain. */
export const CUSTOM_SCRIPT_ID = 'ck-custom-domains';

/**
 * The origin permission asked for a custom domain. Only https: a helpdesk served over plain http
 * would leak the conversations anyway, and asking for one scheme keeps the prompt honest.
 */
export function originFor(host: string): string {
  return `https://${host}/*`;
}

/**
 * Does a match pattern ('https://*.zendesk.com/*', '<all_urls>') cover every page of
 * `https://<host>/`? Read by WXT's MatchPattern, as the browser reads it; a path other than '/*'
 * covers only part of the site, so not the host.
 */
export function patternCoversHost(pattern: string, host: string): boolean {
  if (pattern !== '<all_urls>' && !/^[^:]+:\/\/[^/]*\/\*$/.test(pattern)) return false;
  try {
    return new MatchPattern(pattern).includes(`https://${host.toLowerCase()}/`);
  } catch {
    return false; // not a match pattern
  }
}

/** The manifest's static content script already runs on this host: registering it again would inject twice. */
export function isBuiltInHost(host: string, manifestMatches: readonly string[]): boolean {
  return manifestMatches.some((pattern) => patternCoversHost(pattern, host));
}

type SkipReason = 'built-in' | 'not-granted' | 'switched-off';

export interface CustomScriptPlan {
  /** Match patterns the dynamic content script should have; empty = no script. */
  matches: string[];
  skipped: Array<{ host: string; reason: SkipReason }>;
}

/**
 * Which custom domains get the dynamic content script: the ones switched on, not already served by
 * the manifest, and whose host permission the agent granted. Sorted so that comparing with what is
 * registered does not depend on order.
 */
export function planCustomScript(input: {
  domains: readonly string[];
  enabled: boolean;
  manifestMatches: readonly string[];
  granted: ReadonlySet<string>;
}): CustomScriptPlan {
  const skipped: CustomScriptPlan['skipped'] = [];
  const matches = new Set<string>();
  for (const host of input.domains) {
    if (!input.enabled) skipped.push({ host, reason: 'switched-off' });
    else if (isBuiltInHost(host, input.manifestMatches)) skipped.push({ host, reason: 'built-in' });
    else if (!input.granted.has(host)) skipped.push({ host, reason: 'not-granted' });
    else matches.add(originFor(host));
  }
  return { matches: [...matches].sort(), skipped };
}

export function sameMatches(a: readonly string[] | undefined, b: readonly string[]): boolean {
  if (!a || a.length !== b.length) return false;
  const sorted = [...a].sort();
  return sorted.every((x, i) => x === b[i]);
}
