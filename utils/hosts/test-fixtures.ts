// Test helper: loads dated host fixtures from tests/fixtures/hosts (Node fs; tests only).
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FIXTURE_DIR = resolve(__dirname, '../../tests/fixtures/hosts');

export function fixtureHtml(host: string, file: string): string {
  return readFileSync(join(FIXTURE_DIR, host, file), 'utf8');
}

/** Parses a fixture into its own Document (no shared global state between tests). */
export function loadFixture(host: string, file: string): Document {
  return new DOMParser().parseFromString(fixtureHtml(host, file), 'text/html');
}

/**
 * A fixture parsed on first use, then shared by the tests of one describe block. Call it inside
 * `it`, never in a describe body: work done while a file is collected is paid again by every
 * mutant run that loads the file (tests/mutation/README.md, "Static mutants").
 */
export function lazyFixture(host: string, file: string): () => Document {
  let doc: Document | undefined;
  return () => (doc ??= loadFixture(host, file));
}

export function fixtureFiles(host: string): string[] {
  return readdirSync(join(FIXTURE_DIR, host))
    .filter((f) => f.endsWith('.html'))
    .sort();
}
