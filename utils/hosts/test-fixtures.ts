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

export function fixtureFiles(host: string): string[] {
  return readdirSync(join(FIXTURE_DIR, host))
    .filter((f) => f.endsWith('.html'))
    .sort();
}
