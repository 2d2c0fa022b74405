// Does a URL fall under an adapter's match patterns? WXT's MatchPattern (@webext-core/match-patterns)
// reads them as the browser does, so the manifest and `matches()` can never disagree.
import { MatchPattern } from 'wxt/utils/match-patterns';

/** A `matches(url)` for these patterns (parsed once). */
export function matchesPatterns(patterns: readonly string[]): (url: URL) => boolean {
  const parsed = patterns.map((p) => new MatchPattern(p));
  // The href, not the URL: MatchPattern tests a non-string against `Location`, which a service worker lacks.
  return (url) => parsed.some((p) => p.includes(url.href));
}
