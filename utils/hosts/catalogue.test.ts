import { describe, expect, it } from 'vitest';
import { KNOWN_HOST_IDS, SUPPORTED_MATCH_PATTERNS, hostFacts } from './catalogue';
import { ADAPTERS, defaultAdapter } from './registry';

describe('host catalogue', () => {
  it("lists the registry's adapters in their order, the default adapter last", () => {
    expect(KNOWN_HOST_IDS).toEqual([...ADAPTERS.map((a) => a.id), defaultAdapter.id]);
  });

  it("is where each adapter's id, name, label and match patterns come from", () => {
    for (const adapter of [...ADAPTERS, defaultAdapter]) {
      const facts = hostFacts(adapter.id);
      expect(facts, adapter.id).toBeDefined();
      expect({ id: adapter.id, name: adapter.name, optionsLabel: adapter.optionsLabel, matchPatterns: adapter.matchPatterns }).toEqual({
        optionsLabel: undefined,
        ...facts,
      });
    }
  });

  it("gives the manifest every host's match patterns once", () => {
    expect(SUPPORTED_MATCH_PATTERNS).toEqual(KNOWN_HOST_IDS.flatMap((id) => hostFacts(id)!.matchPatterns));
    expect(new Set(SUPPORTED_MATCH_PATTERNS).size).toBe(SUPPORTED_MATCH_PATTERNS.length);
    expect(hostFacts('no-such-host')).toBeUndefined();
  });
});
