// The external labelled set is data the eval trusts: every line must parse, carry the fields the
// eval reads, agree with itself (a promise has a party; a non-promise has none), and name a source
// under a licence that lets the project keep the text.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ALLOWED_LICENSES = ['MIT', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', 'CC-BY-4.0', 'CC-BY-SA-4.0'];
const PARTIES = ['agent', 'customer', 'third-party'];
const file = join(dirname(fileURLToPath(import.meta.url)), 'commitments.jsonl');

interface Line {
  id: unknown;
  text: unknown;
  author: unknown;
  is_commitment: unknown;
  party: unknown;
  kind?: unknown;
  has_deadline: unknown;
  split: unknown;
  source: { repo?: unknown; path?: unknown; commit?: unknown; license?: unknown } | undefined;
}

const raw = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');
const lines: Line[] = raw.map((l, i) => {
  try {
    return JSON.parse(l) as Line;
  } catch (e) {
    throw new Error(`commitments.jsonl line ${i + 1} is not JSON: ${(e as Error).message}`);
  }
});

describe('tests/eval/external/commitments.jsonl', () => {
  it('holds at least 300 sentences with unique ids and no repeated text', () => {
    expect(lines.length).toBeGreaterThanOrEqual(300);
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
    expect(new Set(lines.map((l) => String(l.text).toLowerCase())).size).toBe(lines.length);
  });

  it.each(lines.map((l, i) => [i + 1, l] as const))('line %i has every field with its type', (_n, l) => {
    expect(typeof l.id).toBe('string');
    expect(typeof l.text).toBe('string');
    expect((l.text as string).trim().length).toBeGreaterThan(0);
    expect(['agent', 'customer']).toContain(l.author);
    expect(typeof l.is_commitment).toBe('boolean');
    expect(typeof l.has_deadline).toBe('boolean');
    expect(['tuning', 'holdout']).toContain(l.split);
    if (l.is_commitment) {
      expect(PARTIES).toContain(l.party);
      expect(l.kind).toBe('promise');
    } else {
      expect(l.party).toBeNull();
      expect(l.has_deadline).toBe(false);
      if (l.kind !== undefined) expect(l.kind).toBe('request');
    }
  });

  it.each(lines.map((l, i) => [i + 1, l] as const))('line %i names its source and an allowed licence', (_n, l) => {
    expect(l.source).toBeDefined();
    expect(l.source!.repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
    expect(typeof l.source!.path).toBe('string');
    expect(l.source!.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(ALLOWED_LICENSES).toContain(l.source!.license);
  });

  it('has both sides and both answers, so precision and recall both mean something', () => {
    for (const author of ['agent', 'customer']) {
      expect(lines.some((l) => l.author === author && l.is_commitment === true)).toBe(true);
      expect(lines.some((l) => l.author === author && l.is_commitment === false)).toBe(true);
    }
  });
});
