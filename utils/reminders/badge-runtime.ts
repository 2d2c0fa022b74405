// Applies the badge (utils/reminders/badge.ts) on the toolbar button (action / browserAction). Background only; the reminders
// runtime (./runtime.ts) calls it after every ledger write and at each deadline.
import { BADGE_COUNT_CAP, type LedgerService } from '../ledger/service';
import type { Settings } from '../settings';
import { badgeAttention, workdaysAfter } from './attention';
import { badgeLook, type BadgeCounts } from './badge';
import { toolbarButton } from './toolbar-button';
import type { UndatedRecords } from './undated-records';
import { recountBadge, type BadgeTally, type TallyLedger } from './badge-tally';
import type { Translate } from '../i18n-keys';

/**
 * What the toolbar button shows now, as this worker last set it: a pass that computes the same look
 * sets nothing (measured: the three calls to the browser were about 5 ms of every reminder pass, the
 * pass that follows each write). A new worker starts with nothing shown and sets the look once.
 */
export class ShownBadge {
  look: string | null = null;
}

async function applyBadge(counts: BadgeCounts, tr: Translate, shown?: ShownBadge): Promise<void> {
  const look = badgeLook(counts, tr);
  const key = JSON.stringify(look);
  if (shown?.look === key) return;
  // Forgotten while the calls run: a failed or overlapping one is set again by the next pass.
  if (shown) shown.look = null;
  const button = toolbarButton();
  await Promise.all([
    button.setBadgeText({ text: look.text }),
    button.setBadgeBackgroundColor({ color: look.color }),
    button.setTitle({ title: look.title }),
  ]);
  if (shown) shown.look = key;
}

/**
 * The badge with snoozed commitments left out until they wake and promises without a date counted
 * once they are `undatedAlertWorkdays` working days old. Returns when it next changes by itself.
 * `kept` (the reminder runtime's) keeps the undated ones between calls; without it they are read.
 * `shown` (the runtime's too) skips setting a look the button already shows. `tally` (the runtime's)
 * keeps the deadline counts and the snoozed ones between calls; without it they are counted again.
 */
export async function refreshAttentionBadge(
  ledger: Pick<LedgerService, 'listUndatedOpen'> & TallyLedger,
  now: number,
  windowMs: number,
  settings: Pick<Settings, 'undatedAlertWorkdays' | 'workday' | 'timeZone'>,
  tr: Translate,
  kept?: UndatedRecords,
  shown?: ShownBadge,
  tally?: BadgeTally,
): Promise<{ counts: BadgeCounts; nextChangeAt: number | null }> {
  const alert = settings.undatedAlertWorkdays > 0;
  const [{ counts, snoozed }, undated] = await Promise.all([
    tally ? tally.answer(ledger, now, windowMs, BADGE_COUNT_CAP) : recountBadge(ledger, now, windowMs, BADGE_COUNT_CAP),
    !alert
      ? []
      : kept
        ? kept.records(ledger, BADGE_COUNT_CAP)
        : ledger.listUndatedOpen(BADGE_COUNT_CAP, BADGE_COUNT_CAP).then((u) => u.items),
  ]);
  const countsFrom = (createdAt: number) => workdaysAfter(createdAt, settings.undatedAlertWorkdays, settings.workday, settings.timeZone);
  const settingsKey = JSON.stringify([settings.undatedAlertWorkdays, settings.workday, settings.timeZone]);
  const result = badgeAttention({
    counts,
    snoozed,
    undated,
    now,
    windowMs,
    undatedCountsFrom: kept ? kept.countsFrom(settingsKey, countsFrom) : countsFrom,
  });
  await applyBadge(result.counts, tr, shown);
  return result;
}
