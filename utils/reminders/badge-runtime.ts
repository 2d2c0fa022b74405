// Applies the badge (utils/reminders/badge.ts) on the toolbar button (action / browserAction). Background only; the reminders
// runtime (./runtime.ts) calls it after every ledger write and at each deadline.
import type { LedgerService } from '../ledger/service';
import { badgeLook, type BadgeCounts } from './badge';
import { toolbarButton } from './toolbar-button';

async function applyBadge(counts: BadgeCounts): Promise<void> {
  const look = badgeLook(counts);
  const button = toolbarButton();
  await Promise.all([
    button.setBadgeText({ text: look.text }),
    button.setBadgeBackgroundColor({ color: look.color }),
    button.setTitle({ title: look.title }),
  ]);
}

/**
 * The badge rule: overdue plus due within the reminder window (`windowMs`, the largest lead time),
 * counted over the ledger's open-deadline index without reading a record.
 */
export async function refreshBadge(ledger: Pick<LedgerService, 'badgeCounts'>, now: number, windowMs: number): Promise<BadgeCounts> {
  const counts = await ledger.badgeCounts(now, windowMs);
  await applyBadge(counts);
  return counts;
}
