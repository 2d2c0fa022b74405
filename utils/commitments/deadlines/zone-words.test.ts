// Zone words after a time (refiners.ts): which zone "9am AST", "3pm Pacific" or "5pm Denver time"
// puts the clock in. A zone misread moves the deadline by hours.
import { describe, expect, it } from 'vitest';
import { resolveDue } from './resolve';

// Wednesday, November 25, 2026, 10:00 in New York.
const now = new Date('2026-11-25T15:00:00Z');
const due = (text: string, customerTimeZone?: string) => resolveDue(text, { now, timeZone: 'America/New_York', customerTimeZone });

describe('an abbreviation known only as ambiguous ("AST": Atlantic or Arabia)', () => {
  it.each([
    ['9am AST', 'Asia/Riyadh', '2026-11-26T09:00:00+03:00', 'Asia/Riyadh'],
    ['by 5pm AST tomorrow', 'Asia/Riyadh', '2026-11-26T17:00:00+03:00', 'Asia/Riyadh'],
    ['9am AST', 'America/Halifax', '2026-11-26T09:00:00-04:00', 'America/Halifax'],
    ['9am AST', undefined, '2026-11-26T09:00:00-04:00', 'America/Halifax'],
  ])('%s (customer %s) is %s in %s, flagged', (text, customer, at, zone) => {
    const d = due(text, customer);
    expect(d?.at).toBe(at);
    expect(d?.zone).toBe(zone);
    expect(d?.zoneAmbiguous).toBe(true);
  });
});
