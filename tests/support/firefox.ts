// Launches the machine's Firefox (ESR) with the built Firefox add-on, for the end-to-end journeys in
// tests/firefox. Driven by puppeteer-core over WebDriver BiDi, which Firefox speaks natively: no
// driver and no browser is ever downloaded. The add-on is installed as a temporary add-on through
// BiDi's webExtension.install, the same way `about:debugging` loads one.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { PROJECT_ROOT } from './demo-server';
import { findBrowser, type BrowserSearch } from './find-browser';

/** Where `wxt build -b firefox --mode demo` writes the add-on the Firefox tests load. */
export const FIREFOX_DEMO_EXTENSION_DIR = join(PROJECT_ROOT, '.output/firefox-mv2-demo');

/** The add-on id in the Firefox manifest (browser_specific_settings.gecko.id in wxt.config.ts). */
export const GECKO_ID = 'commitment-keeper@commitment-keeper.dev';

/**
 * Firefox gives each add-on a random moz-extension:// host per profile. The tests pin it through the
 * `extensions.webextensions.uuids` preference, so the popup and options pages have a known URL.
 */
export const FIREFOX_EXTENSION_UUID = '6f3c2a1e-4b7d-4e0a-9c55-2d8e1f0b7a31';

export const FIREFOX_ENV_VARS = ['FIREFOX_PATH'] as const;

const FIREFOX: BrowserSearch = {
  name: 'Firefox',
  envVars: FIREFOX_ENV_VARS,
  candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
  installHints: ['Debian/Ubuntu:  sudo apt-get install -y firefox-esr', 'any system:     FIREFOX_PATH=/path/to/firefox npm test'],
};

export function findFirefox(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string {
  return findBrowser(FIREFOX, env, exists);
}

/** Preferences for a quiet, offline, test-friendly profile. */
export function firefoxPrefs(uuid: string = FIREFOX_EXTENSION_UUID): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
    // A temporary add-on is uninstalled when Firefox quits; these keep its IndexedDB and its
    // moz-extension host, so a restart with the same profile finds the same ledger (as a signed,
    // permanently installed add-on would).
    'extensions.webextensions.keepStorageOnUninstall': true,
    'extensions.webextensions.keepUuidOnUninstall': true,
    // No network here: nothing may phone home.
    'app.update.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'extensions.update.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'network.captive-portal-service.enabled': false,
  };
}

export interface FirefoxExtension {
  browser: Browser;
  profileDir: string;
  /** moz-extension://<uuid>/ */
  baseUrl: string;
  /** Opens an extension page (popup.html, options.html) in a new tab. */
  extensionPage(path: string): Promise<Page>;
  /** The text on the toolbar badge, read from an extension page. */
  badgeText(): Promise<string>;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

/** Where a page really is: puppeteer's BiDi page.url() lags behind for moz-extension:// documents. */
export function locationOf(target: Page | Frame): Promise<string> {
  return target.evaluate(() => location.href);
}

export async function launchFirefoxWithExtension(opts: {
  /** Any http page of the demo server: extension pages are reached from there (see extensionPage). */
  startUrl: string;
  profileDir?: string;
  extensionDir?: string;
}): Promise<FirefoxExtension> {
  const profileDir = opts.profileDir ?? (await mkdtemp(join(tmpdir(), 'ck-firefox-')));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir: profileDir,
    extraPrefsFirefox: firefoxPrefs(),
    defaultViewport: { width: 1400, height: 900 },
  });
  const installed = await browser.installExtension(opts.extensionDir ?? FIREFOX_DEMO_EXTENSION_DIR);
  if (installed !== GECKO_ID) throw new Error(`Firefox installed the add-on as ${installed}, not ${GECKO_ID}`);
  const baseUrl = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;

  // WebDriver BiDi refuses to navigate to moz-extension:// URLs ("unsupported operation"), but a web
  // page may open the add-on's web-accessible panel.html, which then runs as a full extension page
  // and can go on to any page of the add-on.
  const extensionPage = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    await page.goto(opts.startUrl);
    await page.evaluate((url) => {
      location.href = url;
    }, `${baseUrl}panel.html`);
    await waitUntil(
      () => locationOf(page),
      (href) => href.startsWith(baseUrl),
      'the extension page',
    );
    await page.evaluate((url) => {
      location.href = url;
    }, baseUrl + path);
    await waitUntil(
      () => locationOf(page),
      (href) => href === baseUrl + path,
      path,
    );
    await page.waitForFunction(() => document.readyState === 'complete');
    return page;
  };
  return {
    browser,
    profileDir,
    baseUrl,
    extensionPage,
    async badgeText() {
      const page = await extensionPage('popup.html');
      try {
        // MV2: the toolbar button is browserAction (Chrome's MV3 build uses action).
        return await page.evaluate(() => (globalThis as unknown as FirefoxBrowserApi).browser.browserAction.getBadgeText({}));
      } finally {
        await page.close();
      }
    },
    async close({ keepProfile = false } = {}) {
      await browser.close();
      if (!keepProfile) await rm(profileDir, { recursive: true, force: true });
    },
  };
}

interface FirefoxBrowserApi {
  browser: { browserAction: { getBadgeText(details: object): Promise<string> } };
}

/** The panel's frame on a host page (an extension iframe inside a closed shadow root). */
export async function firefoxPanelFrame(page: Page, timeoutMs = 20_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let frame: Frame | undefined;
    for (const candidate of page.frames()) {
      if (candidate === page.mainFrame()) continue;
      const href = await locationOf(candidate).catch(() => '');
      if (href.startsWith('moz-extension://') && href.includes('/panel.html')) frame = candidate;
    }
    if (frame) {
      await frame.waitForSelector('main.panel', { timeout: Math.max(1, deadline - Date.now()) });
      return frame;
    }
    if (Date.now() > deadline) throw new Error(`No Commitment Keeper panel on ${page.url()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Polls until `read` returns a value `accept` takes, or fails with the last value seen. */
export async function waitUntil<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    try {
      last = await read();
      if (accept(last)) return last;
    } catch {
      // The frame may be reloading; read again.
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
