// What the toolbar badge shows. Pure: the background applies it with browser.action, in the words of
// the Translate it passes (browser.i18n there).
import type { Translate } from '../i18n-keys';

export interface BadgeCounts {
  overdue: number;
  dueSoon: number;
  /** Promises without a date that have waited past the agent's setting (see ./attention.ts). */
  undated?: number;
}

export interface BadgeLook {
  text: string;
  color: string;
  title: string;
}

export const BADGE_RED = '#C4161C';
export const BADGE_AMBER = '#B26A00';

/** Red when anything is overdue, amber when something is due soon or waits without a date, empty otherwise. */
export function badgeLook(counts: BadgeCounts, tr: Translate): BadgeLook {
  const undated = counts.undated ?? 0;
  const total = counts.overdue + counts.dueSoon + undated;
  if (total === 0) return { text: '', color: BADGE_AMBER, title: tr('badgeNothingDue') };
  const text = total > 999 ? '999+' : String(total);
  const parts = [];
  if (counts.overdue) parts.push(tr('badgeOverdue', counts.overdue));
  if (counts.dueSoon) parts.push(tr('badgeDueSoon', counts.dueSoon));
  if (undated) parts.push(tr('badgeUndated', undated));
  return { text, color: counts.overdue > 0 ? BADGE_RED : BADGE_AMBER, title: tr('badgeTitle', parts.join(', ')) };
}
