// Finds a Chromium to drive. Never downloads one: the machine's own browser is used.
import { existsSync } from 'node:fs';
import { findBrowser, type BrowserSearch } from './find-browser';

export const CHROMIUM_ENV_VARS = ['CHROMIUM_PATH', 'CHROME_PATH'] as const;

const CHROMIUM: BrowserSearch = {
  name: 'Chromium',
  envVars: CHROMIUM_ENV_VARS,
  candidates: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  installHints: [
    'Debian/Ubuntu:  sudo apt-get install -y chromium',
    'macOS:          brew install --cask chromium',
    'any system:     CHROMIUM_PATH=/path/to/chrome npm start',
  ],
};

export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string {
  return findBrowser(CHROMIUM, env, exists);
}

/** Flags that keep Chromium quiet on a machine without network and without a sandbox-capable kernel. */
export const QUIET_FLAGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export function chromiumArgs(extensionDir: string, opts: { headless: boolean }): string[] {
  const args = [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...QUIET_FLAGS];
  // Root (CI, containers) cannot use Chromium's sandbox.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  if (opts.headless) args.push('--disable-gpu');
  return args;
}
