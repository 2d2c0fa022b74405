// Pure helpers for custom helpdesk domains: which origin to ask for, and which domains the manifest's
// own content script already covers. No browser API, so they are tested directly.

/** Id of the one dynamic content script that serves every custom domain. */
export const CUSTOM_SCRIPT_ID = 'ck-custom-domains';

/**
 * The origin permission asked for a custom domain. Only https: a helpdesk served over plain http
 * would leak the conversations anyway, and asking for one scheme keeps the prompt honest.
 */
export function originFor(host: string): string {
  return `https://${host}/*`;
}

const PATTERN = /^(\*|https?|wss?|ftp|file):\/\/(\*|\*\.[^/*]+|[^/*]+)?(\/.*)$/;

/**
 * Does a match pattern ('https://*.zendesk.com/*', '<all_urls>') cover every page of
 * `https://<host>/`? Path parts other than '/*' are treated as not covering the whole site.
 */
export function patternCoversHost(pattern: string, host: string): boolean {
  if (pattern === '<all_urls>') return true;
  const m = PATTERN.exec(pattern);
  if (!m) return false;
  const [, scheme, hostPart = '', path] = m;
  if (scheme !== '*' && scheme !== 'https') return false;
  if (path !== '/*') return false;
  const h = host.toLowerCase();
  const p = hostPart.toLowerCase();
  if (p === '*') return true;
  if (p.startsWith('*.')) {
    const base = p.slice(2);
    return h === base || h.endsWith(`.${base}`);
  }
  return h === p;
}

/** The manifest's static content script already runs on this host: registering it again would inject twice. */
export function isBuiltInHost(host: string, manifestMatches: readonly string[]): boolean {
  return manifestMatches.some((pattern) => patternCoversHost(pattern, host));
}

export type SkipReason = 'built-in' | 'not-granted' | 'switched-off';

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
