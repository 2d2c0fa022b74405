// `npm run bench -- panel-speed`: how soon the panel is on screen on a large Gmail thread, how soon a
// thread switch shows the new conversation, and the panel's heap after 500 switches.
//
// Engine: the production build in headless Chromium. mail.google.com is mapped to a local https server
// (tests/support/https-front.ts) that answers with the Gmail fixture thread-2026-10.html grown to 200
// messages, so the production content script runs on its own host with the real Gmail adapter.
//
// Figures:
//   panel on screen   document_idle (the page's DOMContentLoaded end: the earliest moment Chrome runs
//                     a document_idle script) → the panel frame's first-contentful-paint, median of
//                     LOADS page loads; peer: the same on the fixture's 3-message thread
//   thread switch     what Gmail does (swap the heading, pushState a new #inbox/… URL) → the panel's
//                     conversation heading shows the new subject (seen by a MutationObserver inside the
//                     panel); p95 and median of SWITCHES switches
//   panel heap        the panel frame's JS heap after a forced GC, before and after the switches
//
// CK_SKIP_BUILD=1 reuses .output/chrome-mv3; PANEL_BENCH_SWITCHES changes the count (500).
import type { Frame, Page } from 'playwright-core';
import { startDemoServer } from '../support/demo-server';
import { launchProductionBuild, median } from '../support/extension';
import { startHttpsFront } from '../support/https-front';
import { panelFrame } from '../support/panel';
import { printFigures } from './goals';

const SWITCHES = Number(process.env.PANEL_BENCH_SWITCHES ?? 500);
const LOADS = Number(process.env.PANEL_BENCH_LOADS ?? 9);
const MESSAGES = 200;

/** The fixture's message list items repeated to `count` messages, each with its own id. */
function grownThread(html: string, count: number): string {
  const items = html.match(/<div class="eL3" role="listitem"[\s\S]*?\n {10}<\/div>\n/g);
  if (!items || items.length === 0) throw new Error('The Gmail fixture changed: no message list items found');
  const out: string[] = [];
  for (let i = 0; i < count; i++)
    out.push(
      items[i % items.length]!.replace(/data-message-id="#msg-([af]):[^"]+"/, `data-message-id="#msg-$1:9${String(i).padStart(6, '0')}"`),
    );
  const start = html.indexOf(items[0]!);
  const last = items[items.length - 1]!;
  const end = html.indexOf(last) + last.length;
  return html.slice(0, start) + out.join('\n') + html.slice(end);
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

/** document_idle → panel first contentful paint, in ms (both as absolute times of the same clock). */
async function panelOnScreen(page: Page, url: string): Promise<{ ms: number; panel: Frame }> {
  await page.goto(url);
  const panel = await panelFrame(page);
  const fcpAt = await panel.evaluate(async () => {
    for (;;) {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      if (fcp) return performance.timeOrigin + fcp.startTime;
      await new Promise((r) => setTimeout(r, 5));
    }
  });
  const idleAt = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return performance.timeOrigin + nav.domContentLoadedEventEnd;
  });
  return { ms: fcpAt - idleAt, panel };
}

async function switchOnce(page: Page, panel: Frame, n: number): Promise<number> {
  const subject = `Thread number ${n}`;
  await panel.evaluate((subject) => {
    const w = window as unknown as { __ckShown?: Promise<number> };
    // No named helpers in here: tsx (esbuild keepNames) would wrap them in a __name() the page lacks.
    w.__ckShown = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('.conversation')?.textContent?.includes(subject)) return;
        observer.disconnect();
        resolve(performance.timeOrigin + performance.now());
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }, subject);
  const at = await page.evaluate(
    ({ n, subject }) => {
      const h = document.querySelector('h2.zN0, h2.hP')!;
      h.setAttribute('data-legacy-thread-id', `19a4b2c3d4e5${String(n).padStart(4, '0')}`);
      h.removeAttribute('data-thread-perm-id');
      h.textContent = subject;
      history.pushState({}, '', `#inbox/thread-${n}`);
      return performance.timeOrigin + performance.now();
    },
    { n, subject },
  );
  const shown = await panel.evaluate(() => (window as unknown as { __ckShown: Promise<number> }).__ckShown);
  return shown - at;
}

async function panelHeapMb(panel: Frame): Promise<number> {
  return panel.evaluate(async () => {
    (globalThis as unknown as { gc?: () => void }).gc?.();
    await new Promise((r) => setTimeout(r, 50));
    (globalThis as unknown as { gc?: () => void }).gc?.();
    return ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN) / 1024 / 1024;
  });
}

export async function run(): Promise<void> {
  const demo = await startDemoServer();
  const front = await startHttpsFront(demo, (host, path) => {
    if (host === 'mail.google.com' && path === '/mail/u/0/')
      return { path: '/gmail/thread-2026-10.html', html: (html) => grownThread(html, MESSAGES) };
    if (host === 'mail.google.com' && path === '/mail/u/1/') return { path: '/gmail/thread-2026-10.html' };
    return { path };
  });
  const ext = await launchProductionBuild({
    args: [...front.chromiumArgs(['mail.google.com']), '--enable-precise-memory-info', '--js-flags=--expose-gc'],
    ignoreHTTPSErrors: true,
  });
  try {
    const page = await ext.context.newPage();
    const large = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmbVhqhGvTpqNLzKWgXr';
    const small = 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQXJWDsKmbVhqhGvTpqNLzKWgXr';
    await panelOnScreen(page, small); // warm-up: code cache, worker awake
    const bigTimes: number[] = [];
    const smallTimes: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      bigTimes.push((await panelOnScreen(page, large)).ms);
      smallTimes.push((await panelOnScreen(page, small)).ms);
    }
    const { panel } = await panelOnScreen(page, large);
    const shownMessages = await page.evaluate(() => document.querySelectorAll('[role="listitem"][data-message-id]').length);
    for (let i = 0; i < 5; i++) await switchOnce(page, panel, 100_000 + i); // warm-up
    const heapBefore = await panelHeapMb(panel);
    const switches: number[] = [];
    for (let i = 0; i < SWITCHES; i++) switches.push(await switchOnce(page, panel, i + 1));
    const heapAfter = await panelHeapMb(panel);

    console.log(
      `Chromium headless, production build, Gmail adapter on mail.google.com (local https); ${shownMessages}-message thread; median of ${LOADS} loads; ${SWITCHES} switches.`,
    );
    printFigures('panel speed (item 4) and memory (item 6)', [
      {
        name: `panel on screen, ${shownMessages}-message thread`,
        value: median(bigTimes),
        unit: 'ms',
        goal: 100,
        peer: { name: '3-message thread', value: median(smallTimes) },
      },
      {
        name: 'thread switch → new conversation, p95',
        value: p95(switches),
        unit: 'ms',
        goal: 100,
        peer: { name: 'median', value: median(switches) },
      },
      {
        name: `panel heap after ${SWITCHES} switches`,
        value: heapAfter,
        unit: 'MB',
        peer: { name: 'before the switches', value: heapBefore },
      },
    ]);
  } finally {
    await ext.close();
    await front.close();
    await demo.close();
  }
}
