// Which adapter serves a page: the URL first, else a markup check (demo pages on 127.0.0.1, custom
// helpdesk domains), else the default heuristics.
import { defaultAdapter } from './default';
import { demoHelpdesk } from './demo-helpdesk';
import { freshdesk } from './freshdesk';
import { front } from './front';
import { gmail } from './gmail';
import { helpscout } from './helpscout';
import { hubspot } from './hubspot';
import { intercom } from './intercom';
import { outlook } from './outlook';
import type { HostAdapter } from './types';
import { zendesk } from './zendesk';

/**
 * Host adapters, one line each, in the order `detect` is tried on unknown URLs: the ones with the
 * most specific markup first; Front (generic data-testid markup) and the demo conventions last.
 * Their ids, names, labels and match patterns are written once, in ./catalogue.ts (in this order).
 */
export const ADAPTERS: readonly HostAdapter[] = [gmail, outlook, zendesk, freshdesk, helpscout, intercom, hubspot, front, demoHelpdesk];

export { defaultAdapter };

// The match patterns are the host catalogue's (./catalogue.ts, with the known ids): read from there,
// the options page and wxt.config.ts do not bundle the adapters.
export { SUPPORTED_MATCH_PATTERNS } from './catalogue';

function toUrl(url: URL | string): URL {
  return typeof url === 'string' ? new URL(url) : url;
}

/** The adapter for a known host URL, or undefined. */
export function adapterForUrl(url: URL | string): HostAdapter | undefined {
  const u = toUrl(url);
  return ADAPTERS.find((a) => a.matches(u));
}

/** URL first; else `detect` on the markup; else the default adapter. Never undefined. */
export function adapterForDocument(doc: Document, url: URL | string): HostAdapter {
  const u = toUrl(url);
  return adapterForUrl(u) ?? ADAPTERS.find((a) => a.detect(doc)) ?? defaultAdapter;
}

export function adapterById(id: string): HostAdapter | undefined {
  return id === defaultAdapter.id ? defaultAdapter : ADAPTERS.find((a) => a.id === id);
}
