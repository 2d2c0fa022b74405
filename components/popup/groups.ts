// Sorts open commitments into the popup's sections. Pure.
import type { CommitmentRecord } from '@/utils/ledger/types';

export interface PopupGroups {
  overdue: CommitmentRecord[];
  today: CommitmentRecord[];
  upcoming: CommitmentRecord[];
  later: CommitmentRecord[];
  total: number;
}

const DAY_MS = 86_400_000;

/** The instant the calendar day containing `now` ends in `timeZone`. */
export function endOfLocalDay(now: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', hour: 'numeric', minute: 'numeric', second: 'numeric' })
    .formatToParts(new Date(now))
    .reduce<Record<string, number>>((acc, p) => (p.type === 'literal' ? acc : { ...acc, [p.type]: Number(p.value) }), {});
  const elapsed = ((parts.hour ?? 0) * 3600 + (parts.minute ?? 0) * 60 + (parts.second ?? 0)) * 1000 + (now % 1000);
  return now - elapsed + DAY_MS;
}

export function groupForPopup(open: CommitmentRecord[], now: number, timeZone: string): PopupGroups {
  const endOfToday = endOfLocalDay(now, timeZone);
  const weekAhead = now + 7 * DAY_MS;
  const groups: PopupGroups = { overdue: [], today: [], upcoming: [], later: [], total: 0 };
  for (const c of open) {
    if (c.status !== 'open' || c.deletedAt !== null) continue;
    groups.total++;
    if (c.dueAt === null) groups.later.push(c);
    else if (c.dueAt < now) groups.overdue.push(c);
    else if (c.dueAt < endOfToday) groups.today.push(c);
    else if (c.dueAt <= weekAhead) groups.upcoming.push(c);
    else groups.later.push(c);
  }
  const byDue = (a: CommitmentRecord, b: CommitmentRecord) => (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity);
  groups.overdue.sort(byDue);
  groups.today.sort(byDue);
  groups.upcoming.sort(byDue);
  groups.later.sort(byDue);
  return groups;
}
