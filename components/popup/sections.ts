// What the popup's lists are made of, shared by the React app (PopupApp.tsx) and the first screen
// drawn before React is loaded (first-screen.ts): the sections in order, their headings, how many rows
// the first screen has. One definition, so the two renderers cannot disagree on these.
import type { OverviewSection, PopupOverview } from '@/utils/ledger/service';
import { t } from '@/utils/i18n';

/**
 * Rows in the first frame, over all sections in order: about the popup's first screen (some six rows
 * of 580 px). The rest of each section's rows (up to ROWS_PER_SECTION) follow in a background render
 * right after: measured, the first render of 60–80 rows with their menus took 75–180 ms of script
 * and 60–430 ms of style and layout on a loaded 2-core machine, most of it for rows below the fold.
 */
export const FIRST_SCREEN_ROWS = 8;

/**
 * The browser's own record of when the lists were painted (Element Timing: an `element` performance
 * entry with this identifier for each section heading, drawn in the same commit as its first rows).
 * The bench reads it as "lists on screen": the commit mark alone can come before the paint.
 */
export const LISTS_PAINT_TIMING = { elementtiming: 'ck:popup-lists' } as const;

export interface ListedSection {
  title: string;
  /** The heading's class ("overdue", "undated"), if any. */
  className?: string;
  section: OverviewSection;
}

/** Overdue, due today, the next 7 days and "No date yet" (when read), in the popup's order. */
export function listedSections(overview: PopupOverview, undated: OverviewSection | null): ListedSection[] {
  return [
    { title: t('popupOverdue'), className: 'overdue', section: overview.overdue },
    { title: t('popupDueToday'), section: overview.today },
    { title: t('popupNext7Days'), section: overview.upcoming },
    ...(undated ? [{ title: t('popupNoDate'), className: 'undated', section: undated }] : []),
  ];
}

/** How many rows of each section to draw: `budget` rows over all sections, in order. */
export function rowsPerSection(sections: readonly ListedSection[], budget: number): number[] {
  let left = budget;
  return sections.map(({ section }) => {
    const n = Math.min(section.items.length, left);
    left -= n;
    return n;
  });
}

/** "Overdue (12)": a section's heading. */
export function sectionHeading(title: string, section: OverviewSection): string {
  return t('popupSectionHeading', title, section.capped ? t('popupCountCapped', section.count) : String(section.count));
}

/** The line under a section whose rows are not all listed, or null. */
export function sectionMore(section: OverviewSection): string | null {
  const hidden = section.count - section.items.length;
  if (!(hidden > 0 || section.capped)) return null;
  return section.capped ? t('popupMoreMany') : t('popupMoreHidden', hidden);
}

/** "Nothing due" when every section is empty. */
export function nothingDue(overview: PopupOverview, undated: { count: number } | null): boolean {
  return overview.overdue.count + overview.today.count + overview.upcoming.count + (undated?.count ?? 0) === 0;
}

/** Due after the next 7 days: the overview's "later" count holds the undated ones too. */
export function laterDated(overview: PopupOverview, undated: { count: number } | null): number {
  return Math.max(0, overview.later.count - (undated?.count ?? 0));
}
