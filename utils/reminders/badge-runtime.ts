// Applies the badge (utils/reminders/badge.ts) with browser.action. Background only.
import type { LedgerService } from '../ledger/service';
import { badgeLook, type BadgeCounts } from './badge';

export interface BadgeRuntime {
  /** Recompute now (coalesced: several writes in a row cost one query). */
  refresh(): void;
}

async function applyBadge(counts: BadgeCounts): Promise<void> {
  const look = badgeLook(counts);
  await Promise.all([
    browser.action.setBadgeText({ text: look.text }),
    browser.action.setBadgeBackgroundColor({ color: look.color }),
    browser.action.setTitle({ title: look.title }),
  ]);
}

export function startBadge(getLedger: () => LedgerService): BadgeRuntime {
  let pending: Promise<void> | null = null;
  let again = false;
  const run = async (): Promise<void> => {
    do {
      again = false;
      const open = await getLedger().listOpen();
      await applyBadge({ overdue: 0, dueSoon: open.length });
    } while (again);
  };
  const refresh = () => {
    if (pending) {
      again = true;
      return;
    }
    pending = run()
      .catch((error: unknown) => console.error('Commitment Keeper: badge update failed', error))
      .finally(() => {
        pending = null;
      });
  };
  queueMicrotask(refresh);
  return { refresh };
}
