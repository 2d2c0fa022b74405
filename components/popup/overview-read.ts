// The popup's first read of the ledger, kept free of React: main.tsx asks it before React and the
// app are even loaded (the request is out while their code is fetched, parsed and run; measured:
// React's modules were evaluated before the first request left, README: Evaluation and benchmarks).
import type { OverviewSection, PopupOverview } from '@/utils/ledger/service';
import type { ConversationRecord } from '@/utils/ledger/types';
import { createLedgerClient } from '@/utils/messaging/ledger-client';
import { POPUP_COUNT_CAP, POPUP_ROWS_PER_SECTION } from '@/utils/ledger/popup-reads';
import { getSettings, type Settings } from '@/utils/settings';

export type UndatedSection = OverviewSection & { conversations: ConversationRecord[] };

export const ledger = createLedgerClient();

/** Rows per section and the count cap: the worker keeps the answers to these questions (popup-reads.ts). */
export { POPUP_ROWS_PER_SECTION as ROWS_PER_SECTION };

export interface OverviewRead {
  settings: Settings;
  overview: PopupOverview;
  undated: UndatedSection;
  readAt: number;
}

/**
 * The settings, the overview in the agent's zone and the undated section. Without known settings the
 * overview is asked at once in the browser's zone (the settings' default), beside the settings read,
 * and asked again only when the settings name another zone.
 */
export async function readOverview(known: Settings | null): Promise<OverviewRead> {
  const readAt = Date.now();
  const overviewIn = (timeZone: string) => ledger.popupOverview(readAt, timeZone, POPUP_ROWS_PER_SECTION, POPUP_COUNT_CAP);
  const guessedZone = known?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  performance.mark('ck:popup-asked');
  const guessed = overviewIn(guessedZone);
  // Not an unhandled rejection when the guess is dropped below.
  guessed.catch(() => undefined);
  const [settings, undated] = await Promise.all([known ?? getSettings(), ledger.listUndatedOpen(POPUP_ROWS_PER_SECTION, POPUP_COUNT_CAP)]);
  const overview = await (settings.timeZone === guessedZone ? guessed : overviewIn(settings.timeZone));
  performance.mark('ck:popup-answered');
  return { settings, overview, undated, readAt };
}

let prefetched: Promise<OverviewRead> | null = null;
/** The prefetched read once it has answered (the worker keeps the answers: it often has before React loads). */
let settled: OverviewRead | null = null;

/**
 * Starts the first read before React mounts (main.tsx): the settings and the ledger are asked while
 * React builds the page, instead of after its first commit and the settings read (measured: those
 * waits were 20–110 ms of the popup's time to its lists on a loaded 2-core machine). usePopupData's
 * first load takes this read.
 */
export function prefetchOverview(): void {
  if (prefetched) return;
  const read = readOverview(null);
  prefetched = read;
  // Its failure is reported by the load that takes it; not an unhandled rejection meanwhile.
  read.then(
    (r) => {
      if (prefetched === read) settled = r;
    },
    () => undefined,
  );
}

/**
 * The prefetched read if it has answered by now: the popup's first render shows it at once, with no
 * "Loading…" commit and no second render after an effect (usePopupData's first load then finds the
 * same answer in takePrefetched).
 */
export function settledPrefetch(): OverviewRead | null {
  return settled;
}

/**
 * Resolves once the prefetched read has answered (or failed), or after `waitMs`, whichever is first:
 * main.tsx mounts the app then, so a read that answers while React loads is drawn in the first commit
 * instead of after a "Loading…" commit the busy page must lay out and paint first; a slow read (a
 * worker just woken) still gets "Loading…" after `waitMs`.
 */
export function prefetchSettled(waitMs: number): Promise<void> {
  const read = prefetched;
  if (!read || settled) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, waitMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    read.then(done, done);
  });
}

/** The read main.tsx started, once (usePopupData's first load takes it; later loads read anew). */
export function takePrefetched(): Promise<OverviewRead> | null {
  const first = prefetched;
  prefetched = null;
  settled = null;
  return first;
}
