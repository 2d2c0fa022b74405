// Launches Chromium with the built extension loaded.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium';
import { PROJECT_ROOT } from './demo-server';

/** Where `wxt build --mode demo` writes the Chrome build the tests and `npm start` load. */
export const DEMO_EXTENSION_DIR = join(PROJECT_ROOT, '.output/chrome-mv3-demo');

export interface LoadedExtension {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** The live background service worker (it may have been restarted since launch). */
  worker(): Promise<Worker>;
  /** Closes the browser; keeps the profile when `keepProfile` (to test a browser restart). */
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

export async function launchWithExtension(
  opts: {
    headless?: boolean;
    userDataDir?: string;
    extensionDir?: string;
    colorScheme?: 'light' | 'dark';
    /** Extra Chromium flags (the hostile-page suite maps real host names to a local https server). */
    args?: string[];
    ignoreHTTPSErrors?: boolean;
  } = {},
): Promise<LoadedExtension> {
  const headless = opts.headless ?? true;
  const extensionDir = opts.extensionDir ?? DEMO_EXTENSION_DIR;
  const userDataDir = opts.userDataDir ?? (await mkdtemp(join(tmpdir(), 'ck-profile-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless,
    args: [...chromiumArgs(extensionDir, { headless }), ...(opts.args ?? [])],
    ...(opts.ignoreHTTPSErrors ? { ignoreHTTPSErrors: true } : {}),
    viewport: { width: 1400, height: 900 },
    colorScheme: opts.colorScheme ?? 'light',
  });
  const worker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return live ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  };
  const extensionId = new URL((await worker()).url()).host;
  return {
    context,
    extensionId,
    userDataDir,
    worker,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The chrome.* API inside the service worker, as far as the tests use it. */
interface WorkerChrome {
  action: {
    getBadgeText(details: object): Promise<string>;
    getBadgeBackgroundColor(details: object): Promise<[number, number, number, number]>;
  };
}
declare const chrome: WorkerChrome;

export async function badgeText(ext: LoadedExtension): Promise<string> {
  return (await ext.worker()).evaluate(() => chrome.action.getBadgeText({}));
}

export async function badgeColor(ext: LoadedExtension): Promise<[number, number, number, number]> {
  return (await ext.worker()).evaluate(() => chrome.action.getBadgeBackgroundColor({}));
}

/**
 * Stops the extension's service worker the way Chrome does when it goes idle (its in-memory state
 * is gone); the next message or event starts a fresh one. Resolves once Chrome reports it stopped.
 */
export async function stopServiceWorker(ext: LoadedExtension): Promise<void> {
  // The ServiceWorker domain must be used from a page of the extension's own origin: from a web
  // page's session it does not reach the extension's worker (Chromium 156).
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  const cdp = await ext.context.newCDPSession(page);
  try {
    const stopped = new Promise<void>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.scriptURL.startsWith(`chrome-extension://${ext.extensionId}/`) && v.runningStatus === 'stopped'))
          resolve();
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      stopped,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('The service worker did not stop.')), 10_000);
      }),
    ]).finally(() => clearTimeout(timer));
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

/**
 * Where `wxt build` writes the production Chrome build (minified React), which the benchmarks load;
 * CK_EXTENSION_DIR names another build (another commit's, for a before/after on one machine).
 */
export const PRODUCTION_EXTENSION_DIR = process.env.CK_EXTENSION_DIR ?? join(PROJECT_ROOT, '.output/chrome-mv3');

/** Builds the production extension (unless CK_SKIP_BUILD=1 and a build exists) and launches it. */
export async function launchProductionBuild(opts: { args?: string[]; ignoreHTTPSErrors?: boolean } = {}): Promise<LoadedExtension> {
  if (process.env.CK_SKIP_BUILD !== '1' || !existsSync(join(PRODUCTION_EXTENSION_DIR, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  }
  return launchWithExtension({ ...opts, extensionDir: PRODUCTION_EXTENSION_DIR });
}

/** The median of some timings. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
