import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKDAY } from '@/utils/commitments';
import { readNote, entryQuickDates } from './QuickEntry';

// The chips under a note without a date, at moments of the week a session may be in: each chip the
// entry offers must add a deadline still ahead, or adding it asks "past due — add anyway?".
const vague = "we'll get back to you shortly";
const at = (iso: string) => ({ now: new Date(iso), timeZone: 'America/Chicago', workday: DEFAULT_WORKDAY });

describe('the quick dates under a note without a date', () => {
  it.each([
    ['Tuesday 10:00', '2026-12-08T10:00:00-06:00', ['today EOD', 'tomorrow', 'Friday']],
    ['Tuesday 18:00, after the workday', '2026-12-08T18:00:00-06:00', ['tomorrow', 'Friday']],
    ['Friday 23:50', '2026-12-04T23:50:00-06:00', ['tomorrow', 'Friday']],
    ['New Year’s Eve 23:55', '2026-12-31T23:55:00-06:00', ['tomorrow', 'Friday']],
    ['the night of the spring DST change', '2027-03-14T01:55:00-06:00', ['today EOD', 'tomorrow', 'Friday']],
  ])('%s: %j', (_moment, iso, offered) => {
    const ctx = at(iso);
    expect(entryQuickDates(vague, ctx)).toEqual(offered);
    for (const when of entryQuickDates(vague, ctx)) {
      const due = readNote(`${vague} by ${when}`, ctx).due;
      expect(Date.parse(due!.at), when).toBeGreaterThan(ctx.now.getTime());
    }
  });
});
