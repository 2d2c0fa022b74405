// `npm run bench popup-paint`: how fast the toolbar popup shows its lists with 100,000 commitments in
// the ledger, against the same popup on an empty ledger (the peer), in the same Chromium run.
//
// Engine: the production build (`wxt build`, .output/chrome-mv3: minified React; the demo build bundles
// React's development build, several times slower to render) in headless Chromium (playwright-core), the ledger in the real
// IndexedDB of the background service worker. 100,000 open commitments over 5,000 conversations are
// written straight into that database in one transaction (tests/support/ledger-seed.ts: the stored
// shape, `openDueAt` included), deadlines spread from 30 days ago to 60 days ahead.
//
// Figures per popup open (median of RUNS, after one warm-up):
//   first paint   the browser's first-contentful-paint entry (the popup's frame and "Loading…")
//   lists shown   when the browser first painted the lists: the earliest of
//                 - the Element Timing entries 'ck:popup-lists' (the section headings), and
//                 - the first contentful paint, when the first screen drawn before React was the lists
//                   (mark 'ck:popup-first-screen', detail 'lists'): the page has nothing contentful
//                   before it, so that paint is the lists'. Element Timing alone misses it in most
//                   opens: Chromium drops a text paint record whose layout object is destroyed before
//                   the frame's presentation time comes back, and React's commit replaces the first
//                   screen's nodes within a frame or two (seen: in 1 of 5 opens the first screen's
//                   headings were reported, detached, at exactly the first contentful paint; in the
//                   other 4 only React's, 30–60 ms later).
//                 A build with neither falls back to the 'ck:popup-ready' mark (React committed the
//                 sections), which on a loaded machine came 50–60 ms before the paint. The rest of the
//                 rows follow after the first paint ('ck:popup-all-rows').
//
// CK_SKIP_BUILD=1 reuses .output/chrome-mv3; POPUP_BENCH_N changes the ledger size.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchProductionBuild, median, PRODUCTION_EXTENSION_DIR, stopServiceWorker, type LoadedExtension } from '../support/extension';
import { callLedger, extensionPage, seedRaw } from '../support/ledger-seed';

const COMMITMENTS = Number(process.env.POPUP_BENCH_N ?? 100_000);
const RUNS = Number(process.env.POPUP_BENCH_RUNS ?? 9);
const READY_MARK = 'ck:popup-ready';
/** The popup's `elementtiming` identifier on its lists (components/popup/PopupApp.tsx). */
const LISTS_PAINT = 'ck:popup-lists';

interface Sample {
  firstPaint: number;
  /** When the lists were painted (Element Timing), or committed for a build without the entry. */
  listsShown: number;
  /** The 'ck:popup-ready' mark: React committed the lists. */
  committed: number;
  rows: number;
  /** The popup's own marks (main.tsx, usePopupData): script start, ledger asked, answered. */
  started: number;
  asked: number;
  answered: number;
  /** 'ck:popup-first-screen': the first screen drawn without React (NaN for a build without it). */
  firstScreen: number;
  /** 'ck:popup-app-loaded': React and the app's code fetched and run. */
  appLoaded: number;
  /** 'ck:popup-all-rows': the rows below the first screen drawn too (a deferred render). */
  allRows: number;
  /** The page's main-thread time up to the lists (CDP Performance.getMetrics): script, style + layout, every task. */
  script: number;
  styleLayout: number;
  tasks: number;
}

type Metrics = Pick<Sample, 'script' | 'styleLayout' | 'tasks'>;

async function mainThreadMetrics(page: Page, ext: LoadedExtension): Promise<{ read(): Promise<Metrics> }> {
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return {
    async read() {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
      const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
      return { script: ms('ScriptDuration'), styleLayout: ms('RecalcStyleDuration') + ms('LayoutDuration'), tasks: ms('TaskDuration') };
    },
  };
}

export async function openPopupOnce(ext: LoadedExtension): Promise<Sample> {
  const popup: Page = await ext.context.newPage();
  await popup.setViewportSize({ width: 440, height: 600 });
  const metrics = await mainThreadMetrics(popup, ext);
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  // No named helpers inside: tsx (esbuild keepNames) would wrap them in a __name() the page lacks.
  const sample = await popup.evaluate(
    async ([mark, paintId]) => {
      // Element Timing entries reach only an observer (buffered: the ones painted before it too).
      const painted: number[] = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Array<PerformanceEntry & { identifier?: string; renderTime?: number }>)
          if (e.identifier === paintId) painted.push(e.renderTime || e.startTime);
      }).observe({ type: 'element', buffered: true });
      for (let i = 0; ; i++) {
        const ready = performance.getEntriesByName(mark)[0];
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        // Once the lists are committed: their paint, or the commit mark when nothing carries the
        // identifier (an empty ledger draws no section; a build from before it); 3 s at most.
        const done = painted.length > 0 || document.querySelector(`[elementtiming="${paintId}"]`) === null || i > 600;
        if (ready && fcp && done) {
          const firstScreen = performance.getEntriesByName('ck:popup-first-screen')[0] as PerformanceMark | undefined;
          const firstScreenWasLists = firstScreen?.detail === 'lists' && fcp.startTime >= firstScreen.startTime;
          const shown = firstScreenWasLists ? [...painted, fcp.startTime] : painted;
          return {
            firstPaint: fcp.startTime,
            listsShown: shown.length > 0 ? Math.min(...shown) : ready.startTime,
            committed: ready.startTime,
            started: performance.getEntriesByName('ck:popup-start')[0]?.startTime ?? NaN,
            asked: performance.getEntriesByName('ck:popup-asked')[0]?.startTime ?? NaN,
            answered: performance.getEntriesByName('ck:popup-answered')[0]?.startTime ?? NaN,
            firstScreen: performance.getEntriesByName('ck:popup-first-screen')[0]?.startTime ?? NaN,
            appLoaded: performance.getEntriesByName('ck:popup-app-loaded')[0]?.startTime ?? NaN,
          };
        }
        await new Promise((r) => setTimeout(r, 5));
      }
    },
    [READY_MARK, LISTS_PAINT] as const,
  );
  const used = await metrics.read();
  // Then the rest of the rows (a deferred render right after; the empty ledger has fewer than a screen).
  const after = await popup.evaluate(async () => {
    for (let i = 0; i < 400; i++) {
      const all = performance.getEntriesByName('ck:popup-all-rows')[0];
      if (all) return { allRows: all.startTime, rows: document.querySelectorAll('[data-testid="popup-commitment"]').length };
      await new Promise((r) => setTimeout(r, 5));
    }
    return { allRows: NaN, rows: document.querySelectorAll('[data-testid="popup-commitment"]').length };
  });
  await popup.close();
  return { ...sample, ...after, ...used };
}

/**
 * The peer of "lists on screen": a bare extension page (one paragraph, no script, no style) written
 * into the build for the bench, opened the same way: what any extension page costs to first paint
 * on this machine at this moment.
 */
export async function measureBarePage(ext: LoadedExtension): Promise<number> {
  writeFileSync(
    join(PRODUCTION_EXTENSION_DIR, 'bench-bare.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bare</title></head><body><p>Loading…</p></body></html>',
  );
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const page: Page = await ext.context.newPage();
    await page.setViewportSize({ width: 440, height: 600 });
    await page.goto(`chrome-extension://${ext.extensionId}/bench-bare.html`);
    const fcp = await page.evaluate(async () => {
      for (;;) {
        const e = performance.getEntriesByName('first-contentful-paint')[0];
        if (e) return e.startTime;
        await new Promise((r) => setTimeout(r, 5));
      }
    });
    if (i > 0) times.push(fcp); // the first is the warm-up
    await page.close();
  }
  return median(times);
}

export async function measurePopup(ext: LoadedExtension): Promise<Sample> {
  await openPopupOnce(ext); // warm-up: code cache, worker awake
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await openPopupOnce(ext));
  const m = (k: keyof Sample) => median(samples.map((s) => s[k]));
  return {
    firstPaint: m('firstPaint'),
    listsShown: m('listsShown'),
    committed: m('committed'),
    rows: samples[0]!.rows,
    started: m('started'),
    asked: m('asked'),
    answered: m('answered'),
    firstScreen: m('firstScreen'),
    appLoaded: m('appLoaded'),
    allRows: m('allRows'),
    script: m('script'),
    styleLayout: m('styleLayout'),
    tasks: m('tasks'),
  };
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`.padStart(10);

export async function run(): Promise<void> {
  const ext = await launchProductionBuild();
  try {
    const page = await extensionPage(ext, 'options.html');
    const now = Date.now();
    // Opens the ledger database in the worker (Dexie creates the stores) before raw writes go in.
    await callLedger(page, 'popupOverview', now, 'UTC', 1);

    const empty = await measurePopup(ext);

    const t0 = performance.now();
    await seedRaw(await ext.worker(), COMMITMENTS, now);
    const seedMs = performance.now() - t0;
    // The raw writes bypass the ledger, so the worker's kept popup answers (kept-answers.ts) still
    // describe the empty ledger: a fresh worker reads the seeded one.
    await stopServiceWorker(ext);
    const counts = await callLedger<{ overdue: number; dueSoon: number }>(page, 'badgeCounts', Date.now(), 7 * 86_400_000, 2 ** 31);

    const full = await measurePopup(ext);

    console.log(`Chromium headless, production build; median of ${RUNS} popup opens after one warm-up.`);
    console.log(
      `Seeded ${COMMITMENTS.toLocaleString('en-US')} open commitments in ${(seedMs / 1000).toFixed(1)} s (${counts.overdue} overdue, ${counts.dueSoon} due within 7 days).`,
    );
    console.log('');
    console.log(`${'ledger'.padEnd(22)}${'first paint'.padStart(12)}${'lists shown'.padStart(14)}${'rows'.padStart(7)}`);
    console.log(
      `${'empty'.padEnd(22)}${fmt(empty.firstPaint).padStart(12)}${fmt(empty.listsShown).padStart(14)}${String(empty.rows).padStart(7)}`,
    );
    console.log(
      `${`${COMMITMENTS.toLocaleString('en-US')} commitments`.padEnd(22)}${fmt(full.firstPaint).padStart(12)}${fmt(full.listsShown).padStart(14)}${String(full.rows).padStart(7)}`,
    );
    console.log(
      `${COMMITMENTS.toLocaleString('en-US')}: script start ${fmt(full.started)}, answered ${fmt(full.answered)}, first screen drawn ${fmt(full.firstScreen)}, app loaded ${fmt(full.appLoaded)}, React's commit (live) ${fmt(full.committed)}, all rows ${fmt(full.allRows)}`,
    );
    console.log(
      `${'ratio (full / empty)'.padEnd(22)}${`${(full.firstPaint / empty.firstPaint).toFixed(2)}×`.padStart(12)}${`${(full.listsShown / empty.listsShown).toFixed(2)}×`.padStart(14)}`,
    );
  } finally {
    await ext.close();
  }
}
