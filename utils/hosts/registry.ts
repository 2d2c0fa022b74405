// Which adapter serves a page: the URL first, else a markup check (demo pages on 127.0.0.1, custom
// helpdesk domains), else the default heuristics.
import { defaultAdapter } from './default';
import { demoHelpdesk } from './demo-helpdesk';
import { gmail } from './gmail';
import { zendesk } from './zendesk';
import type { HostAdapter } from './types';

/** Host adapters in the order `detect` is tried (most specific markup first). */
export const ADAPTERS: readonly HostAdapter[] = [gmail, zendesk, demoHelpdesk];

export { defaultAdapter };

/** Match patterns for the manifest / content script `matches`. */
export const SUPPORTED_MATCH_PATTERNS: string[] = [
  'https://mail.google.com/*',
  'https://*.zendesk.com/*',
];

/** The adapter for a known host URL, or undefined. */
export function adapterForUrl(url: URL | string): HostAdapter | undefined {
  const u = typeof url === 'string' ? new URL(url) : url;
  return ADAPTERS.find((a) => a.matches(u));
}

/** URL first; else `detect` on the markup; else the default adapter. Never undefined. */
export function adapterForDocument(doc: Document, url: URL | string): HostAdapter {
  const u = typeof url === 'string' ? new URL(url) : url;
  return adapterForUrl(u) ?? ADAPTERS.find((a) => a.detect(doc)) ?? defaultAdapter;
}

export function adapterById(id: string): HostAdapter | undefined {
  return id === defaultAdapter.id ? defaultAdapter : ADAPTERS.find((a) => a.id === id);
}
