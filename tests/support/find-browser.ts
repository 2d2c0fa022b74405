// Finds a browser of the machine to drive (Chromium or Firefox). Never downloads one.
import { existsSync } from 'node:fs';

export interface BrowserSearch {
  /** "Chromium", "Firefox": for the error message. */
  name: string;
  /** Environment variables that name the binary, first wins. */
  envVars: readonly string[];
  /** The usual install paths, in order. */
  candidates: readonly string[];
  /** How to install one, one line per system. */
  installHints: readonly string[];
}

export function findBrowser(
  search: BrowserSearch,
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string {
  for (const name of search.envVars) {
    const value = env[name];
    if (value) {
      if (!exists(value)) throw new Error(`${name} is set to ${value}, but no file is there.`);
      return value;
    }
  }
  const found = search.candidates.find((path) => exists(path));
  if (found) return found;
  throw new Error(
    [
      `No ${search.name} found. Install one, or point ${search.envVars[0]} at it:`,
      ...search.installHints.map((hint) => `  ${hint}`),
      `Looked in: ${search.candidates.join(', ')}`,
    ].join('\n'),
  );
}
