// Applies the badge (utils/reminders/badge.ts) on the toolbar button (action / browserAction). Background only; the reminders
// runtime (./runtime.ts) calls it after every ledger write and at each deadline.
import { BADGE_COUNT_CAP, type LedgerService } from '../ledger/service';
import type { Settings } from '../settings';
import { badgeAttention, workdaysAfter } from './attention';
import { badgeLook, type BadgeCounts } from './badge';
import { toolbarButton } from './toolbar-button';
import type { Translate } from '../i18n-keys';

async function applyBadge(counts: BadgeCounts, tr: Translate): Promise<void> {
  const look = badgeLook(counts, tr);
  const button = toolbarButton();
  await Promise.all([
    button.setBadgeText({ text: look.text }),
    button.setBadgeBackgroundColor({ color: look.color }),
    button.setTitle({ title: look.title }),
  ]);
}

/**
 * The badge with snoozed commitments left out until they wake and promises without a date counted
 * once they are `undatedAlertWorkdays` working days old. Returns when it next changes by itself.
 */
export async function refreshAttentionBadge(
  ledger: Pick<LedgerService, 'badgeCounts' | 'listSnoozedOpen' | 'listUndatedOpen'>,
  now: number,
  windowMs: number,
  settings: Pick<Settings, 'undatedAlertWorkdays' | 'workday' | 'timeZone'>,
  tr: Translate,
): Promise<{ counts: BadgeCounts; nextChangeAt: number | null }> {
  const [counts, snoozed, undated] = await Promise.all([
    ledger.badgeCounts(now, windowMs),
    ledger.listSnoozedOpen(now),
    settings.undatedAlertWorkdays > 0 ? ledger.listUndatedOpen(BADGE_COUNT_CAP, BADGE_COUNT_CAP) : null,
  ]);
  const result = badgeAttention({
    counts,
    snoozed,
    undated: undated?.items ?? [],
    now,
    windowMs,
    undatedCountsFrom: (createdAt) => workdaysAfter(createdAt, settings.undatedAlertWorkdays, settings.workday, settings.timeZone),
  });
  await applyBadge(result.counts, tr);
  return result;
}
